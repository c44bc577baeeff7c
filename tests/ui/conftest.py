"""The whole kiosk application under pytest-qt (offscreen), with the virtual My Number Card on the real pcscd.

The card path is real end to end: vpcd slot 1 ("Virtual PCD 00 01", port 35964) → pcscd → pyscard → the lead's
Authenticator → the session → the screens. The library system, RFID pad, printer and journal are small in-process
stand-ins behind the kiosk.services Protocols until the SIP2/devices branches land on main.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from hardware.sim import certs
from hardware.sim.jpki_card import JpkiCardModel, VirtualCard
from kiosk import config
from kiosk import session as s
from kiosk.identity import trust
from kiosk.identity.authenticate import Authenticator
from kiosk.identity.linktable import LinkTable
from kiosk.identity.revocation import Status, Verdict
from kiosk.lending import Lender, OfflinePolicy
from kiosk.maintenance import hash_passcode
from kiosk.services import CheckoutReply, JournalError, LibraryUnavailable, LinkStatus, Services, SyncReport
from kiosk.wiring import PcscCardService, watch_cards

READER = os.environ.get("KIOSK_UI_TEST_READER", "Virtual PCD 00 01")
PORT = int(os.environ.get("KIOSK_UI_TEST_VPCD_PORT", "35964"))
PATRON_NO = "P20250042"
PASSCODE = "97531864"
DUE = dt.date(2026, 12, 24)


@pytest.fixture(scope="session")
def pki() -> certs.DemoPki:
    return certs.make_demo_pki()


@pytest.fixture(scope="session")
def passcode_hash() -> str:
    return hash_passcode(PASSCODE)


class Checker:
    """Stands in for the validation client (#4): good unless the serial is listed as revoked."""

    def __init__(self) -> None:
        self.revoked: set[int] = set()

    def check(self, cert, issuer) -> Verdict:
        if cert.serial_number in self.revoked:
            return Verdict(False, Status.REVOKED, "cert_revoked", "")
        return Verdict(True, Status.GOOD, "ok")


class Library:
    """An in-process library system behind the LibrarySystem Protocol (the SIP2 demo server replaces it once merged)."""

    def __init__(self) -> None:
        self.patrons = {PATRON_NO: "ok", "21000777": "ok", "21000666": "patron_blocked"}
        self.titles = {"B1": "こころ", "B2": "Alice's Adventures in Wonderland", "B3": "秘密の花園"}
        self.refuse = {"B3": ("hold_for_other", "")}
        self.loans: dict[str, str] = {}
        self.down = False
        self.ended = 0

    def patron_status(self, patron, barcode):
        if self.down:
            raise LibraryUnavailable("library_unavailable")
        state = self.patrons.get(patron.number, "patron_unknown")
        return s.PatronChecked(state == "ok", state)

    def checkout(self, patron, item_id):
        if self.down:
            raise LibraryUnavailable("library_unavailable")
        if item_id in self.refuse:
            reason, msg = self.refuse[item_id]
            return CheckoutReply(False, title=self.titles.get(item_id, ""), reason=reason, message=msg)
        self.loans[item_id] = patron.number
        return CheckoutReply(True, DUE, self.titles.get(item_id, ""))

    def cancel_checkout(self, patron, item_id):
        self.loans.pop(item_id, None)

    def end_patron_session(self, patron):
        self.ended += 1


class Tags:
    def __init__(self) -> None:
        self.lent: set[str] = set()

    def set_lent(self, item_id, lent):
        self.lent.add(item_id)
        return True


class Journal:
    def __init__(self, path) -> None:
        self.db = sqlite3.connect(path, check_same_thread=False)
        self.db.execute("create table j (id integer primary key, patron text, item text, due text)")

    def append(self, patron, item_id, due):
        try:
            with self.db:
                cur = self.db.execute(
                    "insert into j (patron, item, due) values (?,?,?)", (patron.number, item_id, str(due))
                )
        except sqlite3.Error:
            raise JournalError("journal_failed") from None
        return str(cur.lastrowid)

    def discard(self, handle):
        with self.db:
            self.db.execute("delete from j where id=?", (int(handle),))

    def pending(self):
        return self.db.execute("select count(*) from j").fetchone()[0]


class Printer:
    def __init__(self) -> None:
        self.receipts: list[tuple] = []

    def print_receipt(self, items, language):
        self.receipts.append((items, language))


class Sync:
    def __init__(self, lib: Library, journal: Journal) -> None:
        self.lib, self.journal = lib, journal

    def status(self):
        return LinkStatus(not self.lib.down, self.journal.pending())

    def sync(self):
        if self.lib.down:
            return SyncReport(0, 0, self.journal.pending(), "offline")
        n = self.journal.pending()
        with self.journal.db:
            self.journal.db.execute("delete from j")
        return SyncReport(n, 0, 0)


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

    def wait_phase(self, phase: s.Phase, timeout: int = 20000) -> None:
        self.qtbot.waitUntil(lambda: self.view.phase is phase, timeout=timeout)

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


@pytest.fixture
def kiosk_factory(qtbot, tmp_path, pki, passcode_hash) -> Iterator:
    made: list[Kiosk] = []

    def make(link: bool = True, ui: dict | None = None, policy: OfflinePolicy | None = None) -> Kiosk:
        from kiosk.maintenance import PasscodeGate
        from ui.app import build_window

        links = LinkTable.open(f"sqlite:///{tmp_path / 'links.sqlite'}", tmp_path / "link.key")
        if link:
            links.link(
                links.link_key(trust.ski(pki.ca.cert), pki.user.cert.serial_number),
                "main",
                PATRON_NO,
                pki.user.cert.not_valid_after_utc,
            )
        checker = Checker()
        auth = Authenticator([pki.ca.cert, pki.old_ca.cert], checker, links, kiosk_id="t1", library_system="main")
        lib, tags, printer = Library(), Tags(), Printer()
        journal = Journal(tmp_path / "journal.sqlite")
        lender = Lender(lib, tags, journal, policy or OfflinePolicy(max_items=2))
        sync = Sync(lib, journal)
        services = Services(library=lib, lender=lender, printer=printer, sync=sync)
        cfg = config.from_dict(
            {
                "kiosk": {"data_dir": str(tmp_path), "languages": ["ja", "en", "zh_CN", "ko", "pt", "vi"]},
                "ui": {"fullscreen": False, "sounds": True, **(ui or {})},
                "maintenance": {"passcode_hash": passcode_hash, "lockout_s": 60},
            }
        )
        card_service = PcscCardService(cfg, auth, READER)
        services.card = card_service
        services.health = [card_service.health]
        services.self_tests = {"card_tries": card_service.read_tries}
        gate = PasscodeGate.from_config(cfg, state_file=tmp_path / "gate.json")
        win = build_window(cfg, services, windowed=True, qm_dir=tmp_path / "qm", gate=gate)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        stop = watch_cards(READER, win.controller.cardPresence.emit)
        model = JpkiCardModel(cert_der=pki.user.der, key=pki.user.key, ca_der=pki.ca.der)
        k = Kiosk(
            qtbot,
            win,
            model,
            dict(
                links=links,
                checker=checker,
                lib=lib,
                tags=tags,
                printer=printer,
                journal=journal,
                stop=stop,
                card_service=card_service,
                lender=lender,
                gate=gate,
            ),  # fmt: skip
        )
        made.append(k)
        return k

    yield make
    for k in made:
        k.remove()
        k.stop()
        k.win.lanes.wait(20000)
        k.card_service.forget()
        if k.win.recent is not None:
            k.win.recent.remove()
        k.links.close()
        k.win.close()
    # let pcscd notice the card left before the next test places one
    time.sleep(0.2)


@pytest.fixture
def kiosk(kiosk_factory) -> Kiosk:
    return kiosk_factory()
