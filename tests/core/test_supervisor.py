"""The supervisor: a thread that dies is logged, reported as its device's state, and started again with a capped
exponential backoff; the kiosk's liveness is that of its threads."""

from __future__ import annotations

import json
import threading

import pytest

from kiosk.services import DeviceHealth
from kiosk.supervisor import Supervisor
from tests.waiting import wait_for


class Body:
    """A thread body that dies ``deaths`` times (raising, or returning with ``returns``), then runs until stopped."""

    def __init__(self, deaths: int = 0, returns: bool = False, error: type[BaseException] = ValueError) -> None:
        self.deaths = deaths
        self.returns = returns
        self.error = error
        self.runs = 0
        self.running = threading.Event()
        self.release = threading.Event()
        self.stopped = threading.Event()

    def __call__(self) -> None:
        self.runs += 1
        if self.runs <= self.deaths:
            self.release.wait(5)
            if self.returns:
                return
            raise self.error("secret patron 12345678 in the text")
        self.running.set()
        self.stopped.wait(10)

    def stop(self) -> None:
        self.stopped.set()
        self.release.set()


def events(lines: list[str], name: str) -> list[dict]:
    return [e for e in map(json.loads, lines) if e["event"] == name]


@pytest.fixture
def sup():
    s = Supervisor(backoff_s=0.05, backoff_max_s=0.2)
    yield s
    s.stop()


def test_a_thread_that_dies_is_reported_then_restarted(captured_logs):
    sup = Supervisor(backoff_s=1.0)
    body = Body(deaths=1)
    sup.start("rfid", body, device="rfid", stop=body.stop)
    try:
        assert sup.alive() and sup.device_state("rfid") is None
        body.release.set()
        assert wait_for(lambda: not sup.alive(), timeout=5)
        state = sup.device_state("rfid")  # maintenance shows the pad in error while it waits to start again
        assert state.health is DeviceHealth.ERROR and state.reason == "thread_died"
        assert sup.summary().health is DeviceHealth.ERROR
        assert wait_for(body.running.is_set, timeout=5)
        assert sup.alive() and sup.device_state("rfid") is None and sup.summary().health is DeviceHealth.OK
    finally:
        sup.stop()
    (died,) = events(captured_logs, "supervisor.thread_died")
    assert died["level"] == "ERROR" and died["reason"] == "thread_died" and died["error"] == "ValueError"
    assert died["thread"] == "rfid" and died["deaths"] == 1 and died["restart_in_s"] == 1.0
    assert events(captured_logs, "supervisor.thread_restarted")
    assert "12345678" not in "\n".join(captured_logs)  # the exception's text may quote data: never logged


def test_a_body_that_returns_by_itself_counts_as_a_death(sup):
    body = Body(deaths=1, returns=True)
    sup.backoff_s = 5.0
    sup.start("scanner-0", body, device="scanner", stop=body.stop)
    body.release.set()
    assert wait_for(lambda: sup.device_state("scanner") is not None, timeout=5)
    assert sup.device_state("scanner").reason == "thread_exited"


@pytest.mark.parametrize("error", [RuntimeError, SystemExit, KeyboardInterrupt, GeneratorExit])
def test_any_exception_is_survived(sup, error):
    body = Body(deaths=1, error=error)
    body.release.set()
    sup.start("lane-misc-0", body, device="lanes", stop=body.stop)
    assert wait_for(body.running.is_set, timeout=5)
    assert sup.alive()


def test_the_backoff_doubles_up_to_its_cap_and_starts_again_after_a_settled_run(captured_logs):
    now = [0.0]
    sup = Supervisor(backoff_s=0.01, backoff_max_s=0.04, settle_s=100.0, clock=lambda: now[0])
    runs = []

    def body() -> None:
        runs.append(1)
        if len(runs) == 6:
            now[0] += 1000.0  # this run lasted long enough to count as settled
        if len(runs) <= 7:
            raise OSError("boom")
        threading.Event().wait(10)

    try:
        sup.start("card_watcher", body, device="card_reader")
        assert wait_for(lambda: len(runs) == 8, timeout=10)
    finally:
        sup.stop(timeout_s=0.1)
    delays = [e["restart_in_s"] for e in events(captured_logs, "supervisor.thread_died")]
    assert delays == [0.01, 0.02, 0.04, 0.04, 0.04, 0.01, 0.02]


def test_stopping_one_or_all(sup):
    a, b = Body(), Body()
    ha = sup.start("a", a, stop=a.stop)
    sup.start("b", b, stop=b.stop)
    assert wait_for(lambda: a.running.is_set() and b.running.is_set(), timeout=5)
    ha.stop()
    assert a.stopped.is_set() and not ha.is_alive() and ha.deaths == 0
    assert [st.name for st in sup.states()] == ["b"] and sup.alive()  # a stopped body is not a dead one
    with pytest.raises(ValueError):
        sup.start("b", Body())
    sup.start("a", a, stop=a.stop)  # a name can be used again once its body ended
    sup.stop()
    assert b.stopped.is_set() and not sup.alive()
    with pytest.raises(RuntimeError):
        sup.start("c", Body())
