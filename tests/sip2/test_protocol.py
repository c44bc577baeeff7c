"""The sans-I/O conversations: plain bytes in, events out."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.sip2 import codec
from kiosk.sip2.codec import Message, make
from kiosk.sip2.errors import ProtocolError
from kiosk.sip2.protocol import (
    AutoReply,
    ClientProtocol,
    Garbled,
    Reply,
    Request,
    ResendRequested,
    ServerProtocol,
    StatusInstead,
)


def item_info(item="T0000001"):
    return make("17", [("AO", "JPLIB"), ("AB", item)], transaction_date=" " * 18)


def item_reply(seq, item="T0000001"):
    m = make("18", [("AB", item), ("AJ", "羅生門")], circulation_status="03", security_marker="00", fee_type="01",
             transaction_date=" " * 18)  # fmt: skip
    return codec.encode(m, seq=seq)


def test_sequence_numbers_wrap_and_replies_match():
    c = ClientProtocol()
    seqs = []
    for _ in range(12):
        raw = c.request(item_info())
        seqs.append(codec.decode(raw).seq)
        c.receive_data(item_reply(seqs[-1]))
        ev = c.next_event()
        assert isinstance(ev, Reply) and ev.message.text("AJ") == "羅生門"
    assert seqs == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]


def test_wrong_sequence_is_discarded_and_split_delivery_works():
    c = ClientProtocol()
    c.request(item_info())
    c.receive_data(item_reply(7))
    assert c.next_event() is None and c.discarded == 1
    good = item_reply(0)
    c.receive_data(good[:10])
    assert c.next_event() is None
    c.receive_data(good[10:])
    assert isinstance(c.next_event(), Reply)


def test_96_resends_bounded_and_97_after_garble():
    c = ClientProtocol(max_resends=2)
    first = c.request(item_info())
    c.receive_data(codec.encode(Message("96")))
    assert isinstance(c.next_event(), ResendRequested)
    assert c.resend() == first
    bad = bytearray(item_reply(0))
    bad[-3] ^= 1
    c.receive_data(bytes(bad))
    ev = c.next_event()
    assert isinstance(ev, Garbled) and ev.reason == "bad_checksum"
    assert codec.decode(c.request_resend()).code == "97"
    # a 96 right after our 97: the resend itself was damaged, do not re-send the original
    c.receive_data(codec.encode(Message("96")))
    assert isinstance(c.next_event(), Garbled)
    with pytest.raises(ProtocolError) as e:
        c.resend()
    assert e.value.reason == "too_many_resends"


def test_after_a_97_the_repeat_is_taken_whatever_its_sequence_number():
    c = ClientProtocol()
    c.request(item_info())  # AY0
    c.receive_data(item_reply(0)[:-3] + b"00\r")  # damaged
    assert isinstance(c.next_event(), Garbled)
    c.request_resend()
    c.receive_data(codec.encode(make("98", [("AO", "X")], **{n: "Y" * w for n, w in codec.SPECS["98"].fixed}),
                                seq=5))  # fmt: skip
    assert c.next_event() is None  # a status under another AY is still not ours
    c.receive_data(item_reply(5))  # the server's repeat, under its own AY
    ev = c.next_event()
    assert isinstance(ev, Reply) and ev.message.seq == 5
    # without a 97 the AY rule holds
    c.request(item_info())  # AY1
    c.receive_data(item_reply(5))
    assert c.next_event() is None and c.discarded == 2


def test_replies_without_error_detection_are_accepted_and_counted():
    c = ClientProtocol()
    c.request(item_info())
    m = make("18", [("AB", "T0000001"), ("AJ", "x")], circulation_status="03", security_marker="00",
             fee_type="01", transaction_date=" " * 18)  # fmt: skip
    c.receive_data(codec.encode(m, error_detection=False))
    assert isinstance(c.next_event(), Reply) and c.unchecked == 1
    c.request(item_info())
    c.receive_data(item_reply(1))
    assert isinstance(c.next_event(), Reply) and c.unchecked == 1


def test_98_in_place_of_reply_and_resend_as_new():
    c = ClientProtocol()
    c.request(item_info())
    status = make("98", [("AO", "JPLIB"), ("BX", "Y" * 16)], online="Y", checkin_ok="Y", checkout_ok="Y",
                  renewal_policy="N", status_update_ok="N", offline_ok="Y", timeout_period="050",
                  retries_allowed="003", date_time_sync=" " * 18, protocol_version="2.00")  # fmt: skip
    c.receive_data(codec.encode(status, seq=0))
    assert isinstance(c.next_event(), StatusInstead)
    again = codec.decode(c.resend_as_new())
    assert again.code == "17" and again.seq == 1
    c.receive_data(item_reply(1))
    assert isinstance(c.next_event(), Reply)


def test_one_request_at_a_time_and_unsolicited_bytes_ignored():
    c = ClientProtocol()
    c.receive_data(item_reply(0))
    assert c.next_event() is None and c.discarded == 1
    c.request(item_info())
    with pytest.raises(ProtocolError):
        c.request(item_info())


def test_server_96_97_and_duplicates():
    s = ServerProtocol()
    req = codec.encode(item_info(), seq=3)
    s.receive_data(req)
    ev = s.next_event()
    assert isinstance(ev, Request)
    reply = s.reply(make("18", [("AB", "x"), ("AJ", "")], circulation_status="03", security_marker="00",
                         fee_type="01", transaction_date=" " * 18))  # fmt: skip
    assert codec.decode(reply).seq == 3
    s.receive_data(req)  # the same AY and AZ: the last reply again, nothing executed
    dup = s.next_event()
    assert isinstance(dup, AutoReply) and dup.data == reply and dup.reason == "duplicate"
    s.receive_data(codec.encode(Message("97")))
    assert s.next_event() == AutoReply(reply, "resend_requested")
    bad = bytearray(codec.encode(item_info(), seq=4))
    bad[5] ^= 2
    s.receive_data(bytes(bad))
    ev = s.next_event()
    assert isinstance(ev, AutoReply) and codec.decode(ev.data).code == "96"
    s.receive_data(b"\x00\xff garbage\r42unknown|\r")
    assert s.next_event() is None and s.ignored == 2


@settings(max_examples=300)
@given(st.lists(st.binary(max_size=80), max_size=6))
def test_random_bytes_never_break_either_side(chunks):
    server = ServerProtocol()
    client = ClientProtocol()
    client.request(item_info())
    for chunk in chunks:
        server.receive_data(chunk)
        client.receive_data(chunk)
        while (ev := server.next_event()) is not None:
            assert isinstance(ev, Request | AutoReply)
        for _ in range(20):
            ev = client.next_event()
            if ev is None:
                break
            assert isinstance(ev, Reply | Garbled | ResendRequested | StatusInstead)
