"""The library link monitor's policy, driven with plain events and a fake monotonic clock (no network, no Qt)."""

from __future__ import annotations

import io
import json
import logging

from hypothesis import given, settings
from hypothesis import strategies as st

import eventlog
from kiosk import config, link
from kiosk.config import ConfigError
from kiosk.link import (
    Counts,
    LinkMonitor,
    LinkPolicy,
    ProbeDone,
    SessionActive,
    StartProbe,
    StartSync,
    SyncDone,
    SyncRequested,
    Tick,
)
from kiosk.link_runner import LinkRunner
from kiosk.services import LinkStatus, SyncReport
from kiosk.workers import CallQueue, Lanes
from tests.waiting import settle

POLICY = LinkPolicy(interval_s=30.0, backoff_max_s=300.0, auto_sync=True, batch=50)


class Clock:
    def __init__(self, m: LinkMonitor) -> None:
        self.m = m
        self.now = 0.0

    def __call__(self, event) -> list:
        return self.m.handle(event, self.now)

    def until_action(self, limit: float = 10_000.0) -> tuple[float, list]:
        """Tick one second at a time until the monitor starts something; returns (seconds waited, actions)."""
        start = self.now
        while self.now - start < limit:
            fx = self(Tick())
            if fx:
                return self.now - start, fx
            self.now += 1.0
        raise AssertionError("nothing started")


def test_first_probe_is_at_once_and_only_one_runs():
    c = Clock(LinkMonitor(POLICY))
    assert c(Tick()) == [StartProbe()]
    assert c.m.state.online is None and c.m.state.probing
    c.now += 100
    assert c(Tick()) == []  # still running


def test_online_with_waiting_transactions_replays_in_steps_until_empty():
    c = Clock(LinkMonitor(POLICY))
    c(Tick())
    assert c(ProbeDone(True, waiting=120)) == [StartSync(50)]
    assert c(Tick()) == []  # one step at a time
    # a step ends: the next starts on the next tick (a patron's checkout queued meanwhile goes first on the lane)
    assert c(SyncDone(50, 0, 70)) == [StartSync(50)]
    assert c(SyncDone(48, 2, 20)) == [StartSync(50)]
    assert c(SyncDone(20, 0, 0)) == []
    st_ = c.m.state
    assert st_.online and st_.waiting == 0 and st_.refused == 2 and st_.last_sync.sent == 20
    waited, fx = c.until_action()
    assert fx == [StartProbe()] and waited == 30


def test_offline_backs_off_doubling_up_to_the_limit_and_recovers():
    c = Clock(LinkMonitor(POLICY))
    c(Tick())
    waits = []
    for _ in range(6):
        c(ProbeDone(False, waiting=3, reason="unreachable"))
        waited, fx = c.until_action()
        assert fx == [StartProbe()]
        waits.append(waited)
    assert waits == [30, 60, 120, 240, 300, 300]
    assert c.m.state.online is False and c.m.state.reason == "unreachable" and c.m.state.waiting == 3
    # back: the waiting transactions go out without anyone pressing anything
    assert c(ProbeDone(True, waiting=3)) == [StartSync(50)]
    assert c(SyncDone(3, 0, 0)) == []
    assert c.m.state.failures == 0
    waited, _ = c.until_action()
    assert waited == 30


def test_nothing_starts_during_a_patron_session_and_what_was_due_runs_after():
    c = Clock(LinkMonitor(POLICY))
    c(SessionActive(True))
    assert c(Tick()) == []
    c.now += 1000
    assert c(Counts(4, 0, online=True)) == []  # a checkout went through: the link is back, but a patron is here
    assert c(SessionActive(False)) == [StartSync(50)]


def test_a_patron_call_that_fails_marks_the_link_down_and_backs_off():
    c = Clock(LinkMonitor(POLICY))
    c(Tick())
    c(ProbeDone(True))
    assert c(Counts(1, 0, online=False)) == []
    assert c.m.state.online is False and c.m.state.reason == "call_failed"
    waited, fx = c.until_action()
    assert fx == [StartProbe()] and waited == 30
    assert c(Counts(1, 0, online=None)) == []  # "nothing known" changes nothing


def test_crew_sync_now_runs_at_once_even_in_a_session_but_never_twice():
    c = Clock(LinkMonitor(POLICY))
    c(SessionActive(True))
    assert c(SyncRequested()) == [StartSync(50, manual=True)]
    assert c(SyncRequested()) == []  # already running
    c(SyncDone(0, 0, 2, reason="unreachable"))
    assert c.m.state.online is False and c.m.state.last_sync.reason == "unreachable"
    # asked while a probe runs: starts when the probe is done
    c(SessionActive(False))
    c.now += 1000
    assert c(Tick()) == [StartProbe()]
    assert c(SyncRequested()) == []
    assert c(ProbeDone(False, waiting=2, reason="unreachable")) == [StartSync(50, manual=True)]


def test_stopped_replay_backs_off_and_no_progress_waits_for_the_next_probe():
    c = Clock(LinkMonitor(POLICY))
    c(Tick())
    c(ProbeDone(True, waiting=5))
    assert c(SyncDone(2, 0, 3, reason="connection_lost")) == []
    assert c.m.state.online is False
    waited, fx = c.until_action()
    assert fx == [StartProbe()] and waited == 30
    assert c(ProbeDone(True, waiting=3)) == [StartSync(50)]
    assert c(SyncDone(0, 0, 3)) == []  # the library answered but nothing moved: do not spin
    assert c(Tick()) == []
    waited, fx = c.until_action()
    assert fx == [StartProbe()] and waited == 30
    assert c(ProbeDone(True, waiting=3)) == [StartSync(50)]


def test_a_journal_that_cannot_send_is_the_queues_problem_not_the_links():
    """A locked journal (its key file missing) with rows waiting: the library system answers, so the link is online;
    the journal's problem is shown as the queue's, no replay starts by itself, and the probes keep their interval."""
    c = Clock(LinkMonitor(POLICY))
    c(Tick())
    assert c(ProbeDone(True, waiting=2, queue_problem="key_missing")) == []  # nothing to gain from replaying
    st = c.m.state
    assert (st.online, st.reason, st.queue_problem, st.waiting) == (True, "", "key_missing", 2)
    assert c(SyncRequested()) == [StartSync(50, manual=True)]  # a person may still ask
    assert c(SyncDone(0, 0, 2, queue_problem="key_missing")) == []
    st = c.m.state
    assert (st.online, st.reason, st.failures, st.last_sync.reason) == (True, "", 0, "key_missing")
    waited, fx = c.until_action()
    assert fx == [StartProbe()] and waited == 30  # the online interval, not an offline backoff
    assert c(ProbeDone(True, waiting=2, queue_problem="key_missing")) == []
    # the journal can send again (its key file restored and the kiosk restarted): replay resumes by itself
    assert c(Counts(2, 0, True, "")) == [StartSync(50)]
    assert c.m.state.queue_problem == ""


def test_a_replay_the_journal_stopped_by_itself_waits_for_the_next_probe_online():
    """Another process replaying the same journal (``replay_busy``): the link stays online, no spinning."""
    c = Clock(LinkMonitor(POLICY))
    c(Tick())
    assert c(ProbeDone(True, waiting=3)) == [StartSync(50)]
    assert c(SyncDone(0, 0, 3, queue_problem="replay_busy")) == []
    assert c.m.state.online is True and c.m.state.reason == "" and c.m.state.queue_problem == "replay_busy"
    waited, fx = c.until_action()
    assert fx == [StartProbe()] and waited == 30
    assert c(ProbeDone(True, waiting=3)) == [StartSync(50)]


def test_auto_sync_off_leaves_replay_to_people():
    c = Clock(LinkMonitor(LinkPolicy(auto_sync=False)))
    c(Tick())
    assert c(ProbeDone(True, waiting=3)) == []
    assert c(SyncRequested()) == [StartSync(50, manual=True)]


def test_logs_are_counts_and_reasons_only():
    buf = io.StringIO()
    handler = logging.StreamHandler(buf)
    handler.setFormatter(eventlog.JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    old = root.level
    root.setLevel(logging.INFO)
    try:
        c = Clock(LinkMonitor(POLICY))
        c(Tick())
        c(ProbeDone(False, waiting=2, reason="unreachable"))
        c(ProbeDone(True, waiting=2))
        c(SyncDone(1, 1, 0))
    finally:
        root.removeHandler(handler)
        root.setLevel(old)
    lines = [json.loads(x) for x in buf.getvalue().splitlines()]
    events = [x["event"] for x in lines]
    assert events == ["link.offline", "link.online", "link.sync_started", "link.synced"]
    allowed = {"ts", "level", "logger", "event", "session", "reason", "waiting", "manual", "sent", "refused", "left",
               "queue_problem"}  # fmt: skip
    for x in lines:
        assert set(x) <= allowed, x


def test_config_keys_are_validated():
    cfg = config.from_dict({"offline": {"probe_interval_s": 10, "probe_backoff_max_s": 60, "sync_batch": 5}})
    assert LinkPolicy.from_config(cfg.offline) == LinkPolicy(10.0, 60.0, True, 5)
    for bad, key in (
        ({"probe_interval_s": 0.5}, "probe_interval_s"),
        ({"probe_interval_s": 60, "probe_backoff_max_s": 30}, "probe_backoff_max_s"),
        ({"sync_batch": 0}, "sync_batch"),
        ({"auto_sync": "yes"}, "auto_sync"),
    ):
        try:
            config.from_dict({"offline": bad})
        except ConfigError as e:
            assert key in str(e)
        else:
            raise AssertionError(f"{bad} was accepted")


_events = st.one_of(
    st.just(Tick()),
    st.builds(ProbeDone, st.booleans(), st.integers(0, 5), st.integers(0, 3), st.sampled_from(["", "unreachable"])),
    st.builds(SyncDone, st.integers(0, 5), st.integers(0, 2), st.integers(0, 5), st.sampled_from(["", "x"])),
    st.builds(Counts, st.integers(0, 5), st.integers(0, 3), st.sampled_from([None, True, False])),
    st.builds(SessionActive, st.booleans()),
    st.just(SyncRequested()),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_events, st.floats(0, 400)), max_size=40))
def test_invariants_under_any_event_sequence(steps):
    """At most one thing runs at a time; nothing automatic starts in a session; answers only end what runs."""
    m = LinkMonitor(POLICY)
    now = 0.0
    running: str | None = None
    session = False
    for event, dt_ in steps:
        now += dt_
        # results only arrive for what is running (as the driver guarantees)
        if isinstance(event, ProbeDone) and running != "probe":
            continue
        if isinstance(event, SyncDone) and running != "sync":
            continue
        if isinstance(event, ProbeDone | SyncDone):
            running = None
        if isinstance(event, SessionActive):
            session = event.active
        fx = m.handle(event, now)
        assert len(fx) <= 1
        for action in fx:
            assert running is None, "two things at once"
            if session:
                assert isinstance(action, StartSync) and action.manual
            running = "probe" if isinstance(action, StartProbe) else "sync"
        assert m.state.probing == (running == "probe") and m.state.syncing == (running == "sync")
        assert m.state.waiting >= 0 and m.state.refused >= 0
        assert m.next_due(now) <= POLICY.backoff_max_s


# ------------------------------------------------------------------------------------------------ the runner


class _Journal:
    """A SyncService whose library system comes and goes; the replay empties ``waiting`` in steps."""

    def __init__(self, waiting: int) -> None:
        self.waiting = waiting
        self.up = False
        self.calls: list[str] = []

    def status(self):
        self.calls.append("status")
        return LinkStatus(self.up, self.waiting)

    def probe(self):
        self.calls.append("probe")
        return LinkStatus(self.up, self.waiting, reason="" if self.up else "unreachable")

    def sync(self, limit=None):
        self.calls.append(f"sync:{limit}")
        sent = min(self.waiting, limit or self.waiting)
        self.waiting -= sent
        return SyncReport(sent, 0, self.waiting)


def test_the_runner_probes_replays_by_itself_and_reports_each_change_on_the_owners_thread():
    loop = CallQueue()
    lanes = Lanes(loop.call_soon)
    journal = _Journal(waiting=5)
    now = [0.0]
    states: list[link.LinkState] = []
    runner = LinkRunner(journal, lanes, link.LinkPolicy(1.0, 4.0, True, 2), clock=lambda: now[0],
                        on_change=states.append)  # fmt: skip

    try:
        runner.start()
        settle(lanes, loop)
        assert runner.state.online is False and runner.state.reason == "unreachable" and runner.state.waiting == 5
        journal.up = True
        for _ in range(20):  # time passes; the runner probes again, then replays in steps of 2
            now[0] += 1.0
            runner.tick()
            settle(lanes, loop)
        assert runner.state.online and runner.state.waiting == 0 and journal.waiting == 0
        assert [c for c in journal.calls if c.startswith("sync")] == ["sync:2", "sync:2", "sync:2"]
        assert states and states[-1] == runner.state
        runner.stop()
        journal.calls.clear()
        now[0] += 100.0
        runner.tick()
        runner.sync_now()
        runner.refresh()
        settle(lanes, loop)
        assert journal.calls == []  # stopped: nothing new starts
    finally:
        lanes.stop()


def test_a_refresh_asked_for_while_one_is_in_flight_is_read_once_more_after_it():
    """A patron's failed call is news: asked for while the counts are being read, it is read again at once rather
    than at the next poll a few seconds later."""
    import threading

    loop = CallQueue()
    lanes = Lanes(loop.call_soon)
    journal = _Journal(waiting=1)
    gate = threading.Event()
    status = journal.status

    def slow_status():
        gate.wait(5)
        return status()

    journal.status = slow_status
    runner = LinkRunner(journal, lanes, link.LinkPolicy(1000.0, 1000.0, False, 2), clock=lambda: 0.0)
    try:
        runner.refresh()
        runner.refresh()  # in flight: remembered
        runner.refresh()  # ...once
        gate.set()
        for _ in range(100):
            idle = lanes.wait(50)
            if not loop.run_pending(0.01) and idle:
                break
        assert journal.calls.count("status") == 2
    finally:
        lanes.stop()
