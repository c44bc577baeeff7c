"""ISO 28560-3 (the Danish data model it grew from): the basic block and the extension blocks, sans-I/O.

Layout of the 34-byte basic block (32 bytes on small tags, where the ISIL is cut to 9 characters):

====== ============================================================================
bytes  field
====== ============================================================================
0      version (high nibble, 1 or 2) | type of usage (low nibble)
1      number of parts in set (1–255)
2      ordinal part number (1–255)
3–18   primary item identifier, ASCII, left aligned, NUL padded; byte 3 = 0x01 when the identifier is longer
       than 16 characters and sits in the library extension block instead ([CL3])
19–20  CRC-16/CCITT-FALSE over bytes 0–18 and 21–33, low byte first
21–22  country of the owner library (ISO 3166-1 alpha-2)
23–33  owner library ISIL, NUL padded
====== ============================================================================

Some vendors write every 4-byte block byte-reversed; :func:`decode` checks the CRC in the order found and with every
block reversed, and reports which order matched so that a rewrite can keep it (when both orders pass the CRC, the
one whose fields make sense wins). Bibliotheca's "DM11" variant, with the two nibbles of byte 0 swapped, is
recognised too. A block of zeros is a blank tag; a version the decoder does not know is a foreign tag, not damage.

Extension blocks
----------------
On a tag larger than 32 bytes, extension blocks may follow the basic block, from byte 34 on::

    <length> <data block ID, 2 bytes, low byte first> <XOR checksum> <data…>

``length`` counts the whole block, itself included; a length of 0 is the end block that closes the chain, and a
length of 1 a one-byte filler. The checksum makes the XOR of every byte of the block, itself included, zero. Data
fields come in a fixed order; a variable field ends with a NUL, and a block may stop after its last non-empty field.
Data block IDs: 1 library extension (media format, 1 byte; primary item identifier; owner ISIL), 2 acquisition,
3 library supplement, 4 title (the title), 5 interlibrary loan.

Sources: the frame, the length rules and the checksum are DDM 2005 (Doc 067) §3.3.2–3.3.4 (yumpu copy) and
GOST R ISO 28560-3-2016 §7.4.2 (ajdocs.ru/gsp/40264/14); the byte 3 = 0x01 rule is [CL3]; the data block IDs and the
field order of the library extension and title blocks come from the TH Wildau ``ISO28560_3_*ExtensionBlock`` Java
classes (code index) and agree with the ISO 28560-3 Annex B example 2 bytes quoted in the Lainuri kiosk's tests
(``05 01 00 05 01``: a library extension block holding media format 1). The standard's own tables were not
available, so three details are this module's decisions: text in extension blocks is read as UTF-8 (ASCII-compatible;
the Lainuri decoder reads 28560-3 text as UTF-8); the byte order found for the basic block applies to the whole
memory; an ID whose high byte is 0xFF (DDM's escape to a longer ID) is kept aside like any unknown block.

What the decoder does with them: the library extension block supplies the item identifier when byte 3 is 0x01 (and
the owner ISIL when the basic block has none); the title block supplies the title; any other block is kept aside
in :attr:`ItemData.other_blocks` and written back unchanged by :func:`encode`. A block with a wrong checksum, or a
chain that breaks (a length of 2 or 3, a block running past the end of the memory), is reported in
:attr:`ItemData.problems` (``tag_block_checksum``, ``tag_block_chain``, ``tag_block_malformed``) and the basic
block's data stays usable. Only when the identifier itself is in a block that cannot be read is the tag unreadable.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hardware.rfid.crc import crc16_ccitt_false
from hardware.rfid.errors import ForeignTagError, TagCrcError, TagFormatError
from hardware.rfid.model import ElementProblem, ExtensionBlock, ItemData

NAME = "iso28560-3"
BLOCK_SIZE = 4
FULL_LENGTH = 34
SHORT_LENGTH = 32
#: blocks to read to get the whole basic block (34 bytes need 9 four-byte blocks)
BLOCKS = 9
KNOWN_VERSIONS = (1, 2)
#: the most blocks a reader fetches following an extension-block chain (ICODE SLIX2 user memory: 80 blocks)
MAX_BLOCKS = 80
#: data block IDs
BLOCK_LIBRARY, BLOCK_ACQUISITION, BLOCK_LIBRARY_SUPPLEMENT, BLOCK_TITLE, BLOCK_ILL = 1, 2, 3, 4, 5
#: byte 3 of the basic block when the item identifier is in the library extension block
ID_IN_EXTENSION = 0x01


class BlankTagError(TagFormatError):
    reason = "tag_blank"


class BlockChecksumError(TagFormatError):
    reason = "tag_block_checksum"


class BlockChainError(TagFormatError):
    reason = "tag_block_chain"


class BlockMalformedError(TagFormatError):
    reason = "tag_block_malformed"


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


# ---- extension blocks -------------------------------------------------------------------------------------------


def xor_checksum(block: bytes) -> int:
    """The XOR of every byte of ``block`` (0 for a block whose checksum is right)."""
    acc = 0
    for b in block:
        acc ^= b
    return acc


def encode_block(block_id: int, data: bytes) -> bytes:
    """One framed extension block: length, data block ID (low byte first), XOR checksum, data."""
    if not 0 <= block_id <= 0xFFFF:
        raise ValueError("data block ID out of range")
    length = 4 + len(data)
    if length > 255:
        raise TagFormatError("an extension block holds at most 251 data bytes")
    frame = bytearray([length, block_id & 0xFF, block_id >> 8, 0]) + data
    frame[3] = xor_checksum(frame)
    return bytes(frame)


@dataclass
class ChainScan:
    """What :func:`scan_chain` found: the blocks whose checksum is right, problems with the others, and (when the
    memory given ends before the chain does) how many bytes from the start of memory the chain needs."""

    blocks: list[ExtensionBlock] = field(default_factory=list)
    problems: list[ElementProblem] = field(default_factory=list)
    wanted: int = 0


def scan_chain(memory: bytes, start: int = FULL_LENGTH) -> ChainScan:
    """Walk the extension-block chain from ``start`` (memory in block order already normalised)."""
    scan = ChainScan()
    i = start
    n = len(memory)
    while True:
        if i >= n:
            scan.wanted = i + 1  # no end block within what was read: the next length byte may be further on
            return scan
        length = memory[i]
        if length == 0:
            return scan  # the end block
        if length == 1:
            i += 1  # a filler byte
            continue
        if length < 4:
            scan.problems.append(ElementProblem("extension_chain", BlockChainError.reason))
            return scan
        if i + length > n:
            scan.wanted = i + length
            scan.problems.append(ElementProblem("extension_chain", BlockChainError.reason))
            return scan
        frame = memory[i : i + length]
        block_id = frame[1] | (frame[2] << 8)
        if xor_checksum(frame):
            scan.problems.append(ElementProblem(f"block_{block_id}", BlockChecksumError.reason))
        else:
            scan.blocks.append(ExtensionBlock(block_id, bytes(frame[4:])))
        i += length


def _fields(data: bytes) -> list[bytes]:
    """The NUL-terminated variable fields of a block's data (the last one may end with the block)."""
    return data.split(b"\x00") if data else []


def _text(raw: bytes) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BlockMalformedError("extension block text is not UTF-8") from None
    if any(ord(c) < 0x20 for c in text):
        raise BlockMalformedError("extension block text holds control characters")
    return text


def _library_block(block: ExtensionBlock) -> tuple[str, str]:
    """(item identifier, owner ISIL) of a library extension block; either may be empty."""
    rest = _fields(block.data[1:])  # byte 0: media format (other)
    item_id = _ascii_field_strict(rest[0]) if rest else ""
    isil = _ascii_field_strict(rest[1]) if len(rest) > 1 else ""
    return item_id, isil


def _ascii_field_strict(raw: bytes) -> str:
    if any(b < 0x20 or b > 0x7E for b in raw):
        raise BlockMalformedError("library extension field is not printable ASCII")
    return raw.decode("ascii")


# ---- the tag ------------------------------------------------------------------------------------------------------


def _candidates(memory: bytes) -> list[tuple[str, bytes, bytes, bool]]:
    """Every (byte order, memory in that order, 34-byte basic block, short?) whose CRC matches."""
    out = []
    for order, data in (("normal", bytes(memory)), ("reversed", reverse_blocks(memory))):
        for n in (FULL_LENGTH, SHORT_LENGTH):
            if len(data) >= n:
                block, short = _normalise(data[:n])
                if _crc_ok(block):
                    out.append((order, data, block, short))
    return out


def decode(memory: bytes) -> ItemData:
    """Decode the tag's user memory (as read, from block 0): the basic block and any extension blocks after it.

    Raises :class:`BlankTagError`, :class:`TagCrcError`, :class:`ForeignTagError` or :class:`TagFormatError`.
    """
    if len(memory) < SHORT_LENGTH:
        raise TagFormatError(f"basic block needs at least {SHORT_LENGTH} bytes, got {len(memory)}")
    if not any(memory):
        raise BlankTagError("tag holds no data")
    candidates = _candidates(memory)
    if not candidates:
        raise TagCrcError("basic block CRC does not match in either byte order")
    first_error: TagFormatError | None = None
    for order, data, block, short in candidates:
        try:
            return _decode(order, data, block, short)
        except TagFormatError as e:
            first_error = first_error or e
    assert first_error is not None
    raise first_error


def _decode(order: str, data: bytes, block: bytes, short: bool) -> ItemData:
    version, usage = block[0] >> 4, block[0] & 0x0F
    if version not in KNOWN_VERSIONS and usage in KNOWN_VERSIONS:
        version, usage = usage, version  # Bibliotheca DM11: nibbles swapped
    if version not in KNOWN_VERSIONS:
        raise ForeignTagError(f"unknown data model version {version}")
    parts, part = block[1], block[2]
    if parts == 0 or part == 0 or part > parts:
        raise TagFormatError("set information out of range")
    country = _ascii_field(block[21:23], "country")
    isil = _ascii_field(block[23:34], "ISIL")
    # a 32-byte tag holds nothing after its truncated basic block
    scan = ChainScan() if short else scan_chain(data, FULL_LENGTH)
    problems = list(scan.problems)
    item_id = ""
    title = ""
    other: list[ExtensionBlock] = []
    for ext in scan.blocks:
        try:
            if ext.block_id == BLOCK_LIBRARY:
                ext_id, ext_isil = _library_block(ext)
                item_id = item_id or ext_id
                isil = isil or ext_isil
            elif ext.block_id == BLOCK_TITLE and not title:
                title = _text(_fields(ext.data)[0]) if ext.data else ""
            else:
                other.append(ext)
        except TagFormatError as e:
            problems.append(ElementProblem(f"block_{ext.block_id}", e.reason))
    if block[3] == ID_IN_EXTENSION:
        if not item_id:
            lost = next((p for p in problems if p.element in (f"block_{BLOCK_LIBRARY}", "extension_chain")), None)
            raise TagFormatError(
                "item identifier is in a library extension block that cannot be read",
                reason=lost.reason if lost else "tag_id_in_extension",
            )
    else:
        item_id = _ascii_field(block[3:19], "item identifier")
    if not item_id:
        raise TagFormatError("item identifier is empty")
    return ItemData(
        item_id=item_id,
        parts_in_set=parts,
        part_number=part,
        usage=usage,
        version=version,
        country=country,
        isil=isil,
        title=title,
        model=NAME,
        byte_order=order,
        problems=tuple(problems),
        other_blocks=tuple(other),
    )


def blocks_wanted(memory: bytes) -> int:
    """How many 4-byte blocks from block 0 the decoder wants, given what was read so far: more than were read when
    an extension-block chain runs on past them (at most :data:`MAX_BLOCKS`)."""
    have = len(memory) // BLOCK_SIZE
    for _order, data, _block, short in _candidates(memory):
        if short:
            continue
        wanted = scan_chain(data, FULL_LENGTH).wanted
        return min(MAX_BLOCKS, max(have, -(-wanted // BLOCK_SIZE)))
    return have


def encode(
    item: ItemData, *, length: int = FULL_LENGTH, byte_order: str | None = None, capacity: int | None = None
) -> bytes:
    """The tag's user memory for ``item``, padded to whole 4-byte blocks (36 bytes for a basic block alone).

    An identifier longer than 16 characters goes into a library extension block (byte 3 = 0x01), a title into a
    title block, and ``item.other_blocks`` are written back as they were; the chain ends with an end block.
    ``byte_order`` defaults to ``item.byte_order``: a tag rewritten keeps the order it was found in. ``capacity``
    (bytes) bounds the size.
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

    chain = b""
    if len(item.item_id) > 16:
        long_id = ascii_bytes(item.item_id, 250, "item identifier", allow_empty=False).rstrip(b"\x00")
        chain += encode_block(BLOCK_LIBRARY, b"\x00" + long_id)  # media format (other) left empty
        item_id = bytes([ID_IN_EXTENSION]).ljust(16, b"\x00")
    else:
        item_id = ascii_bytes(item.item_id, 16, "item identifier", allow_empty=False)
    if item.title:
        title = item.title.encode("utf-8")
        if any(b < 0x20 for b in title):
            raise TagFormatError("a title holds no control characters")
        chain += encode_block(BLOCK_TITLE, title)
    for other in item.other_blocks:
        chain += encode_block(other.block_id, other.data)
    if chain and length == SHORT_LENGTH:
        raise TagFormatError("a 32-byte tag holds no extension blocks")
    country = ascii_bytes(item.country, 2, "country")
    isil = ascii_bytes(item.isil, 11 if length == FULL_LENGTH else 9, "ISIL").ljust(11, b"\x00")
    block = bytearray(bytes([(item.version << 4) | item.usage, item.parts_in_set, item.part_number]))
    block += item_id + b"\x00\x00" + country + isil
    crc = block_crc(bytes(block))
    block[19], block[20] = crc & 0xFF, crc >> 8
    out = bytes(block[:length])
    if length == FULL_LENGTH:
        out += chain + b"\x00"  # the end block
    out += b"\x00" * (-len(out) % BLOCK_SIZE)
    if capacity is not None and len(out) > capacity:
        raise TagFormatError(f"data needs {len(out)} bytes, the tag holds {capacity}")
    return reverse_blocks(out) if order == "reversed" else out
