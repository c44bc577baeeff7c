"""Maintenance mode for technicians: passcode entry, device states, queue, self-tests, configuration, errors, bundle."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import config as config_mod
from kiosk import i18n, maintenance, reasons, site_settings, staff_words
from kiosk.link import LinkState
from kiosk.services import DeviceHealth, DeviceState, Services
from kiosk.status_runner import ask
from kiosk.workers import Lanes
from ui.bookmobile import sync_note
from ui.link import LinkDriver
from ui.widgets import LANGUAGES, PinDots, PinPad, button, label, vbox


class PasscodeScreen(QWidget):
    """The technician passcode: digits on a pad, masked; checked off the event loop (scrypt is slow on purpose)."""

    entered = Signal()
    left = Signal()

    def __init__(self, gate: maintenance.PasscodeGate, lanes: Lanes) -> None:
        super().__init__()
        self.gate = gate
        self.lanes = lanes
        self._digits: list[str] = []
        self._busy = False
        lay = QHBoxLayout(self)
        lay.setContentsMargins(60, 40, 60, 40)
        left = QWidget()
        lv = vbox(left, 0, 20)
        self.title = label("", "title")
        self.dots = PinDots(maintenance.PASSCODE_MAX)
        self.dots.setText("")
        self.status = label("", "warning")
        self.status.setVisible(False)
        lv.addStretch(1)
        lv.addWidget(self.title)
        lv.addWidget(self.dots)
        lv.addWidget(self.status)
        lv.addStretch(1)
        self.pad = PinPad()
        lay.addWidget(left, 5)
        lay.addWidget(self.pad, 6)
        self.pad.digit.connect(self._digit)
        self.pad.clear.connect(self._clear)
        self.pad.enter.connect(self._enter)
        self.pad.cancel.connect(self._cancel)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(Q.translate("Kiosk", "Maintenance: technician passcode"))
        self.pad.retranslate()

    def reset(self) -> None:
        self._digits.clear()
        self._show()
        self.status.setVisible(False)

    def _show(self) -> None:
        self.dots.setText("●" * len(self._digits))
        self.pad.set_enter_enabled(len(self._digits) >= maintenance.PASSCODE_MIN and not self._busy)

    def _digit(self, d: str) -> None:
        if len(self._digits) < maintenance.PASSCODE_MAX and not self._busy:
            self._digits.append(d)
            self._show()

    def _clear(self) -> None:
        self._digits.clear()
        self._show()

    def _cancel(self) -> None:
        self.reset()
        self.left.emit()

    def _enter(self) -> None:
        if self._busy or len(self._digits) < maintenance.PASSCODE_MIN:
            return
        code = "".join(self._digits)
        self._digits.clear()
        self._busy = True
        self._show()
        self.lanes.misc.submit(lambda: self.gate.try_enter(code), self._checked)

    def _checked(self, result: maintenance.GateResult | None, error: BaseException | None) -> None:
        self._busy = False
        self._show()
        if error is None and result is not None and result.ok:
            self.reset()
            self.entered.emit()
            return
        if result is not None and result.reason == "locked":
            text = Q.translate("Kiosk", "Locked after too many wrong passcodes. Try again in %n second(s).", "",
                               result.locked_for_s)  # fmt: skip
        elif result is not None and result.reason == "not_configured":
            text = Q.translate("Kiosk", "No technician passcode is configured.")
        else:
            left = result.failures_left if result is not None else 0
            text = Q.translate("Kiosk", "Wrong passcode. %n try(ies) before a lockout.", "", left)
        self.status.setText(text)
        self.status.setVisible(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if not self.pad.handle_key(event):
            super().keyPressEvent(event)


_HEALTH_COLOUR = {
    DeviceHealth.OK: ("#17703A", "#FFFFFF"),
    DeviceHealth.WARNING: ("#F5C400", "#111111"),
    DeviceHealth.ERROR: ("#B3261E", "#FFFFFF"),
}

#: the code beside a sentence: small and grey, for the supplier
CODE_POINT_SIZE_RATIO = 0.7


def _rows_table(columns: int) -> QTableWidget:
    """A read-only table of staff rows whose sentence column (the one before the code) takes the free width and
    wraps, and whose code column is narrow."""
    table = QTableWidget(0, columns)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    header = table.horizontalHeader()
    for column in range(columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(columns - 2, QHeaderView.ResizeMode.Stretch)
    # rows filled while the tab was hidden were measured against a narrow column: measure again at the real width
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


def _code_item(code: str, font_source: QWidget) -> QTableWidgetItem:
    item = QTableWidgetItem(code)
    font = font_source.font()
    font.setPixelSize(max(10, round(font_source.fontInfo().pixelSize() * CODE_POINT_SIZE_RATIO)))
    item.setFont(font)
    item.setForeground(QColor("#5A6270"))
    return item


def _fill(
    table: QTableWidget, rows: list[staff_words.Row], colour_state: dict[int, DeviceHealth] | None = None
) -> None:
    """Rows (what, state, sentence, code) into ``table``; the state cell coloured by health where given."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(row.what))
        cell = QTableWidgetItem(row.state)
        colour = _HEALTH_COLOUR.get((colour_state or {}).get(r))  # type: ignore[arg-type]
        if colour:
            cell.setBackground(QColor(colour[0]))
            cell.setForeground(QColor(colour[1]))
        table.setItem(r, 1, cell)
        table.setItem(r, 2, QTableWidgetItem(row.sentence))
        table.setItem(r, 3, _code_item(row.code, table))
    table.resizeRowsToContents()


def _scrolled(page: QWidget) -> QScrollArea:
    """A tab's page that scrolls rather than make the window taller than the screen (the stack of screens is as
    tall as its tallest page)."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def _sentence_html(row: staff_words.Row) -> str:
    """A sentence with its code small beside it (rich text for a label)."""
    mark = f"{html.escape(row.state)} " if row.state else ""
    code = f' <span style="font-size: small; color: #5A6270;">{html.escape(row.code)}</span>' if row.code else ""
    return f"{mark}{html.escape(row.sentence)}{code}"


class SettingsPanel(QWidget):
    """The site settings a technician changes here (:mod:`kiosk.site_settings`): the receipt policy, the volume,
    the languages offered, large text by default. Saved off the event loop; ``saved(cfg)`` with the new
    configuration when they were validated and stored."""

    saved = Signal(object)
    VOLUME_STEP = 10

    def __init__(self, cfg: config_mod.Config, lanes: Lanes) -> None:
        super().__init__()
        self.cfg = cfg
        self.lanes = lanes
        lay = vbox(self, 16, 8)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.titles = [label("", "body") for _ in range(4)]
        for row, title in enumerate(self.titles):
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(title, row, 0)
        # receipt policy: one of three
        self.receipt_buttons: dict[str, object] = {}
        self._receipt_group = QButtonGroup(self)
        receipts = QHBoxLayout()
        for policy in ("ask", "always", "never"):
            b = button("", "choice")
            b.setCheckable(True)
            self._receipt_group.addButton(b)
            self.receipt_buttons[policy] = b
            receipts.addWidget(b)
        grid.addLayout(receipts, 0, 1)
        # volume: 0–100 in steps
        volume = QHBoxLayout()
        self.quieter = button("−", "small")
        self.volume_value = label("", "body")
        self.louder = button("+", "small")
        for b in (self.quieter, self.louder):
            b.setFixedWidth(120)
        self.volume_value.setFixedWidth(90)
        self.quieter.clicked.connect(lambda: self._step_volume(-self.VOLUME_STEP))
        self.louder.clicked.connect(lambda: self._step_volume(self.VOLUME_STEP))
        for w in (self.quieter, self.volume_value, self.louder):
            volume.addWidget(w)
        volume.addStretch(1)
        grid.addLayout(volume, 1, 1)
        # languages offered: any of the kiosk's, three a row
        languages = QGridLayout()
        self.language_buttons: dict[str, object] = {}
        for i, code in enumerate(i18n.LANGUAGES):
            b = button(LANGUAGES.get(code, code), "choice")
            b.setCheckable(True)
            self.language_buttons[code] = b
            languages.addWidget(b, i // 3, i % 3)
        grid.addLayout(languages, 2, 1)
        self.large_text = button("", "choice")
        self.large_text.setCheckable(True)
        self.large_text.toggled.connect(lambda _on: self.retranslate())
        grid.addWidget(self.large_text, 3, 1)
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        self.save = button("", "small")
        self.save.setProperty("tone", "enter")
        self.save.clicked.connect(self.save_settings)
        lay.addWidget(self.save)
        self.result = label("", "body")
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        lay.addWidget(self.result)
        lay.addStretch(1)
        self.show_values(cfg)

    def retranslate(self) -> None:
        for title, text in zip(
            self.titles,
            [
                Q.translate("Kiosk", "Receipt"),
                Q.translate("Kiosk", "Volume"),
                Q.translate("Kiosk", "Languages offered"),
                Q.translate("Kiosk", "Large text by default"),
            ],
            strict=True,
        ):
            title.setText(text)
        self.receipt_buttons["ask"].setText(Q.translate("Kiosk", "Ask"))  # type: ignore[attr-defined]
        self.receipt_buttons["always"].setText(Q.translate("Kiosk", "Always"))  # type: ignore[attr-defined]
        self.receipt_buttons["never"].setText(Q.translate("Kiosk", "Never"))  # type: ignore[attr-defined]
        self.large_text.setText(
            Q.translate("Kiosk", "On") if self.large_text.isChecked() else Q.translate("Kiosk", "Off")
        )
        self.save.setText(Q.translate("Kiosk", "Save the settings"))

    def show_values(self, cfg: config_mod.Config) -> None:
        """The settings as ``cfg`` has them (maintenance opened, or they were saved)."""
        self.cfg = cfg
        self.receipt_buttons[cfg.ui.receipt].setChecked(True)  # type: ignore[attr-defined]
        self.volume = cfg.ui.volume
        self.volume_value.setText(str(self.volume))
        for code, b in self.language_buttons.items():
            b.setChecked(code in cfg.kiosk.languages)  # type: ignore[attr-defined]
        self.large_text.setChecked(cfg.ui.large_text)
        self.retranslate()

    def _step_volume(self, step: int) -> None:
        self.volume = max(0, min(100, self.volume + step))
        self.volume_value.setText(str(self.volume))

    def changes(self) -> dict[str, dict[str, object]]:
        receipt = next(p for p, b in self.receipt_buttons.items() if b.isChecked())  # type: ignore[attr-defined]
        languages = [c for c, b in self.language_buttons.items() if b.isChecked()]  # type: ignore[attr-defined]
        return {
            "ui": {"receipt": receipt, "volume": self.volume, "large_text": self.large_text.isChecked()},
            "kiosk": {"languages": languages},
        }

    def save_settings(self) -> None:
        cfg, changes = self.cfg, self.changes()
        self.save.setEnabled(False)
        self.result.setText(html.escape(Q.translate("Kiosk", "Saving…")))
        self.lanes.misc.submit(lambda: site_settings.change(cfg, changes), self._saved)

    def _saved(self, cfg: config_mod.Config | None, error: BaseException | None) -> None:
        self.save.setEnabled(True)
        if error is not None or cfg is None:
            reason = str(getattr(error, "reason", "") or "error")
            not_saved = Q.translate("Kiosk", "Not saved:")
            row = staff_words.Row("", "✖", f"{not_saved} {error}", reason)
            self.result.setText(_sentence_html(row))
            return
        self.show_values(cfg)
        self.result.setText(
            _sentence_html(staff_words.Row("", "✔", Q.translate("Kiosk", "Saved. The kiosk uses them now.")))
        )
        self.saved.emit(cfg)


class MaintenanceScreen(QWidget):
    left = Signal()
    #: the site settings were changed: the new configuration
    settingsChanged = Signal(object)  # noqa: N815 - Qt signal

    def __init__(
        self,
        cfg: config_mod.Config,
        services: Services,
        lanes: Lanes,
        recent: maintenance.RecentErrors | None,
        bundle_dir: Path,
        link: LinkDriver | None = None,
    ) -> None:
        super().__init__()
        self.link = link
        self._last_sync_seen: object = None
        self._gathering = False
        self.cfg = cfg
        self.services = services
        self.lanes = lanes
        self.recent = recent
        self.bundle_dir = bundle_dir
        self.device_states: list[DeviceState] = []
        # the staff texts are read from disk now, at start, so that explaining a code later is a look-up in memory
        i18n.entries("staff", cfg.kiosk.staff_language)
        lay = vbox(self, 16, 10)
        top = QHBoxLayout()
        self.title = label("", "subtitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.exit = button("", "cancel")
        self.exit.setMaximumWidth(360)
        top.addWidget(self.title, 1)
        top.addWidget(self.exit)
        lay.addLayout(top)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        self.status = label("", "muted")
        lay.addWidget(self.status)

        # devices: each in words, its state, what to do, and the reason code small beside it
        self.devices = _rows_table(4)
        self.tabs.addTab(self.devices, "")
        # queue
        qw = QWidget()
        qv = vbox(qw, 20, 14)
        self.queue_text = label("", "body")
        self.sync_button = button("", "enter")
        self.refusals = QListWidget()
        self.refusals_title = label("", "muted")
        # loans replay could not settle: staff check each at the counter and answer with one of the two buttons
        self.checks_title = label("", "muted")
        self.checks = QListWidget()
        self.check_lent = button("", "")
        self.check_send = button("", "")
        self._check_handles: list[str] = []
        actions = QHBoxLayout()  # one row of buttons and the two lists side by side: it fits the kiosk's 800 px
        actions.addWidget(self.sync_button)
        actions.addWidget(self.check_lent)
        actions.addWidget(self.check_send)
        lists = QHBoxLayout()
        for title, listing in ((self.checks_title, self.checks), (self.refusals_title, self.refusals)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(listing, 1)
            lists.addLayout(column, 1)
        qv.addWidget(self.queue_text)
        qv.addLayout(actions)
        qv.addLayout(lists, 1)
        self.tabs.addTab(qw, "")
        # self-tests
        tw = QWidget()
        tv = vbox(tw, 20, 14)
        self.test_buttons: dict[str, object] = {}
        # one under the other: two side by side did not fit 1280 px in every language and widened the window
        for name in ("test_receipt", "read_tag", "card_tries", "validation_link"):
            b = button("", "small")
            b.clicked.connect(lambda _=False, n=name: self._self_test(n))
            self.test_buttons[name] = b
            tv.addWidget(b)
        self.test_result = label("", "body")
        self.test_result.setTextFormat(Qt.TextFormat.RichText)
        # the page's width, never the sentence's: a long sentence wraps instead of widening the page
        self.test_result.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.test_result.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        tv.addWidget(self.test_result)
        tv.addStretch(1)
        self.tabs.addTab(_scrolled(tw), "")
        # configuration (secrets masked)
        self.config_view = QPlainTextEdit()
        self.config_view.setReadOnly(True)
        self.tabs.addTab(self.config_view, "")
        # recent errors + bundle
        ew = QWidget()
        ev = vbox(ew, 20, 14)
        self.errors = _rows_table(4)
        self.bundle_button = button("", "")
        ev.addWidget(self.errors, 1)
        ev.addWidget(self.bundle_button)
        self.tabs.addTab(ew, "")
        # the settings a technician changes on site
        self.settings = SettingsPanel(cfg, lanes)
        self.settings.saved.connect(self._settings_saved)
        self.tabs.addTab(_scrolled(self.settings), "")

        self.exit.clicked.connect(self.left)
        self.sync_button.clicked.connect(self.sync)
        self.checks.currentRowChanged.connect(lambda _row: self._enable_answers())
        self.check_lent.clicked.connect(lambda: self.settle_check(lent=True))
        self.check_send.clicked.connect(lambda: self.settle_check(lent=False))
        self._enable_answers()
        self.bundle_button.clicked.connect(self.export_bundle)
        self.timer = QTimer(self)
        self.timer.setInterval(2000)
        self.timer.timeout.connect(self.refresh)
        if link is not None:
            link.changed.connect(self._show_link)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(Q.translate("Kiosk", "Maintenance mode") + f" — {self.cfg.kiosk.kiosk_id}")
        self.exit.setText(Q.translate("Kiosk", "Leave maintenance"))
        for i, t in enumerate(
            [
                Q.translate("Kiosk", "Devices"),
                Q.translate("Kiosk", "Queue"),
                Q.translate("Kiosk", "Self-tests"),
                Q.translate("Kiosk", "Configuration"),
                Q.translate("Kiosk", "Recent errors"),
                Q.translate("Kiosk", "Change settings"),
            ]
        ):
            self.tabs.setTabText(i, t)
        code = Q.translate("Kiosk", "Code")
        self.devices.setHorizontalHeaderLabels(
            [Q.translate("Kiosk", "Device"), Q.translate("Kiosk", "State"), Q.translate("Kiosk", "What to do"), code]
        )
        self.errors.setHorizontalHeaderLabels(
            [Q.translate("Kiosk", "When and where"), Q.translate("Kiosk", "Level"), Q.translate("Kiosk", "What to do"),
             code]
        )  # fmt: skip
        self.sync_button.setText(Q.translate("Kiosk", "Sync now"))
        self.refusals_title.setText(Q.translate("Kiosk", "Refused on replay (for staff):"))
        self.checks_title.setText(
            Q.translate("Kiosk", "Check at the counter (the library system could not confirm these loans):")
        )
        self.check_lent.setText(Q.translate("Kiosk", "It is lent"))
        self.check_send.setText(Q.translate("Kiosk", "Not lent: send it"))
        self.test_buttons["test_receipt"].setText(Q.translate("Kiosk", "Print a test receipt"))  # type: ignore[attr-defined]
        self.test_buttons["read_tag"].setText(Q.translate("Kiosk", "Read a tag on the pad"))  # type: ignore[attr-defined]
        self.test_buttons["card_tries"].setText(Q.translate("Kiosk", "Read a card's PIN tries (no PIN)"))  # type: ignore[attr-defined]
        self.test_buttons["validation_link"].setText(Q.translate("Kiosk", "Check the validation link now"))  # type: ignore[attr-defined]
        self.bundle_button.setText(Q.translate("Kiosk", "Export diagnostic bundle"))
        self.settings.retranslate()

    # -------------------------------------------------------------- lifecycle

    def open(self) -> None:
        self.config_view.setPlainText(
            json.dumps(maintenance.masked_config(self.cfg), indent=2, ensure_ascii=False, default=str)
        )
        self.status.setText("")
        self.test_result.setText("")
        self.settings.show_values(self.cfg)
        self.settings.result.setText("")
        self.refresh()
        self.timer.start()

    def _settings_saved(self, cfg: config_mod.Config) -> None:
        self.cfg = cfg
        self.settingsChanged.emit(cfg)

    def close_mode(self) -> None:
        self.timer.stop()

    # -------------------------------------------------------------- live state (all probes in workers)

    def refresh(self) -> None:
        if self._gathering:
            # the last round still waits on a device or the network: do not pile rounds up on the lane
            return
        self._gathering = True
        probes = list(self.services.health)
        sync = self.services.sync
        refusals = self.services.refusals
        checks = self.services.checks

        def gather() -> tuple[list[DeviceState], object, list, list]:
            states = [ask(probe) for probe in probes]  # a failing probe is its device in error, not a crash
            link = None
            if sync is not None:
                try:
                    link = sync.status()
                except Exception:  # noqa: BLE001
                    link = None
            refused = []
            if refusals is not None:
                try:
                    refused = refusals()
                except Exception:  # noqa: BLE001
                    refused = []
            to_check = []
            if checks is not None:
                try:
                    to_check = checks()
                except Exception:  # noqa: BLE001
                    to_check = []
            return states, link, refused, to_check

        self.lanes.misc.submit(gather, self._show_state)
        self._show_errors()

    def _show_errors(self) -> None:
        """The recent warnings and errors, newest first, in local time and words."""
        lines = list(self.recent.lines) if self.recent is not None else []
        if lines == getattr(self, "_errors_shown", None):
            return
        self._errors_shown = lines
        _fill(self.errors, [staff_words.error_row(line, self.lang) for line in reversed(lines)])

    def _show_state(self, result: tuple | None, error: BaseException | None) -> None:
        self._gathering = False
        if result is None:
            return
        states, link, refused, to_check = result
        self.device_states = states
        rows = [staff_words.device_row(st, self.lang) for st in states]
        _fill(self.devices, rows, {i: st.health for i, st in enumerate(states)})
        if self.link is not None:
            self._show_link(self.link.state)
        elif link is None:
            self.queue_text.setText(Q.translate("Kiosk", "No offline queue is connected."))
        else:
            online = Q.translate("Kiosk", "Online") if link.online else Q.translate("Kiosk", "Offline")
            self.queue_text.setText(online + " · " + Q.translate("Kiosk", "Waiting transactions: %n", "", link.waiting))
        self.refusals.clear()
        for r in refused:
            self.refusals.addItem(f"{r.when}  {r.reason}  {self._explain(r.reason)}".rstrip())
        handles = [c.handle for c in to_check]
        if handles != self._check_handles:  # a refresh every 2 s must not lose the technician's selection
            self._check_handles = handles
            self.checks.clear()
            for c in to_check:
                self.checks.addItem(f"{c.when}  {c.item}  {c.reason} ×{c.tries}")
        self._enable_answers()

    def _enable_answers(self) -> None:
        chosen = self.services.settle_check is not None and self.checks.currentRow() >= 0
        self.check_lent.setEnabled(chosen)
        self.check_send.setEnabled(chosen)

    def settle_check(self, *, lent: bool) -> None:
        """Staff's answer for the loan chosen in the "check at the counter" list (on a worker: it writes the
        journal)."""
        settle, row = self.services.settle_check, self.checks.currentRow()
        if settle is None or not 0 <= row < len(self._check_handles):
            return
        handle = self._check_handles[row]
        self.check_lent.setEnabled(False)
        self.check_send.setEnabled(False)
        self.lanes.misc.submit(lambda: settle(handle, lent), lambda found, error: self._settled(lent, found, error))

    def _settled(self, lent: bool, found: object, error: BaseException | None) -> None:
        if error is not None:
            self.status.setText(
                Q.translate("Kiosk", "Could not record it: {code}").format(code=getattr(error, "reason", "error"))
            )
        elif found and lent:
            self.status.setText(Q.translate("Kiosk", "Recorded: the library system has this loan."))
        elif found:
            self.status.setText(Q.translate("Kiosk", "Recorded: this loan is sent with the next sync."))
        self.refresh()

    @property
    def lang(self) -> str:
        """The staff language: what technicians read here."""
        return self.cfg.kiosk.staff_language

    def _explain(self, code: str) -> str:
        """What staff read for a reason code, in the staff language; nothing for a state without one."""
        if not reasons.known(code):
            return ""  # "" when all is well, or a state that is not a code ("refused=2")
        return reasons.staff_text(code, self.lang)

    def _show_link(self, st: LinkState) -> None:
        """The link monitor's live state: online or offline (why), waiting, refused for staff, the last sync."""
        if st.online is None:
            online = Q.translate("Kiosk", "Checking the connection…")
        elif st.online:
            online = Q.translate("Kiosk", "Online")
        else:
            online = Q.translate("Kiosk", "Offline") + (f" ({st.reason})" if st.reason else "")
        parts = [online, Q.translate("Kiosk", "Waiting transactions: %n", "", st.waiting)]
        if st.refused:
            parts.append(Q.translate("Kiosk", "Refused, for staff: %n", "", st.refused))
        parts.append(sync_note(st))
        self.queue_text.setText(" · ".join(p for p in parts if p))
        self.sync_button.setEnabled(not st.syncing)
        if st.last_sync is not None and st.last_sync is not self._last_sync_seen and self.timer.isActive():
            # a sync finished while a technician looks: say how it went and read the refusals list again
            self._last_sync_seen = st.last_sync
            self.status.setText(sync_note(st))
            self.refresh()

    def sync(self) -> None:
        if self.link is not None:
            self.link.sync_now()
            return
        sync = self.services.sync
        if sync is None:
            return
        self.sync_button.setEnabled(False)
        self.status.setText(Q.translate("Kiosk", "Syncing…"))
        self.lanes.library.submit(sync.sync, self._synced)

    def _synced(self, report: object, error: BaseException | None) -> None:
        self.sync_button.setEnabled(True)
        if error is not None or report is None:
            self.status.setText(
                Q.translate("Kiosk", "Sync failed: {code}").format(code=getattr(error, "reason", "error"))
            )
        else:
            self.status.setText(
                Q.translate("Kiosk", "Sent {sent}, refused {refused}, left {left}.").format(
                    sent=report.sent,
                    refused=report.refused,
                    left=report.left,  # type: ignore[attr-defined]
                )
            )
        self.refresh()

    def _self_test(self, name: str) -> None:
        test: Callable[[], object] | None = self.services.self_tests.get(name)
        if test is None:
            self.test_result.setText(_sentence_html(staff_words.not_available(self.lang)))
            return
        self.test_result.setText(Q.translate("Kiosk", "Running…"))
        self.lanes.misc.submit(test, self._self_tested)

    def _self_tested(self, result: object, error: BaseException | None) -> None:
        if error is not None:
            row = staff_words.self_test_failure(str(getattr(error, "reason", "") or "error"), self.lang)
        else:
            row = staff_words.self_test_sentence(result, self.lang)
        self.test_result.setText(_sentence_html(row))

    def export_bundle(self) -> None:
        cfg, states = self.cfg, list(self.device_states)
        recent = list(self.recent.lines) if self.recent is not None else []
        sync = self.services.sync
        dest = self.bundle_dir

        def make() -> Path:
            queue = {}
            if sync is not None:
                st = sync.status()
                queue = {"waiting": st.waiting, "refused": st.refused, "online": int(st.online)}
            return maintenance.diagnostic_bundle(dest, cfg, devices=states, queue=queue, recent=recent)

        self.status.setText(Q.translate("Kiosk", "Writing the bundle…"))
        self.lanes.misc.submit(make, self._bundled)

    def _bundled(self, path: Path | None, error: BaseException | None) -> None:
        if error is not None or path is None:
            self.status.setText(
                Q.translate("Kiosk", "Could not write the bundle: {code}").format(
                    code=getattr(error, "reason", "error")
                )
            )
        else:
            self.status.setText(Q.translate("Kiosk", "Bundle written: {path}").format(path=str(path)))
        self.last_bundle = path
