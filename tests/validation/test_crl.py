"""CRLs: parsing and checks (sans-I/O), the on-disk store, and the client in "crl" and "ocsp+crl" modes with CRLs
served by a real HTTP server on 127.0.0.1 or imported from a file."""

from __future__ import annotations

import datetime as dt
import resource
import signal

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from hardware.sim.certs import Issued
from kiosk.identity.revocation import Status
from kiosk.validation import crl as crl_mod
from kiosk.validation import der
from kiosk.validation.errors import CrlError, StoreError
from kiosk.validation.store import CrlStore

SKEW = dt.timedelta(minutes=5)


def make_crl(
    ca: Issued,
    revoked=(),
    *,
    this_update: dt.datetime | None = None,
    next_update: dt.datetime | None = None,
    number: int | None = 1,
    signer: Issued | None = None,
    delta: bool = False,
    pem: bool = False,
) -> bytes:
    now = dt.datetime.now(dt.UTC)
    this_update = this_update or now - dt.timedelta(minutes=10)
    if next_update is None:
        next_update = this_update + dt.timedelta(days=1)
    b = x509.CertificateRevocationListBuilder().issuer_name(ca.cert.subject).last_update(this_update)
    b = b.next_update(next_update)
    if number is not None:
        b = b.add_extension(x509.CRLNumber(number), critical=False)
    signer = signer or ca
    ski = x509.SubjectKeyIdentifier.from_public_key(signer.key.public_key())
    b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False)
    if delta:
        b = b.add_extension(x509.DeltaCRLIndicator(1), critical=True)
    for serial, when, reason in revoked:
        rb = x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when)
        if reason is not None:
            rb = rb.add_extension(x509.CRLReason(reason), critical=False)
        b = b.add_revoked_certificate(rb.build())
    crl = b.sign(signer.key, hashes.SHA256())
    return crl.public_bytes(serialization.Encoding.PEM if pem else serialization.Encoding.DER)


@pytest.fixture
def revoked_list(pki):
    return [(pki.revoked.cert.serial_number, pki.revoked_at, x509.ReasonFlags.key_compromise)]


# -- sans-I/O checks ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("pem", [False, True])
def test_fresh_crl_is_verified_and_searched_by_serial(pki, revoked_list, pem):
    now = dt.datetime.now(dt.UTC)
    c = crl_mod.verify(make_crl(pki.ca, revoked_list, pem=pem), [pki.ca.cert], now=now, clock_skew=SKEW)
    hit = c.lookup(pki.revoked.cert.serial_number)
    assert hit is not None
    assert hit.revoked_at == pki.revoked_at
    assert hit.reason == "key_compromise"
    assert c.lookup(pki.good.cert.serial_number) is None
    assert c.is_current(now, SKEW)
    assert c.entries == 1
    assert c.issuer_key_id == crl_mod.key_id(pki.ca.cert)


def test_stale_crl_is_refused(pki):
    now = dt.datetime.now(dt.UTC)
    data = make_crl(pki.ca, this_update=now - dt.timedelta(days=3), next_update=now - dt.timedelta(days=2))
    with pytest.raises(CrlError) as e:
        crl_mod.verify(data, [pki.ca.cert], now=now, clock_skew=SKEW)
    assert e.value.reason == "crl_stale"


def test_crl_dated_in_the_future_is_refused(pki):
    now = dt.datetime.now(dt.UTC)
    data = make_crl(pki.ca, this_update=now + dt.timedelta(hours=2))
    with pytest.raises(CrlError) as e:
        crl_mod.verify(data, [pki.ca.cert], now=now, clock_skew=SKEW)
    assert e.value.reason == "crl_not_yet_valid"


def test_crl_signed_by_the_impostor_with_the_same_name_is_refused(pki, revoked_list):
    data = make_crl(pki.ca, revoked_list, signer=pki.impostor)
    with pytest.raises(CrlError) as e:
        crl_mod.verify(data, [pki.ca.cert], now=dt.datetime.now(dt.UTC), clock_skew=SKEW)
    assert e.value.reason == "crl_bad_signature"


def test_crl_whose_signature_was_tampered_with_is_refused(pki, revoked_list):
    data = bytearray(make_crl(pki.ca, revoked_list))
    data[-5] ^= 0x01
    with pytest.raises(CrlError) as e:
        crl_mod.verify(bytes(data), [pki.ca.cert], now=dt.datetime.now(dt.UTC), clock_skew=SKEW)
    assert e.value.reason in {"crl_bad_signature", "crl_malformed"}


def test_crl_of_another_ca_is_refused(pki):
    from hardware.sim.certs import make_ca

    other = make_ca(name=x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "Other CA")]))
    with pytest.raises(CrlError) as e:
        crl_mod.verify(make_crl(other), [pki.ca.cert], now=dt.datetime.now(dt.UTC), clock_skew=SKEW)
    assert e.value.reason == "crl_wrong_issuer"


def test_delta_crl_is_refused(pki):
    with pytest.raises(CrlError) as e:
        crl_mod.verify(make_crl(pki.ca, delta=True), [pki.ca.cert], now=dt.datetime.now(dt.UTC), clock_skew=SKEW)
    assert e.value.reason == "crl_scope_unsupported"


@pytest.mark.parametrize("data", [b"", b"garbage", b"-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n"])
def test_malformed_crl_is_refused(pki, data):
    with pytest.raises(CrlError) as e:
        crl_mod.verify(data, [pki.ca.cert], now=dt.datetime.now(dt.UTC), clock_skew=SKEW)
    assert e.value.reason == "crl_malformed"


def test_crl_with_a_duplicated_extension_is_malformed(pki):
    """A CRL that names its authority key twice (cryptography raises DuplicateExtension, no ValueError) is refused
    with a reason, signed by the right CA or not (found by ``python -m fuzz crl``)."""
    data = make_crl(pki.ca)
    _, s, _ = der.tlv(data, 0, len(data))
    _, tbs_start, tbs_end = der.tlv(data, s, len(data))
    pos, parts = tbs_start, []
    while pos < tbs_end:
        tag, _, stop = der.tlv(data, pos, tbs_end)
        if tag == 0xA0:  # [0] crlExtensions: SEQUENCE OF Extension, each of them twice
            _, seq_start, seq_end = der.tlv(data, data.index(b"\x30", pos + 1), stop)
            exts = data[seq_start:seq_end]
            parts.append(der.encode(0xA0, der.encode(der.SEQUENCE, exts + exts)))
        else:
            parts.append(data[pos:stop])
        pos = stop
    tbs = der.encode(der.SEQUENCE, b"".join(parts))
    algorithm = data[tbs_end : der.tlv(data, tbs_end, len(data))[2]]
    signature = pki.ca.key.sign(tbs, padding.PKCS1v15(), hashes.SHA256())
    doubled = der.encode(der.SEQUENCE, tbs + algorithm + der.encode(der.BIT_STRING, b"\x00" + signature))
    with pytest.raises(CrlError) as e:
        crl_mod.verify(doubled, [pki.ca.cert], now=dt.datetime.now(dt.UTC), clock_skew=SKEW)
    assert e.value.reason == "crl_malformed"


# -- the store ---------------------------------------------------------------------------------------------------
def test_store_keeps_the_crl_per_issuer_key_and_refuses_rollback(tmp_path, pki, revoked_list):
    now = dt.datetime.now(dt.UTC)
    store = CrlStore(tmp_path / "crl", [pki.ca.cert])
    store.put(make_crl(pki.ca, revoked_list, number=5), now=now, clock_skew=SKEW)
    again = CrlStore(tmp_path / "crl", [pki.ca.cert]).get(pki.ca.cert)  # a fresh process reads it back
    assert again is not None and again.number == 5
    assert again.lookup(pki.revoked.cert.serial_number) is not None
    assert store.get(pki.impostor.cert) is None  # same name, other key: not its CRL
    with pytest.raises(CrlError) as e:
        store.put(make_crl(pki.ca, number=4), now=now, clock_skew=SKEW)
    assert e.value.reason == "crl_older"
    assert store.get(pki.ca.cert).number == 5
    store.put(make_crl(pki.ca, number=6), now=now, clock_skew=SKEW)
    assert store.get(pki.ca.cert).lookup(pki.revoked.cert.serial_number) is None


def test_store_ignores_a_file_replaced_behind_its_back(tmp_path, pki, revoked_list):
    now = dt.datetime.now(dt.UTC)
    store = CrlStore(tmp_path / "crl", [pki.ca.cert])
    store.put(make_crl(pki.ca, revoked_list), now=now, clock_skew=SKEW)
    path = store.path_for(crl_mod.key_id(pki.ca.cert))
    path.write_bytes(make_crl(pki.ca, signer=pki.impostor, number=99))
    assert CrlStore(tmp_path / "crl", [pki.ca.cert]).get(pki.ca.cert) is None


def test_full_disk_keeps_the_old_crl(tmp_path, pki, revoked_list):
    now = dt.datetime.now(dt.UTC)
    store = CrlStore(tmp_path / "crl", [pki.ca.cert])
    store.put(make_crl(pki.ca, revoked_list, number=1), now=now, clock_skew=SKEW)
    big = make_crl(pki.ca, [(n, now, None) for n in range(1000, 1400)], number=2)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))  # writes beyond 4 KiB fail like a full disk
    try:
        with pytest.raises(StoreError) as e:
            store.put(big, now=now, clock_skew=SKEW)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert e.value.reason == "crl_store_failed"
    kept = CrlStore(tmp_path / "crl", [pki.ca.cert]).get(pki.ca.cert)
    assert kept is not None and kept.number == 1
    assert not list((tmp_path / "crl").glob("*.tmp"))


# -- the client in CRL modes -------------------------------------------------------------------------------------
def test_crl_mode_fetches_over_http_and_decides(pki, client_factory, servers, revoked_list):
    srv = servers["static"](make_crl(pki.ca, revoked_list), "application/pkix-crl")
    c = client_factory(mode="crl", crl_url=srv.url)
    good = c.check_detail(pki.good.cert, pki.ca.cert)
    assert (good.verdict.allow, good.verdict.reason, good.evidence.online) == (True, "crl_good", True)
    bad = c.check_detail(pki.revoked.cert, pki.ca.cert)
    assert (bad.verdict.allow, bad.verdict.status, bad.verdict.reason) == (False, Status.REVOKED, "cert_revoked")
    assert bad.evidence.revocation_reason == "key_compromise"
    assert bad.evidence.revocation_time == pki.revoked_at
    assert srv.hits == 1  # fetched once, then used from the store until crl_refresh_s


def test_crl_mode_offline_uses_the_stored_crl_only_when_allowed_and_young(
    pki, tmp_path, client_factory, servers, closed_port_url
):
    now = dt.datetime.now(dt.UTC)
    store = CrlStore(tmp_path / "crl", [pki.ca.cert])
    store.put(
        make_crl(pki.ca, this_update=now - dt.timedelta(hours=30), next_update=now + dt.timedelta(days=6)),
        now=now,
        clock_skew=SKEW,
    )
    # no crl_url: a technician imports CRLs; this is the bookmobile
    strict = client_factory(mode="crl")
    assert strict.check(pki.good.cert, pki.ca.cert).reason == "offline_not_allowed"
    young_enough = client_factory(mode="crl", offline_acceptance=True, offline_max_crl_age_s=2 * 86400)
    v = young_enough.check(pki.good.cert, pki.ca.cert)
    assert (v.allow, v.reason) == (True, "offline_crl_good")
    too_old = client_factory(mode="crl", offline_acceptance=True, offline_max_crl_age_s=86400)
    assert too_old.check(pki.good.cert, pki.ca.cert).reason == "crl_too_old"
    # with a crl_url that cannot be reached, the same offline rules apply
    down = client_factory(mode="crl", crl_url=closed_port_url, offline_acceptance=True, offline_max_crl_age_s=86400)
    assert down.check(pki.good.cert, pki.ca.cert).reason == "crl_too_old"


def test_revoked_in_an_old_crl_is_still_refused(pki, tmp_path, client_factory, revoked_list):
    now = dt.datetime.now(dt.UTC)
    store = CrlStore(tmp_path / "crl", [pki.ca.cert])
    store.put(
        make_crl(pki.ca, revoked_list, this_update=now - dt.timedelta(days=5), next_update=now + dt.timedelta(hours=1)),
        now=now,
        clock_skew=SKEW,
    )
    c = client_factory(mode="crl", offline_acceptance=True, offline_max_crl_age_s=3600)
    assert c.check(pki.revoked.cert, pki.ca.cert).reason == "cert_revoked"


def test_crl_mode_without_any_crl_refuses(pki, client_factory, closed_port_url):
    assert client_factory(mode="crl", offline_acceptance=True).check(pki.good.cert, pki.ca.cert).reason == "crl_missing"
    c = client_factory(mode="crl", crl_url=closed_port_url, offline_acceptance=True)
    assert c.check(pki.good.cert, pki.ca.cert).reason == "crl_missing"


def test_served_crl_that_is_stale_or_wrongly_signed_is_not_stored(pki, client_factory, servers):
    now = dt.datetime.now(dt.UTC)
    stale = servers["static"](
        make_crl(pki.ca, this_update=now - dt.timedelta(days=3), next_update=now - dt.timedelta(days=2)),
        "application/pkix-crl",
    )
    c = client_factory(mode="crl", crl_url=stale.url, offline_acceptance=True)
    assert c.check(pki.good.cert, pki.ca.cert).reason == "crl_missing"
    forged = servers["static"](make_crl(pki.ca, signer=pki.impostor), "application/pkix-crl")
    c2 = client_factory(mode="crl", crl_url=forged.url, offline_acceptance=True)
    assert c2.check(pki.good.cert, pki.ca.cert).reason == "crl_missing"
    assert c2.store.get(pki.ca.cert) is None


def test_stored_crl_past_next_update_online_is_refused_as_stale(pki, tmp_path, client_factory, servers):
    now = dt.datetime.now(dt.UTC)
    # the server keeps publishing the same CRL, now past its nextUpdate: the kiosk is online but the list is stale
    srv = servers["static"](
        make_crl(pki.ca, this_update=now - dt.timedelta(hours=3), next_update=now + dt.timedelta(hours=1)),
        "application/pkix-crl",
    )
    later = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)  # noqa: E731
    c = client_factory(mode="crl", crl_url=srv.url)
    assert c.check(pki.good.cert, pki.ca.cert).reason == "crl_good"
    c2 = client_factory(mode="crl", crl_url=srv.url, clock=later)
    v = c2.check(pki.good.cert, pki.ca.cert)
    assert (v.allow, v.reason) == (False, "crl_stale")
    # offline acceptance does not apply: the kiosk is online, the published list is stale
    c3 = client_factory(mode="crl", crl_url=srv.url, clock=later, offline_acceptance=True)
    assert c3.check(pki.good.cert, pki.ca.cert).reason == "crl_stale"


def test_ocsp_plus_crl_falls_back_only_when_the_responder_is_unreachable(
    pki, responder_factory, tmp_path, client_factory, closed_port_url, revoked_list
):
    now = dt.datetime.now(dt.UTC)
    CrlStore(tmp_path / "crl", [pki.ca.cert]).put(make_crl(pki.ca, revoked_list), now=now, clock_skew=SKEW)
    down = client_factory(mode="ocsp+crl", ocsp_url=closed_port_url, offline_acceptance=True)
    r = down.check_detail(pki.good.cert, pki.ca.cert)
    assert (r.verdict.allow, r.verdict.reason, r.evidence.source) == (True, "offline_crl_good", "crl")
    assert down.check(pki.revoked.cert, pki.ca.cert).reason == "cert_revoked"
    # a forged answer is not "offline": no fallback
    forged = responder_factory(pki.ca, pki.impostor, pki.entries())
    c = client_factory(mode="ocsp+crl", ocsp_url=forged.url, offline_acceptance=True)
    assert c.check(pki.good.cert, pki.ca.cert).reason == "ocsp_bad_signature"
    # without offline acceptance, the fallback refuses
    strict = client_factory(mode="ocsp+crl", ocsp_url=closed_port_url)
    assert strict.check(pki.good.cert, pki.ca.cert).reason == "offline_not_allowed"


def test_two_cas_with_one_name_keep_their_own_crls(tmp_path, pki):
    # the 2015 and 2023 JPKI CAs share a name: each CRL is filed and found by the CA's key
    now = dt.datetime.now(dt.UTC)
    store = CrlStore(tmp_path / "crl", [pki.ca.cert, pki.impostor.cert])
    store.put(make_crl(pki.ca, [(111, now, None)]), now=now, clock_skew=SKEW)
    store.put(make_crl(pki.impostor, [(222, now, None)]), now=now, clock_skew=SKEW)
    assert store.get(pki.ca.cert).lookup(111) and not store.get(pki.ca.cert).lookup(222)
    assert store.get(pki.impostor.cert).lookup(222) and not store.get(pki.impostor.cert).lookup(111)
    assert len(store.all()) == 2
