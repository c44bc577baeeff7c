"""The application's lender (kiosk.lending) driving the real components: SIP2 to the demo library system, the
offline journal on disk. Online, then the library system goes away (offline lending), then it is back (sync)."""

import datetime as dt

import pytest

from kiosk.circulation import Circulation, JournalService, Sip2LibrarySystem
from kiosk.lending import Lender
from kiosk.lending import OfflinePolicy as LendingPolicy
from kiosk.services import LibraryUnavailable
from kiosk.session import ItemState, Patron
from kiosk.sip2 import demo_data

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
    circ = Circulation(client)
    tags = Tags()
    lender = Lender(Sip2LibrarySystem(circ), tags, JournalService(journal), LendingPolicy(max_items=3))
    yield lender, circ, tags
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


def test_unknown_outcome_goes_to_the_journal_and_lands_once(library, journal, parts):
    lender, circ, _tags = parts
    library.inject("lose_reply", command="11")
    library.inject("drop", command="17")  # and the look-up fails too
    library.inject("drop", command="17")
    r = lender.lend(P, "T0000005")
    assert r.state is ItemState.LENT_OFFLINE  # the patron has the book; the journal will settle it
    report = journal.replay(circ)
    # refused as "already lent to you" (or looked up as lent to this patron): either way done, not refused
    assert report.acknowledged == 1 and report.refused == 0
    assert library.counts["11"] >= 1
    assert library.state.loan("T0000005").renewals == 0
    assert [op for op in library.state.circ_log() if op[0] == "checkout" and op[3]] == [
        ("checkout", demo_data.PATRON_OK, "T0000005", True, False)
    ]


def test_patron_status_and_unavailable(library, parts):
    lender, circ, _ = parts
    lib_sys = lender.library
    assert lib_sys.patron_status(Patron("barcode", demo_data.PATRON_BLOCKED), True).reason == "card_lost"
    assert lib_sys.patron_status(P, False).ok
    library.stop()
    with pytest.raises(LibraryUnavailable):
        lib_sys.patron_status(P, False)
