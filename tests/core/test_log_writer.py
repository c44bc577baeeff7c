"""The log writer: lines are written from a thread, which the kiosk's supervisor runs (reported when it dies,
started again, nothing queued meanwhile lost), or a thread of its own without one; once it stops, lines are written
where they are logged again."""

from __future__ import annotations

import json
import logging
import threading

import pytest

import eventlog
from kiosk.services import DeviceHealth
from kiosk.supervisor import Supervisor
from tests.waiting import wait_for

_log = logging.getLogger("test.log_writer")


class Fault(BaseException):
    """A defect in the writer thread: the handler lets only ``Exception`` pass to its error handling, so this one
    ends the thread's body (nothing real here ends it; the fault is injected through the stream)."""


class Stream:
    """A log stream that remembers each line's event and the thread that wrote it, and fails once on ``fails_on``."""

    def __init__(self, fails_on: str = "") -> None:
        self.fails_on = fails_on
        self.lines: list[tuple[str, dict]] = []

    def write(self, text: str) -> None:
        if not text.strip():
            return
        obj = json.loads(text)
        if obj["event"] == self.fails_on:
            self.fails_on = ""
            raise Fault
        self.lines.append((threading.current_thread().name, obj))

    def flush(self) -> None:
        pass

    def events(self) -> list[str]:
        return [obj["event"] for _, obj in self.lines]

    def writer_of(self, event: str) -> str:
        return next(thread for thread, obj in self.lines if obj["event"] == event)


@pytest.fixture
def stream():
    out = Stream(fails_on="log.fault")
    eventlog.setup("INFO", stream=out)
    yield out
    eventlog.setup("WARNING")


def test_a_log_writer_that_dies_is_reported_and_restarted_and_loses_no_line_queued_meanwhile(stream):
    sup = Supervisor(backoff_s=0.5)
    try:
        writer = eventlog.write_in_background(sup.starter("log_writer"))
        assert writer is not None
        eventlog.event(_log, "log.first", result="ok")
        assert wait_for(lambda: "log.first" in stream.events(), timeout=5)
        assert stream.writer_of("log.first") == "log-writer"
        assert [(st.name, st.health) for st in sup.states()] == [("log_writer", DeviceHealth.OK)] and sup.alive()
        eventlog.event(_log, "log.fault")
        assert wait_for(lambda: sup.device_state("log_writer") is not None, timeout=5)
        assert not sup.alive()
        down = sup.device_state("log_writer")
        assert down is not None and (down.health, down.reason) == (DeviceHealth.ERROR, "thread_died")
        eventlog.event(_log, "log.while_down")
        assert wait_for(sup.alive, timeout=5)
        assert wait_for(lambda: "log.while_down" in stream.events(), timeout=5)
        died = next(obj for _, obj in stream.lines if obj["event"] == "supervisor.thread_died")
        assert (died["thread"], died["device"], died["error"]) == ("log-writer", "log_writer", "Fault")
    finally:
        sup.stop()
    assert sup.states() == []
    eventlog.event(_log, "log.after_stop")  # the writer stopped: written where it is logged, as JSON
    assert stream.writer_of("log.after_stop") == threading.current_thread().name
    assert stream.events()[-1] == "log.after_stop" and "log.fault" not in stream.events()


def test_without_a_supervisor_the_writer_runs_a_thread_of_its_own(stream):
    writer = eventlog.write_in_background()
    assert writer is not None
    assert eventlog.write_in_background() is None  # one writer: the lines are already queued
    eventlog.event(_log, "log.queued")
    writer.stop()  # waits for its thread, which wrote what was queued before
    assert stream.writer_of("log.queued") == "log-writer"
    eventlog.event(_log, "log.direct")
    assert stream.writer_of("log.direct") == threading.current_thread().name
