"""The kiosk without a screen: the owner's loop that the Qt window is for ``kiosk run``, for a soak in CI, a headless
kiosk or a benchmark.

:class:`HeadlessKiosk` puts a built :class:`kiosk_app.build.Kiosk` to work the way the window does, without Qt:

- the session runner (:class:`kiosk.runner.SessionRunner`) and, when the kiosk has an offline journal, the library
  link runner (:class:`kiosk.link_runner.LinkRunner`), both on :class:`kiosk.workers.Lanes` whose answers come back
  through a :class:`kiosk.workers.CallQueue` that this loop drains;
- the device threads (card reader, RFID pad, scanners) report into the same queue, so every handler runs on the
  loop's thread, as the window's queued signals make them run on the GUI thread;
- the session clock ticks every 250 ms, the link monitor every second, the journal's counts every five seconds
  (the window's timers); a patron session holds the link monitor back (the window's ``_session_activity``);
- half a second after a patron session has ended, on the idle screen, :func:`kiosk.heap.between_sessions` collects
  what the session left and gives malloc's free pages back (the window's ``_collect``).

The owner calls :meth:`step` (or :meth:`run_for`, :meth:`run_until`) on one thread, and gives patron input through
:attr:`runner` on that same thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from kiosk import heap
from kiosk import session as s
from kiosk.link import LinkState
from kiosk.link_runner import LinkRunner
from kiosk.runner import SessionRunner
from kiosk.workers import CallQueue, Lanes
from kiosk_app.build import Kiosk

#: the session clock's tick (as the window's QTimer)
TICK_S = 0.25
#: the link monitor's tick and the journal's counts (as ui.link.LinkDriver)
LINK_TICK_S = 1.0
COUNTS_S = 5.0
#: from the end of a patron session to the memory given back on the idle screen (as the window's)
BETWEEN_SESSIONS_AFTER_S = 0.5


def _nothing(*_: object) -> None:
    return None


class HeadlessKiosk:
    def __init__(
        self,
        kiosk: Kiosk,
        *,
        clock: Callable[[], float] = time.monotonic,
        on_view: Callable[[s.View], None] = _nothing,
        on_cleared: Callable[[str], None] = _nothing,
        on_link: Callable[[LinkState], None] = _nothing,
        on_technician: Callable[[], None] = _nothing,
        between_sessions: Callable[[], object] = heap.between_sessions,
    ) -> None:
        self.kiosk = kiosk
        self.clock = clock
        self.loop = CallQueue()
        self.lanes = Lanes(self.loop.call_soon, kiosk.supervisor)
        self._on_view = on_view
        self._on_cleared = on_cleared
        self._between_sessions = between_sessions
        #: when the memory is given back after the session that just ended (None: no session ended since)
        self._between_at: float | None = None
        self.runner = SessionRunner(
            kiosk.session,
            kiosk.services,
            self.lanes,
            clock,
            on_view=self._view,
            on_cleared=self._cleared,
            on_technician=on_technician,
            technician_cards=frozenset(kiosk.config.maintenance.technician_cards),
        )
        self.link: LinkRunner | None = None
        if kiosk.services.sync is not None:
            self.link = LinkRunner(kiosk.services.sync, self.lanes, kiosk.link, clock=clock, on_change=on_link)
        self.on_technician = on_technician
        #: multi-part sets on the pad that miss a part (the items screen would ask for the rest)
        self.incomplete_sets = 0
        self._next_tick = 0.0
        self._next_link_tick = 0.0
        self._next_counts = 0.0
        self._started = False

    # ------------------------------------------------------------------ life

    def start(self, *, watch: bool = True) -> None:
        """Start the link monitor and (``watch``) the device threads, which report into the loop's queue."""
        if self._started:
            return
        self._started = True
        now = self.clock()
        self._next_tick = now + TICK_S
        self._next_link_tick = now + LINK_TICK_S
        self._next_counts = now
        if watch:
            soon = self.loop.call_soon
            runner = self.runner

            def on_presence(present: bool) -> None:
                soon(lambda: runner.card_presence(present))

            def on_item(item_id: str, source: str, title: str = "") -> None:
                soon(lambda: runner.item_seen(item_id, source, title))

            def on_code(code: str) -> None:
                soon(lambda: runner.barcode(code))

            def on_technician() -> None:
                soon(self._technician)

            def on_incomplete(n: int) -> None:
                soon(lambda: self._incomplete(n))

            self.kiosk.start_watch(on_presence, on_item, on_code, on_technician, on_incomplete)
        if self.link is not None:
            self.link.start()

    def stop(self, timeout_s: float = 10.0) -> None:
        """Stop the link monitor, let the lanes finish what they hold (answers are still delivered), close the
        kiosk's services (device threads, connections, the journal)."""
        if self.link is not None:
            self.link.stop()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            idle = self.lanes.wait(50)
            if not self.loop.run_pending(0.02) and idle:
                break
        self.lanes.stop()
        self.kiosk.close()

    # ------------------------------------------------------------------ the loop

    def step(self, max_wait_s: float = TICK_S) -> int:
        """Run what the workers and devices handed in (waiting up to ``max_wait_s`` for the first, never past the
        next timer), then the timers that are due. Returns how many handed-in calls ran."""
        now = self.clock()
        wait = min(max_wait_s, self._next_tick - now)
        if self.link is not None:
            wait = min(wait, self._next_link_tick - now, self._next_counts - now)
        ran = self.loop.run_pending(max(0.0, wait))
        now = self.clock()
        if now >= self._next_tick:
            self._next_tick = max(self._next_tick + TICK_S, now)
            self.runner.tick()
        if self._between_at is not None and now >= self._between_at:
            self._between_at = None
            if self.runner.session.phase is s.Phase.IDLE:  # not when the next patron came at once
                self._between_sessions()
        if self.link is not None:
            if now >= self._next_link_tick:
                self._next_link_tick = max(self._next_link_tick + LINK_TICK_S, now)
                self.link.tick()
            if now >= self._next_counts:
                self._next_counts = max(self._next_counts + COUNTS_S, now)
                self.link.refresh()
        return ran

    def run_for(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self.step(min(TICK_S, left))

    def run_until(self, done: Callable[[], bool], timeout_s: float) -> bool:
        """Run the loop until ``done()`` (checked after every step) or ``timeout_s``; returns whether it was done."""
        deadline = time.monotonic() + timeout_s
        while not done():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self.step(min(TICK_S, left))
        return True

    def settle(self, timeout_s: float = 30.0) -> bool:
        """Run until no lane holds a call and no answer waits to be handled (a quiet moment, as tests need)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            idle = self.lanes.wait(50)
            if not self.step(0.02) and idle and self.lanes.wait(0):
                return True
        return False

    # ------------------------------------------------------------------ plumbing

    def _view(self, view: s.View) -> None:
        if self.link is not None:
            # a patron session holds the library link: the monitor starts nothing of its own meanwhile
            self.link.set_session_active(view.phase not in (s.Phase.IDLE, s.Phase.GOODBYE))
        self._on_view(view)

    def _cleared(self, why: str) -> None:
        self._between_at = self.clock() + BETWEEN_SESSIONS_AFTER_S
        self._on_cleared(why)

    def _technician(self) -> None:
        if self.runner.session.phase is s.Phase.IDLE and not self.runner.paused:
            self.on_technician()

    def _incomplete(self, n: int) -> None:
        self.incomplete_sets = n
