"""The headless owner loop (kiosk_app.headless) over a kiosk built by build_kiosk: the demo library system on
127.0.0.1, the offline journal in SQLite files, the simulated RFID pad, scanner and printer on pseudo-terminals.

What is under test is the loop's own work: device threads reporting into its queue (handlers run on the loop's
thread), the session clock ticking, the link monitor replaying offline loans by itself once the library is back."""

from __future__ import annotations

import threading

import pytest

from hardware.rfid.model import ItemData
from hardware.sim.devices import SimulatedDevices
from kiosk import config
from kiosk import session as s
from kiosk.sip2 import demo_data
from kiosk.sip2.demo import DemoLibrary
from kiosk_app.build import build_kiosk
from kiosk_app.headless import HeadlessKiosk
from tests.waiting import device_ready


@pytest.fixture
def world(tmp_path):
    lib = DemoLibrary(db_path=tmp_path / "ils.sqlite")
    lib.start()
    sims = SimulatedDevices().start()
    yield lib, sims
    sims.stop()
    lib.close()


def kiosk_config(tmp_path, lib: DemoLibrary, sims: SimulatedDevices) -> config.Config:
    sections = {
        "kiosk": {"data_dir": str(tmp_path / "data"), "identification": ["barcode"]},
        "sip2": {"port": lib.port, "username": demo_data.LOGIN_USER, "password": demo_data.LOGIN_PASSWORD,
                 "institution": demo_data.INSTITUTION_ID, "location": demo_data.LOCATION_CODE, "retries": 0,
                 "connect_timeout_s": 1.0, "timeout_s": 3.0},
        "offline": {"lending": True, "identification": ["barcode"], "probe_interval_s": 1,
                    "probe_backoff_max_s": 1},
        "ui": {"receipt": "always", "goodbye_s": 1.0},
        **sims.config_sections(barcode={"patron_patterns": [r"1\d{7}"], "item_patterns": [r"T\d{7}"]}),
    }  # fmt: skip
    return config.from_dict(sections)


@pytest.fixture
def kiosk(tmp_path, world):
    lib, sims = world
    views: list[tuple[s.Phase, str]] = []
    k = HeadlessKiosk(
        build_kiosk(kiosk_config(tmp_path, lib, sims)),
        on_view=lambda v: views.append((v.phase, threading.current_thread().name)),
    )
    k.views = views  # type: ignore[attr-defined]
    k.start()
    yield k
    k.stop()


def scanner_ready(kiosk: HeadlessKiosk) -> bool:
    return device_ready(kiosk.kiosk.services, "scanner")


def test_a_scan_and_a_book_on_the_pad_become_a_loan_and_the_session_ends_by_itself(kiosk, world):
    lib, sims = world
    # the scanner opens its port on its own thread: a code sent before that is not read (as at a real kiosk)
    assert kiosk.run_until(lambda: scanner_ready(kiosk), 15)
    sims.scanner.scan(demo_data.PATRON_OK)
    assert kiosk.run_until(lambda: kiosk.runner.session.phase is s.Phase.ITEMS, 15)
    sims.rfid.add_item(ItemData("T0000001"))
    assert kiosk.run_until(lambda: kiosk.runner.view.lent_count == 1, 15)
    assert [loan.item for loan in lib.state.loans(demo_data.PATRON_OK)] == ["T0000001"]
    kiosk.runner.post(s.FinishPressed())
    assert kiosk.run_until(lambda: kiosk.runner.session.phase is s.Phase.GOODBYE, 15)
    assert kiosk.run_until(lambda: sims.printer.receipts, 15)
    # nobody touches the goodbye screen: the session clock ends it
    assert kiosk.run_until(lambda: kiosk.runner.session.phase is s.Phase.IDLE, 5)
    assert not kiosk.runner.session.holds_patron_data()
    # every view was announced on the loop's own thread, never on a device or worker thread
    assert {name for _, name in kiosk.views} == {threading.current_thread().name}


def test_an_offline_loan_is_replayed_by_the_link_monitor_once_the_library_is_back(kiosk, world):
    lib, sims = world
    port = lib.port
    lib.stop()
    assert kiosk.run_until(lambda: scanner_ready(kiosk), 15)
    sims.scanner.scan(demo_data.PATRON_OK)
    assert kiosk.run_until(lambda: kiosk.runner.session.phase is s.Phase.ITEMS, 15)
    sims.rfid.add_item(ItemData("T0000002"))
    assert kiosk.run_until(lambda: kiosk.runner.view.lent_count == 1, 15)
    assert kiosk.runner.view.items[0].state is s.ItemState.LENT_OFFLINE
    kiosk.runner.post(s.Cancel())  # finish: no receipt wanted
    kiosk.runner.post(s.Acknowledge())
    assert kiosk.run_until(lambda: kiosk.runner.session.phase is s.Phase.IDLE, 5)
    lib.port = port
    lib.start()
    assert kiosk.run_until(lambda: lib.state.loan("T0000002") is not None, 30)
    assert kiosk.run_until(lambda: kiosk.kiosk.services.sync.status().waiting == 0, 10)
    assert [loan.item for loan in lib.state.loans(demo_data.PATRON_OK)] == ["T0000002"]


def test_each_ended_session_gives_its_memory_back_once_on_the_idle_screen(tmp_path, world):
    lib, sims = world
    given: list[s.Phase] = []
    k = HeadlessKiosk(
        build_kiosk(kiosk_config(tmp_path, lib, sims)),
        between_sessions=lambda: given.append(k.runner.session.phase),
    )
    k.start()
    try:
        assert k.run_until(lambda: scanner_ready(k), 15)
        for n in (1, 2):
            sims.scanner.scan(demo_data.PATRON_OK)
            assert k.run_until(lambda: k.runner.session.phase is s.Phase.ITEMS, 15)
            k.run_for(1.0)
            assert len(given) == n - 1  # nothing while a patron is there
            k.runner.post(s.Cancel())
            k.runner.post(s.Acknowledge())
            assert k.run_until(lambda: k.runner.session.phase is s.Phase.IDLE, 5)
            assert k.run_until(lambda n=n: len(given) == n, 2)
            k.run_for(0.6)
        assert given == [s.Phase.IDLE, s.Phase.IDLE]
    finally:
        k.stop()


def test_the_loops_worker_lanes_run_under_the_kiosks_supervisor(kiosk, monkeypatch):
    """A lane thread that dies is the kiosk's to report and restart, as with the window's lanes: its liveness is
    false while it is down, and the lane takes calls again afterwards (the death is a fault injected into the lane's
    thread: a lane survives whatever its calls raise, so nothing real here ends it)."""
    sup = kiosk.kiosk.supervisor
    sup.backoff_s = 0.3
    lane = kiosk.lanes.misc
    answers: list[object] = []
    lane.submit(lambda: "first", lambda result, error: answers.append(result))
    assert kiosk.run_until(lambda: answers == ["first"], 5)
    assert "lane-misc" in [st.detail.split()[0].removeprefix("thread=") for st in sup.states()]
    real_run = lane._run

    def dies_once(fn, callback):
        monkeypatch.setattr(lane, "_run", real_run)
        raise SystemExit("a defect in the lane's thread")

    monkeypatch.setattr(lane, "_run", dies_once)
    lane.submit(lambda: "lost", lambda result, error: answers.append(result))
    assert kiosk.run_until(lambda: sup.device_state("lanes") is not None, 5)
    assert not kiosk.kiosk.alive() and sup.device_state("lanes").reason == "thread_died"
    assert kiosk.run_until(kiosk.kiosk.alive, 5)
    lane.submit(lambda: "again", lambda result, error: answers.append(result))
    assert kiosk.run_until(lambda: answers == ["first", "again"], 5)
