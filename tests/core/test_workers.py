"""Worker lanes: no task, and no failure to deliver its answer, ends a lane's thread; under a supervisor the lanes'
threads count in the kiosk's liveness."""

from __future__ import annotations

import pytest

from kiosk.supervisor import Supervisor
from kiosk.workers import CallQueue, Lane, Lanes


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
