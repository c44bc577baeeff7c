"""The adapters to the real library system (demo SIP2 server on 127.0.0.1) and the encrypted offline journal."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk import config
from kiosk.lending import Lender
from kiosk.services import JournalError, LibraryUnavailable
from kiosk.session import ItemState, Patron
from kiosk.sip2 import demo_data
from kiosk.sip2.demo import DemoLibrary
from kiosk_app.adapters.devices import NoSecurityTags
from kiosk_app.adapters.journal import JournalAdapter
from kiosk_app.adapters.library import Sip2Library
from offline_queue import OfflinePolicy

P = Patron("barcode", demo_data.PATRON_OK)


class Tags:
    def __init__(self) -> None:
        self.state: dict[str, bool] = {}

    def set_lent(self, item_id, lent):
        self.state[item_id] = lent
        return lent


@pytest.fixture
def lib(tmp_path):
    server = DemoLibrary(db_path=tmp_path / "ils.sqlite")
    server.start()
    yield server
    server.close()


def cfg_for(tmp_path, port: int, **offline) -> config.Config:
    return config.from_dict(
        {
            "kiosk": {"data_dir": str(tmp_path)},
            "sip2": {"port": port, "username": demo_data.LOGIN_USER, "password": demo_data.LOGIN_PASSWORD,
                     "institution": demo_data.INSTITUTION_ID, "location": demo_data.LOCATION_CODE, "retries": 0,
                     "connect_timeout_s": 2.0, "timeout_s": 3.0},
            "offline": {"lending": True, "identification": ["barcode"], "items_per_patron": 3, **offline},
        }
    )  # fmt: skip


@pytest.fixture
def library(lib, tmp_path):
    adapter = Sip2Library.from_config(cfg_for(tmp_path, lib.port))
    yield adapter
    adapter.close()


def test_checkout_refusals_and_end_session(library, lib):
    ok = library.checkout(P, "T0000001")
    assert ok.ok and ok.due == dt.date.today() + dt.timedelta(days=demo_data.LOAN_PERIOD_DAYS)
    assert ok.title.startswith("吾輩は猫である")
    hold = library.checkout(P, demo_data.ITEM_ON_HOLD_FOR_OTHER)
    assert not hold.ok and hold.reason == "item_on_hold"
    assert library.patron_status(P, True).ok
    blocked = library.patron_status(Patron("barcode", demo_data.PATRON_BLOCKED), True)
    assert not blocked.ok and blocked.reason == "card_lost" and blocked.message
    library.end_patron_session(P)
    assert lib.counts.get("35") == 1


def test_lost_reply_is_looked_up_not_lent_twice(library, lib):
    lib.inject("lose_reply", command="11")
    r = library.checkout(P, "T0000002")
    assert r.ok  # committed upstream; circulation found it by a look-up
    assert [x.item for x in lib.state.loans(P.number)] == ["T0000002"]


def test_security_failure_checks_the_item_back_in(library, lib):
    r = Lender(library, NoSecurityTags(), None, OfflinePolicy()).lend(P, "T0000003")
    assert r.state is ItemState.REFUSED and r.reason == "rfid_not_configured"
    assert lib.state.loan("T0000003") is None


def test_unreachable_library_is_unavailable_and_offline_patrons_go_on(tmp_path, lib):
    port = lib.port
    lib.stop()
    adapter = Sip2Library.from_config(cfg_for(tmp_path, port))
    try:
        with pytest.raises(LibraryUnavailable):
            adapter.checkout(P, "T0000004")
        assert adapter.patron_status(P, True).reason == "offline"  # barcode may lend offline here
        with pytest.raises(LibraryUnavailable):
            adapter.patron_status(Patron("mynumber", "10000001"), False)  # mynumber may not (this config)
        assert adapter.online is False
    finally:
        adapter.close()


def test_offline_loans_are_journalled_encrypted_and_replayed(tmp_path, lib):
    from offline_queue import Journal

    port = lib.port
    cfg = cfg_for(tmp_path, port)
    adapter = Sip2Library.from_config(cfg)
    journal = JournalAdapter(
        Journal(tmp_path / "offline.sqlite", tmp_path / "offline.key"), OfflinePolicy.from_config(cfg.offline), adapter
    )
    tags = Tags()
    lender = Lender(
        adapter,
        tags,
        journal,
        OfflinePolicy(lending=True, items_per_patron=3, loan_period_days=14, identification=("barcode",)),
    )
    try:
        lib.stop()
        results = [lender.lend(P, item) for item in ("T0000005", "T0000006")]
        assert [r.state for r in results] == [ItemState.LENT_OFFLINE] * 2
        assert journal.pending() == 2 and journal.status().online is False
        raw = (tmp_path / "offline.sqlite").read_bytes()
        assert b"T0000005" not in raw and demo_data.PATRON_OK.encode() not in raw  # sealed at rest
        # the same item cannot wait twice
        with pytest.raises(JournalError) as e:
            journal.append(P, "T0000005", dt.date.today())
        assert e.value.reason == "already_queued"
        lib.start()
        report = journal.sync()
        assert (report.sent, report.refused, report.left) == (2, 0, 0)
        assert {x.item for x in lib.state.loans(P.number)} == {"T0000005", "T0000006"}
        assert journal.status().online is True
    finally:
        adapter.close()
        journal.journal.close()


def test_offline_policy_of_the_journal_is_enforced(tmp_path, lib):
    from offline_queue import Journal

    cfg = cfg_for(tmp_path, lib.port, items_per_patron=1)
    journal = JournalAdapter(
        Journal(tmp_path / "o.sqlite", tmp_path / "o.key"), OfflinePolicy.from_config(cfg.offline), None
    )
    try:
        journal.append(P, "T0000007", dt.date.today())
        with pytest.raises(JournalError) as e:
            journal.append(P, "T0000008", dt.date.today())
        assert e.value.reason == "offline_limit"
        with pytest.raises(JournalError) as e:
            journal.append(Patron("mynumber", "10000005"), "T0000009", dt.date.today())
        assert e.value.reason == "offline_method"
        assert journal.sync().reason == "no_library_system"
    finally:
        journal.journal.close()


def test_library_that_says_it_is_offline(tmp_path, lib):
    lib.online = False  # the ACS answers 98 with online = N
    adapter = Sip2Library.from_config(cfg_for(tmp_path, lib.port))
    try:
        with pytest.raises(LibraryUnavailable):
            adapter.checkout(P, "T0000010")
        assert lib.state.loan("T0000010") is None
        assert adapter.health().reason
    finally:
        adapter.close()


def test_garbled_reply_is_asked_again_not_lent_twice(library, lib):
    lib.inject("garble", command="11")
    r = library.checkout(P, "T0000011")
    assert r.ok
    assert [x.item for x in lib.state.loans(P.number)] == ["T0000011"]


def test_patron_status_brings_the_holds_count_unless_the_library_turned_it_off(tmp_path, lib):
    import dataclasses

    cfg = cfg_for(tmp_path, lib.port)
    with_printer = dataclasses.replace(cfg, printer=dataclasses.replace(cfg.printer, port=""))  # the screen shows it
    adapter = Sip2Library.from_config(with_printer)
    try:
        assert adapter.holds
        checked = adapter.patron_status(Patron("barcode", demo_data.PATRON_WITH_HOLDS), True)
        assert checked.ok and checked.holds_ready == 2  # T0000018 and T0000019 wait on the hold shelf
        holder = Patron("barcode", demo_data.PATRON_WITH_HOLDS)
        assert adapter.checkout(holder, "T0000018").ok  # one picked up at the kiosk
        assert adapter.holds_ready(holder) == 1  # asked again: fresh
        lib.counts.pop("63")
        lib.counts.pop("11")
        assert adapter.patron_status(P, True).holds_ready == 0
        blocked = adapter.patron_status(Patron("barcode", demo_data.PATRON_BLOCKED), True)
        assert not blocked.ok and blocked.reason == "card_lost" and blocked.holds_ready is None
        assert lib.counts.get("63") == 2 and "23" not in lib.counts  # one request each, no item lists
        lib.inject("resend", command="63", count=10)  # a library system that will not answer 63
        checked = adapter.patron_status(Patron("barcode", demo_data.PATRON_WITH_HOLDS), True)
        assert checked.ok and checked.holds_ready is None and lib.counts.get("23") == 1  # lends, no holds line
        lib.clear_faults()
    finally:
        adapter.close()
    off = dataclasses.replace(with_printer, receipt=dataclasses.replace(cfg.receipt, show_holds_ready=False))
    adapter = Sip2Library.from_config(off)
    try:
        assert adapter.patron_status(Patron("barcode", demo_data.PATRON_WITH_HOLDS), True).holds_ready is None
        assert lib.counts.get("23") == 2
    finally:
        adapter.close()


def test_a_link_the_library_closed_while_idle_is_not_a_lost_reply(library, lib):
    """The kiosk stays connected between patrons; when the library system closes that link (restart, outage),
    the next checkout reconnects (or finds the library away) instead of counting as "maybe executed"."""
    assert library.patron_status(P, True).ok  # connected
    lib.drop_connections()
    r = library.checkout(P, "T0000002")
    assert r.ok and [x.item for x in lib.state.loans(P.number)] == ["T0000002"]
    assert lib.counts.get("17", 0) == 0  # nothing had to be looked up
    lib.stop()
    with pytest.raises(LibraryUnavailable):
        library.checkout(P, "T0000003")  # the offline rules apply, not "take it to the counter"
    assert library.patron_status(P, True).reason == "offline"  # barcode patrons may lend offline here
    assert library.online is False


def test_my_number_not_set_up_shows_in_maintenance_with_its_reason(tmp_path, lib):
    from kiosk.services import DeviceHealth
    from kiosk_app.build import build_kiosk

    cfg = config.from_dict({"kiosk": {"data_dir": str(tmp_path), "identification": ["mynumber", "barcode"]},
                            "sip2": {"port": lib.port}})  # fmt: skip  # no [identity].trust_anchors
    services = build_kiosk(cfg, watch=False).services
    try:
        assert services.card is None
        states = {st.name: st for st in (probe() for probe in services.health)}
        assert states["card_reader"].health is DeviceHealth.ERROR and states["card_reader"].reason == "anchor_missing"
        assert states["validation_link"].reason == "anchor_missing"
    finally:
        for close in services.close:
            close()
