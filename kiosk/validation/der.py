"""Just enough DER, sans-I/O, for the hot paths: walk to a field without building Python objects, and encode the
few structures the kiosk sends. Every structure walked here is also parsed by ``cryptography`` (which rejects
anything that is not DER), so this module only has to find fields; it still checks every length it follows and
raises :class:`DerError` rather than read past the end.
"""

from __future__ import annotations

import datetime as dt

SEQUENCE = 0x30
INTEGER = 0x02
OCTET_STRING = 0x04
OID = 0x06
ENUMERATED = 0x0A
BIT_STRING = 0x03
UTC_TIME = 0x17
GENERALIZED_TIME = 0x18


class DerError(ValueError):
    """The bytes are not the DER structure expected."""


def tlv(data: bytes, pos: int, end: int) -> tuple[int, int, int]:
    """(tag, content start, content end) of the element at ``pos``, which must end by ``end``.

    Reading past the end of ``data`` raises IndexError (callers treat it like DerError)."""
    tag = data[pos]
    start, stop = expect(data, pos, end, tag)
    return tag, start, stop


def expect(data: bytes, pos: int, end: int, tag: int) -> tuple[int, int]:
    """(content start, content end) of the element at ``pos``, which must carry ``tag`` and end by ``end``."""
    if data[pos] != tag:
        raise DerError(f"expected tag {tag:#04x}, found {data[pos]:#04x}")
    first = data[pos + 1]
    if first < 0x80:
        start = pos + 2
        stop = start + first
    else:
        n = first & 0x7F
        if n == 0 or n > 4:
            raise DerError("indefinite or oversized length")
        start = pos + 2 + n
        stop = start + int.from_bytes(data[pos + 2 : start], "big")
    if stop > end or tag & 0x1F == 0x1F:
        raise DerError("element runs past its container, or a multi-byte tag")
    return start, stop


def length(n: int) -> bytes:
    if n < 0x80:
        return bytes((n,))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes((0x80 | len(body),)) + body


def encode(tag: int, content: bytes) -> bytes:
    return bytes((tag,)) + length(len(content)) + content


def integer_octets(value: int) -> bytes:
    """The content octets of a DER INTEGER: two's complement, minimal."""
    return value.to_bytes((value + (value < 0)).bit_length() // 8 + 1, "big", signed=True)


def integer(value: int) -> bytes:
    """A DER INTEGER."""
    return encode(INTEGER, integer_octets(value))


def oid(dotted: str) -> bytes:
    parts = [int(p) for p in dotted.split(".")]
    body = bytearray()
    for arc in [parts[0] * 40 + parts[1], *parts[2:]]:
        chunk = [arc & 0x7F]
        arc >>= 7
        while arc:
            chunk.append(0x80 | (arc & 0x7F))
            arc >>= 7
        body += bytes(reversed(chunk))
    return encode(OID, bytes(body))


#: RFC 5280 CRLReason values → the names ``cryptography``'s ReasonFlags uses
REASON_NAMES = {
    0: "unspecified",
    1: "key_compromise",
    2: "ca_compromise",
    3: "affiliation_changed",
    4: "superseded",
    5: "cessation_of_operation",
    6: "certificate_hold",
    8: "remove_from_crl",
    9: "privilege_withdrawn",
    10: "aa_compromise",
}


def generalized_time(data: bytes, start: int, end: int) -> dt.datetime:
    """A DER GeneralizedTime's content (``YYYYMMDDHHMMSS[.f]Z``, UTC) as an aware datetime."""
    text = data[start:end]
    n = len(text)
    if n < 15 or text[n - 1] != 0x5A or not text[:14].isdigit():
        raise DerError("GeneralizedTime is not YYYYMMDDHHMMSS[.f]Z")
    micro = 0
    if n > 15:
        frac = text[15 : n - 1]
        if text[14] != 0x2E or not frac.isdigit() or frac.endswith(b"0") or len(frac) > 6:
            raise DerError("GeneralizedTime fraction")
        micro = int(frac.ljust(6, b"0"))
    return _datetime(int(text[:14]), micro)


def utc_time(data: bytes, start: int, end: int) -> dt.datetime:
    """A DER UTCTime's content (``YYMMDDHHMMSSZ``; years 50–99 are 19xx, RFC 5280 §4.1.2.5.1)."""
    text = data[start:end]
    if len(text) != 13 or text[12] != 0x5A or not text[:12].isdigit():
        raise DerError("UTCTime is not YYMMDDHHMMSSZ")
    v = int(text[:12])
    century = 1900 if v >= 50_00_00_00_00_00 else 2000
    return _datetime(v + century * 10**10, 0)


def time(data: bytes, pos: int, end: int) -> tuple[dt.datetime, int]:
    """A Time (UTCTime or GeneralizedTime) at ``pos``: (the datetime, the position after it)."""
    tag = data[pos]
    if tag == UTC_TIME:
        s, e = expect(data, pos, end, UTC_TIME)
        return utc_time(data, s, e), e
    s, e = expect(data, pos, end, GENERALIZED_TIME)
    return generalized_time(data, s, e), e


def _datetime(v: int, micro: int) -> dt.datetime:
    v, second = divmod(v, 100)
    v, minute = divmod(v, 100)
    v, hour = divmod(v, 100)
    v, day = divmod(v, 100)
    year, month = divmod(v, 100)
    try:
        return dt.datetime(year, month, day, hour, minute, second, micro, tzinfo=dt.UTC)
    except ValueError:
        raise DerError("not a date") from None
