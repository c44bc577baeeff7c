"""The bookmobile banner: online/offline, waiting transactions, one action to sync (F5)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout

from kiosk.services import LinkStatus, SyncReport, SyncService
from ui.widgets import button, label
from ui.workers import Lanes


class BookmobileBanner(QFrame):
    synced = Signal(object)

    def __init__(self, sync: SyncService | None, lanes: Lanes, poll_ms: int = 5000) -> None:
        super().__init__()
        self.sync_service = sync
        self.lanes = lanes
        self.status: LinkStatus | None = None
        self._busy = False
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 8, 20, 8)
        self.state = label("", "", wrap=False)
        self.state.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.waiting = label("", "", wrap=False)
        self.button = button("", "small")
        self.button.setMaximumWidth(320)
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        row.addWidget(self.state, 2)
        row.addWidget(self.waiting, 2)
        row.addWidget(self.button, 1)
        self.button.clicked.connect(self.sync)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self._note = ""
        self.retranslate()
        self.poll()

    def retranslate(self) -> None:
        self.button.setText(Q.translate("Kiosk", "Sync now (F5)"))
        self._render()

    def poll(self) -> None:
        if self.sync_service is None or self._busy:
            self._render()
            return
        self.lanes.misc.submit(self.sync_service.status, self._polled)

    def _polled(self, status: LinkStatus | None, error: BaseException | None) -> None:
        self.status = status if error is None else LinkStatus(False, self.status.waiting if self.status else 0)
        self._render()

    def sync(self) -> None:
        if self.sync_service is None or self._busy:
            return
        self._busy = True
        self._note = Q.translate("Kiosk", "Syncing…")
        self._render()
        self.lanes.library.submit(self.sync_service.sync, self._synced)

    def _synced(self, report: SyncReport | None, error: BaseException | None) -> None:
        self._busy = False
        if error is not None or report is None:
            self._note = Q.translate("Kiosk", "Sync failed: {code}").format(code=getattr(error, "reason", "error"))
        else:
            self._note = Q.translate("Kiosk", "Sent {sent}, refused {refused}, left {left}.").format(
                sent=report.sent, refused=report.refused, left=report.left
            )
        self.synced.emit(report)
        self.poll()

    def _render(self) -> None:
        st = self.status
        online = bool(st and st.online)
        self.setProperty("role", "banner-online" if online else "banner-offline")
        self.style().unpolish(self)
        self.style().polish(self)
        if st is None:
            self.state.setText("● " + Q.translate("Kiosk", "Checking the connection…"))
        else:
            self.state.setText("● " + (Q.translate("Kiosk", "Online") if online else Q.translate("Kiosk", "Offline")))
        waiting = Q.translate("Kiosk", "Waiting transactions: %n", "", st.waiting if st else 0)
        self.waiting.setText(waiting + (f"  ·  {self._note}" if self._note else ""))
        self.button.setEnabled(self.sync_service is not None and not self._busy)
