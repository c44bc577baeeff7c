"""kiosk.status_runner: the sampler on real worker lanes (answers through a CallQueue the test drains), writing a
real status file, with probes that are plain functions counting their calls."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest

from kiosk import status as st
from kiosk.link import LastSync, LinkState
from kiosk.services import DeviceHealth, DeviceState, LinkStatus, ServiceError, Services
from kiosk.status_runner import StatusRunner
from kiosk.workers import CallQueue, Lanes


class Probe:
    def __init__(self, name: str, health=DeviceHealth.OK, reason: str = "") -> None:
        self.state = DeviceState(name, health, reason)
        self.calls = 0
        self.error: BaseException | None = None
        self.hold = threading.Event()
        self.hold.set()

    def __call__(self) -> DeviceState:
        self.calls += 1
        self.hold.wait(10)
        if self.error is not None:
            raise self.error
        return self.state


class Journal:
    def __init__(self) -> None:
        self.oldest = dt.datetime.now() - dt.timedelta(hours=2)

    def status(self) -> LinkStatus:
        return LinkStatus(True, 4, 1, oldest=self.oldest)


class Harness:
    def __init__(self, tmp_path, sync=None) -> None:
        self.loop = CallQueue()
        self.lanes = Lanes(self.loop.call_soon)
        self.printer = Probe("printer")
        self.library = Probe("library_system")
        self.validation = Probe("validation_link")
        self.services = Services(sync=sync, health=[self.printer, self.library, self.validation])
        self.now = 1000.0
        self.samples: list[st.Snapshot] = []
        self.path = tmp_path / "status.json"
        self.runner = StatusRunner(
            self.services,
            self.lanes,
            kiosk_id="kiosk-01",
            version="9.9",
            path=self.path,
            interval_s=5.0,
            slow={"library_system": 30.0, "validation_link": 300.0},
            clock=lambda: self.now,
            on_sample=self.samples.append,
        )

    def settle(self) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            idle = self.lanes.wait(50)
            if not self.loop.run_pending(0.02) and idle:
                return
        raise AssertionError("the lanes did not settle")

    def sample(self, activity: str = "idle", link: LinkState | None = None) -> st.Snapshot:
        self.runner.tick(activity, link)
        self.settle()
        return self.samples[-1]


@pytest.fixture
def h(tmp_path):
    harness = Harness(tmp_path, Journal())
    yield harness
    harness.lanes.stop()


def test_a_sample_is_written_judged_and_turned_into_gauges(h):
    when = dt.datetime.now() - dt.timedelta(minutes=10)
    link = LinkState(True, 4, 1, last_sync=LastSync(3, 0, 4, "", when))
    snap = h.sample(link=link, activity="idle")
    assert st.read(h.path) == snap
    assert st.is_running(snap) and snap.kiosk_id == "kiosk-01" and snap.version == "9.9"
    assert snap.devices == (st.Row("printer", "ok"),)
    assert snap.links == (st.Row("library_system", "ok"), st.Row("validation", "ok"))
    assert snap.queue.waiting == 4 and snap.queue.needs_staff == 1
    assert snap.queue.oldest == pytest.approx(h.services.sync.oldest.timestamp())
    assert snap.last_sync.when == pytest.approx(when.timestamp()) and snap.last_sync.sent == 3
    m = h.services.metrics
    assert m.value("kiosk_offline_queue_waiting") == 4
    assert m.value("kiosk_offline_queue_oldest_age_seconds") == pytest.approx(7200, abs=5)
    assert m.value("kiosk_device_state", device="printer", state="ok") == 1
    assert m.value("kiosk_link_state", link="validation", state="ok") == 1
    assert m.value("kiosk_info", kiosk_id="kiosk-01", version="9.9") == 1


def test_samples_come_every_interval_and_network_probes_at_their_own_pace(h):
    h.sample()
    assert (h.printer.calls, h.library.calls, h.validation.calls) == (1, 1, 1)
    h.now += 2
    h.runner.tick("idle")
    h.settle()
    assert len(h.samples) == 1  # not due yet
    h.now += 3
    h.sample()
    assert (h.printer.calls, h.library.calls, h.validation.calls) == (2, 1, 1)
    h.now += 30
    h.sample("session")
    assert h.library.calls == 1  # a patron is being served: the library system is left to them
    h.now += 5
    h.sample()
    assert (h.printer.calls, h.library.calls, h.validation.calls) == (4, 2, 1)
    h.now += 300
    h.sample()
    assert h.validation.calls == 2
    assert [r.name for r in h.samples[-1].links] == ["library_system", "validation"]


def test_a_hanging_probe_does_not_pile_samples_up(h):
    h.printer.hold.clear()
    h.runner.tick("idle")
    deadline = time.monotonic() + 10
    while h.printer.calls == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    for _ in range(5):
        h.now += 10
        h.runner.tick("idle")
    assert h.printer.calls == 1
    h.printer.hold.set()
    h.settle()
    assert len(h.samples) == 1


def test_a_failing_probe_is_a_device_in_error(h):
    h.sample()
    h.printer.error = ServiceError("printer_unplugged")
    h.now += 5
    assert h.sample().devices == (st.Row("printer", "error", "printer_unplugged"),)
    h.printer.error = RuntimeError("boom")
    h.now += 5
    assert h.sample().devices == (st.Row("printer", "error", "probe_failed"),)


def test_a_status_file_that_cannot_be_written_is_logged_once_and_tried_again(tmp_path, caplog):
    h = Harness(tmp_path)
    try:
        h.runner.path = tmp_path / "missing" / "status.json"
        h.sample()
        h.now += 5
        h.sample()
        assert h.runner.write_error == "status_file_unwritable"
        assert [r.getMessage() for r in caplog.records].count("status.unwritten") == 1
        (tmp_path / "missing").mkdir()
        h.now += 5
        h.sample()
        assert h.runner.write_error == "" and st.read(h.runner.path) is not None
        assert h.samples[-1].queue is None  # no journal at this kiosk
    finally:
        h.lanes.stop()
