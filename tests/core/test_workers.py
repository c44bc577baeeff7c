"""Worker lanes: no task, and no failure to deliver its answer, ends a lane's thread; under a supervisor the lanes'
threads count in the kiosk's liveness."""

from __future__ import annotations

import json
import threading

import pytest

from kiosk.services import DeviceHealth
from kiosk.supervisor import Supervisor
from kiosk.workers import CALL_DEADLINE_S, LANE_STUCK, CallQueue, Lane, Lanes


@pytest.mark.parametrize("error", [ValueError, SystemExit, KeyboardInterrupt, GeneratorExit, MemoryError])
@pytest.mark.parametrize("supervised", [False, True])
def test_a_task_that_raises_anything_is_answered_and_the_lane_goes_on(error, supervised):
    sup = Supervisor() if supervised else None
    calls = CallQueue()
    lane = Lane("misc", calls.call_soon, supervisor=sup)
    answers: list = []

    def boom() -> None:
        raise error()

    lane.submit(boom, lambda r, e: answers.append(type(e)))
    lane.submit(lambda: 42, lambda r, e: answers.append(r))
    assert lane.wait(5000)
    calls.run_pending()
    assert answers == [error, 42]
    assert lane.alive
    if sup is not None:
        assert sup.alive() and [st.name for st in sup.states()] == ["lanes"]
        lane.stop()
        assert sup.states() == [] and sup.alive()  # a lane stopped on purpose is not a dead one
        sup.stop()


@pytest.mark.parametrize("error", [RuntimeError, SystemExit, KeyboardInterrupt])
def test_an_owner_that_cannot_take_the_answer_does_not_end_the_lane(error):
    delivered: list = []

    def deliver(fn) -> None:  # type: ignore[no-untyped-def]
        if not delivered:
            delivered.append("refused")
            raise error()
        delivered.append("taken")

    lane = Lane("card", deliver)
    lane.submit(lambda: 1, lambda r, e: None)
    lane.submit(lambda: 2, lambda r, e: None)
    assert lane.wait(5000)
    assert delivered == ["refused", "taken"] and lane.alive
    lane.stop()


def test_the_kiosks_lanes_run_under_one_supervisor():
    sup = Supervisor()
    calls = CallQueue()
    lanes = Lanes(calls.call_soon, sup)
    for lane in lanes.all():
        lane.submit(lambda: None, lambda r, e: None)
    assert lanes.wait(5000) and lanes.alive
    assert sorted(h.name for h in sup._live()) == sorted(
        ["lane-card", "lane-library", "lane-security", "lane-validation", "lane-printer", "lane-misc", "lane-sound"]
    )
    lanes.stop()
    assert not lanes.alive and sup.alive()
    sup.stop()


def test_a_lane_whose_supervisor_has_stopped_still_runs_its_calls():
    sup = Supervisor()
    sup.stop()  # the kiosk is closing while a screen still asks for something
    calls = CallQueue()
    lane = Lane("misc", calls.call_soon, supervisor=sup)
    got: list = []
    lane.submit(lambda: 7, lambda r, e: got.append(r))
    assert lane.wait(5000)
    calls.run_pending()
    assert got == [7]
    lane.stop()


class ManualClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_a_lane_whose_call_never_returns_is_reported_stuck_and_fails_the_kiosks_liveness(captured_logs):
    """A hung call (a device or server holding a read past every timeout) is not a dead thread: the lane's thread
    runs. Past the lane's deadline it is reported as ``lane_stuck`` (maintenance's threads row) and the liveness
    the systemd watchdog asks fails; when the call returns at last, both come back."""
    clock = ManualClock()
    sup = Supervisor(clock=clock)
    calls = CallQueue()
    lanes = Lanes(calls.call_soon, sup)
    held = threading.Event()
    entered = threading.Event()

    def hangs() -> str:
        entered.set()
        held.wait(30)
        return "at last"

    try:
        lanes.library.submit(hangs, lambda r, e: None)
        lanes.misc.submit(lambda: None, lambda r, e: None)
        assert entered.wait(5) and lanes.misc.wait(5000)
        clock.t += CALL_DEADLINE_S["library"] - 1
        assert sup.alive() and sup.summary().health is DeviceHealth.OK
        clock.t += 2
        assert not sup.alive()
        summary = sup.summary()
        assert (summary.health, summary.reason) == (DeviceHealth.ERROR, LANE_STUCK) and "lane-library" in summary.detail
        stuck = [st for st in sup.states() if st.health is DeviceHealth.ERROR]
        assert [(st.name, st.reason) for st in stuck] == [("lanes", "lane_stuck")]
        assert sup.device_state("lanes").reason == "lane_stuck"
        assert lanes.alive  # its threads all run: only the deadline tells
        held.set()
        assert lanes.library.wait(5000)
        assert sup.alive() and sup.summary().health is DeviceHealth.OK
        # the next call gets a deadline of its own
        lanes.library.submit(lambda: None, lambda r, e: None)
        assert lanes.library.wait(5000) and sup.alive()
    finally:
        held.set()
        lanes.stop()
        sup.stop()
    logged = [json.loads(line) for line in captured_logs]
    assert [(e["event"], e["reason"]) for e in logged if e["event"].startswith("supervisor.thread_")] == [
        ("supervisor.thread_stuck", "lane_stuck"), ("supervisor.thread_unstuck", "lane_stuck")]  # fmt: skip
