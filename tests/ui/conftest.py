"""The whole kiosk application under pytest-qt (offscreen), with the virtual My Number Card on the real pcscd.

Real end to end: vpcd slot 1 ("Virtual PCD 00 01", port 35964) → pcscd → pyscard → the lead's card session →
the session machine → the screens; the demo library system over SIP2 on 127.0.0.1 (ephemeral port); the encrypted
offline journal in tmp_path; the validation client asking a real OCSP responder (openssl) on 127.0.0.1; the RFID
pad, barcode scanner and receipt printer simulators on pseudo-terminals, driven by the real drivers.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from hardware.sim import certs
from hardware.sim.devices import SimulatedDevices
from hardware.sim.jpki_card import JpkiCardModel, VirtualCard
from kiosk import config
from kiosk import session as s
from kiosk.identity import trust
from kiosk.maintenance import hash_passcode
from kiosk.sip2 import demo_data
from kiosk.sip2.demo import DemoLibrary
from kiosk_app.build import build_kiosk, open_links
from tests.waiting import device_ready

from .windows import settle


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp):
    """Qt allows one application object per process: the UI suite makes its QApplication first, whatever order its
    tests run in."""
    return qapp


READER = os.environ.get("KIOSK_UI_TEST_READER", "Virtual PCD 00 01")
PORT = int(os.environ.get("KIOSK_UI_TEST_VPCD_PORT", "35964"))
PATRON_NO = demo_data.PATRON_OK
PASSCODE = "97531864"
DUE = dt.date.today() + dt.timedelta(days=demo_data.LOAN_PERIOD_DAYS)


@pytest.fixture(scope="session")
def pki() -> certs.DemoPki:
    return certs.make_demo_pki()


@pytest.fixture(scope="session")
def passcode_hash() -> str:
    return hash_passcode(PASSCODE)


@pytest.fixture(scope="session")
def revoked_user(pki) -> certs.Issued:
    return certs.make_user_cert(pki.ca)


@pytest.fixture(scope="session")
def ocsp(pki, revoked_user, tmp_path_factory):
    """The validation service: a real OCSP responder (openssl ocsp on 127.0.0.1) for the test CA."""
    from kiosk.validation.sim import IndexEntry, OpensslOcspResponder

    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    entries = [
        IndexEntry(pki.user.cert.serial_number),
        IndexEntry(revoked_user.cert.serial_number, when, "keyCompromise"),
    ]
    r = OpensslOcspResponder(tmp_path_factory.mktemp("ocsp"), pki.ca.cert, pki.ca.cert, pki.ca.key, entries)
    r.start()
    yield r
    r.stop()


class Kiosk:
    """Everything a test touches: the window, the card, the stand-ins, and helpers to wait."""

    def __init__(self, qtbot, win, card_model, parts) -> None:
        self.qtbot = qtbot
        self.win = win
        self.model = card_model
        self.card: VirtualCard | None = None
        self.__dict__.update(parts)

    @property
    def view(self) -> s.View:
        return self.win.controller.view

    def put(self, *items: str, titles: bool = False) -> None:
        """Books on the simulated RFID pad (read by the real driver); ``titles``: their tags carry the title."""
        from hardware.rfid.model import ItemData

        for item in items:
            known = demo_data.ITEMS.get(item)
            self.devices.rfid.add_item(ItemData(item, title=known.title if titles and known else ""))

    def scan(self, code: str) -> None:
        """A scan on the simulated barcode scanner (read by the real driver), once the kiosk has opened it."""
        self.qtbot.waitUntil(lambda: device_ready(self.services, "scanner"), timeout=15000)
        self.devices.scanner.scan(code)

    def lent_on_pad(self) -> set[str]:
        """Items whose tags the kiosk switched to "lent"."""
        from hardware.rfid.iso28560_3 import decode

        out = set()
        for tag in self.devices.rfid.tags.values():
            if tag.afi == self.win.cfg.rfid.afi_lent:
                out.add(decode(bytes(tag.memory)).item_id)
        return out

    def receipts(self) -> list:
        return list(self.devices.printer.receipts)

    def wait_phase(self, phase: s.Phase, timeout: int = 20000) -> None:
        self.qtbot.waitUntil(lambda: self.view.phase is phase, timeout=timeout)

    def finish_with_receipt(self) -> str:
        """Touch "finish" on the items screen and "yes" on the receipt question; the printed receipt's text."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.mouseClick(self.win.by_phase[s.Phase.ITEMS].finish, Qt.MouseButton.LeftButton)
        self.wait_phase(s.Phase.RECEIPT)
        QTest.mouseClick(self.win.by_phase[s.Phase.RECEIPT].yes, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: len(self.receipts()) == 1, timeout=10000)
        return self.receipts()[0].text()

    def insert(self, model: JpkiCardModel | None = None) -> None:
        self.card = VirtualCard(model or self.model, port=PORT)
        self.card.insert()

    def remove(self) -> None:
        if self.card is not None:
            self.card.remove()
            self.card = None

    def type_pin(self, pin: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        for d in pin:
            QTest.keyClick(self.win, d)
        QTest.keyClick(self.win, Qt.Key.Key_Return)

    def type_pin_unless_refused(self, pin: str) -> None:
        """The PIN, if the kiosk asks for it: the card's revocation check starts with the reading, and when its
        answer comes first a revoked card is refused before the PIN pad shows."""
        self.qtbot.waitUntil(lambda: self.view.phase in (s.Phase.PIN, s.Phase.REFUSED), timeout=20000)
        if self.view.phase is s.Phase.PIN:
            self.type_pin(pin)


@pytest.fixture
def kiosk_factory(qtbot, tmp_path, pki, passcode_hash, ocsp) -> Iterator:
    made: list[Kiosk] = []

    def make(
        link: bool = True,
        ui: dict | None = None,
        offline: dict | None = None,
        maintenance: dict | None = None,
        validation: dict | None = None,
        metrics: dict | None = None,
        **sections: dict,
    ) -> Kiosk:
        from kiosk.maintenance import PasscodeGate
        from kiosk_app.gui import open_window

        lib = DemoLibrary(db_path=tmp_path / "ils.sqlite")
        port = lib.start()
        (tmp_path / "dev").mkdir()
        devices = SimulatedDevices(tmp_path / "dev").start()
        anchor = tmp_path / "ca.pem"
        anchor.write_bytes(pki.ca.pem)
        cfg = config.from_dict(
            {
                "kiosk": {"data_dir": str(tmp_path), "languages": ["ja", "en", "zh_CN", "ko", "pt", "vi"]},
                "identity": {"trust_anchors": [str(anchor)]},
                "card": {"reader": READER},
                "validation": {"ocsp_url": ocsp.url, "retries": 0, "read_timeout_s": 20.0, **(validation or {})},
                "sip2": {"host": "127.0.0.1", "port": port, "username": demo_data.LOGIN_USER,
                         "password": demo_data.LOGIN_PASSWORD, "institution": demo_data.INSTITUTION_ID,
                         "location": demo_data.LOCATION_CODE, "retries": 0, "connect_timeout_s": 2.0,
                         "timeout_s": 5.0},
                "offline": {"lending": True, "items_per_patron": 2, "identification": ["mynumber", "barcode"],
                            **(offline or {})},
                "ui": {"fullscreen": False, "sounds": True, **(ui or {})},
                "maintenance": {"passcode_hash": passcode_hash, "lockout_s": 60, **(maintenance or {})},
                "metrics": metrics or {},
                **devices.config_sections(barcode={"technician_patterns": ["^TECHX-"], "patron_patterns": [r"1\d{7}"]}),
                **sections,  # other sections as a test wants them ([services], [receipt]…)
            }
        )  # fmt: skip
        links = open_links(cfg)
        if link:
            links.link(
                links.link_key(trust.ski(pki.ca.cert), pki.user.cert.serial_number),
                "main",
                PATRON_NO,
                pki.user.cert.not_valid_after_utc,
            )
        links.close()
        services = (built := build_kiosk(cfg)).services
        gate = PasscodeGate.from_config(cfg, state_file=tmp_path / "gate.json")
        win = open_window(built, windowed=True, qm_dir=tmp_path / "qm", gate=gate)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        win.apply_theme()
        model = JpkiCardModel(cert_der=pki.user.der, key=pki.user.key, ca_der=pki.ca.der)
        k = Kiosk(
            qtbot,
            win,
            model,
            dict(
                ocsp=ocsp,
                lib=lib,
                devices=devices,
                services=services,
                kiosk=built,
                gate=gate,
                journal=services.sync,
                card_service=services.card,
            ),  # fmt: skip
        )
        made.append(k)
        return k

    yield make
    for k in made:
        k.remove()
        settle(k.win, 20000)
        for close in k.services.close:
            close()
        k.win.close()
        k.lib.close()
        k.devices.stop()
    # let pcscd notice the card left before the next test places one
    time.sleep(0.2)


@pytest.fixture
def kiosk(kiosk_factory) -> Kiosk:
    return kiosk_factory()
