"""Hostile tags and reader frames: anyone can write a sticker and lay it on the pad.

The codecs raise only their layer's typed errors (:class:`TagFormatError` for tag data, :class:`ReaderProtocolError`
for frames), on inputs built to reach deep into the decoders (well-formed element and block frames around random
data, CRCs that match), in bounded time and memory; and a decoder that fails in any other way costs one tag, never
the pad.
"""

from __future__ import annotations

import json
import re
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware.rfid import isil_code, iso28560_2, iso28560_3
from hardware.rfid import protocol_3m as p
from hardware.rfid.crc import crc16_3m
from hardware.rfid.errors import ReaderProtocolError, RfidError, TagFormatError
from hardware.rfid.model import ItemData
from hardware.rfid.reader import RfidReader

#: a fixed budget per example (a decoder that went quadratic would blow it), small enough for CI
BUDGET = settings(deadline=500, max_examples=200, suppress_health_check=[HealthCheck.too_slow])


def set_info_tag(set_info: bytes, compaction: int) -> bytes:
    return (
        iso28560_2.encode_element(1, b"1234", iso28560_2.C_OCTET)
        + iso28560_2.encode_element(4, set_info, compaction)
        + b"\x00"
    )


# ---- the set-information crash ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("set_info", "compaction"),
    [
        ("1³".encode("latin-1"), iso28560_2.C_OCTET),  # a superscript three: str.isdigit() says yes, int() says no
        ("1²".encode(), iso28560_2.C_UTF8),
        ("٢١".encode(), iso28560_2.C_UTF8),  # Arabic-Indic digits: int() would read them as part 1 of 2
        ("２１".encode(), iso28560_2.C_UTF8),  # full-width digits
    ],
)
def test_set_information_takes_only_ascii_digits(set_info, compaction):
    with pytest.raises(TagFormatError) as e:
        iso28560_2.decode(set_info_tag(set_info, compaction))
    assert e.value.reason == "tag_malformed"


def test_ascii_set_information_still_reads():
    item = iso28560_2.decode(set_info_tag(b"0302", iso28560_2.C_OCTET))
    assert (item.parts_in_set, item.part_number) == (3, 2)


class _Model:
    """A tag model whose decoder has a bug (a stand-in for any future decoder defect: none is known to be left)."""

    name = "buggy"
    blocks = 0

    def decode(self, uid: str, memory: bytes) -> ItemData:
        if uid.endswith("1"):
            raise ValueError("a decoder bug")
        return ItemData(item_id="X" + uid[-4:])


def test_a_decoder_bug_costs_one_tag_and_is_logged_as_a_defect(rfid_sim, captured_logs):
    good, bad = "E004015000000002", "E004015000000001"
    rfid_sim.add_tag(bad, b"")
    rfid_sim.add_tag(good, b"")
    reader = RfidReader(rfid_sim.path, timeout_s=3.0, model=_Model())
    try:
        tags = {t.uid: t for t in reader.inventory()}
    finally:
        reader.close()
    assert tags[bad].item is None and tags[bad].error == "tag_decoder_failed"
    assert tags[good].item is not None
    line = next(json.loads(x) for x in captured_logs if "rfid.decoder_failed" in x)
    assert line["level"] == "ERROR" and line["error"] == "ValueError"


# ---- property-based: structured hostile input -------------------------------------------------------------------

compactions = st.integers(0, 7)
element = st.builds(
    lambda oid, comp, data, pad: iso28560_2.encode_element(oid, data, comp, pad),
    st.one_of(st.integers(1, 20), st.sampled_from([1, 3, 4, 5, 17])),
    compactions,
    st.one_of(
        st.binary(max_size=12),
        st.text(max_size=6).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.text(alphabet="0123456789٠١٢³²¹１２", max_size=6).map(str.encode),
        st.text(alphabet="0123456789¹²³", max_size=6).map(lambda t: t.encode("latin-1")),
    ),
    st.integers(0, 3),
)


@BUDGET
@given(
    first=st.builds(lambda comp, data: iso28560_2.encode_element(1, data, comp), compactions, st.binary(max_size=20)),
    rest=st.lists(element, max_size=6),
    tail=st.binary(max_size=8),
)
def test_28560_2_structured_garbage_gives_an_item_or_a_typed_error(first, rest, tail):
    memory = first + b"".join(rest) + tail
    try:
        item = iso28560_2.decode(memory)
    except TagFormatError:
        return
    assert 1 <= item.part_number <= item.parts_in_set
    assert 0 <= item.usage <= 15


@BUDGET
@given(st.binary(max_size=24))
def test_isil_coding_on_any_bytes_gives_text_or_a_typed_error(raw):
    try:
        text = isil_code.decode(raw)
    except TagFormatError:
        return
    assert set(text) <= isil_code.ALPHABET


def with_crc(block: bytearray) -> bytes:
    crc = iso28560_3.block_crc(bytes(block[:34]))
    block[19], block[20] = crc & 0xFF, crc >> 8
    return bytes(block)


@BUDGET
@given(
    basic=st.binary(min_size=34, max_size=34),
    chain=st.lists(
        st.builds(lambda bid, data: iso28560_3.encode_block(bid, data), st.integers(0, 6), st.binary(max_size=20)),
        max_size=4,
    ),
    tail=st.binary(max_size=8),
    reverse=st.booleans(),
)
def test_28560_3_structured_garbage_gives_an_item_or_a_typed_error(basic, chain, tail, reverse):
    memory = with_crc(bytearray(basic)) + b"".join(chain) + tail
    if reverse:
        memory = iso28560_3.reverse_blocks(memory)
    try:
        item = iso28560_3.decode(memory)
    except TagFormatError:
        return
    assert item.item_id and 1 <= item.part_number <= item.parts_in_set
    iso28560_3.blocks_wanted(memory)  # never raises either


requests = st.one_of(
    st.builds(p.Inventory),
    st.builds(p.Probe),
    st.builds(p.ReadBlocks, uid=st.just("E004015000000001"), start=st.integers(0, 255), count=st.integers(1, 255)),
    st.builds(p.ReadAfi, uid=st.just("E004015000000001")),
    st.builds(p.CheckEas, uid=st.just("E004015000000001")),
    st.builds(p.WriteAfi, uid=st.just("E004015000000001"), afi=st.integers(0, 255)),
)


@BUDGET
@given(req=requests, sof=st.sampled_from([p.SOF, p.SOF_PROBE]), cmd=st.integers(0, 255), fields=st.binary(max_size=64))
def test_3m_answers_with_a_valid_frame_around_garbage_give_an_answer_or_a_typed_error(req, sof, cmd, fields):
    frame_bytes = p.encode_frame(cmd, fields, sof=sof) if cmd not in p.FORBIDDEN_COMMANDS else b""
    dec = p.FrameDecoder()
    dec.receive_data(frame_bytes)
    ev = dec.next_event()
    if not isinstance(ev, p.Frame):
        return
    for msb_first in (False, True):
        try:
            p.decode_answer(req, ev, msb_first)
        except ReaderProtocolError:
            pass
        try:
            p.decode_request(ev, msb_first)
        except RfidError:
            pass


# ---- bounded work and memory on the largest inputs (the figures are in bench/rfid_frames.py) ---------------------


@pytest.mark.parametrize(
    ("decode", "size"),
    [
        (iso28560_2.decode, 112),
        (lambda m: iso28560_3.decode(with_crc(bytearray(m))), 4 * iso28560_3.MAX_BLOCKS),
        (isil_code.decode, 255),
    ],
)
def test_the_largest_hostile_tags_decode_in_bounded_memory(decode, size):
    # elements and blocks as long as they can be, all 0xFF / 0x0F bits: the costliest content there is
    memories = [b"\xff" * size, bytes([0x1F, 0xFF]) * (size // 2), bytes([0xF5, 0x00, 0xFF]) + b"\xff" * (size - 3)]
    tracemalloc.start()
    for m in memories:
        try:
            decode(m)
        except TagFormatError:
            pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 64 * 1024  # a tag is at most a few hundred bytes: so is what decoding it holds


class _CountingSearch:
    """The decoder's start-byte search, counting the bytes it is asked to look through."""

    def __init__(self, pattern: re.Pattern[bytes]) -> None:
        self.pattern = pattern
        self.looked_at = 0

    def search(self, buf: bytes, pos: int = 0, endpos: int | None = None) -> re.Match[bytes] | None:
        m = self.pattern.search(buf, pos, len(buf) if endpos is None else endpos)
        self.looked_at += (m.end() if m else len(buf) if endpos is None else endpos) - pos
        return m

    def finditer(self, buf: bytes, pos: int = 0, endpos: int | None = None):  # type: ignore[no-untyped-def]
        end = len(buf) if endpos is None else endpos
        self.looked_at += max(0, end - pos)
        return self.pattern.finditer(buf, pos, end)


@pytest.mark.parametrize("chunk", [1 << 20, 7, 1])
@pytest.mark.parametrize("noise", [bytes([p.SOF, 0x03, 0xFF]), bytes([p.SOF, 0x04, 0x00, 0x41])])
def test_3m_frame_decoder_does_linear_work_on_noise(monkeypatch, noise, chunk):
    # noise full of start bytes claiming long frames, all at once or trickling in: every byte is looked through a
    # bounded number of times and every start byte's CRC checked at most twice (as a later frame, then as the
    # first). Rescanning the buffer on every incomplete claim with a CRC in a Python loop took a minute for 64 KiB.
    stream = noise * (8 * 1024 // len(noise))
    checks = []

    def counting_crc(data: bytes) -> int:
        checks.append(len(data))
        return crc16_3m(data)

    monkeypatch.setattr(p, "crc16_3m", counting_crc)
    search = _CountingSearch(p._START)
    monkeypatch.setattr(p, "_START", search)
    dec = p.FrameDecoder()
    for i in range(0, len(stream), chunk):
        dec.receive_data(stream[i : i + chunk])
        while dec.next_event() is not None:
            pass
    assert search.looked_at <= 2 * len(stream)
    assert len(checks) <= 2 * stream.count(p.SOF)
    assert max(checks) <= p.MAX_FRAME_BODY + 1
    assert dec.pending <= p.MAX_FRAME_BODY + 3


@pytest.mark.parametrize("chunk", [1 << 20, 7])
@pytest.mark.parametrize("noise", [bytes([p.SOF, 0x03, 0xFF]), bytes([p.SOF, 0x04, 0x00, 0x41])])
def test_3m_frame_decoder_holds_bounded_memory_on_noise(noise, chunk):
    # what it holds beyond the bytes it was handed at once does not grow with the stream
    stream = noise * (16 * 1024 // len(noise))
    dec = p.FrameDecoder()
    tracemalloc.start()
    for i in range(0, len(stream), chunk):
        dec.receive_data(stream[i : i + chunk])
        while dec.next_event() is not None:
            pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert dec.pending <= p.MAX_FRAME_BODY + 3
    assert peak < 2 * min(chunk, len(stream)) + 64 * 1024
