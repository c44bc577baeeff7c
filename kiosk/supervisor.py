"""The kiosk's threads, supervised: each named body runs in its own thread, and one that dies is reported and started
again, so a defect costs a device a few seconds, never the months until somebody restarts the kiosk.

A body is a function that loops until it is asked to stop (the RFID pad's poller, a barcode scanner, the PC/SC card
watcher, a worker lane). When it raises, or returns without having been asked to stop, the supervisor

- logs ``supervisor.thread_died`` at ERROR with a reason code (``thread_died``: it raised, with the exception's type;
  ``thread_exited``: it returned) and never the exception's text (it may quote data);
- reports it as its device's state: :meth:`Supervisor.device_state` is ERROR with that reason until it runs again,
  so maintenance shows the device in error instead of OK;
- starts it again after a capped exponential backoff (``backoff_s``, doubled after each death up to
  ``backoff_max_s``; a body that then ran for ``settle_s`` starts again from ``backoff_s`` after its next death).

A thread that is alive but hung is seen too, where its body says how long a piece of its work may take: inside
``with sup.working(deadline_s, reason):`` (a worker lane around each call) a call that runs past its deadline makes
:meth:`Supervisor.alive` false (the systemd watchdog then stops, and systemd restarts the kiosk) and shows the thread
as ERROR with ``reason`` (``lane_stuck``); it is logged once as ``supervisor.thread_stuck``. A hung call cannot be
ended from outside a thread: restarting the process is the only cure, and the watchdog is how it happens.

Use::

    sup = Supervisor()
    handle = sup.start("rfid", pad.run, device="rfid", stop=pad.request_stop)
    client.supervise(sup.starter("library_system"))   # a part that starts a thread of its own: (name, body, stop)
    sup.alive()                 # every supervised body is running now (the systemd watchdog asks this)
    sup.states()                # one DeviceState per supervised thread (maintenance, diagnostics)
    sup.device_state("rfid")    # ERROR with the reason while one of the device's threads is down, else None
    with sup.working(60.0, "lane_stuck"):   # in a supervised body: this call must end within a minute
        ...
    handle.stop()               # this one ends on purpose: asked to stop, joined, never restarted
    sup.stop()                  # all of them (the kiosk closes)
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator

import eventlog
from kiosk.services import DeviceHealth, DeviceState

_log = logging.getLogger("kiosk.supervisor")

#: the body raised
THREAD_DIED = "thread_died"
#: the body returned without having been asked to stop
THREAD_EXITED = "thread_exited"
#: more doublings than this would not change a capped delay (and 2**n must stay a float)
_MAX_DOUBLINGS = 30
#: the supervised body the current thread runs (None in a thread no supervisor runs)
_current = threading.local()
#: how a part that runs a thread of its own lets another start it: ``start(name, body, stop)``, ``stop`` asking
#: ``body`` to return (:meth:`Supervisor.starter` makes one; a part without a supervisor starts a thread itself).
#: Defined at the bottom of the import graph, by the log writer that is one of those parts.
ThreadStarter = eventlog.ThreadStarter


class Supervised:
    """One supervised body: its name, the device it reports for, and what became of it."""

    def __init__(self, supervisor: Supervisor, name: str, body: Callable[[], None], device: str,
                 stop: Callable[[], None] | None) -> None:  # fmt: skip
        self.name = name
        self.device = device
        self.body = body
        self._stop_body = stop
        self._supervisor = supervisor
        self._ended = threading.Event()
        self._thread = threading.Thread(target=supervisor._keep, args=(self,), name=name, daemon=True)
        self.running = False
        self.deaths = 0
        #: why it last died ("" while it never did)
        self.reason = ""
        #: the exception type it last died of ("" when it returned)
        self.error = ""
        #: when it starts again (the supervisor's clock) while it waits to, else None
        self.restart_at: float | None = None
        self._streak = 0
        #: the piece of work it does now (:meth:`Supervisor.working`): when it must end, and the reason if not
        self.busy_until: float | None = None
        self.busy_reason = ""
        self._stuck_logged = False

    def stuck(self, now: float) -> bool:
        """Its body runs a piece of work that should have ended by ``now`` (the supervisor's clock)."""
        until = self.busy_until
        return until is not None and now > until and self.is_alive()

    def is_alive(self) -> bool:
        """Its body runs now (False while it waits to be started again, and once it was stopped)."""
        return self.running and self._thread.is_alive()

    @property
    def ended(self) -> bool:
        return self._ended.is_set()

    def retire(self) -> None:
        """It ends on purpose from now on: when its body returns (or dies) it is not started again."""
        self._ended.set()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Retire it, ask its body to stop (the ``stop`` given to :meth:`Supervisor.start`) and wait for it. A body
        started without ``stop`` is only retired: its owner ends it (a worker lane, by the lane's own stop)."""
        self.retire()
        if self._stop_body is None:
            return
        try:
            self._stop_body()
        except Exception:  # noqa: BLE001 - a body that cannot be stopped cleanly is still left behind
            eventlog.event(_log, "supervisor.stop_failed", level=logging.WARNING, thread=self.name)
        self.join(timeout_s)

    def join(self, timeout_s: float | None = None) -> None:
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout_s)


class Supervisor:
    def __init__(
        self,
        *,
        backoff_s: float = 1.0,
        backoff_max_s: float = 60.0,
        settle_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.backoff_s = backoff_s
        self.backoff_max_s = backoff_max_s
        self.settle_s = settle_s
        self.clock = clock
        self._lock = threading.Lock()
        self._handles: dict[str, Supervised] = {}
        self._stopping = False

    def start(
        self, name: str, body: Callable[[], None], *, device: str = "", stop: Callable[[], None] | None = None
    ) -> Supervised:
        """Run ``body`` in a supervised thread called ``name``; ``device`` is the device state it reports under
        (default: its name); ``stop`` asks the body to return (called by :meth:`Supervised.stop`)."""
        with self._lock:
            if self._stopping:
                raise RuntimeError("the supervisor is stopped")
            old = self._handles.get(name)
            if old is not None and not old.ended:
                raise ValueError(f"a thread named {name!r} is already supervised")
            handle = Supervised(self, name, body, device or name, stop)
            self._handles[name] = handle
        handle.running = True  # alive from the start, not only once its thread got going
        handle._thread.start()
        return handle

    def starter(self, device: str) -> ThreadStarter:
        """A :data:`ThreadStarter` for a part that runs a thread of its own (a connector's keep-alive, the log
        writer): its body runs under this supervisor, reported as ``device``'s."""

        def start(name: str, body: Callable[[], None], stop: Callable[[], None]) -> Supervised:
            return self.start(name, body, device=device, stop=stop)

        return start

    def _keep(self, h: Supervised) -> None:
        """The supervised thread: run the body, and again after a death, until it is retired."""
        _current.handle = h
        while not h.ended:
            h.running = True
            started = self.clock()
            error = ""
            try:
                h.body()
            except BaseException as e:  # noqa: BLE001 - whatever it was, the thread goes on
                error = type(e).__name__
            finally:
                h.running = False
                h.busy_until = None
            if h.ended:
                return
            if self.clock() - started >= self.settle_s:
                h._streak = 0
            delay = min(self.backoff_max_s, self.backoff_s * 2 ** min(h._streak, _MAX_DOUBLINGS))
            h._streak += 1
            h.deaths += 1
            h.reason, h.error = (THREAD_DIED, error) if error else (THREAD_EXITED, "")
            h.restart_at = self.clock() + delay
            eventlog.event(_log, "supervisor.thread_died", level=logging.ERROR, thread=h.name, device=h.device,
                           reason=h.reason, error=error or None, deaths=h.deaths, restart_in_s=round(delay, 3))  # fmt: skip
            if h._ended.wait(delay):
                return
            h.restart_at = None
            eventlog.event(_log, "supervisor.thread_restarted", thread=h.name, device=h.device, deaths=h.deaths)

    @contextlib.contextmanager
    def working(self, deadline_s: float, reason: str) -> Iterator[None]:
        """Around a piece of work of the calling supervised body that must end within ``deadline_s``: past it, the
        thread is reported stuck with ``reason``. Does nothing in a thread this supervisor does not run."""
        h: Supervised | None = getattr(_current, "handle", None)
        if h is None or h._supervisor is not self:
            yield
            return
        h.busy_reason, h._stuck_logged = reason, False
        h.busy_until = self.clock() + deadline_s
        try:
            yield
        finally:
            h.busy_until = None
            if h._stuck_logged:
                eventlog.event(_log, "supervisor.thread_unstuck", level=logging.WARNING, thread=h.name,
                               device=h.device, reason=reason)  # fmt: skip

    def _stuck(self, h: Supervised) -> bool:
        if not h.stuck(self.clock()):
            return False
        if not h._stuck_logged:
            h._stuck_logged = True
            eventlog.event(_log, "supervisor.thread_stuck", level=logging.ERROR, thread=h.name, device=h.device,
                           reason=h.busy_reason)  # fmt: skip
        return True

    # ------------------------------------------------------------------ what it reports

    def _live(self) -> list[Supervised]:
        with self._lock:
            return [h for h in self._handles.values() if not h.ended]

    def alive(self) -> bool:
        """Every supervised body runs now: none is dead waiting for its restart, none is stuck past the deadline of
        its piece of work (:meth:`working`), and the supervisor was not stopped. (A body that keeps dying keeps this
        false most of the time: the watchdog's cue to act.)"""
        live = self._live()
        return not self._stopping and all(h.is_alive() for h in live) and not any([self._stuck(h) for h in live])

    def states(self) -> list[DeviceState]:
        """One line per supervised thread: OK while its body runs, ERROR with the reason while it waits to be
        started again or is stuck (:meth:`working`); the detail names the thread and counts its deaths."""
        out = []
        for h in self._live():
            detail = f"thread={h.name} deaths={h.deaths}"
            if self._stuck(h):
                out.append(DeviceState(h.device, DeviceHealth.ERROR, h.busy_reason, detail))
            elif h.is_alive():
                out.append(DeviceState(h.device, DeviceHealth.OK, "", detail))
            else:
                out.append(DeviceState(h.device, DeviceHealth.ERROR, h.reason or THREAD_DIED, detail))
        return out

    def device_state(self, device: str) -> DeviceState | None:
        """ERROR with the reason while one of ``device``'s threads is down; None while they all run."""
        return next(
            (st for st in self.states() if st.name == device and st.health is DeviceHealth.ERROR),
            None,
        )

    def summary(self) -> DeviceState:
        """The supervised threads as one maintenance line (``threads``): OK with how many run, or ERROR with the
        first one that is down."""
        states = self.states()
        down = [st for st in states if st.health is DeviceHealth.ERROR]
        if down:
            return DeviceState("threads", DeviceHealth.ERROR, down[0].reason, f"{len(down)}/{len(states)} down; "
                               + down[0].detail)  # fmt: skip
        return DeviceState("threads", DeviceHealth.OK, "", f"{len(states)} running")

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop every supervised body (the kiosk closes); none is started again."""
        with self._lock:
            self._stopping = True
            handles = list(self._handles.values())
        for h in handles:
            h.retire()
        deadline = time.monotonic() + timeout_s
        for h in handles:
            h.stop(max(0.0, deadline - time.monotonic()))
