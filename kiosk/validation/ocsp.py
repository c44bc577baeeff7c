"""RFC 6960 OCSP, sans-I/O: build a request, then judge the response bytes. No sockets, no clocks of its own.

:func:`build_request` turns (certificate, issuer) into a :class:`Query` (the DER to POST plus what is needed to
check the answer). :func:`read_response` turns the response bytes into an :class:`Answer` or raises a typed
:class:`~kiosk.validation.errors.OcspError` whose ``reason`` says why the response is not believed:

=============================== ==========================================================================
reason                          meaning
=============================== ==========================================================================
``ocsp_malformed``              not a DER OCSP response
``ocsp_responder_error``        responseStatus other than successful (``ocsp_try_later`` for tryLater)
``ocsp_certid_mismatch``        no single response for the certificate asked about
``ocsp_nonce_missing``          the request carried a nonce, the response none (and nonces are required)
``ocsp_nonce_mismatch``         the response carries another nonce (a replay)
``ocsp_signer_unknown``         the responder id matches neither the issuer, a delegated or a trusted responder
``ocsp_responder_not_authorized`` a certificate in the response claims the responder id but is not delegated:
                                not issued by the issuing CA, no id-kp-OCSPSigning, or out of its validity
``ocsp_bad_signature``          the signature does not verify with the signer's key
``ocsp_not_yet_valid``          thisUpdate or producedAt lies in the future beyond the clock skew
``ocsp_stale``                  nextUpdate has passed (or, without nextUpdate, thisUpdate is too old)
=============================== ==========================================================================
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from functools import lru_cache

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, padding, rsa
from cryptography.x509 import ocsp
from cryptography.x509.oid import ExtendedKeyUsageOID

from kiosk.identity.revocation import Status
from kiosk.validation.errors import DECODE_ERRORS, OcspError, OcspResponderError

#: RFC 8954: a nonce of 1..32 octets; 16 random octets here
NONCE_BYTES = 16


@dataclass(frozen=True)
class Query:
    """One OCSP request and what its answer is checked against."""

    der: bytes
    nonce: bytes | None
    serial: int
    issuer_name_hash: bytes
    issuer_key_hash: bytes
    hash_algorithm: hashes.HashAlgorithm


@dataclass(frozen=True)
class Answer:
    """A believed OCSP answer about one certificate."""

    status: Status
    this_update: dt.datetime
    next_update: dt.datetime | None
    produced_at: dt.datetime
    revocation_time: dt.datetime | None = None
    #: RFC 5280 CRLReason name, e.g. "key_compromise"; None when not revoked or not given
    revocation_reason: str | None = None
    #: "issuer", "delegated" or "trusted": who signed it
    signer: str = "issuer"


@lru_cache(maxsize=64)
def _issuer_hashes(issuer_der: bytes, alg_name: str) -> tuple[bytes, bytes]:
    """(name hash, key hash) of an issuer under a hash algorithm; computed from the issuer alone."""
    issuer = x509.load_der_x509_certificate(issuer_der)
    alg = _HASHES[alg_name]()
    h = hashes.Hash(alg)
    h.update(issuer.subject.public_bytes())
    name_hash = h.finalize()
    key_hash = _key_hash(issuer.public_key(), alg)
    return name_hash, key_hash


_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


def _key_hash(public_key: object, alg: hashes.HashAlgorithm) -> bytes:
    """Hash of the subjectPublicKey BIT STRING contents (RFC 6960 issuerKeyHash / ResponderID byKey)."""
    spki = public_key.public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    bits = _spki_bit_string(spki)
    h = hashes.Hash(alg)
    h.update(bits)
    return h.finalize()


def _der_len(data: bytes, pos: int) -> tuple[int, int]:
    first = data[pos]
    if first < 0x80:
        return first, pos + 1
    n = first & 0x7F
    return int.from_bytes(data[pos + 1 : pos + 1 + n], "big"), pos + 1 + n


def _spki_bit_string(spki: bytes) -> bytes:
    # SubjectPublicKeyInfo ::= SEQUENCE { algorithm AlgorithmIdentifier, subjectPublicKey BIT STRING }
    _, pos = _der_len(spki, 1)  # outer SEQUENCE
    alg_len, alg_pos = _der_len(spki, pos + 1)  # AlgorithmIdentifier SEQUENCE
    pos = alg_pos + alg_len
    if spki[pos] != 0x03:
        raise ValueError("SubjectPublicKeyInfo without a BIT STRING")
    bs_len, bs_pos = _der_len(spki, pos + 1)
    return spki[bs_pos + 1 : bs_pos + bs_len]  # skip the unused-bits octet


def build_request(
    cert: x509.Certificate,
    issuer: x509.Certificate,
    *,
    nonce: bytes | None = None,
    use_nonce: bool = True,
    hash_algorithm: hashes.HashAlgorithm | None = None,
) -> Query:
    """An OCSP request for ``cert`` with a fresh random nonce (or the one given, for tests)."""
    alg = hash_algorithm or hashes.SHA1()
    builder = ocsp.OCSPRequestBuilder().add_certificate(cert, issuer, alg)
    if use_nonce:
        nonce = nonce if nonce is not None else os.urandom(NONCE_BYTES)
        builder = builder.add_extension(x509.OCSPNonce(nonce), critical=False)
    else:
        nonce = None
    req = builder.build()
    return Query(
        der=req.public_bytes(serialization.Encoding.DER),
        nonce=nonce,
        serial=cert.serial_number,
        issuer_name_hash=req.issuer_name_hash,
        issuer_key_hash=req.issuer_key_hash,
        hash_algorithm=alg,
    )


def build_request_for_serial(
    serial: int,
    issuer: x509.Certificate,
    *,
    nonce: bytes | None = None,
    hash_algorithm: hashes.HashAlgorithm | None = None,
) -> Query:
    """An OCSP request about a serial number under ``issuer`` without the certificate itself (the maintenance probe
    asks about a serial no card carries), with a fresh random nonce (or the one given, for tests)."""
    alg = hash_algorithm or hashes.SHA1()
    name_hash, key_hash = _issuer_hashes(issuer.public_bytes(serialization.Encoding.DER), alg.name)
    nonce = nonce if nonce is not None else os.urandom(NONCE_BYTES)
    req = (
        ocsp.OCSPRequestBuilder()
        .add_certificate_by_hash(name_hash, key_hash, serial, alg)
        .add_extension(x509.OCSPNonce(nonce), critical=False)
        .build()
    )
    return Query(req.public_bytes(serialization.Encoding.DER), nonce, serial, name_hash, key_hash, alg)


_RESPONDER_ERRORS = {
    ocsp.OCSPResponseStatus.MALFORMED_REQUEST: "ocsp_malformed_request",
    ocsp.OCSPResponseStatus.INTERNAL_ERROR: "ocsp_responder_error",
    ocsp.OCSPResponseStatus.TRY_LATER: "ocsp_try_later",
    ocsp.OCSPResponseStatus.SIG_REQUIRED: "ocsp_sig_required",
    ocsp.OCSPResponseStatus.UNAUTHORIZED: "ocsp_unauthorized",
}


def _verify_signature(signer: x509.Certificate, resp: ocsp.OCSPResponse) -> None:
    key = _facts(signer).public_key
    alg = resp.signature_hash_algorithm
    try:
        if isinstance(key, rsa.RSAPublicKey):
            if alg is None:
                raise OcspError("response signature algorithm unsupported", reason="ocsp_bad_signature")
            key.verify(resp.signature, resp.tbs_response_bytes, padding.PKCS1v15(), alg)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            if alg is None:
                raise OcspError("response signature algorithm unsupported", reason="ocsp_bad_signature")
            key.verify(resp.signature, resp.tbs_response_bytes, ec.ECDSA(alg))
        elif isinstance(key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey):
            key.verify(resp.signature, resp.tbs_response_bytes)
        else:
            raise OcspError("responder key type unsupported", reason="ocsp_bad_signature")
    except InvalidSignature:
        raise OcspError("response signature does not verify", reason="ocsp_bad_signature") from None
    except DECODE_ERRORS:
        raise OcspError("response signature cannot be checked", reason="ocsp_bad_signature") from None


@dataclass(frozen=True)
class _CertFacts:
    subject_der: bytes
    public_key: object
    key_sha1: bytes


@lru_cache(maxsize=64)
def _facts(cert: x509.Certificate) -> _CertFacts:
    """What responder matching needs of a certificate, computed once per certificate (issuers repeat)."""
    key = cert.public_key()
    return _CertFacts(cert.subject.public_bytes(), key, _key_hash(key, hashes.SHA1()))


@dataclass(frozen=True)
class _ResponderId:
    key_hash: bytes | None
    name_der: bytes | None


def _responder_id(resp: ocsp.OCSPResponse) -> _ResponderId:
    key_hash = resp.responder_key_hash
    if key_hash is not None:
        return _ResponderId(key_hash, None)
    name = resp.responder_name
    return _ResponderId(None, name.public_bytes() if name is not None else None)


def _matches_responder_id(cert: x509.Certificate, rid: _ResponderId) -> bool:
    facts = _facts(cert)
    if rid.key_hash is not None:
        return facts.key_sha1 == rid.key_hash
    return rid.name_der is not None and facts.subject_der == rid.name_der


def _within(cert: x509.Certificate, now: dt.datetime, skew: dt.timedelta) -> bool:
    return cert.not_valid_before_utc - skew <= now <= cert.not_valid_after_utc + skew


def _find_signer(
    resp: ocsp.OCSPResponse,
    issuer: x509.Certificate,
    trusted: tuple[x509.Certificate, ...],
    now: dt.datetime,
    skew: dt.timedelta,
) -> tuple[x509.Certificate, str]:
    """Who signed: the issuing CA itself, a responder it delegated (RFC 6960 §4.2.2.2), or a locally trusted one."""
    rid = _responder_id(resp)
    for t in trusted:
        if _matches_responder_id(t, rid):
            return t, "trusted"
    # The issuing CA. With a responder id by name, the 2015 and 2023 JPKI CAs share one: the signature decides.
    if _matches_responder_id(issuer, rid):
        return issuer, "issuer"
    claimed = [c for c in resp.certificates if _matches_responder_id(c, rid)]
    if not claimed:
        raise OcspError("the response's signer is neither the issuer nor a responder it names", "ocsp_signer_unknown")
    for cand in claimed:
        try:
            cand.verify_directly_issued_by(issuer)
        except (*DECODE_ERRORS, InvalidSignature):
            continue
        try:
            eku = cand.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        except x509.ExtensionNotFound:
            continue
        if ExtendedKeyUsageOID.OCSP_SIGNING not in eku:
            continue
        if not _within(cand, now, skew):
            continue
        return cand, "delegated"
    raise OcspError(
        "the responder certificate is not an OCSP signer delegated by the issuing CA", "ocsp_responder_not_authorized"
    )


def _reason_name(reason: x509.ReasonFlags | None) -> str | None:
    return None if reason is None else reason.name


def read_response(
    der: bytes,
    query: Query,
    issuer: x509.Certificate,
    *,
    now: dt.datetime,
    clock_skew: dt.timedelta = dt.timedelta(minutes=5),
    require_nonce: bool = True,
    max_age_without_next_update: dt.timedelta = dt.timedelta(minutes=5),
    trusted_responders: tuple[x509.Certificate, ...] = (),
) -> Answer:
    """Judge the response bytes for ``query``. Returns the answer or raises :class:`OcspError` with a reason."""
    try:
        resp = ocsp.load_der_ocsp_response(der)
    except DECODE_ERRORS:
        raise OcspError("not an OCSP response", reason="ocsp_malformed") from None
    try:
        if resp.response_status != ocsp.OCSPResponseStatus.SUCCESSFUL:
            raise OcspResponderError(
                f"responder answered {resp.response_status.name}", reason=_RESPONDER_ERRORS[resp.response_status]
            )
        signer, signer_kind = _find_signer(resp, issuer, trusted_responders, now, clock_skew)
        _verify_signature(signer, resp)
        # The nonce: a replayed response carries an older one.
        try:
            got_nonce: bytes | None = resp.extensions.get_extension_for_class(x509.OCSPNonce).value.nonce
        except x509.ExtensionNotFound:
            got_nonce = None
        if query.nonce is not None:
            if got_nonce is None:
                if require_nonce:
                    raise OcspError("the response carries no nonce", reason="ocsp_nonce_missing")
            elif got_nonce != query.nonce:
                raise OcspError("the response's nonce is not the request's", reason="ocsp_nonce_mismatch")
        single = _find_single(resp, query, issuer)
        this_update = single.this_update_utc
        next_update = single.next_update_utc
        produced_at = resp.produced_at_utc
        revocation_time = single.revocation_time_utc
        revocation_reason = single.revocation_reason
        status = single.certificate_status
    except DECODE_ERRORS:
        # cryptography parses lazily: a field that does not decode surfaces here
        raise OcspError("the response does not decode", reason="ocsp_malformed") from None
    if this_update > now + clock_skew or produced_at > now + clock_skew:
        raise OcspError("the response is dated in the future", reason="ocsp_not_yet_valid")
    if next_update is not None:
        if next_update < now - clock_skew:
            raise OcspError("the response's nextUpdate has passed", reason="ocsp_stale")
    elif this_update < now - clock_skew - max_age_without_next_update:
        raise OcspError("the response (without nextUpdate) is too old", reason="ocsp_stale")
    if status == ocsp.OCSPCertStatus.GOOD:
        st = Status.GOOD
    elif status == ocsp.OCSPCertStatus.REVOKED:
        st = Status.REVOKED
    else:
        st = Status.UNKNOWN
    return Answer(
        status=st,
        this_update=this_update,
        next_update=next_update,
        produced_at=produced_at,
        revocation_time=revocation_time if st is Status.REVOKED else None,
        revocation_reason=_reason_name(revocation_reason) if st is Status.REVOKED else None,
        signer=signer_kind,
    )


def _find_single(resp: ocsp.OCSPResponse, query: Query, issuer: x509.Certificate) -> ocsp.OCSPSingleResponse:
    for single in resp.responses:
        if single.serial_number != query.serial:
            continue
        alg = single.hash_algorithm.name
        if alg == query.hash_algorithm.name:
            want = (query.issuer_name_hash, query.issuer_key_hash)
        elif alg in _HASHES:
            # a responder may answer with another CertID hash (openssl -rcid): recompute for the issuer
            want = _issuer_hashes(issuer.public_bytes(serialization.Encoding.DER), alg)
        else:
            continue
        if (single.issuer_name_hash, single.issuer_key_hash) == want:
            return single
    raise OcspError("no single response for the certificate asked about", reason="ocsp_certid_mismatch")
