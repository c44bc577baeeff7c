"""CRLs, sans-I/O: parse, check the signature and scope against the issuing CA, judge freshness, look up a serial.

The 2015 and 2023 JPKI user-authentication CAs share one name, so the issuer of a CRL is decided by its signature
(and its authority key identifier when present), never by name alone.
"""

from __future__ import annotations

import array
import bisect
import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa

from kiosk.validation import der
from kiosk.validation.errors import DECODE_ERRORS, CrlError


def key_id(cert: x509.Certificate) -> bytes:
    """The certificate's subject key identifier (computed from the key when the extension is absent).

    Remembered per certificate object: the issuers asked about are the same trust anchors on every check."""
    hit = _KEY_IDS.get(id(cert))
    if hit is not None and hit[0] is cert:
        return hit[1]
    try:
        kid = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound:
        kid = x509.SubjectKeyIdentifier.from_public_key(cert.public_key()).digest  # type: ignore[arg-type]
    if len(_KEY_IDS) >= 64:
        _KEY_IDS.clear()
    _KEY_IDS[id(cert)] = (cert, kid)  # the entry holds the object, so its id is not reused while it is here
    return kid


_KEY_IDS: dict[int, tuple[x509.Certificate, bytes]] = {}


@dataclass(frozen=True)
class Revocation:
    revoked_at: dt.datetime
    reason: str | None


class RevokedIndex:
    """The serials of a CRL's revokedCertificates, sorted, with each entry's offset in the DER.

    JPKI CRLs are large (every certificate of every lost, returned or renewed card until it expires: hundreds of
    thousands of entries), so an entry is not turned into Python objects until it is asked about: the serials sit in
    one packed array (8 bytes each when they fit in 64 bits, as JPKI's 32-bit serials do; a list of ints otherwise),
    the offsets in another (4 bytes each), and a lookup is a binary search that decodes the one entry it finds.
    """

    __slots__ = ("_der", "_offsets", "_serials")

    def __init__(self, data: bytes, start: int, end: int) -> None:
        """Index the revokedCertificates SEQUENCE OF whose content lies in ``data[start:end]``."""
        # one int per entry, serial above and offset below, so a plain sort of ints orders both together
        keyed: list[int] = []
        append = keyed.append
        time_tags = _TIME_TAGS
        pos = start
        while pos < end:  # RevokedCertificate ::= SEQUENCE { userCertificate INTEGER, revocationDate Time, ... }
            if data[pos] != der.SEQUENCE:
                raise der.DerError("revoked entry is not a SEQUENCE")
            n = data[pos + 1]
            if n < 0x80:
                s = pos + 2
                e = s + n
            else:
                n &= 0x7F
                if n == 0 or n > 4:
                    raise der.DerError("revoked entry length")
                s = pos + 2 + n
                e = s + int.from_bytes(data[pos + 2 : s], "big")
            n = data[s + 1]
            if data[s] != der.INTEGER or n == 0 or n >= 0x80 or e > end or s + 2 + n >= e:
                raise der.DerError("revoked entry")
            if data[s + 2 + n] not in time_tags:
                raise der.DerError("revoked entry without a date")
            append((int.from_bytes(data[s + 2 : s + 2 + n], "big", signed=True) << 32) | pos)
            pos = e
        if pos > 0xFFFFFFFF:
            raise der.DerError("a CRL over 4 GiB")
        keyed.sort()
        serials = map((32).__rrshift__, keyed)  # key >> 32
        packed: array.array[int] | list[int]
        if not keyed or (keyed[0] >> 32 >= -(2**63) and keyed[-1] >> 32 < 2**63):
            packed = array.array("q", serials)
        else:
            packed = list(serials)
        self._serials = packed
        self._offsets = array.array("I", map((0xFFFFFFFF).__and__, keyed))
        self._der = data

    def __len__(self) -> int:
        return len(self._serials)

    @property
    def nbytes(self) -> int:
        """Memory held by the index itself (the DER it points into is not counted)."""
        return sys.getsizeof(self._serials) + sys.getsizeof(self._offsets)

    def find(self, serial: int) -> Revocation | None:
        serials = self._serials
        i = bisect.bisect_left(serials, serial)
        if i == len(serials) or serials[i] != serial:
            return None
        return _revocation(self._der, self._offsets[i])


_TIME_TAGS = (der.UTC_TIME, der.GENERALIZED_TIME)
_REASON_OID = der.oid("2.5.29.21")[2:]


def _revocation(data: bytes, pos: int) -> Revocation:
    """The revocation date and reason of the entry at ``pos`` (checked to be a SEQUENCE when indexed)."""
    s, e = der.expect(data, pos, len(data), der.SEQUENCE)
    p = der.expect(data, s, e, der.INTEGER)[1]
    when, p = der.time(data, p, e)
    reason = None
    if p < e:  # crlEntryExtensions
        xs, xe = der.expect(data, p, e, der.SEQUENCE)
        while xs < xe:
            x_s, x_e = der.expect(data, xs, xe, der.SEQUENCE)
            o_s, o_e = der.expect(data, x_s, x_e, der.OID)
            q = o_e
            if data[q] == 0x01:  # critical
                q = der.expect(data, q, x_e, 0x01)[1]
            v_s, v_e = der.expect(data, q, x_e, der.OCTET_STRING)
            if data[o_s:o_e] == _REASON_OID:
                r_s, r_e = der.expect(data, v_s, v_e, der.ENUMERATED)
                code = int.from_bytes(data[r_s:r_e], "big") if r_e - r_s == 1 else -1
                if code not in der.REASON_NAMES:
                    raise der.DerError("CRLReason")
                reason = der.REASON_NAMES[code]
            xs = x_e
    return Revocation(when, reason)


@dataclass
class Crl:
    """A CRL whose signature was checked against ``issuer_key_id``'s certificate, indexed by serial."""

    der: bytes
    issuer_key_id: bytes
    this_update: dt.datetime
    next_update: dt.datetime | None
    number: int | None
    _index: RevokedIndex = field(repr=False)

    @property
    def entries(self) -> int:
        return len(self._index)

    @property
    def index_bytes(self) -> int:
        """Memory used by the serial index (besides the DER, which is kept to decode the entries found)."""
        return self._index.nbytes

    def lookup(self, serial: int) -> Revocation | None:
        """The revocation of ``serial``, or None when the CRL does not list it.

        An entry the CA signed but whose date or reason does not decode still means "revoked": it is reported
        with the CRL's thisUpdate (the latest time it can have been revoked) and no reason."""
        try:
            return self._index.find(serial)
        except (der.DerError, IndexError, ValueError):
            return Revocation(self.this_update, None)

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


def parse(data: bytes) -> tuple[x509.CertificateRevocationList, bytes]:
    """A CRL from PEM or DER bytes, and its DER."""
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            crl = x509.load_pem_x509_crl(data)
            return crl, crl.public_bytes(serialization.Encoding.DER)
        return x509.load_der_x509_crl(data), bytes(data)
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
    crl, der_bytes = parse(data)
    try:
        return _verify(crl, der_bytes, issuers, now=now, clock_skew=clock_skew, allow_stale=allow_stale)
    except (der.DerError, IndexError):
        raise CrlError("the CRL does not decode", reason="crl_malformed") from None
    except DECODE_ERRORS:
        # cryptography decodes fields lazily: a damaged field surfaces only when read
        raise CrlError("the CRL does not decode", reason="crl_malformed") from None


def _verify(
    crl: x509.CertificateRevocationList,
    der_bytes: bytes,
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
    tbs, revoked = _parts(der_bytes)
    signer: x509.Certificate | None = None
    name_matched = False
    for cand in issuers:
        if cand.subject != crl.issuer:
            continue
        name_matched = True
        if aki is not None and aki != key_id(cand):
            continue
        if _signature_valid(crl, tbs, cand):
            signer = cand
            break
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
    except ValueError:
        raise CrlError("the CRL does not decode", reason="crl_malformed") from None
    if this_update > now + clock_skew:
        raise CrlError("the CRL is dated in the future", reason="crl_not_yet_valid")
    if not allow_stale and (next_update is None or now > next_update + clock_skew):
        raise CrlError("the CRL is past its nextUpdate", reason="crl_stale")
    index = RevokedIndex(der_bytes, *revoked)
    return Crl(der_bytes, key_id(signer), this_update, next_update, number, index)


def _parts(data: bytes) -> tuple[memoryview, tuple[int, int]]:
    """The tbsCertList bytes as received (what the signature covers) and where the revokedCertificates' content
    lies (an empty range when there are none). ``cryptography`` has checked the structure; this only finds it.

    tbsCertList { version OPTIONAL, signature, issuer, thisUpdate, nextUpdate OPTIONAL,
    revokedCertificates SEQUENCE OF OPTIONAL, [0] crlExtensions OPTIONAL }"""
    s, e = der.expect(data, 0, len(data), der.SEQUENCE)  # CertificateList
    tbs_start = s
    s, tbs_end = der.expect(data, s, e, der.SEQUENCE)  # tbsCertList
    if data[s] == der.INTEGER:  # version
        s = der.tlv(data, s, tbs_end)[2]
    s = der.expect(data, s, tbs_end, der.SEQUENCE)[1]  # signature
    s = der.expect(data, s, tbs_end, der.SEQUENCE)[1]  # issuer
    s = der.time(data, s, tbs_end)[1]  # thisUpdate
    if s < tbs_end and data[s] in _TIME_TAGS:
        s = der.time(data, s, tbs_end)[1]  # nextUpdate
    revoked = (s, s)
    if s < tbs_end and data[s] == der.SEQUENCE:
        revoked = der.expect(data, s, tbs_end, der.SEQUENCE)
    return memoryview(data)[tbs_start:tbs_end], revoked


def _signature_valid(crl: x509.CertificateRevocationList, tbs: memoryview, issuer: x509.Certificate) -> bool:
    """The CRL's signature checked over its tbsCertList as received: ``is_signature_valid`` re-encodes the whole
    list first, which for a JPKI-sized CRL costs far more than the hash and the RSA operation."""
    key = issuer.public_key()
    try:
        params = crl.signature_algorithm_parameters
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(crl.signature, tbs, params, crl.signature_hash_algorithm)  # type: ignore[arg-type]
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(crl.signature, tbs, params)  # type: ignore[arg-type]
        elif isinstance(key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey):
            key.verify(crl.signature, tbs)
        else:
            return False
    except (InvalidSignature, *DECODE_ERRORS):
        return False
    return True
