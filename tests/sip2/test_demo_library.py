"""Every message against the demo library system over real TCP on 127.0.0.1, and its loan rules."""

import os
import socket
import stat
import time
from datetime import datetime, timedelta

import pytest

from kiosk.sip2 import codec, demo_data
from kiosk.sip2.codec import make
from kiosk.sip2.demo import DemoLibrary, LibraryState
from kiosk.sip2.errors import LoginRefused, Offline

from .conftest import make_client

OK, BLOCKED, EXPIRED, AT_LIMIT, HOLDS = (
    demo_data.PATRON_OK,
    demo_data.PATRON_BLOCKED,
    demo_data.PATRON_EXPIRED,
    demo_data.PATRON_AT_LIMIT,
    demo_data.PATRON_WITH_HOLDS,
)


def test_login_and_status(client, library):
    st = client.status
    assert st.online and st.offline_ok and st.institution == "JPLIB" and st.timeout_s == 5.0
    assert library.counts["93"] == 1 and library.counts["99"] == 1


def test_the_demo_librarys_file_is_owner_only_whatever_the_umask(tmp_path):
    """Its patrons and loans (demo data, but patron data in form) are 0600, as the kiosk's own SQLite files."""
    old = os.umask(0o022)
    try:
        state = LibraryState(tmp_path / "ils.sqlite")
    finally:
        os.umask(old)
    try:
        files = sorted(tmp_path.iterdir())
        assert [p.name for p in files][0] == "ils.sqlite"
        assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {p.name: "0o600" for p in files}
    finally:
        state.close()


def test_bad_login_is_refused(library):
    c = make_client(library, password="wrong")
    with pytest.raises(LoginRefused) as e:
        c.connect()
    assert e.value.reason == "login_refused"


def test_patron_status_each_demo_patron(client):
    ok = client.patron_status(OK, password="1234")
    assert ok.fixed["patron_status"] == " " * 14 and ok.text("BL") == "Y" and ok.text("CQ") == "Y"
    assert ok.text("AE") == "図書 太郎"
    assert client.patron_status(OK, password="9999").text("CQ") == "N"
    blocked = client.patron_status(BLOCKED).fixed["patron_status"]
    assert blocked[0] == "Y" and blocked[4] == "Y"
    expired = client.patron_status(EXPIRED)
    assert expired.fixed["patron_status"][10] == "Y" and expired.text("BV") == "1200"
    assert "有効期限" in expired.text("AF")
    unknown = client.patron_status("99999999")
    assert unknown.text("BL") == "N"


def test_patron_info_lists(client):
    info = client.patron_info(HOLDS, summary="holds")
    assert info.get_all("AS") == ["T0000018", "T0000019"] and info.fixed["hold_count"] == "0002"
    limit = client.patron_info(AT_LIMIT, summary="charged")
    assert len(limit.get_all("AU")) == 10 and limit.fixed["charged_count"] == "0010"
    page = client.patron_info(AT_LIMIT, summary="charged", start=3, end=4)
    assert page.get_all("AU") == ["T1000003", "T1000004"]
    assert client.charged_items(AT_LIMIT, page=3) == [f"T10000{n:02d}" for n in range(1, 11)]
    assert client.patron_info(OK).get_all("AU") == []


def test_checkout_rules(client, library):
    r = client.checkout(OK, "T0000001")
    assert r.fixed["ok"] == "1" and r.text("AJ") == "吾輩は猫である / 夏目漱石"
    due = codec.parse_datetime(r.text("AH"))
    assert due.date() == (datetime.now() + timedelta(days=14)).date()
    refusals = {
        (BLOCKED, "T0000002"): "紛失",
        (EXPIRED, "T0000002"): "有効期限",
        (AT_LIMIT, "T0000002"): "上限",
        (OK, "T0000013"): "予約",
        (OK, "T0000014"): "館内",
        (OK, "X9999999"): "登録されていません",
        ("99999999", "T0000002"): "利用者番号",
        (HOLDS, "T0000001"): "他の利用者",
        (OK, "T0000001"): "すでにあなたに",
    }
    for (patron, item), words in refusals.items():
        r = client.checkout(patron, item)
        assert r.fixed["ok"] == "0", (patron, item)
        assert words in r.text("AF"), (patron, item)
    # the patron with holds may take their own hold from the shelf; the hold is then gone
    assert client.checkout(HOLDS, "T0000018").fixed["ok"] == "1"
    assert library.state.holds_for(HOLDS) == ["T0000019"]
    # the same patron again with SC renewal policy Y: renewed
    again = client.checkout(OK, "T0000001", renewal_policy=True)
    assert again.fixed["ok"] == "1" and again.fixed["renewal_ok"] == "Y"
    assert library.state.loan("T0000001").renewals == 1


def test_no_block_checkout_keeps_the_shown_due_date(client, library):
    shown = datetime(2026, 12, 1, 23, 59)
    txn = datetime(2026, 11, 17, 10, 30)
    r = client.checkout(BLOCKED, "T0000003", no_block=True, due=shown, txn_time=txn)
    assert r.fixed["ok"] == "1"
    loan = library.state.loan("T0000003")
    assert loan.due == shown and loan.txn_time == "20261117    103000"
    # but an item lent to someone else stays refused
    client.checkout(OK, "T0000004")
    assert client.checkout(HOLDS, "T0000004", no_block=True, due=shown).fixed["ok"] == "0"


def test_checkin_renew_item_info_end_session(client, library):
    client.checkout(OK, "T0000005")
    info = client.item_info("T0000005")
    assert info.fixed["circulation_status"] == "04" and info.text("AH")
    assert client.item_info("T0000006").fixed["circulation_status"] == "03"
    assert client.item_info("T0000013").fixed["circulation_status"] == "08"
    assert client.item_info("X0000000").text("AJ") == ""
    ren = client.renew(OK, "T0000005")
    assert ren.code == "30" and ren.fixed["ok"] == "1"
    assert client.renew(OK, "T0000005").fixed["ok"] == "1"
    third = client.renew(OK, "T0000005")
    assert third.fixed["ok"] == "0" and "上限" in third.text("AF")
    assert client.renew(HOLDS, "T0000005").fixed["ok"] == "0"
    back = client.checkin("T0000005")
    assert back.code == "10" and back.fixed["ok"] == "1" and back.text("AQ") == "本館"
    assert library.state.loan("T0000005") is None
    assert client.checkin("T0000005").fixed["ok"] == "0"
    # an item with a hold comes back: alert and sort bin
    client.checkout(HOLDS, "T0000019")
    library.state._db.execute("INSERT INTO holds VALUES ('T0000019', '10000001')")
    hold = client.checkin("T0000019")
    assert hold.fixed["alert"] == "Y" and hold.text("CL") == "HOLD"
    end = client.end_session(OK)
    assert end.code == "36" and end.fixed["end_session"] == "Y"


def raw_exchange(port: int, data: bytes, expect: int = 1) -> list[bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(data)
        reader = codec.FrameReader()
        frames: list[bytes] = []
        while len(frames) < expect:
            chunk = s.recv(65536)
            if not chunk:
                break
            reader.feed(chunk)
            frames += list(reader.frames())
        return frames


def login_bytes(seq=0, term=b"\r"):
    return codec.encode(make("93", [("CN", demo_data.LOGIN_USER), ("CO", demo_data.LOGIN_PASSWORD)],
                             uid_algorithm="0", pwd_algorithm="0"), seq=seq, terminator=term)  # fmt: skip


def test_crlf_blank_due_and_garbage_are_accepted(library):
    checkout = make("11", [("AO", "JPLIB"), ("AA", OK), ("AB", "T0000007"), ("AC", "")], renewal_policy="N",
                    no_block="N", transaction_date=codec.format_datetime(datetime.now()),
                    nb_due_date=" " * 18)  # fmt: skip
    data = (
        login_bytes(0, b"\r\n")
        + b"\x00\xffgarbage that is no message\r"
        + codec.encode(checkout, seq=1, terminator=b"\r\n")
        + b"|||\r"
    )
    frames = raw_exchange(library.port, data, expect=2)
    assert [codec.decode(f).code for f in frames] == ["94", "12"]
    assert codec.decode(frames[1]).fixed["ok"] == "1"


def test_requests_before_login_close_the_connection(library):
    assert raw_exchange(library.port, codec.encode(make("17", [("AO", "J"), ("AB", "T0000001")],
                                                        transaction_date=" " * 18))) == []  # fmt: skip


def test_server_replies_in_crlf_and_cp850_when_configured():
    with DemoLibrary(terminator=b"\r\n", encoding="cp850") as lib:
        c = make_client(lib, encoding="cp850")
        c.connect()
        r = c.patron_status("99999999")
        assert r.text("BL") == "N"
        c.close()


def test_offline_library_is_reported(library):
    library.online = False
    with pytest.raises(Offline):
        make_client(library, retries=0).connect()


def test_state_survives_restart_with_sqlite(tmp_path):
    db = tmp_path / "ils.sqlite"
    with DemoLibrary(db) as lib:
        c = make_client(lib)
        c.connect()
        assert c.checkout(OK, "T0000008").fixed["ok"] == "1"
        c.close()
    with DemoLibrary(db) as lib:
        assert lib.state.loan("T0000008").patron == OK
        assert len(lib.state.loans(AT_LIMIT)) == 10  # seeded once, not twice


def test_hostile_bytes_do_not_take_the_server_down(library):
    import random

    rng = random.Random(7)
    for n in range(40):
        junk = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        if n % 2:
            junk = login_bytes() + junk  # after a valid login too
        with socket.create_connection(("127.0.0.1", library.port), timeout=10) as s:
            s.sendall(junk + b"\r")
            s.shutdown(socket.SHUT_WR)
            s.settimeout(10)
            while s.recv(4096):
                pass
    c = make_client(library)
    c.connect()
    assert c.checkout(OK, "T0000011").fixed["ok"] == "1"
    c.close()


def test_a_modelled_delay_holds_each_answer_back(client, library):
    """The demo library across a modelled network (benches, ``kiosk demo --library-delay-ms``): every request is
    answered ``delay_s`` late (settable while it runs); the answers themselves are unchanged."""
    library.delay_s = 0.25
    t0 = time.monotonic()
    assert client.patron_status(OK).text("AA") == OK
    assert time.monotonic() - t0 >= 0.25
