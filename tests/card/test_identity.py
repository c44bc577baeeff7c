"""Authentication and the link table, with the card model answering directly and a real SQLite file."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat

import pytest

from hardware.sim import certs
from hardware.sim.jpki_card import Variant
from hardware.smartcard.card import JpkiCard
from kiosk.identity import trust
from kiosk.identity.authenticate import Authenticator
from kiosk.identity.linktable import LinkTable, compute_link_key, load_or_create_key
from kiosk.identity.revocation import RefuseAll

from .conftest import AllowGood, direct, model_for


@pytest.fixture
def checker():
    return AllowGood()


@pytest.fixture
def auth(pki, links, checker):
    return Authenticator([pki.ca.cert, pki.old_ca.cert], checker, links, kiosk_id="k1", library_system="main")


def link_user(auth, links, issued, patron="10000001"):
    key = links.link_key(trust.ski(auth.anchors[0]), issued.cert.serial_number)
    links.link(key, "main", patron, issued.cert.not_valid_after_utc)
    return key


def run(auth, model, pin="1234"):
    card = JpkiCard(direct(model))
    insp = auth.inspect(card)
    if insp.result.reason != "pin_needed":
        return insp.result
    return auth.finish(card, insp, pin)


def test_happy_path_gives_the_patron_number(auth, links, pki, checker, model):
    link_user(auth, links, pki.user)
    r = run(auth, model)
    assert r.ok and r.reason == "ok"
    assert r.patron_number == "10000001" and r.library_system == "main"
    assert checker.asked == 1
    assert model.verify_with_data == 1


def test_unlinked_card(auth, model):
    r = run(auth, model)
    assert not r.ok and r.reason == "not_linked" and r.link_key


def test_wrong_pin_reports_tries_and_never_retries(auth, links, pki, model):
    link_user(auth, links, pki.user)
    r = run(auth, model, pin="0000")
    assert (r.ok, r.reason, r.tries_left, r.last_try) == (False, "pin_wrong", 2, False)
    assert model.verify_with_data == 1
    r = run(auth, model, pin="0000")
    assert (r.reason, r.tries_left, r.last_try) == ("pin_wrong", 1, True)
    # the next tap: the warning comes before the pad opens, and no try was spent reading it
    card = JpkiCard(direct(model))
    insp = auth.inspect(card)
    assert insp.result.reason == "pin_needed" and insp.result.last_try and insp.result.tries_left == 1
    assert model.verify_with_data == 2
    r = auth.finish(card, insp, "0000")
    assert r.reason == "pin_blocked" and r.tries_left == 0
    assert run(auth, model).reason == "pin_blocked"
    assert model.verify_with_data == 3


def test_revoked_certificate_is_refused_after_the_signature(auth, links, pki, checker, model):
    link_user(auth, links, pki.user)
    checker.revoked.add(pki.user.cert.serial_number)
    r = run(auth, model)
    assert not r.ok and r.reason == "cert_revoked" and r.message


def test_default_checker_fails_closed(pki, links, model):
    auth = Authenticator([pki.ca.cert], RefuseAll(), links, kiosk_id="k1", library_system="main")
    link_user(auth, links, pki.user)
    r = run(auth, model)
    assert not r.ok and r.reason == "validation_not_configured"


def test_raising_checker_fails_closed(pki, links, model):
    class Broken:
        def check(self, cert, issuer):
            raise RuntimeError("boom")

    auth = Authenticator([pki.ca.cert], Broken(), links, kiosk_id="k1", library_system="main")
    link_user(auth, links, pki.user)
    assert run(auth, model).reason == "validation_error"


def test_certificate_from_an_impostor_ca_with_the_same_name(auth, pki, foreign_user):
    assert foreign_user.cert.issuer == pki.ca.cert.subject
    r = run(auth, model_for(foreign_user, pki.impostor_ca))
    assert r.reason == "cert_untrusted"


def test_expired_certificate(auth, pki, expired_user):
    assert run(auth, model_for(expired_user, pki.ca)).reason == "cert_expired"


def test_expired_ca(pki, links):
    user = certs.make_user_cert(pki.old_ca, not_before=pki.old_ca.cert.not_valid_before_utc)
    auth = Authenticator([pki.old_ca.cert], AllowGood(), links, kiosk_id="k1", library_system="main")
    assert run(auth, model_for(user, pki.old_ca)).reason in ("cert_expired", "ca_expired")


def test_garbage_signature_is_refused(auth, links, pki):
    link_user(auth, links, pki.user)
    m = model_for(pki.user, pki.ca, variant=Variant.ANY_PIN_GARBAGE_SIGNATURE)
    assert run(auth, m, pin="9999").reason == "signature_invalid"


@pytest.mark.parametrize(
    "variant, reason",
    [(Variant.HUGE_CERT, "cert_too_large"), (Variant.BROKEN_DER, "cert_malformed"), (Variant.NO_JPKI, "not_jpki")],
)
def test_hostile_cards(auth, pki, variant, reason):
    m = model_for(pki.user, pki.ca, variant=variant)
    assert run(auth, m).reason == reason
    assert m.verify_with_data == 0


def test_a_signature_over_another_challenge_does_not_verify(pki):
    c1 = trust.Challenge.new("k1")
    c2 = trust.Challenge.new("k1")
    assert c1.to_bytes() != c2.to_bytes()
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    sig = pki.user.key.sign(c1.to_bytes(), padding.PKCS1v15(), hashes.SHA256())
    trust.verify_challenge(pki.user.cert, c1, sig)
    with pytest.raises(trust.TrustError):
        trust.verify_challenge(pki.user.cert, c2, sig)


def test_smartphone_token_when_accepted_reads_the_certificate_after_the_pin(auth, links, pki):
    link_user(auth, links, pki.user)
    m = model_for(pki.user, pki.ca, token="JPKIAPGPSETOKEN")
    card = JpkiCard(direct(m), accept_smartphone=True)
    insp = auth.inspect(card)
    assert insp.result.reason == "pin_needed" and insp.cert is None
    assert auth.finish(card, insp, "1234").ok


# ------------------------------------------------------------------ the link table


def test_link_table_holds_no_serial_and_no_patron_in_the_key(tmp_path, pki):
    db = tmp_path / "links.sqlite"
    with LinkTable.open(f"sqlite:///{db}", tmp_path / "link.key") as t:
        key = t.link_key(trust.ski(pki.ca.cert), pki.user.cert.serial_number)
        t.link(key, "main", "10000001", pki.user.cert.not_valid_after_utc)
    raw = (
        db.read_bytes() + (tmp_path / "links.sqlite-wal").read_bytes()
        if (tmp_path / "links.sqlite-wal").exists()
        else db.read_bytes()
    )
    serial = pki.user.cert.serial_number
    assert format(serial, "x").encode() not in raw.lower()
    assert serial.to_bytes(4, "big") not in raw
    assert str(serial).encode() not in raw
    rows = sqlite3.connect(db).execute("select * from card_links").fetchall()
    assert rows[0][0] == key and len(key) == 64


def test_link_key_depends_on_secret_issuer_and_serial():
    a = compute_link_key(b"k" * 32, b"\x01" * 20, 0x0705D990)
    assert a != compute_link_key(b"j" * 32, b"\x01" * 20, 0x0705D990)
    assert a != compute_link_key(b"k" * 32, b"\x02" * 20, 0x0705D990)
    assert a != compute_link_key(b"k" * 32, b"\x01" * 20, 0x0705D991)


def test_key_file_is_made_private_and_reused(tmp_path):
    k1 = load_or_create_key(tmp_path / "sub" / "link.key")
    assert stat.S_IMODE(os.stat(tmp_path / "sub" / "link.key").st_mode) == 0o600
    assert load_or_create_key(tmp_path / "sub" / "link.key") == k1


def test_key_file_readable_by_others_is_refused(tmp_path):
    from kiosk.identity.linktable import LinkError

    p = tmp_path / "link.key"
    load_or_create_key(p)
    p.chmod(0o644)
    with pytest.raises(LinkError, match="chmod 600"):
        load_or_create_key(p)


def test_relink_after_renewal_replaces_the_old_certificate(links, pki):
    old = links.link_key(b"a" * 20, 1)
    new = links.link_key(b"a" * 20, 2)
    exp = dt.datetime.now(dt.UTC) + dt.timedelta(days=100)
    links.link(old, "main", "10000001", exp)
    links.link(new, "main", "10000001", exp)
    assert links.lookup(old) is None
    assert links.lookup(new).patron_number == "10000001"
    assert links.count("main") == 1


def test_regional_table_keeps_library_systems_apart(links):
    exp = dt.datetime.now(dt.UTC) + dt.timedelta(days=100)
    k1, k2 = links.link_key(b"a" * 20, 1), links.link_key(b"a" * 20, 2)
    links.link(k1, "city-a", "1", exp)
    links.link(k2, "town-b", "1", exp)
    assert links.lookup(k1, "city-a").patron_number == "1"
    assert links.lookup(k1, "town-b") is None
    assert links.count() == 2 and links.count("city-a") == 1
    assert links.unlink_patron("city-a", "1") == 1
    assert links.lookup(k2, "town-b") is not None


def test_expired_links_are_purged(links):
    now = dt.datetime.now(dt.UTC)
    links.link(links.link_key(b"a" * 20, 1), "main", "1", now - dt.timedelta(days=1))
    links.link(links.link_key(b"a" * 20, 2), "main", "2", now + dt.timedelta(days=1))
    assert links.purge_expired(now) == 1
    assert links.count() == 1
