"""The kiosk on a screen: the window over a built :class:`kiosk_app.build.Kiosk`, its device threads reporting to
the window's session controller, and the event loop run until the window closes or the process is asked to stop.
While it runs, the loop drives the kiosk's telemetry (:mod:`kiosk_app.telemetry`): READY=1 once the idle screen
shows, WATCHDOG=1 from this loop only, the status file and the metrics' states every few seconds.

The only module of the application that imports Qt: the CLI imports it in the commands that open a window, so the
headless commands (and the core's tests) run where PySide6 is not installed.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QTimer

import eventlog
from eventlog import ThreadStarter
from kiosk import maintenance
from kiosk import session as s
from kiosk.config import Config
from kiosk.services import CAPABILITIES, Services
from kiosk.supervisor import Supervisor
from kiosk.workers import Lanes
from kiosk_app import speech_cache
from kiosk_app.build import Kiosk, link_policy, session_config
from kiosk_app.telemetry import Telemetry
from ui import speech as speech_ui
from ui.app import after_start, application, exec_until_stopped, translations
from ui.main_window import KioskWindow
from ui.sound import SoundPlayer, write_wavs
from ui.workers import qt_lanes

_log = logging.getLogger("kiosk_app.gui")
#: the devices the log writer's and the metrics endpoint's threads report under (maintenance's threads row)
LOG_WRITER = "log_writer"
METRICS = "metrics"


def build_window(
    cfg: Config,
    services: Services | None = None,
    *,
    windowed: bool = False,
    qm_dir: Path | None = None,
    gate: maintenance.PasscodeGate | None = None,
    supervisor: Supervisor | None = None,
    session: s.Config | None = None,
) -> KioskWindow:
    """The kiosk's window over ``services`` (none: a kiosk that offers nothing, for screens and tests) with the
    session's rules ``session`` (default: from ``cfg``, as if the library system's connector could do everything);
    its worker lanes run under ``supervisor`` when one is given (the kiosk's)."""
    application()
    lanes = qt_lanes(supervisor)
    recent = maintenance.RecentErrors().install()
    sound = SoundPlayer(cfg.ui.sounds, lane=lanes.sound, volume=cfg.ui.volume)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or tempfile.gettempdir()) / "mynumber-kiosk" / "sounds"
    if cfg.ui.sounds:
        volume = cfg.ui.volume
        lanes.misc.submit(lambda: write_wavs(cache, volume=volume), lambda files, err: files and sound.set_files(files))
    speaker = _speech(cfg, lanes, cache)
    win = KioskWindow(
        cfg,
        services or Services(),
        translations(qm_dir),
        session or session_config(cfg, CAPABILITIES),
        link_policy(cfg),
        windowed=windowed,
        sound=sound,
        lanes=lanes,
        recent=recent,
        gate=gate,
    )
    #: the spoken guidance (None when [ui].speech is off)
    win.speech = speaker  # type: ignore[attr-defined]
    if speaker is not None:
        speech_ui.attach(win, speaker, cfg.ui.speech_repeat_key)
        rendering: list[threading.Event] = []

        def settings_applied(new: Config) -> None:
            # the phrases and tones are rendered at the volume: a new one is new files, rendered in the background
            if new.ui.volume == speaker.volume:
                return
            _speak_at(new, speaker, lanes, cache)
            while rendering:
                rendering.pop().set()
            if new.ui.volume > 0:
                rendering.append(render_speech(win))

        win.settingsApplied.connect(settings_applied)
    return win


def _speech(cfg: Config, lanes: Lanes, tone_dir: Path) -> speech_ui.SpeechPlayer | None:
    """The spoken guidance's player over the phrase files of this configuration (rendered at install, or by
    :func:`run` in the background), and its PIN pad tones."""
    if not cfg.ui.speech:
        return None
    player = speech_ui.SpeechPlayer({}, lanes.sound)
    _speak_at(cfg, player, lanes, tone_dir)
    return player


def _speak_at(cfg: Config, player: speech_ui.SpeechPlayer, lanes: Lanes, tone_dir: Path) -> None:
    """The player's phrases and tones at ``[ui].volume`` (at 0, nothing is said)."""
    volume = player.volume = cfg.ui.volume
    if volume == 0:
        player.set_files({})
        player.set_tones({})
        return
    player.set_files({k: e.path for k, e in speech_cache.plan(cfg).items()})
    lanes.misc.submit(
        lambda: write_wavs(tone_dir, volume=volume, tones=speech_ui.TONE_NOTES),
        lambda f, err: f and player.set_tones(f),
    )


def render_speech(win: KioskWindow) -> threading.Event:
    """Render the spoken guidance's missing phrases in the background: a child process (about a minute the first
    time), waited for on a misc lane; setting the returned event stops it (the kiosk is closing, or the volume
    changed again)."""
    stop = threading.Event()
    application().aboutToQuit.connect(stop.set)
    files = speech_cache.plan(win.cfg)
    win.lanes.misc.submit(
        lambda: speech_cache.ensure(files, speech_cache.directory(win.cfg), stop=stop), lambda r, err: None
    )
    return stop


def open_window(
    kiosk: Kiosk,
    *,
    windowed: bool = False,
    qm_dir: Path | None = None,
    gate: maintenance.PasscodeGate | None = None,
) -> KioskWindow:
    """The window over ``kiosk``, with the card reader, the pad and the scanners reporting to it (their threads
    emit the controller's queued signals), not yet shown."""
    win = build_window(
        kiosk.config,
        kiosk.services,
        windowed=windowed,
        qm_dir=qm_dir,
        gate=gate,
        supervisor=kiosk.supervisor,
        session=kiosk.session,
    )
    c = win.controller
    kiosk.start_watch(
        c.cardPresence.emit, c.itemSeen.emit, c.barcodeScanned.emit, c.technicianCard.emit, c.incompleteSets.emit
    )
    win.check_health()  # the idle screen offers what works from the start (the scanners' probe exists now)
    return win


def telemetry(
    win: KioskWindow, env: Mapping[str, str] = os.environ, liveness: Callable[[], bool] | None = None
) -> Telemetry:
    """The kiosk telling the library (status file, systemd, metrics) about this window's kiosk; ``env`` holds
    systemd's ``NOTIFY_SOCKET`` and ``WATCHDOG_USEC``; ``liveness`` is false once a supervised thread is dead (none
    given: the window's lanes and the device threads, :func:`kiosk_app.notify.default_liveness`)."""

    def activity() -> str:
        if win.maintenance_active:
            return "maintenance"
        return "idle" if win.controller.session.phase is s.Phase.IDLE else "session"

    return Telemetry(
        win.cfg,
        win.services,
        win.lanes,
        activity=activity,
        link_state=lambda: win.link.state if win.link is not None else None,
        liveness=liveness,
        on_states=win.show_health,
        env=env,
    )


def start_telemetry(t: Telemetry, starter: ThreadStarter | None = None) -> QTimer:
    """The endpoint (its thread run by ``starter``, the supervisor's, when given), a tick on this event loop (the
    watchdog pings only while the loop runs), and READY=1 as soon as the loop runs with the window shown."""
    t.start(starter)
    ticker = QTimer()
    ticker.timeout.connect(t.tick)
    ticker.start(t.tick_ms)
    QTimer.singleShot(0, t.ready)
    return ticker


def run(win: KioskWindow, telemetry: Telemetry | None = None, supervisor: Supervisor | None = None) -> int:
    """Show the window and run until it closes or the process is asked to stop; the window's services are closed
    either way. With ``telemetry``, the kiosk tells systemd and the library how it is while it runs; with
    ``supervisor`` (the kiosk's), the log writer and the metrics endpoint run under it (devices ``log_writer``,
    ``metrics``). With spoken guidance on, the phrases not rendered at install are rendered meanwhile, in the
    background."""
    app = application()
    win.show()
    after_start(win, supervisor.starter(LOG_WRITER) if supervisor is not None else None)
    eventlog.event(_log, "ui.started")
    metrics_starter = supervisor.starter(METRICS) if supervisor is not None else None
    ticker = start_telemetry(telemetry, metrics_starter) if telemetry is not None else None
    rendering = render_speech(win) if win.cfg.ui.speech and win.cfg.ui.volume else None
    try:
        return exec_until_stopped(app)
    finally:
        if rendering is not None:
            rendering.set()
        if ticker is not None and telemetry is not None:
            ticker.stop()
            telemetry.stop()
        win.close()
