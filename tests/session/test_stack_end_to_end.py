"""A stack of books lent by the whole kiosk as ``build_kiosk`` makes it, driven headless by its runner: the demo
library system over TCP on 127.0.0.1 answering each request 50 ms late, the simulated 810 pad on a pseudo-terminal
(its poller and the security lane sharing the reader), the pipeline on real worker lanes."""

from __future__ import annotations

import time

import pytest

from hardware.rfid.model import ItemData
from hardware.sim.rfid_sim import RfidSim
from kiosk import config
from kiosk import session as s
from kiosk.runner import SessionRunner
from kiosk.sip2 import demo_data
from kiosk.sip2.demo import DemoLibrary
from kiosk.workers import CallQueue, Lanes
from kiosk_app.build import build_kiosk

ITEMS = [f"C{n:07d}" for n in range(1, 6)]
LENT_AFI, SHELF_AFI = 0xC2, 0x07


@pytest.fixture
def site(tmp_path):
    library = DemoLibrary(extra_items=len(ITEMS), delay_s=0.05)
    library.start()
    pad = RfidSim(link_dir=tmp_path)
    pad.start()
    pad.latency_s = 0.002
    cfg = config.from_dict(
        {
            "kiosk": {"data_dir": str(tmp_path / "data"), "identification": ["barcode"]},
            "sip2": {"host": "127.0.0.1", "port": library.port, "username": demo_data.LOGIN_USER,
                     "password": demo_data.LOGIN_PASSWORD, "institution": demo_data.INSTITUTION_ID,
                     "location": demo_data.LOCATION_CODE, "retries": 0},
            "rfid": {"port": pad.path},
        }
    )  # fmt: skip
    kiosk = build_kiosk(cfg, watch=False)
    loop = CallQueue()
    lanes = Lanes(loop.call_soon)
    runner = SessionRunner(kiosk.session, kiosk.services, lanes)
    kiosk.start_watch(lambda present: None, lambda item, src: loop.call_soon(lambda: runner.item_seen(item, src)))
    yield library, pad, runner, loop
    lanes.stop()
    kiosk.close()
    pad.stop()
    library.close()


def run_until(loop: CallQueue, done, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError("the kiosk did not get there")
        loop.run_pending(0.05)


def test_a_stack_is_lent_and_secured_and_an_item_whose_tag_fails_is_checked_back_in(site):
    library, pad, runner, loop = site
    runner.barcode(demo_data.PATRON_OK)
    run_until(loop, lambda: runner.view.phase is s.Phase.ITEMS)
    with pad.lock:  # the whole stack at once
        uids = {item: pad.add_item(ItemData(item)) for item in ITEMS}
        pad.fail_next_writes(uids[ITEMS[2]], 100)  # this tag will not take its new security state
    run_until(loop, lambda: len(runner.view.items) == len(ITEMS) and runner.view.pending == 0)
    states = {i.item_id: i for i in runner.view.items}
    failed = states.pop(ITEMS[2])
    assert failed.state is s.ItemState.REFUSED and failed.reason
    assert all(i.state is s.ItemState.LENT and i.due is not None for i in states.values())
    # the tags tell the gate the truth, and so do the library's records
    assert {item: pad.tag(uid).afi for item, uid in uids.items()} == {
        item: SHELF_AFI if item == ITEMS[2] else LENT_AFI for item in ITEMS
    }
    assert library.state.loan(ITEMS[2]) is None
    assert all(library.state.loan(item).patron == demo_data.PATRON_OK for item in states)
    assert library.counts["11"] == len(ITEMS) and library.counts["09"] == 1
