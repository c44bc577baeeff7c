"""Fixtures for the My Number Card tests: JPKI-shaped certificates and the virtual card on the real pcscd."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from hardware.sim import certs
from hardware.sim.jpki_card import JpkiCardModel, VirtualCard
from hardware.smartcard.jpki import Response
from kiosk import config
from kiosk.identity import trust
from kiosk.identity.authenticate import Authenticator
from kiosk.identity.linktable import LinkTable
from kiosk.identity.revocation import Status, Verdict
from kiosk_app.build import build_authenticator, open_links

READER = os.environ.get("KIOSK_TEST_READER", "Virtual PCD 00 00")


@pytest.fixture(scope="session")
def pki() -> certs.DemoPki:
    return certs.make_demo_pki()


@pytest.fixture(scope="session")
def expired_user(pki: certs.DemoPki) -> certs.Issued:
    now = dt.datetime.now(dt.UTC)
    return certs.make_user_cert(pki.ca, not_before=now - dt.timedelta(days=2000), not_after=now - dt.timedelta(days=3))


@pytest.fixture(scope="session")
def foreign_user(pki: certs.DemoPki) -> certs.Issued:
    """Issued by an impostor CA with the real JPKI name but another key."""
    return certs.make_user_cert(pki.impostor_ca)


def model_for(issued: certs.Issued, ca: certs.Issued, **kw) -> JpkiCardModel:
    return JpkiCardModel(cert_der=issued.der, key=issued.key, ca_der=ca.der, **kw)


@pytest.fixture
def links(tmp_path) -> Iterator[LinkTable]:
    """A link table in a real SQLite file."""
    t = LinkTable.open(f"sqlite:///{tmp_path / 'links.sqlite'}", tmp_path / "link.key")
    yield t
    t.close()


@pytest.fixture
def model(pki: certs.DemoPki) -> JpkiCardModel:
    return model_for(pki.user, pki.ca)


def direct(model: JpkiCardModel) -> Callable[[bytes], Response]:
    """Transmit straight to the model (no reader), for the sans-I/O tests."""
    return lambda apdu: Response.parse(model.execute(apdu))


class AllowGood:
    """Stands in for the LGWAN validation service in tests of authentication itself: answers good for every
    certificate except the serials in ``revoked``."""

    def __init__(self) -> None:
        self.revoked: set[int] = set()
        self.asked = 0

    def check(self, cert, issuer) -> Verdict:
        self.asked += 1
        if cert.serial_number in self.revoked:
            return Verdict(False, Status.REVOKED, "cert_revoked", "この証明書は失効しています。")
        return Verdict(True, Status.GOOD, "ok")


def kiosk_config(tmp_path: Path, pki: certs.DemoPki, reader: str, **card: object) -> config.Config:
    """The kiosk's configuration for a card test: this reader, today's CA as the anchor, data under ``tmp_path``;
    ``card`` adds [card] keys."""
    paths = pki.write(tmp_path / "pki")
    return config.from_dict(
        {
            "kiosk": {"data_dir": str(tmp_path / "data")},
            "card": {"reader": reader, **card},
            "identity": {"trust_anchors": [str(paths["ca"])]},
        }
    )


@contextmanager
def linked_authenticator(cfg: config.Config, pki: certs.DemoPki) -> Iterator[Authenticator]:
    """The kiosk's authenticator for ``cfg``, the test user's card linked to patron 10000001, every certificate good."""
    links = open_links(cfg)
    links.link(
        links.link_key(trust.ski(pki.ca.cert), pki.user.cert.serial_number),
        "main",
        "10000001",
        pki.user.cert.not_valid_after_utc,
    )
    try:
        yield build_authenticator(cfg, links, AllowGood())
    finally:
        links.close()


def kiosk_toml(tmp_path: Path, pki: certs.DemoPki, reader: str, *, card: str = "", more: str = "",
               old_ca: bool = False) -> Path:  # fmt: skip
    """The same configuration as a file for the command line: ``card`` adds lines to [card], ``more`` adds sections,
    ``old_ca`` adds the expired CA as a second anchor."""
    paths = pki.write(tmp_path / "pki")
    anchors = [str(paths["ca"])] + ([str(paths["old_ca"])] if old_ca else [])
    p = tmp_path / "kiosk.toml"
    p.write_text(
        f'[kiosk]\ndata_dir = "{tmp_path / "data"}"\n'
        f'[card]\nreader = "{reader}"\n{card}'
        f"[identity]\ntrust_anchors = {anchors!r}\n".replace("'", '"')
        + more,
        encoding="utf-8",
    )
    return p


def run_kiosk(args: list[str], cfg_path: Path, stdin: str = "", timeout: float = 60) -> subprocess.CompletedProcess:
    """The ``kiosk`` command line in a process of its own, as a technician runs it."""
    return subprocess.run(
        [sys.executable, "-m", "kiosk_app", "--config", str(cfg_path), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def wait_present(reader: str, present: bool, timeout: float = 15.0) -> None:
    from hardware.smartcard.pcsc import card_present

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if card_present(reader) == present:
            return
        time.sleep(0.05)
    raise AssertionError(f"pcscd did not see the card {'arrive' if present else 'leave'} on {reader!r}")


@pytest.fixture(scope="session")
def pcscd() -> str:
    from hardware.smartcard.pcsc import list_readers

    readers = list_readers()
    if READER not in readers:
        pytest.fail(f"pcscd with the vpcd driver must be running (readers: {readers}); run the README test command")
    return READER


@pytest.fixture
def insert(pcscd: str) -> Iterator[Callable[..., VirtualCard]]:
    """``insert(model, **VirtualCard options)`` puts a virtual card on the reader until the test ends."""
    cards: list[VirtualCard] = []

    def _insert(m: JpkiCardModel, **kw) -> VirtualCard:
        card = VirtualCard(m, **kw)
        card.insert()
        cards.append(card)
        wait_present(pcscd, True)
        return card

    yield _insert
    for c in cards:
        c.remove()
    wait_present(pcscd, False)
