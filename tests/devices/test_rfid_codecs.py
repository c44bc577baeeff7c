import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware.rfid import iso28560_2, iso28560_3
from hardware.rfid.crc import crc16_3m, crc16_ccitt_false
from hardware.rfid.errors import ForeignTagError, TagCrcError, TagFormatError
from hardware.rfid.model import ItemData
from hardware.rfid.tagmodels import UidModel, get_model, load_uid_table, normalise_uid

ascii_id = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=16)
isil = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", max_size=11)


def test_crc_reference_vectors():
    assert crc16_ccitt_false(b"RFID tag data model") == 0x1AEE
    assert crc16_ccitt_false(b"123456789") == 0x29B1
    # 3M frames: the "no tag" answer and the version probe from captured traffic
    assert crc16_3m(bytes.fromhex("0007fe00000700")) == 0xAF19
    assert crc16_3m(bytes.fromhex("0005040011")) == 0x8C66


def test_28560_3_layout_is_as_the_standard_says():
    data = iso28560_3.encode(ItemData(item_id="1234567890", parts_in_set=3, part_number=2, country="JP", isil="JP-1"))
    assert len(data) == 36
    assert data[0] == 0x11 and data[1] == 3 and data[2] == 2
    assert data[3:19] == b"1234567890".ljust(16, b"\x00")
    crc = crc16_ccitt_false(data[:19] + data[21:34])
    assert data[19] == crc & 0xFF and data[20] == crc >> 8  # low byte first
    assert data[21:23] == b"JP" and data[23:27] == b"JP-1"


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=150)
@given(
    item_id=ascii_id,
    parts=st.integers(1, 255),
    data=st.data(),
    usage=st.sampled_from([0, 1, 2, 7, 8, 9]),
    version=st.sampled_from([1, 2]),
    country=st.sampled_from(["", "JP", "DK"]),
    isil=isil,
    order=st.sampled_from(["normal", "reversed"]),
)
def test_28560_3_round_trip_both_byte_orders(item_id, parts, data, usage, version, country, isil, order):
    part = data.draw(st.integers(1, parts))
    item = ItemData(item_id, parts, part, usage, version=version, country=country, isil=isil, model="iso28560-3")
    raw = iso28560_3.encode(item, byte_order=order)
    back = iso28560_3.decode(raw)
    assert back == ItemData(
        item_id, parts, part, usage, version=version, country=country, isil=isil, model="iso28560-3", byte_order=order
    )
    # a rewrite keeps the order it found
    assert iso28560_3.encode(back) == raw


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100)
@given(item_id=ascii_id, pos=st.integers(0, 33), flip=st.integers(1, 255))
def test_28560_3_any_corruption_is_a_typed_error_or_still_consistent(item_id, pos, flip):
    raw = bytearray(iso28560_3.encode(ItemData(item_id)))
    raw[pos] ^= flip
    if pos >= 32:
        # bytes 32–33 lie outside a 32-byte tag's block: read as a short tag, the item is still right
        assert iso28560_3.decode(bytes(raw)).item_id == item_id
        return
    with pytest.raises(TagFormatError):
        iso28560_3.decode(bytes(raw))


def test_28560_3_short_tag_and_foreign_and_blank():
    raw = iso28560_3.encode(ItemData("42", isil="JP-123456"), length=32)
    assert len(raw) == 32
    assert iso28560_3.decode(raw).isil == "JP-123456"
    with pytest.raises(TagFormatError):  # only 9 ISIL characters fit on a 32-byte tag
        iso28560_3.encode(ItemData("42", isil="JP-12345678"), length=32)
    with pytest.raises(iso28560_3.BlankTagError):
        iso28560_3.decode(b"\x00" * 36)
    foreign = bytearray(iso28560_3.encode(ItemData("42")))
    foreign[0] = 0x53  # version 5 (usage 3: not a nibble-swapped DM11 tag either)
    crc = iso28560_3.block_crc(bytes(foreign[:34]))
    foreign[19], foreign[20] = crc & 0xFF, crc >> 8
    with pytest.raises(ForeignTagError):
        iso28560_3.decode(bytes(foreign))
    with pytest.raises(TagCrcError):
        iso28560_3.decode(b"\x11" * 36)
    with pytest.raises(TagFormatError):
        iso28560_3.decode(b"\x11" * 10)


def test_28560_3_dm11_nibble_swap_is_read():
    raw = bytearray(iso28560_3.encode(ItemData("77", usage=1)))
    raw[0] = 0x11 if raw[0] == 0x11 else raw[0]
    raw = bytearray(iso28560_3.encode(ItemData("77", usage=0)))
    raw[0] = 0x01  # usage 0 in the high nibble, version 1 in the low one
    crc = iso28560_3.block_crc(bytes(raw[:34]))
    raw[19], raw[20] = crc & 0xFF, crc >> 8
    d = iso28560_3.decode(bytes(raw))
    assert (d.version, d.usage) == (1, 0)


def test_28560_3_encoder_refuses_what_it_cannot_store():
    for bad in (ItemData(""), ItemData("x" * 251), ItemData("図書"), ItemData("1", parts_in_set=2, part_number=3)):
        with pytest.raises(TagFormatError):
            iso28560_3.encode(bad)
    with pytest.raises(TagFormatError):  # longer than 16: needs an extension block, which a 32-byte tag cannot hold
        iso28560_3.encode(ItemData("x" * 17), length=32)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=150)
@given(
    item_id=st.one_of(st.from_regex(r"[1-9][0-9]{0,18}", fullmatch=True), st.text(min_size=1, max_size=40)),
    parts=st.integers(1, 99),
    data=st.data(),
    usage=st.integers(0, 15),
    qual=st.integers(0, 15),
    title=st.text(max_size=40),
    isil=isil,
)
def test_28560_2_round_trip(item_id, parts, data, usage, qual, title, isil):
    part = data.draw(st.integers(1, parts))
    item = ItemData(item_id, parts, part, usage, qual, isil=isil, title=title, model="iso28560-2")
    raw = iso28560_2.encode(item)
    assert len(raw) % 4 == 0
    assert iso28560_2.decode(raw) == item


def test_28560_2_japanese_title_declares_utf8():
    raw = iso28560_2.encode(ItemData("100200300", title="吾輩は猫である"))
    elements = iso28560_2.iter_elements(raw)
    (title,) = [e for e in elements if e[0] == iso28560_2.OID_TITLE]
    assert title[1] == iso28560_2.C_UTF8
    # OID 17 uses the extension byte: precursor low nibble 15
    assert bytes([0x70 | 0x0F, 17 - 15]) in raw
    # the item id as an integer
    assert elements[0] == (1, iso28560_2.C_INTEGER, (100200300).to_bytes(4, "big"))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100)
@given(
    width_text=st.one_of(
        st.tuples(st.just(5), st.text(alphabet=[chr(c) for c in range(0x40, 0x60)], max_size=30)),
        st.tuples(st.just(6), st.text(alphabet=[chr(c) for c in range(0x20, 0x60)], max_size=30)),
        st.tuples(st.just(7), st.text(alphabet=[chr(c) for c in range(0x01, 0x80)], max_size=30)),
    )
)
def test_28560_2_bit_compactions_round_trip(width_text):
    width, text = width_text
    comp = {5: iso28560_2.C_5BIT, 6: iso28560_2.C_6BIT, 7: iso28560_2.C_7BIT}[width]
    if width in (5, 6) and text.endswith("@"):
        with pytest.raises(TagFormatError):  # code 0 at the end would read back as padding
            iso28560_2.compact(text, comp)
        return
    packed = iso28560_2.compact(text, comp)
    assert len(packed) == (len(text) * width + 7) // 8
    assert iso28560_2.decompact(packed, comp) == text


def test_28560_2_offset_pad_bytes_are_skipped():
    raw = iso28560_2.encode_element(1, b"ABC", iso28560_2.C_OCTET, pad=2) + b"\x00"
    assert raw[0] & 0x80
    assert iso28560_2.decode(raw).item_id == "ABC"


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=200)
@given(st.binary(min_size=1, max_size=112))
def test_28560_2_garbage_never_escapes_as_other_exceptions(data):
    try:
        iso28560_2.decode(data)
    except TagFormatError:
        pass


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=200)
@given(st.binary(min_size=32, max_size=40))
def test_28560_3_garbage_never_escapes_as_other_exceptions(data):
    try:
        iso28560_3.decode(data)
    except TagFormatError:
        pass


def test_28560_2_rules():
    with pytest.raises(TagFormatError):  # item id must come first
        iso28560_2.decode(iso28560_2.encode_element(17, b"T", iso28560_2.C_OCTET) + b"\x00")
    with pytest.raises(iso28560_2.UnsupportedCompaction):  # an item id in an application-defined form
        iso28560_2.decode(iso28560_2.encode_element(1, b"\x12\x34", iso28560_2.C_APPLICATION) + b"\x00")
    with pytest.raises(TagFormatError):  # runs past the end
        iso28560_2.decode(bytes([0x61, 10]) + b"abc")
    with pytest.raises(TagFormatError):  # declared UTF-8, is not
        iso28560_2.decode(iso28560_2.encode_element(1, b"\xff\xfe", iso28560_2.C_UTF8))


def test_uid_model_and_table(tmp_path):
    m = get_model("uid")
    assert m.blocks == 0
    assert m.decode("e0:04:01:50:00:00:00:01", b"").item_id == "E004015000000001"
    table = tmp_path / "uids.csv"
    table.write_text("uid,item\nE004015000000001,ITEM-1\n", encoding="utf-8")
    mapped = UidModel(load_uid_table(table))
    assert mapped.decode("E004015000000001", b"").item_id == "ITEM-1"
    with pytest.raises(TagFormatError) as e:
        mapped.decode("E004015000000002", b"")
    assert e.value.reason == "tag_uid_unknown"
    with pytest.raises(TagFormatError):
        normalise_uid("E004")
    with pytest.raises(ValueError):
        get_model("jla")


def test_a_uid_table_that_is_not_utf8_is_a_typed_error(tmp_path):
    """Found by ``python -m fuzz tag_uid``: the bytes of a table saved in Shift_JIS raised UnicodeDecodeError."""
    table = tmp_path / "uids.csv"
    table.write_bytes("E004015000000001,資料1\n".encode("shift_jis"))
    with pytest.raises(TagFormatError) as e:
        load_uid_table(table)
    assert e.value.reason == "uid_table_not_utf8"


def test_offline_issue_sub_qualifiers():
    assert ItemData("1").offline_issue_allowed
    assert ItemData("1", usage_qualifier=4).offline_issue_allowed  # 1/4: only return is barred offline
    assert not ItemData("1", usage_qualifier=3).offline_issue_allowed
    assert not ItemData("1", usage_qualifier=5).offline_issue_allowed
    assert not ItemData("1", usage=2).offline_issue_allowed
    back = iso28560_2.decode(iso28560_2.encode(ItemData("100", usage_qualifier=3)))
    assert back.usage_qualifier == 3 and not back.offline_issue_allowed
