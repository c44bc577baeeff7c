"""The 3M / Bibliotheca 210/810 serial reader protocol, sans-I/O (bytes in → events out, requests in → bytes out).

Link: 19200 baud 8N1. Frame::

    D6 <len:2 BE> <cmd> <fields…> <crc:2 BE>

``len`` counts every byte after itself (command, fields, CRC); the CRC is CRC-16 0x1021, initial 0xFFFF, final XOR
0xFFFF, over the length bytes through the last field. ``D5`` frames (same shape) are used while probing the reader.
An answer repeats the command byte, then a status byte: ``00`` success, anything else (``06`` in practice) failure.

Commands used by the kiosk (the 3M Model 210 protocol specification; field layouts as captured by Biblio-RFID and
koha-rfid-go): ``FE`` inventory, ``02`` read blocks, ``04`` write blocks, ``0A`` read AFI, ``09`` write AFI, ``03``
check EAS, ``0C`` EAS on/off, and the ``D5 04 00 11`` version probe. Tag UIDs travel as 8 bytes; the public
captures do not settle in which order, so the order is read off each UID (every ISO 15693 UID starts with E0), the
driver addresses tags in the order the reader used, and this module always shows a UID most significant byte first
(``E004…``), as tag vendors' UID tables do.

**Never a lock.** Lock AFI (``06``) and the ISO pass-through (``14``, which could carry any ISO lock) cannot be
encoded here: :func:`encode_frame` raises :class:`ForbiddenCommand` for them. Locks are permanent.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field

from hardware.rfid.crc import crc16_3m
from hardware.rfid.errors import ForbiddenCommand, ReaderProtocolError

SOF = 0xD6
SOF_PROBE = 0xD5
CMD_INVENTORY = 0xFE
CMD_READ_BLOCKS = 0x02
CMD_CHECK_EAS = 0x03
CMD_WRITE_BLOCKS = 0x04
CMD_LOCK_AFI = 0x06
CMD_WRITE_AFI = 0x09
CMD_READ_AFI = 0x0A
CMD_EAS_CONTROL = 0x0C
CMD_PASSTHROUGH = 0x14
CMD_VERSION = 0x04  # inside a D5 probe frame, with fields 00 11
FORBIDDEN_COMMANDS = frozenset({CMD_LOCK_AFI, CMD_PASSTHROUGH})
STATUS_OK = 0x00
MAX_FRAME_BODY = 1024
#: the inventory request's fixed fields (as captured from 3M software)
INVENTORY_FIELDS = b"\x00\x05"
PROBE_FIELDS = b"\x00\x11"
_START = re.compile(rb"[\xd5\xd6]")


ISO15693_UID_MSB = 0xE0


def uid_to_wire(uid: str, msb_first: bool = False) -> bytes:
    raw = bytes.fromhex(uid)
    if len(raw) != 8:
        raise ValueError("a UID is 8 bytes")
    return raw if msb_first else raw[::-1]


def wire_order(raw: bytes) -> bool | None:
    """True if these 8 UID bytes come most significant first, False if least first, None if it cannot be told.

    Every ISO 15693 UID begins with E0, so the position of that byte gives the reader's order away.
    """
    if raw[:1] == b"\xe0" and raw[7:8] != b"\xe0":
        return True
    if raw[7:8] == b"\xe0" and raw[:1] != b"\xe0":
        return False
    return None


def uid_from_wire(raw: bytes, msb_first: bool | None = None) -> str:
    """8 wire bytes → ``E004…``. ``msb_first=None`` tells the order from the E0 byte (least first if unclear)."""
    if msb_first is None:
        msb_first = bool(wire_order(raw))
    return (raw if msb_first else raw[::-1]).hex().upper()


def encode_frame(cmd: int, fields: bytes = b"", sof: int = SOF) -> bytes:
    """One frame; refuses any lock command."""
    if sof == SOF and cmd in FORBIDDEN_COMMANDS:
        raise ForbiddenCommand(f"command {cmd:02X} is never sent by the kiosk")
    body = bytes([cmd]) + fields
    length = len(body) + 2
    head = length.to_bytes(2, "big") + body
    return bytes([sof]) + head + crc16_3m(head).to_bytes(2, "big")


@dataclass(frozen=True)
class Frame:
    sof: int
    cmd: int
    fields: bytes


@dataclass(frozen=True)
class Garbage:
    """Bytes thrown away while looking for a frame (noise, a bad CRC, an impossible length)."""

    data: bytes
    why: str


class FrameDecoder:
    """Bytes in → :class:`Frame` or :class:`Garbage` out. Never raises on input; resynchronises on the next SOF.

    Linear in the bytes received: a start byte in noise may claim a frame up to :data:`MAX_FRAME_BODY` long, and
    while that claim is incomplete a complete, valid frame starting later in the buffer wins (the claim was noise).
    Each start byte is looked at once when it arrives and its CRC checked once when its claimed frame is complete,
    however the bytes are chunked (a heap keeps the later claims by where they end).
    """

    def __init__(self) -> None:
        self._buf = bytearray()
        #: stream position of ``_buf[0]`` (bytes consumed so far)
        self._base = 0
        #: stream position up to which later start bytes were looked for
        self._scanned = 0
        #: later start bytes with a plausible length: (stream position where their claimed frame ends, start)
        self._claims: list[tuple[int, int]] = []

    def receive_data(self, data: bytes) -> None:
        self._buf += data

    @property
    def pending(self) -> int:
        return len(self._buf)

    def _consume(self, n: int) -> bytes:
        out = bytes(self._buf[:n])
        del self._buf[:n]
        self._base += n
        return out

    def next_event(self) -> Frame | Garbage | None:
        buf = self._buf
        if not buf:
            return None
        if buf[0] not in (SOF, SOF_PROBE):
            m = _START.search(buf, 1)
            return Garbage(self._consume(m.start() if m else len(buf)), "no_start_of_frame")
        if len(buf) < 3:
            return None
        length = int.from_bytes(buf[1:3], "big")
        if length < 3 or length > MAX_FRAME_BODY:
            return Garbage(self._consume(1), "bad_length")
        if len(buf) < 3 + length:
            # noise that looks like a start byte may claim a long frame; if a complete, valid frame already
            # starts later in the buffer, the bytes before it were noise
            k = self._later_valid_frame()
            if k:
                return Garbage(self._consume(k), "resync")
            return None
        frame = bytes(buf[: 3 + length])
        if crc16_3m(frame[1:-2]) != int.from_bytes(frame[-2:], "big"):
            # resynchronise from the next byte: the real frame may start inside
            return Garbage(self._consume(1), "bad_crc")
        self._consume(3 + length)
        return Frame(frame[0], frame[3], frame[4:-2])

    def _later_valid_frame(self) -> int:
        """The offset of the first complete, valid frame after the first byte (0: none yet)."""
        buf, base = self._buf, self._base
        end = base + len(buf)
        # new start bytes: remember the plausible claims (their header must have arrived: up to end - 3)
        for m in _START.finditer(buf, max(self._scanned - base, 1), max(len(buf) - 2, 1)):
            k = m.start()
            length = int.from_bytes(buf[k + 1 : k + 3], "big")
            if 3 <= length <= MAX_FRAME_BODY:
                heapq.heappush(self._claims, (base + k + 3 + length, base + k))
        self._scanned = max(self._scanned, end - 2)
        valid: list[tuple[int, int]] = []
        while self._claims and self._claims[0][0] <= end:
            stop, start = heapq.heappop(self._claims)
            if start <= base:
                continue  # consumed (or the first byte itself, which the caller handles)
            frame = buf[start - base : stop - base]
            if crc16_3m(frame[1:-2]) == int.from_bytes(frame[-2:], "big"):
                valid.append((stop, start))
        if not valid:
            return 0
        first = min(valid, key=lambda claim: claim[1])
        for claim in valid:
            if claim is not first:
                heapq.heappush(self._claims, claim)  # still valid frames: found again once the first is read
        return first[1] - base


# ---- requests and their answers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    cmd: int
    uid: str | None = None
    sof: int = SOF

    def __post_init__(self) -> None:
        if self.sof == SOF and self.cmd in FORBIDDEN_COMMANDS:
            raise ForbiddenCommand(f"command {self.cmd:02X} is never sent by the kiosk")


@dataclass(frozen=True)
class Inventory(Request):
    cmd: int = CMD_INVENTORY


@dataclass(frozen=True)
class ReadBlocks(Request):
    cmd: int = CMD_READ_BLOCKS
    start: int = 0
    count: int = 1


@dataclass(frozen=True)
class WriteBlocks(Request):
    cmd: int = CMD_WRITE_BLOCKS
    start: int = 0
    data: bytes = b""


@dataclass(frozen=True)
class ReadAfi(Request):
    cmd: int = CMD_READ_AFI


@dataclass(frozen=True)
class WriteAfi(Request):
    cmd: int = CMD_WRITE_AFI
    afi: int = 0


@dataclass(frozen=True)
class CheckEas(Request):
    cmd: int = CMD_CHECK_EAS


@dataclass(frozen=True)
class SetEas(Request):
    cmd: int = CMD_EAS_CONTROL
    on: bool = True


@dataclass(frozen=True)
class Probe(Request):
    cmd: int = CMD_VERSION
    sof: int = SOF_PROBE


# answers (events)


@dataclass(frozen=True)
class InventoryResult:
    uids: list[str]
    #: the reader's UID byte order as seen in this answer (None: no UID told it)
    msb_first: bool | None = None


@dataclass(frozen=True)
class BlocksResult:
    uid: str
    blocks: dict[int, bytes] = field(default_factory=dict)

    def data(self, start: int, count: int) -> bytes:
        missing = [n for n in range(start, start + count) if n not in self.blocks]
        if missing:
            raise ReaderProtocolError("reader answered with fewer blocks than asked")
        return b"".join(self.blocks[n] for n in range(start, start + count))


@dataclass(frozen=True)
class AfiResult:
    uid: str
    afi: int


@dataclass(frozen=True)
class EasResult:
    uid: str
    on: bool


@dataclass(frozen=True)
class Done:
    """A write (blocks, AFI, EAS) acknowledged by the reader for ``uid``."""

    uid: str


@dataclass(frozen=True)
class Failed:
    """The reader reported failure for the request (tag gone, air error, write refused)."""

    cmd: int
    uid: str | None
    code: int


@dataclass(frozen=True)
class VersionResult:
    version: str


Answer = InventoryResult | BlocksResult | AfiResult | EasResult | Done | Failed | VersionResult


def encode_request(req: Request, msb_first: bool = False) -> bytes:
    """Request → bytes on the wire (UIDs in the reader's byte order)."""
    uid = uid_to_wire(req.uid, msb_first) if req.uid is not None else b""
    if isinstance(req, Probe):
        return encode_frame(CMD_VERSION, PROBE_FIELDS, sof=SOF_PROBE)
    if isinstance(req, Inventory):
        return encode_frame(CMD_INVENTORY, INVENTORY_FIELDS)
    if req.uid is None:
        raise ValueError("this command must be addressed to one tag by its UID")
    if isinstance(req, ReadBlocks):
        if not (0 <= req.start <= 255 and 1 <= req.count <= 255):
            raise ValueError("block range out of bounds")
        return encode_frame(CMD_READ_BLOCKS, uid + bytes([req.start, req.count]))
    if isinstance(req, WriteBlocks):
        if not req.data or len(req.data) % 4 or len(req.data) // 4 > 255 or not 0 <= req.start <= 255:
            raise ValueError("write whole 4-byte blocks")
        return encode_frame(CMD_WRITE_BLOCKS, uid + bytes([req.start, len(req.data) // 4, 0]) + req.data)
    if isinstance(req, ReadAfi):
        return encode_frame(CMD_READ_AFI, uid)
    if isinstance(req, WriteAfi):
        if not 0 <= req.afi <= 255:
            raise ValueError("AFI is one byte")
        return encode_frame(CMD_WRITE_AFI, uid + bytes([req.afi]))
    if isinstance(req, CheckEas):
        return encode_frame(CMD_CHECK_EAS, uid)
    if isinstance(req, SetEas):
        return encode_frame(CMD_EAS_CONTROL, uid + bytes([1 if req.on else 0]))
    raise ValueError(f"unknown request {type(req).__name__}")


def decode_request(frame: Frame, msb_first: bool = False) -> Request:
    """Bytes the reader receives → the request (used by the simulator; raises ReaderProtocolError)."""
    f = frame.fields
    try:
        if frame.sof == SOF_PROBE:
            if frame.cmd == CMD_VERSION and f == PROBE_FIELDS:
                return Probe()
            raise ReaderProtocolError("unknown probe frame")
        if frame.cmd in FORBIDDEN_COMMANDS:
            raise ForbiddenCommand(f"command {frame.cmd:02X} received")
        if frame.cmd == CMD_INVENTORY:
            return Inventory()
        if len(f) < 8:
            raise ReaderProtocolError("addressed command without a UID")
        uid = uid_from_wire(f[:8], msb_first)
        rest = f[8:]
        if frame.cmd == CMD_READ_BLOCKS and len(rest) == 2:
            return ReadBlocks(uid=uid, start=rest[0], count=rest[1])
        if frame.cmd == CMD_WRITE_BLOCKS and len(rest) >= 3 and len(rest) - 3 == rest[1] * 4:
            return WriteBlocks(uid=uid, start=rest[0], data=rest[3:])
        if frame.cmd == CMD_READ_AFI and not rest:
            return ReadAfi(uid=uid)
        if frame.cmd == CMD_WRITE_AFI and len(rest) == 1:
            return WriteAfi(uid=uid, afi=rest[0])
        if frame.cmd == CMD_CHECK_EAS and not rest:
            return CheckEas(uid=uid)
        if frame.cmd == CMD_EAS_CONTROL and len(rest) == 1 and rest[0] in (0, 1):
            return SetEas(uid=uid, on=bool(rest[0]))
    except ValueError as e:
        raise ReaderProtocolError(str(e)) from None
    raise ReaderProtocolError(f"malformed command {frame.cmd:02X}")


def decode_answer(req: Request, frame: Frame, msb_first: bool = False) -> Answer:
    """The reader's frame → an answer to ``req``. Raises :class:`ReaderProtocolError` if it does not fit.

    UIDs are read in the order their E0 byte shows, else in the order ``msb_first`` (what the reader used so far).
    """

    def uid_of(raw: bytes) -> str:
        order = wire_order(raw)
        return uid_from_wire(raw, msb_first if order is None else order)

    f = frame.fields
    if isinstance(req, Probe):
        if frame.sof != SOF_PROBE or frame.cmd != CMD_VERSION or len(f) != 6 or f[:2] != PROBE_FIELDS:
            raise ReaderProtocolError("unexpected answer to the version probe")
        return VersionResult(".".join(str(b) for b in f[2:]))
    if frame.sof != SOF or frame.cmd != req.cmd or not f:
        raise ReaderProtocolError(f"answer {frame.cmd:02X} does not match request {req.cmd:02X}")
    status, rest = f[0], f[1:]
    if status != STATUS_OK:
        uid = uid_of(rest[:8]) if len(rest) >= 8 else req.uid
        return Failed(req.cmd, uid, status)
    if isinstance(req, Inventory):
        if len(rest) < 3:
            raise ReaderProtocolError("short inventory answer")
        count, uids = rest[2], rest[3:]
        if len(uids) != count * 8:
            raise ReaderProtocolError("inventory answer length does not match its tag count")
        raws = [uids[i * 8 : i * 8 + 8] for i in range(count)]
        order = next((o for o in map(wire_order, raws) if o is not None), None)
        return InventoryResult([uid_from_wire(r, msb_first if order is None else order) for r in raws], order)
    if len(rest) < 8:
        raise ReaderProtocolError("answer without the tag's UID")
    uid = uid_of(rest[:8])
    if uid != req.uid:
        raise ReaderProtocolError("answer from another tag than addressed")
    rest = rest[8:]
    if isinstance(req, ReadBlocks):
        if not rest or len(rest) != 1 + rest[0] * 6:
            raise ReaderProtocolError("read-blocks answer length does not match its block count")
        blocks = {}
        for i in range(rest[0]):
            chunk = rest[1 + i * 6 : 7 + i * 6]
            blocks[int.from_bytes(chunk[:2], "little")] = bytes(chunk[2:])
        return BlocksResult(uid, blocks)
    if isinstance(req, ReadAfi):
        if len(rest) != 1:
            raise ReaderProtocolError("AFI answer length")
        return AfiResult(uid, rest[0])
    if isinstance(req, CheckEas):
        if len(rest) != 1:
            raise ReaderProtocolError("EAS answer length")
        return EasResult(uid, bool(rest[0]))
    if isinstance(req, WriteBlocks | WriteAfi | SetEas):
        return Done(uid)
    raise ReaderProtocolError("unexpected answer")


# ---- the reader side (used by the simulator) ---------------------------------------------------------------------


def encode_answer(req: Request, answer: Answer, msb_first: bool = False) -> bytes:
    """Answer → bytes, as the reader would send them (the simulator uses this)."""
    if isinstance(answer, VersionResult):
        parts = bytes(int(p) for p in answer.version.split("."))
        return encode_frame(CMD_VERSION, PROBE_FIELDS + parts, sof=SOF_PROBE)
    if isinstance(answer, Failed):
        uid = uid_to_wire(answer.uid, msb_first) if answer.uid else b""
        return encode_frame(req.cmd, bytes([answer.code]) + uid)
    if isinstance(answer, InventoryResult):
        body = b"\x00" + INVENTORY_FIELDS + bytes([len(answer.uids)])
        return encode_frame(CMD_INVENTORY, body + b"".join(uid_to_wire(u, msb_first) for u in answer.uids))
    uid = uid_to_wire(answer.uid, msb_first)
    if isinstance(answer, BlocksResult):
        body = bytes([len(answer.blocks)])
        for n, data in sorted(answer.blocks.items()):
            body += n.to_bytes(2, "little") + data
        return encode_frame(req.cmd, b"\x00" + uid + body)
    if isinstance(answer, AfiResult):
        return encode_frame(req.cmd, b"\x00" + uid + bytes([answer.afi]))
    if isinstance(answer, EasResult):
        return encode_frame(req.cmd, b"\x00" + uid + bytes([1 if answer.on else 0]))
    if isinstance(answer, Done):
        ack = bytes([len(req.data) // 4]) if isinstance(req, WriteBlocks) else b""
        return encode_frame(req.cmd, b"\x00" + uid + ack)
    raise ValueError("unknown answer")
