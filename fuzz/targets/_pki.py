"""The small PKI the OCSP and CRL targets judge answers against: a JPKI-named CA, a user certificate, a delegated
OCSP responder; 1024-bit keys, so that the targets that sign what the fuzzer wrote stay fast."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from hardware.sim import certs
from kiosk.validation import der

#: the kiosk's clock during fuzzing (fixed, so that a reproducer replays the same way on another day)
NOW = dt.datetime(2026, 12, 6, 10, 15, tzinfo=dt.UTC)
_SHA256_RSA = der.encode(der.SEQUENCE, der.oid("1.2.840.113549.1.1.11") + b"\x05\x00")


@dataclass(frozen=True)
class Pki:
    ca: certs.Issued
    user: certs.Issued
    responder: certs.Issued


@cache
def pki() -> Pki:
    before = NOW - dt.timedelta(days=30)
    after = NOW + dt.timedelta(days=3000)
    ca = certs.make_ca(key=certs.new_key(1024), not_before=before, not_after=after)
    user = certs.make_user_cert(ca, key=certs.new_key(1024), not_before=before, not_after=NOW + dt.timedelta(days=900))
    key = certs.new_key(1024)
    responder = certs.Issued(
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "JPKI OCSP Responder")]))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(77)
        .not_valid_before(before)
        .not_valid_after(after)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.OCSP_SIGNING]), critical=False)
        .sign(ca.key, hashes.SHA256()),
        key,
    )
    return Pki(ca, user, responder)


def signed(tbs: bytes, issued: certs.Issued) -> bytes:
    """``tbs`` signed with ``issued``'s key (sha256WithRSAEncryption): AlgorithmIdentifier and BIT STRING after it."""
    signature = issued.key.sign(tbs, padding.PKCS1v15(), hashes.SHA256())
    return _SHA256_RSA + der.encode(der.BIT_STRING, b"\x00" + signature)
