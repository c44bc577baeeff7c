"""The items screen's rules in the pure machine: items that lay on the pad when the session started, titles from the
tag, a library card scanned while lending, the holds count kept fresh, and what was not lent said at the end."""

from __future__ import annotations

import io
import json
import logging

import eventlog
from kiosk import session as s
from kiosk.session import Phase

from .test_session import DUE, PATRON, Driver, kinds


def test_items_on_the_pad_when_the_session_started_are_set_aside_until_placed_again():
    d = Driver()
    d.to_items()
    assert d(s.ItemPresented("LEFT1", "rfid_held", "前の人の本")) == []
    assert d(s.ItemPresented("LEFT2", "rfid_held")) == []
    assert d.view.held == 2 and d.view.items == ()
    assert d(s.ItemPresented("LEFT2", "rfid_held", "再報告")) == []  # reported again: still set aside
    # one is lifted and put down again: now it is the patron's
    fx = d(s.ItemPresented("LEFT1", "rfid"))
    assert fx == [s.Lend(PATRON, "LEFT1", "rfid")]
    assert d.view.items[0].title == "前の人の本" and d.view.held == 1
    d(s.ItemPresented("LEFT2", "rfid", "置き直した本"))  # with the title the tag gives
    assert d.view.items[1].title == "置き直した本" and d.view.held == 0
    d(s.ItemPresented("LEFT3", "rfid_held"))
    # one leaves the pad: nothing is left to confirm
    d(s.ItemPresented("LEFT3", "rfid_gone"))
    assert d.view.held == 0
    assert d.sess.holds_patron_data()


def test_the_patron_can_say_the_items_set_aside_are_theirs():
    d = Driver()
    d.to_items()
    d(s.ItemPresented("A", "rfid_held", "こころ"))
    d(s.ItemPresented("B", "rfid_held"))
    fx = d(s.ConfirmHeld())
    assert fx == [s.Lend(PATRON, "A", "rfid"), s.Lend(PATRON, "B", "rfid")]
    assert d.view.held == 0 and [i.title for i in d.view.items] == ["こころ", ""]
    assert d(s.ConfirmHeld()) == []


def test_books_on_the_pad_when_a_return_starts_are_not_taken_back_until_placed_again_or_confirmed():
    """A returns session without a card: the last patron's new loans left on the pad are not checked in for them."""
    d = Driver(return_without_card=True)
    d(s.ServiceChosen("return"))
    assert d.phase is Phase.RETURNS
    assert d(s.ItemPresented("JUSTLENT", "rfid_held", "こころ")) == []
    assert d(s.ItemPresented("CARD", "patron_card")) == []  # a library card is not a book to return
    assert d.view.held == 1 and d.view.returns == ()
    assert d(s.ItemPresented("JUSTLENT", "rfid_gone")) == [] and d.view.held == 0  # they took it
    d(s.ItemPresented("MINE1", "rfid_held"))
    d(s.ItemPresented("MINE2", "rfid_held"))
    assert d(s.ItemPresented("MINE1", "rfid")) == [s.Return("MINE1", "rfid")]  # lifted and placed again
    assert d(s.ConfirmHeld()) == [s.Return("MINE2", "rfid")]  # "Return these too"
    assert d.view.held == 0 and [r.item_id for r in d.view.returns] == ["MINE1", "MINE2"]


def test_an_item_lent_in_this_session_stays_one_lent_row_whatever_is_reported_again():
    d = Driver()
    d.to_items()
    d(s.ItemPresented("A"))
    d(s.ItemFinished("A", s.ItemState.LENT, "こころ", DUE))
    for source in ("rfid", "rfid_held", "barcode", "rfid"):
        assert d(s.ItemPresented("A", source)) == []
    # a late answer for it (the library's "already lent to you") does not turn the row red
    d(s.ItemFinished("A", s.ItemState.REFUSED, reason="already_lent_to_you"))
    assert [(i.state, i.due) for i in d.view.items] == [(s.ItemState.LENT, DUE)]
    assert d.view.held == 0 and d.view.lent_count == 1


def test_the_tags_title_shows_while_checking_and_stays_when_the_library_gives_none():
    d = Driver()
    d.to_items()
    d(s.ItemPresented("A", "rfid", "吾輩は猫である"))
    assert d.view.items[0].title == "吾輩は猫である" and d.view.items[0].state is s.ItemState.PENDING
    d(s.ItemFinished("A", s.ItemState.LENT_OFFLINE, due=DUE))  # offline: the library said nothing
    assert d.view.items[0].title == "吾輩は猫である"
    d(s.ItemPresented("B", "rfid", "仮の題"))
    d(s.ItemFinished("B", s.ItemState.LENT, "正しい題", DUE))
    assert d.view.items[1].title == "正しい題"  # the library's title wins


def test_a_library_card_scanned_while_lending_is_a_note_not_an_item():
    d = Driver()
    d.to_items()
    assert d(s.ItemPresented(PATRON.number, "barcode")) == []  # the patron's own card again
    assert d.view.notice == "library_card" and d.view.items == ()
    assert d(s.ItemPresented("CARD2", "patron_card")) == []  # the scanner says it is a library card
    assert d.view.notice == "library_card"
    d(s.ItemPresented("A", "barcode"))
    assert d.view.notice == "" and len(d.view.items) == 1


def test_a_scanned_book_not_on_the_pad_lends_once_it_is_put_there():
    d = Driver()
    d.to_items()
    d(s.ItemPresented("A", "barcode"))
    d(s.ItemFinished("A", s.ItemState.REFUSED, reason="tag_not_on_pad"))
    assert d(s.ItemPresented("A", "rfid")) == [s.Lend(PATRON, "A", "rfid")]
    # another refusal stays: the pad reporting it again is not a new attempt
    d(s.ItemFinished("A", s.ItemState.REFUSED, reason="not_for_loan"))
    assert d(s.ItemPresented("A", "rfid")) == []


def test_the_holds_count_is_asked_again_after_each_loan_and_shown_fresh():
    d = Driver(receipt=s.ReceiptPolicy.ALWAYS, holds_notice=True)
    d.to_pin()
    d.pin()
    d(s.AuthFinished(True, "ok", patron=PATRON))
    d(s.PatronChecked(True, holds_ready=2))
    assert d.view.holds_ready == 2
    d(s.ItemPresented("HOLD1"))
    fx = d(s.ItemFinished("HOLD1", s.ItemState.LENT, due=DUE))
    assert s.CountHolds(PATRON) in fx
    d(s.HoldsCounted(1))
    assert d.view.holds_ready == 1
    d(s.HoldsCounted(None))  # the look-up failed: the last count stays
    assert d.view.holds_ready == 1
    (pr,) = d(s.FinishPressed())
    assert pr.holds_ready == 1


def test_no_holds_no_extra_question_to_the_library():
    d = Driver()
    d.to_items()  # the library said nothing about holds
    d(s.ItemPresented("A"))
    assert not any(isinstance(e, s.CountHolds) for e in d(s.ItemFinished("A", s.ItemState.LENT, due=DUE)))


def test_nothing_lent_the_goodbye_says_how_many_were_not_and_the_log_counts_them():
    buf = io.StringIO()
    eventlog.setup("INFO", stream=buf)
    try:
        d = Driver()
        d.to_items()
        for item in ("A", "B", "C"):
            d(s.ItemPresented(item))
        d(s.ItemFinished("A", s.ItemState.LENT, due=DUE))
        d(s.ItemFinished("B", s.ItemState.LENT_OFFLINE, due=DUE))
        d(s.ItemFinished("C", s.ItemState.REFUSED, reason="not_for_loan"))
        d(s.FinishPressed())
        d(s.ReceiptChosen(False))
        assert d.phase is Phase.GOODBYE and d.view.not_lent == 1 and d.view.items == ()
        fx = d(s.Acknowledge())
        assert kinds(fx) == [s.SessionCleared]
    finally:
        logging.getLogger().handlers.clear()
    ends = [json.loads(line) for line in buf.getvalue().splitlines() if '"session.end"' in line]
    assert [(e["items"], e["lent"]) for e in ends] == [(3, 2)]
