"""ISO 28560-2 (object identifiers, ISO/IEC 15962 "no directory" encoding): a sans-I/O encoder and decoder.

Each data element on the tag is::

    precursor [relative-OID extension] [offset] length data [pad bytes]

The precursor's bit 7 says an offset byte follows (the number of pad bytes after the data); bits 6–4 name the
compaction; bits 3–0 the relative OID (15 = "extended": the next byte holds OID − 15). A zero precursor ends the
data. Element 1 (primary item identifier) must come first.

Compactions decoded: 1 integer, 2 numeric, 3 five-bit upper case, 4 six-bit, 5 seven-bit ASCII, 6 octet
(ISO 8859-1), 7 UTF-8 (which Japanese titles and local data must declare), and 0 (application-defined) for the
elements whose form is known: type of usage (one byte, class nibble and sub-qualifier nibble) and the owner ISIL
(the 4/5-bit latch/shift coding of :mod:`hardware.rfid.isil_code`).

Numeric compaction (2): digits as 4-bit nibbles, high nibble first, and an odd count padded with a final ``F``
nibble. Sources: the ISO/IEC 15962 text itself is not public and was not found; this follows two independent public
implementations that agree — the Helsinki ``HelmetRfidTag`` parser (digit codes 0000–1001, read with the ISIL
numeric table whose ``1111`` is never a character) and the Finnish Lainuri kiosk's ``iso15692.compaction``
(``compact_numeric`` pads an odd count with ``1111``) — and GOST R ISO 28560-2-2014 Annex C, which pads the ISIL
coding the same way (with 1 bits). Fairly sure, not certain: if a vendor's tags disagree, the decoder refuses them
loudly (any nibble that is not a digit, or an ``F`` that is not the very last nibble, raises
:class:`NumericCompactionError`, reason ``tag_numeric_malformed``) rather than misreading an item number.

What a library needs from a tag is the primary item identifier: a tag whose identifier, set information or type of
usage cannot be decoded is unreadable (``TagFormatError``: set and usage decide whether and how it may be lent).
Any other element that cannot be decoded (an ISIL, a title in a compaction this module does not know or malformed)
leaves the item lendable and is reported in :attr:`ItemData.problems` (element name and reason code, no data).

Set information (element 4) is "number of parts in item" followed by "ordinal part number", as ASCII digits
(0–9, nothing else that Unicode calls a digit) in two equal halves (ISO 28560-1 §4.2.4; GOST R ISO 28560-2-2014 Annex D encodes part 3 of 12 as the integer 1203).

The encoder writes the item identifier in integer compaction when it is digits without a leading zero (at most 19
digits), in numeric compaction when it is other digits, else octet when it fits ISO 8859-1, else UTF-8; set
information as octet digits; type of usage as one application-defined byte; the owner ISIL in the
application-defined coding (octet if it holds characters outside the ISIL repertoire); the title (element 17) in
octet or UTF-8.
"""

from __future__ import annotations

from hardware.rfid import isil_code
from hardware.rfid.errors import TagFormatError
from hardware.rfid.iso28560_3 import BlankTagError
from hardware.rfid.model import ElementProblem, ItemData

NAME = "iso28560-2"
#: blocks read on inventory (a 112-byte ICODE SLIX user memory holds 28 blocks)
BLOCKS = 28

OID_ITEM_ID = 1
OID_CONTENT_PARAMETER = 2
OID_OWNER_ISIL = 3
OID_SET_INFO = 4
OID_TYPE_OF_USAGE = 5
OID_TITLE = 17

C_APPLICATION, C_INTEGER, C_NUMERIC, C_5BIT, C_6BIT, C_7BIT, C_OCTET, C_UTF8 = range(8)


class UnsupportedCompaction(TagFormatError):
    reason = "tag_unsupported_compaction"


class NumericCompactionError(TagFormatError):
    reason = "tag_numeric_malformed"


def _ascii_digits(text: str) -> bool:
    """Only 0–9: ``str.isdigit`` also says yes to "³", "١" and "１", which ``int`` then refuses or reads as digits."""
    return text.isascii() and text.isdigit()


def _numeric_encode(text: str) -> bytes:
    if not _ascii_digits(text) and text:
        raise TagFormatError("numeric compaction takes only digits")
    nibbles = [int(c) for c in text]
    if len(nibbles) % 2:
        nibbles.append(0xF)
    return bytes((nibbles[i] << 4) | nibbles[i + 1] for i in range(0, len(nibbles), 2))


def _numeric_decode(data: bytes) -> str:
    digits = []
    last = len(data) * 2 - 1
    for i in range(len(data) * 2):
        nibble = (data[i // 2] >> (0 if i % 2 else 4)) & 0x0F
        if nibble <= 9:
            digits.append(chr(0x30 + nibble))
        elif not (nibble == 0x0F and i == last):
            raise NumericCompactionError("numeric compaction holds a nibble that is not a digit or the final pad")
    return "".join(digits)


# ---- bit packing for the 5/6/7-bit compactions -------------------------------------------------------------------


def pack_bits(values: list[int], width: int) -> bytes:
    """Pack ``width``-bit values MSB first; the last byte is padded with zero bits."""
    acc = 0
    for v in values:
        acc = (acc << width) | (v & ((1 << width) - 1))
    nbits = len(values) * width
    nbytes = (nbits + 7) // 8
    return (acc << (nbytes * 8 - nbits)).to_bytes(nbytes, "big") if nbytes else b""


def unpack_bits(data: bytes, width: int) -> list[int]:
    """Inverse of :func:`pack_bits`: a trailing zero value that fits in the padding is padding, not a character."""
    nbits = len(data) * 8
    count = nbits // width
    acc = int.from_bytes(data, "big") if data else 0
    values = [(acc >> (nbits - (i + 1) * width)) & ((1 << width) - 1) for i in range(count)]
    while values and values[-1] == 0 and ((len(values) - 1) * width + 7) // 8 == len(data):
        values.pop()
    return values


def _five_bit_encode(text: str) -> bytes:
    if any(not 0x40 <= ord(c) <= 0x5F for c in text):
        raise TagFormatError("five-bit compaction takes only @ A–Z [ \\ ] ^ _")
    return pack_bits([ord(c) & 0x1F for c in text], 5)


def _six_bit_encode(text: str) -> bytes:
    if any(not 0x20 <= ord(c) <= 0x5F for c in text):
        raise TagFormatError("six-bit compaction takes only characters 0x20–0x5F")
    return pack_bits([ord(c) & 0x3F for c in text], 6)


def _seven_bit_encode(text: str) -> bytes:
    if any(not 0x01 <= ord(c) <= 0x7F for c in text):
        raise TagFormatError("seven-bit compaction takes only ASCII")
    return pack_bits([ord(c) for c in text], 7)


def compact(text: str, compaction: int) -> bytes:
    """Encode ``text`` with one compaction scheme.

    A trailing "@" (code 0 in the 5- and 6-bit sets) would be indistinguishable from zero padding bits, so those
    two compactions refuse it (use octet compaction for such text).
    """
    if compaction in (C_5BIT, C_6BIT) and text.endswith("@"):
        raise TagFormatError("a trailing '@' cannot be told from padding in 5/6-bit compaction")
    if compaction == C_INTEGER:
        if not _ascii_digits(text) or (len(text) > 1 and text[0] == "0"):
            raise TagFormatError("integer compaction takes digits without a leading zero")
        n = int(text)
        return n.to_bytes(max(1, (n.bit_length() + 7) // 8), "big")
    if compaction == C_NUMERIC:
        return _numeric_encode(text)
    if compaction == C_5BIT:
        return _five_bit_encode(text)
    if compaction == C_6BIT:
        return _six_bit_encode(text)
    if compaction == C_7BIT:
        return _seven_bit_encode(text)
    if compaction == C_OCTET:
        try:
            return text.encode("latin-1")
        except UnicodeEncodeError:
            raise TagFormatError("octet compaction takes only ISO 8859-1 text") from None
    if compaction == C_UTF8:
        return text.encode("utf-8")
    raise UnsupportedCompaction(f"compaction {compaction} is not encoded by this module")


def decompact(data: bytes, compaction: int) -> str:
    """Decode one element's data bytes to text."""
    if compaction == C_INTEGER:
        return str(int.from_bytes(data, "big")) if data else ""
    if compaction == C_NUMERIC:
        return _numeric_decode(data)
    if compaction == C_5BIT:
        return "".join(chr(0x40 | v) for v in unpack_bits(data, 5))
    if compaction == C_6BIT:
        return "".join(chr(v if v >= 0x20 else 0x40 | v) for v in unpack_bits(data, 6))
    if compaction == C_7BIT:
        return "".join(chr(v) for v in unpack_bits(data, 7))
    if compaction == C_OCTET:
        return data.decode("latin-1")
    if compaction == C_UTF8:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise TagFormatError("element declared UTF-8 but is not") from None
    raise UnsupportedCompaction(f"compaction {compaction} is not decoded")


def _best_compaction(text: str) -> int:
    if _ascii_digits(text):
        if len(text) <= 19 and (len(text) == 1 or text[0] != "0"):
            return C_INTEGER
        return C_NUMERIC  # a leading zero (integer would drop it) or too long for 64 bits
    try:
        text.encode("latin-1")
        return C_OCTET
    except UnicodeEncodeError:
        return C_UTF8


# ---- elements --------------------------------------------------------------------------------------------------


def encode_element(oid: int, data: bytes, compaction: int, pad: int = 0) -> bytes:
    if not 1 <= oid <= 15 + 255:
        raise ValueError("relative OID out of range")
    if len(data) > 255:
        raise TagFormatError("element longer than 255 bytes")
    precursor = (compaction << 4) | (oid if oid < 15 else 15)
    out = bytearray()
    out.append(precursor | (0x80 if pad else 0))
    if oid >= 15:
        out.append(oid - 15)
    if pad:
        out.append(pad)
    out.append(len(data))
    out += data
    out += b"\x00" * pad
    return bytes(out)


def iter_elements(memory: bytes) -> list[tuple[int, int, bytes]]:
    """Split user memory into (relative OID, compaction, data) triples; stops at the zero precursor."""
    out: list[tuple[int, int, bytes]] = []
    i = 0
    n = len(memory)
    while i < n:
        precursor = memory[i]
        if precursor == 0:
            return out
        i += 1
        oid = precursor & 0x0F
        compaction = (precursor >> 4) & 0x07
        if oid == 0:
            raise TagFormatError("relative OID 0 is not valid")
        if oid == 15:
            if i >= n:
                raise TagFormatError("element cut short")
            oid = 15 + memory[i]
            i += 1
        pad = 0
        if precursor & 0x80:
            if i >= n:
                raise TagFormatError("element cut short")
            pad = memory[i]
            i += 1
        if i >= n:
            raise TagFormatError("element cut short")
        length = memory[i]
        i += 1
        if i + length > n:
            raise TagFormatError("element runs past the end of the tag")
        out.append((oid, compaction, bytes(memory[i : i + length])))
        i += length + pad
        if i > n:
            raise TagFormatError("element padding runs past the end of the tag")
    return out  # no terminator within what was read: accept what is complete


def decode(memory: bytes) -> ItemData:
    """Decode ISO 28560-2 user memory. Raises :class:`TagFormatError` (or a subclass) on malformed data."""
    if not any(memory):
        raise BlankTagError("tag holds no data")
    elements = iter_elements(memory)
    if not elements or elements[0][0] != OID_ITEM_ID:
        raise TagFormatError("the primary item identifier must come first")
    _oid, comp, data = elements[0]
    item_id = decompact(data, comp)
    if not item_id:
        raise TagFormatError("item identifier is empty")
    parts, part, usage, qualifier, isil, title = 1, 1, 1, 0, "", ""
    problems: list[ElementProblem] = []
    seen = {OID_ITEM_ID}
    for oid, comp, data in elements[1:]:
        if oid in seen:
            raise TagFormatError(f"element {oid} appears twice")
        seen.add(oid)
        if oid == OID_SET_INFO:
            digits = decompact(data, comp) if comp != C_APPLICATION else data.decode("ascii", "replace")
            if comp == C_INTEGER and len(digits) % 2:
                digits = "0" + digits  # integer compaction drops a leading zero of the number of parts
            if not _ascii_digits(digits) or len(digits) % 2 or not 2 <= len(digits) <= 6:
                raise TagFormatError("set information is malformed")
            half = len(digits) // 2
            parts, part = int(digits[:half]), int(digits[half:])
            if not (1 <= part <= parts):
                raise TagFormatError("set information out of range")
        elif oid == OID_TYPE_OF_USAGE:
            if comp in (C_APPLICATION, C_OCTET, C_INTEGER) and len(data) == 1:
                usage, qualifier = data[0] >> 4, data[0] & 0x0F
            else:
                raise TagFormatError("type of usage is malformed")
        elif oid == OID_OWNER_ISIL:
            try:
                isil = isil_code.decode(data) if comp == C_APPLICATION else decompact(data, comp)
            except TagFormatError as e:
                problems.append(ElementProblem("owner_isil", e.reason))
        elif oid == OID_TITLE:
            try:
                title = decompact(data, comp)
            except TagFormatError as e:
                problems.append(ElementProblem("title", e.reason))
    return ItemData(
        item_id=item_id,
        parts_in_set=parts,
        part_number=part,
        usage=usage,
        usage_qualifier=qualifier,
        isil=isil,
        title=title,
        model=NAME,
        problems=tuple(problems),
    )


def encode(item: ItemData, *, capacity: int | None = None) -> bytes:
    """User memory for ``item`` (terminated, padded to whole 4-byte blocks). ``capacity`` bounds the size."""
    if not item.item_id:
        raise TagFormatError("item identifier is empty")
    if not (1 <= item.part_number <= item.parts_in_set <= 999):
        raise TagFormatError("set information out of range")
    if not (0 <= item.usage <= 15 and 0 <= item.usage_qualifier <= 15):
        raise TagFormatError("type of usage out of range")
    comp = _best_compaction(item.item_id)
    out = bytearray(encode_element(OID_ITEM_ID, compact(item.item_id, comp), comp))
    if item.parts_in_set > 1:
        width = max(len(str(item.parts_in_set)), 1)
        digits = f"{item.parts_in_set:0{width}d}{item.part_number:0{width}d}"
        out += encode_element(OID_SET_INFO, digits.encode("ascii"), C_OCTET)
    out += encode_element(OID_TYPE_OF_USAGE, bytes([(item.usage << 4) | item.usage_qualifier]), C_APPLICATION)
    if item.isil:
        if isil_code.encodable(item.isil):
            out += encode_element(OID_OWNER_ISIL, isil_code.encode(item.isil), C_APPLICATION)
        else:
            out += encode_element(OID_OWNER_ISIL, compact(item.isil, C_OCTET), C_OCTET)
    if item.title:
        tcomp = C_OCTET if _best_compaction(item.title) == C_OCTET else C_UTF8
        out += encode_element(OID_TITLE, compact(item.title, tcomp), tcomp)
    out.append(0)
    out += b"\x00" * (-len(out) % 4)
    if capacity is not None and len(out) > capacity:
        raise TagFormatError(f"data needs {len(out)} bytes, the tag holds {capacity}")
    return bytes(out)
