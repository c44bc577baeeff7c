"""Hostile bytes for the sans-I/O cores: whatever arrives, the only outcomes are a typed error or a correct answer."""

from __future__ import annotations

import datetime as dt
import functools
import os

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp as x509_ocsp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware.sim.certs import make_ca, make_user_cert
from kiosk.identity.revocation import Status
from kiosk.validation import crl as crl_mod
from kiosk.validation import ocsp
from kiosk.validation.errors import CrlError, OcspError

NOW = dt.datetime.now(dt.UTC)
SKEW = dt.timedelta(minutes=5)


def _now() -> dt.datetime:
    """The time of the check. The material is made around NOW (import time) with an hour's nextUpdate, but
    cryptography stamps producedAt when it signs: a check against NOW itself failed once a slow run had taken
    longer than SKEW."""
    return dt.datetime.now(dt.UTC)


FUZZ = settings(
    max_examples=int(os.environ.get("KIOSK_FUZZ_EXAMPLES", "150")),
    deadline=None,
    derandomize=not os.environ.get("KIOSK_FUZZ_EXAMPLES"),
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.fixture(autouse=True)
def _now_is_when_the_test_runs(monkeypatch):
    """A response's producedAt is the moment it is signed: judge it at the test's time, not at the module's import
    (a whole suite on a busy machine reaches these tests more than the clock skew after collecting them)."""
    monkeypatch.setitem(globals(), "NOW", dt.datetime.now(dt.UTC))


@functools.cache
def material():
    ca = make_ca()
    user = make_user_cert(ca)
    query = ocsp.build_request(user.cert, ca.cert, nonce=b"\x01" * 16)
    resp = (
        x509_ocsp.OCSPResponseBuilder()
        .add_response(
            cert=user.cert,
            issuer=ca.cert,
            algorithm=hashes.SHA1(),
            cert_status=x509_ocsp.OCSPCertStatus.REVOKED,
            this_update=NOW - dt.timedelta(minutes=1),
            next_update=NOW + dt.timedelta(hours=1),
            revocation_time=NOW - dt.timedelta(days=1),
            revocation_reason=x509.ReasonFlags.key_compromise,
        )
        .responder_id(x509_ocsp.OCSPResponderEncoding.NAME, ca.cert)
        .certificates([ca.cert])
        .add_extension(x509.OCSPNonce(b"\x01" * 16), critical=False)
        .sign(ca.key, hashes.SHA256())
        .public_bytes(serialization.Encoding.DER)
    )
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.cert.subject)
        .last_update(NOW - dt.timedelta(minutes=1))
        .next_update(NOW + dt.timedelta(days=1))
        .add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(user.cert.serial_number).revocation_date(NOW).build()
        )
        .sign(ca.key, hashes.SHA256())
        .public_bytes(serialization.Encoding.DER)
    )
    return ca, user, query, resp, crl


def test_the_unmutated_material_is_accepted():
    ca, user, query, resp, crl = material()
    a = ocsp.read_response(resp, query, ca.cert, now=_now(), clock_skew=SKEW)
    assert a.status is Status.REVOKED and a.revocation_reason == "key_compromise"
    c = crl_mod.verify(crl, [ca.cert], now=_now(), clock_skew=SKEW)
    assert c.lookup(user.cert.serial_number) is not None


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_are_a_typed_ocsp_error(data):
    ca, _, query, _, _ = material()
    try:
        ocsp.read_response(data, query, ca.cert, now=_now(), clock_skew=SKEW)
    except OcspError as e:
        assert e.reason.startswith("ocsp_")
    else:  # pragma: no cover - random bytes never make a signed response
        raise AssertionError("random bytes were accepted")


@FUZZ
@given(st.data())
def test_mutated_response_is_refused_or_unchanged_in_meaning(data):
    ca, _, query, resp, _ = material()
    buf = bytearray(resp)
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(buf) - 1))
        buf[i] = data.draw(st.integers(0, 255))
    try:
        a = ocsp.read_response(bytes(buf), query, ca.cert, now=_now(), clock_skew=SKEW)
    except OcspError:
        return
    # only bytes outside the signed data (e.g. the attached certificate) may change without a refusal
    assert a.status is Status.REVOKED


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_are_a_typed_crl_error(data):
    ca = material()[0]
    try:
        crl_mod.verify(data, [ca.cert], now=_now(), clock_skew=SKEW)
    except CrlError as e:
        assert e.reason.startswith("crl_")
    else:  # pragma: no cover
        raise AssertionError("random bytes were accepted as a CRL")


@FUZZ
@given(st.data())
def test_mutated_crl_is_refused_or_unchanged(data):
    ca, user, _, _, crl = material()
    buf = bytearray(crl)
    i = data.draw(st.integers(0, len(buf) - 1))
    new = data.draw(st.integers(0, 255))
    if buf[i] == new:
        return
    buf[i] = new
    try:
        c = crl_mod.verify(bytes(buf), [ca.cert], now=_now(), clock_skew=SKEW)
    except CrlError:
        return
    assert c.lookup(user.cert.serial_number) is not None
