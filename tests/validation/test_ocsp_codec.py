"""The OCSP codec's own DER: requests byte-for-byte as ``cryptography`` builds them, responses read as
``cryptography`` reads them, and the GET form of RFC 6960 Appendix A.1."""

from __future__ import annotations

import base64
import datetime as dt
import functools
import urllib.parse

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp as x509_ocsp
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.sim.certs import Issued, make_ca, make_user_cert
from kiosk.identity.revocation import Status
from kiosk.validation import der, ocsp
from kiosk.validation.errors import OcspError

from .conftest import make_responder_cert

SKEW = dt.timedelta(minutes=5)
#: ``next_update`` of a test response by default: an hour after it is made
AN_HOUR_ON = object()


def _now() -> dt.datetime:
    """The time now. Each response is made around the time it is checked, as cryptography stamps producedAt when
    it signs: times fixed when the module was imported went stale or "in the future" in a long, slow run."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@functools.cache
def pki() -> tuple[Issued, Issued, Issued, Issued]:
    ca = make_ca()
    return ca, make_user_cert(ca), make_user_cert(ca), make_responder_cert(ca)


@pytest.fixture(autouse=True)
def _now_is_when_the_test_runs(monkeypatch):
    """A response's producedAt is the moment it is signed: judge it at the test's time, not at the module's import
    (a whole suite on a busy machine reaches these tests more than the clock skew after collecting them)."""
    monkeypatch.setitem(globals(), "NOW", dt.datetime.now(dt.UTC).replace(microsecond=0))


@pytest.mark.parametrize("alg", [hashes.SHA1(), hashes.SHA256(), hashes.SHA384(), hashes.SHA512()])
@pytest.mark.parametrize("nonce", [b"\x00", b"\x01" * 16, b"\xff" * 32, None])
def test_request_bytes_are_cryptographys(alg, nonce):
    ca, user, _, _ = pki()
    ref = x509_ocsp.OCSPRequestBuilder().add_certificate(user.cert, ca.cert, alg)
    if nonce is not None:
        ref = ref.add_extension(x509.OCSPNonce(nonce), critical=False)
    q = ocsp.build_request(user.cert, ca.cert, nonce=nonce, use_nonce=nonce is not None, hash_algorithm=alg)
    assert q.der == ref.build().public_bytes(serialization.Encoding.DER)
    parsed = x509_ocsp.load_der_ocsp_request(q.der)
    assert (parsed.serial_number, parsed.issuer_name_hash, parsed.issuer_key_hash) == (
        user.cert.serial_number,
        q.issuer_name_hash,
        q.issuer_key_hash,
    )


@settings(max_examples=60, deadline=None)
@given(serial=st.integers(1, 2**159 - 1), nonce=st.binary(min_size=1, max_size=32))
def test_any_serial_and_nonce_encode_as_cryptography_does(serial, nonce):
    ca, user, _, _ = pki()
    cert = make_user_cert(ca, serial=serial).cert if serial != user.cert.serial_number else user.cert
    ref = (
        x509_ocsp.OCSPRequestBuilder()
        .add_certificate(cert, ca.cert, hashes.SHA1())
        .add_extension(x509.OCSPNonce(nonce), critical=False)
        .build()
        .public_bytes(serialization.Encoding.DER)
    )
    assert ocsp.build_request(cert, ca.cert, nonce=nonce).der == ref


def test_a_nonce_outside_rfc_8954_is_refused():
    ca, user, _, _ = pki()
    with pytest.raises(ValueError):
        ocsp.build_request(user.cert, ca.cert, nonce=b"\x00" * 33)


def _response(
    *,
    status=x509_ocsp.OCSPCertStatus.GOOD,
    reason=None,
    next_update: object = AN_HOUR_ON,
    by_key=False,
    delegated=False,
    nonce: bytes | None = b"n" * 16,
    cert_id_alg=None,
    signer_key=None,
) -> bytes:
    ca, user, _, responder = pki()
    signer = responder if delegated else ca
    now = _now()
    if next_update is AN_HOUR_ON:
        next_update = now + dt.timedelta(hours=1)
    b = x509_ocsp.OCSPResponseBuilder().add_response(
        cert=user.cert,
        issuer=ca.cert,
        algorithm=cert_id_alg or hashes.SHA1(),
        cert_status=status,
        this_update=now - dt.timedelta(minutes=1),
        next_update=next_update,
        revocation_time=now - dt.timedelta(days=2) if status == x509_ocsp.OCSPCertStatus.REVOKED else None,
        revocation_reason=reason,
    )
    enc = x509_ocsp.OCSPResponderEncoding.HASH if by_key else x509_ocsp.OCSPResponderEncoding.NAME
    b = b.responder_id(enc, signer.cert)
    if delegated:
        b = b.certificates([responder.cert])
    if nonce is not None:
        b = b.add_extension(x509.OCSPNonce(nonce), critical=False)
    return b.sign(signer_key or signer.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


CASES = {
    "good": {},
    "revoked with reason": {"status": x509_ocsp.OCSPCertStatus.REVOKED, "reason": x509.ReasonFlags.key_compromise},
    "revoked, superseded": {"status": x509_ocsp.OCSPCertStatus.REVOKED, "reason": x509.ReasonFlags.superseded},
    "revoked without reason": {"status": x509_ocsp.OCSPCertStatus.REVOKED},
    "unknown": {"status": x509_ocsp.OCSPCertStatus.UNKNOWN},
    "no nextUpdate": {"next_update": None},
    "responder id by key": {"by_key": True},
    "delegated responder": {"delegated": True},
    "sha256 CertID": {"cert_id_alg": hashes.SHA256()},
}


@pytest.mark.parametrize("case", CASES)
def test_response_is_read_as_cryptography_reads_it(case):
    ca, user, _, _ = pki()
    data = _response(**CASES[case])
    q = ocsp.build_request(user.cert, ca.cert, nonce=b"n" * 16)
    a = ocsp.read_response(data, q, ca.cert, now=_now(), clock_skew=SKEW)
    ref = x509_ocsp.load_der_ocsp_response(data)
    expected = {
        x509_ocsp.OCSPCertStatus.GOOD: Status.GOOD,
        x509_ocsp.OCSPCertStatus.REVOKED: Status.REVOKED,
        x509_ocsp.OCSPCertStatus.UNKNOWN: Status.UNKNOWN,
    }[ref.certificate_status]
    assert a.status is expected
    assert a.this_update == ref.this_update_utc
    assert a.next_update == ref.next_update_utc
    assert a.produced_at == ref.produced_at_utc
    assert a.revocation_time == ref.revocation_time_utc
    assert a.revocation_reason == (ref.revocation_reason.name if ref.revocation_reason else None)
    assert a.signer == ("delegated" if case == "delegated responder" else "issuer")
    # the CertID asked about comes back byte for byte, except when the responder hashed with another algorithm
    assert ocsp._parse(data, q.cert_id).singles[0].exact is (case != "sha256 CertID")


def test_the_signature_covers_the_response_data_as_received():
    ca, user, _, _ = pki()
    data = bytearray(_response())
    tbs = ocsp._parse(bytes(data)).tbs
    assert bytes(tbs) == x509_ocsp.load_der_ocsp_response(bytes(data)).tbs_response_bytes
    q = ocsp.build_request(user.cert, ca.cert, nonce=b"n" * 16)
    # flip the last byte of the nonce inside the signed data: the nonce mismatch is never reached
    i = bytes(data).rindex(b"n" * 16) + 15
    data[i] ^= 0x01
    with pytest.raises(OcspError) as e:
        ocsp.read_response(bytes(data), q, ca.cert, now=_now(), clock_skew=SKEW)
    assert e.value.reason == "ocsp_bad_signature"


@pytest.mark.parametrize("last", [0x0C, 0x0E])  # sha384WithRSAEncryption; sha224WithRSAEncryption (not accepted)
def test_the_signature_algorithm_named_in_the_response_is_the_one_used(last):
    ca, user, _, _ = pki()
    data = bytearray(_response())
    sha256_with_rsa = bytes.fromhex("06092a864886f70d01010b")
    i = bytes(data).rindex(sha256_with_rsa)  # signatureAlgorithm: outside the signed data
    data[i + len(sha256_with_rsa) - 1] = last
    q = ocsp.build_request(user.cert, ca.cert, nonce=b"n" * 16)
    with pytest.raises(OcspError) as e:
        ocsp.read_response(bytes(data), q, ca.cert, now=_now(), clock_skew=SKEW)
    assert e.value.reason == "ocsp_bad_signature"


@pytest.mark.parametrize(
    "text, expected",
    [
        (b"20260102030405Z", dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)),
        (b"20260102030405.5Z", dt.datetime(2026, 1, 2, 3, 4, 5, 500000, tzinfo=dt.UTC)),
        (b"20260102030405.123456Z", dt.datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=dt.UTC)),
    ],
)
def test_generalized_time(text, expected):
    assert ocsp.generalized_time(text, 0, len(text)) == expected


@pytest.mark.parametrize(
    "text",
    [b"20260102030405", b"2026010203040Z", b"20260102030405.Z", b"20260102030405.50Z", b"2026010203040+Z", b"x" * 15],
)
def test_generalized_time_that_is_not_der_is_refused(text):
    with pytest.raises((der.DerError, ValueError)):
        ocsp.generalized_time(text, 0, len(text))


def test_der_lengths_never_run_past_their_container():
    with pytest.raises(der.DerError):
        der.tlv(b"\x30\x05\x02\x01", 0, 4)
    with pytest.raises(der.DerError):
        der.tlv(b"\x30\x80\x00\x00", 0, 4)  # indefinite length
    with pytest.raises(der.DerError):
        der.expect(b"\x31\x00", 0, 2, der.SEQUENCE)
    assert der.tlv(b"\x30\x81\x01\x05", 0, 4) == (0x30, 3, 4)


@pytest.mark.parametrize("value", [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**64, 2**159 - 1])
def test_integer_encoding_is_minimal_twos_complement(value):
    enc = der.integer(value)
    s, e = der.expect(enc, 0, len(enc), der.INTEGER)
    assert int.from_bytes(enc[s:e], "big", signed=True) == value
    body = enc[s:e]
    assert len(body) == 1 or not (body[0] == 0 and body[1] < 0x80) and not (body[0] == 0xFF and body[1] >= 0x80)


@pytest.mark.parametrize(
    "base", ["http://127.0.0.1:8080/", "http://127.0.0.1:8080/ocsp", "http://127.0.0.1:8080/ocsp/"]
)
def test_get_url_carries_the_request_url_encoded(base):
    ca, user, _, _ = pki()
    q = ocsp.build_request(user.cert, ca.cert)
    url = ocsp.get_url(base, q.der)
    head, _, tail = url.rpartition("/")
    assert head == base.rstrip("/")
    assert not set(tail) & set("+/=")  # base64's own characters are percent-encoded
    assert base64.b64decode(urllib.parse.unquote(tail)) == q.der
    assert tail == urllib.parse.quote(base64.b64encode(q.der).decode(), safe="")


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=1, max_size=200))
def test_get_url_encodes_any_bytes_as_urllib_would(data):
    tail = ocsp.get_url("http://127.0.0.1:8080/", data).rpartition("/")[2]
    assert tail == urllib.parse.quote(base64.b64encode(data).decode(), safe="")


@pytest.mark.parametrize("curve_or_ed", ["p256", "ed25519"])
def test_a_delegated_responder_with_an_ec_or_edwards_key_is_believed(curve_or_ed):
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    ca, user, _, _ = pki()
    now = _now()
    key = ec.generate_private_key(ec.SECP256R1()) if curve_or_ed == "p256" else ed25519.Ed25519PrivateKey.generate()
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"OCSP {curve_or_ed}")]))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.OCSP_SIGNING]), critical=False)
        .sign(ca.key, hashes.SHA256())
    )
    data = (
        x509_ocsp.OCSPResponseBuilder()
        .add_response(
            cert=user.cert,
            issuer=ca.cert,
            algorithm=hashes.SHA1(),
            cert_status=x509_ocsp.OCSPCertStatus.GOOD,
            this_update=now - dt.timedelta(minutes=1),
            next_update=now + dt.timedelta(hours=1),
            revocation_time=None,
            revocation_reason=None,
        )
        .responder_id(x509_ocsp.OCSPResponderEncoding.HASH, cert)
        .certificates([cert])
        .add_extension(x509.OCSPNonce(b"n" * 16), critical=False)
        .sign(key, hashes.SHA256() if curve_or_ed == "p256" else None)
        .public_bytes(serialization.Encoding.DER)
    )
    q = ocsp.build_request(user.cert, ca.cert, nonce=b"n" * 16)
    a = ocsp.read_response(data, q, ca.cert, now=_now(), clock_skew=SKEW)
    assert (a.status, a.signer) == (Status.GOOD, "delegated")
    tampered = bytearray(data)
    tampered[bytes(data).index(b"n" * 16)] ^= 1
    with pytest.raises(OcspError) as e:
        ocsp.read_response(bytes(tampered), q, ca.cert, now=_now(), clock_skew=SKEW)
    assert e.value.reason == "ocsp_bad_signature"
