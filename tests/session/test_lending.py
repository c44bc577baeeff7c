"""Per-item lending: library system first, security second, offline journal within limits."""

from __future__ import annotations

import datetime as dt
import io
import logging
import sqlite3

import pytest

import eventlog
from hardware.barcode.classify import Classifier, ClassifierConfig
from kiosk.lending import Lender
from kiosk.services import CheckinReply, CheckoutReply, JournalError, LibraryUnavailable, ServiceError, TagError
from kiosk.session import ItemState, Patron
from offline_queue import OfflinePolicy

P = Patron("barcode", "P777", "main")
DUE = dt.date(2026, 12, 1)
#: the library's cards are "P" and three digits (the scanner's patron pattern)
CARDS = Classifier(ClassifierConfig(patron_patterns=(r"P\d{3}",))).is_patron_number
#: the library lends offline to both kinds of patron, five items each, for 14 days
OFFLINE = OfflinePolicy(lending=True, identification=("mynumber", "barcode"), barcode_patron=CARDS)


class Library:
    """An in-process library system with the behaviour the lender must cope with."""

    def __init__(self) -> None:
        self.loans: dict[str, str] = {}
        self.refuse: dict[str, str] = {}
        self.down = False
        self.cancel_fails = False

    def checkout(self, patron, item_id):
        if self.down:
            raise LibraryUnavailable("unreachable")
        if item_id in self.refuse:
            return CheckoutReply(False, title="T", reason=self.refuse[item_id], message="予約があります")
        self.loans[item_id] = patron.number
        return CheckoutReply(True, DUE, "T")

    def checkin(self, item_id):
        if self.cancel_fails:
            raise ServiceError("unreachable")
        return CheckinReply(self.loans.pop(item_id, None) is not None, reason="not_checked_out")


class Tags:
    def __init__(self) -> None:
        self.afi: dict[str, bool] = {}
        self.stuck: set[str] = set()
        self.absent: set[str] = set()

    def set_lent(self, item_id, lent):
        if item_id in self.absent:
            raise TagError("tag_not_on_pad")
        if item_id not in self.stuck:
            self.afi[item_id] = lent
        return self.afi.get(item_id, False)


class SqliteJournal:
    """A durable journal on a real SQLite file (the real one lives in offline_queue/)."""

    def __init__(self, path, full: bool = False) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("create table if not exists j (id integer primary key, patron text, item text, due text)")
        self.full = full

    def append(self, patron, item_id, due):
        if self.full:
            raise JournalError("disk_full")
        with self.db:
            cur = self.db.execute(
                "insert into j (patron, item, due) values (?,?,?)", (patron.number, item_id, str(due))
            )
        return str(cur.lastrowid)

    def discard(self, handle):
        with self.db:
            self.db.execute("delete from j where id = ?", (int(handle),))

    def pending(self):
        return self.db.execute("select count(*) from j").fetchone()[0]


@pytest.fixture
def parts(tmp_path):
    return Library(), Tags(), SqliteJournal(tmp_path / "j.sqlite")


def test_lent_item_has_due_date_and_security_off(parts):
    lib, tags, j = parts
    r = Lender(lib, tags, j, OFFLINE).lend(P, "B1")
    assert r.state is ItemState.LENT and r.due == DUE
    assert tags.afi["B1"] is True and lib.loans["B1"] == "P777"


def test_refused_item_keeps_library_reason_and_tag_untouched(parts):
    lib, tags, j = parts
    lib.refuse["B2"] = "hold_for_other"
    r = Lender(lib, tags, j, OFFLINE).lend(P, "B2")
    assert r.state is ItemState.REFUSED and r.reason == "hold_for_other" and r.message == "予約があります"
    assert "B2" not in tags.afi


@pytest.mark.parametrize("kind", ["stuck", "absent"])
def test_security_failure_undoes_the_checkout(parts, kind):
    lib, tags, j = parts
    getattr(tags, kind).add("B3")
    r = Lender(lib, tags, j, OFFLINE).lend(P, "B3")
    assert r.state is ItemState.REFUSED
    assert r.reason == ("security_failed" if kind == "stuck" else "tag_not_on_pad")
    assert "B3" not in lib.loans


def test_failed_undo_is_logged_for_staff_without_identities(parts):
    lib, tags, j = parts
    tags.stuck.add("B3")
    lib.cancel_fails = True
    buf = io.StringIO()
    eventlog.setup("INFO", stream=buf)
    try:
        r = Lender(lib, tags, j, OFFLINE).lend(P, "B3")
    finally:
        logging.getLogger().handlers.clear()
    assert r.state is ItemState.REFUSED
    assert "lend.undo_failed" in buf.getvalue()
    assert "B3" not in buf.getvalue() and "P777" not in buf.getvalue()


def test_offline_goes_to_journal_with_offline_due_date(parts):
    lib, tags, j = parts
    lib.down = True
    lender = Lender(
        lib,
        tags,
        j,
        OfflinePolicy(lending=True, identification=("barcode",), loan_period_days=10, barcode_patron=CARDS),
        today=lambda: dt.date(2026, 11, 21),
    )
    r = lender.lend(P, "B4")
    assert r.state is ItemState.LENT_OFFLINE and r.due == dt.date(2026, 12, 1)
    assert j.pending() == 1 and tags.afi["B4"] is True


def test_offline_limit_per_session(parts):
    lib, tags, j = parts
    lib.down = True
    lender = Lender(
        lib, tags, j, OfflinePolicy(lending=True, identification=("barcode",), items_per_patron=2, barcode_patron=CARDS)
    )
    states = [lender.lend(P, f"B{i}").state for i in range(3)]
    assert states == [ItemState.LENT_OFFLINE, ItemState.LENT_OFFLINE, ItemState.REFUSED]
    assert lender.lend(P, "B9").reason == "offline_limit"
    lender.end_session(P)
    assert lender.lend(P, "B10").state is ItemState.LENT_OFFLINE
    assert j.pending() == 3


def test_offline_method_and_policy(parts):
    lib, tags, j = parts
    lib.down = True
    mn = Patron("mynumber", "P1")
    assert (
        Lender(lib, tags, j, OfflinePolicy(lending=True, identification=("barcode",))).lend(mn, "B1").reason
        == "offline_method"
    )
    assert Lender(lib, tags, j, OfflinePolicy(lending=False)).lend(P, "B1").reason == "offline_disabled"
    assert Lender(lib, tags, None, OFFLINE).lend(P, "B1").reason == "offline_disabled"
    assert j.pending() == 0 and not tags.afi


def test_full_disk_refuses_and_secures_the_tag_again(tmp_path):
    lib, tags = Library(), Tags()
    lib.down = True
    r = Lender(lib, tags, SqliteJournal(tmp_path / "j.sqlite", full=True), OFFLINE).lend(P, "B1")
    assert r.state is ItemState.REFUSED and r.reason == "disk_full"
    assert tags.afi["B1"] is False


def test_offline_security_failure_records_nothing(parts):
    lib, tags, j = parts
    lib.down = True
    tags.stuck.add("B1")
    r = Lender(lib, tags, j, OFFLINE).lend(P, "B1")
    assert r.state is ItemState.REFUSED and r.reason == "security_failed" and j.pending() == 0


@pytest.mark.parametrize("number", ["ABC", "P77", "P7777", "", "P777\n"])
def test_offline_a_library_card_the_pattern_does_not_know_never_lends(parts, number):
    """Offline nothing else checks a library card number: "ABC", or a lost card's mistyped number, lent before."""
    lib, tags, j = parts
    lib.down = True
    r = Lender(lib, tags, j, OFFLINE).lend(Patron("barcode", number), "B1")
    assert r.state is ItemState.REFUSED and r.reason == "offline_barcode_unverified"
    assert j.pending() == 0 and not tags.afi  # nothing journalled, no tag switched


def test_offline_without_the_librarys_pattern_no_library_card_lends(parts):
    lib, tags, j = parts
    lib.down = True
    bare = OfflinePolicy(lending=True, identification=("barcode",))
    assert Lender(lib, tags, j, bare).lend(P, "B1").reason == "offline_barcode_unverified"
    assert Lender(lib, tags, j, OFFLINE).lend(Patron("mynumber", "anything"), "B2").state is ItemState.LENT_OFFLINE
