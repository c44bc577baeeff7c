"""RFC 6960 OCSP, sans-I/O: build a request, then judge the response bytes. No sockets, no clocks of its own.

:func:`build_request` turns (certificate, issuer) into a :class:`Query` (the DER to POST plus what is needed to
check the answer); :func:`get_url` gives its GET form (RFC 6960 Appendix A.1). :func:`read_response` turns the
response bytes into an :class:`Answer` or raises a typed :class:`~kiosk.validation.errors.OcspError` whose
``reason`` says why the response is not believed. Both work on the DER directly (:mod:`kiosk.validation.der`):
the issuer's half of a CertID is computed once per issuer, and the response's signature is checked over its
tbsResponseData as received, so a check costs one RSA verification and some tens of microseconds of Python.

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

import base64
import datetime as dt
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, NamedTuple, TypeVar

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, padding, rsa
from cryptography.x509 import ocsp
from cryptography.x509.oid import ExtendedKeyUsageOID

from kiosk.identity.revocation import Status
from kiosk.validation import der
from kiosk.validation.errors import DECODE_ERRORS, OcspError, OcspResponderError

#: RFC 8954: a nonce of 1..32 octets; 16 random octets here
NONCE_BYTES = 16


class Query(NamedTuple):
    """One OCSP request and what its answer is checked against (a named tuple: one is built per check)."""

    der: bytes
    nonce: bytes | None
    serial: int
    issuer_name_hash: bytes
    issuer_key_hash: bytes
    hash_algorithm: hashes.HashAlgorithm
    #: DER of the CertID asked about (a single response carrying the same bytes answers it)
    cert_id: bytes = b""


class Answer(NamedTuple):
    """A believed OCSP answer about one certificate (a named tuple: one is built per check)."""

    status: Status
    this_update: dt.datetime
    next_update: dt.datetime | None
    produced_at: dt.datetime
    revocation_time: dt.datetime | None = None
    #: RFC 5280 CRLReason name, e.g. "key_compromise"; None when not revoked or not given
    revocation_reason: str | None = None
    #: "issuer", "delegated" or "trusted": who signed it
    signer: str = "issuer"


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


_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(memo: dict[_K, _V], key: _K, value: _V, size: int) -> _V:
    """Keep ``value`` under ``key`` in a small memo of at most ``size`` entries (emptied when full)."""
    if len(memo) >= size:
        memo.clear()
    memo[key] = value
    return value


# -- what is computed once per issuer (or responder) certificate -------------------------------------------------
# A check hashes nothing about the issuer: its CertID fields, key and name are kept, found by the certificate
# object's identity first (the trust anchors are the same objects every time; a few hundred nanoseconds) and by
# its value otherwise (a certificate read again from a card).
class _PerCertificate(Generic[_V]):
    """A small cache of facts derived from a certificate (and a hash algorithm name), bounded in size."""

    def __init__(self, compute: Callable[[x509.Certificate, str], _V], size: int = 64) -> None:
        self._compute = compute
        self._size = size
        self._by_id: dict[tuple[int, str], tuple[x509.Certificate, _V]] = {}
        self._by_value: dict[tuple[x509.Certificate, str], _V] = {}
        self._lock = threading.Lock()

    def get(self, cert: x509.Certificate, alg: str = "") -> _V:
        hit = self._by_id.get((id(cert), alg))
        if hit is not None and hit[0] is cert:
            return hit[1]
        with self._lock:
            value = self._by_value.get((cert, alg))
            if value is None:
                value = _remember(self._by_value, (cert, alg), self._compute(cert, alg), self._size)
            # the entry holds the object: its id cannot be reused meanwhile
            _remember(self._by_id, (id(cert), alg), (cert, value), self._size)
            return value


@dataclass(frozen=True)
class _CertFacts:
    subject_der: bytes
    public_key: object
    key_sha1: bytes
    #: "rsa", "ec", "ed25519", "ed448" or "" (another key type): what signature algorithms the key can verify
    key_kind: str


def _compute_facts(cert: x509.Certificate, _alg: str) -> _CertFacts:
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        kind = "rsa"
    elif isinstance(key, ec.EllipticCurvePublicKey):
        kind = "ec"
    elif isinstance(key, ed25519.Ed25519PublicKey):
        kind = "ed25519"
    elif isinstance(key, ed448.Ed448PublicKey):
        kind = "ed448"
    else:
        kind = ""
    return _CertFacts(cert.subject.public_bytes(), key, _key_hash(key, hashes.SHA1()), kind)


_FACTS: _PerCertificate[_CertFacts] = _PerCertificate(_compute_facts)


def _facts(cert: x509.Certificate) -> _CertFacts:
    """What responder matching needs of a certificate, computed once per certificate (issuers repeat)."""
    return _FACTS.get(cert)


@dataclass(frozen=True)
class _CertIdHead:
    """The part of a CertID that depends on the issuer only: hash AlgorithmIdentifier, name hash and key hash."""

    name_hash: bytes
    key_hash: bytes
    #: DER of hashAlgorithm, issuerNameHash and issuerKeyHash; the serial number follows
    der: bytes
    #: (serial octets, nonce octets) → the request's frame: see :func:`_frame`
    frames: dict[tuple[int, int], tuple[bytes, bytes, bytes]] = field(default_factory=dict)


def _compute_cert_id_head(issuer: x509.Certificate, alg_name: str) -> _CertIdHead:
    # cryptography encodes a CertID once (for the issuer's own serial); its first three fields are reused
    req = ocsp.OCSPRequestBuilder().add_certificate(issuer, issuer, _HASHES[alg_name]()).build()
    data = req.public_bytes(serialization.Encoding.DER)
    s, e = der.expect(data, 0, len(data), der.SEQUENCE)  # OCSPRequest
    s, e = der.expect(data, s, e, der.SEQUENCE)  # TBSRequest
    s, e = der.expect(data, s, e, der.SEQUENCE)  # requestList
    s, e = der.expect(data, s, e, der.SEQUENCE)  # Request
    s, e = der.expect(data, s, e, der.SEQUENCE)  # CertID
    _, _, p = der.tlv(data, s, e)  # hashAlgorithm
    _, _, p = der.tlv(data, p, e)  # issuerNameHash
    _, _, p = der.tlv(data, p, e)  # issuerKeyHash
    return _CertIdHead(req.issuer_name_hash, req.issuer_key_hash, data[s:p])


_CERT_ID_HEADS: _PerCertificate[_CertIdHead] = _PerCertificate(_compute_cert_id_head)


def _issuer_hashes(issuer: x509.Certificate, alg_name: str) -> tuple[bytes, bytes]:
    """(name hash, key hash) of an issuer under a hash algorithm; computed from the issuer alone."""
    head = _CERT_ID_HEADS.get(issuer, alg_name)
    return head.name_hash, head.key_hash


#: id-pkix-ocsp-nonce (RFC 8954)
_NONCE_OID = der.oid("1.3.6.1.5.5.7.48.1.2")


def encode_request(cert_id: bytes, nonce: bytes | None) -> bytes:
    """OCSPRequest DER for one CertID (v1, unsigned), with a nonce request extension when given."""
    request_list = der.encode(der.SEQUENCE, der.encode(der.SEQUENCE, cert_id))  # one Request
    if nonce is None:
        tbs = request_list
    else:
        head = _NONCE_HEADS.get(len(nonce))
        if head is None:
            head = _NONCE_HEADS[len(nonce)] = _nonce_head(len(nonce))
        tbs = request_list + head + nonce
    return der.encode(der.SEQUENCE, der.encode(der.SEQUENCE, tbs))


def _nonce_head(n: int) -> bytes:
    """requestExtensions [2] EXPLICIT { { id-pkix-ocsp-nonce, OCTET STRING { OCTET STRING nonce } } } up to the
    nonce's own n octets (the same for every request with a nonce of that length)."""
    marker = b"\x00" * n
    ext = der.encode(der.SEQUENCE, _NONCE_OID + der.encode(der.OCTET_STRING, der.encode(der.OCTET_STRING, marker)))
    return der.encode(0xA2, der.encode(der.SEQUENCE, ext))[:-n]


_NONCE_HEADS: dict[int, bytes] = {}


#: RFC 5019 §5: GET for requests whose whole URL (scheme, host, path and the encoded request) is at most 255 bytes
MAX_GET_URL = 255


def get_url(responder_url: str, request_der: bytes) -> str:
    """The GET form of an OCSP request (RFC 6960 Appendix A.1): the responder URL, a "/", and the URL-encoded
    base64 of the request's DER."""
    # base64's alphabet is URL-safe but for "+", "/" and "=" (what urllib.parse.quote would escape, done directly)
    encoded = base64.b64encode(request_der).decode("ascii").replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return responder_url + encoded if responder_url.endswith("/") else f"{responder_url}/{encoded}"


def build_request(
    cert: x509.Certificate,
    issuer: x509.Certificate,
    *,
    nonce: bytes | None = None,
    use_nonce: bool = True,
    hash_algorithm: hashes.HashAlgorithm | None = None,
) -> Query:
    """An OCSP request for ``cert`` with a fresh random nonce (or the one given, for tests).

    The issuer's half of the CertID is computed once per issuer; per request only the serial and the nonce are
    encoded (the bytes are those ``cryptography``'s ``OCSPRequestBuilder`` produces)."""
    return build_request_for_serial(
        cert.serial_number, issuer, nonce=nonce, use_nonce=use_nonce, hash_algorithm=hash_algorithm
    )


def build_request_for_serial(
    serial: int,
    issuer: x509.Certificate,
    *,
    nonce: bytes | None = None,
    use_nonce: bool = True,
    hash_algorithm: hashes.HashAlgorithm | None = None,
) -> Query:
    """An OCSP request about a serial number under ``issuer`` without the certificate itself (the maintenance probe
    asks about a serial no card carries), with a fresh random nonce (or the one given, for tests)."""
    alg = hash_algorithm or _SHA1
    if alg.name not in _HASHES:
        raise ValueError(f"unsupported CertID hash {alg.name}")
    head = _CERT_ID_HEADS.get(issuer, alg.name)
    if use_nonce:
        nonce = nonce if nonce is not None else os.urandom(NONCE_BYTES)
        if not 1 <= len(nonce) <= 32:
            raise ValueError("an OCSP nonce has 1 to 32 octets")
    else:
        nonce = None
    octets = der.integer_octets(serial)
    shape = (len(octets), len(nonce) if nonce is not None else -1)
    frame = head.frames.get(shape) or _frame(head, *shape)
    return Query(
        der=b"".join((frame[1], octets, frame[2], nonce or b"")),
        nonce=nonce,
        serial=serial,
        issuer_name_hash=head.name_hash,
        issuer_key_hash=head.key_hash,
        hash_algorithm=alg,
        cert_id=frame[0] + octets,
    )


_SHA1 = hashes.SHA1()


def _frame(head: _CertIdHead, serial_octets: int, nonce_octets: int) -> tuple[bytes, bytes, bytes]:
    """What every request under one issuer with a serial of ``serial_octets`` octets and a nonce of ``nonce_octets``
    (-1: none) shares, as (CertID up to the serial's octets, the request up to them, the request from after them up
    to the nonce's octets): a request is then the serial and the nonce put into it, the same bytes
    :func:`encode_request` builds. Computed once per shape and kept with the issuer's CertID head."""
    serial_head = der.encode(der.INTEGER, bytes(serial_octets))[:-serial_octets]
    cert_id = der.encode(der.SEQUENCE, head.der + serial_head + bytes(serial_octets))
    nonce = bytes(nonce_octets) if nonce_octets >= 0 else None
    request = encode_request(cert_id, nonce)
    cert_id_end = request.index(cert_id) + len(cert_id)  # head.der (OIDs and hashes) occurs once in the request
    frame = (
        cert_id[:-serial_octets],
        request[: cert_id_end - serial_octets],
        request[cert_id_end : len(request) - max(nonce_octets, 0)],
    )
    return _remember(head.frames, (serial_octets, nonce_octets), frame, 16)


_RESPONDER_ERRORS = {
    ocsp.OCSPResponseStatus.MALFORMED_REQUEST: "ocsp_malformed_request",
    ocsp.OCSPResponseStatus.INTERNAL_ERROR: "ocsp_responder_error",
    ocsp.OCSPResponseStatus.TRY_LATER: "ocsp_try_later",
    ocsp.OCSPResponseStatus.SIG_REQUIRED: "ocsp_sig_required",
    ocsp.OCSPResponseStatus.UNAUTHORIZED: "ocsp_unauthorized",
}


def _verify_signature(facts: _CertFacts, parsed: _Parsed) -> None:
    """The signature over the response's tbsResponseData, as received (no copy), with the signer's key."""
    key = facts.public_key
    kind, alg = _SIGNATURE_ALGORITHMS.get(parsed.signature_algorithm, ("", None))
    try:
        if not kind or kind != facts.key_kind:
            raise OcspError("response signature algorithm unsupported", reason="ocsp_bad_signature")
        if kind == "rsa":
            key.verify(parsed.signature, parsed.tbs, _PKCS1V15, alg)  # type: ignore[attr-defined]
        elif kind == "ec":
            key.verify(parsed.signature, parsed.tbs, ec.ECDSA(alg))  # type: ignore[attr-defined, arg-type]
        else:
            key.verify(parsed.signature, parsed.tbs)  # type: ignore[attr-defined]
    except InvalidSignature:
        raise OcspError("response signature does not verify", reason="ocsp_bad_signature") from None
    except DECODE_ERRORS:
        raise OcspError("response signature cannot be checked", reason="ocsp_bad_signature") from None


_PKCS1V15 = padding.PKCS1v15()


class _ResponderId(NamedTuple):
    key_hash: bytes | None
    name_der: bytes | None


# -- the response, decoded in one pass over the bytes ---------------------------------------------------------------
# Only what the checks need is decoded, straight from the DER (no intermediate objects): a check is a few
# microseconds of parsing, and the signature is verified over the tbsResponseData bytes as received.

_CERT_ID_HASHES = {
    der.oid("1.3.14.3.2.26")[2:]: "sha1",
    der.oid("2.16.840.1.101.3.4.2.1")[2:]: "sha256",
    der.oid("2.16.840.1.101.3.4.2.2")[2:]: "sha384",
    der.oid("2.16.840.1.101.3.4.2.3")[2:]: "sha512",
}
#: signatureAlgorithm OID → (key type, hash)
_SIGNATURE_ALGORITHMS: dict[bytes, tuple[str, hashes.HashAlgorithm | None]] = {
    der.oid("1.2.840.113549.1.1.5")[2:]: ("rsa", hashes.SHA1()),
    der.oid("1.2.840.113549.1.1.11")[2:]: ("rsa", hashes.SHA256()),
    der.oid("1.2.840.113549.1.1.12")[2:]: ("rsa", hashes.SHA384()),
    der.oid("1.2.840.113549.1.1.13")[2:]: ("rsa", hashes.SHA512()),
    der.oid("1.2.840.10045.4.1")[2:]: ("ec", hashes.SHA1()),
    der.oid("1.2.840.10045.4.3.2")[2:]: ("ec", hashes.SHA256()),
    der.oid("1.2.840.10045.4.3.3")[2:]: ("ec", hashes.SHA384()),
    der.oid("1.2.840.10045.4.3.4")[2:]: ("ec", hashes.SHA512()),
    der.oid("1.3.101.112")[2:]: ("ed25519", None),
    der.oid("1.3.101.113")[2:]: ("ed448", None),
}
_NONCE_OID_CONTENT = _NONCE_OID[2:]
#: RFC 6960 OCSPResponseStatus values other than successful (0)
_STATUS_NAMES = {
    1: ocsp.OCSPResponseStatus.MALFORMED_REQUEST,
    2: ocsp.OCSPResponseStatus.INTERNAL_ERROR,
    3: ocsp.OCSPResponseStatus.TRY_LATER,
    5: ocsp.OCSPResponseStatus.SIG_REQUIRED,
    6: ocsp.OCSPResponseStatus.UNAUTHORIZED,
}
REASON_NAMES = der.REASON_NAMES


class _Single(NamedTuple):
    hash_name: str | None  # None: a CertID hash this client does not know
    name_hash: bytes
    key_hash: bytes
    serial: int
    status: Status
    this_update: dt.datetime
    next_update: dt.datetime | None
    revocation_time: dt.datetime | None
    revocation_reason: str | None
    #: the CertID is byte for byte the one asked about (the fields above it are then not decoded)
    exact: bool = False


class _Parsed(NamedTuple):
    tbs: memoryview
    rid: _ResponderId
    produced_at: dt.datetime
    singles: tuple[_Single, ...]
    nonce: bytes | None
    signature_algorithm: bytes
    signature: bytes


generalized_time = der.generalized_time


def _time(data: bytes, pos: int, end: int) -> tuple[dt.datetime, int]:
    """A GeneralizedTime (RFC 6960 uses no other) at ``pos``: (the datetime, the position after it).

    The same instants recur (producedAt is often thisUpdate; a responder keeps a nextUpdate for a while), so each
    text is read once and remembered (a few dozen, as bytes → datetime: both immutable)."""
    start, stop = der.expect(data, pos, end, der.GENERALIZED_TIME)
    if start != pos + 2:
        raise der.DerError("GeneralizedTime with a long-form length")
    text = data[start:stop]
    when = _TIMES.get(text)
    if when is None:
        when = _remember(_TIMES, text, generalized_time(text, 0, len(text)), 64)
    return when, stop


_TIMES: dict[bytes, dt.datetime] = {}


def _parse(data: bytes, cert_id: bytes = b"") -> _Parsed:
    """Decode a successful OCSPResponse carrying a BasicOCSPResponse (RFC 6960 §4.2.1); raises DerError or
    :class:`OcspResponderError` for a non-successful status."""
    s, e = der.expect(data, 0, len(data), der.SEQUENCE)  # OCSPResponse
    if e != len(data):
        raise der.DerError("bytes after the response")
    ss, se = der.expect(data, s, e, der.ENUMERATED)  # responseStatus
    if se - ss != 1:
        raise der.DerError("responseStatus")
    status = data[ss]
    if status != 0:
        known = _STATUS_NAMES.get(status)
        if known is None or se != e:
            raise der.DerError("unknown responseStatus")
        raise OcspResponderError(f"responder answered {known.name}", reason=_RESPONDER_ERRORS[known])
    s, e = der.expect(data, se, e, 0xA0)  # responseBytes [0] EXPLICIT
    s, e = der.expect(data, s, e, der.SEQUENCE)  # ResponseBytes
    os_, oe = der.expect(data, s, e, der.OID)  # responseType
    if data[os_:oe] != _BASIC_OID_CONTENT:
        raise der.DerError("not a BasicOCSPResponse")
    s, e = der.expect(data, oe, e, der.OCTET_STRING)  # response
    s, basic_end = der.expect(data, s, e, der.SEQUENCE)  # BasicOCSPResponse
    tbs_start = s
    s, tbs_end = der.expect(data, s, basic_end, der.SEQUENCE)  # tbsResponseData
    # signatureAlgorithm, signature
    a_s, a_e = der.expect(data, tbs_end, basic_end, der.SEQUENCE)
    o_s, o_e = der.expect(data, a_s, a_e, der.OID)
    b_s, b_e = der.expect(data, a_e, basic_end, der.BIT_STRING)
    if b_e == b_s or data[b_s] != 0:
        raise der.DerError("signature BIT STRING")
    # tbsResponseData { [0] version OPTIONAL, responderID, producedAt, responses, [1] responseExtensions OPTIONAL }
    tag, cs, ce = der.tlv(data, s, tbs_end)
    if tag == 0xA0:
        vs, ve = der.expect(data, cs, ce, der.INTEGER)
        if data[vs:ve] != b"\x00":
            raise der.DerError("ResponseData version is not v1")
        tag, cs, ce = der.tlv(data, ce, tbs_end)
    if tag == 0xA1:  # byName: the Name as encoded
        rid = _ResponderId(None, data[cs:ce])
    elif tag == 0xA2:  # byKey: SHA-1 of the responder's public key
        ks, ke = der.expect(data, cs, ce, der.OCTET_STRING)
        rid = _ResponderId(data[ks:ke], None)
    else:
        raise der.DerError("no responderID")
    produced_at, p = _time(data, ce, tbs_end)
    rs, re_ = der.expect(data, p, tbs_end, der.SEQUENCE)  # responses
    singles = []
    while rs < re_:
        singles.append(_single(data, rs, re_, cert_id))
        rs = der.tlv(data, rs, re_)[2]
    nonce = None
    if re_ < tbs_end:
        xs, xe = der.expect(data, re_, tbs_end, 0xA1)  # responseExtensions
        if xe != tbs_end:
            raise der.DerError("bytes after responseExtensions")
        nonce = _nonce(data, xs, xe)
    return _Parsed(
        memoryview(data)[tbs_start:tbs_end], rid, produced_at, tuple(singles), nonce, data[o_s:o_e],
        data[b_s + 1 : b_e],
    )  # fmt: skip


def _single(data: bytes, pos: int, end: int, cert_id: bytes) -> _Single:
    s, e = der.expect(data, pos, end, der.SEQUENCE)  # SingleResponse
    c_s, c_e = der.expect(data, s, e, der.SEQUENCE)  # CertID
    if data[s:c_e] == cert_id:  # the CertID asked about, byte for byte: nothing in it to decode
        hash_name, name_hash, key_hash, serial, exact = None, b"", b"", 0, True
    else:
        a_s, a_e = der.expect(data, c_s, c_e, der.SEQUENCE)  # hashAlgorithm
        o_s, o_e = der.expect(data, a_s, a_e, der.OID)
        n_s, n_e = der.expect(data, a_e, c_e, der.OCTET_STRING)
        k_s, k_e = der.expect(data, n_e, c_e, der.OCTET_STRING)
        i_s, i_e = der.expect(data, k_e, c_e, der.INTEGER)
        if i_e != c_e or i_s == i_e:
            raise der.DerError("CertID")
        hash_name, name_hash, key_hash = _CERT_ID_HASHES.get(data[o_s:o_e]), data[n_s:n_e], data[k_s:k_e]
        serial, exact = int.from_bytes(data[i_s:i_e], "big", signed=True), False
    tag, st_s, st_e = der.tlv(data, c_e, e)  # certStatus
    revocation_time = None
    reason = None
    if tag == 0x80 and st_s == st_e:
        status = Status.GOOD
    elif tag == 0xA1:
        status = Status.REVOKED
        revocation_time, p = _time(data, st_s, st_e)
        if p < st_e:
            r_s, r_e = der.expect(data, p, st_e, 0xA0)
            es, ee = der.expect(data, r_s, r_e, der.ENUMERATED)
            if ee != st_e or ee - es != 1 or data[es] not in REASON_NAMES:
                raise der.DerError("revocationReason")
            reason = REASON_NAMES[data[es]]
    elif tag == 0x82 and st_s == st_e:
        status = Status.UNKNOWN
    else:
        raise der.DerError("certStatus")
    this_update, p = _time(data, st_e, e)
    next_update = None
    if p < e and data[p] == 0xA0:
        n2_s, n2_e = der.expect(data, p, e, 0xA0)
        next_update, q = _time(data, n2_s, n2_e)
        if q != n2_e:
            raise der.DerError("nextUpdate")
        p = n2_e
    if p < e:
        der.expect(data, p, e, 0xA1)  # singleExtensions: not used
    return _Single(
        hash_name, name_hash, key_hash, serial, status, this_update, next_update, revocation_time, reason, exact
    )


def _nonce(data: bytes, pos: int, end: int) -> bytes | None:
    s, e = der.expect(data, pos, end, der.SEQUENCE)  # Extensions
    if e != end:
        raise der.DerError("Extensions")
    found = None
    while s < e:
        x_s, x_e = der.expect(data, s, e, der.SEQUENCE)
        o_s, o_e = der.expect(data, x_s, x_e, der.OID)
        p = o_e
        if data[p] == 0x01:  # critical BOOLEAN
            p = der.expect(data, p, x_e, 0x01)[1]
        v_s, v_e = der.expect(data, p, x_e, der.OCTET_STRING)
        if v_e != x_e:
            raise der.DerError("Extension")
        if data[o_s:o_e] == _NONCE_OID_CONTENT:
            if found is not None:
                raise der.DerError("two nonces")
            n_s, n_e = der.expect(data, v_s, v_e, der.OCTET_STRING)  # RFC 8954: Nonce ::= OCTET STRING
            if n_e != v_e:
                raise der.DerError("nonce")
            found = data[n_s:n_e]
        s = x_e
    return found


_BASIC_OID_CONTENT = der.oid("1.3.6.1.5.5.7.48.1.1")[2:]


def _is_responder(facts: _CertFacts, rid: _ResponderId) -> bool:
    if rid.key_hash is not None:
        return facts.key_sha1 == rid.key_hash
    return rid.name_der is not None and facts.subject_der == rid.name_der


def _within(cert: x509.Certificate, now: dt.datetime, skew: dt.timedelta) -> bool:
    return cert.not_valid_before_utc - skew <= now <= cert.not_valid_after_utc + skew


#: (responder certificate DER, issuer DER) → whether the issuer delegated OCSP signing to it (RFC 6960 §4.2.2.2);
#: a verdict that depends on those two certificates alone, so a delegated responder is checked once, not per answer
_DELEGATIONS: dict[tuple[bytes, bytes], bool] = {}
_DELEGATIONS_MAX = 64


def _delegated(cand: x509.Certificate, issuer: x509.Certificate) -> bool:
    key = (cand.public_bytes(serialization.Encoding.DER), issuer.public_bytes(serialization.Encoding.DER))
    known = _DELEGATIONS.get(key)
    if known is not None:
        return known
    return _remember(_DELEGATIONS, key, _check_delegation(cand, issuer), _DELEGATIONS_MAX)


def _check_delegation(cand: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cand.verify_directly_issued_by(issuer)
    except (*DECODE_ERRORS, InvalidSignature):
        return False
    try:
        eku = cand.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return False
    return ExtendedKeyUsageOID.OCSP_SIGNING in eku


def _find_signer(
    der_bytes: bytes,
    rid: _ResponderId,
    issuer: x509.Certificate,
    trusted: tuple[x509.Certificate, ...],
    now: dt.datetime,
    skew: dt.timedelta,
) -> tuple[_CertFacts, str]:
    """Who signed: the issuing CA itself, a responder it delegated (RFC 6960 §4.2.2.2), or a locally trusted one;
    as (what is known of its certificate, which of the three)."""
    for t in trusted:
        facts = _facts(t)
        if _is_responder(facts, rid):
            return facts, "trusted"
    # The issuing CA. With a responder id by name, the 2015 and 2023 JPKI CAs share one: the signature decides.
    facts = _facts(issuer)
    if _is_responder(facts, rid):
        return facts, "issuer"
    # a delegated responder: its certificate travels in the response (decoded only on this path)
    try:
        certs = ocsp.load_der_ocsp_response(der_bytes).certificates
        claimed = [c for c in certs if _is_responder(_facts(c), rid)]
    except DECODE_ERRORS:
        raise OcspError("the response's certificates do not decode", reason="ocsp_malformed") from None
    if not claimed:
        raise OcspError("the response's signer is neither the issuer nor a responder it names", "ocsp_signer_unknown")
    for cand in claimed:
        if _delegated(cand, issuer) and _within(cand, now, skew):
            return _facts(cand), "delegated"
    raise OcspError(
        "the responder certificate is not an OCSP signer delegated by the issuing CA", "ocsp_responder_not_authorized"
    )


def read_response(
    der_bytes: bytes,
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
        parsed = _parse(der_bytes, query.cert_id)
    except (der.DerError, IndexError):
        raise OcspError("not an OCSP response", reason="ocsp_malformed") from None
    signer, signer_kind = _find_signer(der_bytes, parsed.rid, issuer, trusted_responders, now, clock_skew)
    _verify_signature(signer, parsed)
    # The nonce: a replayed response carries an older one.
    if query.nonce is not None:
        if parsed.nonce is None:
            if require_nonce:
                raise OcspError("the response carries no nonce", reason="ocsp_nonce_missing")
        elif parsed.nonce != query.nonce:
            raise OcspError("the response's nonce is not the request's", reason="ocsp_nonce_mismatch")
    single = _find_single(parsed, query, issuer)
    this_update = single.this_update
    next_update = single.next_update
    if this_update > now + clock_skew or parsed.produced_at > now + clock_skew:
        raise OcspError("the response is dated in the future", reason="ocsp_not_yet_valid")
    if next_update is not None:
        if next_update < now - clock_skew:
            raise OcspError("the response's nextUpdate has passed", reason="ocsp_stale")
    elif this_update < now - clock_skew - max_age_without_next_update:
        raise OcspError("the response (without nextUpdate) is too old", reason="ocsp_stale")
    return Answer(
        status=single.status,
        this_update=this_update,
        next_update=next_update,
        produced_at=parsed.produced_at,
        revocation_time=single.revocation_time,
        revocation_reason=single.revocation_reason,
        signer=signer_kind,
    )


def _find_single(parsed: _Parsed, query: Query, issuer: x509.Certificate) -> _Single:
    for single in parsed.singles:
        if single.exact:
            return single
        if single.serial != query.serial:
            continue
        alg = single.hash_name
        if alg == query.hash_algorithm.name:
            want = (query.issuer_name_hash, query.issuer_key_hash)
        elif alg is not None:
            # a responder may answer with another CertID hash (openssl -rcid): recompute for the issuer
            want = _issuer_hashes(issuer, alg)
        else:
            continue
        if (single.name_hash, single.key_hash) == want:
            return single
    raise OcspError("no single response for the certificate asked about", reason="ocsp_certid_mismatch")
