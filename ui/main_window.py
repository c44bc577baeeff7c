"""The kiosk window: the patron screens in a stack, the countdown bar, the language bar, the "call staff" button,
the bookmobile banner, and maintenance mode behind a hidden gesture (five taps on the library name) or Ctrl+Alt+M,
plus the passcode. The window is styled for its size (:mod:`ui.theme`); windowed, it fits the screen it opens on."""

from __future__ import annotations

import dataclasses
import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QSizePolicy,
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
from ui import screens, service_screens, typography, warmup
from ui.bookmobile import BookmobileBanner
from ui.controller import SessionController
from ui.link import LinkDriver
from ui.maintenance_ui import MaintenanceScreen, PasscodeScreen
from ui.sound import SoundPlayer
from ui.theme import DESIGN, Theme
from ui.widgets import LanguageBar, button, label, restyle
from ui.workers import qt_lanes

_log = logging.getLogger("ui.window")

#: room left for a window manager's title bar above a windowed kiosk
TITLE_BAR = 40


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


def fit_screen(available: QSize | None) -> tuple[int, int]:
    """A windowed kiosk's size on a screen with ``available`` room (its panels left out): the design size
    (1280×800) where it fits, else the room there is, less a title bar. The theme sizes the screens for it, so a
    1366×768 laptop gets about 1280×690 with nothing cut off (``tests/ui/test_fit.py`` renders that size)."""
    if available is None or available.width() <= 0 or available.height() <= 0:
        return DESIGN
    return min(DESIGN[0], available.width()), min(DESIGN[1], available.height() - TITLE_BAR)


class StaffMessage(QFrame):
    """The calm message after "call staff", over the screen: staff were told (where the library's monitoring
    raises the alert), or the counter helps. It closes with OK, after a minute, or when the session ends."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("role", "overlay")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 32, 40, 32)
        lay.setSpacing(20)
        self.title = label("", "title")
        self.body = label("", "body")
        self.ok = button("", "enter")
        self.ok.clicked.connect(self.hide)
        for w in (self.title, self.body, self.ok):
            lay.addWidget(w)
        self.alerted = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def retranslate(self) -> None:
        if self.alerted:
            self.title.setText(Q.translate("Kiosk", "Staff have been called"))
            self.body.setText(Q.translate("Kiosk", "Please wait here; someone will come to help you."))
        else:
            self.title.setText(Q.translate("Kiosk", "Please ask at the counter"))
            self.body.setText(Q.translate("Kiosk", "Staff there are happy to help."))
        self.ok.setText(Q.translate("Kiosk", "OK"))

    def show_message(self, alerted: bool) -> None:
        self.alerted = alerted
        self.retranslate()
        self.place()
        self.show()
        self.raise_()
        self.ok.setFocus(Qt.FocusReason.OtherFocusReason)
        self._timer.start()

    def place(self) -> None:
        """Centred over the window's central area, two thirds of its width."""
        host = self.parentWidget()
        if host is None:
            return
        w = max(360, host.width() * 2 // 3)
        self.setFixedWidth(min(w, host.width()))
        self.adjustSize()
        self.move((host.width() - self.width()) // 2, max(0, (host.height() - self.height()) // 3))


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
        #: the theme follows the window's size once it settles (a windowed kiosk being dragged restyles once)
        self._restyle = QTimer(self)
        self._restyle.setSingleShot(True)
        self._restyle.setInterval(150)
        self._restyle.timeout.connect(self.apply_theme)
        self._styled_for: tuple[int, int] | None = None
        self.setWindowTitle(Q.translate("Kiosk", "Library self-checkout"))
        ui = cfg.ui
        self.controller = SessionController(session, services, self.lanes)
        self.controller.viewChanged.connect(self.render)
        self.controller.cleared.connect(self.wipe)
        self.controller.cue.connect(self.sound.play)
        self.controller.technician_cards = frozenset(cfg.maintenance.technician_cards)
        self.controller.technicianCard.connect(self.ask_passcode)
        #: (on the items screen, items answered) last seen: a change means a library call was made
        self._calls_seen: tuple[bool, int] = (False, 0)
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
        # "call staff", in the bottom left corner of every patron screen
        self.staff_button = button("", "staff")
        self.staff_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.staff_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.staff_button.clicked.connect(self.call_staff)
        #: the library is told when a patron calls (the metrics' alert rule); else the message sends to the counter
        self.staff_alerted = cfg.metrics.enabled
        # language bar
        self.language_bar = LanguageBar(list(cfg.kiosk.languages))
        self.language_bar.chosen.connect(lambda c: self.controller.post(s.LanguageChosen(c)))
        lb = QWidget()
        lbl = QHBoxLayout(lb)
        lbl.setContentsMargins(0, 0, 0, 0)
        lbl.addWidget(self.language_bar)
        self.bottom.addWidget(lb)
        self.bottom.addWidget(self.countdown)
        self.bottom_row = QWidget()
        brow = QHBoxLayout(self.bottom_row)
        brow.setContentsMargins(16, 8, 16, 12)
        brow.setSpacing(12)
        brow.addWidget(self.staff_button)
        brow.addWidget(self.bottom, 1)
        root.addWidget(self.bottom_row)
        self.language_row = lb
        self.setCentralWidget(central)
        # the window takes the size it is given and the theme sizes the screens for it (apply_theme): the screens'
        # minimum at one size must not keep the window from another (tests/ui/test_fit.py checks they fit)
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

        post = self.controller.post
        self.idle = screens.IdleScreen(post, cfg.kiosk.library_name, tuple(cfg.kiosk.identification),
                                       returns=session.return_without_card)  # fmt: skip
        library_language = cfg.kiosk.default_language  # the library system speaks the library's language
        self.screens: list[screens.Screen] = [
            self.idle,
            screens.BusyScreen(post),
            screens.LastTryScreen(post),
            screens.PinScreen(post),
            screens.ItemsScreen(post, self.theme.palette, library_language),
            screens.ReceiptScreen(post),
            screens.RefusedScreen(post, library_language),
            screens.GoodbyeScreen(post),
            # the patron's services besides borrowing (issue 16)
            service_screens.ReturnsScreen(
                post, self.theme.palette.ok, self.theme.palette.bad, self.theme.palette.warn_text, library_language
            ),  # fmt: skip
            service_screens.RenewScreen(post, self.theme.palette.ok, self.theme.palette.bad, library_language),
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
        self.staff_message = StaffMessage(central)

        self.translations.set_language(cfg.kiosk.default_language)
        self.retranslate()
        self.render(self.controller.view)
        if not windowed and ui.fullscreen:
            # the first frame is drawn at the screen's size, not at a size of Qt's choosing that the compositor's
            # configure corrects a frame later: cage shows a full-screen client's buffer as it is (direct scan-out),
            # and under wlroots 0.15's headless output a first buffer of another size was the last one shown
            if self.screen() is not None:
                self.resize(self.screen().geometry().size())
            self.setWindowState(Qt.WindowState.WindowFullScreen)
        else:
            self.resize(*fit_screen(self.screen().availableGeometry().size() if self.screen() else None))
        self.apply_theme()
        if self.link is not None:
            self.link.start()

    def _session_activity(self, view: s.View) -> None:
        """A patron session holds the library link: the monitor starts nothing of its own meanwhile. What the
        patron's own calls found out (a loan made offline, or online again) is read at once, so the banner says
        it within a second rather than at the next count."""
        if self.link is None:
            return
        self.link.set_session_active(view.phase not in (s.Phase.IDLE, s.Phase.GOODBYE))
        seen = (view.phase is s.Phase.ITEMS, sum(1 for i in view.items if i.state is not s.ItemState.PENDING))
        if seen != self._calls_seen:
            self._calls_seen = seen
            if seen[0]:
                self.link.refresh()

    # ------------------------------------------------------------------ size and style

    def apply_theme(self) -> None:
        """Style the window for its size now (every size scales with it, see :mod:`ui.theme`)."""
        size = (self.width(), self.height())
        if size == self._styled_for:
            return
        self._styled_for = size
        # what a technician (and the package's display check) compares: does the kiosk fill its screen?
        screen = self.screen().geometry().size().toTuple() if self.screen() is not None else (0, 0)
        eventlog.event(
            _log, "ui.window", width=size[0], height=size[1], screen_width=screen[0], screen_height=screen[1]
        )
        self.theme = Theme(self.cfg.ui.high_contrast, self.cfg.ui.large_text, size)
        self.setStyleSheet(self.theme.style_sheet())
        self.setFont(self.theme.font(24))
        for sc in self.screens:
            restyle(sc, self.theme)
            sc.set_palette(self.theme.palette)
        restyle(self.bottom_row, self.theme)
        if self.banner is not None:
            restyle(self.banner, self.theme)
        restyle(self.staff_message, self.theme)
        self.staff_message.place()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.staff_message.place()
        if self._styled_for is not None and (self.width(), self.height()) != self._styled_for:
            self._restyle.start()

    # ------------------------------------------------------------------ call staff

    def call_staff(self) -> None:
        """A calm message in the patron's language; the library is told where it is set up (the metrics' alert)."""
        self.controller.runner.call_staff()
        self.staff_message.show_message(self.staff_alerted)

    # ------------------------------------------------------------------ rendering

    def retranslate(self) -> None:
        """A new language: what shows now is retranslated now, every other screen just before it is next shown.
        Retranslating (and so re-laying-out) all fourteen screens at once held the event loop 15–25 ms."""
        self._stale = [*self.screens, self.passcode, self.maintenance]
        current = self.stack.currentWidget()
        if current is not None:
            self._fresh(current)
        self.countdown_button.setText(Q.translate("Kiosk", "Continue"))
        self.staff_button.setText(Q.translate("Kiosk", "Call staff"))
        self.staff_message.retranslate()
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
        self.staff_message.hide()
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
        self.staff_message.hide()
        self.bottom_row.setVisible(False)
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
        self.bottom_row.setVisible(True)
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
                    out.append(typography.plain(w.text()))
            elif isinstance(w, QListWidget):
                out += [typography.plain(w.item(i).text()) for i in range(w.count())]
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
