"""The sans-I/O SIP2 codec: layouts, checksums, charsets, odd input, and hypothesis round trips."""

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.sip2 import codec
from kiosk.sip2.codec import SPECS, Message, decode, encode, make
from kiosk.sip2.errors import ChecksumError, DecodeError, EncodeError, FrameTooLong, UnknownCommand

FIELD_IDS = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2).filter(
    lambda s: s not in ("AY", "AZ")
)
# values: any text the charset can carry, minus the bytes the codec rewrites (CR, LF, NUL) and the escape itself
VALUE = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x00"), max_size=40).filter(
    lambda v: codec.PIPE_ESCAPE not in v and "&#124" not in v and not v.endswith("&#12")
)
CP850_VALUE = st.text(st.sampled_from("abcXYZ019 -_.,/éüñ|ÄÖ"), max_size=40)


def fixed_for(spec, draw_char):
    return {name: "".join(draw_char() for _ in range(w)) for name, w in spec.fixed}


@st.composite
def messages(draw, value=VALUE):
    code = draw(st.sampled_from(sorted(SPECS)))
    spec = SPECS[code]
    fixed_alpha = st.sampled_from("0123456789 YNU")
    fixed = {name: draw(st.text(fixed_alpha, min_size=w, max_size=w)) for name, w in spec.fixed}
    fields = []
    if spec.fields:
        for _ in range(draw(st.integers(0, 6))):
            fid = draw(st.sampled_from(spec.fields))
            fields.append((fid, draw(value)))
    unknown = draw(st.lists(st.tuples(FIELD_IDS.filter(lambda f: f not in spec.fields), value), max_size=2))
    if code in ("96", "97"):
        fields, unknown = [], []
    seq = draw(st.integers(0, 9))
    return Message(code, fixed, tuple(fields), tuple(unknown), seq)


def test_checksum_matches_reference_values():
    # reference/sip2.md: the UTF-8 bytes of "AJ吾輩|AY1AZ" sum to a checksum of F913
    assert codec.checksum("AJ吾輩|AY1AZ".encode()) == "F913"
    # the checksum is always 4 digits, zero-padded
    for data in (b"", b"\x01", b"A" * 3000):
        c = codec.checksum(data)
        assert len(c) == 4 and (sum(data) + int(c, 16)) & 0xFFFF == 0


def test_known_frame_from_the_field():
    # a dp2-style checkout with a blank no-block due date, encoded and decoded
    m = make(
        "11",
        [("AO", "JPLIB"), ("AA", "10000001"), ("AB", "T0000001"), ("AC", "")],
        renewal_policy="Y",
        no_block="N",
        transaction_date="20170630    141135",
        nb_due_date=" " * 18,
    )
    raw = encode(m, seq=0)
    assert raw.startswith(b"11YN20170630    141135                  AOJPLIB|AA10000001|ABT0000001|AC|AY0AZ")
    assert raw.endswith(b"\r") and len(raw.split(b"AZ")[-1]) == 5
    back = decode(raw)
    assert back.fixed == m.fixed and back.fields == m.fields and back.seq == 0


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(messages(), st.sampled_from([b"\r", b"\r\n"]))
def test_round_trip_every_message_utf8(msg, term):
    raw = encode(msg, encoding="utf-8", terminator=term)
    back = decode(raw, encoding="utf-8")
    assert back.code == msg.code
    assert dict(back.fixed) == dict(msg.fixed)
    expect = tuple(
        (k, codec.encode_value(v, "utf-8").decode("utf-8").replace(codec.PIPE_ESCAPE, "|")) for k, v in msg.fields
    )
    assert back.fields == expect
    assert [k for k, _ in back.unknown] == [k for k, _ in msg.unknown]
    if msg.code not in ("96", "97"):
        assert back.seq == msg.seq


@settings(max_examples=150)
@given(messages(value=CP850_VALUE))
def test_round_trip_every_message_cp850(msg):
    back = decode(encode(msg, encoding="cp850"), encoding="cp850")
    assert back.fields == msg.fields and back.unknown == msg.unknown and dict(back.fixed) == dict(msg.fixed)


def test_every_message_type_has_a_round_trip():
    for code, spec in SPECS.items():
        fixed = {name: "Y" * w for name, w in spec.fixed}
        fields = tuple((f, f"値{f}") for f in spec.fields)
        m = Message(code, fixed, fields, (), 5)
        back = decode(encode(m))
        assert back.code == code and back.fields == fields and dict(back.fixed) == fixed


@settings(max_examples=400)
@given(st.binary(max_size=300))
def test_random_bytes_give_a_typed_error_or_a_message(data):
    try:
        m = decode(data)
    except DecodeError as e:
        assert e.reason
        return
    assert m.code in SPECS


@settings(max_examples=200)
@given(messages(), st.integers(min_value=0), st.integers(1, 255))
def test_a_damaged_byte_before_the_trailer_is_always_caught(msg, where, delta):
    raw = bytearray(encode(msg))
    trailer = 6 if msg.code in ("96", "97") else 9  # [AYn]AZxxxx
    body = len(raw) - 1 - trailer
    i = where % body
    raw[i] = (raw[i] + delta) % 256
    with pytest.raises(DecodeError):
        decode(bytes(raw))


def test_bad_checksum_and_sequence_wrap():
    raw = encode(make("99", status_code="0", max_print_width="040", protocol_version="2.00"), seq=12)
    assert b"AY2AZ" in raw  # 12 wraps to 2
    bad = raw[:-2] + (b"0" if raw[-2:-1] != b"0" else b"1") + b"\r"
    with pytest.raises(ChecksumError) as e:
        decode(bad)
    assert e.value.reason == "bad_checksum"
    assert decode(bad, verify=False).code == "99"


def test_unknown_fields_kept_aside_and_junk_tolerated():
    raw = b"24              01420261121    120000AOJPLIB|AA10000001|AEname|PZ12345|XIfoo|BLY|||"
    m = decode(raw)
    assert m.get("PZ") == "12345" and m.unknown == (("PZ", "12345"), ("XI", "foo"))
    assert m.text("BL") == "Y"
    # leading LF (the previous frame ended in CRLF) and CRLF at the end
    assert decode(b"\n" + raw + b"\r\n").fields == m.fields


def test_pipe_inside_value_and_field_limit():
    m = make("18", [("AB", "T1"), ("AJ", "A|B 吾輩" + "猫" * 200)], circulation_status="03", security_marker="00",
             fee_type="01", transaction_date=" " * 18)  # fmt: skip
    raw = encode(m)
    back = decode(raw)
    title = back.text("AJ")
    assert title.startswith("A|B 吾輩")
    assert len(codec.encode_value(title, "utf-8")) <= 255  # cut on a character boundary, no broken kanji
    assert title.encode("utf-8").decode("utf-8") == title
    # a raw | from a server (not escaped) followed by lower case stays in the value
    assert decode(b"18030001                  ABT1|AJa|b c|AQx|").text("AJ") == "a|b c"


def test_charset_errors_are_typed():
    m = make("17", [("AO", "X"), ("AB", "吾輩")], transaction_date=" " * 18)
    with pytest.raises(EncodeError) as e:
        encode(m, encoding="cp850")
    assert e.value.reason == "charset"
    with pytest.raises(DecodeError) as e2:
        decode(encode(m), encoding="ascii")
    assert e2.value.reason == "charset"


def test_fixed_field_errors():
    with pytest.raises(EncodeError):
        encode(make("99", status_code="0", max_print_width="40", protocol_version="2.00"))
    with pytest.raises(EncodeError):
        make("99", status="0")
    with pytest.raises(DecodeError) as e:
        decode(b"11YN2017")
    assert e.value.reason == "fixed_fields"
    with pytest.raises(UnknownCommand):
        decode(b"42hello|")


def test_frame_reader_splits_cr_crlf_and_limits_length():
    r = codec.FrameReader(max_frame=100)
    r.feed(b"9900402.00AY0AZFCA5\r\n9900402.00")
    r.feed(b"AY1AZFCA4\r\r\n")
    frames = list(r.frames())
    assert frames == [b"9900402.00AY0AZFCA5", b"9900402.00AY1AZFCA4"]
    r.feed(b"x" * 101)
    with pytest.raises(FrameTooLong):
        list(r.frames())
    assert r.pending() == 0


def test_datetimes():
    dt = datetime(2026, 11, 21, 9, 5, 7)
    assert codec.format_datetime(dt) == "20261121    090507"
    assert codec.parse_datetime("20261121    090507") == dt
    assert codec.format_datetime(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == "20260102   Z030405"
    assert codec.parse_datetime("20260102   Z030405") == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert codec.parse_datetime("2026-12-05 23:59:00") == datetime(2026, 12, 5, 23, 59)
    assert codec.parse_datetime(" " * 18) is None
    assert codec.parse_datetime("20261399    999999") is None
    assert codec.format_datetime(None) == " " * 18


def test_repr_hides_values():
    m = make("23", [("AA", "10000001"), ("AD", "1234")], language="014", transaction_date=" " * 18)
    assert "10000001" not in repr(m) and "1234" not in repr(m)


@settings(max_examples=150)
@given(st.lists(messages(), min_size=1, max_size=5), st.lists(st.integers(1, 50), max_size=20),
       st.sampled_from([b"\r", b"\r\n"]))  # fmt: skip
def test_frames_survive_any_split_of_the_stream(msgs, cuts, term):
    stream = b"".join(encode(m, terminator=term) for m in msgs)
    reader = codec.FrameReader()
    frames = []
    pos = 0
    for c in cuts:
        reader.feed(stream[pos : pos + c])
        pos += c
        frames += list(reader.frames())
    reader.feed(stream[pos:])
    frames += list(reader.frames())
    assert [decode(f).code for f in frames] == [m.code for m in msgs]
