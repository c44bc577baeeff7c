"""The SIP2 codec: pure functions between bytes and :class:`Message` objects, no sockets.

Facts from the SIP2 v2.00 specification (see ``reference/sip2.md``):

* a frame is a 2-digit command, fixed-width fields in a fixed order, then ID'd fields (2-letter ID, value, ``|``),
  then optionally ``AY`` (one sequence digit) and ``AZ`` (4 hex digits of checksum), then CR;
* the checksum is the two's complement of the low 16 bits of the sum of the *encoded bytes* up to and including
  ``AZ``, written as 4 upper-case hex digits;
* variable fields carry at most 255 characters; we count encoded bytes (stricter) and cut on a character boundary;
* unknown field IDs are ignored by the spec: we keep them aside in :attr:`Message.unknown`.

Text is UTF-8 by default (Japanese titles), cp850 as an option. A ``|`` inside a value is written as ``&#124;``
(the Koha convention) and read back; on input a ``|`` only ends a field when two capital letters follow.
CR and NUL may not appear inside a message: they become spaces on output.

Everything read here comes from outside and is hostile: decoding raises only :class:`~kiosk.sip2.errors.DecodeError`
and its subclasses, takes time linear in the frame (every byte is looked at a bounded number of times; no regular
expression that can backtrack over a value), and no frame is longer than :data:`MAX_FRAME_BYTES`. Numbers are ASCII
digits only (``str.isdigit`` is also true for "²" and "１"): :func:`parse_number`, :meth:`Message.number`.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kiosk.sip2.errors import ChecksumError, DecodeError, EncodeError, FrameTooLong, UnknownCommand

MAX_FIELD_BYTES = 255
#: the longest frame accepted: a real one is well under 4 KiB; the largest the kiosk asks for, a page of 50 charged
#: items (:meth:`kiosk.sip2.client.Sip2Client.charged_items`) at the 255-byte field limit, is about 13 KiB. A longer
#: frame is a :class:`FrameTooLong` and the link is treated as broken.
MAX_FRAME_BYTES = 16 * 1024
#: a number from the library system longer than this is not a count, a period or a position
MAX_NUMBER_DIGITS = 18
PIPE_ESCAPE = "&#124;"
ENCODINGS = ("utf-8", "cp850")


@dataclass(frozen=True)
class Spec:
    code: str
    name: str
    fixed: tuple[tuple[str, int], ...]
    fields: tuple[str, ...]
    repeatable: frozenset[str] = frozenset()

    @property
    def fixed_width(self) -> int:
        return sum(w for _, w in self.fixed)


_REPEAT = frozenset({"AF", "AG", "AS", "AT", "AU", "AV", "BU", "CD"})
_ITEM_REPLY_FIXED = (("ok", 1), ("renewal_ok", 1), ("magnetic_media", 1), ("desensitize", 1), ("transaction_date", 18))
_ITEM_REPLY_FIELDS = ("AO", "AA", "AB", "AJ", "AH", "BT", "CI", "BH", "BV", "CK", "CH", "BK", "AF", "AG")

SPECS: dict[str, Spec] = {
    s.code: s
    for s in (
        Spec("93", "login", (("uid_algorithm", 1), ("pwd_algorithm", 1)), ("CN", "CO", "CP")),
        Spec("94", "login_response", (("ok", 1),), ()),
        Spec("99", "sc_status", (("status_code", 1), ("max_print_width", 3), ("protocol_version", 4)), ()),
        Spec(
            "98",
            "acs_status",
            (
                ("online", 1),
                ("checkin_ok", 1),
                ("checkout_ok", 1),
                ("renewal_policy", 1),
                ("status_update_ok", 1),
                ("offline_ok", 1),
                ("timeout_period", 3),
                ("retries_allowed", 3),
                ("date_time_sync", 18),
                ("protocol_version", 4),
            ),
            ("AO", "AM", "BX", "AN", "AF", "AG"),
            _REPEAT,
        ),
        Spec("23", "patron_status", (("language", 3), ("transaction_date", 18)), ("AO", "AA", "AC", "AD")),
        Spec(
            "24",
            "patron_status_response",
            (("patron_status", 14), ("language", 3), ("transaction_date", 18)),
            ("AO", "AA", "AE", "BL", "CQ", "BH", "BV", "AF", "AG"),
            _REPEAT,
        ),
        Spec(
            "63",
            "patron_info",
            (("language", 3), ("transaction_date", 18), ("summary", 10)),
            ("AO", "AA", "AC", "AD", "BP", "BQ"),
        ),
        Spec(
            "64",
            "patron_info_response",
            (
                ("patron_status", 14),
                ("language", 3),
                ("transaction_date", 18),
                ("hold_count", 4),
                ("overdue_count", 4),
                ("charged_count", 4),
                ("fine_count", 4),
                ("recall_count", 4),
                ("unavailable_count", 4),
            ),
            (
                "AO",
                "AA",
                "AE",
                "BZ",
                "CA",
                "CB",
                "BL",
                "CQ",
                "BH",
                "BV",
                "CC",
                "AS",
                "AT",
                "AU",
                "AV",
                "BU",
                "CD",
                "BD",
                "BE",
                "BF",
                "AF",
                "AG",
            ),  # fmt: skip
            _REPEAT,
        ),
        Spec(
            "11",
            "checkout",
            (("renewal_policy", 1), ("no_block", 1), ("transaction_date", 18), ("nb_due_date", 18)),
            ("AO", "AA", "AB", "AC", "CH", "AD", "BO", "BI"),
        ),
        Spec("12", "checkout_response", _ITEM_REPLY_FIXED, _ITEM_REPLY_FIELDS, _REPEAT),
        Spec(
            "09",
            "checkin",
            (("no_block", 1), ("transaction_date", 18), ("return_date", 18)),
            ("AP", "AO", "AB", "AC", "CH", "BI"),
        ),
        Spec(
            "10",
            "checkin_response",
            (("ok", 1), ("resensitize", 1), ("magnetic_media", 1), ("alert", 1), ("transaction_date", 18)),
            ("AO", "AB", "AQ", "AJ", "CL", "AA", "CK", "CH", "AF", "AG"),
            _REPEAT,
        ),
        Spec(
            "29",
            "renew",
            (("third_party_allowed", 1), ("no_block", 1), ("transaction_date", 18), ("nb_due_date", 18)),
            ("AO", "AA", "AD", "AB", "AJ", "AC", "CH", "BO"),
        ),
        Spec("30", "renew_response", _ITEM_REPLY_FIXED, _ITEM_REPLY_FIELDS, _REPEAT),
        Spec("17", "item_info", (("transaction_date", 18),), ("AO", "AB", "AC")),
        Spec(
            "18",
            "item_info_response",
            (("circulation_status", 2), ("security_marker", 2), ("fee_type", 2), ("transaction_date", 18)),
            ("AB", "AJ", "CF", "AH", "CJ", "CM", "BG", "BH", "BV", "CK", "AQ", "AP", "CH", "AF", "AG"),
            _REPEAT,
        ),
        Spec("35", "end_session", (("transaction_date", 18),), ("AO", "AA", "AC", "AD")),
        Spec(
            "36",
            "end_session_response",
            (("end_session", 1), ("transaction_date", 18)),
            ("AO", "AA", "AF", "AG"),
            _REPEAT,
        ),
        Spec("97", "request_resend", (), ()),
        Spec("96", "resend", (), ()),
    )
}

#: request code -> the reply code a server sends for it
REPLY_CODE = {
    "93": "94",
    "99": "98",
    "23": "24",
    "63": "64",
    "11": "12",
    "09": "10",
    "29": "30",
    "17": "18",
    "35": "36",
}


@dataclass(frozen=True, eq=True)
class Message:
    """One SIP2 message. ``fixed`` maps fixed-field names to their exact-width text; ``fields`` keeps the ID'd
    fields in order (repeatable IDs may occur several times); ``unknown`` holds ID'd fields this message type does
    not define (server dialects), kept aside and written back after the known ones."""

    code: str
    fixed: Mapping[str, str] = field(default_factory=dict)
    fields: tuple[tuple[str, str], ...] = ()
    unknown: tuple[tuple[str, str], ...] = ()
    #: the AY sequence number the message carried (decode) or should carry (encode); None = no error detection
    seq: int | None = None
    #: decode: the frame carried an AZ checksum and it was verified
    checksummed: bool = field(default=False, compare=False)

    @property
    def spec(self) -> Spec:
        return SPECS[self.code]

    def get(self, fid: str, default: str | None = None) -> str | None:
        for k, v in self.fields:
            if k == fid:
                return v
        for k, v in self.unknown:
            if k == fid:
                return v
        return default

    def text(self, fid: str) -> str:
        """The value of ``fid`` or an empty string."""
        return self.get(fid, "") or ""

    def get_all(self, fid: str) -> list[str]:
        return [v for k, v in (*self.fields, *self.unknown) if k == fid]

    def flag(self, name: str) -> bool:
        """A fixed Y/N or 1/0 field read as a bool."""
        return self.fixed.get(name, "") in ("Y", "1")

    def number(self, name: str) -> int | None:
        """A fixed field (by name) or ID'd field (by ID) read as a number: None when absent, blank or not a number
        (a count the library system garbled is unknown, never an error)."""
        try:
            return parse_number(self.fixed[name] if name in self.fixed else self.get(name))
        except DecodeError:
            return None

    def __repr__(self) -> str:  # never print values: they may be patron numbers, items or titles
        return f"Message({self.code} {self.spec.name if self.code in SPECS else '?'}, {len(self.fields)} fields)"


def make(code: str, fields: Iterable[tuple[str, str | None]] = (), seq: int | None = None, **fixed: str) -> Message:
    """Build a message; ``fields`` pairs whose value is None are left out (unused optional fields are omitted)."""
    if code not in SPECS:
        raise EncodeError(f"unknown command {code!r}", "unknown_command")
    spec = SPECS[code]
    names = {n for n, _ in spec.fixed}
    extra = set(fixed) - names
    if extra:
        raise EncodeError(f"{spec.name}: unknown fixed field(s) {sorted(extra)}", "fixed_field")
    known, unknown = [], []
    for fid, value in fields:
        if value is None:
            continue
        (known if fid in spec.fields else unknown).append((fid, str(value)))
    return Message(code, dict(fixed), tuple(known), tuple(unknown), seq)


# ---------------------------------------------------------------------------------------------------------------
# timestamps


def format_datetime(dt: datetime | None) -> str:
    """``YYYYMMDDZZZZHHMMSS``: local time with four blanks, or ``   Z`` for an aware UTC time; None = 18 blanks."""
    if dt is None:
        return " " * 18
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
        return dt.strftime("%Y%m%d") + "   Z" + dt.strftime("%H%M%S")
    return dt.strftime("%Y%m%d") + "    " + dt.strftime("%H%M%S")


# ASCII digits only: \d in a str pattern also matches "１" (and int() reads it)
_SIP_DT = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})(.{4})([0-9]{2})([0-9]{2})([0-9]{2})", re.ASCII)
_ISO_DT = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[ T]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?)?", re.ASCII)
_DATE_ONLY = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})", re.ASCII)
#: longer text is not a date (an ISO date with time, fraction and zone is about 35 characters)
_MAX_DATE_CHARS = 64


def parse_datetime(text: str | None) -> datetime | None:
    """Read a SIP2 timestamp (or the ``YYYY-MM-DD HH:MM:SS`` due dates some servers send). Blank or unreadable ->
    None, never an error (AH is free-format); a ``Z`` at the end of the zone part gives an aware UTC time,
    otherwise naive local time."""
    if not text or len(text) > _MAX_DATE_CHARS or not text.strip():
        return None
    text = text.strip() if len(text) != 18 else text
    m = _SIP_DT.fullmatch(text)
    if m:
        zone = m.group(4)
        parts = m.group(1, 2, 3, 5, 6, 7)
    elif m := _ISO_DT.match(text):
        zone, parts = "", m.groups()
    elif m := _DATE_ONLY.fullmatch(text):
        zone, parts = "", m.groups()
    else:
        return None
    y, mo, d, h, mi, s = (int(g) if g else 0 for g in parts)
    try:
        dt = datetime(y, mo, d, h, mi, s)
    except ValueError:  # a month 13, a day 32, year 0
        return None
    return dt.replace(tzinfo=UTC) if zone.endswith("Z") else dt


_NUMBER = re.compile(r"[0-9]+", re.ASCII)


def parse_number(text: str | None) -> int | None:
    """A count, period or position from the library system: ASCII digits, blanks around allowed. Absent or blank
    -> None; anything else (a sign, "²", "１", a fraction, more than :data:`MAX_NUMBER_DIGITS` digits) raises
    :class:`DecodeError` ``bad_number``."""
    if text is None:
        return None
    digits = text.strip(" ")
    if not digits:
        return None
    if len(digits) > MAX_NUMBER_DIGITS or not _NUMBER.fullmatch(digits):
        raise DecodeError("not a number", "bad_number")
    return int(digits)


# ---------------------------------------------------------------------------------------------------------------
# encoding


def checksum(data: bytes) -> str:
    """The AZ value for ``data`` (every byte up to and including the letters ``AZ``)."""
    return f"{(-sum(data)) & 0xFFFF:04X}"


_HEX4 = re.compile(r"[0-9A-Fa-f]{4}", re.ASCII)


def checksum_ok(data_through_az: bytes, value: str) -> bool:
    """``value`` is 4 ASCII hex digits that make the byte sum of ``data_through_az`` zero (low 16 bits)."""
    return _HEX4.fullmatch(value) is not None and (sum(data_through_az) + int(value, 16)) & 0xFFFF == 0


_FORBIDDEN_CHARS = {"\r": " ", "\n": " ", "\x00": " ", "|": PIPE_ESCAPE}


def encode_value(value: str, encoding: str, limit: int = MAX_FIELD_BYTES, errors: str = "strict") -> bytes:
    """A field value on the wire: ``|`` escaped, CR/LF/NUL made spaces, encoded, and cut to ``limit`` bytes on a
    character boundary (an escape is never cut in half). ``errors="replace"`` writes ``?`` for characters the
    charset lacks (what servers do); the default raises :class:`EncodeError`."""
    try:
        data = value.encode(encoding, errors)
    except UnicodeEncodeError:
        raise EncodeError(f"text cannot be written in {encoding}", "charset") from None
    except LookupError:
        raise EncodeError(f"unknown encoding {encoding}", "charset") from None
    if len(data) <= limit and not any(c in value for c in _FORBIDDEN_CHARS):
        return data
    out = bytearray()
    for ch in value:
        b = _FORBIDDEN_CHARS.get(ch, ch).encode(encoding, errors)
        if len(out) + len(b) > limit:
            break
        out += b
    return bytes(out)


def encode(
    msg: Message,
    *,
    encoding: str = "utf-8",
    seq: int | None = None,
    error_detection: bool = True,
    terminator: bytes = b"\r",
    errors: str = "strict",
) -> bytes:
    """Bytes on the wire for ``msg``. With error detection, ``AY<seq>AZ<checksum>`` is appended (96 and 97 carry
    only AZ). ``seq`` overrides ``msg.seq``."""
    spec = SPECS.get(msg.code)
    if spec is None:
        raise EncodeError(f"unknown command {msg.code!r}", "unknown_command")
    parts = [msg.code.encode("ascii")]
    for name, width in spec.fixed:
        value = msg.fixed.get(name)
        if value is None:
            raise EncodeError(f"{spec.name}: fixed field {name} missing", "fixed_field")
        try:
            data = value.encode("ascii")
        except UnicodeEncodeError:
            raise EncodeError(f"{spec.name}: fixed field {name} is not ASCII", "fixed_field") from None
        if len(data) != width or b"\r" in data or b"|" in data:
            raise EncodeError(f"{spec.name}: fixed field {name} must be {width} characters", "fixed_field")
        parts.append(data)
    for fid, value in (*msg.fields, *msg.unknown):
        if not re.fullmatch(r"[A-Z]{2}", fid) or fid in ("AY", "AZ"):
            raise EncodeError(f"{spec.name}: bad field id", "field_id")
        parts.append(fid.encode("ascii") + encode_value(value, encoding, errors=errors) + b"|")
    body = b"".join(parts)
    if error_detection:
        s = msg.seq if seq is None else seq
        if msg.code not in ("96", "97"):
            s = 0 if s is None else s % 10
            body += b"AY" + str(s).encode("ascii")
        body += b"AZ"
        body += checksum(body).encode("ascii")
    return body + terminator


# ---------------------------------------------------------------------------------------------------------------
# decoding

#: the error-detection trailer, looked for in the last 9 bytes only: [AY<digit>]AZ<4 hex>
_TRAILER = re.compile(rb"(?:AY([0-9]))?AZ([0-9A-Fa-f]{4})\Z")
_TRAILER_BYTES = 9
_PIPES = re.compile(r"\|+")


def _run_end(text: str, i: int) -> int:
    """The end of the run of ``|`` at ``i`` (``i`` itself when there is none)."""
    run = _PIPES.match(text, i)
    return run.end() if run else i


def _is_field_id(text: str, i: int) -> bool:
    return i + 1 < len(text) and "A" <= text[i] <= "Z" and "A" <= text[i + 1] <= "Z"


def split_fields(text: str) -> list[tuple[str, str]]:
    """The ID'd fields of ``text`` in order, values as they are (escapes not yet undone).

    A field is two capital letters, its value, then a run of ``|`` that ends it when two capital letters (the next
    ID) or the end of the text follow; a ``|`` followed by anything else belongs to the value. Leading ``|`` are
    skipped. Linear: the search for the next ``|`` always goes on after the run it just looked at, so every
    character is examined a bounded number of times, however the ``|`` are arranged.
    Raises :class:`DecodeError` ``field_id`` where a field does not start with an ID."""
    fields: list[tuple[str, str]] = []
    n = len(text)
    pos = _run_end(text, 0)
    while pos < n:
        if not _is_field_id(text, pos):
            raise DecodeError(f"bad field at character {pos}", "field_id")
        start = search = pos + 2
        while True:
            bar = text.find("|", search)
            if bar < 0:
                fields.append((text[pos : pos + 2], text[start:]))
                return fields
            after = bar + 1
            if after < n and text[after] == "|":
                after = _run_end(text, after)
            if after == n or _is_field_id(text, after):
                fields.append((text[pos : pos + 2], text[start:bar]))
                pos = after
                break
            search = after
    return fields


def decode(frame: bytes, *, encoding: str = "utf-8", verify: bool = True) -> Message:
    """Parse one frame (with or without its CR/CRLF). Raises :class:`DecodeError` (or a subclass) for anything that
    is not a valid message, never another exception; linear in the length of the frame.

    Error detection is taken from the frame itself: an ``AZ`` checksum at the end is verified (``verify``) and
    :attr:`Message.checksummed` set; ``AY`` gives :attr:`Message.seq`, with or without an ``AZ`` after it. A frame
    without them is a valid message: whether to accept it is the conversation's decision
    (:class:`kiosk.sip2.protocol.ClientProtocol`)."""
    if not isinstance(frame, bytes | bytearray):
        raise DecodeError("not bytes")
    if len(frame) > MAX_FRAME_BYTES + 2:  # before any copy: a CRLF may still be attached
        raise FrameTooLong("frame too long")
    frame = bytes(frame).lstrip(b"\n").rstrip(b"\r\n")
    if len(frame) > MAX_FRAME_BYTES:
        raise FrameTooLong("frame too long")
    if len(frame) < 2 or not frame[:2].isdigit():
        raise DecodeError("no command code", "malformed")
    code = frame[:2].decode("ascii")
    if b"\x00" in frame or b"\r" in frame:
        raise DecodeError("forbidden byte in message", "malformed")
    seq: int | None = None
    checksummed = False
    m = _TRAILER.search(frame, max(len(frame) - _TRAILER_BYTES, 0))
    if m:
        az_end = m.start(2)
        if verify:
            if not checksum_ok(frame[:az_end], m.group(2).decode("ascii")):
                raise ChecksumError("checksum does not match")
            checksummed = True
        seq = int(m.group(1)) if m.group(1) is not None else None
        frame = frame[: m.start()]
    spec = SPECS.get(code)
    if spec is None:
        raise UnknownCommand(f"unknown command {code}")
    width = spec.fixed_width
    fixed_raw = frame[2 : 2 + width]
    if len(fixed_raw) < width:
        raise DecodeError(f"{spec.name}: fixed fields too short", "fixed_fields")
    try:
        fixed_text = fixed_raw.decode("ascii")
    except UnicodeDecodeError:
        raise DecodeError(f"{spec.name}: fixed fields not ASCII", "fixed_fields") from None
    fixed: dict[str, str] = {}
    pos = 0
    for name, w in spec.fixed:
        fixed[name] = fixed_text[pos : pos + w]
        pos += w
    try:
        rest = frame[2 + width :].decode(encoding)
    except UnicodeDecodeError:
        raise DecodeError(f"{spec.name}: text is not {encoding}", "charset") from None
    except LookupError:
        raise DecodeError(f"unknown encoding {encoding}", "charset") from None
    fields = split_fields(rest)
    if m is None and fields and fields[-1][0] == "AY" and len(fields[-1][1]) == 1 and "0" <= fields[-1][1] <= "9":
        seq = int(fields.pop()[1])  # AY without AZ: a sequence number all the same
    known: list[tuple[str, str]] = []
    unknown: list[tuple[str, str]] = []
    for fid, value in fields:
        (known if fid in spec.fields else unknown).append((fid, value.replace(PIPE_ESCAPE, "|")))
    return Message(code, fixed, tuple(known), tuple(unknown), seq, checksummed)


class FrameReader:
    """Sans-I/O framing: ``feed`` bytes as they arrive, then iterate :meth:`frames` for complete frames.

    A frame ends at CR; a LF after it (CRLF) or before the next command is dropped. A frame longer than
    ``max_frame`` is never buffered: :meth:`frames` raises :class:`FrameTooLong` where it was in the stream, and
    every byte up to its CR is dropped (the reader is in step again at the next frame). Memory is bounded by
    ``max_frame`` plus the complete frames not yet taken; each byte fed is scanned once."""

    def __init__(self, max_frame: int = MAX_FRAME_BYTES) -> None:
        self._buf = bytearray()
        self._max = max_frame
        #: complete frames, and ``None`` where a frame was too long, in stream order
        self._ready: deque[bytes | None] = deque()
        self._skipping = False

    def feed(self, data: bytes) -> None:
        start, n = 0, len(data)
        while start < n:
            cr = data.find(b"\r", start)
            end = n if cr < 0 else cr
            if not self._skipping:
                if len(self._buf) + (end - start) > self._max:  # too long: report it here, drop it up to its CR
                    self._buf.clear()
                    self._ready.append(None)
                    self._skipping = True
                else:
                    self._buf += data[start:end]
            if cr < 0:
                return
            if self._skipping:
                self._skipping = False
            else:
                frame = bytes(self._buf).strip(b"\n")
                if frame.strip():
                    self._ready.append(frame)
            self._buf.clear()
            start = cr + 1

    def pending(self) -> int:
        """Bytes held for a frame not yet complete."""
        return len(self._buf)

    def frames(self) -> Iterator[bytes]:
        while self._ready:
            frame = self._ready.popleft()
            if frame is None:
                raise FrameTooLong("frame too long")
            yield frame
