"""Certificate checks before anything is trusted: the JPKI CA by key identifier, dates, key, and the challenge.

The 2015 and 2023 JPKI user-authentication CAs share one distinguished name, so the issuer is found by the
certificate's authority key identifier against each anchor's subject key identifier, and then its signature on the
certificate is verified (``shared/reference/jpki.md`` §4).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from hardware.smartcard.jpki import sha256_digest_info


class TrustError(Exception):
    reason = "cert_untrusted"

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        if reason:
            self.reason = reason


def load_anchors(paths: list[str | Path]) -> list[x509.Certificate]:
    """Read CA certificates (PEM, several per file allowed, or DER). Each must carry a subject key identifier."""
    anchors: list[x509.Certificate] = []
    for p in paths:
        data = Path(p).read_bytes()
        certs = (
            x509.load_pem_x509_certificates(data) if b"-----BEGIN" in data else [x509.load_der_x509_certificate(data)]
        )
        for c in certs:
            ski(c)  # raises if missing
            anchors.append(c)
    return anchors


def ski(cert: x509.Certificate) -> bytes:
    try:
        return cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound:
        raise TrustError("a trust anchor has no subject key identifier", "anchor_invalid") from None


def aki(cert: x509.Certificate) -> bytes | None:
    try:
        value = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    except x509.ExtensionNotFound:
        return None
    return value.key_identifier


#: what ``cryptography`` raises for a certificate it cannot take: bad DER or values, a version other than 1-3, an
#: extension twice, a general name type it does not support, a key or signature algorithm it does not know
_UNREADABLE = (
    ValueError,
    TypeError,
    x509.InvalidVersion,
    x509.DuplicateExtension,
    x509.UnsupportedGeneralNameType,
    UnsupportedAlgorithm,
)

#: RFC 5280 §4.1.2.2: a serial is a positive integer of at most 20 octets
_MAX_SERIAL = 1 << (20 * 8 - 1)


def parse_certificate(der: bytes) -> x509.Certificate:
    """The card's certificate with every part the kiosk uses decoded now (extensions, key, serial, dates, signature
    algorithm), so that anything ``cryptography`` cannot take is refused here as ``cert_malformed`` and no later
    step meets a parse error of its own."""
    try:
        cert = x509.load_der_x509_certificate(der)
        cert.extensions  # noqa: B018 - parsed now (lazily otherwise), so a broken extension is refused here
        cert.public_key()
        serial = cert.serial_number
        cert.not_valid_before_utc  # noqa: B018
        cert.not_valid_after_utc  # noqa: B018
        cert.signature_algorithm_oid  # noqa: B018
    except _UNREADABLE:
        raise TrustError("the card's certificate is not a valid X.509 certificate", "cert_malformed") from None
    if not 0 < serial < _MAX_SERIAL:
        raise TrustError("the card's certificate has a serial number RFC 5280 does not allow", "cert_malformed")
    return cert


def find_issuer(cert: x509.Certificate, anchors: list[x509.Certificate]) -> x509.Certificate:
    """The anchor that issued ``cert``: same key identifier, and its key verifies the certificate's signature."""
    key_id = aki(cert)
    candidates = [a for a in anchors if key_id is not None and ski(a) == key_id]
    if not candidates:
        raise TrustError("the certificate was not issued by a configured JPKI user-authentication CA", "cert_untrusted")
    for anchor in candidates:
        try:
            cert.verify_directly_issued_by(anchor)
            return anchor
        except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
            continue
    raise TrustError("the certificate's signature does not verify with the JPKI CA key", "cert_untrusted")


def check_dates(cert: x509.Certificate, issuer: x509.Certificate, now: dt.datetime, skew_s: int = 300) -> None:
    skew = dt.timedelta(seconds=skew_s)
    if now + skew < cert.not_valid_before_utc:
        raise TrustError("the certificate is not valid yet", "cert_not_yet_valid")
    if now - skew > cert.not_valid_after_utc:
        raise TrustError("the certificate has expired", "cert_expired")
    if now - skew > issuer.not_valid_after_utc:
        raise TrustError("the issuing CA certificate has expired", "ca_expired")


def check_key(cert: x509.Certificate) -> rsa.RSAPublicKey:
    key = cert.public_key()
    if not isinstance(key, rsa.RSAPublicKey) or key.key_size < 2048:
        raise TrustError("the certificate's key is not RSA-2048 or stronger", "cert_untrusted")
    return key


@dataclass(frozen=True)
class Challenge:
    """A fresh challenge for the card to sign: 32 random bytes, this kiosk's id and the time."""

    nonce: bytes
    kiosk_id: str
    issued_at: dt.datetime

    @classmethod
    def new(cls, kiosk_id: str, now: dt.datetime | None = None) -> Challenge:
        return cls(secrets.token_bytes(32), kiosk_id, now or dt.datetime.now(dt.UTC))

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "purpose": "jpki-library-auth",
                "nonce": self.nonce.hex(),
                "kiosk": self.kiosk_id,
                "time": self.issued_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode("utf-8")

    def digest_info(self) -> bytes:
        return sha256_digest_info(hashlib.sha256(self.to_bytes()).digest())


def verify_challenge(cert: x509.Certificate, challenge: Challenge, signature: bytes) -> None:
    key = check_key(cert)
    try:
        key.verify(signature, challenge.to_bytes(), padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        raise TrustError("the card's signature does not match its certificate", "signature_invalid") from None
