"""kiosk.circulation against the demo library system: results, reason codes, lost replies."""

from datetime import datetime, timedelta

import pytest

from kiosk.circulation import Circulation
from kiosk.sip2 import demo_data

from .conftest import assert_no_secrets

OK, BLOCKED, EXPIRED, AT_LIMIT, HOLDS = (
    demo_data.PATRON_OK,
    demo_data.PATRON_BLOCKED,
    demo_data.PATRON_EXPIRED,
    demo_data.PATRON_AT_LIMIT,
    demo_data.PATRON_WITH_HOLDS,
)


@pytest.fixture
def circ(client):
    return Circulation(client)


@pytest.mark.parametrize("patron, password, reason", [
    (OK, None, "ok"),
    (OK, "1234", "ok"),
    (OK, "0000", "wrong_password"),
    (BLOCKED, None, "card_lost"),
    (EXPIRED, None, "excessive_fines"),
    (AT_LIMIT, None, "too_many_items"),
    (HOLDS, None, "ok"),
    ("99999999", None, "patron_unknown"),
])  # fmt: skip
def test_patron_status_reasons(circ, patron, password, reason):
    st = circ.patron_status(patron, password)
    assert st.reason == reason and st.ok == (reason == "ok")
    if reason in ("card_lost", "excessive_fines"):
        assert st.message  # the library system's own words


def test_patron_info_with_loans_and_holds(circ):
    assert circ.checkout(HOLDS, "T0000001").ok
    info = circ.patron_info(HOLDS)
    loans = {ln.item: ln for ln in info.loans}
    assert set(loans) == {"T0000001", *demo_data.SERVICE_LOANS}
    assert loans["T0000001"].title.startswith("吾輩は猫である") and loans["T0000001"].due
    assert [item for item, ln in loans.items() if ln.overdue] == [demo_data.ITEM_OVERDUE]
    assert [(h.item, h.title.split(" / ")[0], h.pickup) for h in info.holds_ready] == [
        ("T0000018", "注文の多い料理店", demo_data.HOLD_SHELF),
        ("T0000019", "草枕", demo_data.OTHER_BRANCH),
    ]
    kept = (datetime.now() + timedelta(days=demo_data.HOLD_KEPT_DAYS)).date()
    assert all(h.expires is not None and h.expires.date() == kept for h in info.holds_ready)
    assert info.loan_limit == 10
    assert len(circ.patron_info(AT_LIMIT).loans) == 10


def test_checkout_ok_and_every_refusal_has_reason_and_message(circ, captured_logs):
    r = circ.checkout(OK, "T0000002")
    assert r.ok and r.reason == "ok" and r.title.startswith("坊っちゃん")
    assert r.due.date() == (datetime.now() + timedelta(days=14)).date()
    cases = {
        (BLOCKED, "T0000003"): "card_lost",
        (EXPIRED, "T0000003"): "excessive_fines",
        (AT_LIMIT, "T0000003"): "too_many_items",
        (OK, "T0000013"): "item_on_hold",
        (OK, "T0000014"): "not_for_loan",
        (OK, "X0000000"): "item_unknown",
        (HOLDS, "T0000002"): "lent_to_other",
        (OK, "T0000002"): "already_lent_to_you",
        ("99999999", "T0000003"): "patron_unknown",
    }
    for (patron, item), reason in cases.items():
        res = circ.checkout(patron, item)
        assert not res.ok and res.reason == reason, (patron, item, res.reason)
        assert res.message, (patron, item)
    assert circ.checkout(OK, "T0000004", password="0000").reason == "wrong_password"
    assert_no_secrets(captured_logs)


def test_checkout_reply_lost_after_commit_is_looked_up_not_resent(library, circ, captured_logs):
    library.inject("lose_reply", command="11")
    r = circ.checkout(OK, "T0000005")
    assert r.ok and r.recovered and r.due is not None and r.title.startswith("雪国")
    assert library.counts["11"] == 1  # never sent twice
    assert library.state.loan("T0000005").renewals == 0
    assert_no_secrets(captured_logs)


def test_checkout_dropped_before_execution_is_sent_once_more_after_lookup(library, circ):
    library.inject("drop", command="11")
    r = circ.checkout(OK, "T0000006")
    assert r.ok and not r.recovered
    assert library.counts["11"] == 1
    assert [e[0] for e in library.state.circ_log()] == ["checkout"]


def test_outcome_unknown_when_the_library_system_vanishes(library, circ):
    library.inject("lose_reply", command="11")
    library.inject("drop", command="17", count=100)
    library.inject("drop", command="63", count=100)
    r = circ.checkout(OK, "T0000007")
    assert not r.ok and r.reason == "outcome_unknown"


def test_renew_and_checkin(library, circ):
    assert circ.checkout(OK, "T0000008").ok
    r = circ.renew(OK, "T0000008")
    assert r.ok and r.renewed
    assert circ.renew(HOLDS, "T0000008").reason == "not_checked_out"
    library.inject("lose_reply", command="29")
    again = circ.renew(OK, "T0000008")  # executed, reply lost; same-day due date: cannot tell, never re-sent
    assert not again.ok and again.reason == "outcome_unknown"
    assert library.counts["29"] == 3
    third = circ.renew(OK, "T0000008")
    assert not third.ok and third.reason == "renewal_refused" and third.message
    back = circ.checkin("T0000008")
    assert back.ok and back.location == "本館" and not back.alert
    assert circ.checkin("T0000008").reason == "not_checked_out"
    assert circ.checkin("X0000000").reason == "item_unknown"
    library.inject("lose_reply", command="09")
    assert circ.checkout(OK, "T0000009").ok
    rec = circ.checkin("T0000009")
    assert rec.ok and rec.recovered
    assert library.counts["09"] == 4


def test_end_session(circ):
    assert circ.end_session(OK) is True


def test_renew_reply_lost_with_a_moved_due_date_is_recovered(library, circ):
    library.inject("lose_reply", command="29")
    r = circ.renew(AT_LIMIT, "T1000001")  # its due date was 11 days out, a renewal makes it 14
    assert r.ok and r.recovered
    assert library.counts["29"] == 1 and library.state.loan("T1000001").renewals == 1
