"""What the session runner counts for the library's monitoring (kiosk.metrics), driven as in test_runner.py: real
worker lanes, plain-object services, a clock the test moves."""

from __future__ import annotations

import pytest

from kiosk import session as s
from kiosk.services import LibraryUnavailable

from .test_runner import PATRON, Harness


class Card:
    """A card whose PIN answers are scripted: each finish() takes the next one."""

    def __init__(self, answers: list[s.AuthFinished], tries: int = 3) -> None:
        self.answers = answers
        self.tries = tries

    def inspect(self) -> s.CardInspected:
        return s.CardInspected("pin_needed", self.tries)

    def check_revocation(self) -> s.RevocationChecked:
        return s.RevocationChecked(False)

    def finish(self, pin: str) -> s.AuthFinished:
        return self.answers.pop(0)

    def forget(self) -> None:
        pass


@pytest.fixture
def k():
    h = Harness()
    yield h
    h.lanes.stop()


def metric(k, name: str, **labels: str) -> float:
    return k.runner.services.metrics.value(name, **labels)


def type_pin(k, pin: str = "1234") -> None:
    for d in pin:
        k.runner.post(s.PinDigit(d))
    k.runner.post(s.PinEnter())


def test_a_whole_session_is_counted_and_identification_is_the_kiosks_time_only(k):
    k.runner.card_presence(True)  # t=1000: reading the card
    k.now += 0.4
    k.settle()  # the PIN pad opens at 1000.4
    k.now += 12.0  # the patron types for 12 s: not the kiosk's time
    type_pin(k)
    k.now += 1.1
    k.settle()  # verified and checked at 1013.5
    assert k.phase is s.Phase.ITEMS
    assert metric(k, "kiosk_sessions_total", method="mynumber") == 1
    assert metric(k, "kiosk_identification_seconds", method="mynumber", result="ok") == 1
    assert 'kiosk_identification_seconds_sum{method="mynumber",result="ok"} 1.5' in k.runner.services.metrics.render()
    k.runner.item_seen("B1", "rfid")
    k.settle()
    k.lender.error = LibraryUnavailable("")  # the next loan fails
    k.runner.item_seen("B2", "rfid")
    k.settle()
    k.runner.post(s.FinishPressed())
    k.runner.post(s.ReceiptChosen(True))
    k.settle()
    assert metric(k, "kiosk_loans_total", mode="online") == 1
    assert metric(k, "kiosk_refusals_total", stage="item", reason="lend_failed") == 1
    assert metric(k, "kiosk_checkout_seconds", result="lent") == 1
    assert metric(k, "kiosk_checkout_seconds", result="refused") == 1
    assert metric(k, "kiosk_receipts_total", result="printed") == 1
    text = k.runner.services.metrics.render()
    for secret in (PATRON.number, "B1", "B2", "title", "1234"):
        assert secret not in text, secret


def test_wrong_pins_and_the_lockout_they_end_in_are_counted():
    h = Harness()
    try:
        wrong = [s.AuthFinished(False, "pin_wrong", 2), s.AuthFinished(False, "pin_wrong", 1),
                 s.AuthFinished(False, "pin_wrong", 0)]  # fmt: skip
        h.runner.services.card = Card(wrong)
        h.runner.card_presence(True)
        h.settle()
        type_pin(h, "0000")
        h.settle()
        type_pin(h, "1111")
        h.settle()
        assert h.phase is s.Phase.LAST_TRY
        h.runner.post(s.Acknowledge())
        type_pin(h, "2222")
        h.settle()
        assert h.phase is s.Phase.REFUSED and h.runner.view.refusal == "pin_blocked"
        assert metric(h, "kiosk_pin_failures_total") == 3 and metric(h, "kiosk_pin_lockouts_total") == 1
        assert metric(h, "kiosk_refusals_total", stage="patron", reason="pin_blocked") == 1
        assert metric(h, "kiosk_identification_seconds", method="mynumber", result="refused") == 1
        # a card already blocked when presented is a refusal, not a lockout here
        h.runner.post(s.Acknowledge())
        h.runner.services.card = Card([], tries=0)
        h.runner.card_presence(True)
        h.settle()
        assert metric(h, "kiosk_refusals_total", stage="patron", reason="pin_blocked") == 2
        assert metric(h, "kiosk_pin_lockouts_total") == 1 and metric(h, "kiosk_sessions_total", method="mynumber") == 2
    finally:
        h.lanes.stop()


def test_a_refusal_that_answers_at_once_is_counted_once(k):
    k.runner.services.card = None  # no reader: the runner answers the inspection itself, inside the same post
    k.runner.card_presence(True)
    assert k.phase is s.Phase.REFUSED
    assert metric(k, "kiosk_refusals_total", stage="patron", reason="no_reader") == 1
    assert metric(k, "kiosk_sessions_total", method="mynumber") == 1


def test_a_library_card_refused_by_the_library_system(k):
    k.library.status_error = OSError("unreachable")
    k.runner.barcode("10000001")
    k.settle()
    assert metric(k, "kiosk_sessions_total", method="barcode") == 1
    assert metric(k, "kiosk_refusals_total", stage="patron", reason="library_unavailable") == 1
    assert metric(k, "kiosk_identification_seconds", method="barcode", result="refused") == 1
    assert "10000001" not in k.runner.services.metrics.render()
