"""The kiosk window: the patron screens in a stack, the countdown bar, the language bar, the bookmobile banner,
and maintenance mode behind a hidden gesture (five taps on the library name) or Ctrl+Alt+M, plus the passcode."""

from __future__ import annotations

import dataclasses
import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import eventlog
from kiosk import availability, maintenance
from kiosk import config as config_mod
from kiosk import session as s
from kiosk.link import LinkPolicy
from kiosk.services import DeviceState, Services
from kiosk.staff_access import HiddenTaps, StaffAccess
from kiosk.status_runner import ask
from kiosk.workers import Lanes
from ui import screens, service_screens, warmup
from ui.bookmobile import BookmobileBanner
from ui.controller import SessionController
from ui.link import LinkDriver
from ui.maintenance_ui import MaintenanceScreen, PasscodeScreen
from ui.sound import SoundPlayer
from ui.theme import Theme
from ui.widgets import LanguageBar, button, label
from ui.workers import qt_lanes

_log = logging.getLogger("ui.window")


class Translations:
    def __init__(self, qm_files: dict[str, Path]) -> None:
        self.qm_files = qm_files
        self.current = ""
        self._translator: QTranslator | None = None
        self._loaded: dict[str, QTranslator] = {}

    def preload(self) -> None:
        for lang in self.qm_files:
            self._get(lang)

    def _get(self, lang: str) -> QTranslator | None:
        if lang not in self._loaded and lang in self.qm_files:
            t = QTranslator()
            if t.load(str(self.qm_files[lang])):
                self._loaded[lang] = t
        return self._loaded.get(lang)

    def set_language(self, lang: str) -> bool:
        if lang == self.current:
            return False
        app = QApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        t = self._get(lang)
        if t is not None:
            app.installTranslator(t)
            self._translator = t
        self.current = lang
        return True


class _TapGesture(QObject):
    """Every tap on a widget, fed to :class:`kiosk.staff_access.HiddenTaps`; five → maintenance. A quick second tap
    reaches the widget as a double click, not a press: both count."""

    TAPS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)

    def __init__(self, target: QWidget, on_gesture) -> None:  # type: ignore[no-untyped-def]
        super().__init__(target)
        self.taps = HiddenTaps()
        self.on_gesture = on_gesture
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in self.TAPS and self.taps.tap(time.monotonic()):
            self.on_gesture()
        return False


class _ActivityFilter(QObject):
    """Any touch, click or key on the kiosk's window means the patron is still there.

    It watches the window's QWindow, where the platform delivers input before Qt hands it to a widget, rather than
    the whole application: an application-wide Python filter is called for every event of every widget (paint,
    layout, show...) and cost a third of the event loop's time while a screen changed."""

    KINDS = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress)

    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self.window = window
        self.watched: QObject | None = None

    def watch(self) -> None:
        handle = self.window.windowHandle()
        if handle is not None and handle is not self.watched:
            if self.watched is not None:
                self.watched.removeEventFilter(self)
            handle.installEventFilter(self)
            self.watched = handle

    def unwatch(self) -> None:
        if self.watched is not None:
            self.watched.removeEventFilter(self)
            self.watched = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in self.KINDS:
            if self.window.maintenance_active:
                self.window.staff.touch(self.window.controller.clock())
            else:
                self.window.controller.post(s.Touch())
        return False


class KioskWindow(QMainWindow):
    #: site settings were applied (the new :class:`kiosk.config.Config`): for parts the window does not own itself
    settingsApplied = Signal(object)

    def __init__(
        self,
        cfg: config_mod.Config,
        services: Services,
        translations: Translations,
        session: s.Config,
        link_policy: LinkPolicy,
        *,
        windowed: bool = False,
        sound: SoundPlayer | None = None,
        lanes: Lanes | None = None,
        recent: maintenance.RecentErrors | None = None,
        gate: maintenance.PasscodeGate | None = None,
    ) -> None:
        super().__init__()
        self.cfg = cfg
        self.services = services
        self.translations = translations
        self.lanes = lanes or qt_lanes()
        self.sound = sound or SoundPlayer(cfg.ui.sounds, lane=self.lanes.sound, volume=cfg.ui.volume)
        self.theme = Theme(cfg.ui.high_contrast, cfg.ui.large_text)
        self.setWindowTitle(Q.translate("Kiosk", "Library self-checkout"))
        self.setStyleSheet(self.theme.style_sheet())
        self.setFont(self.theme.font(24))
        ui = cfg.ui
        self.controller = SessionController(session, services, self.lanes)
        self.controller.viewChanged.connect(self.render)
        self.controller.cleared.connect(self.wipe)
        self.controller.cue.connect(self.sound.play)
        self.controller.technician_cards = frozenset(cfg.maintenance.technician_cards)
        self.controller.technicianCard.connect(self.ask_passcode)
        # the passcode screen and maintenance mode end by themselves (kiosk.staff_access); a patron's card or
        # library card on the passcode screen is the patron's (connected after the runner, which drops it)
        self.staff = StaffAccess.from_config(cfg.maintenance)
        self.controller.cardPresence.connect(self._card_while_staff)
        self.controller.barcodeScanned.connect(self._scan_while_staff)
        self._staff_clock = QTimer(self)
        self._staff_clock.setInterval(1000)
        self._staff_clock.timeout.connect(self._staff_tick)
        #: set by ui.app.after_start: glyphs drawn once and the start-up heap frozen (see ui.warmup)
        self.warmup = None
        self.warmed = False
        #: screens not yet retranslated to the current language (see retranslate)
        self._stale: list[QWidget] = []

        central = QWidget()
        root = QVBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        # the library link monitor: probes the library system and replays the offline journal by itself
        self.link: LinkDriver | None = None
        if services.sync is not None:
            self.link = LinkDriver(services.sync, self.lanes, link_policy)
            self.controller.viewChanged.connect(self._session_activity)
        self.banner: BookmobileBanner | None = None
        if ui.bookmobile:
            self.banner = BookmobileBanner(self.link)
            root.addWidget(self.banner)
        self.stack = QStackedWidget()
        root.addWidget(self.stack, 1)
        # the bottom row shows the language bar, or the inactivity countdown in its place
        self.bottom = QStackedWidget()
        self.countdown = QFrame()
        crow = QHBoxLayout(self.countdown)
        crow.setContentsMargins(20, 6, 20, 8)
        self.countdown_label = label("", "countdown")
        self.countdown_button = button("", "enter")
        self.countdown_button.setMaximumWidth(360)
        crow.addWidget(self.countdown_label, 3)
        crow.addWidget(self.countdown_button, 1)
        self.countdown.setVisible(False)
        self.countdown_button.clicked.connect(lambda: self.controller.post(s.Touch()))
        # language bar
        self.language_bar = LanguageBar(list(cfg.kiosk.languages))
        self.language_bar.chosen.connect(lambda c: self.controller.post(s.LanguageChosen(c)))
        lb = QWidget()
        lbl = QHBoxLayout(lb)
        lbl.setContentsMargins(20, 10, 20, 16)
        lbl.addWidget(self.language_bar)
        self.bottom.addWidget(lb)
        self.bottom.addWidget(self.countdown)
        root.addWidget(self.bottom)
        self.language_row = lb
        self.setCentralWidget(central)

        post = self.controller.post
        self.idle = screens.IdleScreen(post, cfg.kiosk.library_name, tuple(cfg.kiosk.identification),
                                       returns=session.return_without_card)  # fmt: skip
        self.screens: list[screens.Screen] = [
            self.idle,
            screens.BusyScreen(post),
            screens.LastTryScreen(post),
            screens.PinScreen(post),
            screens.ItemsScreen(post, self.theme.palette.ok, self.theme.palette.bad),
            screens.ReceiptScreen(post),
            screens.RefusedScreen(post),
            screens.GoodbyeScreen(post),
            # the patron's services besides borrowing (issue 16)
            service_screens.ReturnsScreen(
                post, self.theme.palette.ok, self.theme.palette.bad, self.theme.palette.warn_text
            ),  # fmt: skip
            service_screens.RenewScreen(post, self.theme.palette.ok, self.theme.palette.bad),
            service_screens.AccountScreen(post, self.theme.palette.bad),
            service_screens.CountScreen(post),
            service_screens.CountRetryScreen(post),
        ]
        self.by_phase: dict[s.Phase, screens.Screen] = {}
        self.controller.incompleteSets.connect(self.screens[4].set_incomplete)
        for sc in self.screens:
            self.stack.addWidget(sc)
            for ph in sc.phases:
                self.by_phase[ph] = sc
        # maintenance
        self.gate = gate or maintenance.PasscodeGate.from_config(
            cfg, state_file=None if not cfg.data_dir.is_dir() else cfg.data_dir / "maintenance-gate.json"
        )
        self.recent = recent
        self.passcode = PasscodeScreen(self.gate, self.lanes)
        self.maintenance = MaintenanceScreen(
            cfg, services, self.lanes, recent, cfg.data_dir / "diagnostics", link=self.link
        )
        self.stack.addWidget(self.passcode)
        self.stack.addWidget(self.maintenance)
        self.passcode.entered.connect(self._maintenance_open)
        self.passcode.left.connect(self.leave_maintenance)
        self.maintenance.left.connect(self.leave_maintenance)
        self.maintenance.settingsChanged.connect(self.apply_settings)
        _TapGesture(self.idle.name, self.ask_passcode)
        self._activity = _ActivityFilter(self)
        QShortcut(QKeySequence("Ctrl+Alt+M"), self, activated=self.ask_passcode)
        if self.banner is not None:
            QShortcut(QKeySequence("F5"), self, activated=self.banner.sync)

        self.translations.set_language(cfg.kiosk.default_language)
        self.retranslate()
        self.render(self.controller.view)
        if not windowed and ui.fullscreen:
            self.setWindowState(Qt.WindowState.WindowFullScreen)
        else:
            self.resize(1280, 800)
        if self.link is not None:
            self.link.start()

    def _session_activity(self, view: s.View) -> None:
        """A patron session holds the library link: the monitor starts nothing of its own meanwhile."""
        if self.link is not None:
            self.link.set_session_active(view.phase not in (s.Phase.IDLE, s.Phase.GOODBYE))

    # ------------------------------------------------------------------ rendering

    def retranslate(self) -> None:
        """A new language: what shows now is retranslated now, every other screen just before it is next shown.
        Retranslating (and so re-laying-out) all fourteen screens at once held the event loop 15–25 ms."""
        self._stale = [*self.screens, self.passcode, self.maintenance]
        current = self.stack.currentWidget()
        if current is not None:
            self._fresh(current)
        self.countdown_button.setText(Q.translate("Kiosk", "Continue"))
        if self.banner is not None:
            self.banner.retranslate()
        self.setWindowTitle(Q.translate("Kiosk", "Library self-checkout"))

    def _fresh(self, w: QWidget) -> None:
        """Retranslate a screen if the language changed since it was last shown."""
        if w in self._stale:
            self._stale.remove(w)
            w.retranslate()  # type: ignore[attr-defined]

    def render(self, view: s.View) -> None:
        if self.translations.set_language(view.language):
            self.retranslate()
        self.language_bar.set_current(view.language)
        if self.maintenance_active:
            return
        sc = self.by_phase[view.phase]
        self._fresh(sc)
        sc.render(view)
        if self.stack.currentWidget() is not sc:
            self.stack.setCurrentWidget(sc)
            focus = sc.first_focus()
            if focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if view.countdown is not None:
            self.countdown_label.setText(
                Q.translate("Kiosk", "Are you still there? This session ends in %n second(s).", "", view.countdown)
            )
            self.countdown.setVisible(True)
            self.bottom.setCurrentWidget(self.countdown)
        else:
            self.countdown.setVisible(False)
            self.countdown_label.setText("")
            self.bottom.setCurrentWidget(self.language_row)

    def wipe(self, why: str = "") -> None:
        """The session ended: forget everything of the patron in every widget."""
        for sc in self.screens:
            sc.wipe()
        for w in self.findChildren(QListWidget):
            if w.parent() is not None and self.maintenance.isAncestorOf(w):
                continue
            w.clear()
        self.countdown_label.setText("")
        self.countdown.setVisible(False)
        self.bottom.setCurrentWidget(self.language_row)
        eventlog.event(_log, "ui.wiped", why=why)
        # unreachable cycles of the session (and what they held of the patron) go now, on the idle screen,
        # rather than in a collection Python starts on its own in the middle of the next patron's session
        QTimer.singleShot(500, self._collect)

    def _collect(self) -> None:
        if self.controller.session.phase is s.Phase.IDLE:
            ms = warmup.collect_between_sessions()
            if ms:
                eventlog.event(_log, "ui.gc_between_sessions", ms=round(ms, 1))

    # ------------------------------------------------------------------ site settings

    def apply_settings(self, cfg: config_mod.Config) -> None:
        """Site settings changed in maintenance (validated and stored): the session's receipt policy and
        languages, the language bar, the volume and the text size change now (the session is idle)."""
        self.cfg = cfg
        session = self.controller.session
        session.config = dataclasses.replace(
            session.config, receipt=s.ReceiptPolicy(cfg.ui.receipt), languages=tuple(cfg.kiosk.languages)
        )
        self.language_bar.set_languages(list(cfg.kiosk.languages))
        self.language_bar.set_current(self.controller.view.language)
        self.sound.set_volume(cfg.ui.volume)
        if cfg.ui.large_text != self.theme.large_text:
            self.theme = Theme(cfg.ui.high_contrast, cfg.ui.large_text)
            self.setStyleSheet(self.theme.style_sheet())
            self.setFont(self.theme.font(24))
        self.settingsApplied.emit(cfg)
        eventlog.event(_log, "ui.settings_applied")

    # ------------------------------------------------------------------ what works now

    def check_health(self) -> None:
        """Ask every health probe once, off the event loop; then :meth:`show_health` (the status sampler tells it
        from then on, :mod:`kiosk_app.gui`)."""
        probes = list(self.services.health)
        self.lanes.misc.submit(lambda: [ask(p) for p in probes], self._checked_health)

    def _checked_health(self, states: list[DeviceState] | None, error: BaseException | None) -> None:
        if states is not None:
            self.show_health(states)

    def show_health(self, states: list[DeviceState]) -> None:
        """The devices' and services' latest states: the idle screen invites only the methods that work now."""
        methods = availability.offered(self.cfg.kiosk.identification, states)
        if methods != self.idle.methods:
            eventlog.event(_log, "ui.methods_offered", methods=",".join(methods) or "none")
            self.idle.offer(methods)

    # ------------------------------------------------------------------ input

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """A physical numeric keypad types into the PIN pad wherever the focus is."""
        if not self.maintenance_active:
            current = self.stack.currentWidget()
            if isinstance(current, screens.PinScreen | service_screens.CountScreen) and current.pad.handle_key(event):
                return
            # keyboard operation (bookmobile crew, accessibility keypads): Enter presses the focused button,
            # Escape is "cancel / end" on every screen
            focused = QApplication.focusWidget()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QAbstractButton):
                if focused.isEnabled() and self.isAncestorOf(focused):
                    focused.click()
                    return
            if event.key() == Qt.Key.Key_Escape:
                self.controller.post(s.Cancel())
                return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ maintenance

    @property
    def maintenance_active(self) -> bool:
        """The passcode screen or maintenance mode shows."""
        return self.staff.active

    def ask_passcode(self) -> None:
        if self.controller.session.phase is not s.Phase.IDLE or not self.staff.ask(self.controller.clock()):
            return
        self._staff_clock.start()
        self._size_before_staff = self.size()
        self.controller.paused = True
        eventlog.event(_log, "maintenance.asked")
        # the staff screens speak the staff language, whatever a patron chose last ([kiosk].staff_language)
        if self.translations.set_language(self.cfg.kiosk.staff_language):
            self.retranslate()
        self.passcode.reset()
        self._fresh(self.passcode)
        self.bottom.setVisible(False)
        self.stack.setCurrentWidget(self.passcode)
        self.passcode.pad.setFocus()

    def _maintenance_open(self) -> None:
        if not self.staff.entered(self.controller.clock()):
            return  # the passcode screen ended while the passcode was being checked
        self._fresh(self.maintenance)
        self.maintenance.open()
        self.stack.setCurrentWidget(self.maintenance)
        self.maintenance.exit.setFocus()

    def _staff_tick(self) -> None:
        if self.staff.tick(self.controller.clock()):
            self.leave_maintenance()  # nobody is there: back to the idle screen

    def _card_while_staff(self, present: bool) -> None:
        if present and self.staff.patron_input():
            self.leave_maintenance()
            self.controller.runner.card_presence(True)

    def _scan_while_staff(self, code: str) -> None:
        if code.strip() not in self.controller.technician_cards and self.staff.patron_input():
            self.leave_maintenance()
            self.controller.runner.barcode(code)

    def leave_maintenance(self) -> None:
        self.staff.leave()
        self._staff_clock.stop()
        self.maintenance.close_mode()
        self.passcode.reset()
        self.controller.paused = False
        self.bottom.setVisible(True)
        before = getattr(self, "_size_before_staff", None)
        if before is not None and not self.isFullScreen() and self.size() != before:
            self.resize(before)  # a staff screen never leaves the patron's window another size
        eventlog.event(_log, "maintenance.left")
        self.render(self.controller.view)
        self.stack.setCurrentWidget(self.by_phase[self.controller.session.phase])

    # ------------------------------------------------------------------ introspection for tests

    def visible_texts(self) -> list[str]:
        out: list[str] = []
        for w in self.findChildren(QWidget):
            if isinstance(w, QLabel | QAbstractButton):
                if w.text():
                    out.append(w.text())
            elif isinstance(w, QListWidget):
                out += [w.item(i).text() for i in range(w.count())]
            elif isinstance(w, QPlainTextEdit):
                out.append(w.toPlainText())
        return out

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        self._activity.watch()  # the QWindow exists once the window is shown
        super().showEvent(event)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        self._activity.unwatch()
        if self.link is not None:
            self.link.stop()
        self.controller.shutdown()
        for close in self.services.close:
            try:
                close()
            except Exception:  # noqa: BLE001
                _log.exception("close failed")
        super().closeEvent(event)
