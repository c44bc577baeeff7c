"""The application's lender (kiosk.lending) driving the real components through the kiosk's own adapters
(kiosk_app.adapters): SIP2 to the demo library system, the offline journal on disk. Online, then the library system
goes away (offline lending), then it is back (sync)."""

import datetime as dt

import pytest

from hardware.barcode.classify import Classifier, ClassifierConfig
from kiosk.lending import Lender
from kiosk.link import LinkPolicy
from kiosk.link_runner import LinkRunner
from kiosk.services import DeviceHealth, LibraryUnavailable
from kiosk.session import ItemState, Patron
from kiosk.sip2 import demo_data
from kiosk.workers import CallQueue, Lanes
from kiosk_app.adapters.journal import JournalAdapter
from kiosk_app.adapters.library import Sip2Library
from offline_queue import Journal, OfflinePolicy
from tests.waiting import settle

from .conftest import assert_no_secrets, make_client

P = Patron("mynumber", demo_data.PATRON_OK, "main")


class Tags:
    def __init__(self) -> None:
        self.afi: dict[str, bool] = {}
        self.broken: set[str] = set()

    def set_lent(self, item_id, lent):
        if item_id not in self.broken:
            self.afi[item_id] = lent
        return self.afi.get(item_id, False)


@pytest.fixture
def parts(library, journal):
    client = make_client(library, retries=0)
    client.connect()
    policy = OfflinePolicy(
        lending=True,
        items_per_patron=3,
        identification=("mynumber", "barcode"),
        barcode_patron=Classifier(ClassifierConfig(patron_patterns=(r"1\d{7}",))).is_patron_number,
    )
    sip2 = Sip2Library(client)
    tags = Tags()
    lender = Lender(sip2, tags, JournalAdapter(journal, policy, sip2), policy)
    yield lender, sip2.circ, tags
    client.close()


def test_online_offline_then_sync(library, journal, parts, captured_logs):
    lender, circ, tags = parts
    ok = lender.lend(P, "T0000001")
    assert ok.state is ItemState.LENT and ok.title.startswith("吾輩") and ok.due is not None
    refused = lender.lend(P, "T0000013")
    assert refused.state is ItemState.REFUSED and refused.reason == "item_on_hold" and refused.message
    # the security switch fails: the checkout is undone at the library system
    tags.broken.add("T0000002")
    undone = lender.lend(P, "T0000002")
    assert undone.state is ItemState.REFUSED and library.state.loan("T0000002") is None

    library.stop()  # the network is gone
    off = lender.lend(P, "T0000003")
    assert off.state is ItemState.LENT_OFFLINE and off.due == dt.date.today() + dt.timedelta(days=14)
    tags.broken.add("T0000004")
    assert lender.lend(P, "T0000004").state is ItemState.REFUSED  # journalled, then taken back
    assert [r["i"] for r in journal.pending()] == ["T0000003"]

    library.start()
    report = journal.replay(circ)
    assert report.acknowledged == 1 and report.remaining == 0
    loan = library.state.loan("T0000003")
    assert loan.patron == demo_data.PATRON_OK and loan.due.date() == off.due
    assert_no_secrets(captured_logs)


def test_an_unknown_checkout_outcome_is_a_refusal_and_nothing_is_journalled(library, journal, parts):
    """The checkout's reply is lost and its look-up fails too: whether the library system lent the item is unknown.
    The kiosk refuses it (the patron takes it to the counter), leaves its security on, and journals nothing: an
    offline loan here could lend the item twice."""
    lender, circ, tags = parts
    library.inject("lose_reply", command="11")
    # and the look-up fails too: neither the item's status (17) nor the patron's charged list (63) comes
    library.inject("drop", command="17", count=2)
    library.inject("drop", command="63", count=2)
    r = lender.lend(P, "T0000005")
    assert r.state is ItemState.REFUSED and r.reason == "outcome_unknown"
    assert "T0000005" not in tags.afi  # security never switched: the gate still guards the item
    assert journal.pending() == [] and journal.replay(circ).acknowledged == 0
    # the library system did lend it (the reply was lost, not the request): staff settle it at the counter
    assert library.state.loan("T0000005").patron == demo_data.PATRON_OK
    assert [op for op in library.state.circ_log() if op[0] == "checkout" and op[3]] == [
        ("checkout", demo_data.PATRON_OK, "T0000005", True, False)
    ]


def test_patron_status_and_unavailable(library, parts):
    lender, circ, _ = parts
    lib_sys = lender.library
    assert lib_sys.patron_status(Patron("barcode", demo_data.PATRON_OK)).ok
    assert lib_sys.patron_status(Patron("barcode", demo_data.PATRON_BLOCKED)).reason == "card_lost"
    assert lib_sys.patron_status(P).ok
    # an unreachable library system is unavailable, whoever asks: who may go on offline is the session's rule
    library.stop()
    with pytest.raises(LibraryUnavailable):
        lib_sys.patron_status(P)


def test_a_locked_journal_is_not_shown_as_the_library_offline(library, tmp_path, captured_logs):
    """The journal's key file is missing while rows wait ("locked"): the library system is reachable, so the link
    monitor says online; the journal's problem is the queue's (the offline-queue row, the waiting count), and no
    replay starts by itself every probe interval."""
    path, key = tmp_path / "offline.sqlite", tmp_path / "offline.key"
    j = Journal(path, key)
    j.enqueue(demo_data.PATRON_OK, "T0000001")
    j.enqueue(demo_data.PATRON_OK, "T0000002")
    j.close()
    key.unlink()
    journal = Journal(path, key)
    client = make_client(library, retries=0)
    loop = CallQueue()
    lanes = Lanes(loop.call_soon)
    adapter = JournalAdapter(journal, OfflinePolicy(lending=True), Sip2Library(client))
    now = [0.0]
    runner = LinkRunner(adapter, lanes, LinkPolicy(30.0, 300.0, True, 50), clock=lambda: now[0])

    try:
        runner.start()
        settle(lanes, loop)
        for _ in range(4):  # two minutes of probes
            now[0] += 30.0
            runner.tick()
            runner.refresh()
            settle(lanes, loop)
        st = runner.state
        assert (st.online, st.reason, st.waiting, st.queue_problem) == (True, "", 2, "key_missing")
        assert library.counts.get("11", 0) == 0  # nothing sent
        assert not any('"link.sync_started"' in line for line in captured_logs)  # no replay tried by itself
        health = adapter.health()
        assert (health.health, health.reason) == (DeviceHealth.ERROR, "key_missing")
        runner.sync_now()  # staff ask: the sync says why it sent nothing, the link stays online
        settle(lanes, loop)
        st = runner.state
        assert (st.online, st.reason, st.last_sync.reason, st.last_sync.left) == (True, "", "key_missing", 2)
    finally:
        runner.stop()
        lanes.stop()
        client.close()
        journal.close()
