"""The kiosk on a screen: the window over a built :class:`kiosk_app.build.Kiosk`, its device threads reporting to
the window's session controller, and the event loop run until the window closes or the process is asked to stop.

The only module of the application that imports Qt: the CLI imports it in the commands that open a window, so the
headless commands (and the core's tests) run where PySide6 is not installed.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

import eventlog
from kiosk import maintenance
from kiosk.config import Config
from kiosk.services import Services
from kiosk_app import notify
from kiosk_app.build import Kiosk, link_policy, session_config
from ui.app import after_start, application, exec_until_stopped, translations
from ui.main_window import KioskWindow
from ui.sound import SoundPlayer, write_wavs
from ui.workers import qt_lanes

_log = logging.getLogger("kiosk_app.gui")


def build_window(
    cfg: Config,
    services: Services | None = None,
    *,
    windowed: bool = False,
    qm_dir: Path | None = None,
    gate: maintenance.PasscodeGate | None = None,
) -> KioskWindow:
    """The kiosk's window over ``services`` (none: a kiosk that offers nothing, for screens and tests)."""
    application()
    lanes = qt_lanes()
    recent = maintenance.RecentErrors().install()
    sound = SoundPlayer(cfg.ui.sounds, lane=lanes.sound)
    if cfg.ui.sounds:
        cache = Path(os.environ.get("XDG_CACHE_HOME") or tempfile.gettempdir()) / "mynumber-kiosk" / "sounds"
        lanes.misc.submit(lambda: write_wavs(cache), lambda files, err: files and sound.set_files(files))
    return KioskWindow(
        cfg,
        services or Services(),
        translations(qm_dir),
        session_config(cfg),
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
    win = build_window(kiosk.config, kiosk.services, windowed=windowed, qm_dir=qm_dir, gate=gate)
    c = win.controller
    kiosk.start_watch(
        c.cardPresence.emit, c.itemSeen.emit, c.barcodeScanned.emit, c.technicianCard.emit, c.incompleteSets.emit
    )
    return win


def run(win: KioskWindow) -> int:
    """Show the window and run until it closes or the process is asked to stop; the window's services are closed
    either way."""
    app = application()
    win.show()
    after_start(win)
    eventlog.event(_log, "ui.started")
    QTimer.singleShot(0, notify.ready)  # systemd's "started" (kiosk.service is Type=notify) once the loop runs
    try:
        return exec_until_stopped(app)
    finally:
        win.close()
