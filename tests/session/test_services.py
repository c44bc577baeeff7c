"""The patron's services in the session machine (issue 16): returns (also without a card), renewals, my account, the
holds notice, the count check, the receipt of all loans, and the offline rules at identification. Plain events, no
Qt, no devices."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import session as s
from kiosk.session import Phase, ReturnState

from .test_session import DUE, PATRON, Driver, kinds

ALL = ("return", "renew", "account")
LOANS = (
    s.LoanLine("L1", "おくのほそ道", dt.date(2026, 11, 1), overdue=True),
    s.LoanLine("L2", "方丈記", dt.date(2026, 12, 1)),
    s.LoanLine("L3", "枕草子", dt.date(2026, 12, 9)),
)
HOLDS = (s.HoldLine("H1", "草枕", dt.date(2026, 12, 12), "駅前分館"),)


def served(**cfg) -> Driver:
    d = Driver(services=ALL, **cfg)
    d.to_items()
    return d


def effects_of(fx, kind):
    return [e for e in fx if isinstance(e, kind)]


# ------------------------------------------------------------------------------------------------ the menu


def test_the_services_are_offered_after_identification_as_the_library_chose():
    d = served()
    assert d.view.services == ALL
    d2 = Driver(services=("renew",))
    d2.to_items()
    assert d2.view.services == ("renew",)
    assert Driver().view.services == ()  # nobody identified: nothing offered


def test_an_offline_patron_may_borrow_but_is_offered_nothing_else():
    d = Driver(services=ALL, offline_methods=("mynumber",))
    d.to_pin()
    d.pin()
    d(s.AuthFinished(True, "ok", patron=PATRON))
    d(s.PatronChecked(False, "unreachable", offline=True))
    assert d.phase is Phase.ITEMS and d.view.offline and d.view.services == ()
    assert d(s.ServiceChosen("return")) == [] and d.phase is Phase.ITEMS


def test_an_unreachable_library_refuses_a_patron_whose_method_may_not_lend_offline():
    d = Driver(services=ALL, offline_methods=("barcode",))
    d.to_pin()
    d.pin()
    d(s.AuthFinished(True, "ok", patron=PATRON))
    d(s.PatronChecked(False, "unreachable", offline=True))
    assert d.phase is Phase.REFUSED and d.view.refusal == "library_unavailable"


def test_a_refusal_is_not_taken_for_an_unreachable_library():
    d = Driver(offline_methods=("mynumber",))
    d.to_pin()
    d.pin()
    d(s.AuthFinished(True, "ok", patron=PATRON))
    d(s.PatronChecked(False, "patron_blocked", "窓口へ"))
    assert d.phase is Phase.REFUSED and d.view.refusal == "patron_blocked"


# ------------------------------------------------------------------------------------------------ holds notice


def test_the_holds_notice_shows_the_count_and_where_to_collect_them():
    d = Driver(holds_notice=True, ask_holds=True)
    d.to_pin()
    d.pin()
    fx = d(s.AuthFinished(True, "ok", patron=PATRON))
    assert effects_of(fx, s.CheckPatron)[0].holds
    d(s.PatronChecked(True, holds_ready=2, holds_pickup=("本館 予約棚", "駅前分館")))
    assert d.view.holds_ready == 2 and d.view.holds_pickup == ("本館 予約棚", "駅前分館")
    d(s.FinishPressed())
    assert d.view.holds_ready is None and d.view.holds_pickup == () and not d.sess.holds_patron_data()


def test_no_holds_notice_unless_the_library_wants_one():
    d = Driver(ask_holds=True)  # the receipt prints the count, the screen does not
    d.to_pin()
    d.pin()
    d(s.AuthFinished(True, "ok", patron=PATRON))
    d(s.PatronChecked(True, holds_ready=2, holds_pickup=("本館",)))
    assert d.view.holds_ready is None and d.view.holds_pickup == ()
    d(s.ItemPresented("A"))
    d(s.ItemFinished("A", s.ItemState.LENT, "t", DUE))
    fx = d(s.FinishPressed()) or d(s.ReceiptChosen(True))
    assert effects_of(fx, s.PrintReceipt)[0].holds_ready == 2


def test_a_barcode_patron_is_asked_with_holds_too():
    d = Driver(ask_holds=True, barcode_password=True)
    d(s.PatronBarcode("10000005"))
    d.pin("1234")
    check = effects_of(d.effects, s.CheckPatron)[0]
    assert check.holds and check.password == "1234"


# ------------------------------------------------------------------------------------------------ returns


def test_returns_after_identification():
    d = served()
    d(s.ServiceChosen("return"))
    assert d.phase is Phase.RETURNS
    fx = d(s.ItemPresented("R1")) + d(s.ItemPresented("R2", "barcode")) + d(s.ItemPresented("R3"))
    assert [(e.item_id, e.source) for e in effects_of(fx, s.Return)] == [("R1", "rfid"), ("R2", "barcode"),
                                                                        ("R3", "rfid")]  # fmt: skip
    assert d.view.pending == 3
    d(s.ItemReturned("R1", ReturnState.RETURNED, "こころ"))
    d(s.ItemReturned("R2", ReturnState.DESK, "草枕", desk="transfer", route="駅前分館"))
    fx = d(s.ItemReturned("R3", ReturnState.REFUSED, reason="not_checked_out", message="貸出中ではありません"))
    assert s.PlaySound(s.Cue.REFUSED) in fx
    lines = {r.item_id: r for r in d.view.returns}
    assert lines["R1"].state is ReturnState.RETURNED and lines["R1"].title == "こころ"
    assert (lines["R2"].desk, lines["R2"].route) == ("transfer", "駅前分館")
    assert lines["R3"].reason == "not_checked_out" and lines["R3"].message
    # the pad reports them again: nothing is sent twice; a deliberate scan of a refused one tries again
    assert d(s.ItemPresented("R1")) == [] and d(s.ItemPresented("R3")) == []
    assert kinds(d(s.ItemPresented("R3", "barcode"))) == [s.Return]


def test_the_pad_does_not_return_what_was_just_lent_nor_lend_what_was_just_returned():
    d = served()
    d(s.ItemPresented("A"))
    d(s.ItemFinished("A", s.ItemState.LENT, "t", DUE))
    d(s.ItemPresented("X"))
    d(s.ItemFinished("X", s.ItemState.REFUSED, reason="already_lent_to_you"))
    d(s.ServiceChosen("return"))
    assert d(s.ItemPresented("A")) == []  # just lent: still on the pad, not taken back
    assert kinds(d(s.ItemPresented("X"))) == [s.Return]  # the patron's own book, refused for lending: returned
    d(s.ItemPresented("B"))
    d(s.ItemReturned("B", ReturnState.RETURNED))
    d(s.ServiceChosen("borrow"))
    assert d.phase is Phase.ITEMS
    assert d(s.ItemPresented("B")) == [] and d(s.ItemPresented("B", "barcode")) == []
    assert kinds(d(s.ItemPresented("C"))) == [s.Lend]


def test_returns_without_a_card_when_the_library_allows_it():
    d = Driver(return_without_card=True)
    d(s.ServiceChosen("return"))
    assert d.phase is Phase.RETURNS and d.view.method == "anonymous" and d.view.services == ()
    d(s.ItemPresented("R1"))
    d(s.ItemReturned("R1", ReturnState.RETURNED, "こころ"))
    fx = d(s.FinishPressed())
    assert d.phase is Phase.GOODBYE
    assert not effects_of(fx, s.EndPatronSession)  # no patron: nothing to end at the library system
    assert not d.sess.holds_patron_data()
    d.wait(10)
    assert d.phase is Phase.IDLE


def test_no_returns_without_a_card_unless_the_library_allows_it():
    d = Driver(services=ALL)
    assert d(s.ServiceChosen("return")) == [] and d.phase is Phase.IDLE


def test_returns_without_a_card_end_by_themselves():
    d = Driver(return_without_card=True, timeout_s=30, warning_s=10)
    d(s.ServiceChosen("return"))
    d(s.ItemPresented("R1"))
    d.wait(120)
    assert d.phase is Phase.RETURNS  # the kiosk is busy with the return: the clock waits
    d(s.ItemReturned("R1", ReturnState.DESK, desk="hold"))
    d.wait(45)
    assert d.phase is Phase.IDLE and not d.sess.holds_patron_data()


def test_cancel_on_a_service_goes_back_to_borrowing():
    d = served()
    d(s.ServiceChosen("return"))
    d(s.Cancel())
    assert d.phase is Phase.ITEMS


def test_finish_waits_for_every_return_and_a_timeout_ends_only_after_it():
    d = served(timeout_s=30, warning_s=10)
    d(s.ServiceChosen("return"))
    d(s.ItemPresented("R1"))
    d(s.CardRemoved())  # not an ending: identification is complete
    assert d.phase is Phase.RETURNS
    assert d(s.Cancel()) == [] and d.phase is Phase.ITEMS  # back to borrowing: the return is still in flight
    d(s.FinishPressed())
    assert d.phase is Phase.ITEMS  # Finish waits for the return
    d(s.ItemReturned("R1", ReturnState.RETURNED))
    d(s.FinishPressed())
    assert d.phase is Phase.GOODBYE


# ------------------------------------------------------------------------------------------------ renewals


def to_renew(d: Driver, loans=LOANS) -> list:
    fx = d(s.ServiceChosen("renew"))
    assert d.phase is Phase.LOADING
    fetch = effects_of(fx, s.FetchAccount)[0]
    assert fetch.patron == PATRON and not fetch.holds
    d(s.AccountLoaded(s.Account(loans)))
    assert d.phase is Phase.RENEW
    return fx


def test_renew_one_then_all():
    d = served()
    to_renew(d)
    assert [ln.item_id for ln in d.view.loans] == ["L1", "L2", "L3"] and d.view.loans[0].overdue
    fx = d(s.RenewPressed("L2"))
    assert [e.item_id for e in effects_of(fx, s.Renew)] == ["L2"]
    assert d(s.RenewPressed("L2")) == []  # pending: not asked twice
    d(s.RenewFinished("L2", True, dt.date(2026, 12, 20)))
    fx = d(s.RenewPressed())
    assert [e.item_id for e in effects_of(fx, s.Renew)] == ["L1", "L3"]  # every loan not renewed yet
    d(s.RenewFinished("L1", False, reason="renewal_refused", message="予約があります"))
    d(s.RenewFinished("L3", True, dt.date(2026, 12, 23)))
    loans = {ln.item_id: ln for ln in d.view.loans}
    assert (loans["L2"].renewal, loans["L2"].due) == ("renewed", dt.date(2026, 12, 20))
    assert loans["L1"].renewal == "refused" and loans["L1"].overdue and loans["L1"].message == "予約があります"
    assert loans["L3"].renewal == "renewed" and not loans["L3"].overdue
    # a refused one may be asked again on its own; a renewed one is not renewed twice here
    assert [e.item_id for e in effects_of(d(s.RenewPressed("L1")), s.Renew)] == ["L1"]
    assert d(s.RenewPressed("L2")) == []


def test_leaving_the_loans_waits_for_renewals_and_wipes_what_was_read():
    d = served()
    to_renew(d)
    d(s.RenewPressed("L1"))
    d(s.ServiceChosen("borrow"))
    assert d.phase is Phase.RENEW  # the answer is shown before the patron leaves
    d(s.RenewFinished("L1", True, DUE))
    d(s.ServiceChosen("borrow"))
    assert d.phase is Phase.ITEMS and d.view.loans == () and d.sess._account is None


def test_a_late_renewal_answer_for_a_session_that_ended_changes_nothing():
    d = served()
    to_renew(d)
    d(s.RenewFinished("L9", True, DUE))  # not one of the loans
    assert all(ln.renewal == "" for ln in d.view.loans)


def test_an_account_that_cannot_be_read_says_so():
    d = served()
    d(s.ServiceChosen("account"))
    d(s.AccountLoaded(None, "library_unavailable"))
    assert d.phase is Phase.ACCOUNT and d.view.account_problem == "library_unavailable"
    assert d.view.loans == () and not d.view.account_complete


def test_a_late_account_after_going_back_is_dropped():
    d = served()
    d(s.ServiceChosen("account"))
    d(s.Cancel())
    assert d.phase is Phase.ITEMS
    d(s.AccountLoaded(s.Account(LOANS, HOLDS)))
    assert d.phase is Phase.ITEMS and d.view.loans == () and not d.sess._account


def test_my_account_lists_loans_and_holds_and_is_wiped_at_the_end():
    d = served()
    fx = d(s.ServiceChosen("account"))
    assert effects_of(fx, s.FetchAccount)[0].holds
    d(s.AccountLoaded(s.Account(LOANS, HOLDS, complete=False)))
    assert d.phase is Phase.ACCOUNT
    assert d.view.holds == HOLDS and d.view.loans == LOANS and not d.view.account_complete
    assert d(s.RenewPressed("L1")) == []  # the account is for reading; renewals are their own service
    assert "L1" not in repr(s.Account(LOANS, HOLDS)) and "草枕" not in repr(s.Account(LOANS, HOLDS))
    d(s.FinishPressed())
    assert d.phase is Phase.GOODBYE and not d.sess.holds_patron_data()


def test_a_service_the_library_did_not_switch_on_is_not_offered():
    d = Driver(services=("return",))
    d.to_items()
    assert d(s.ServiceChosen("renew")) == [] and d(s.ServiceChosen("account")) == []
    assert d.phase is Phase.ITEMS


# ------------------------------------------------------------------------------------------------ count check


def counting(**cfg) -> Driver:
    d = Driver(count_check=True, count_settle_s=1.5, **cfg)
    d.to_items()
    return d


def say(d: Driver, n: int) -> list:
    for c in str(n):
        d(s.CountDigit(c))
    return d(s.CountEnter())


def test_count_check_lends_the_stack_when_the_numbers_agree():
    d = counting()
    assert d(s.ItemPresented("A")) == []  # not lent: waiting to be counted
    assert d.phase is Phase.COUNT
    d(s.ItemPresented("B"))
    d(s.ItemPresented("C", "barcode"))  # a scanned book is lent at once: one book, deliberately
    assert [i.item_id for i in d.view.items] == ["C"] and d.view.uncounted == 2
    say(d, 2)
    assert d.phase is Phase.COUNT_CHECK
    assert d.wait(1) == []  # the pad is given its moment
    fx = d.wait(1)
    assert d.phase is Phase.ITEMS
    assert [e.item_id for e in effects_of(fx, s.Lend)] == ["A", "B"]
    assert d.view.uncounted == 0 and d.view.count_entered == ""


def test_a_book_read_while_the_numbers_are_compared_counts():
    d = counting()
    d(s.ItemPresented("A"))
    say(d, 2)
    d(s.ItemPresented("B"))
    fx = d.wait(2)
    assert [e.item_id for e in effects_of(fx, s.Lend)] == ["A", "B"]


def test_a_mismatch_asks_to_spread_the_books_then_sends_to_the_desk():
    d = counting()
    d(s.ItemPresented("A"))
    d(s.ItemPresented("B"))
    say(d, 3)
    fx = d.wait(2)
    assert d.phase is Phase.COUNT_RETRY and d.view.count_read == 2 and d.view.count_entered == "3"
    assert s.PlaySound(s.Cue.WARNING) in fx and not effects_of(fx, s.Lend)
    fx = d(s.CountRetry())
    assert kinds(fx) == [s.RescanPad] and d.phase is Phase.COUNT_CHECK and d.view.uncounted == 0
    d(s.ItemPresented("A"))  # the pad reads the spread-out stack afresh
    d(s.ItemPresented("B"))
    fx = d.wait(2)
    assert d.phase is Phase.REFUSED and d.view.refusal == "count_mismatch"
    assert not effects_of(d.effects, s.Lend)
    d(s.Acknowledge())
    assert d.phase is Phase.IDLE and not d.sess.holds_patron_data()


def test_a_mismatch_then_a_match_lends():
    d = counting()
    d(s.ItemPresented("A"))
    say(d, 2)
    d.wait(2)
    d(s.CountRetry())
    d(s.ItemPresented("A"))
    d(s.ItemPresented("B"))  # spread out, the book that hid under another is read
    fx = d.wait(2)
    assert d.phase is Phase.ITEMS and [e.item_id for e in effects_of(fx, s.Lend)] == ["A", "B"]


def test_the_number_can_be_typed_again_and_must_be_a_count():
    d = counting()
    d(s.ItemPresented("A"))
    assert d(s.CountEnter()) == [] and d.phase is Phase.COUNT  # nothing typed
    say(d, 0)
    assert d.phase is Phase.COUNT  # zero books is not a stack
    d(s.CountClear())
    for c in "123":
        d(s.CountDigit(c))
    assert d.view.count_entered == "12"  # at most two digits
    d(s.CountClear())
    say(d, 3)
    d.wait(2)
    assert d.phase is Phase.COUNT_RETRY
    d(s.CountClear())  # "type the number again"
    assert d.phase is Phase.COUNT and d.view.count_entered == ""
    say(d, 1)
    fx = d.wait(2)
    assert [e.item_id for e in effects_of(fx, s.Lend)] == ["A"]


def test_books_waiting_to_be_counted_are_counted_later_or_not_lent():
    d = counting()
    d(s.ItemPresented("A"))
    d(s.ServiceChosen("borrow"))  # back, without counting
    assert d.phase is Phase.ITEMS and d.view.uncounted == 1
    assert d(s.ItemPresented("A")) == [] and d.phase is Phase.ITEMS  # the same book again is not a new stack
    d(s.ServiceChosen("count"))
    assert d.phase is Phase.COUNT
    d(s.FinishPressed())
    assert d.phase is Phase.GOODBYE and not effects_of(d.effects, s.Lend)


def test_a_second_stack_is_counted_too():
    d = counting()
    d(s.ItemPresented("A"))
    say(d, 1)
    d.wait(2)
    d(s.ItemFinished("A", s.ItemState.LENT, "t", DUE))
    d(s.ItemPresented("A"))  # still on the pad, lent: not counted again
    assert d.phase is Phase.ITEMS
    d(s.ItemPresented("B"))
    assert d.phase is Phase.COUNT and d.view.uncounted == 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["A", "B", "C", "D"]), max_size=8), st.integers(min_value=1, max_value=9))
def test_count_check_never_lends_what_was_not_counted(reads, said):
    d = counting()
    for item in reads:
        d(s.ItemPresented(item))
    say(d, said)
    d.wait(3)
    lent = {e.item_id for e in effects_of(d.effects, s.Lend)}
    if not reads:
        assert not lent and d.phase is Phase.ITEMS  # nothing read: nothing to count
    elif len(set(reads)) == said:
        assert lent == set(reads)
    else:
        assert not lent and d.phase is Phase.COUNT_RETRY


# ------------------------------------------------------------------------------------------------ receipts


@pytest.mark.parametrize("all_loans", [True, False])
def test_the_receipt_of_all_loans_asks_for_the_account(all_loans):
    d = served(receipt=s.ReceiptPolicy.ALWAYS, receipt_all_loans=all_loans)
    d(s.ItemPresented("A"))
    d(s.ItemFinished("A", s.ItemState.LENT, "t", DUE))
    pr = effects_of(d(s.FinishPressed()), s.PrintReceipt)[0]
    assert (pr.patron == PATRON) is all_loans and "P0012345" not in repr(pr)


def test_an_offline_receipt_has_no_list_of_loans():
    d = Driver(receipt=s.ReceiptPolicy.ALWAYS, receipt_all_loans=True, offline_methods=("mynumber",))
    d.to_pin()
    d.pin()
    d(s.AuthFinished(True, "ok", patron=PATRON))
    d(s.PatronChecked(False, "unreachable", offline=True))
    d(s.ItemPresented("A"))
    d(s.ItemFinished("A", s.ItemState.LENT_OFFLINE, "", DUE))
    assert effects_of(d(s.FinishPressed()), s.PrintReceipt)[0].patron is None


def test_finishing_from_returns_offers_the_receipt_for_what_was_lent():
    d = served()
    d(s.ItemPresented("A"))
    d(s.ItemFinished("A", s.ItemState.LENT, "t", DUE))
    d(s.ServiceChosen("return"))
    d(s.FinishPressed())
    assert d.phase is Phase.RECEIPT


def test_the_clock_waits_for_a_return_in_flight_then_the_session_ends():
    d = served(timeout_s=30, warning_s=10)
    d(s.ServiceChosen("return"))
    d(s.ItemPresented("R1"))
    d(s.ServiceChosen("borrow"))
    d.wait(45)  # nobody at the items screen, but the kiosk is still busy with the return
    assert d.phase is Phase.ITEMS and d.view.countdown is None
    d(s.ItemReturned("R1", ReturnState.RETURNED))
    fx = d.wait(45)
    assert d.phase is Phase.IDLE and effects_of(fx, s.EndPatronSession) and not d.sess.holds_patron_data()


def test_a_count_mismatch_with_a_loan_in_flight_ends_when_it_answers():
    d = counting()
    d(s.ItemPresented("S", "barcode"))  # a scanned book, being lent
    d(s.ItemPresented("A"))
    say(d, 2)
    d.wait(2)
    d(s.CountRetry())
    d.wait(2)
    d(s.Acknowledge())  # to the desk
    assert d.phase is Phase.ENDING
    fx = d(s.ItemFinished("S", s.ItemState.LENT, "t", DUE))
    assert d.phase is Phase.IDLE and effects_of(fx, s.EndPatronSession)
