"""The virtual My Number Cards of the demo: one folder with a demo JPKI CA and a named set of cards.

The demo control panel places these on the virtual reader; each shows one branch of the patron flow. The PKI is
kept in the folder (keys with mode 0600), so the trust anchors and the links stay the same across demo runs. Demo
and tests only: nothing here is used on a real kiosk.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

import safefile
from hardware.sim import certs
from hardware.sim.jpki_card import JpkiCardModel

#: name → (what it shows, the demo library's patron it is linked to or None, PIN tries left). A patron has one
#: linked card, so the cards refused before the link lookup (locked PIN, revoked, expired) are linked to nobody.
CARDS: dict[str, tuple[str, str | None, int]] = {
    "ok": ("linked card, PIN 1234", "10000001", 3),
    "last_try": ("linked card with one PIN try left (warning); its patron has holds ready", "10000005", 1),
    "blocked_patron": ("linked card of a patron the library has blocked", "10000002", 3),
    "blocked_pin": ("card whose PIN is locked (city office)", None, 0),
    "unlinked": ("card not linked to a patron (counter)", None, 3),
    "revoked": ("card whose certificate is revoked", None, 3),
    "expired": ("card whose certificate has expired", None, 3),
}

PIN = "1234"


@dataclass
class DemoCard:
    name: str
    description: str
    patron: str | None
    issued: certs.Issued
    tries: int

    def model(self, ca: certs.Issued) -> JpkiCardModel:
        return JpkiCardModel(
            cert_der=self.issued.der, key=self.issued.key, ca_der=ca.der, pin=PIN, tries_left=self.tries
        )


@dataclass
class DemoCardSet:
    folder: Path
    ca: certs.Issued
    cards: dict[str, DemoCard]

    @property
    def anchor_path(self) -> Path:
        return self.folder / "jpki-auth-ca.pem"

    @property
    def revoked_serials(self) -> set[int]:
        return {self.cards["revoked"].issued.cert.serial_number}

    def model(self, name: str) -> JpkiCardModel:
        return self.cards[name].model(self.ca)


def _save(issued: certs.Issued, folder: Path, stem: str) -> None:
    (folder / f"{stem}.pem").write_bytes(issued.pem)
    safefile.write(folder / f"{stem}.key", issued.key_pem())  # 0600 from the start, never readable by others


def _load(folder: Path, stem: str) -> certs.Issued:
    cert = x509.load_pem_x509_certificate((folder / f"{stem}.pem").read_bytes())
    key = serialization.load_pem_private_key((folder / f"{stem}.key").read_bytes(), password=None)
    return certs.Issued(cert, key)  # type: ignore[arg-type]


def load_or_create(folder: str | Path) -> DemoCardSet:
    """The demo card set in ``folder``, made on first use. Certificates that have expired since are made anew."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    manifest = folder / "cards.json"
    now = dt.datetime.now(dt.UTC)
    if manifest.exists():
        try:
            ca = _load(folder, "jpki-auth-ca")
            cards = {
                name: DemoCard(name, CARDS[name][0], CARDS[name][1], _load(folder, f"card-{name}"), CARDS[name][2])
                for name in json.loads(manifest.read_text())["cards"]
                if name in CARDS
            }
            fresh = ca.cert.not_valid_after_utc > now + dt.timedelta(days=30) and all(
                c.issued.cert.not_valid_after_utc > now for n, c in cards.items() if n != "expired"
            )
            if fresh and set(cards) == set(CARDS):
                return DemoCardSet(folder, ca, cards)
        except (OSError, ValueError, KeyError):
            pass  # a damaged demo folder is made anew
    ca = certs.make_ca()
    _save(ca, folder, "jpki-auth-ca")
    cards = {}
    for name, (desc, patron, tries) in CARDS.items():
        if name == "expired":
            issued = certs.make_user_cert(
                ca, not_before=now - dt.timedelta(days=1900), not_after=now - dt.timedelta(days=2)
            )
        else:
            issued = certs.make_user_cert(ca)
        _save(issued, folder, f"card-{name}")
        cards[name] = DemoCard(name, desc, patron, issued, tries)
    manifest.write_text(json.dumps({"cards": list(CARDS)}, indent=2))
    return DemoCardSet(folder, ca, cards)
