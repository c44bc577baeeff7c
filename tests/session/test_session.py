"""The patron-session state machine, driven with plain events (no Qt, no devices)."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventlog
from kiosk import session as s
from kiosk.session import Phase

PATRON = s.Patron("mynumber", "P0012345", "main")
DUE = dt.date(2026, 12, 5)


class Driver:
    """Feeds events with a fake monotonic clock and collects effects."""

    def __init__(self, **cfg) -> None:
        self.sess = s.Session(s.Config(**cfg))
        self.now = 1000.0
        self.effects: list = []

    def __call__(self, event) -> list:
        fx = self.sess.handle(event, self.now)
        self.effects.extend(fx)
        return fx

    def wait(self, seconds: float) -> list:
        out = []
        step = 1.0
        t = 0.0
        while t < seconds:
            d = min(step, seconds - t)
            self.now += d
            t += d
            out += self(s.Tick())
        return out

    @property
    def phase(self) -> Phase:
        return self.sess.phase

    @property
    def view(self) -> s.View:
        return self.sess.view

    def pin(self, digits: str = "1234") -> list:
        for d in digits:
            self(s.PinDigit(d))
        return self(s.PinEnter())

    def to_pin(self, tries: int = 3) -> None:
        self(s.CardInserted())
        self(s.CardInspected("pin_needed", tries_left=tries, last_try=tries == 1))
        if tries == 1:
            self(s.Acknowledge())
        assert self.phase is Phase.PIN

    def to_items(self) -> None:
        self.to_pin()
        self.pin()
        self(s.AuthFinished(True, "ok", patron=PATRON))
        self(s.PatronChecked(True))
        assert self.phase is Phase.ITEMS


def kinds(fx) -> list[type]:
    return [type(e) for e in fx]


# ------------------------------------------------------------------------------------------------ identification


def test_card_starts_inspection_and_opens_pad_after_tries_are_read():
    d = Driver()
    assert kinds(d(s.CardInserted())) == [s.InspectCard]
    assert d.phase is Phase.READING
    # nothing typed before the tries are known goes anywhere
    d(s.PinDigit("1"))
    assert d.view.pin_length == 0
    fx = d(s.CardInspected("pin_needed", tries_left=3))
    assert s.PlaySound(s.Cue.READ) in fx
    assert d.phase is Phase.PIN
    assert d.view.tries_left == 3 and not d.view.last_try


@pytest.mark.parametrize("tries", [3, 1])
def test_the_revocation_is_asked_about_once_when_the_pad_opens(tries):
    d = Driver()
    d(s.CardInserted())
    fx = d(s.CardInspected("pin_needed", tries_left=tries, last_try=tries == 1))
    assert kinds(fx).count(s.CheckRevocation) == 1
    if tries == 1:
        d(s.Acknowledge())
    d.pin("1111")
    d(s.AuthFinished(False, "pin_wrong", tries_left=2))  # the pad opens again for the same card session
    assert kinds(d.effects).count(s.CheckRevocation) == 1


@pytest.mark.parametrize("reason", ["not_jpki", "cert_untrusted", "pin_blocked"])
def test_a_card_refused_at_inspection_is_not_asked_about(reason):
    d = Driver()
    d(s.CardInserted())
    assert s.CheckRevocation not in kinds(d(s.CardInspected(reason, tries_left=3)))


@pytest.mark.parametrize("tries", [3, 1])
def test_a_definitely_refused_card_is_refused_before_the_pin(tries):
    d = Driver()
    d(s.CardInserted())
    d(s.CardInspected("pin_needed", tries_left=tries, last_try=tries == 1))
    d(s.PinDigit("1"))
    fx = d(s.RevocationChecked(True, "cert_revoked", "失効しています。"))
    assert d.phase is Phase.REFUSED and d.view.refusal == "cert_revoked" and d.view.refusal_message
    assert s.PlaySound(s.Cue.REFUSED) in fx and d.view.pin_length == 0
    d(s.PinDigit("2"))
    assert d(s.PinEnter()) == [] and s.VerifyPin not in kinds(d.effects)
    d(s.Acknowledge())
    assert d.phase is Phase.IDLE and s.ForgetCard in kinds(d.effects) and not d.sess.holds_patron_data()


def test_an_answer_that_refuses_nothing_leaves_the_pad_open():
    d = Driver()
    d.to_pin()
    assert d(s.RevocationChecked(False, "validation_unreachable")) == []
    assert d.phase is Phase.PIN


def test_after_enter_the_cards_answer_decides_not_the_early_one():
    d = Driver()
    d.to_pin()
    d.pin()
    assert d.phase is Phase.VERIFYING
    assert d(s.RevocationChecked(True, "cert_revoked")) == []
    assert d.phase is Phase.VERIFYING  # finish waits for that check and refuses by itself
    d(s.AuthFinished(False, "cert_revoked"))
    assert d.phase is Phase.REFUSED


def test_an_early_answer_reaching_a_library_card_session_is_ignored():
    d = Driver()
    d(s.PatronBarcode("10000001"))
    d(s.PatronChecked(True))
    assert d(s.RevocationChecked(True, "cert_revoked")) == [] and d.phase is Phase.ITEMS


def test_pin_is_masked_four_digits_and_enter_sends_one_verify():
    d = Driver()
    d.to_pin()
    for ch in "12x3a45678":
        d(s.PinDigit(ch))
    assert d.view.pin_length == 4
    assert d(s.PinEnter()) == [s.VerifyPin("1234")]
    assert d.phase is Phase.VERIFYING
    assert d.view.pin_length == 0
    # no second verify while the first is in flight
    assert d(s.PinEnter()) == []


def test_enter_with_short_pin_does_nothing_and_clear_empties():
    d = Driver()
    d.to_pin()
    d(s.PinDigit("1"))
    d(s.PinDigit("2"))
    assert d(s.PinEnter()) == []
    assert d.phase is Phase.PIN
    d(s.PinClear())
    assert d.view.pin_length == 0


def test_view_repr_and_effect_repr_never_show_the_pin():
    d = Driver()
    d.to_pin()
    (fx,) = d.pin("9876")
    assert "9876" not in repr(fx)
    assert "9876" not in repr(d.view)


def test_wrong_pin_returns_to_pad_with_tries_left_and_never_retries():
    d = Driver()
    d.to_pin(3)
    d.pin("1111")
    fx = d(s.AuthFinished(False, "pin_wrong", tries_left=2))
    assert not any(isinstance(e, s.VerifyPin) for e in fx)
    assert d.phase is Phase.PIN
    assert d.view.pin_was_wrong and d.view.tries_left == 2 and d.view.pin_length == 0


def test_wrong_pin_down_to_last_try_warns_before_pad_opens():
    d = Driver()
    d.to_pin(2)
    d.pin("1111")
    fx = d(s.AuthFinished(False, "pin_wrong", tries_left=1))
    assert s.PlaySound(s.Cue.WARNING) in fx
    assert d.phase is Phase.LAST_TRY
    assert d.view.last_try
    d(s.PinDigit("1"))
    assert d.view.pin_length == 0  # the pad is not open yet
    d(s.Acknowledge())
    assert d.phase is Phase.PIN and d.view.last_try


def test_last_try_read_at_inspection_warns_first():
    d = Driver()
    d(s.CardInserted())
    fx = d(s.CardInspected("pin_needed", tries_left=1, last_try=True))
    assert d.phase is Phase.LAST_TRY
    assert s.PlaySound(s.Cue.WARNING) in fx
    d(s.Cancel())
    assert d.phase is Phase.IDLE
    assert not d.sess.holds_patron_data()


@pytest.mark.parametrize("ev", [s.CardInspected("pin_blocked", tries_left=0), s.CardInspected("pin_needed", 0)])
def test_blocked_card_is_refused_and_never_gets_a_pad(ev):
    d = Driver()
    d(s.CardInserted())
    d(ev)
    assert d.phase is Phase.REFUSED
    assert d.view.refusal == "pin_blocked"
    d(s.PinDigit("1"))
    assert d(s.PinEnter()) == []
    d(s.Acknowledge())
    assert d.phase is Phase.IDLE


def test_last_wrong_pin_blocks_and_refuses():
    d = Driver()
    d.to_pin(1)
    d.pin()
    d(s.AuthFinished(False, "pin_blocked", tries_left=0))
    assert d.phase is Phase.REFUSED and d.view.refusal == "pin_blocked"


def test_pin_wrong_with_zero_left_counts_as_blocked():
    d = Driver()
    d.to_pin(1)
    d.pin()
    d(s.AuthFinished(False, "pin_wrong", tries_left=0))
    assert d.view.refusal == "pin_blocked"


@pytest.mark.parametrize("reason", ["cert_revoked", "cert_expired", "not_linked", "validation_unavailable"])
def test_auth_refusals_keep_their_reason(reason):
    d = Driver()
    d.to_pin()
    d.pin()
    fx = d(s.AuthFinished(False, reason, message="msg"))
    assert s.PlaySound(s.Cue.REFUSED) in fx
    assert d.phase is Phase.REFUSED
    assert d.view.refusal == reason and d.view.refusal_message == "msg"
    fx = d(s.Acknowledge())
    assert kinds(fx) == [s.ForgetCard, s.SessionCleared]  # no patron was identified: nothing to end upstream
    assert not d.sess.holds_patron_data()


@pytest.mark.parametrize("reason", ["not_jpki", "cert_untrusted", "card_protocol", "token_smartphone"])
def test_inspection_refusals(reason):
    d = Driver()
    d(s.CardInserted())
    d(s.CardInspected(reason))
    assert d.phase is Phase.REFUSED and d.view.refusal == reason


@pytest.mark.parametrize("phase_setup", ["reading", "last_try", "pin", "verifying"])
def test_card_removal_before_identification_ends_session(phase_setup):
    d = Driver()
    d(s.CardInserted())
    if phase_setup != "reading":
        d(s.CardInspected("pin_needed", tries_left=1 if phase_setup == "last_try" else 3))
    if phase_setup == "pin":
        d(s.PinDigit("5"))
    if phase_setup == "verifying":
        d.pin()
    fx = d(s.CardRemoved())
    assert isinstance(fx[-1], s.SessionCleared) and fx[-1].why == "card_removed"
    assert d.phase is Phase.IDLE and not d.sess.holds_patron_data()
    # a late answer for the removed card is ignored
    assert d(s.AuthFinished(True, "ok", patron=PATRON)) == []
    assert d.phase is Phase.IDLE


def test_card_removal_after_identification_keeps_the_session():
    d = Driver()
    d.to_items()
    assert d(s.CardRemoved()) == []
    assert d.phase is Phase.ITEMS


def test_patron_status_refusal_ends_patron_session_upstream():
    d = Driver()
    d.to_pin()
    d.pin()
    d(s.AuthFinished(True, "ok", patron=PATRON))
    assert d.phase is Phase.CHECKING
    d(s.PatronChecked(False, "patron_blocked", "延滞があります"))
    assert d.phase is Phase.REFUSED and d.view.refusal == "patron_blocked"
    fx = d(s.Acknowledge())
    assert s.EndPatronSession(PATRON) in fx


def test_barcode_patron_is_checked_through_the_library_system():
    d = Driver()
    fx = d(s.PatronBarcode(" 21000123 "))
    assert s.CheckPatron(s.Patron("barcode", "21000123"), barcode=True) in fx
    assert d.phase is Phase.CHECKING
    d(s.PatronChecked(True))
    assert d.phase is Phase.ITEMS and d.view.method == "barcode"


@pytest.mark.parametrize("code", ["", "   ", "x" * 65, "ab\x00c"])
def test_garbage_barcode_is_ignored(code):
    d = Driver()
    assert d(s.PatronBarcode(code)) == []
    assert d.phase is Phase.IDLE


def test_methods_not_offered_are_ignored():
    d = Driver(methods=("barcode",))
    assert d(s.CardInserted()) == []
    d2 = Driver(methods=("mynumber",))
    assert d2(s.PatronBarcode("123")) == []


def test_card_removal_does_not_end_a_barcode_session():
    d = Driver()
    d(s.PatronBarcode("123"))
    assert d(s.CardRemoved()) == []
    assert d.phase is Phase.CHECKING


# ------------------------------------------------------------------------------------------------ items


def test_items_lend_once_each_and_show_due_dates():
    d = Driver()
    d.to_items()
    fx = d(s.ItemPresented("B1"))
    assert fx == [s.Lend(PATRON, "B1", "rfid")]
    assert d(s.ItemPresented("B1")) == []  # the pad reports the same tag again
    d(s.ItemPresented("B2", "barcode"))
    assert d.view.pending == 2
    fx = d(s.ItemFinished("B1", s.ItemState.LENT, "本", DUE))
    assert s.PlaySound(s.Cue.LENT) in fx
    fx = d(s.ItemFinished("B2", s.ItemState.REFUSED, reason="hold_for_other", message="予約があります"))
    assert s.PlaySound(s.Cue.REFUSED) in fx
    v = d.view
    assert [(i.item_id, i.state) for i in v.items] == [("B1", s.ItemState.LENT), ("B2", s.ItemState.REFUSED)]
    assert v.items[0].due == DUE and v.items[1].message == "予約があります"
    assert v.lent_count == 1 and v.pending == 0


def test_refused_item_can_be_tried_again_by_scan_not_by_pad_repeat():
    d = Driver()
    d.to_items()
    d(s.ItemPresented("B2"))
    d(s.ItemFinished("B2", s.ItemState.REFUSED, reason="x"))
    assert d(s.ItemPresented("B2", "rfid")) == []
    assert d(s.ItemPresented("B2", "barcode")) == [s.Lend(PATRON, "B2", "barcode")]


def test_item_results_for_unknown_items_are_ignored():
    d = Driver()
    d.to_items()
    assert d(s.ItemFinished("ZZ", s.ItemState.LENT)) == []
    assert d.view.items == ()


def test_items_outside_items_phase_are_ignored():
    d = Driver()
    assert d(s.ItemPresented("B1")) == []
    d.to_pin()
    assert d(s.ItemPresented("B1")) == []


def test_finish_waits_for_lends_in_flight():
    d = Driver()
    d.to_items()
    d(s.ItemPresented("B1"))
    assert d(s.FinishPressed()) == []
    assert d.phase is Phase.ITEMS
    d(s.ItemFinished("B1", s.ItemState.LENT, due=DUE))
    d(s.FinishPressed())
    assert d.phase is Phase.RECEIPT


def test_receipt_ask_yes_prints_lent_items_only_then_goodbye():
    d = Driver()
    d.to_items()
    d(s.ItemPresented("B1"))
    d(s.ItemPresented("B2"))
    d(s.ItemFinished("B1", s.ItemState.LENT, due=DUE))
    d(s.ItemFinished("B2", s.ItemState.REFUSED, reason="x"))
    d(s.FinishPressed())
    fx = d(s.ReceiptChosen(True))
    (pr,) = fx
    assert isinstance(pr, s.PrintReceipt) and [i.item_id for i in pr.items] == ["B1"]
    assert d.phase is Phase.PRINTING
    fx = d(s.ReceiptDone(True))
    assert s.EndPatronSession(PATRON) in fx and s.ForgetCard() in fx
    assert d.phase is Phase.GOODBYE
    assert not d.sess.holds_patron_data()
    fx = d.wait(7)
    assert kinds(fx) == [s.SessionCleared]
    assert d.phase is Phase.IDLE


def test_receipt_carries_the_holds_count_the_library_gave_and_it_is_forgotten():
    d = Driver(receipt=s.ReceiptPolicy.ALWAYS)
    d.to_pin()
    d.pin()
    d(s.AuthFinished(True, "ok", patron=PATRON))
    d(s.PatronChecked(True, holds_ready=2))
    d(s.ItemPresented("B1"))
    d(s.ItemFinished("B1", s.ItemState.LENT_OFFLINE, due=DUE))
    (pr,) = d(s.FinishPressed())
    assert isinstance(pr, s.PrintReceipt) and pr.holds_ready == 2
    assert pr.items[0].state is s.ItemState.LENT_OFFLINE and pr.items[0].due == DUE
    assert "2" not in repr(pr).replace("PrintReceipt", "")  # nothing of the patron in a repr (logs)
    d(s.ReceiptDone(True))
    assert not d.sess.holds_patron_data()
    d.wait(7)
    d.to_items()  # the next patron: the library said nothing about holds
    d(s.ItemPresented("B2"))
    d(s.ItemFinished("B2", s.ItemState.LENT, due=DUE))
    (pr,) = d(s.FinishPressed())
    assert pr.holds_ready is None


def test_receipt_ask_no_goes_to_goodbye_without_printing():
    d = Driver()
    d.to_items()
    d(s.ItemPresented("B1"))
    d(s.ItemFinished("B1", s.ItemState.LENT_OFFLINE, due=DUE))
    d(s.FinishPressed())
    fx = d(s.ReceiptChosen(False))
    assert not any(isinstance(e, s.PrintReceipt) for e in fx)
    assert d.phase is Phase.GOODBYE


@pytest.mark.parametrize("policy, prints", [(s.ReceiptPolicy.ALWAYS, True), (s.ReceiptPolicy.NEVER, False)])
def test_receipt_policies(policy, prints):
    d = Driver(receipt=policy)
    d.to_items()
    d(s.ItemPresented("B1"))
    d(s.ItemFinished("B1", s.ItemState.LENT, due=DUE))
    fx = d(s.FinishPressed())
    assert any(isinstance(e, s.PrintReceipt) for e in fx) is prints
    assert d.phase is (Phase.PRINTING if prints else Phase.GOODBYE)


def test_nothing_lent_means_no_receipt_question():
    d = Driver()
    d.to_items()
    d(s.FinishPressed())
    assert d.phase is Phase.GOODBYE


def test_failed_receipt_still_ends_the_session():
    d = Driver(receipt=s.ReceiptPolicy.ALWAYS)
    d.to_items()
    d(s.ItemPresented("B1"))
    d(s.ItemFinished("B1", s.ItemState.LENT, due=DUE))
    d(s.FinishPressed())
    d(s.ReceiptDone(False, "paper_out"))
    assert d.phase is Phase.GOODBYE


def test_next_patron_during_goodbye_starts_at_once():
    d = Driver()
    d.to_items()
    d(s.FinishPressed())
    fx = d(s.CardInserted())
    assert kinds(fx) == [s.SessionCleared, s.InspectCard]
    assert d.phase is Phase.READING


# ------------------------------------------------------------------------------------------------ timeouts


def test_inactivity_warning_then_countdown_then_end():
    d = Driver(timeout_s=30, warning_s=10)
    d.to_items()
    d(s.ItemPresented("B1"))
    d(s.ItemFinished("B1", s.ItemState.LENT, due=DUE))
    fx = d.wait(29)
    assert fx == [] and d.view.countdown is None
    fx = d.wait(1)
    assert fx == [s.PlaySound(s.Cue.WARNING)]
    assert d.view.countdown == 10
    d.wait(4)
    assert d.view.countdown == 6
    fx = d.wait(6)
    assert s.EndPatronSession(PATRON) in fx
    assert isinstance(fx[-1], s.SessionCleared) and fx[-1].why == "timeout"
    assert d.phase is Phase.IDLE and not d.sess.holds_patron_data()
    assert d.view == s.View(Phase.IDLE, "ja")


def test_touch_during_countdown_keeps_the_session():
    d = Driver(timeout_s=30, warning_s=10)
    d.to_items()
    d.wait(35)
    assert d.view.countdown is not None
    d(s.Touch())
    assert d.view.countdown is None
    d.wait(29)
    assert d.phase is Phase.ITEMS


def test_clock_does_not_run_while_lends_are_in_flight_and_end_waits_for_them():
    d = Driver(timeout_s=30, warning_s=10)
    d.to_items()
    d(s.ItemPresented("B1"))
    d.wait(100)
    assert d.phase is Phase.ITEMS and d.view.countdown is None
    d(s.ItemFinished("B1", s.ItemState.LENT, due=DUE))
    d.wait(40)
    assert d.phase is Phase.IDLE


def test_cancel_with_lend_in_flight_ends_after_the_result():
    d = Driver()
    d.to_pin()
    d(s.Cancel())
    assert d.phase is Phase.IDLE
    d.to_items()
    d(s.ItemPresented("B1"))
    d(s.Cancel())  # "end" on the item screen = finish, which waits
    assert d.phase is Phase.ITEMS


def test_timeout_on_pin_pad_and_refusal_screen():
    d = Driver(timeout_s=20, warning_s=5)
    d.to_pin()
    d(s.PinDigit("1"))
    d.wait(25)
    assert d.phase is Phase.IDLE and not d.sess.holds_patron_data()
    d(s.CardInserted())
    d(s.CardInspected("not_linked"))
    d.wait(25)
    assert d.phase is Phase.IDLE


def test_pin_digits_count_as_activity():
    d = Driver(timeout_s=20, warning_s=5)
    d.to_pin()
    for _ in range(10):
        d.wait(15)
        d(s.PinDigit("1"))
        d(s.PinClear())
    assert d.phase is Phase.PIN


def test_no_clock_in_idle_reading_or_checking():
    d = Driver(timeout_s=5, warning_s=5)
    assert d.wait(100) == []
    d(s.CardInserted())
    d.wait(100)
    assert d.phase is Phase.READING


def test_language_is_reset_for_the_next_patron():
    d = Driver(languages=("ja", "en", "ko"))
    d(s.LanguageChosen("ko"))
    d(s.LanguageChosen("xx"))
    assert d.view.language == "ko"
    d.to_pin()
    d(s.Cancel())
    assert d.view.language == "ja"


def test_unknown_event_is_a_programming_error():
    with pytest.raises(s.SessionError):
        s.Session().handle(object(), 0.0)  # type: ignore[arg-type]


def test_item_cannot_finish_as_pending():
    d = Driver()
    d.to_items()
    d(s.ItemPresented("B1"))
    with pytest.raises(s.SessionError):
        d(s.ItemFinished("B1", s.ItemState.PENDING))


# ------------------------------------------------------------------------------------------------ privacy


def test_logs_carry_no_pin_patron_or_item_and_have_a_session_id():
    buf = io.StringIO()
    eventlog.setup("DEBUG", stream=buf)
    try:
        d = Driver()
        d.to_pin()
        d.pin("4321")
        d(s.AuthFinished(False, "pin_wrong", tries_left=2))
        d.pin("9876")
        d(s.AuthFinished(True, "ok", patron=PATRON))
        d(s.PatronChecked(True))
        d(s.ItemPresented("ITEM-778899"))
        d(s.ItemFinished("ITEM-778899", s.ItemState.LENT, "秘密の題名", DUE))
        d(s.FinishPressed())
        d(s.ReceiptChosen(False))
        d.wait(10)
    finally:
        logging.getLogger().handlers.clear()
    text = buf.getvalue()
    lines = [json.loads(x) for x in text.splitlines() if x.strip()]
    assert any(x["event"] == "session.start" for x in lines)
    session_lines = [x for x in lines if x["logger"] == "kiosk.session" and x["event"] != "session.end"]
    assert all("session" in x for x in session_lines)
    for secret in ("4321", "9876", "P0012345", "ITEM-778899", "秘密の題名"):
        assert secret not in text


# ------------------------------------------------------------------------------------------------ properties

EVENTS = st.one_of(
    st.just(s.CardInserted()),
    st.just(s.CardRemoved()),
    st.builds(
        s.CardInspected,
        st.sampled_from(["pin_needed", "pin_needed", "not_jpki", "pin_blocked"]),
        st.integers(0, 3),
        st.booleans(),
    ),
    st.builds(s.PatronBarcode, st.sampled_from(["123", "", "x" * 70])),
    st.builds(s.PinDigit, st.sampled_from(list("0123456789a"))),
    st.just(s.PinClear()),
    st.just(s.PinEnter()),
    st.just(s.Acknowledge()),
    st.just(s.Cancel()),
    st.builds(
        s.AuthFinished,
        st.booleans(),
        st.sampled_from(["ok", "pin_wrong", "cert_revoked"]),
        st.integers(0, 3),
        st.just(PATRON),
    ),
    st.builds(s.PatronChecked, st.booleans(), st.sampled_from(["ok", "patron_blocked"])),
    st.builds(s.RevocationChecked, st.booleans(), st.sampled_from(["cert_revoked", "validation_timeout"])),
    st.builds(s.ItemPresented, st.sampled_from(["A", "B", "C"]), st.sampled_from(["rfid", "barcode"])),
    st.builds(
        s.ItemFinished,
        st.sampled_from(["A", "B", "C"]),
        st.sampled_from([s.ItemState.LENT, s.ItemState.REFUSED, s.ItemState.LENT_OFFLINE]),
    ),
    st.just(s.FinishPressed()),
    st.builds(s.ReceiptChosen, st.booleans()),
    st.builds(s.ReceiptDone, st.booleans()),
    st.just(s.Touch()),
    st.just(s.Tick()),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(EVENTS, st.floats(0, 50)), max_size=60))
def test_invariants_under_any_event_sequence(steps):
    sess = s.Session(s.Config(timeout_s=30, warning_s=10))
    now = 0.0
    typed: list[str] = []
    for ev, dt_ in steps:
        now += dt_
        before = sess.phase
        fx = sess.handle(ev, now)
        if isinstance(ev, s.PinDigit) and before is Phase.PIN and ev.digit.isdigit() and len(typed) < 4:
            typed.append(ev.digit)
        if isinstance(ev, s.PinClear | s.Cancel):
            typed.clear()
        for e in fx:
            if isinstance(e, s.VerifyPin):
                # a VERIFY only ever follows the patron's own Enter, with exactly the 4 digits typed
                assert isinstance(ev, s.PinEnter) and before is Phase.PIN
                assert e.pin == "".join(typed)
            if isinstance(e, s.SessionCleared):
                if isinstance(ev, s.CardInserted | s.PatronBarcode):
                    # the next patron started at once: nothing of the previous one came along
                    assert sess.view.items == () and sess.view.refusal == ""
                else:
                    assert not sess.holds_patron_data()
                    assert sess.phase is Phase.IDLE
            if isinstance(e, s.Lend):
                assert sess.phase in (Phase.ITEMS,)
            if isinstance(e, s.PrintReceipt):
                assert all(i.state is not s.ItemState.PENDING for i in e.items)
        if sess.phase is not Phase.PIN:
            typed.clear()
        v = sess.view
        assert 0 <= v.pin_length <= 4
        if sess.phase is Phase.IDLE:
            assert not sess.holds_patron_data()


# ------------------------------------------------------------------------------------------------ barcode password


def test_barcode_password_goes_through_the_pad_to_the_library():
    d = Driver(barcode_password=True)
    fx = d(s.PatronBarcode("10000001"))
    assert d.phase is Phase.PIN and d.view.method == "barcode" and d.view.tries_left is None
    assert not any(isinstance(e, s.CheckPatron) for e in fx)  # nothing is checked before the password
    fx = d.pin("4321")
    (check,) = [e for e in fx if isinstance(e, s.CheckPatron)]
    assert check.password == "4321" and check.barcode and "4321" not in repr(check)
    assert not any(isinstance(e, s.VerifyPin) for e in fx)  # never a card VERIFY for a library card
    assert d.phase is Phase.CHECKING
    d(s.PatronChecked(False, "wrong_password"))
    assert d.phase is Phase.REFUSED and d.view.refusal == "wrong_password"


def test_barcode_password_cancel_and_timeout():
    d = Driver(barcode_password=True, timeout_s=20, warning_s=5)
    d(s.PatronBarcode("10000001"))
    d(s.Cancel())
    assert d.phase is Phase.IDLE and not d.sess.holds_patron_data()
    d(s.PatronBarcode("10000001"))
    d.wait(30)
    assert d.phase is Phase.IDLE and not d.sess.holds_patron_data()
