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
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QTimer

import eventlog
from kiosk import maintenance
from kiosk import session as s
from kiosk.config import Config
from kiosk.services import CAPABILITIES, Services
from kiosk.supervisor import Supervisor
from kiosk_app.build import Kiosk, link_policy, session_config
from kiosk_app.telemetry import Telemetry
from ui.app import after_start, application, exec_until_stopped, translations
from ui.main_window import KioskWindow
from ui.sound import SoundPlayer, write_wavs
from ui.workers import qt_lanes

_log = logging.getLogger("kiosk_app.gui")
#: the device the log writer's thread reports under (maintenance's threads row)
LOG_WRITER = "log_writer"


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
    sound = SoundPlayer(cfg.ui.sounds, lane=lanes.sound)
    if cfg.ui.sounds:
        cache = Path(os.environ.get("XDG_CACHE_HOME") or tempfile.gettempdir()) / "mynumber-kiosk" / "sounds"
        lanes.misc.submit(lambda: write_wavs(cache), lambda files, err: files and sound.set_files(files))
    return KioskWindow(
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
        env=env,
    )


def start_telemetry(t: Telemetry) -> QTimer:
    """The endpoint, a tick on this event loop (the watchdog pings only while the loop runs), and READY=1 as soon
    as the loop runs with the window shown."""
    t.start()
    ticker = QTimer()
    ticker.timeout.connect(t.tick)
    ticker.start(t.tick_ms)
    QTimer.singleShot(0, t.ready)
    return ticker


def run(win: KioskWindow, telemetry: Telemetry | None = None, supervisor: Supervisor | None = None) -> int:
    """Show the window and run until it closes or the process is asked to stop; the window's services are closed
    either way. With ``telemetry``, the kiosk tells systemd and the library how it is while it runs; with
    ``supervisor`` (the kiosk's), the log writer runs under it (device ``log_writer``)."""
    app = application()
    win.show()
    after_start(win, supervisor.starter(LOG_WRITER) if supervisor is not None else None)
    eventlog.event(_log, "ui.started")
    ticker = start_telemetry(telemetry) if telemetry is not None else None
    try:
        return exec_until_stopped(app)
    finally:
        if ticker is not None and telemetry is not None:
            ticker.stop()
            telemetry.stop()
        win.close()
