"""The tag-format gaps: ISO 28560-2 numeric compaction and the ISIL latch/shift coding, ISO 28560-3 extension blocks.

Vectors from public sources are named where used; everything else is a round trip or a property.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware.rfid import isil_code, iso28560_2, iso28560_3
from hardware.rfid.errors import TagFormatError
from hardware.rfid.model import ElementProblem, ExtensionBlock, ItemData

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=150)
isil_text = st.text(alphabet=sorted(isil_code.ALPHABET), max_size=16)
digits = st.text(alphabet="0123456789", max_size=40)


# ---- numeric compaction ----------------------------------------------------------------------------------------


def test_numeric_compaction_is_digit_nibbles_with_a_final_pad():
    assert iso28560_2.compact("1234", iso28560_2.C_NUMERIC) == bytes.fromhex("1234")
    assert iso28560_2.compact("12345", iso28560_2.C_NUMERIC) == bytes.fromhex("12345f")
    assert iso28560_2.compact("0012345", iso28560_2.C_NUMERIC) == bytes.fromhex("0012345f")
    assert iso28560_2.decompact(bytes.fromhex("0012345f"), iso28560_2.C_NUMERIC) == "0012345"
    assert iso28560_2.decompact(b"", iso28560_2.C_NUMERIC) == ""


@pytest.mark.parametrize(
    "raw",
    [
        "1a",  # a nibble that is not a digit
        "f1",  # the pad nibble first
        "12f4",  # the pad nibble in the middle
        "ff",  # two pad nibbles
        "123f45",  # a pad nibble before the end
        "12e0",  # 0xE: no meaning
    ],
)
def test_numeric_compaction_rejects_anything_but_digits_and_the_final_pad(raw):
    with pytest.raises(iso28560_2.NumericCompactionError) as e:
        iso28560_2.decompact(bytes.fromhex(raw), iso28560_2.C_NUMERIC)
    assert e.value.reason == "tag_numeric_malformed"


@SETTINGS
@given(digits)
def test_numeric_compaction_round_trip(text):
    raw = iso28560_2.compact(text, iso28560_2.C_NUMERIC)
    assert len(raw) == (len(text) + 1) // 2
    assert iso28560_2.decompact(raw, iso28560_2.C_NUMERIC) == text


@SETTINGS
@given(st.binary(max_size=20))
def test_numeric_decoder_on_any_bytes_gives_digits_that_encode_back_or_a_typed_error(raw):
    try:
        text = iso28560_2.decompact(raw, iso28560_2.C_NUMERIC)
    except iso28560_2.NumericCompactionError:
        return
    assert text.isdigit() or text == ""
    assert iso28560_2.compact(text, iso28560_2.C_NUMERIC) == raw


@SETTINGS
@given(st.from_regex(r"0[0-9]{1,30}|[1-9][0-9]{19,30}", fullmatch=True))
def test_item_ids_integer_cannot_hold_are_written_numeric(item_id):
    raw = iso28560_2.encode(ItemData(item_id))
    oid, comp, _data = iso28560_2.iter_elements(raw)[0]
    assert (oid, comp) == (iso28560_2.OID_ITEM_ID, iso28560_2.C_NUMERIC)
    assert iso28560_2.decode(raw).item_id == item_id


def test_a_malformed_numeric_item_id_makes_the_tag_unreadable():
    raw = iso28560_2.encode_element(1, bytes.fromhex("12a4"), iso28560_2.C_NUMERIC) + b"\x00"
    with pytest.raises(TagFormatError) as e:
        iso28560_2.decode(raw)
    assert e.value.reason == "tag_numeric_malformed"


def test_gost_28560_2_annex_d_item_and_set_information():
    # GOST R ISO 28560-2-2014 Annex D, table D.5: item id 123456789012 (integer, offset byte 00), the content
    # parameter, and set information 1203 = 12 parts, this is part 3 ("number of parts" first, ISO 28560-1 4.2.4)
    raw = bytes.fromhex("91 00 05 1c be 99 1a 14  02 01 d0  14 02 04 b3  00")
    item = iso28560_2.decode(raw)
    assert item.item_id == "123456789012"
    assert (item.parts_in_set, item.part_number) == (12, 3)


def test_set_information_is_written_number_of_parts_first():
    raw = iso28560_2.encode(ItemData("100", parts_in_set=12, part_number=3))
    (setinfo,) = [e for e in iso28560_2.iter_elements(raw) if e[0] == iso28560_2.OID_SET_INFO]
    assert setinfo[2] == b"1203"


# ---- the owner ISIL in the application-defined latch/shift coding ----------------------------------------------


def test_isil_coding_matches_the_gost_annex_c_example():
    # GOST R ISO 28560-2-2014 Annex C.6.1, tables C.2 and C.3: "DE-Heu1" (upper D E - H, latch lower, e u,
    # shift numeric, 1, pad 1111)
    assert isil_code.encode("DE-Heu1") == bytes.fromhex("21408e16bf1f")
    assert isil_code.decode(bytes.fromhex("21408e16bf1f")) == "DE-Heu1"


def test_isil_coding_latches_for_a_run_and_shifts_for_one():
    # "CH-000134-1" (Annex C.6.2): latch numeric for the digit run, "-" and "1" stay in the numeric set
    raw = isil_code.encode("CH-000134-1")
    bits = "".join(f"{b:08b}" for b in raw)
    codes = ["00011", "01000", "00000", "11110", "0000", "0000", "0000", "0001", "0011", "0100", "1010", "0001"]
    assert bits.startswith("".join(codes))
    assert isil_code.decode(raw) == "CH-000134-1"


@SETTINGS
@given(isil_text)
def test_isil_coding_round_trip(text):
    raw = isil_code.encode(text)
    assert isil_code.decode(raw) == text
    # never longer than one 5-bit code per character plus one control per character
    assert len(raw) <= (10 * len(text) + 7) // 8


@SETTINGS
@given(st.binary(max_size=16))
def test_isil_decoder_on_any_bytes_gives_text_or_a_typed_error(raw):
    try:
        text = isil_code.decode(raw)
    except isil_code.IsilCodeError as e:
        assert e.reason == "tag_isil_malformed"
        return
    assert all(c in isil_code.ALPHABET for c in text)


@pytest.mark.parametrize(
    "raw",
    [
        "fe7f",  # shift numeric, then a latch instead of a character
        "00",  # "-", then three 0 bits: cut short, not padding
        "f8",  # shift numeric, then a digit cut short
        "ff",  # shift numeric, then 3 bits of padding: the shift has no character
    ],
)
def test_isil_decoder_rejects_malformed_strings(raw):
    with pytest.raises(isil_code.IsilCodeError):
        isil_code.decode(bytes.fromhex(raw))


def test_isil_encoder_refuses_characters_outside_the_repertoire():
    with pytest.raises(TagFormatError):
        isil_code.encode("JP 1")


def test_tags_carry_the_isil_in_the_application_defined_coding():
    raw = iso28560_2.encode(ItemData("100", isil="JP-1000001"))
    (el,) = [e for e in iso28560_2.iter_elements(raw) if e[0] == iso28560_2.OID_OWNER_ISIL]
    assert el[1] == iso28560_2.C_APPLICATION and el[2] == isil_code.encode("JP-1000001")
    assert iso28560_2.decode(raw).isil == "JP-1000001"
    # an ISIL outside the repertoire still round-trips (octet)
    assert iso28560_2.decode(iso28560_2.encode(ItemData("100", isil="JP 1"))).isil == "JP 1"


def test_an_undecodable_optional_element_leaves_the_item_lendable_and_is_reported():
    raw = (
        iso28560_2.encode_element(1, (4711).to_bytes(2, "big"), iso28560_2.C_INTEGER)
        + iso28560_2.encode_element(3, bytes.fromhex("fe7f"), iso28560_2.C_APPLICATION)
        + iso28560_2.encode_element(17, b"\xff\xfe", iso28560_2.C_UTF8)
        + b"\x00"
    )
    item = iso28560_2.decode(raw)
    assert item.item_id == "4711" and item.isil == "" and item.title == ""
    assert item.problems == (
        ElementProblem("owner_isil", "tag_isil_malformed"),
        ElementProblem("title", "tag_malformed"),
    )
    # a title in a compaction nobody knows: reported, not fatal
    raw = iso28560_2.encode_element(1, b"\x01", iso28560_2.C_INTEGER) + iso28560_2.encode_element(
        17, b"x", iso28560_2.C_APPLICATION
    )
    assert iso28560_2.decode(raw).problems == (ElementProblem("title", "tag_unsupported_compaction"),)


def test_set_information_and_usage_stay_fatal():
    # they decide whether and how the item may be lent: a tag with them garbled is for the staff desk
    raw = iso28560_2.encode_element(1, b"\x01", iso28560_2.C_INTEGER) + iso28560_2.encode_element(
        4, b"xy", iso28560_2.C_OCTET
    )
    with pytest.raises(TagFormatError):
        iso28560_2.decode(raw)


# ---- ISO 28560-3 extension blocks ------------------------------------------------------------------------------

#: ISO 28560-3 Annex B example 2 as quoted in the Lainuri kiosk's tests: a basic block (CRC 0x1536), a library
#: extension block holding media format 1, an acquisition block, the end block
ANNEX_B2 = (
    bytes([0x11, 1, 1])
    + b"1000000136".ljust(16, b"\x00")
    + bytes([0x36, 0x15])
    + b"DK718500".ljust(13, b"\x00")
    + bytes.fromhex("05 01 00 05 01")
    + bytes.fromhex("22 02 00 71")
    + b"Bogvognen\x00"
    + b"1234567890\x00"
    + b"\x00"
    + b"a789656c"
    + b"\x00"
)


def basic_with_id_in_extension(**kw) -> bytes:
    """A 34-byte basic block whose byte 3 says the identifier is in the library extension block."""
    block = bytearray(iso28560_3.encode(ItemData("x", **kw))[:34])
    block[3:19] = bytes([iso28560_3.ID_IN_EXTENSION]).ljust(16, b"\x00")
    crc = iso28560_3.block_crc(bytes(block))
    block[19], block[20] = crc & 0xFF, crc >> 8
    return bytes(block)


def test_annex_b_example_2_decodes_and_keeps_the_acquisition_block_aside():
    item = iso28560_3.decode(ANNEX_B2)
    assert item.item_id == "1000000136" and (item.country, item.isil) == ("DK", "718500")
    assert item.problems == ()
    assert item.other_blocks == (ExtensionBlock(2, b"Bogvognen\x001234567890\x00\x00a789656c"),)


def test_a_long_identifier_goes_into_the_library_extension_block():
    long_id = "JP-TOKYO-0000000000123456789"
    raw = iso28560_3.encode(ItemData(long_id, country="JP", isil="JP-1000001"))
    assert raw[3] == 0x01 and not any(raw[4:19])  # [CL3]
    frame = raw[34 : 34 + raw[34]]
    assert frame[1:3] == b"\x01\x00"  # data block ID 1, low byte first
    assert iso28560_3.xor_checksum(frame) == 0
    assert frame[4:] == b"\x00" + long_id.encode()  # media format empty, then the identifier
    assert raw[34 + raw[34]] == 0  # the end block
    assert iso28560_3.decode(raw).item_id == long_id


ext_ids = st.integers(0, 0xFFFF).filter(lambda i: i not in (iso28560_3.BLOCK_LIBRARY, iso28560_3.BLOCK_TITLE))
titles = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=25)


@SETTINGS
@given(
    item_id=st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=60),
    title=titles,
    others=st.lists(st.tuples(ext_ids, st.binary(max_size=12)), max_size=2),
    order=st.sampled_from(["normal", "reversed"]),
    isil=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", max_size=11),
)
def test_28560_3_with_extension_blocks_round_trip(item_id, title, others, order, isil):
    item = ItemData(
        item_id,
        country="JP",
        isil=isil,
        title=title,
        model="iso28560-3",
        byte_order=order,
        other_blocks=tuple(ExtensionBlock(i, d) for i, d in others),
    )
    raw = iso28560_3.encode(item)
    assert len(raw) % 4 == 0
    assert iso28560_3.decode(raw) == item
    # a reader that starts with the basic block and reads on while the chain asks for more gets the whole item,
    # and no more than the encoded memory
    memory = raw[:36]
    while (wanted := iso28560_3.blocks_wanted(memory)) > len(memory) // 4:
        memory = raw[: wanted * 4]
    assert memory == raw
    assert iso28560_3.blocks_wanted(raw) == len(raw) // 4


@SETTINGS
@given(item_id=st.from_regex(r"[0-9A-Z]{1,16}", fullmatch=True), tail=st.binary(min_size=1, max_size=60))
def test_garbage_after_the_basic_block_never_costs_the_item(item_id, tail):
    raw = iso28560_3.encode(ItemData(item_id))[:34] + tail
    item = iso28560_3.decode(raw)
    assert item.item_id == item_id
    assert all(p.reason.startswith("tag_") for p in item.problems)


def test_a_title_block_with_a_wrong_checksum_is_reported_and_the_item_stays():
    raw = bytearray(iso28560_3.encode(ItemData("4711", title="坊っちゃん")))
    raw[34 + 5] ^= 0x40  # a bit of the title's data
    item = iso28560_3.decode(bytes(raw))
    assert item.item_id == "4711" and item.title == ""
    assert item.problems == (ElementProblem("block_4", "tag_block_checksum"),)


@pytest.mark.parametrize(
    "tail, problem",
    [
        (bytes([2, 0, 0]), "tag_block_chain"),  # a length shorter than the frame
        (iso28560_3.encode_block(4, b"title")[:6], "tag_block_chain"),  # runs past the end of the memory
        (iso28560_3.encode_block(4, b"\xff\xfe") + b"\x00", "tag_block_malformed"),  # a title that is not UTF-8
    ],
)
def test_broken_chains_and_blocks_are_typed_problems(tail, problem):
    raw = iso28560_3.encode(ItemData("4711"))[:34] + tail
    item = iso28560_3.decode(raw)
    assert item.item_id == "4711"
    assert [p.reason for p in item.problems] == [problem]


def test_filler_bytes_are_skipped():
    raw = iso28560_3.encode(ItemData("4711"))[:34] + b"\x01\x01" + iso28560_3.encode_block(4, b"Title") + b"\x00"
    item = iso28560_3.decode(raw)
    assert item.title == "Title" and item.problems == ()


def test_an_identifier_in_an_unreadable_library_block_makes_the_tag_unreadable():
    basic = basic_with_id_in_extension()
    good = iso28560_3.encode_block(1, b"\x00" + b"A" * 20)
    assert iso28560_3.decode(basic + good + b"\x00").item_id == "A" * 20
    bad = bytearray(good)
    bad[6] ^= 1
    with pytest.raises(TagFormatError) as e:
        iso28560_3.decode(basic + bytes(bad) + b"\x00")
    assert e.value.reason == "tag_block_checksum"
    with pytest.raises(TagFormatError) as e:  # no library extension block at all
        iso28560_3.decode(basic + b"\x00")
    assert e.value.reason == "tag_id_in_extension"
    with pytest.raises(TagFormatError) as e:  # the chain breaks before it
        iso28560_3.decode(basic + b"\x03")
    assert e.value.reason == "tag_block_chain"


def test_the_library_block_supplies_the_isil_when_the_basic_block_has_none():
    basic = basic_with_id_in_extension()
    lib = iso28560_3.encode_block(1, b"\x01" + b"B" * 18 + b"\x00" + b"JP-1000001")
    item = iso28560_3.decode(basic + lib + b"\x00")
    assert (item.item_id, item.isil) == ("B" * 18, "JP-1000001")


def test_extension_blocks_need_a_full_size_tag_and_fit_the_capacity():
    with pytest.raises(TagFormatError):
        iso28560_3.encode(ItemData("1", title="t"), length=32)
    with pytest.raises(TagFormatError):
        iso28560_3.encode(ItemData("1", title="t" * 100), capacity=112)
    with pytest.raises(TagFormatError):  # one block holds at most 251 data bytes
        iso28560_3.encode(ItemData("1", title="t" * 252))


def test_blocks_wanted_follows_the_chain():
    raw = iso28560_3.encode(ItemData("1", title="x" * 40))  # 34 + 44 + end = 79 bytes → 20 blocks
    assert len(raw) == 80
    assert iso28560_3.blocks_wanted(raw[:36]) == 20
    assert iso28560_3.blocks_wanted(raw[:36] + b"\x00" * 8) == 20
    assert iso28560_3.blocks_wanted(iso28560_3.encode(ItemData("1"))) == 9  # basic block alone: nothing more
    assert iso28560_3.blocks_wanted(b"\x5a" * 36) == 9  # no valid basic block: nothing more
