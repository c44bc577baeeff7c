"""The Qt application object, the translations, and running the event loop (the window itself is put together
in :mod:`kiosk_app.gui`)."""

from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import eventlog
from ui import i18n, warmup
from ui.main_window import KioskWindow, Translations

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
        eventlog.event(_log, "i18n.unavailable", level=logging.WARNING, reason=getattr(e, "reason", "os_error"))
        files = {}
    t = Translations(files)
    t.preload()
    return t


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
        eventlog.event(_log, "ui.priority_unchanged", level=logging.WARNING, wanted=nice, reason="not_permitted")
        return False
    others = 0
    for task in Path("/proc/self/task").iterdir() if Path("/proc/self/task").is_dir() else ():
        try:
            os.setpriority(os.PRIO_PROCESS, int(task.name), nice)
            others += 1
        except (OSError, ValueError):
            pass  # a thread that ended meanwhile
    eventlog.event(_log, "ui.priority_raised", nice=nice, threads=others)
    return True


def after_start(win: KioskWindow, start_thread: eventlog.ThreadStarter | None = None) -> None:
    """Once the window is shown: the GUI thread's priority, log writing moved to a thread (started by
    ``start_thread``, the kiosk's supervisor, when given), the glyph caches warmed in the background, then the
    start-up heap frozen (see :mod:`ui.warmup`). For the kiosk and the demo; tests leave it out."""
    eventlog.write_in_background(start_thread)
    prioritise(win.cfg.ui.gui_nice)

    def warmed() -> None:
        win.warmed = True

    win.warmup = warmup.warm_up(win.theme, win.lanes.misc.submit, warmed)


def exec_until_stopped(app) -> int:  # type: ignore[no-untyped-def]
    """Run the event loop until the window closes or the process is asked to stop (SIGTERM from systemd, Ctrl+C):
    either way the loop returns, so the caller's clean-up (ending a patron session, stopping servers) runs."""
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
