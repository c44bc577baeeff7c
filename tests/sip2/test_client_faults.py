"""The client against the demo library system with injected faults: drops at each step, lost replies after a
commit, 96/97/98, delays, restarts, keep-alive. Privacy of the log lines is checked throughout."""

import time

import pytest

from kiosk.sip2 import demo_data
from kiosk.sip2.errors import ConnectionLost, Offline, ProtocolError, Timeout

from .conftest import assert_no_secrets, make_client

OK = demo_data.PATRON_OK

READ_ONLY_CALLS = {
    "23": lambda c: c.patron_status(OK),
    "63": lambda c: c.patron_info(OK, summary="charged"),
    "17": lambda c: c.item_info("T0000001"),
    "35": lambda c: c.end_session(OK),
}


@pytest.mark.parametrize("code", sorted(READ_ONLY_CALLS))
@pytest.mark.parametrize("kind", ["drop", "lose_reply", "garble", "resend", "status"])
def test_read_only_requests_survive_every_fault(library, client, captured_logs, code, kind):
    library.inject(kind, command=code)
    reply = READ_ONLY_CALLS[code](client)
    assert reply.code == str(int(code) + 1)
    assert_no_secrets(captured_logs)


@pytest.mark.parametrize("code, call", [
    ("11", lambda c: c.checkout(OK, "T0000002")),
    ("09", lambda c: c.checkin("T1000001")),
    ("29", lambda c: c.renew(demo_data.PATRON_AT_LIMIT, "T1000002")),
])  # fmt: skip
def test_state_changing_requests_are_never_resent_blindly(library, client, captured_logs, code, call):
    # dropped before execution: the call fails, nothing happened, and nothing was re-sent
    library.inject("drop", command=code)
    with pytest.raises(ConnectionLost) as e:
        call(client)
    assert e.value.maybe_committed
    assert library.counts.get(code, 0) == 0
    # executed, then the reply lost: the call fails and the library system executed it exactly once
    library.inject("lose_reply", command=code)
    with pytest.raises(ConnectionLost):
        call(client)
    assert library.counts[code] == 1
    assert len([r for r in library.state.circ_log() if r[3]]) == 1
    assert_no_secrets(captured_logs)


def test_lost_checkout_reply_is_looked_up(library, client):
    library.inject("lose_reply", command="11")
    with pytest.raises(ConnectionLost):
        client.checkout(OK, "T0000003")
    found = client.lookup_loan(OK, "T0000003")
    assert found.charged_to_patron and found.due is not None and found.title.startswith("羅生門")
    other = client.lookup_loan(demo_data.PATRON_WITH_HOLDS, "T0000003")
    assert other.charged and not other.charged_to_patron
    free = client.lookup_loan(OK, "T0000004")
    assert not free.charged and not free.charged_to_patron and free.circulation_status == "03"


def test_checkout_with_96_98_97_recovers_without_double_execution(library, client):
    for kind in ("resend", "status", "garble"):
        library.inject(kind, command="11")
    r = client.checkout(OK, "T0000006")
    assert r.fixed["ok"] == "1"
    # 96 and 98 do not execute; the garbled reply is asked for again with 97, not re-executed
    assert [op for op in library.state.circ_log() if op[0] == "checkout"] == [("checkout", OK, "T0000006", True, False)]


def test_endless_96_is_bounded(library, client):
    library.inject("resend", command="17", count=1000)
    with pytest.raises(ProtocolError):
        client.item_info("T0000001")
    library.clear_faults()
    assert client.item_info("T0000001").code == "18"


def test_delay_below_and_above_the_timeout(library):
    c = make_client(library, timeout=2.0, retries=0)
    c.connect()
    library.inject("delay", command="17", seconds=0.3)
    assert c.item_info("T0000001").code == "18"
    library.inject("delay", command="11", seconds=4.0)
    with pytest.raises(Timeout) as e:
        c.checkout(OK, "T0000009")
    assert e.value.maybe_committed and e.value.reason == "timeout"
    c.close()


def test_acs_timeout_from_98_is_used(library):
    library.timeout_period = "025"
    c = make_client(library, use_acs_timeout=True, timeout=30.0)
    c.connect()
    assert c.timeout == 2.5
    c.close()
    library.timeout_period = "999"
    c = make_client(library, use_acs_timeout=True, timeout=7.0)
    c.connect()
    assert c.timeout == 7.0
    c.close()


def test_restart_mid_session_reconnects(library, client):
    assert client.patron_status(OK).code == "24"
    library.restart()
    assert client.item_info("T0000001").code == "18"
    assert client.connects == 2
    assert library.counts["93"] == 2  # logged in again after the reconnect


def test_unreachable_library_system_backs_off_then_reports_offline(library):
    c = make_client(library, retries=2)
    library.stop()
    slept = []
    c._sleep = slept.append
    with pytest.raises(Offline) as e:
        c.connect()
    assert e.value.reason == "unreachable"
    assert slept == [0.05, 0.1]


def test_status_offline_in_place_of_reply(library, client):
    library.online = False
    library.inject("status", command="17")
    with pytest.raises(Offline):
        client.item_info("T0000001")


def test_keepalive_keeps_the_link_open(library):
    library.idle_timeout = 3.0
    library.restart()
    c = make_client(library, keepalive=0.3)
    c.connect()
    before = library.counts["99"]
    deadline = time.monotonic() + 30
    while library.counts["99"] < before + 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(4.0)  # longer than the server's idle timeout
    assert library.counts["99"] >= before + 3
    assert c.item_info("T0000001").code == "18"
    assert c.connects == 1  # never dropped for idleness
    c.close()


def test_idle_link_without_keepalive_is_reconnected(library):
    library.idle_timeout = 0.5
    library.restart()
    c = make_client(library, keepalive=0)
    c.connect()
    deadline = time.monotonic() + 30
    while library.connections and time.monotonic() < deadline:
        time.sleep(0.05)
    assert c.patron_status(OK).code == "24"  # read-only: re-sent on a fresh link
    assert c.connects == 2
    c.close()


@pytest.mark.parametrize("code", ["93", "99"])
@pytest.mark.parametrize("kind", ["drop", "lose_reply", "garble", "resend"])
def test_faults_while_connecting_are_retried(library, code, kind):
    library.inject(kind, command=code)
    c = make_client(library)
    st = c.connect()
    assert st.online and c.patron_status(OK).code == "24"
    c.close()


def test_timeout_000_with_online_y_is_online_and_only_online_n_is_offline(library):
    # Koha without a timeout policy sends online Y with timeout 000: the explicit flag wins (issue 13)
    library.timeout_period = "000"
    c = make_client(library, retries=0, use_acs_timeout=True, timeout=7.0)
    st = c.connect()
    assert st.online and st.timeout_s is None and c.timeout == 7.0
    assert c.item_info("T0000001").code == "18"
    c.close()
    library.online = False
    with pytest.raises(Offline):
        make_client(library, retries=0).connect()


def test_a_link_that_stays_down_is_logged_when_it_goes_down_not_on_every_poll(library, caplog):
    """Maintenance polls the library system every two seconds: while the link is down that is one warning, not one
    every poll; once it connected again, the next failure is a warning again."""
    import logging

    c = make_client(library, retries=0)
    library.stop()

    def warnings() -> int:
        return sum(
            1 for r in caplog.records if r.getMessage() == "sip2.connect_failed" and r.levelno >= logging.WARNING
        )

    with caplog.at_level(logging.DEBUG, logger="kiosk.sip2"):
        for _ in range(6):
            with pytest.raises(Offline):
                c.ping(retries=0)
        assert warnings() == 1
        assert sum(1 for r in caplog.records if r.getMessage() == "sip2.connect_failed") == 6  # the rest at DEBUG
        library.start()  # the same port again
        c.ping(retries=0)
        library.stop()
        with pytest.raises(Offline):
            c.ping(retries=0)
        assert warnings() == 2
    c.close()
