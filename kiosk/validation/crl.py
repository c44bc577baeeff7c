"""CRLs, sans-I/O: parse, check the signature and scope against the issuing CA, judge freshness, look up a serial.

The 2015 and 2023 JPKI user-authentication CAs share one name, so the issuer of a CRL is decided by its signature
(and its authority key identifier when present), never by name alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from kiosk.validation.errors import DECODE_ERRORS, CrlError


def key_id(cert: x509.Certificate) -> bytes:
    """The certificate's subject key identifier (computed from the key when the extension is absent)."""
    try:
        return cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound:
        return x509.SubjectKeyIdentifier.from_public_key(cert.public_key()).digest  # type: ignore[arg-type]


@dataclass(frozen=True)
class Revocation:
    revoked_at: dt.datetime
    reason: str | None


@dataclass
class Crl:
    """A CRL whose signature was checked against ``issuer_key_id``'s certificate, indexed by serial."""

    der: bytes
    issuer_key_id: bytes
    this_update: dt.datetime
    next_update: dt.datetime | None
    number: int | None
    _index: dict[int, Revocation] = field(default_factory=dict, repr=False)

    @property
    def entries(self) -> int:
        return len(self._index)

    def lookup(self, serial: int) -> Revocation | None:
        return self._index.get(serial)

    def age(self, now: dt.datetime) -> dt.timedelta:
        return now - self.this_update

    def is_current(self, now: dt.datetime, skew: dt.timedelta) -> bool:
        """Within [thisUpdate, nextUpdate] allowing the clock skew (no nextUpdate: never current)."""
        if self.this_update > now + skew:
            return False
        return self.next_update is not None and now <= self.next_update + skew

    def summary(self, now: dt.datetime, skew: dt.timedelta) -> dict[str, object]:
        return {
            "issuer_key_id": self.issuer_key_id.hex(),
            "this_update": self.this_update.isoformat(),
            "next_update": self.next_update.isoformat() if self.next_update else None,
            "crl_number": self.number,
            "entries": self.entries,
            "age_s": int(self.age(now).total_seconds()),
            "current": self.is_current(now, skew),
        }


def parse(data: bytes) -> x509.CertificateRevocationList:
    """A CRL from PEM or DER bytes."""
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_crl(data)
        return x509.load_der_x509_crl(data)
    except DECODE_ERRORS:
        raise CrlError("not a CRL", reason="crl_malformed") from None


def verify(
    data: bytes,
    issuers: Sequence[x509.Certificate],
    *,
    now: dt.datetime,
    clock_skew: dt.timedelta,
    allow_stale: bool = False,
) -> Crl:
    """Parse and check a CRL: signed by one of ``issuers``, a full CRL for all end-entity certificates, not dated in
    the future and (unless ``allow_stale``) not past its nextUpdate. Raises :class:`CrlError` with a reason."""
    crl = parse(data)
    try:
        return _verify(crl, issuers, now=now, clock_skew=clock_skew, allow_stale=allow_stale)
    except DECODE_ERRORS:
        # cryptography decodes fields lazily: a damaged field surfaces only when read
        raise CrlError("the CRL does not decode", reason="crl_malformed") from None


def _verify(
    crl: x509.CertificateRevocationList,
    issuers: Sequence[x509.Certificate],
    *,
    now: dt.datetime,
    clock_skew: dt.timedelta,
    allow_stale: bool,
) -> Crl:
    try:
        aki: bytes | None = crl.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value.key_identifier
    except x509.ExtensionNotFound:
        aki = None
    except ValueError:
        raise CrlError("CRL extensions do not decode", reason="crl_malformed") from None
    signer: x509.Certificate | None = None
    name_matched = False
    for cand in issuers:
        if cand.subject != crl.issuer:
            continue
        name_matched = True
        if aki is not None and aki != key_id(cand):
            continue
        try:
            if crl.is_signature_valid(cand.public_key()):  # type: ignore[arg-type]
                signer = cand
                break
        except DECODE_ERRORS:
            continue
    if signer is None:
        if name_matched:
            raise CrlError("the CRL's signature does not verify with the CA's key", reason="crl_bad_signature")
        raise CrlError("the CRL is not from a configured CA", reason="crl_wrong_issuer")
    try:
        exts = crl.extensions
        if any(isinstance(e.value, x509.DeltaCRLIndicator) for e in exts):
            raise CrlError("delta CRLs are not supported", reason="crl_scope_unsupported")
        for e in exts:
            if isinstance(e.value, x509.IssuingDistributionPoint):
                idp = e.value
                if (
                    idp.only_contains_ca_certs
                    or idp.only_contains_attribute_certs
                    or idp.only_some_reasons
                    or idp.indirect_crl
                ):
                    raise CrlError("the CRL covers only part of the certificates", reason="crl_scope_unsupported")
        try:
            number: int | None = exts.get_extension_for_class(x509.CRLNumber).value.crl_number
        except x509.ExtensionNotFound:
            number = None
        this_update = crl.last_update_utc
        next_update = crl.next_update_utc
        index: dict[int, Revocation] = {}
        for rc in crl:
            try:
                reason = rc.extensions.get_extension_for_class(x509.CRLReason).value.reason.name
            except x509.ExtensionNotFound:
                reason = None
            index[rc.serial_number] = Revocation(rc.revocation_date_utc, reason)
    except ValueError:
        raise CrlError("the CRL does not decode", reason="crl_malformed") from None
    if this_update > now + clock_skew:
        raise CrlError("the CRL is dated in the future", reason="crl_not_yet_valid")
    if not allow_stale and (next_update is None or now > next_update + clock_skew):
        raise CrlError("the CRL is past its nextUpdate", reason="crl_stale")
    der = crl.public_bytes(serialization.Encoding.DER)
    return Crl(der, key_id(signer), this_update, next_update, number, index)
