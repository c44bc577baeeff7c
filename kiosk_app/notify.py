"""Telling systemd how the kiosk is (``Type=notify``): READY=1 once the idle screen shows, STATUS= in words, WATCHDOG=1
only while the event loop and the threads it depends on are alive, STOPPING=1 at the end.

**A few lines over ``$NOTIFY_SOCKET`` rather than a library.** The protocol is one datagram of ``KEY=value`` lines on
a Unix socket (sd_notify(3), stable for a decade). ``python-systemd`` (``systemd.daemon.notify``) would have to be
compiled against libsystemd into the kiosk's virtual environment, and the small ``sdnotify`` package on PyPI is these
same lines without a release since 2017. Without ``$NOTIFY_SOCKET`` (the demo, tests, a laptop) nothing is sent.

**The watchdog.** :meth:`Watchdog.beat` is called from the Qt event loop (a timer in :mod:`kiosk_app.gui`): a frozen
loop sends nothing, and neither does a loop whose worker lanes or device threads died (``liveness``), so systemd
(``WatchdogSec=``) kills and restarts the kiosk. The kiosk pings at half of ``WATCHDOG_USEC``.

Log events: ``systemd.notify_failed`` (once per reason), ``watchdog.withheld`` (with the dead parts),
``watchdog.resumed``.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Mapping

import eventlog
from kiosk.workers import Lanes

_log = logging.getLogger("kiosk_app.notify")

#: threads the device adapters start and that must stay alive (the card watcher, the scanners, the RFID pad poller)
DEVICE_THREADS = ("card-watcher", "scanner-", "rfid-pad")


class Notifier:
    def __init__(self, env: Mapping[str, str] = os.environ) -> None:
        address = env.get("NOTIFY_SOCKET", "")
        #: "@name" is a socket in the abstract namespace
        self.address = "\0" + address[1:] if address.startswith("@") else address
        self.enabled = address.startswith(("/", "@"))
        self._failed = ""

    def send(self, *lines: str) -> bool:
        if not self.enabled:
            return False
        data = "\n".join(line.replace("\n", " ") for line in lines).encode("utf-8")
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.settimeout(1.0)
                sock.connect(self.address)
                sock.sendall(data)
        except OSError as e:
            reason = type(e).__name__
            if reason != self._failed:
                self._failed = reason
                eventlog.event(_log, "systemd.notify_failed", level=logging.WARNING, error=reason)
            return False
        self._failed = ""
        return True

    def ready(self, status: str) -> bool:
        return self.send("READY=1", f"STATUS={status}")

    def status(self, status: str) -> bool:
        return self.send(f"STATUS={status}")

    def watchdog(self) -> bool:
        return self.send("WATCHDOG=1")

    def stopping(self) -> bool:
        return self.send("STOPPING=1", "STATUS=stopping")


def watchdog_interval_s(env: Mapping[str, str] = os.environ) -> float | None:
    """How often to ping: half of systemd's ``WatchdogSec=`` (``WATCHDOG_USEC``), when the watchdog is meant for
    this process; None when there is no watchdog. ``WATCHDOG_PID``, when set, names the service's main process:
    ours (kiosk.service), or our parent's where a site runs the kiosk as a child of the compositor (its unit then
    needs ``NotifyAccess=all``). Any other process passed it down to us by mistake."""
    pid = env.get("WATCHDOG_PID", "")
    if pid and pid not in (str(os.getpid()), str(os.getppid())):
        return None
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    return usec / 2e6 if usec > 0 else None


def default_liveness(lanes: Lanes, prefixes: tuple[str, ...] = DEVICE_THREADS) -> Callable[[], bool]:
    """Alive while every worker lane's threads run and the device threads that ran at the first call still do.

    The integrator may give the kiosk's own supervision instead (a ``Kiosk.alive()``); this is what can be seen
    from outside the adapters."""
    watched: list[threading.Thread] | None = None
    reported: tuple[str, ...] = ()

    def alive() -> bool:
        nonlocal watched, reported
        if watched is None:
            watched = [t for t in threading.enumerate() if t.name.startswith(prefixes)]
        dead = tuple(f"lane-{lane.name}" for lane in lanes.all() if not lane.alive)
        dead += tuple(t.name for t in watched if not t.is_alive())
        if dead and dead != reported:
            eventlog.event(_log, "watchdog.dead_threads", level=logging.ERROR, threads=list(dead))
        reported = dead
        return not dead

    return alive


class Watchdog:
    def __init__(
        self,
        notifier: Notifier,
        interval_s: float,
        liveness: Callable[[], bool],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.notifier = notifier
        self.interval_s = interval_s
        self.liveness = liveness
        self.clock = clock
        self.withheld = False
        self._next_at = 0.0

    def beat(self) -> None:
        """Called from the event loop (often enough: at least every ``interval_s``); pings when due and alive."""
        now = self.clock()
        if now < self._next_at:
            return
        self._next_at = now + self.interval_s
        try:
            alive = bool(self.liveness())
        except Exception:  # noqa: BLE001 - a liveness check that fails cannot vouch for the kiosk
            alive = False
        if not alive:
            if not self.withheld:
                eventlog.event(_log, "watchdog.withheld", level=logging.ERROR)
            self.withheld = True
            return
        if self.withheld:
            eventlog.event(_log, "watchdog.resumed")
        self.withheld = False
        self.notifier.watchdog()
