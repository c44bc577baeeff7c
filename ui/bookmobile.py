"""The bookmobile banner: online/offline, waiting transactions (and why they cannot be sent, when the journal itself
cannot: that is the queue's problem, never shown as the link's), refusals kept for staff, the last sync, and one
action to sync (F5). It renders the link monitor's state (:mod:`ui.link`); the monitor replays by itself when the
library system is back, so the button is for a crew that wants it now.

Patrons read words ("Offline: loans are kept and sent later"); the reason codes (the link's, the journal's) are for
the crew, small, after "Code for staff". The colours of each state are the theme's: white on green, dark on yellow
(at least 4.5:1 either way, also right after the state changed: the labels carry the state's role themselves and are
re-polished with it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QWidget

from kiosk.link import LinkState
from ui.link import LinkDriver
from ui.widgets import button, label


class BookmobileBanner(QFrame):
    def __init__(self, driver: LinkDriver | None) -> None:
        super().__init__()
        self.driver = driver
        self.status: LinkState | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 4, 16, 4)
        row.setSpacing(12)
        self.state = label("", "")
        self.state.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.waiting = label("", "")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.code = label("", "banner-code", wrap=False)
        self.button = button("", "small")
        self.button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        row.addWidget(self.state, 2)
        row.addWidget(self.waiting, 3)
        row.addWidget(self.code)
        row.addWidget(self.button)
        self.button.clicked.connect(self.sync)
        if driver is not None:
            driver.changed.connect(self.show_state)
            self.status = driver.state if driver.state.online is not None else None
        self._role = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(Q.translate("Kiosk", "Sync now (F5)"))
        self._render()

    def poll(self) -> None:
        """Read the journal's counts now (they are also read every few seconds)."""
        if self.driver is not None:
            self.driver.refresh()

    def sync(self) -> None:
        if self.driver is not None:
            self.driver.sync_now()

    def show_state(self, state: LinkState) -> None:
        self.status = state
        self._render()

    def _render(self) -> None:
        st = self.status
        online = bool(st and st.online)
        self._set_role("banner-online" if online else "banner-offline")
        if self.driver is None:
            state = Q.translate("Kiosk", "No offline queue is connected.")
        elif st is None or st.online is None:
            state = Q.translate("Kiosk", "Checking the connection…")
        elif online:
            state = Q.translate("Kiosk", "Online")
        else:
            state = Q.translate("Kiosk", "Offline: loans are kept and sent to the library later")
        self.state.setText("● " + state)
        # the codes for the crew: why the library is away, and why the waiting loans cannot be sent
        codes = [st.reason] if st is not None and not online and st.online is not None and st.reason else []
        codes += [st.queue_problem] if st is not None and st.queue_problem else []
        code = ", ".join(codes)
        self.code.setText(Q.translate("Kiosk", "Code for staff: {code}").format(code=code) if code else "")
        self.code.setVisible(bool(code))
        parts = [Q.translate("Kiosk", "Waiting transactions: %n", "", st.waiting if st else 0)]
        if st is not None and st.queue_problem:
            parts.append(Q.translate("Kiosk", "They cannot be sent for now"))
        if st is not None and st.refused:
            parts.append(Q.translate("Kiosk", "Refused, for staff: %n", "", st.refused))
        parts.append(sync_note(st))
        self.waiting.setText("  ·  ".join(p for p in parts if p))
        self.button.setEnabled(self.driver is not None and not (st is not None and st.syncing))

    def _set_role(self, role: str) -> None:
        """The state's colours on the banner and on its words (a label keeps the colours it was polished with)."""
        if role == self._role:
            return
        self._role = role
        widgets: list[QWidget] = [self, self.state, self.waiting]
        for w in widgets:
            w.setProperty("role", role)
            w.style().unpolish(w)
            w.style().polish(w)


def sync_note(st: LinkState | None) -> str:
    """While a sync runs, that it runs; else the last sync's result with its time (shared with maintenance)."""
    if st is None:
        return ""
    if st.syncing:
        return Q.translate("Kiosk", "Syncing…")
    last = st.last_sync
    if last is None:
        return ""
    when = f"{last.when:%H:%M} " if last.when is not None else ""
    if last.reason:
        return when + Q.translate("Kiosk", "Sync failed: {code}").format(code=last.reason)
    return when + Q.translate("Kiosk", "Sent {sent}, refused {refused}, left {left}.").format(
        sent=last.sent, refused=last.refused, left=last.left
    )
