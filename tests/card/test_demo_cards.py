"""The demo's virtual cards: persisted, and each one showing its branch of the authentication."""

from __future__ import annotations

import stat

import pytest

from hardware.sim import certs, demo_cards
from hardware.smartcard.card import JpkiCard
from kiosk.identity import trust
from kiosk.identity.authenticate import Authenticator
from kiosk.identity.linktable import LinkTable
from kiosk.identity.revocation import Status, Verdict
from kiosk_app.demo import link_demo_cards
from tests.filemodes import creation_modes

from .conftest import direct


class DemoRevocation:
    def __init__(self, revoked):
        self.revoked = revoked

    def check(self, cert, issuer):
        if cert.serial_number in self.revoked:
            return Verdict(False, Status.REVOKED, "cert_revoked", "")
        return Verdict(True, Status.GOOD, "ok")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_cards.load_or_create(tmp_path_factory.mktemp("demo"))


def test_the_set_is_kept_across_runs(demo):
    again = demo_cards.load_or_create(demo.folder)
    assert again.ca.cert == demo.ca.cert
    assert {n: c.issued.cert for n, c in again.cards.items()} == {n: c.issued.cert for n, c in demo.cards.items()}
    for key in demo.folder.glob("*.key"):
        assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_private_keys_are_never_readable_by_others_not_even_while_written(tmp_path, monkeypatch):
    """The demo card set's and the demo PKI's keys are made 0600 (an atomic write with that mode), never written
    0644 first and narrowed afterwards, whatever the umask."""
    with creation_modes(monkeypatch, tmp_path / "cards") as made:
        demo_cards.load_or_create(tmp_path / "cards")
    with creation_modes(monkeypatch, tmp_path / "pki") as made_pki:
        certs.make_demo_pki().write(tmp_path / "pki")
    keys = {name: mode for name, mode in {**made, **made_pki}.items() if ".key" in name or "-key" in name}
    assert len(keys) >= len(demo_cards.CARDS) + 2
    assert {name: oct(mode) for name, mode in keys.items() if mode & 0o077} == {}
    for folder in (tmp_path / "cards", tmp_path / "pki"):
        for key in [*folder.glob("*.key"), *folder.glob("*-key.pem")]:
            assert stat.S_IMODE(key.stat().st_mode) == 0o600
        assert not list(folder.glob(".*.tmp"))


def test_a_damaged_folder_is_made_anew(tmp_path):
    first = demo_cards.load_or_create(tmp_path)
    (tmp_path / "card-ok.pem").write_text("garbage")
    second = demo_cards.load_or_create(tmp_path)
    assert second.ca.cert != first.ca.cert


@pytest.mark.parametrize(
    "name, reason, patron",
    [
        ("ok", "ok", "10000001"),
        ("blocked_patron", "ok", "10000002"),
        ("unlinked", "not_linked", None),
        ("revoked", "cert_revoked", None),
        ("expired", "cert_expired", None),
        ("blocked_pin", "pin_blocked", None),
    ],
)
def test_each_card_shows_its_branch(demo, tmp_path, name, reason, patron):
    with LinkTable.open(f"sqlite:///{tmp_path / 'l.sqlite'}", tmp_path / "k") as links:
        assert link_demo_cards(demo, links, "main") == 3
        auth = Authenticator(
            [demo.ca.cert], DemoRevocation(demo.revoked_serials), links, kiosk_id="demo", library_system="main"
        )
        card = JpkiCard(direct(demo.model(name)))
        insp = auth.inspect(card)
        r = insp.result if insp.result.reason != "pin_needed" else auth.finish(card, insp, demo_cards.PIN)
    assert r.reason == reason and r.patron_number == patron


def test_last_try_card_warns_before_the_pad(demo, tmp_path):
    with LinkTable.open(f"sqlite:///{tmp_path / 'l.sqlite'}", tmp_path / "k") as links:
        auth = Authenticator([demo.ca.cert], DemoRevocation(set()), links, kiosk_id="demo", library_system="main")
        insp = auth.inspect(JpkiCard(direct(demo.model("last_try"))))
        assert insp.result.reason == "pin_needed" and insp.result.last_try
    assert trust.ski(demo.ca.cert) == trust.aki(demo.cards["ok"].issued.cert)
