"""The runner carries out the services' effects (issue 16) on the library lane: returns through the returner,
account look-ups, renewals, the pad's rescans, the receipt that lists every loan, and an unreachable library system
at the patron check handed to the session's offline rules. Headless, real lanes and a call queue; the services are
plain objects whose calls can be held back (as in test_runner)."""

from __future__ import annotations

import threading

import pytest

from kiosk import session as s
from kiosk.services import CheckoutReply, LibraryUnavailable, OutcomeUnknown

from .test_runner import DUE, PATRON, Harness, Library

LOANS = (s.LoanLine("L1", "方丈記", DUE), s.LoanLine("L2", "枕草子", DUE))


class ServiceLibrary(Library):
    def __init__(self) -> None:
        super().__init__()
        self.account_error: BaseException | None = None
        self.renew_error: BaseException | None = None
        self.accounts: list[bool] = []
        self.renewed: list[str] = []

    def account(self, patron, *, holds=True):
        self.threads.add(threading.current_thread().name)
        self.accounts.append(holds)
        if self.account_error is not None:
            raise self.account_error
        return s.Account(LOANS, (s.HoldLine("H1", "草枕", DUE, "駅前分館"),) if holds else ())

    def renew(self, patron, item_id):
        self.threads.add(threading.current_thread().name)
        if self.renew_error is not None:
            raise self.renew_error
        self.renewed.append(item_id)
        return CheckoutReply(True, DUE, "t")


class Returner:
    def __init__(self) -> None:
        self.returned: list[tuple[str, str]] = []
        self.threads: set[str] = set()
        self.hold = threading.Event()
        self.hold.set()
        self.error: BaseException | None = None

    def give_back(self, item_id, source="rfid"):
        self.threads.add(threading.current_thread().name)
        self.hold.wait(10)
        if self.error is not None:
            raise self.error
        self.returned.append((item_id, source))
        return s.ItemReturned(item_id, s.ReturnState.DESK, "t", desk="hold", route="本館 予約棚")


def harness(**cfg) -> Harness:
    h = Harness(services=("return", "renew", "account"), **cfg)
    h.library = ServiceLibrary()
    h.runner.services.library = h.library
    h.returner = Returner()
    h.runner.services.returner = h.returner
    return h


@pytest.fixture
def k():
    h = harness()
    yield h
    h.lanes.stop()


def test_returns_run_on_the_library_lane_and_scans_are_items_there(k):
    k.identify()
    rescans = k.rescans
    k.runner.post(s.ServiceChosen("return"))
    assert k.rescans == rescans + 1  # books put down before the patron chose "return" count now
    k.runner.item_seen("R1", "rfid")
    k.runner.barcode("R2")  # on the returns screen a scan is an item, not a patron card
    k.settle()
    assert k.returner.returned == [("R1", "rfid"), ("R2", "barcode")] and k.returner.threads == {"lane-library"}
    assert [(r.state, r.route) for r in k.runner.view.returns] == [(s.ReturnState.DESK, "本館 予約棚")] * 2
    k.runner.post(s.ServiceChosen("borrow"))
    assert k.rescans == rescans + 2


@pytest.mark.parametrize("error, reason", [(OutcomeUnknown(), "outcome_unknown"), (RuntimeError("defect"),
                                           "return_failed")])  # fmt: skip
def test_a_failing_return_is_a_refused_line_with_its_reason(k, error, reason):
    k.identify()
    k.returner.error = error
    k.runner.post(s.ServiceChosen("return"))
    k.runner.item_seen("R1", "rfid")
    k.settle()
    (line,) = k.runner.view.returns
    assert line.state is s.ReturnState.REFUSED and line.reason == reason


def test_no_returner_refuses_returns_without_touching_the_library():
    h = Harness(return_without_card=True)
    try:
        h.runner.post(s.ServiceChosen("return"))
        h.runner.item_seen("R1", "rfid")
        h.settle()
        (line,) = h.runner.view.returns
        assert line.state is s.ReturnState.REFUSED and line.reason == "returns_unavailable"
    finally:
        h.lanes.stop()


def test_renewals_and_the_account_are_read_on_the_library_lane(k):
    k.identify()
    k.runner.post(s.ServiceChosen("renew"))
    assert k.phase is s.Phase.LOADING
    k.settle()
    assert k.phase is s.Phase.RENEW and k.library.accounts == [False]
    k.runner.post(s.RenewPressed())
    k.settle()
    assert k.library.renewed == ["L1", "L2"] and all(ln.renewal == "renewed" for ln in k.runner.view.loans)
    k.runner.post(s.ServiceChosen("account"))
    k.settle()
    assert k.phase is s.Phase.ACCOUNT and k.library.accounts == [False, True]
    assert [h.pickup for h in k.runner.view.holds] == ["駅前分館"]
    assert k.library.threads == {"lane-library"}


def test_an_account_that_cannot_be_read_and_a_renewal_that_fails_give_reason_codes(k):
    k.identify()
    k.library.account_error = LibraryUnavailable("unreachable")
    k.runner.post(s.ServiceChosen("account"))
    k.settle()
    assert k.phase is s.Phase.ACCOUNT and k.runner.view.account_problem == "unreachable"
    k.library.account_error = None
    k.runner.post(s.ServiceChosen("renew"))
    k.settle()
    k.library.renew_error = OutcomeUnknown()
    k.runner.post(s.RenewPressed("L1"))
    k.settle()
    loan = k.runner.view.loans[0]
    assert loan.renewal == "refused" and loan.reason == "outcome_unknown"


def test_an_unreachable_library_lets_a_patron_whose_method_may_lend_offline_go_on():
    h = harness(offline_methods=("barcode",))
    try:
        h.library.status_error = LibraryUnavailable("unreachable")
        h.runner.barcode("10000001")
        h.settle()
        assert h.phase is s.Phase.ITEMS and h.runner.view.offline and h.runner.view.services == ()
    finally:
        h.lanes.stop()


def test_a_library_error_that_is_not_unreachable_is_a_refusal_even_for_offline_methods():
    from kiosk.services import LibraryError

    h = harness(offline_methods=("barcode",))
    try:
        h.library.status_error = LibraryError("bad_reply")
        h.runner.barcode("10000001")
        h.settle()
        assert h.phase is s.Phase.REFUSED and h.runner.view.refusal == "bad_reply"
    finally:
        h.lanes.stop()


def test_the_count_check_has_the_pad_read_again():
    h = harness(count_check=True, count_settle_s=1.0)
    try:
        h.identify()
        h.runner.item_seen("A", "rfid")
        assert h.phase is s.Phase.COUNT
        for c in "2":
            h.runner.post(s.CountDigit(c))
        h.runner.post(s.CountEnter())
        h.now += 2
        h.runner.tick()
        assert h.phase is s.Phase.COUNT_RETRY
        rescans = h.rescans
        h.runner.post(s.CountRetry())
        assert h.rescans == rescans + 1
        h.runner.item_seen("A", "rfid")
        h.runner.item_seen("B", "rfid")
        h.now += 2
        h.runner.tick()
        h.settle()
        assert h.phase is s.Phase.ITEMS and sorted(h.lender.lent) == ["A", "B"]
    finally:
        h.lanes.stop()


def test_the_receipt_of_all_loans_reads_the_account_first_and_prints_without_it_when_it_cannot():
    prints: list[tuple] = []
    for error in (None, LibraryUnavailable("unreachable")):
        h = harness(receipt=s.ReceiptPolicy.ALWAYS, receipt_all_loans=True)
        try:
            h.library.account_error = error
            h.printer.print_receipt = lambda items, lang, holds=None, loans=None: prints.append(  # noqa: B023
                (tuple(i.item_id for i in items), loans)
            )
            h.identify()
            h.runner.item_seen("B1", "rfid")
            h.settle()
            h.runner.post(s.FinishPressed())
            h.settle()
            assert h.phase is s.Phase.GOODBYE
        finally:
            h.lanes.stop()
    (lent, loans), (lent2, none) = prints
    assert lent == lent2 == ("B1",)
    assert [ln.item_id for ln in loans.loans] == ["L1", "L2"] and loans.holds == ()  # loans only
    assert none is None  # the account could not be read: the receipt still prints what was lent now
    assert PATRON.number not in repr(prints)


def test_an_unreachable_library_refuses_by_name_a_library_card_the_offline_rules_would_never_let_borrow():
    """Offline, nobody checks a library card but the offline rules: one whose number is not one of the library's
    (no patron pattern matches) is refused at once with the rule's reason, not let in to fail at every book."""
    h = harness(offline_methods=("barcode",))
    try:
        h.library.status_error = LibraryUnavailable("unreachable")
        h.lender.offline_refusal = "offline_barcode_unverified"
        h.runner.barcode("ABC")
        h.settle()
        assert h.phase is s.Phase.REFUSED and h.runner.view.refusal == "offline_barcode_unverified"
    finally:
        h.lanes.stop()
