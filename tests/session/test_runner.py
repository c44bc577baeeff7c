"""The patron-session runner (kiosk.runner) without Qt: real worker lanes, answers delivered through a CallQueue the
test drains, services that are plain objects whose calls can be held back.

The rules under test are the runner's own: each effect on its lane, secrets handed over once, late answers dropped,
failures turned into reason codes, the end of a patron session told to the lender and the library system, patron
input ignored while maintenance is open, a technician card on the idle screen."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from kiosk import session as s
from kiosk.runner import SessionRunner
from kiosk.services import Approved, CheckinReply, CheckoutReply, LibraryUnavailable, ServiceError, Services
from kiosk.workers import CallQueue, Lanes
from tests.waiting import settle

PATRON = s.Patron("mynumber", "P0012345", "main")
DUE = dt.date(2026, 12, 20)


class Card:
    def __init__(self) -> None:
        self.pins: list[str] = []
        self.forgotten = 0
        self.inspect_answer: s.CardInspected | BaseException = s.CardInspected("pin_needed", 3)
        self.gate = threading.Event()
        self.gate.set()
        self.threads: set[str] = set()
        self.revocation_answer = s.RevocationChecked(False)
        self.revocation_gate = threading.Event()
        self.revocation_gate.set()
        self.revocation_checks = 0

    def inspect(self) -> s.CardInspected:
        self.threads.add(threading.current_thread().name)
        self.gate.wait(10)
        if isinstance(self.inspect_answer, BaseException):
            raise self.inspect_answer
        return self.inspect_answer

    def check_revocation(self) -> s.RevocationChecked:
        self.threads.add(threading.current_thread().name)
        self.revocation_gate.wait(10)
        self.revocation_checks += 1
        return self.revocation_answer

    def finish(self, pin: str) -> s.AuthFinished:
        self.threads.add(threading.current_thread().name)
        self.pins.append(pin)
        return s.AuthFinished(True, "ok", patron=PATRON)

    def forget(self) -> None:
        self.forgotten += 1


class Library:
    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.threads: set[str] = set()
        self.status_error: BaseException | None = None

    def patron_status(self, patron, password="", *, holds=False):
        self.threads.add(threading.current_thread().name)
        self.calls.append(("status", patron.number, patron.method, password))
        if self.status_error is not None:
            raise self.status_error
        return s.PatronChecked(True, holds_ready=1)

    def checkout(self, patron, item_id):
        return CheckoutReply(True, DUE, "title")

    def checkin(self, item_id):
        return CheckinReply(True)

    def end_patron_session(self, patron):
        self.calls.append(("end", patron.number))


class Lender:
    """The lender's three steps (kiosk.lending.Lender); each records the thread it ran on."""

    def __init__(self) -> None:
        self.lent: list[str] = []
        self.ended: list[str] = []
        self.hold = threading.Event()
        self.hold.set()
        self.error: BaseException | None = None
        self.threads: dict[str, set[str]] = {"checkout": set(), "secure": set(), "settle": set()}
        #: what the offline rules say of any patron ("" = they may borrow offline)
        self.offline_refusal = ""

    def lend(self, patron, item_id, source="rfid"):
        raise AssertionError("the runner lends in steps")

    def checkout(self, patron, item_id):
        self.threads["checkout"].add(threading.current_thread().name)
        self.hold.wait(10)
        if self.error is not None:
            raise self.error
        return Approved(patron, item_id, CheckoutReply(True, DUE, "title"))

    def secure(self, approved):
        self.threads["secure"].add(threading.current_thread().name)
        return ""

    def settle(self, approved, problem):
        self.threads["settle"].add(threading.current_thread().name)
        self.lent.append(approved.item_id)
        return s.ItemFinished(approved.item_id, s.ItemState.LENT, approved.reply.title, approved.reply.due)

    def offline_patron_refusal(self, patron):
        return self.offline_refusal

    def end_session(self, patron):
        self.ended.append(patron.number)


class Printer:
    def __init__(self) -> None:
        self.printed: list[tuple] = []
        self.error: BaseException | None = None

    def print_receipt(self, items, language, holds_ready=None):
        if self.error is not None:
            raise self.error
        self.printed.append((tuple(i.item_id for i in items), language, holds_ready))


class Harness:
    def __init__(self, **cfg) -> None:
        self.loop = CallQueue()
        self.lanes = Lanes(self.loop.call_soon)
        self.card, self.library, self.lender, self.printer = Card(), Library(), Lender(), Printer()
        self.rescans = 0
        services = Services(card=self.card, library=self.library, lender=self.lender, printer=self.printer)
        services.rescan = self._rescan
        self.views: list[s.View] = []
        self.cleared: list[str] = []
        self.cues: list[s.Cue] = []
        self.technician = 0
        self.now = 1000.0
        self.runner = SessionRunner(
            s.Config(**cfg),
            services,
            self.lanes,
            clock=lambda: self.now,
            on_view=self.views.append,
            on_cleared=self.cleared.append,
            on_cue=self.cues.append,
            on_technician=self._technician,
            technician_cards=frozenset({"TECH-1"}),
        )

    def _rescan(self) -> None:
        self.rescans += 1

    def _technician(self) -> None:
        self.technician += 1

    def settle(self, timeout_s: float = 10.0) -> None:
        """Run until every lane is idle and every answer has been delivered."""
        settle(self.lanes, self.loop, timeout_s)

    @property
    def phase(self) -> s.Phase:
        return self.runner.session.phase

    def identify(self) -> None:
        self.runner.card_presence(True)
        self.settle()
        for d in "1234":
            self.runner.post(s.PinDigit(d))
        self.runner.post(s.PinEnter())
        self.settle()
        assert self.phase is s.Phase.ITEMS


@pytest.fixture
def k():
    h = Harness()
    yield h
    h.lanes.stop()


def test_each_effect_runs_on_its_own_lane_and_never_on_the_owners_thread(k):
    k.identify()
    k.runner.item_seen("B1", "rfid")
    k.settle()
    assert k.card.threads == {"lane-card", "lane-validation"}  # the revocation check while the PIN is typed
    assert k.library.threads == {"lane-library"} and k.lender.threads["checkout"] == {"lane-library"}
    assert k.lender.threads["secure"] == {"lane-security"}
    assert k.runner.view.items[0].state is s.ItemState.LENT
    assert threading.current_thread().name not in k.card.threads | k.library.threads | k.lender.threads["checkout"]


def test_the_pin_goes_to_the_card_once_and_the_runner_keeps_no_copy(k):
    k.identify()
    assert k.card.pins == ["1234"]
    assert s.VerifyPin in k.runner.effects_seen
    assert "1234" not in repr(vars(k.runner))


def test_a_library_card_password_is_handed_over_once():
    h = Harness(barcode_password=True)
    try:
        h.runner.barcode("10000001")
        for d in "9876":
            h.runner.post(s.PinDigit(d))
        h.runner.post(s.PinEnter())
        h.settle()
        assert h.library.calls == [("status", "10000001", "barcode", "9876")]
        assert h.phase is s.Phase.ITEMS
    finally:
        h.lanes.stop()


def test_an_answer_that_arrives_after_its_session_ended_is_dropped(k):
    k.card.gate.clear()  # the card is slow to answer
    k.runner.card_presence(True)
    assert k.phase is s.Phase.READING
    k.runner.card_presence(False)  # pulled: the session ends before the card's answer
    assert k.phase is s.Phase.IDLE and k.cleared == ["card_removed"]
    generation = k.runner.generation
    k.card.gate.set()
    k.settle()
    assert k.phase is s.Phase.IDLE  # the late "pin_needed" did not open a PIN pad for nobody
    assert k.runner.generation == generation and not k.runner.session.holds_patron_data()


def test_a_card_the_validation_service_refuses_while_the_pin_is_typed_is_refused_without_a_verify(k):
    k.card.revocation_answer = s.RevocationChecked(True, "cert_revoked", "失効しています。")
    k.runner.card_presence(True)
    k.settle()
    assert k.phase is s.Phase.REFUSED and k.runner.view.refusal == "cert_revoked"
    assert k.card.pins == [] and k.card.revocation_checks == 1


def test_an_early_answer_that_arrives_after_its_session_ended_is_dropped(k):
    k.card.revocation_gate.clear()  # the validation service is slow
    k.card.revocation_answer = s.RevocationChecked(True, "cert_revoked")
    k.runner.card_presence(True)
    k.lanes.card.wait(5000)
    k.loop.run_pending(1.0)
    assert k.phase is s.Phase.PIN
    k.runner.card_presence(False)  # lifted while the service was asked
    assert k.phase is s.Phase.IDLE
    k.card.revocation_gate.set()
    k.settle()
    assert k.phase is s.Phase.IDLE and k.card.revocation_checks == 1 and not k.runner.session.holds_patron_data()


def test_an_early_check_that_fails_leaves_the_decision_to_the_signature(k):
    def broken() -> s.RevocationChecked:
        raise RuntimeError("a defect")

    k.card.check_revocation = broken
    k.identify()  # the pad stayed open; the PIN and the check after the signature decided
    assert k.card.pins == ["1234"]


def test_finishing_waits_for_the_loan_in_flight_then_ends_at_the_lender_and_the_library(k):
    k.identify()
    k.lender.hold.clear()
    k.runner.item_seen("B1", "rfid")
    k.runner.post(s.FinishPressed())  # the loan is still in flight: Finish waits for it
    assert k.phase is s.Phase.ITEMS
    k.lender.hold.set()
    k.settle()
    k.runner.post(s.FinishPressed())
    k.runner.post(s.ReceiptChosen(False))
    k.settle()
    assert k.phase is s.Phase.GOODBYE and k.lender.lent == ["B1"]
    # the lender forgets the session's offline count, and the library system is told, after the loan
    assert k.lender.ended == [PATRON.number] and k.library.calls[-1] == ("end", PATRON.number)
    k.now += 60
    k.runner.tick()
    assert k.phase is s.Phase.IDLE and not k.runner.session.holds_patron_data()


@pytest.mark.parametrize(
    "error, reason",
    [
        (ServiceError("tag_error"), "tag_error"),
        (LibraryUnavailable(""), "lend_failed"),
        (RuntimeError("a defect"), "lend_failed"),
    ],
)
def test_a_failing_loan_becomes_a_refused_item_with_its_reason(k, error, reason):
    k.identify()
    k.lender.error = error
    k.runner.item_seen("B1", "rfid")
    k.settle()
    (item,) = k.runner.view.items
    assert item.state is s.ItemState.REFUSED and item.reason == reason


def test_a_card_that_fails_to_answer_is_a_refusal_with_the_cards_reason(k):
    k.card.inspect_answer = ServiceError("card_timeout")
    k.runner.card_presence(True)
    k.settle()
    assert k.phase is s.Phase.REFUSED and k.runner.view.refusal == "card_timeout"
    k.card.inspect_answer = OSError("gone")
    k.runner.post(s.Acknowledge())
    k.runner.card_presence(True)
    k.settle()
    assert k.runner.view.refusal == "card_protocol"  # no reason of its own: the card layer's default


def test_an_unreachable_library_at_the_patron_check_is_a_refusal(k):
    k.library.status_error = OSError("unreachable")
    k.runner.barcode("10000001")
    k.settle()
    assert k.phase is s.Phase.REFUSED and k.runner.view.refusal == "library_unavailable"


def test_the_receipt_is_printed_on_its_lane_and_a_printer_fault_still_says_goodbye():
    h = Harness(receipt=s.ReceiptPolicy.ALWAYS)
    try:
        h.identify()
        h.runner.item_seen("B1", "rfid")
        h.settle()
        h.runner.post(s.FinishPressed())
        h.settle()
        assert h.printer.printed == [(("B1",), "ja", 1)]
        assert h.phase is s.Phase.GOODBYE
    finally:
        h.lanes.stop()
    h = Harness(receipt=s.ReceiptPolicy.ALWAYS)
    try:
        h.printer.error = ServiceError("paper_out")
        h.identify()
        h.runner.item_seen("B2", "rfid")
        h.settle()
        h.runner.post(s.FinishPressed())
        h.settle()
        assert h.phase is s.Phase.GOODBYE and not h.printer.printed
    finally:
        h.lanes.stop()


def test_maintenance_pauses_patron_input_and_a_technician_card_asks_for_it(k):
    k.runner.paused = True
    k.runner.card_presence(True)
    k.runner.barcode("10000001")
    k.runner.item_seen("B1", "rfid")
    assert k.phase is s.Phase.IDLE and not k.runner.effects_seen
    k.runner.paused = False
    k.runner.barcode(" TECH-1 ")
    assert k.technician == 1 and k.phase is s.Phase.IDLE


def test_items_on_the_pad_are_reported_again_when_the_items_screen_opens_and_when_the_session_is_wiped(k):
    k.identify()
    assert k.rescans == 1
    k.runner.post(s.FinishPressed())
    k.runner.post(s.ReceiptChosen(False))
    k.now += 60
    k.runner.tick()
    assert k.phase is s.Phase.IDLE and k.rescans == 2


def test_a_scan_is_an_item_on_the_items_screen_and_a_patron_card_elsewhere(k):
    k.runner.barcode("10000001")
    k.settle()
    assert k.library.calls[0][:3] == ("status", "10000001", "barcode")
    k.runner.barcode("T0000001")
    k.settle()
    assert k.lender.lent == ["T0000001"]


def test_views_are_announced_only_when_they_change(k):
    k.runner.post(s.Touch())  # the first view is announced once
    k.runner.post(s.Touch())
    k.runner.tick()
    assert [v.phase for v in k.views] == [s.Phase.IDLE]
    k.runner.post(s.LanguageChosen("en"))
    assert [v.language for v in k.views] == ["ja", "en"]


def test_the_effects_kept_for_diagnostics_stay_bounded_however_long_it_runs():
    """The kiosk runs for months: the runner's record of the effects it ran keeps the latest ones, not all of them
    (found by bench/soak.py --trace-memory: the list grew with every session)."""
    runner = SessionRunner(s.Config(), Services(), Lanes(CallQueue().call_soon))
    for _ in range(3000):  # no library system: each patron is refused at once, on this thread
        runner.barcode("10000001")
        runner.post(s.Acknowledge())
    assert runner.session.phase is s.Phase.IDLE
    assert s.CheckPatron in runner.effects_seen and s.SessionCleared in runner.effects_seen
    assert len(runner.effects_seen) <= 1000
