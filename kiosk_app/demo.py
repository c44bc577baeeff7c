"""The demo's world: everything ``kiosk demo`` runs beside the kiosk on one machine, and the configuration that
points the kiosk at it.

- the demo card set (virtual My Number Cards of a demo JPKI CA, linked to demo patrons),
- the demo library system (SIP2 on 127.0.0.1),
- the validation service as a real OCSP responder (``openssl ocsp`` on 127.0.0.1) for the demo CA,
- the simulated RFID pad, barcode scanner and receipt printer (pseudo-terminals speaking the real protocols),
- the card reader the virtual cards are placed on (a vpcd slot whose cable the demo panel can pull).

Tests and benchmarks build the same world. Nothing here is used by ``kiosk run``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hardware.sim import demo_cards
from hardware.sim.card_reader_sim import VPCD_BASE_PORT, SimCardReader
from hardware.sim.devices import SimulatedDevices
from hardware.smartcard.pcsc import list_readers
from kiosk import config as config_mod
from kiosk.identity import trust
from kiosk.identity.linktable import LinkTable
from kiosk.maintenance import hash_passcode
from kiosk.sip2 import demo_data
from kiosk.sip2.demo import DemoLibrary
from kiosk.validation.sim import IndexEntry, OpensslOcspResponder
from kiosk_app.build import Kiosk, build_kiosk

DEMO_PASSCODE = "24682468"
#: the demo library's cards (demo_data.PATRON_OK and the others): eight digits starting with 1
PATRON_PATTERN = r"1\d{7}"
LANGUAGES = ["ja", "en", "zh_CN", "ko", "pt", "vi"]


@dataclass(frozen=True)
class Delays:
    """The modelled latency of the demo's world (0: as fast as loopback allows): each SIP2 request to the library
    system, each OCSP request to the validation service (over LGWAN, J-LIS answers every request itself), each
    command of the RFID reader (its air interface). ``kiosk demo --library-delay-ms 50 --validation-delay-ms 300
    --reader-delay-ms 10`` shows a site's waits; the benches and tests use the same."""

    library_s: float = 0.0
    validation_s: float = 0.0
    reader_s: float = 0.0


def start_demo_ocsp(cards: demo_cards.DemoCardSet, folder: Path, delay_s: float = 0.0) -> OpensslOcspResponder:
    """The validation service for the demo CA: every demo card is "good" except the one the set marks revoked;
    each request is answered ``delay_s`` late."""
    revoked = cards.revoked_serials
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    entries = [
        IndexEntry(c.issued.cert.serial_number, when if c.issued.cert.serial_number in revoked else None,
                   "keyCompromise" if c.issued.cert.serial_number in revoked else None)
        for c in cards.cards.values()
    ]  # fmt: skip
    responder = OpensslOcspResponder(folder, cards.ca.cert, cards.ca.cert, cards.ca.key, entries, delay_s=delay_s)
    responder.start()
    return responder


def link_demo_cards(cards: demo_cards.DemoCardSet, links: LinkTable, library_system: str) -> int:
    """Link every demo card that has a patron (those already linked stay); returns how many."""
    n = 0
    issuer_key_id = trust.ski(cards.ca.cert)
    for card in cards.cards.values():
        if card.patron is None:
            continue
        key = links.link_key(issuer_key_id, card.issued.cert.serial_number)
        if links.lookup(key, library_system) is None:
            links.link(key, library_system, card.patron, card.issued.cert.not_valid_after_utc)
        n += 1
    return n


@dataclass
class DemoWorld:
    data_dir: Path
    cards: demo_cards.DemoCardSet
    library: DemoLibrary
    responder: OpensslOcspResponder
    devices: SimulatedDevices
    #: the card reader the demo's cards are placed on (its slot is chosen by :meth:`config`)
    reader: SimCardReader = dataclasses.field(default_factory=SimCardReader)

    @classmethod
    def start(cls, data_dir: Path, devices_dir: Path | None = None, delays: Delays | None = None) -> DemoWorld:
        """Start everything in ``data_dir`` (the card set is made once and kept there), each part as slow as
        ``delays`` says; on a failure, what was started is stopped again and the error raised (``OSError``,
        ``RuntimeError``)."""
        delays = delays or Delays()
        started: list[Any] = []
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            cards = demo_cards.load_or_create(data_dir / "cards")
            library = DemoLibrary(db_path=data_dir / "demo-library.sqlite", delay_s=delays.library_s)
            library.start()
            started.append(library)
            responder = start_demo_ocsp(cards, data_dir / "ocsp", delays.validation_s)
            started.append(responder)
            devices = SimulatedDevices(devices_dir).start()
            devices.rfid.latency_s = delays.reader_s
        except BaseException:
            for part in reversed(started):
                part.close() if isinstance(part, DemoLibrary) else part.stop()
            raise
        return cls(data_dir, cards, library, responder, devices)

    def config(
        self,
        base: config_mod.Config,
        *,
        vpcd_port: int = VPCD_BASE_PORT,
        fullscreen: bool = False,
        bookmobile: bool = False,
        barcode: dict[str, Any] | None = None,
    ) -> config_mod.Config:
        """``base`` pointed at the demo world: its CA, the virtual reader of ``vpcd_port``, the demo library system
        (offline lending on, by barcode for its cards' pattern), the responder, the simulated devices (``barcode`` overrides their scanner section), all
        six languages unless ``base`` chose others, and the demo passcode unless ``base`` has one."""
        cfg = config_mod.replace(base, "kiosk", data_dir=str(self.data_dir))
        if cfg.kiosk.languages == ["ja", "en"]:
            cfg = config_mod.replace(cfg, "kiosk", languages=LANGUAGES)
        cfg = config_mod.replace(cfg, "identity", trust_anchors=[str(self.cards.anchor_path)])
        if vpcd_port != self.reader.port:
            self.reader = SimCardReader(vpcd_port)
        cfg = config_mod.replace(cfg, "card", reader=self.reader.name)
        cfg = config_mod.replace(cfg, "ui", fullscreen=fullscreen, bookmobile=bookmobile)
        cfg = config_mod.replace(
            cfg,
            "sip2",
            host="127.0.0.1",
            port=self.library.port,
            username=demo_data.LOGIN_USER,
            password=demo_data.LOGIN_PASSWORD,
            institution=demo_data.INSTITUTION_ID,
            location=demo_data.LOCATION_CODE,
            retries=0,
            connect_timeout_s=2.0,
        )
        cfg = config_mod.replace(cfg, "offline", lending=True, identification=["mynumber", "barcode"])
        # the demo shows every patron service; returns without a card too (a library's choice)
        cfg = config_mod.replace(cfg, "services", returns_without_card=True)
        cfg = config_mod.replace(
            cfg, "validation", mode="ocsp", ocsp_url=self.responder.url, retries=0, read_timeout_s=20.0
        )
        # the demo's "validation service down" switch shows on the idle screen within 30 s, not the 5 minutes a
        # shared service on site is spared
        cfg = config_mod.replace(cfg, "metrics", validation_probe_s=min(cfg.metrics.validation_probe_s, 30.0))
        if not cfg.maintenance.passcode_hash:
            cfg = config_mod.replace(cfg, "maintenance", passcode_hash=hash_passcode(DEMO_PASSCODE))
        # the demo library's cards (10000001…): offline, only they lend by barcode
        devices = self.devices.config_sections(barcode={"patron_patterns": [PATRON_PATTERN], **(barcode or {})})
        # what a technician changed in the demo's maintenance stays (site settings in the demo's folder)
        return config_mod.with_site_settings(
            config_mod.from_dict({**config_mod.as_dict(cfg), **devices}, source=cfg.source)
        )

    def build(self, cfg: config_mod.Config) -> Kiosk:
        """The kiosk of ``cfg`` (from :meth:`config`) in this world: its card reader can be unplugged."""
        return build_kiosk(cfg, card_readers=lambda: self.reader.visible(list_readers))

    def link_cards(self, links: LinkTable, library_system: str) -> int:
        return link_demo_cards(self.cards, links, library_system)

    def stop(self) -> None:
        self.reader.take_away()
        self.library.close()
        self.responder.stop()
        self.devices.stop()
