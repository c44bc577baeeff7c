"""The library link monitor (:mod:`kiosk.link`) joined to the offline journal's sync service and the library lane.

Probes, replay steps and the journal counts run on the *library* lane, the same one-thread lane as the patron's
checkouts: they are served in the order they were asked for, so a replay step never interleaves with a checkout on
the one SIP2 connection, and a patron who arrives during a replay waits for one step at most. Answers come back on
the owner's loop and go into the policy; ``on_change`` gets the new :class:`kiosk.link.LinkState` after each change.

The owner calls :meth:`LinkRunner.tick` about once a second and :meth:`LinkRunner.refresh` every few seconds (the
Qt application from timers in :mod:`ui.link`; a headless owner from its own loop).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from kiosk import link
from kiosk.services import LinkStatus, SyncReport, SyncService
from kiosk.workers import Lanes


def _nothing(_: link.LinkState) -> None:
    return None


class LinkRunner:
    def __init__(
        self,
        sync: SyncService,
        lanes: Lanes,
        policy: link.LinkPolicy,
        *,
        clock: Callable[[], float] = time.monotonic,
        on_change: Callable[[link.LinkState], None] = _nothing,
    ) -> None:
        self.sync_service = sync
        self.lanes = lanes
        self.clock = clock
        self.on_change = on_change
        self.monitor = link.LinkMonitor(policy, clock())
        self._last: link.LinkState | None = None
        self._counting = False
        #: a refresh was asked for while one was in flight: read once more when it is back
        self._count_again = False
        #: after stop(): nothing new is started; answers still in flight are still taken in
        self.stopped = False

    @property
    def state(self) -> link.LinkState:
        return self.monitor.state

    def start(self) -> None:
        self.stopped = False
        self.tick()

    def stop(self) -> None:
        self.stopped = True

    # ------------------------------------------------------------------ inputs

    def tick(self) -> None:
        self._feed(link.Tick())

    def set_session_active(self, active: bool) -> None:
        if active != self.monitor.session_active:
            self._feed(link.SessionActive(active))

    def sync_now(self) -> None:
        """A person asked for a sync (F5 on the bookmobile, the button in maintenance)."""
        self._feed(link.SyncRequested())

    def refresh(self) -> None:
        """Read the journal's counts and what the last library call found (no network), on the library lane."""
        if self.stopped:
            return
        if self._counting:
            self._count_again = True  # what the caller just learnt must not wait for the next poll
            return
        self._counting = True
        self.lanes.library.submit(self.sync_service.status, self._counted)

    # ------------------------------------------------------------------ plumbing

    def _feed(self, event: link.Event) -> None:
        if self.stopped and not isinstance(event, link.ProbeDone | link.SyncDone):
            return
        for action in self.monitor.handle(event, self.clock()):
            self._run(action)
        state = self.monitor.state
        if state != self._last:
            self._last = state
            self.on_change(state)

    def _run(self, action: link.Action) -> None:
        svc = self.sync_service
        if isinstance(action, link.StartProbe):
            probe = getattr(svc, "probe", svc.status)
            self.lanes.library.submit(probe, self._probed)
        elif isinstance(action, link.StartSync):
            limit = action.limit
            self.lanes.library.submit(lambda: self._sync_step(limit), self._synced)

    def _sync_step(self, limit: int) -> tuple[SyncReport, int | None]:
        """Runs on the library lane: one replay step, then the refusals kept for staff (counts only)."""
        report = self.sync_service.sync(limit)
        try:
            refused = self.sync_service.status().refused
        except Exception:  # noqa: BLE001 - the counts are for display; the replay itself is done
            refused = None
        return report, refused

    def _probed(self, status: LinkStatus | None, error: BaseException | None) -> None:
        if error is not None or status is None:
            reason = getattr(error, "reason", "") or type(error).__name__
            m = self.monitor
            self._feed(link.ProbeDone(False, m.waiting, m.refused, reason, m.queue_problem))
            return
        self._feed(link.ProbeDone(status.online, status.waiting, status.refused, status.reason, status.queue_problem))

    def _synced(self, result: tuple[SyncReport, int | None] | None, error: BaseException | None) -> None:
        now = dt.datetime.now()
        if error is not None or result is None:
            reason = getattr(error, "reason", "") or type(error).__name__
            self._feed(link.SyncDone(0, 0, self.monitor.waiting, reason, now))
            return
        r, refused = result
        self._feed(link.SyncDone(r.sent, r.refused, r.left, r.reason, now, refused, r.queue_problem))

    def _counted(self, status: LinkStatus | None, error: BaseException | None) -> None:
        self._counting = False
        if error is None and status is not None:
            online = status.online if status.known else None
            self._feed(link.Counts(status.waiting, status.refused, online, status.queue_problem))
        if self._count_again:
            self._count_again = False
            self.refresh()
