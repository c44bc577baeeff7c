"""A CRL of JPKI size: the user-authentication CA lists every certificate of every lost, returned or renewed card
until it expires, so hundreds of thousands of entries. Import (signature, store), lookup and the offline policy
must work with it; the index must stay small."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest
from cryptography import x509
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.sim.certs import make_ca
from kiosk.validation import crl as crl_mod
from kiosk.validation import der
from kiosk.validation.errors import CrlError
from kiosk.validation.sim import build_crl
from kiosk.validation.store import CrlStore

SIZE = 300_000
SKEW = dt.timedelta(minutes=5)
REASONS = [None, 1, 4, 5, None, 0, 3]  # unspecified, key compromise, superseded, cessation, affiliation changed


@dataclass(frozen=True)
class BigCrl:
    der: bytes
    serials: list[int]
    this_update: dt.datetime


@pytest.fixture(scope="session")
def big_crl(pki) -> BigCrl:
    """300,001 entries with 32-bit serials (as JPKI's), the suite's revoked certificate among them; built once."""
    rnd = random.Random(20261121)
    serials = rnd.sample(range(1, 2**32), SIZE)
    entries = [(s, REASONS[i % len(REASONS)]) for i, s in enumerate(serials)]
    entries.insert(SIZE // 2, (pki.revoked.cert.serial_number, 1))
    this_update = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(minutes=10)
    data = build_crl(
        pki.ca.cert,
        pki.ca.key,
        entries,
        revoked_at=pki.revoked_at,
        this_update=this_update,
        next_update=this_update + dt.timedelta(days=1),
        number=42,
    )
    return BigCrl(data, serials, this_update)


def _absent(serials: list[int], n: int) -> list[int]:
    have = set(serials)
    rnd = random.Random(5)
    out: list[int] = []
    while len(out) < n:
        s = rnd.randrange(1, 2**32)
        if s not in have:
            out.append(s)
    return out


def test_large_crl_is_imported_stored_and_searched(tmp_path, pki, big_crl):
    now = dt.datetime.now(dt.UTC)
    stored = CrlStore(tmp_path / "crl", [pki.ca.cert]).put(big_crl.der, now=now, clock_skew=SKEW)
    assert stored.entries == SIZE + 1 and stored.number == 42
    c = CrlStore(tmp_path / "crl", [pki.ca.cert]).get(pki.ca.cert)  # another process reads it back
    assert c is not None and c.entries == SIZE + 1
    hit = c.lookup(pki.revoked.cert.serial_number)
    assert hit == crl_mod.Revocation(pki.revoked_at, "key_compromise")
    assert c.lookup(pki.good.cert.serial_number) is None
    rnd = random.Random(3)
    for i in rnd.sample(range(SIZE), 300):
        r = c.lookup(big_crl.serials[i])
        assert r is not None and r.revoked_at == pki.revoked_at
        want = REASONS[i % len(REASONS)]
        assert r.reason == (der.REASON_NAMES[want] if want is not None else None)
    for s in _absent(big_crl.serials, 300) + [0, -1, 2**32, 2**64, 2**159]:
        assert c.lookup(s) is None
    # what cryptography itself reads from the same list (a linear scan there, so a few only)
    ref = x509.load_der_x509_crl(big_crl.der)
    for s in big_crl.serials[:3] + big_crl.serials[-3:]:
        rc = ref.get_revoked_certificate_by_serial_number(s)
        assert c.lookup(s).revoked_at == rc.revocation_date_utc


def test_large_crl_index_stays_small(pki, big_crl):
    c = crl_mod.verify(big_crl.der, [pki.ca.cert], now=dt.datetime.now(dt.UTC), clock_skew=SKEW)
    # 8 bytes of serial and 4 of offset an entry (plus the arrays' growth room), not Python objects per entry
    # (an int alone is 32 bytes, and a dict slot more)
    assert c.index_bytes <= 13 * c.entries


def test_large_crl_drives_the_policy_online_and_offline(pki, tmp_path, client_factory, servers, big_crl):
    srv = servers["static"](big_crl.der, "application/pkix-crl")
    online = client_factory(mode="crl", crl_url=srv.url)
    assert online.check(pki.good.cert, pki.ca.cert).reason == "crl_good"
    assert online.check(pki.revoked.cert, pki.ca.cert).reason == "cert_revoked"
    assert srv.hits == 1
    # the bookmobile: no network, the list fetched above is 10 minutes old
    young = client_factory(mode="crl", offline_acceptance=True, offline_max_crl_age_s=3600)
    assert young.check(pki.good.cert, pki.ca.cert).reason == "offline_crl_good"
    r = young.check_detail(pki.revoked.cert, pki.ca.cert)
    assert (r.verdict.allow, r.verdict.reason, r.evidence.revocation_reason) == (
        False,
        "cert_revoked",
        "key_compromise",
    )
    too_old = client_factory(mode="crl", offline_acceptance=True, offline_max_crl_age_s=60)
    assert too_old.check(pki.good.cert, pki.ca.cert).reason == "crl_too_old"
    assert too_old.check(pki.revoked.cert, pki.ca.cert).reason == "cert_revoked"


def test_large_crl_with_one_entry_changed_is_refused(pki, big_crl):
    data = bytearray(big_crl.der)
    i = bytes(data).index(der.integer(big_crl.serials[SIZE // 3]))
    data[i + 4] ^= 0x01  # a serial byte deep inside the list: same structure, other content
    with pytest.raises(CrlError) as e:
        crl_mod.verify(bytes(data), [pki.ca.cert], now=dt.datetime.now(dt.UTC), clock_skew=SKEW)
    assert e.value.reason == "crl_bad_signature"


@pytest.fixture(scope="module")
def small_ca():
    return make_ca()


@settings(max_examples=40, deadline=None)
@given(
    serials=st.lists(st.integers(-(2**70), 2**159), max_size=40, unique=True),
    probes=st.lists(st.integers(-(2**70), 2**159), max_size=10),
    reasons=st.lists(st.sampled_from([None, *der.REASON_NAMES]), min_size=1, max_size=5),
)
def test_index_finds_exactly_the_listed_serials(small_ca, serials, probes, reasons):
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    entries = [(s, reasons[i % len(reasons)]) for i, s in enumerate(serials)]
    data = build_crl(
        small_ca.cert, small_ca.key, entries, revoked_at=now, this_update=now, next_update=now + dt.timedelta(days=1)
    )
    c = crl_mod.verify(data, [small_ca.cert], now=now, clock_skew=SKEW)
    ref = x509.load_der_x509_crl(data)
    assert c.entries == len(serials)
    for serial, reason in entries:
        got = c.lookup(serial)
        assert got is not None and got.revoked_at == now
        assert got.reason == (der.REASON_NAMES[reason] if reason is not None else None)
        if serial >= 0:  # what cryptography reads (it looks up non-negative serials only)
            rc = ref.get_revoked_certificate_by_serial_number(serial)
            assert rc.revocation_date_utc == now
            assert (
                rc.extensions.get_extension_for_class(x509.CRLReason).value.reason.name if reason is not None else None
            ) == got.reason
    for p in probes:
        assert (c.lookup(p) is not None) == (p in set(serials))
