"""The device adapters against the simulators on pseudo-terminals (RFID pad, scanner, printer)."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest

from kiosk import config
from kiosk.devices import PrinterService, RfidService, start_scanners
from kiosk.services import DeviceHealth, PrinterError, TagError
from kiosk.session import ItemLine, ItemState


@pytest.fixture
def sims():
    from hardware.sim.devices import SimulatedDevices

    with SimulatedDevices() as s:
        yield s


@pytest.fixture
def cfg(sims, tmp_path):
    return config.from_dict(
        {"kiosk": {"data_dir": str(tmp_path), "library_name": "みどり市立図書館"}, **sims.config_sections()}
    )


def wait_for(pred, timeout=10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.02)
    return False


def test_pad_reports_items_once_and_switches_security(sims, cfg):
    from hardware.rfid.model import ItemData

    seen: list[str] = []
    pad = RfidService.from_config(cfg.rfid)
    pad.start(seen.append)
    try:
        uid = sims.rfid.add_item(ItemData("T0000001"))
        assert wait_for(lambda: seen == ["T0000001"])
        time.sleep(1.0)
        assert seen == ["T0000001"]  # reported once while it stays on the pad
        assert pad.set_lent("T0000001", True) is True
        assert sims.rfid.tag(uid).afi == cfg.rfid.afi_lent
        with pytest.raises(TagError) as e:
            pad.set_lent("T0000099", True)
        assert e.value.reason == "tag_not_on_pad"
        assert pad.health().health is DeviceHealth.OK
        assert pad.read_tag().startswith("tags=1")
    finally:
        pad.stop()


def test_a_set_is_reported_only_when_complete(sims, cfg):
    from hardware.rfid.model import ItemData

    seen: list[str] = []
    pad = RfidService.from_config(cfg.rfid)
    pad.start(seen.append)
    try:
        sims.rfid.add_item(ItemData("T0000015", parts_in_set=2, part_number=1))
        time.sleep(1.0)
        assert seen == []
        sims.rfid.add_item(ItemData("T0000015", parts_in_set=2, part_number=2))
        assert wait_for(lambda: seen == ["T0000015"])
    finally:
        pad.stop()


def test_receipt_has_titles_and_due_dates_and_no_name(sims, cfg):
    printer = PrinterService.from_config(cfg)
    due = dt.date(2026, 12, 5)
    try:
        printer.print_receipt((ItemLine("T0000011", ItemState.LENT, "こころ / 夏目漱石", due),), "ja")
        assert wait_for(lambda: len(sims.printer.receipts) == 1)
        text = sims.printer.last_text()
        assert "こころ" in text and "みどり市立図書館" in text
        assert printer.health().health in (DeviceHealth.OK, DeviceHealth.WARNING)
    finally:
        printer.close()


def test_printer_problems_are_typed(sims, cfg):
    printer = PrinterService.from_config(cfg)
    try:
        sims.printer.paper_out = True
        with pytest.raises(PrinterError) as e:
            printer.print_receipt((ItemLine("x", ItemState.LENT, "本", dt.date.today()),), "ja")
        assert e.value.reason
        assert printer.health().health is DeviceHealth.ERROR
    finally:
        printer.close()


def test_scans_go_to_the_session_and_technician_cards_to_maintenance(sims, cfg):
    codes: list[str] = []
    tech = threading.Event()
    scanners, stop = start_scanners(cfg.barcode, codes.append, tech.set)
    try:
        for sc in scanners:
            sc.wait_connected(5)
        sims.scanner.scan("10000001")
        assert wait_for(lambda: codes == ["10000001"])
    finally:
        stop()
