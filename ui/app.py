"""Building and running the kiosk application."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk import config as config_mod
from kiosk import log, maintenance
from kiosk.services import Services
from ui import i18n
from ui.main_window import KioskWindow, Translations
from ui.sound import SoundPlayer, write_wavs
from ui.workers import Lanes

_log = logging.getLogger("ui.app")


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or sys.argv[:1])
        app.setApplicationName("mynumber-kiosk")
    return app  # type: ignore[return-value]


def translations(qm_dir: Path | None = None) -> Translations:
    try:
        files = i18n.build(qm_dir)
    except (i18n.TranslationError, OSError) as e:
        log.event(_log, "i18n.unavailable", level=logging.WARNING, reason=getattr(e, "reason", "os_error"))
        files = {}
    t = Translations(files)
    t.preload()
    return t


def build_window(
    cfg: config_mod.Config,
    services: Services | None = None,
    *,
    windowed: bool = False,
    qm_dir: Path | None = None,
    gate: maintenance.PasscodeGate | None = None,
) -> KioskWindow:
    application()
    lanes = Lanes()
    recent = maintenance.RecentErrors().install()
    sound = SoundPlayer(cfg.ui.sounds, lane=lanes.sound)
    if cfg.ui.sounds:
        cache = Path(os.environ.get("XDG_CACHE_HOME") or tempfile.gettempdir()) / "mynumber-kiosk" / "sounds"
        lanes.misc.submit(lambda: write_wavs(cache), lambda files, err: files and sound.set_files(files))
    return KioskWindow(
        cfg,
        services or Services(),
        translations(qm_dir),
        windowed=windowed,
        sound=sound,
        lanes=lanes,
        recent=recent,
        gate=gate,
    )


def prioritise(nice: int) -> bool:
    """Ask the scheduler to prefer the kiosk (``[ui].gui_nice``) over other work on the machine. On a busy machine
    most of an event-loop stall is the GUI thread waiting for a CPU, not working. Every thread of the process gets
    the same value (Linux nice values are per thread; threads started later inherit it): a worker left behind at a
    lower priority while it holds the GIL would make the GUI thread wait for it. Allowed when the service grants it
    (kiosk.service: ``LimitNICE=``) or as root; otherwise logged once and nothing changes."""
    if nice >= 0 or not hasattr(os, "setpriority"):
        return False
    try:
        os.setpriority(os.PRIO_PROCESS, 0, nice)  # the calling thread first: it tells whether this is allowed
    except OSError:
        log.event(_log, "ui.priority_unchanged", level=logging.WARNING, wanted=nice, reason="not_permitted")
        return False
    others = 0
    for task in Path("/proc/self/task").iterdir() if Path("/proc/self/task").is_dir() else ():
        try:
            os.setpriority(os.PRIO_PROCESS, int(task.name), nice)
            others += 1
        except (OSError, ValueError):
            pass  # a thread that ended meanwhile
    log.event(_log, "ui.priority_raised", nice=nice, threads=others)
    return True


def after_start(win: KioskWindow) -> None:
    """Once the window is shown: the GUI thread's priority, log writing moved to a thread, the glyph caches warmed
    in the background, then the start-up heap frozen (see :mod:`ui.warmup`). For the kiosk and the demo; tests
    leave it out."""
    from ui import warmup

    log.write_in_background()
    prioritise(win.cfg.ui.gui_nice)

    def warmed() -> None:
        win.warmed = True

    win.warmup = warmup.warm_up(win.theme, win.lanes.misc.submit, warmed)


def exec_until_stopped(app) -> int:  # type: ignore[no-untyped-def]
    """Run the event loop until the window closes or the process is asked to stop (SIGTERM from systemd, Ctrl+C):
    either way the loop returns, so the caller's clean-up (ending a patron session, stopping servers) runs."""
    import signal

    from PySide6.QtCore import QTimer

    previous = {sig: signal.signal(sig, lambda *_: app.quit()) for sig in (signal.SIGTERM, signal.SIGINT)}
    # Python handles signals only when it runs: wake it a few times a second (Qt's own loop is in C++)
    tick = QTimer()
    tick.timeout.connect(lambda: None)
    tick.start(250)
    try:
        return app.exec()
    finally:
        tick.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run(cfg: config_mod.Config, services: Services, *, windowed: bool = False) -> int:
    app = application()
    win = build_window(cfg, services, windowed=windowed)
    win.show()
    after_start(win)
    log.event(_log, "ui.started", windowed=windowed)
    return exec_until_stopped(app)
