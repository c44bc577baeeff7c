"""The services end to end without a screen: the SIP2 connector (made through its entry point) talking to the demo
library system over TCP on 127.0.0.1, the RFID pad simulator on a pseudo-terminal read and written by the real
driver. Returns switch the tag's security back on only after the library system took the item back, and say where
it goes; renewals and the account come from the library system's own answers."""

from __future__ import annotations

import datetime as dt
import io
import logging

import pytest

import eventlog
from hardware.rfid.model import ItemData
from kiosk import config
from kiosk.lending import Lender
from kiosk.returning import Returner
from kiosk.session import ItemState, Patron, ReturnState
from kiosk.sip2 import demo_data
from kiosk.sip2.demo import DemoLibrary
from kiosk_app.adapters.devices import RfidService
from kiosk_app.connectors import load_connector
from offline_queue import OfflinePolicy
from tests.waiting import wait_for

P = Patron("barcode", demo_data.PATRON_OK)
HOLDER = Patron("barcode", demo_data.PATRON_WITH_HOLDS)
SHELF, LENT = 0x07, 0xC2


@pytest.fixture
def world(tmp_path):
    from hardware.sim.devices import SimulatedDevices

    lib = DemoLibrary(db_path=tmp_path / "ils.sqlite")
    lib.start()
    (tmp_path / "dev").mkdir()
    with SimulatedDevices(tmp_path / "dev") as sims:
        cfg = config.from_dict(
            {
                "kiosk": {"data_dir": str(tmp_path)},
                "sip2": {"port": lib.port, "username": demo_data.LOGIN_USER, "password": demo_data.LOGIN_PASSWORD,
                         "institution": demo_data.INSTITUTION_ID, "location": demo_data.LOCATION_CODE,
                         "retries": 0, "connect_timeout_s": 2.0, "timeout_s": 3.0, "keepalive_s": 0},
                **sims.config_sections(),
            }
        )  # fmt: skip
        library = load_connector(cfg)
        pad = RfidService.from_config(cfg.rfid)
        seen: list[str] = []
        pad.start(lambda item, source, title: seen.append(item))
        w = World(lib, sims, library, pad, seen)
        try:
            yield w
        finally:
            pad.stop()
            library.close()
            lib.close()


class World:
    def __init__(self, lib, sims, library, pad, seen) -> None:
        self.lib, self.sims, self.library, self.pad, self.seen = lib, sims, library, pad, seen
        self.returner = Returner(library, pad)
        self.lender = Lender(library, pad, None, OfflinePolicy())
        self.uids: dict[str, str] = {}

    def put(self, item: str, afi: int = SHELF) -> str:
        self.uids[item] = self.sims.rfid.add_item(ItemData(item), afi=afi)
        assert wait_for(lambda: item in self.seen, timeout=10.0)
        return self.uids[item]

    def afi(self, item: str) -> int:
        return self.sims.rfid.tag(self.uids[item]).afi

    def lend(self, item: str, patron: Patron = P) -> None:
        self.put(item)
        assert self.lender.lend(patron, item).state is ItemState.LENT
        assert self.afi(item) == LENT


def test_a_return_checks_in_then_secures_the_tag(world):
    world.lend("T0000001")
    r = world.returner.give_back("T0000001")
    assert r.state is ReturnState.RETURNED and r.title.startswith("吾輩は猫である") and r.desk == ""
    assert world.afi("T0000001") == SHELF
    assert world.lib.state.loan("T0000001") is None


def test_a_tag_whose_security_cannot_be_switched_goes_to_the_desk_and_staff_see_it(world):
    world.lend("T0000002")
    world.sims.rfid.fail_next_writes(world.uids["T0000002"], 20)
    buf = io.StringIO()
    eventlog.setup("INFO", stream=buf)
    try:
        r = world.returner.give_back("T0000002")
    finally:
        logging.getLogger().handlers.clear()
    assert r.state is ReturnState.DESK and r.desk == "security" and r.reason
    assert world.afi("T0000002") == LENT  # still "lent" at the gate: it must not look returned
    assert world.lib.state.loan("T0000002") is None  # the library's records are right; the tag is what is wrong
    line = next(ln for ln in buf.getvalue().splitlines() if "return.security_failed" in ln)
    assert '"level": "ERROR"' in line
    assert "T0000002" not in buf.getvalue() and "坊っちゃん" not in buf.getvalue()


def test_a_scanned_book_that_is_not_on_the_pad_is_returned_but_goes_to_the_desk(world):
    world.lend("T0000003")
    world.sims.rfid.remove_tag(world.uids["T0000003"])
    assert wait_for(lambda: not any(i.item_id == "T0000003" for i in world.pad.pad.items()), timeout=10.0)
    r = world.returner.give_back("T0000003", "barcode")
    assert r.state is ReturnState.DESK and (r.desk, r.reason) == ("security", "tag_not_on_pad")


@pytest.mark.parametrize(
    "item, desk, route",
    [
        (demo_data.ITEM_RESERVED_LOAN, "hold", demo_data.HOLD_SHELF),
        (demo_data.ITEM_OTHER_BRANCH, "transfer", demo_data.OTHER_BRANCH),
        (demo_data.ITEM_MAGNETIC, "magnetic", ""),
    ],
)
def test_a_return_the_library_system_wants_at_the_desk_says_where(world, item, desk, route):
    if item == demo_data.ITEM_RESERVED_LOAN:
        world.put(item, afi=LENT)  # lent to the holds patron when the demo starts, reserved by another
    else:
        world.lend(item)
    r = world.returner.give_back(item)
    assert r.state is ReturnState.DESK and (r.desk, r.route) == (desk, route)
    assert world.afi(item) == SHELF and world.lib.state.loan(item) is None


def test_no_offline_returns_and_refusals_leave_the_tag_alone(world):
    world.put("T0000004")
    r = world.returner.give_back("T0000004")  # not on loan
    assert r.state is ReturnState.REFUSED and r.reason == "not_checked_out" and r.message
    world.lend("T0000005")
    world.lib.stop()
    r = world.returner.give_back("T0000005")
    assert r.state is ReturnState.REFUSED and r.reason == "library_unavailable"
    assert world.afi("T0000005") == LENT
    world.lib.start()
    assert world.lib.state.loan("T0000005").patron == P.number  # nothing was journalled or done


def test_a_lost_checkin_reply_is_looked_up_not_sent_again(world):
    world.lend("T0000006")
    world.lib.inject("lose_reply", command="09")
    r = world.returner.give_back("T0000006")
    assert r.state is ReturnState.RETURNED and world.afi("T0000006") == SHELF
    assert [op for op in world.lib.state.circ_log() if op[0] == "checkin" and op[2] == "T0000006"] == [
        ("checkin", P.number, "T0000006", True, False)
    ]


def test_the_account_and_renewals_come_from_the_library_system(world):
    account = world.library.account(HOLDER)
    loans = {ln.item_id: ln for ln in account.loans}
    assert set(loans) == set(demo_data.SERVICE_LOANS) and account.complete
    assert [i for i, ln in loans.items() if ln.overdue] == [demo_data.ITEM_OVERDUE]
    assert loans["T2000003"].title.startswith("枕草子")
    kept = dt.date.today() + dt.timedelta(days=demo_data.HOLD_KEPT_DAYS)
    assert [(h.item_id, h.pickup, h.kept_until) for h in account.holds] == [
        ("T0000018", demo_data.HOLD_SHELF, kept),
        ("T0000019", demo_data.OTHER_BRANCH, kept),
    ]
    refused = world.library.renew(HOLDER, demo_data.ITEM_RESERVED_LOAN)
    assert not refused.ok and refused.reason == "renewal_refused" and "予約" in refused.message
    renewed = world.library.renew(HOLDER, "T2000003")
    assert renewed.ok and renewed.due == dt.date.today() + dt.timedelta(days=demo_data.LOAN_PERIOD_DAYS)
    assert world.lib.state.loan("T2000003").due.date() == renewed.due
    # renewed twice already: the third is refused with the library system's words
    world.library.renew(HOLDER, "T2000003")
    third = world.library.renew(HOLDER, "T2000003")
    assert not third.ok and "上限" in third.message
