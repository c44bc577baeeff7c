"""The adapters to the real library system (demo SIP2 server on 127.0.0.1) and the encrypted offline journal."""

from __future__ import annotations

import datetime as dt
import json
import threading

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
from kiosk_app.build import offline_policy
from offline_queue import OfflinePolicy
from tests.waiting import wait_for

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
            "barcode": {"patron_patterns": [r"1\d{7}"]},  # the demo library's cards
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
    assert library.patron_status(P).ok
    blocked = library.patron_status(Patron("barcode", demo_data.PATRON_BLOCKED))
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


def test_unreachable_library_is_unavailable(tmp_path, lib):
    """Nothing was sent: every call says so with the one error the offline rules hang on (the session decides who
    goes on offline, not the connector)."""
    port = lib.port
    lib.stop()
    adapter = Sip2Library.from_config(cfg_for(tmp_path, port))
    try:
        for call in (lambda: adapter.checkout(P, "T0000004"), lambda: adapter.patron_status(P),
                     lambda: adapter.checkin("T0000004"), lambda: adapter.account(P)):  # fmt: skip
            with pytest.raises(LibraryUnavailable):
                call()
        assert adapter.online is False
        assert adapter.status().online is False
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
    lender = Lender(adapter, tags, journal, offline_policy(cfg))
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


def test_patron_status_brings_the_holds_only_when_asked(library, lib):
    checked = library.patron_status(Patron("barcode", demo_data.PATRON_WITH_HOLDS), holds=True)
    assert checked.ok and checked.holds_ready == 2  # T0000018 and T0000019 wait on the hold shelf
    assert set(checked.holds_pickup) == {demo_data.HOLD_SHELF, demo_data.HOLD_PICKUP["T0000019"]}
    assert library.patron_status(P, holds=True).holds_ready == 0
    assert lib.counts.get("63") == 3 and lib.counts.get("17") == 2  # the count, then the list and its locations
    blocked = library.patron_status(Patron("barcode", demo_data.PATRON_BLOCKED), holds=True)
    assert not blocked.ok and blocked.reason == "card_lost" and blocked.holds_ready is None
    lib.inject("resend", command="63", count=10)  # a library system that will not answer 63
    checked = library.patron_status(Patron("barcode", demo_data.PATRON_WITH_HOLDS), holds=True)
    assert checked.ok and checked.holds_ready is None and lib.counts.get("23") == 1  # lends, no holds line
    lib.clear_faults()
    assert library.patron_status(Patron("barcode", demo_data.PATRON_WITH_HOLDS)).holds_ready is None
    assert lib.counts.get("23") == 2  # not asked: the patron status alone


def test_the_holds_count_is_asked_again_fresh_after_a_pickup(library, lib):
    holder = Patron("barcode", demo_data.PATRON_WITH_HOLDS)
    assert library.patron_status(holder, holds=True).holds_ready == 2
    assert library.checkout(holder, "T0000018").ok  # one of the two picked up at the kiosk
    assert library.holds_ready(holder) == 1
    lib.inject("resend", command="63", count=10)  # a library system that will not answer 63: no count, no error
    assert library.holds_ready(holder) is None


def test_the_session_asks_for_holds_for_the_notice_or_the_receipt(tmp_path, lib):
    import dataclasses

    from kiosk_app.build import session_config

    cfg = cfg_for(tmp_path, lib.port)
    caps = Sip2Library.capabilities
    assert session_config(cfg, caps).ask_holds  # the holds notice is on by default
    quiet = dataclasses.replace(cfg, services=dataclasses.replace(cfg.services, holds_notice=False))
    assert not session_config(quiet, caps).ask_holds  # no notice, no printer
    printing = dataclasses.replace(quiet, printer=dataclasses.replace(cfg.printer, port="/dev/null"))
    assert session_config(printing, caps).ask_holds  # the receipt prints the count
    no_line = dataclasses.replace(printing, receipt=dataclasses.replace(cfg.receipt, show_holds_ready=False))
    assert not session_config(no_line, caps).ask_holds
    assert not session_config(cfg, frozenset()).ask_holds  # a connector without holds is not asked


def test_a_link_the_library_closed_while_idle_is_not_a_lost_reply(library, lib):
    """The kiosk stays connected between patrons; when the library system closes that link (restart, outage),
    the next checkout reconnects (or finds the library away) instead of counting as "maybe executed"."""
    assert library.patron_status(P).ok  # connected
    lib.drop_connections()
    r = library.checkout(P, "T0000002")
    assert r.ok and [x.item for x in lib.state.loans(P.number)] == ["T0000002"]
    assert lib.counts.get("17", 0) == 0  # nothing had to be looked up
    lib.stop()
    with pytest.raises(LibraryUnavailable):
        library.checkout(P, "T0000003")  # the offline rules apply, not "take it to the counter"
    with pytest.raises(LibraryUnavailable):
        library.patron_status(P)
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


def test_offline_a_library_card_the_pattern_does_not_know_is_refused_at_the_patron_check(tmp_path, lib):
    """Offline, "ABC" (or any code the scanner gave) went on to the items screen and lent; now the patron check
    refuses it with the reason, and a card of the library's pattern goes on as before. The connector only says the
    library system is away; the kiosk's offline rules (built from [offline] and [barcode]) decide."""
    from kiosk.services import LibraryUnavailable
    from kiosk_app.build import build_kiosk

    kiosk = build_kiosk(cfg_for(tmp_path, lib.port), watch=False)
    try:
        lib.stop()
        with pytest.raises(LibraryUnavailable):
            kiosk.services.library.patron_status(Patron("barcode", "ABC"))
        assert kiosk.services.lender.offline_patron_refusal(Patron("barcode", "ABC")) == "offline_barcode_unverified"
        assert kiosk.services.lender.offline_patron_refusal(P) == ""
    finally:
        kiosk.close()


def test_the_sip2_keepalive_runs_under_the_kiosks_supervisor(tmp_path, lib, monkeypatch, captured_logs):
    """A keep-alive that dies is reported as the library system's state (ERROR ``thread_died``), fails the kiosk's
    liveness while it is down, and is started again: the link is kept open again afterwards (demo library over
    TCP; the death is a fault injected into the keep-alive thread, which nothing real here produces)."""
    from kiosk.services import DeviceHealth
    from kiosk_app.build import build_kiosk

    kiosk = build_kiosk(config.replace(cfg_for(tmp_path, lib.port), "sip2", keepalive_s=5.0), watch=False)
    client = kiosk.services.library.client
    client.keepalive = 0.4  # the configuration's floor is 5 s; the test does not wait that long
    kiosk.supervisor.backoff_s = 0.3
    library_health = next(h for h in kiosk.services.health if h().name == "library_system")
    real_status, died = client._sc_status, threading.Event()

    def dies_once():
        if threading.current_thread().name == "sip2-keepalive" and not died.is_set():
            died.set()
            raise RuntimeError("a defect in the keep-alive")
        return real_status()

    try:
        assert [(st.name, st.health) for st in kiosk.health() if "sip2-keepalive" in st.detail] == [
            ("library_system", DeviceHealth.OK)]  # fmt: skip
        assert kiosk.services.library.status().online
        before = lib.counts["99"]
        assert wait_for(lambda: lib.counts["99"] >= before + 2, timeout=10)  # it keeps the link open
        monkeypatch.setattr(client, "_sc_status", dies_once)
        assert wait_for(lambda: kiosk.supervisor.device_state("library_system") is not None, timeout=10)
        assert not kiosk.alive()
        st = library_health()
        assert (st.health, st.reason) == (DeviceHealth.ERROR, "thread_died")
        assert wait_for(kiosk.alive, timeout=10)
        before = lib.counts["99"]
        assert wait_for(lambda: lib.counts["99"] >= before + 2, timeout=10)  # started again, keeping the link open
        assert library_health().health is DeviceHealth.OK and client.connects == 1
    finally:
        kiosk.close()
    died_events = [json.loads(x) for x in captured_logs if '"supervisor.thread_died"' in x]
    assert [(e["thread"], e["device"], e["error"]) for e in died_events] == [
        ("sip2-keepalive", "library_system", "RuntimeError")]  # fmt: skip
    assert kiosk.supervisor.states() == []  # stopped with the kiosk
