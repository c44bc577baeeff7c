"""Worker lanes: every device, network and disk call runs off the owner's loop, and its answer comes back to it.

A :class:`Lane` is one thread (or a few) taking calls in the order they were submitted: one SIP2 conversation, one
card connection, one printer. Different lanes run side by side. The answer of each call, ``callback(result,
error)``, is handed to ``deliver``, a function the owner gives that runs it later on the owner's own thread: the Qt
application delivers through a queued signal (:mod:`ui.workers`), a headless owner (the soak bench, tests, the CLI)
through a :class:`CallQueue` it drains itself. So handlers never run on a worker thread.

A call that raises is not the lane's end: its exception (whatever it is, ``SystemExit`` included) is handed to the
callback as ``error`` and the lane takes the next call; nor is a ``deliver`` that fails. A callback that raises is
logged, never propagated into the owner's loop. Given a :class:`kiosk.supervisor.Supervisor`, a lane runs its threads
under it (device ``lanes``): the kiosk's liveness then counts them, and one that died all the same would be reported
and started again; :attr:`Lane.alive` says whether every thread a lane started runs. Each call then also runs under
the lane's deadline (:data:`CALL_DEADLINE_S`): a call that never returns (a device or a server that holds a read past
every timeout) makes the lane ``lane_stuck`` for the supervisor, so maintenance shows it and the kiosk's liveness
(the systemd watchdog) fails until it returns.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from kiosk.supervisor import Supervised, Supervisor

_log = logging.getLogger("kiosk.workers")

#: ``callback(result, error)``: exactly one of the two is meaningful
Callback = Callable[[Any, BaseException | None], None]
#: runs a function later on the owner's thread
Deliver = Callable[[Callable[[], None]], None]

#: a lane whose call ran past its deadline (the supervisor's reason for its thread)
LANE_STUCK = "lane_stuck"
#: how long one call may run on each lane before the lane is stuck: far beyond what any call takes when it works
#: (every device command and network request has its own deadline of seconds to a minute; the longest calls are a
#: replay step of ``sync_batch`` loans on the library lane and a diagnostic bundle on misc), so that only a call
#: that never returns trips it
CALL_DEADLINE_S = {"card": 300.0, "library": 900.0, "printer": 300.0, "misc": 900.0, "sound": 120.0}


def _guarded(callback: Callback, result: Any, error: BaseException | None) -> Callable[[], None]:
    def run() -> None:
        try:
            callback(result, error)
        except Exception:  # noqa: BLE001 - a failing handler must not take the kiosk down
            _log.exception("worker result handler failed")

    return run


class Lane:
    def __init__(
        self,
        name: str,
        deliver: Deliver,
        threads: int = 1,
        supervisor: Supervisor | None = None,
        deadline_s: float | None = None,
    ) -> None:
        """``deadline_s``: how long one call may run before the lane is reported stuck (with a supervisor; default
        :data:`CALL_DEADLINE_S` for the lane's name, else none)."""
        self.name = name
        self.deliver = deliver
        self.threads = threads
        self.supervisor = supervisor
        self.deadline_s = deadline_s if deadline_s is not None else CALL_DEADLINE_S.get(name)
        self.submitted = 0
        self._tasks: queue.SimpleQueue[tuple[Callable[[], Any], Callback] | None] = queue.SimpleQueue()
        self._busy = 0
        self._idle = threading.Condition()
        self._workers: list[threading.Thread | Supervised] = []
        self._stopped = False

    def submit(self, fn: Callable[[], Any], callback: Callback) -> None:
        if self._stopped:
            raise RuntimeError(f"lane {self.name} is stopped")
        with self._idle:
            self.submitted += 1
            self._busy += 1
            if len(self._workers) < min(self.threads, self._busy):
                n = len(self._workers)
                self._workers.append(self._spawn(f"lane-{self.name}" + (f"-{n}" if n else "")))
        self._tasks.put((fn, callback))

    def _spawn(self, name: str) -> threading.Thread | Supervised:
        if self.supervisor is not None:
            try:
                return self.supervisor.start(name, self._work, device="lanes")
            except (RuntimeError, ValueError):
                # the kiosk is closing (its supervisor stopped), or another lane took the name: a call must still run
                _log.warning("lane %s runs a thread its supervisor does not watch", self.name)
        t = threading.Thread(target=self._work, name=name, daemon=True)
        t.start()
        return t

    def _work(self) -> None:
        while True:
            task = self._tasks.get()
            if task is None:
                return
            try:
                self._run(*task)
            finally:
                with self._idle:
                    self._busy -= 1
                    if not self._busy:
                        self._idle.notify_all()

    def _run(self, fn: Callable[[], Any], callback: Callback) -> None:
        watch = (
            self.supervisor.working(self.deadline_s, LANE_STUCK)
            if self.supervisor is not None and self.deadline_s is not None
            else contextlib.nullcontext()
        )
        try:
            with watch:
                result, error = fn(), None
        except BaseException as e:  # noqa: BLE001 - handed to the callback, which turns it into a reason code
            result, error = None, e
        try:
            self.deliver(_guarded(callback, result, error))
        except BaseException:  # noqa: BLE001 - an owner that has gone away: nothing to deliver to
            _log.warning("lane %s could not deliver a result", self.name)

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Until every call submitted so far has run (its answer is handed to ``deliver``, maybe not yet run)."""
        deadline = time.monotonic() + timeout_ms / 1000
        with self._idle:
            while self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True

    @property
    def alive(self) -> bool:
        """Every thread this lane started is still running (none is started before the first call)."""
        return not self._stopped and all(t.is_alive() for t in self._workers)

    def stop(self, timeout_ms: int = 5000) -> None:
        """Take no more calls; let the threads finish what they hold."""
        self._stopped = True
        for w in self._workers:
            if isinstance(w, Supervised):
                w.retire()  # its body returns on purpose now: not a death
        for _ in self._workers:
            self._tasks.put(None)
        for w in self._workers:
            w.join(timeout_ms / 1000)


class Lanes:
    """The kiosk's lanes: card, library (SIP2 in order on one connection, and the whole of a loan made offline: its
    tag and the journal), security (an approved item's tag switched beside the library's next checkout), validation (a card's revocation check while its
    PIN is typed; two threads, so a check left hanging by a card that went away does not hold up the next card's),
    printer, misc (health probes, files, self-tests), and sound (starting a player process forks, which must not
    happen on the loop)."""

    def __init__(self, deliver: Deliver, supervisor: Supervisor | None = None) -> None:
        self.card = Lane("card", deliver, supervisor=supervisor)
        self.library = Lane("library", deliver, supervisor=supervisor)
        self.security = Lane("security", deliver, supervisor=supervisor)
        self.validation = Lane("validation", deliver, threads=2, supervisor=supervisor)
        self.printer = Lane("printer", deliver, supervisor=supervisor)
        self.misc = Lane("misc", deliver, threads=2, supervisor=supervisor)
        self.sound = Lane("sound", deliver, supervisor=supervisor)

    def all(self) -> list[Lane]:
        return [self.card, self.library, self.security, self.validation, self.printer, self.misc, self.sound]

    def wait(self, timeout_ms: int = 30000) -> bool:
        return all(lane.wait(timeout_ms) for lane in self.all())

    @property
    def alive(self) -> bool:
        """Every thread of every lane runs."""
        return all(lane.alive for lane in self.all())

    def stop(self, timeout_ms: int = 5000) -> None:
        for lane in self.all():
            lane.stop(timeout_ms)


class CallQueue:
    """The owner's loop for headless use: workers and device threads hand it functions (:meth:`call_soon`, a
    :data:`Deliver`), and the owner runs them on its own thread with :meth:`run_pending`."""

    def __init__(self) -> None:
        self._calls: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()

    def call_soon(self, fn: Callable[[], None]) -> None:
        self._calls.put(fn)

    def run_pending(self, timeout_s: float = 0.0) -> int:
        """Run what is waiting; with ``timeout_s``, wait that long for the first call. Returns how many ran."""
        ran = 0
        try:
            fn = self._calls.get(timeout=timeout_s) if timeout_s > 0 else self._calls.get_nowait()
        except queue.Empty:
            return 0
        while True:
            fn()
            ran += 1
            try:
                fn = self._calls.get_nowait()
            except queue.Empty:
                return ran
