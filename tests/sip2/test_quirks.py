"""The kiosk against a library system with the quirks of real servers (issue 13), over TCP on 127.0.0.1: the demo
library system closing the connection without a reply to chosen requests, repeating its last reply after a 97
under another sequence number, announcing timeout 000 while online, sending replies without AY/AZ, oversize and
``|``-heavy replies, and numbers that ``str.isdigit`` takes for digits."""

import pytest

from kiosk.circulation import Circulation
from kiosk.services import SyncReport
from kiosk.session import Patron
from kiosk.sip2 import demo_data
from kiosk.sip2.codec import MAX_FRAME_BYTES
from kiosk.sip2.errors import ConnectionLost
from kiosk_app.adapters.journal import JournalAdapter
from kiosk_app.adapters.library import Sip2Library
from offline_queue import Journal, OfflinePolicy

from .conftest import assert_no_secrets, make_client

OK, BLOCKED, AT_LIMIT, HOLDS = (demo_data.PATRON_OK, demo_data.PATRON_BLOCKED, demo_data.PATRON_AT_LIMIT,
                                demo_data.PATRON_WITH_HOLDS)  # fmt: skip
NOT_FOR_LOAN = demo_data.ITEM_NOT_FOR_LOAN
FOREVER = 1000  # a fault that holds for every request of the test


def connected(library, **kw):
    c = make_client(library, **kw)
    c.connect()
    return c


def executed(library, op):
    return [(p, i) for o, p, i, ok, _ in library.state.circ_log() if o == op and ok]


# ------------------------------------------------------------------------------------- 97 and its repeat


def test_a_repeat_after_97_under_another_sequence_number_is_the_reply(library, captured_logs):
    library.resend_seq = 0
    # a short timeout: waiting for a reply that was already there would raise Timeout here
    c = connected(library, timeout=3.0, retries=0)
    library.inject("garble", command="11")  # goes out under AY2 (after 93 and 99); the repeat comes under AY0
    reply = c.checkout(OK, "T0000002")
    assert reply.fixed["ok"] == "1" and reply.seq == 0
    assert executed(library, "checkout") == [(OK, "T0000002")] and c.connects == 1
    library.inject("garble", command="17")
    assert c.item_info("T0000002").fixed["circulation_status"] == "04"
    c.close()
    assert_no_secrets(captured_logs)


def test_a_repeat_after_97_makes_an_ordinary_loan_not_a_recovered_one(library):
    library.resend_seq = 7
    c = connected(library, timeout=3.0, retries=0)
    library.inject("garble", command="11")
    r = Circulation(c).checkout(OK, "T0000003")
    assert r.ok and not r.recovered and r.due is not None
    c.close()


# ------------------------------------------------------------------------------------ timeout 000, online


def test_timeout_000_with_online_y_syncs_the_journal(library, tmp_path):
    library.timeout_period = "000"
    c = connected(library, use_acs_timeout=True, timeout=9.0)
    assert c.status.online and c.timeout == 9.0
    journal = Journal(tmp_path / "offline.sqlite", tmp_path / "offline.key")
    try:
        journal.enqueue(OK, "T0000004")
        policy = OfflinePolicy(lending=True, items_per_patron=3, identification=("mynumber",))
        adapter = JournalAdapter(journal, policy, Sip2Library(c))
        report = adapter.sync()
        assert report == SyncReport(1, 0, 0, "")
        assert executed(library, "checkout") == [(OK, "T0000004")]
    finally:
        journal.close()
        c.close()


# ------------------------------------------------------------------------------------ no AY/AZ in replies


def test_replies_without_error_detection_are_accepted_and_logged_once_per_connection(library, captured_logs):
    library.error_detection = False
    c = connected(library, timeout=3.0, retries=0)
    assert c.error_detection and c.status.online
    circ = Circulation(c)
    assert circ.checkout(OK, "T0000006").ok
    assert circ.patron_status(BLOCKED).reason == "card_lost"
    assert [line for line in captured_logs if "sip2.reply_unchecked" in line] and sum(
        "sip2.reply_unchecked" in line for line in captured_logs
    ) == 1
    c.close()
    assert_no_secrets(captured_logs)


# ---------------------------------------------------------------------------------- oversize and | heavy


def test_a_pipe_heavy_reply_within_the_limit_is_read(library):
    c = connected(library, timeout=3.0)
    library.inject("bloat", command="17", size=MAX_FRAME_BYTES - 100)
    info = c.item_info("T0000001")
    assert info.text("AJ").startswith("吾輩は猫である") and len(info.get("ZZ")) > MAX_FRAME_BYTES - 1000
    c.close()


def test_an_oversize_reply_resets_the_link_and_a_checkout_is_looked_up(library, captured_logs):
    c = connected(library, timeout=3.0)
    library.inject("bloat", command="17", size=60_000, count=FOREVER)
    with pytest.raises(ConnectionLost) as e:
        c.item_info("T0000001")
    assert e.value.reason == "frame_too_long"
    library.clear_faults()
    assert c.item_info("T0000001").code == "18"  # the link works again
    library.inject("bloat", command="11", size=60_000)
    r = Circulation(c).checkout(OK, "T0000007")
    assert r.ok and r.recovered  # the 12 was too long: looked up, not sent again
    assert executed(library, "checkout") == [(OK, "T0000007")]
    c.close()
    assert_no_secrets(captured_logs)


# ---------------------------------------------------- closing without a reply to 17, 63 or 09 for some items


def test_an_online_refusal_keeps_the_library_message_and_a_reason_when_17_is_never_answered(library):
    c = connected(library, timeout=3.0)
    circ = Circulation(c)
    library.inject("drop", command="17", about=NOT_FOR_LOAN, count=FOREVER)
    r = circ.checkout(OK, NOT_FOR_LOAN)
    assert (r.ok, r.reason, r.message) == (False, "refused", "この資料は館内利用のみです。")
    library.inject("drop", command="17", about="T0000008", count=FOREVER)
    r = circ.checkout(BLOCKED, "T0000008")
    assert (r.ok, r.reason) == (False, "card_lost") and r.message  # the 23 still explains it
    c.close()


def test_a_patron_check_with_holds_falls_back_to_23_when_63_is_never_answered(library):
    c = connected(library, timeout=3.0)
    sip2 = Sip2Library(c)
    assert sip2.patron_status(Patron("barcode", HOLDS), holds=True).holds_ready == 2
    library.inject("drop", command="63", about=HOLDS, count=FOREVER)
    checked = sip2.patron_status(Patron("barcode", HOLDS), holds=True)
    assert checked.ok and checked.reason == "ok" and checked.holds_ready is None and sip2.online
    library.inject("drop", command="63", about=BLOCKED, count=FOREVER)
    assert sip2.patron_status(Patron("barcode", BLOCKED), holds=True).reason == "card_lost"
    c.close()


def test_renew_is_sent_when_17_is_never_answered(library):
    c = connected(library, timeout=3.0)
    library.inject("drop", command="17", about="T1000001", count=FOREVER)
    r = Circulation(c).renew(AT_LIMIT, "T1000001")
    assert r.ok and r.due is not None and executed(library, "renew") == [(AT_LIMIT, "T1000001")]
    c.close()


def test_patron_info_leaves_out_what_is_not_answered(library):
    c = connected(library, timeout=3.0)
    circ = Circulation(c)
    library.inject("drop", command="17", about="T1000003", count=FOREVER)
    info = circ.patron_info(AT_LIMIT)
    assert info.status.reason == "too_many_items" and len(info.loans) == 10 and not info.complete
    titles = {loan.item: loan.title for loan in info.loans}
    assert titles["T1000003"] == "" and titles["T1000004"].startswith("図書館の本")
    library.inject("drop", command="63", about=HOLDS, count=FOREVER)
    info = circ.patron_info(HOLDS)
    assert info.ok and info.status.name == "予約 さくら" and info.loans == [] and not info.complete
    c.close()


def test_a_lost_checkout_reply_is_recovered_from_the_charged_list_when_17_is_never_answered(library):
    c = connected(library, timeout=3.0)
    library.inject("lose_reply", command="11")
    library.inject("drop", command="17", about="T0000009", count=FOREVER)
    r = Circulation(c).checkout(OK, "T0000009")
    assert r.ok and r.recovered and r.due is None  # lent; the due date could not be read
    assert executed(library, "checkout") == [(OK, "T0000009")]
    c.close()


def test_a_checkin_without_a_reply_is_not_sent_twice_blindly(library):
    c = connected(library, timeout=3.0)
    library.inject("drop", command="09", about="T1000005", count=FOREVER)
    r = Circulation(c).checkin("T1000005")
    # dropped before execution, each time: looked up (still lent), sent once more, then unknown
    assert (r.ok, r.reason) == (False, "outcome_unknown") and executed(library, "checkin") == []
    c.close()


# ------------------------------------------------------------------------------------ numbers like "²"


@pytest.mark.parametrize("value", ["²", "１０", "-1"])
def test_a_loan_limit_that_is_not_an_ascii_number_is_unknown(library, value):
    c = connected(library, timeout=3.0)
    library.inject("field", command="63", field=("CB", value), count=FOREVER)
    info = Circulation(c).patron_info(OK)
    assert info.ok and info.loan_limit is None
    library.clear_faults()
    assert Circulation(c).patron_info(OK).loan_limit == demo_data.LOAN_LIMIT
    c.close()
