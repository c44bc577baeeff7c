"""ISO 28560-3 (the Danish data model it grew from) basic block: a sans-I/O encoder and decoder.

Layout of the 34-byte basic block (32 bytes on small tags, where the ISIL is cut to 9 characters):

====== ============================================================================
bytes  field
====== ============================================================================
0      version (high nibble, 1 or 2) | type of usage (low nibble)
1      number of parts in set (1–255)
2      ordinal part number (1–255)
3–18   primary item identifier, ASCII, left aligned, NUL padded
19–20  CRC-16/CCITT-FALSE over bytes 0–18 and 21–33, low byte first
21–22  country of the owner library (ISO 3166-1 alpha-2)
23–33  owner library ISIL, NUL padded
====== ============================================================================

Some vendors write every 4-byte block byte-reversed; :func:`decode` checks the CRC in the order found and, failing
that, with every block reversed, and reports which order matched so that a rewrite can keep it. Bibliotheca's "DM11"
variant, with the two nibbles of byte 0 swapped, is recognised too. A block of zeros is a blank tag; a version the
decoder does not know is a foreign tag, not damage.
"""

from __future__ import annotations

from hardware.rfid.crc import crc16_ccitt_false
from hardware.rfid.errors import ForeignTagError, TagCrcError, TagFormatError
from hardware.rfid.model import ItemData

NAME = "iso28560-3"
BLOCK_SIZE = 4
FULL_LENGTH = 34
SHORT_LENGTH = 32
#: blocks to read to get the whole basic block (34 bytes need 9 four-byte blocks)
BLOCKS = 9
KNOWN_VERSIONS = (1, 2)


class BlankTagError(TagFormatError):
    reason = "tag_blank"


def reverse_blocks(data: bytes) -> bytes:
    """Reverse the bytes inside every 4-byte block (a trailing partial block is reversed as it stands)."""
    return b"".join(data[i : i + BLOCK_SIZE][::-1] for i in range(0, len(data), BLOCK_SIZE))


def block_crc(block: bytes) -> int:
    """The CRC of a 34-byte basic block (bytes 19–20 excluded)."""
    if len(block) != FULL_LENGTH:
        raise ValueError("block_crc needs the 34-byte form")
    return crc16_ccitt_false(block[:19] + block[21:])


def _normalise(memory: bytes) -> tuple[bytes, bool]:
    """34 bytes (a 32-byte tag gets two zero bytes, as the model prescribes) and whether the tag was short."""
    if len(memory) >= FULL_LENGTH:
        return bytes(memory[:FULL_LENGTH]), False
    if len(memory) == SHORT_LENGTH:
        return bytes(memory) + b"\x00\x00", True
    raise TagFormatError(f"basic block needs {SHORT_LENGTH} or {FULL_LENGTH} bytes, got {len(memory)}")


def _crc_ok(block: bytes) -> bool:
    return block[19] | (block[20] << 8) == block_crc(block)


def _ascii_field(raw: bytes, what: str) -> str:
    text = raw.split(b"\x00", 1)[0]
    if any(b < 0x20 or b > 0x7E for b in text):
        raise TagFormatError(f"{what} is not printable ASCII")
    return text.decode("ascii")


def decode(memory: bytes) -> ItemData:
    """Decode the basic block from the tag's user memory (as read, from block 0).

    Raises :class:`BlankTagError`, :class:`TagCrcError`, :class:`ForeignTagError` or :class:`TagFormatError`.
    """
    if len(memory) < SHORT_LENGTH:
        raise TagFormatError(f"basic block needs at least {SHORT_LENGTH} bytes, got {len(memory)}")
    if not any(memory):
        raise BlankTagError("tag holds no data")
    # try the order as found, then every block reversed; the 34-byte form first, then the 32-byte one
    match: tuple[str, bytes] | None = None
    for order, data in (("normal", bytes(memory)), ("reversed", reverse_blocks(memory))):
        for n in (FULL_LENGTH, SHORT_LENGTH):
            if len(data) >= n:
                block, _short = _normalise(data[:n])
                if _crc_ok(block):
                    match = (order, block)
                    break
        if match:
            break
    if match is None:
        raise TagCrcError("basic block CRC does not match in either byte order")
    order, block = match
    version, usage = block[0] >> 4, block[0] & 0x0F
    if version not in KNOWN_VERSIONS and usage in KNOWN_VERSIONS:
        version, usage = usage, version  # Bibliotheca DM11: nibbles swapped
    if version not in KNOWN_VERSIONS:
        raise ForeignTagError(f"unknown data model version {version}")
    parts, part = block[1], block[2]
    if parts == 0 or part == 0 or part > parts:
        raise TagFormatError("set information out of range")
    if block[3] == 0x01:
        raise TagFormatError("item identifier is in an extension block", reason="tag_id_in_extension")
    item_id = _ascii_field(block[3:19], "item identifier")
    if not item_id:
        raise TagFormatError("item identifier is empty")
    country = _ascii_field(block[21:23], "country")
    isil = _ascii_field(block[23:34], "ISIL")
    return ItemData(
        item_id=item_id,
        parts_in_set=parts,
        part_number=part,
        usage=usage,
        version=version,
        country=country,
        isil=isil,
        model=NAME,
        byte_order=order,
    )


def encode(item: ItemData, *, length: int = FULL_LENGTH, byte_order: str | None = None) -> bytes:
    """The basic block for ``item``, padded to whole 4-byte blocks (36 bytes for the 34-byte form).

    ``byte_order`` defaults to ``item.byte_order``: a tag rewritten keeps the order it was found in.
    """
    if length not in (FULL_LENGTH, SHORT_LENGTH):
        raise ValueError("length must be 34 or 32")
    order = byte_order or item.byte_order
    if order not in ("normal", "reversed"):
        raise ValueError("byte_order must be 'normal' or 'reversed'")
    if item.version not in KNOWN_VERSIONS or not 0 <= item.usage <= 15:
        raise TagFormatError("version or type of usage out of range")
    if not (1 <= item.parts_in_set <= 255 and 1 <= item.part_number <= item.parts_in_set):
        raise TagFormatError("set information out of range")

    def ascii_bytes(text: str, size: int, what: str, allow_empty: bool = True) -> bytes:
        try:
            raw = text.encode("ascii")
        except UnicodeEncodeError:
            raise TagFormatError(f"{what} must be ASCII") from None
        if len(raw) > size or any(b < 0x20 or b > 0x7E for b in raw) or (not raw and not allow_empty):
            raise TagFormatError(f"{what} must be 1–{size} printable ASCII characters")
        return raw.ljust(size, b"\x00")

    item_id = ascii_bytes(item.item_id, 16, "item identifier", allow_empty=False)
    country = ascii_bytes(item.country, 2, "country")
    isil = ascii_bytes(item.isil, 11 if length == FULL_LENGTH else 9, "ISIL").ljust(11, b"\x00")
    block = bytearray(bytes([(item.version << 4) | item.usage, item.parts_in_set, item.part_number]))
    block += item_id + b"\x00\x00" + country + isil
    crc = block_crc(bytes(block))
    block[19], block[20] = crc & 0xFF, crc >> 8
    out = bytes(block[:length])
    out += b"\x00" * (-len(out) % BLOCK_SIZE)
    return reverse_blocks(out) if order == "reversed" else out
