"""Every SIP2 parser against hostile input (issue 13): the codec's framing, fields, trailer, numbers and dates, the
98 status, and both conversations. Only the SIP2 layer's typed errors may come out; the work done is linear in the
input (counted, not timed) and the memory held is bounded by the frame limit."""

import tracemalloc
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.sip2 import codec
from kiosk.sip2.client import AcsStatus
from kiosk.sip2.codec import MAX_FRAME_BYTES, SPECS, FrameReader, Message, decode, encode, make
from kiosk.sip2.errors import DecodeError, FrameTooLong, Sip2Error
from kiosk.sip2.protocol import Broken, ClientProtocol, Garbled, Reply, ResendRequested, ServerProtocol, StatusInstead

BUDGET = settings(max_examples=150, deadline=2000)

# pieces that stress the field splitter and the trailer: runs of |, IDs, lone capitals, a trailer, kana, LF
PIECES = [b"|", b"||||", b"AB", b"A", b"a", b"AY1", b"AZ", b"AZ0000", b" ", b"\n", "吾".encode(), b"&#124;", b"x"]
FIXED_98 = b"YYYNYY000999" + b"20261121    090507" + b"2.00"


@st.composite
def hostile_frames(draw):
    code = draw(st.sampled_from([*sorted(SPECS), "00", "42"]))
    width = SPECS[code].fixed_width if code in SPECS else 0
    fixed = draw(st.binary(min_size=width, max_size=width)) if draw(st.booleans()) else b" " * width
    body = b"".join(draw(st.lists(st.sampled_from(PIECES), max_size=120)))
    return code.encode() + fixed + body


def assert_typed(fn, *args, **kw):
    try:
        return fn(*args, **kw)
    except Sip2Error as e:
        assert isinstance(e, DecodeError) and e.reason
        return None


# ------------------------------------------------------------------------------------------------- decode


@BUDGET
@given(hostile_frames(), st.sampled_from(["utf-8", "cp850"]), st.booleans())
def test_decode_raises_only_decode_errors(frame, encoding, verify):
    m = assert_typed(decode, frame, encoding=encoding, verify=verify)
    if m is not None:
        assert m.code in SPECS and (m.seq is None or 0 <= m.seq <= 9)
        for name, w in m.spec.fixed:
            assert len(m.fixed[name]) == w


class CountingFind:
    """``find`` that counts the characters (or bytes) it scans; ``work`` is shared by every counter here."""

    work = 0

    def find(self, sub, start=0, end=None):
        i = super().find(sub, start, len(self) if end is None else end)
        CountingFind.work += (len(self) if i < 0 else i + len(sub)) - start
        return i


class CountingText(CountingFind, str):
    """A str that also counts what its slices and lookups touch: with :class:`CountingPattern`, the splitter's whole
    work."""

    def __getitem__(self, key):
        out = str.__getitem__(self, key)
        CountingFind.work += max(len(out), 1)
        return out


class CountingBytes(CountingFind, bytes):
    pass


class CountingPattern:
    def __init__(self, pattern):
        self.pattern = pattern

    def match(self, text, pos=0):
        m = self.pattern.match(text, pos)
        CountingFind.work += (m.end() - pos if m else 0) + 1
        return m


def splitter_work(text: str) -> int:
    CountingFind.work = 0
    assert_typed(codec.split_fields, CountingText(text))
    return CountingFind.work


ADVERSARIAL = {
    "run of | then a letter": lambda n: "AB" + "|" * n + "x",
    "run of | then one capital": lambda n: "AB" + "|" * n + "Cx|",
    "| and a letter, repeated": lambda n: "AB" + "|a" * (n // 2),
    "|| and a capital, repeated": lambda n: "AB" + "||C" * (n // 3),
    "trailing run of |": lambda n: "ABx" + "|" * n,
    "many empty fields": lambda n: "AB|" * (n // 3),
    "no | at all": lambda n: "AB" + "x" * n,
}


@pytest.mark.parametrize("shape", sorted(ADVERSARIAL))
def test_field_splitter_work_is_linear(monkeypatch, shape):
    monkeypatch.setattr(codec, "_PIPES", CountingPattern(codec._PIPES))
    make_text = ADVERSARIAL[shape]
    for n in (1_000, 4_000, 16_000):
        text = make_text(n)
        assert splitter_work(text) <= 4 * len(text) + 16, f"{shape}: superlinear at {n}"


@BUDGET
@given(st.text(st.sampled_from("|ABZax吾&"), max_size=3000))
def test_field_splitter_work_is_linear_for_any_text(text):
    real = codec._PIPES
    codec._PIPES = CountingPattern(real)
    try:
        assert splitter_work(text) <= 4 * len(text) + 16
    finally:
        codec._PIPES = real


def test_a_pipe_heavy_reply_at_the_limit_decodes_and_one_over_it_is_too_long():
    head = b"64" + b" " * 14 + b"014" + b"20261121    090507" + b"0000" * 6 + b"AOJPLIB|ZZ"
    tail = b"x|AY3AZ"
    frame = head + b"|" * (MAX_FRAME_BYTES - len(head) - len(tail) - 4) + tail
    frame += codec.checksum(frame).encode()
    assert len(frame) == MAX_FRAME_BYTES
    m = decode(frame)
    assert m.seq == 3 and m.checksummed and len(m.get("ZZ")) > MAX_FRAME_BYTES - 200
    with pytest.raises(FrameTooLong):
        decode(b"|" + frame)


def test_trailer_without_az_still_gives_the_sequence_number():
    m = decode(b"18030001" + b" " * 18 + b"ABT1|AJt|AY4")
    assert m.seq == 4 and not m.checksummed and m.fields == (("AB", "T1"), ("AJ", "t"))
    assert decode(
        encode(make("99", status_code="0", max_print_width="040", protocol_version="2.00"), seq=2)
    ).checksummed


# ---------------------------------------------------------------------------------------------- framing


@BUDGET
@given(st.lists(st.binary(max_size=400) | st.sampled_from([b"\r", b"\r\n", b"|" * 300, b"\n"]), max_size=40),
       st.integers(20, 300))  # fmt: skip
def test_frame_reader_raises_only_frame_too_long_and_holds_at_most_one_frame(chunks, limit):
    reader = FrameReader(max_frame=limit)
    for chunk in chunks:
        reader.feed(chunk)
        assert reader.pending() <= limit
        try:
            for frame in reader.frames():
                assert len(frame) <= limit and b"\r" not in frame
        except FrameTooLong:
            pass


def test_frame_reader_is_in_step_again_after_an_oversize_frame():
    good = encode(make("99", status_code="0", max_print_width="040", protocol_version="2.00"))
    reader = FrameReader(max_frame=200)
    # an oversize frame split over chunks (no CR yet when the limit is passed), then a good one
    reader.feed(b"18" + b"|" * 150)
    reader.feed(b"|" * 150 + b"AJtail-of-the-oversize-frame|\r" + good)
    with pytest.raises(FrameTooLong):
        list(reader.frames())
    assert list(reader.frames()) == [good.rstrip(b"\r")]
    # an oversize frame whose CR came in the same chunk is refused too, not handed on
    reader.feed(b"18" + b"x" * 300 + b"\r" + good)
    with pytest.raises(FrameTooLong):
        list(reader.frames())
    assert list(reader.frames()) == [good.rstrip(b"\r")]


@pytest.mark.parametrize("chunk", [1, 7, 4096])
def test_frame_reader_scans_each_byte_once(chunk):
    frame = encode(make("99", status_code="0", max_print_width="040", protocol_version="2.00"))
    stream = (frame + b"\n" + b"9" * 50_000 + b"\r") * 4  # good frames and oversize ones
    CountingFind.work = 0
    reader = FrameReader()
    for i in range(0, len(stream), chunk):
        reader.feed(CountingBytes(stream[i : i + chunk]))
        try:
            list(reader.frames())
        except FrameTooLong:
            pass
    assert CountingFind.work <= len(stream) + 2 * (len(stream) // chunk + 1)


def test_frame_reader_memory_is_bounded_without_a_terminator():
    reader = FrameReader()
    junk = b"|" * 65536
    tracemalloc.start()
    try:
        for _ in range(64):  # 4 MiB without a CR
            reader.feed(junk)
            assert reader.pending() <= MAX_FRAME_BYTES
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * MAX_FRAME_BYTES + 2 * len(junk)
    with pytest.raises(FrameTooLong):
        list(reader.frames())
    assert list(reader.frames()) == []  # one error for the whole run, reported once


# --------------------------------------------------------------------------------------- numbers, dates


@BUDGET
@given(st.text(max_size=40) | st.from_regex(r"\A *[0-9０-９²³¹٣]{0,20} *\Z"))
def test_numbers_are_ascii_digits_only(text):
    try:
        n = codec.parse_number(text)
    except DecodeError as e:
        assert e.reason == "bad_number"
        assert text.strip(" ")
        return
    digits = text.strip(" ")
    if n is None:
        assert digits == ""
    else:
        assert digits.isascii() and digits.isdigit() and n == int(digits)


@pytest.mark.parametrize("text", ["²", "１２", "٣", "-1", "+1", "1.5", "1 2", "9" * 19])
def test_numbers_that_isdigit_or_int_would_take_are_refused(text):
    with pytest.raises(DecodeError):
        codec.parse_number(text)
    m = make("64", [("CB", text)], **{n: "0" * w for n, w in SPECS["64"].fixed})
    assert m.number("CB") is None  # a garbled count is unknown, never an error


def test_numbers_read_blanks_and_padding():
    assert codec.parse_number("    ") is None and codec.parse_number(None) is None
    assert codec.parse_number("0012") == 12 and codec.parse_number(" 7 ") == 7


@BUDGET
@given(st.text(max_size=80) | st.from_regex(r"\A[0-9０-９]{8}[ Z]{4}[0-9０-９]{6}\Z"))
def test_dates_never_raise_and_read_ascii_digits_only(text):
    dt = codec.parse_datetime(text)
    assert dt is None or isinstance(dt, datetime)
    if dt is not None:  # read from ASCII digits: a date starts with four of them
        assert all(c.isascii() and c.isdigit() for c in text.strip()[:4])


def test_dates_in_fullwidth_digits_are_not_dates():
    assert codec.parse_datetime("２０２６１１２１    ０９０５０７") is None
    assert codec.parse_datetime("２０２６-１１-２１") is None
    assert codec.parse_datetime("20261121    090507") == datetime(2026, 11, 21, 9, 5, 7)
    assert codec.parse_datetime("x" * 100_000) is None


@BUDGET
@given(st.binary(min_size=len(FIXED_98), max_size=len(FIXED_98)).map(lambda b: bytes(c & 0x7F for c in b)))
def test_any_acs_status_reads_without_error(fixed):
    m = assert_typed(decode, b"98" + fixed.replace(b"\r", b" ").replace(b"\x00", b" ") + b"AOX|BXYYYY|")
    if m is not None:
        status = AcsStatus.from_message(m)
        assert status.timeout_s is None or status.timeout_s > 0
        assert status.online == (m.fixed["online"].upper() != "N")


@pytest.mark.parametrize("online, period, expect_online, expect_timeout", [
    ("Y", "000", True, None),   # Koha without a timeout policy
    ("Y", "999", True, None),
    ("Y", "050", True, 5.0),
    ("Y", "  5", True, 0.5),
    ("Y", "x5 ", True, None),
    ("N", "050", False, 5.0),
    ("N", "000", False, None),
])  # fmt: skip
def test_acs_status_online_flag_wins(online, period, expect_online, expect_timeout):
    fixed = {n: " " * w for n, w in SPECS["98"].fixed}
    m = make("98", [("AO", "X")], **{**fixed, "online": online, "timeout_period": period})
    st_ = AcsStatus.from_message(m)
    assert (st_.online, st_.timeout_s) == (expect_online, expect_timeout)


# -------------------------------------------------------------------------------------- conversations


def item_info():
    return make("17", [("AO", "JPLIB"), ("AB", "T1")], transaction_date=" " * 18)


@BUDGET
@given(st.lists(hostile_frames().map(lambda f: f + b"\r") | st.binary(max_size=200), max_size=8),
       st.booleans())  # fmt: skip
def test_both_conversations_only_give_events(chunks, error_detection):
    server = ServerProtocol(error_detection=error_detection)
    client = ClientProtocol(error_detection=error_detection)
    client.request(item_info())
    for chunk in chunks:
        server.receive_data(chunk)
        client.receive_data(chunk)
        for _ in range(50):
            if server.next_event() is None:
                break
        for _ in range(50):
            ev = client.next_event()
            if ev is None:
                break
            assert isinstance(ev, Reply | Garbled | ResendRequested | StatusInstead | Broken)


def test_an_oversize_reply_breaks_the_link_instead_of_asking_again():
    client = ClientProtocol()
    client.request(item_info())
    client.receive_data(b"18" + b"|" * (MAX_FRAME_BYTES + 10) + b"\r")
    assert client.next_event() == Broken("frame_too_long")


def test_message_number_reads_fixed_and_id_fields():
    m = Message("64", {"hold_count": "0003", "charged_count": "    "}, (("CB", "0010"),))
    assert (m.number("hold_count"), m.number("charged_count"), m.number("CB"), m.number("BZ")) == (3, None, 10, None)
