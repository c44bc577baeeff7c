"""The core's worker lanes (kiosk.workers): order, failures handed over, answers on the owner's thread."""

from __future__ import annotations

import threading
import time

from kiosk.workers import CallQueue, Lane


def _drain(loop: CallQueue, lane: Lane, want: int, got: list) -> None:
    deadline = time.monotonic() + 10
    while len(got) < want and time.monotonic() < deadline:
        lane.wait(100)
        loop.run_pending(0.01)
    assert len(got) == want


def test_calls_run_in_order_off_the_owners_thread_and_answer_on_it():
    loop = CallQueue()
    lane = Lane("t", loop.call_soon)
    ran_on, answered_on, got = [], [], []

    def work(i: int) -> int:
        ran_on.append(threading.current_thread().name)
        time.sleep(0.001 * (5 - i))  # later calls are quicker: order must still hold
        return i

    for i in range(5):
        lane.submit(lambda i=i: work(i), lambda r, e: (got.append(r), answered_on.append(threading.current_thread())))
    _drain(loop, lane, 5, got)
    assert got == [0, 1, 2, 3, 4] and lane.submitted == 5
    assert set(ran_on) == {"lane-t"} and set(answered_on) == {threading.current_thread()}
    lane.stop()


def test_a_call_that_raises_is_handed_over_and_the_lane_goes_on():
    loop = CallQueue()
    lane = Lane("t", loop.call_soon)
    got: list = []
    lane.submit(lambda: 1 / 0, lambda r, e: got.append(type(e).__name__))
    lane.submit(lambda: "next", lambda r, e: got.append(r))
    _drain(loop, lane, 2, got)
    assert got == ["ZeroDivisionError", "next"] and lane.alive
    lane.stop()


def test_an_answer_handler_that_raises_is_logged_and_the_loop_goes_on(caplog):
    loop = CallQueue()
    lane = Lane("t", loop.call_soon)
    got: list = []
    lane.submit(lambda: 1, lambda r, e: 1 / 0)
    lane.submit(lambda: 2, lambda r, e: got.append(r))
    _drain(loop, lane, 1, got)
    assert got == [2] and "worker result handler failed" in caplog.text
    lane.stop()


def test_wait_tells_whether_the_lane_came_free_in_time():
    lane = Lane("t", lambda fn: None)
    release = threading.Event()
    lane.submit(release.wait, lambda r, e: None)
    assert lane.wait(50) is False
    release.set()
    assert lane.wait(5000) is True
    lane.stop()
    assert not lane.alive
