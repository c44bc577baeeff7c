"""OCSP responses from the validation service (:mod:`kiosk.validation.ocsp`): :func:`read_response` against a
request for the fuzz PKI's user certificate, on the bytes as they come (mode 0), or with the fuzzer's bytes taken
as tbsResponseData and signed by the issuing CA or the delegated responder (modes 1 and 2), so that what is read
after the signature check (nonce, single responses, times, the responder's certificate) is fuzzed too.
Allowed: :class:`kiosk.validation.errors.OcspError` (with its reason code)."""

from __future__ import annotations

import datetime as dt
from functools import cache

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp as x509_ocsp

from fuzz.harness import Reader, Target
from fuzz.targets import _pki
from kiosk.validation import der, ocsp
from kiosk.validation.errors import OcspError

NONCE = bytes(range(16))
_BASIC = der.oid("1.3.6.1.5.5.7.48.1.1")


@cache
def _query() -> ocsp.Query:
    p = _pki.pki()
    return ocsp.build_request(p.user.cert, p.ca.cert, nonce=NONCE)


def _response(status: x509_ocsp.OCSPCertStatus, *, delegated: bool = False, nonce: bool = True) -> bytes:
    p = _pki.pki()
    signer = p.responder if delegated else p.ca
    b = (
        x509_ocsp.OCSPResponseBuilder()
        .add_response(
            cert=p.user.cert,
            issuer=p.ca.cert,
            algorithm=hashes.SHA1(),
            cert_status=status,
            this_update=_pki.NOW - dt.timedelta(minutes=1),
            next_update=_pki.NOW + dt.timedelta(hours=1),
            revocation_time=_pki.NOW - dt.timedelta(days=1) if status is x509_ocsp.OCSPCertStatus.REVOKED else None,
            revocation_reason=x509.ReasonFlags.key_compromise if status is x509_ocsp.OCSPCertStatus.REVOKED else None,
        )
        .responder_id(x509_ocsp.OCSPResponderEncoding.HASH, signer.cert)
    )
    if delegated:
        b = b.certificates([p.responder.cert])
    if nonce:
        b = b.add_extension(x509.OCSPNonce(NONCE), critical=False)
    return b.sign(signer.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def seeds() -> list[bytes]:
    good = _response(x509_ocsp.OCSPCertStatus.GOOD)
    revoked = _response(x509_ocsp.OCSPCertStatus.REVOKED)
    delegated = _response(x509_ocsp.OCSPCertStatus.GOOD, delegated=True)
    unknown = _response(x509_ocsp.OCSPCertStatus.UNKNOWN, nonce=False)
    out = [b"\x00" + r for r in (good, revoked, delegated, unknown)]
    out += [b"\x00\x30\x03\x0a\x01\x03"]  # tryLater
    for mode, r in ((1, good), (1, revoked), (2, delegated)):
        parsed = x509_ocsp.load_der_ocsp_response(r)
        certs = b"".join(c.public_bytes(serialization.Encoding.DER) for c in parsed.certificates)
        out.append(bytes([mode]) + parsed.tbs_response_bytes + certs)
    return out


def _wrap(tbs: bytes, certs: bytes, delegated: bool) -> bytes:
    p = _pki.pki()
    basic_body = tbs + _pki.signed(tbs, p.responder if delegated else p.ca)
    if certs:
        basic_body += der.encode(0xA0, der.encode(der.SEQUENCE, certs))
    basic = der.encode(der.SEQUENCE, basic_body)
    response_bytes = der.encode(der.SEQUENCE, _BASIC + der.encode(der.OCTET_STRING, basic))
    return der.encode(der.SEQUENCE, der.encode(der.ENUMERATED, b"\x00") + der.encode(0xA0, response_bytes))


def _split_tbs(data: bytes) -> tuple[bytes, bytes]:
    """The first DER element (the tbsResponseData) and what follows (certificates), as far as they can be told."""
    try:
        _, _, end = der.tlv(data, 0, len(data))
    except (der.DerError, IndexError):
        return data, b""
    return data[:end], data[end:]


def run(data: bytes) -> str:
    r = Reader(data)
    mode = r.byte() % 3
    body = r.rest()
    if mode:
        tbs, certs = _split_tbs(body)
        body = _wrap(tbs, certs, delegated=mode == 2)
    answer = ocsp.read_response(body, _query(), _pki.pki().ca.cert, now=_pki.NOW)
    return answer.status.value


TARGET = Target(
    "ocsp",
    "kiosk/validation/ocsp.py: read_response, raw and with the fuzzer's tbsResponseData signed by the CA",
    run,
    (OcspError,),
    seeds,
    max_len=16384,
    dictionary=(b"\x30\x82", b"\x30\x81", b"\x04\x10", b"\x18\x0f", b"\xa0\x03", b"\xa1\x03", b"\x80\x00", NONCE),
)
