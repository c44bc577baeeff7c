"""CRLs from the validation service or a USB stick (:mod:`kiosk.validation.crl`): :func:`verify` against the fuzz
PKI's CA and a look-up of serials in the result, on the bytes as they come (mode 0, PEM or DER), or with the
fuzzer's bytes taken as tbsCertList and signed by the CA (mode 1), so that the revoked-entries index and the
look-ups behind the signature check are fuzzed too. Allowed: :class:`kiosk.validation.errors.CrlError`."""

from __future__ import annotations

import datetime as dt

from fuzz.harness import Reader, Target
from fuzz.targets import _pki
from kiosk.validation import crl, der
from kiosk.validation.errors import CrlError
from kiosk.validation.sim import build_crl

SKEW = dt.timedelta(minutes=5)


def seeds() -> list[bytes]:
    p = _pki.pki()
    entries = [(p.user.cert.serial_number, 1), (5, None), (2**70, 4), (-3, None)]
    out = []
    for mode in (0, 1):
        for ents, nxt in ((entries, _pki.NOW + dt.timedelta(days=1)), ([], None)):
            data = build_crl(
                p.ca.cert, p.ca.key, ents, revoked_at=_pki.NOW - dt.timedelta(days=2),
                this_update=_pki.NOW - dt.timedelta(hours=1), next_update=nxt,
            )  # fmt: skip
            if mode:
                _, s, _ = der.tlv(data, 0, len(data))
                _, _, tbs_end = der.tlv(data, s, len(data))
                data = data[s:tbs_end]
            out.append(bytes([mode]) + data)
    return out


def run(data: bytes) -> str:
    r = Reader(data)
    mode = r.byte()
    allow_stale = bool(mode & 2)
    body = r.rest()
    if mode & 1:
        body = der.encode(der.SEQUENCE, body + _pki.signed(body, _pki.pki().ca))
    result = crl.verify(body, [_pki.pki().ca.cert], now=_pki.NOW, clock_skew=SKEW, allow_stale=allow_stale)
    for serial in (_pki.pki().user.cert.serial_number, 5, 2**70, -3, 0):
        found = result.lookup(serial)
        if found is not None:
            _ = (found.revoked_at, found.reason)
    result.summary(_pki.NOW, SKEW)
    return f"entries_{min(result.entries, 3)}"


TARGET = Target(
    "crl",
    "kiosk/validation/crl.py: verify, the revoked index and look-ups, raw and with the fuzzer's tbsCertList signed",
    run,
    (CrlError,),
    seeds,
    max_len=65536,
    dictionary=(b"\x30\x82", b"\x30\x81", b"\x02\x01", b"\x17\x0d", b"\x18\x0f", b"\xa0\x03", b"\x06\x03\x55\x1d\x15"),
)
