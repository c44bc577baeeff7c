"""The library link monitor: when to probe the library system, when to replay the offline journal, what to show.

A sans-I/O policy (the style of h11): events in — probe results, replay results, what patron calls revealed, the
journal's counts, whether a patron session is running, a crew member asking for a sync — and actions out
(:class:`StartProbe`, :class:`StartSync`). It never touches a socket, a file or a clock: the caller passes the
monotonic time with every event and carries the actions out (the UI's driver runs them on the library worker lane,
so a replay never interleaves with a patron's checkout on the one SIP2 connection).

The rules:

- While online, the link is probed every ``interval_s`` seconds. While offline, the wait doubles after each failed
  probe, up to ``backoff_max_s`` (an unreachable library system is not hammered, and a bookmobile on the road does
  not spend its battery on it).
- Nothing is started while a patron session runs: the patron's own checkouts tell the link state, and a replay
  must not hold up their checkouts. Once the session ends, whatever was due runs at once.
- When the link is up and transactions wait, they are replayed (``auto_sync``) in steps of ``batch`` transactions;
  between steps the lane is free for a patron who has just arrived. A replay stopped by the link probes again with
  backoff; a step that made no progress waits for the next successful probe instead of spinning.
- A crew member's "sync now" starts a replay at once (also during a session: that is their decision), unless one
  is already running.
- The link's state is the library system's only. A journal that cannot send (``queue_problem``: locked without its
  key file, another process replaying, a full disk) leaves the link as the probe found it; it is shown with the
  waiting count, and no replay starts by itself while the journal says it cannot send (a person may still ask).

Log events (no patron, item or transaction data): ``link.online``, ``link.offline`` (with a reason code),
``link.sync_started``, ``link.synced`` (counts only).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

import eventlog

_log = logging.getLogger("kiosk.link")


@dataclass(frozen=True)
class LinkPolicy:
    """From ``[offline]``: how often to probe, how far to back off, whether and how to replay by itself."""

    interval_s: float = 30.0
    backoff_max_s: float = 300.0
    auto_sync: bool = True
    batch: int = 50

    @classmethod
    def from_config(cls, section: Any) -> LinkPolicy:
        return cls(section.probe_interval_s, section.probe_backoff_max_s, section.auto_sync, section.sync_batch)


# ------------------------------------------------------------------------------------------------ events


@dataclass(frozen=True)
class Tick:
    """Time passes (the driver's timer)."""


@dataclass(frozen=True)
class ProbeDone:
    """A probe finished: the library system answered (``online``) or not (``reason`` says why), with the
    journal's counts read at the same time."""

    online: bool
    waiting: int = 0
    refused: int = 0
    reason: str = ""
    #: why the journal cannot send (its own problem, read with its counts); "" when it can
    queue_problem: str = ""


@dataclass(frozen=True)
class SyncDone:
    """A replay step finished (``reason`` non-empty: it stopped early, e.g. the link went down)."""

    sent: int
    refused: int
    left: int
    reason: str = ""
    #: wall-clock time, for the staff display only
    when: dt.datetime | None = None
    #: refusals kept for staff in the journal after this step (None: not read)
    refused_total: int | None = None
    #: why the journal itself sent nothing (not the link's state); "" when it was not the journal
    queue_problem: str = ""


@dataclass(frozen=True)
class Counts:
    """The journal's counts (read without the network) and what the last library call found (None: nothing yet)."""

    waiting: int
    refused: int
    online: bool | None = None
    #: why the journal cannot send ("" when it can; None: not read)
    queue_problem: str | None = None


@dataclass(frozen=True)
class SessionActive:
    active: bool


@dataclass(frozen=True)
class SyncRequested:
    """A crew member or technician asked for a sync now."""


Event = Tick | ProbeDone | SyncDone | Counts | SessionActive | SyncRequested


# ------------------------------------------------------------------------------------------------ actions


@dataclass(frozen=True)
class StartProbe:
    """Ask the library system whether it is there (and read the journal's counts)."""


@dataclass(frozen=True)
class StartSync:
    """Replay up to ``limit`` waiting transactions (``manual``: a person asked for it)."""

    limit: int
    manual: bool = False


Action = StartProbe | StartSync


# ------------------------------------------------------------------------------------------------ state


@dataclass(frozen=True)
class LastSync:
    sent: int
    refused: int
    left: int
    reason: str = ""
    when: dt.datetime | None = None


@dataclass(frozen=True)
class LinkState:
    """What the bookmobile banner and maintenance show. ``online`` is None until the link was first checked."""

    online: bool | None
    waiting: int
    refused: int
    reason: str = ""
    probing: bool = False
    syncing: bool = False
    last_sync: LastSync | None = None
    #: consecutive failed probes (the backoff step)
    failures: int = 0
    #: why the journal cannot send what waits (``key_missing``…): the queue's problem, not the link's
    queue_problem: str = ""


@dataclass
class LinkMonitor:
    policy: LinkPolicy = field(default_factory=LinkPolicy)
    #: monotonic time the monitor starts at: the first probe is due at once
    start: float = 0.0

    def __post_init__(self) -> None:
        self.online: bool | None = None
        self.reason = ""
        self.waiting = 0
        self.refused = 0
        self.failures = 0
        self.probing = False
        self.syncing = False
        self.session_active = False
        self.last_sync: LastSync | None = None
        self.queue_problem = ""
        self.next_probe_at = self.start
        #: a sync is due once the link is (again) known to be up; cleared when a step made no progress
        self._sync_held = False
        self._manual_pending = False

    # -------------------------------------------------------------------------------------------- public

    @property
    def state(self) -> LinkState:
        return LinkState(self.online, self.waiting, self.refused, self.reason, self.probing, self.syncing,
                         self.last_sync, self.failures, self.queue_problem)  # fmt: skip

    def handle(self, event: Event, now: float) -> list[Action]:
        """Feed one event at monotonic time ``now`` (seconds); returns what to start, in order."""
        if isinstance(event, ProbeDone):
            self.probing = False
            self.waiting, self.refused = max(0, event.waiting), max(0, event.refused)
            self.queue_problem = event.queue_problem
            if event.online:
                self._went_online(now)
                self._sync_held = False
            else:
                self._went_offline(now, event.reason or "unreachable")
        elif isinstance(event, SyncDone):
            self._synced(event, now)
        elif isinstance(event, Counts):
            self.waiting, self.refused = max(0, event.waiting), max(0, event.refused)
            if event.queue_problem is not None:
                self.queue_problem = event.queue_problem
            if event.online is True and self.online is not True:
                # a patron's checkout went through: the link is back; probe (and then replay) as soon as allowed
                self._went_online(now)
                self.next_probe_at = now
            elif event.online is False and self.online is not False:
                self._went_offline(now, "call_failed")
        elif isinstance(event, SessionActive):
            self.session_active = event.active
        elif isinstance(event, SyncRequested):
            if self.syncing:
                return []
            if self.probing:
                self._manual_pending = True
                return []
            return [self._start_sync(manual=True)]
        elif not isinstance(event, Tick):
            raise TypeError(f"unknown event {type(event).__name__}")
        return self._next(now)

    def next_due(self, now: float) -> float:
        """Seconds until something may start (for a driver that sleeps instead of ticking)."""
        return max(0.0, self.next_probe_at - now)

    # -------------------------------------------------------------------------------------------- rules

    def _next(self, now: float) -> list[Action]:
        if self.probing or self.syncing:
            return []
        if self._manual_pending:
            self._manual_pending = False
            return [self._start_sync(manual=True)]
        if self.session_active:
            return []
        if (
            self.online
            and self.waiting > 0
            and self.policy.auto_sync
            and not self._sync_held
            and not self.queue_problem
        ):
            return [self._start_sync(manual=False)]
        if now >= self.next_probe_at:
            self.probing = True
            return [StartProbe()]
        return []

    def _start_sync(self, manual: bool) -> StartSync:
        self.syncing = True
        eventlog.event(_log, "link.sync_started", waiting=self.waiting, manual=manual)
        return StartSync(self.policy.batch, manual)

    def _synced(self, ev: SyncDone, now: float) -> None:
        self.syncing = False
        self.last_sync = LastSync(ev.sent, ev.refused, ev.left, ev.reason or ev.queue_problem, ev.when)
        self.waiting = max(0, ev.left)
        if ev.refused_total is not None:
            self.refused = max(0, ev.refused_total)
        else:
            self.refused += max(0, ev.refused)
        eventlog.event(_log, "link.synced", sent=ev.sent, refused=ev.refused, left=ev.left, reason=ev.reason or None,
                       queue_problem=ev.queue_problem or None)  # fmt: skip
        if ev.reason:
            self._went_offline(now, ev.reason)
            return
        self.queue_problem = ev.queue_problem
        self._went_online(now)
        if ev.left > 0 and ev.sent + ev.refused == 0:
            # nothing moved although the link answered: wait for the next probe rather than spin
            self._sync_held = True
            self.next_probe_at = now + self.policy.interval_s

    def _went_online(self, now: float) -> None:
        if self.online is not True:
            eventlog.event(_log, "link.online", waiting=self.waiting)
        self.online = True
        self.reason = ""
        self.failures = 0
        self.next_probe_at = now + self.policy.interval_s

    def _went_offline(self, now: float, reason: str) -> None:
        if self.online is not False or reason != self.reason:
            eventlog.event(_log, "link.offline", level=logging.WARNING, reason=reason, waiting=self.waiting)
        self.online = False
        self.reason = reason
        self.failures += 1
        wait = min(self.policy.interval_s * 2 ** min(self.failures - 1, 30), self.policy.backoff_max_s)
        self.next_probe_at = now + wait
