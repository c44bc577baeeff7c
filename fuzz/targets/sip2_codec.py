"""SIP2 frames from the library system (:mod:`kiosk.sip2.codec`): framing with :class:`FrameReader` (bytes in any
pieces), :func:`decode` in both encodings, and the values a reply's reader takes from a message (every field,
flags, timestamps). Allowed: :class:`kiosk.sip2.errors.Sip2Error` (DecodeError and its kinds)."""

from __future__ import annotations

from fuzz.harness import Reader, Target
from kiosk.sip2 import codec
from kiosk.sip2.errors import Sip2Error

_DATE_FIELDS = ("transaction_date", "date_time_sync")


def _sample(spec: codec.Spec) -> bytes:
    fixed = {}
    for name, width in spec.fixed:
        if width == 18:
            fixed[name] = "20261206    101500"
        elif width == 1:
            fixed[name] = "Y"
        else:
            fixed[name] = "0" * width
    fields = [(fid, "デモ" if fid in ("AJ", "AF") else "x1") for fid in spec.fields]
    return codec.encode(codec.make(spec.code, fields, **fixed), seq=3)


def seeds() -> list[bytes]:
    out = [bytes([0]) + _sample(spec) for spec in codec.SPECS.values()]
    out.append(b"\x01" + codec.encode(codec.make("96"), error_detection=True))
    out.append(b"\x00" + b"24" + b" " * 14 + b"01420261206    101500AOJPLIB|AA10000001|AE||||AZ0000\r")
    return out


def run(data: bytes) -> str:
    r = Reader(data)
    mode = r.byte()
    encoding = codec.ENCODINGS[mode & 1]
    verify = not mode & 2
    piece = 1 + (mode >> 2)  # bytes per feed
    reader = codec.FrameReader()
    body = r.rest()
    label = "no_frame"
    for start in range(0, len(body), piece):
        reader.feed(body[start : start + piece])
        for frame in reader.frames():
            msg = codec.decode(frame, encoding=encoding, verify=verify)
            label = msg.code
            for fid in msg.spec.fields:
                msg.get_all(fid)
                msg.text(fid)
            for name, _ in msg.spec.fixed:
                msg.flag(name)
            for name in _DATE_FIELDS:
                codec.parse_datetime(msg.fixed.get(name))
            for fid in ("AH", "CM", "BW", "PA"):
                codec.parse_datetime(msg.get(fid))
            repr(msg)
    return label


TARGET = Target(
    "sip2_codec",
    "kiosk/sip2/codec.py: FrameReader, decode (utf-8, cp850), Message accessors, parse_datetime",
    run,
    (Sip2Error,),
    seeds,
    max_len=8192,
    dictionary=(b"|", b"AY", b"AZ", b"\r", b"\r\n", b"AO", b"AA", b"AB", b"AH", b"AF", b"   Z", b"98", b"12", b"24"),
)
