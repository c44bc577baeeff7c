"""A stack lent in a pipeline (kiosk.lending_pipeline): the real Lender's steps on real worker lanes, answers
delivered through a CallQueue the test drains, and an in-process library system and pad that record what reached
them, from which thread, and what was in flight at the time.

The rules under test: SIP2 one request at a time in order (the undo of a failed switch included), security switched
only after the library said yes, the switch of one item while the next checkout runs, a failed switch undone, each
item finished exactly once, offline rules as when lent one by one."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from kiosk.lending import Lender
from kiosk.lending_pipeline import LendingPipeline
from kiosk.session import ItemFinished, ItemState, Patron
from kiosk.workers import CallQueue, Lanes
from offline_queue import OfflinePolicy
from tests.waiting import settle

from .test_lending import CARDS, OFFLINE, SqliteJournal
from .test_lending import Library as PlainLibrary
from .test_lending import Tags as PlainTags

P = Patron("barcode", "P777", "main")


def rendezvous(barrier: threading.Barrier) -> bool:
    """True when the other party arrived too (both were under way at the same time)."""
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        return False
    return True


class Library(PlainLibrary):
    """Records every call in order and fails the test's expectations if two ever overlap (one SIP2 conversation)."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, str]] = []
        self.threads: set[str] = set()
        self.in_flight = 0
        self.overlapped = False
        #: item → a rendezvous its checkout keeps (at most 5 s) before it answers
        self.meet: dict[str, threading.Barrier] = {}
        self.met: list[bool] = []

    def _enter(self, op: str, item_id: str) -> None:
        self.in_flight += 1
        self.overlapped |= self.in_flight > 1
        self.calls.append((op, item_id))
        self.threads.add(threading.current_thread().name)

    def checkout(self, patron, item_id):
        self._enter("checkout", item_id)
        try:
            if item_id in self.meet:
                self.met.append(rendezvous(self.meet[item_id]))
            return super().checkout(patron, item_id)
        finally:
            self.in_flight -= 1

    def checkin(self, item_id):
        self._enter("checkin", item_id)
        try:
            return super().checkin(item_id)
        finally:
            self.in_flight -= 1


class Tags(PlainTags):
    """Records each switch, with whether the library system had said yes to that item by then."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.switched: list[tuple[str, bool]] = []
        #: item → a rendezvous its switch keeps (at most 5 s) before it writes
        self.meet: dict[str, threading.Barrier] = {}
        self.met: list[bool] = []
        self.threads: set[str] = set()
        self.raises: set[str] = set()

    def set_lent(self, item_id, lent):
        self.threads.add(threading.current_thread().name)
        self.switched.append((item_id, item_id in self.library.loans))
        if item_id in self.meet:
            self.met.append(rendezvous(self.meet[item_id]))
        if item_id in self.raises:
            raise RuntimeError("a driver defect")
        return super().set_lent(item_id, lent)


class Journal(SqliteJournal):
    """The same SQLite journal, written from the library lane's thread (as the real one is)."""

    def __init__(self, path) -> None:
        super().__init__(path)
        self.db.close()
        self.db = sqlite3.connect(path, check_same_thread=False)


class Stack:
    def __init__(self, offline: OfflinePolicy = OFFLINE, journal: SqliteJournal | None = None) -> None:
        self.loop = CallQueue()
        self.lanes = Lanes(self.loop.call_soon)
        self.library = Library()
        self.tags = Tags(self.library)
        self.lender = Lender(self.library, self.tags, journal, offline)
        self.pipeline = LendingPipeline(self.lanes.library, self.lanes.security)
        self.finished: list[ItemFinished] = []
        self.errors: list[BaseException] = []

    def lend(self, *items: str) -> None:
        for item_id in items:
            self.pipeline.lend(self.lender, P, item_id, self._done)

    def _done(self, result, error) -> None:
        if error is not None:
            self.errors.append(error)
        else:
            self.finished.append(result)

    def settle(self, timeout_s: float = 15.0) -> None:
        settle(self.lanes, self.loop, timeout_s)

    def state(self, item_id: str) -> ItemFinished:
        (line,) = [f for f in self.finished if f.item_id == item_id]
        return line


@pytest.fixture
def k():
    st = Stack()
    yield st
    st.lanes.stop()


def test_each_tag_is_switched_while_the_next_checkout_is_with_the_library(k):
    items = [f"B{i}" for i in range(5)]
    for before, after in zip(items, items[1:], strict=False):
        # the checkout of each item and the switch of the item before meet: both are under way at once (lent one
        # by one, each would wait for the other in vain)
        k.library.meet[after] = k.tags.meet[before] = threading.Barrier(2, timeout=5)
    k.lend(*items)
    k.settle(30)
    assert k.library.met == [True] * 4 and k.tags.met == [True] * 4
    assert k.library.calls == [("checkout", i) for i in items] and not k.library.overlapped
    assert k.library.threads == {"lane-library"} and k.tags.threads == {"lane-security"}
    assert [f.item_id for f in k.finished] == items and all(f.state is ItemState.LENT for f in k.finished)
    assert k.tags.afi == dict.fromkeys(items, True)


def test_security_is_switched_only_after_the_library_said_yes(k):
    k.library.refuse["B2"] = "hold_for_other"
    k.lend("B1", "B2", "B3")
    k.settle()
    assert k.tags.switched == [("B1", True), ("B3", True)]  # each with the library's yes already given
    assert k.state("B2").state is ItemState.REFUSED and k.state("B2").reason == "hold_for_other"
    assert k.state("B2").message == "予約があります"


@pytest.mark.parametrize("failure", ["stuck", "absent", "raises"])
def test_a_failed_switch_is_checked_back_in_on_the_library_lane_after_the_checkouts_before_it(k, failure):
    getattr(k.tags, failure).add("B1")
    k.lend("B1", "B2", "B3")
    k.settle()
    assert k.library.calls == [("checkout", "B1"), ("checkout", "B2"), ("checkout", "B3"), ("checkin", "B1")]
    assert not k.library.overlapped and k.library.threads == {"lane-library"}
    b1 = k.state("B1")
    assert b1.state is ItemState.REFUSED and b1.reason in ("security_failed", "tag_not_on_pad")
    assert "B1" not in k.library.loans  # never lent upstream for an item that would set off the gate
    assert k.state("B2").state is k.state("B3").state is ItemState.LENT


def test_each_item_is_finished_exactly_once(k):
    k.library.refuse["B2"] = "not_circulating"
    k.tags.stuck.add("B3")
    k.library.cancel_fails = True  # B3 stays lent upstream: reported, never left pending
    k.lend("B1", "B2", "B3", "B4")
    k.settle()
    assert sorted(f.item_id for f in k.finished) == ["B1", "B2", "B3", "B4"] and not k.errors
    assert k.state("B3").state is ItemState.REFUSED and k.state("B3").reason == "security_failed"


def test_a_checkout_that_raises_is_finished_with_its_error_and_nothing_is_switched(k):
    def broken(patron, item_id):
        raise RuntimeError("a defect")

    k.library.checkout = broken
    k.lend("B1")
    k.settle()
    assert len(k.errors) == 1 and not k.finished and k.tags.switched == []


def test_offline_the_rules_of_one_by_one_lending_hold(tmp_path):
    journal = Journal(tmp_path / "j.sqlite")
    st = Stack(
        OfflinePolicy(lending=True, identification=("barcode",), items_per_patron=2, barcode_patron=CARDS), journal
    )
    try:
        st.library.down = True
        st.lend("B1", "B2", "B3")
        st.settle()
    finally:
        st.lanes.stop()
    assert [f.state for f in st.finished] == [ItemState.LENT_OFFLINE, ItemState.LENT_OFFLINE, ItemState.REFUSED]
    assert st.finished[2].reason == "offline_limit" and journal.pending() == 2 and not st.errors
    assert [i for i, _ in st.tags.switched] == ["B1", "B2"]  # secured before the journal, on the library lane
    assert st.tags.threads == {"lane-library"}
