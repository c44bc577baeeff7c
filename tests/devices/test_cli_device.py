import json
import threading
import time

import pytest

from hardware.rfid import ItemData
from hardware.sim.printer_sim import PrinterSim
from hardware.sim.scanner_sim import ScannerSim
from kiosk_app.cli import main


@pytest.fixture
def sims(tmp_path, rfid_sim):
    printer = PrinterSim(link_dir=tmp_path)
    printer.start()
    scanner = ScannerSim(link_dir=tmp_path)
    scanner.start()
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(
        f"""
[kiosk]
library_name = "みどり市立図書館"
[rfid]
port = "{rfid_sim.path}"
timeout_s = 10.0
[barcode]
serial_ports = ["{scanner.path}"]
item_patterns = ['1\\d{{9}}']
[printer]
port = "{printer.path}"
status_timeout_s = 5.0
""",
        encoding="utf-8",
    )
    yield rfid_sim, printer, scanner, str(cfg)
    scanner.stop()
    printer.stop()


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if "--json" in argv and out else out


def test_device_list_json(sims, capsys):
    rfid, printer, scanner, cfg = sims
    code, out = run(capsys, "--config", cfg, "device", "list", "--json")
    assert code == 0 and out["ok"]
    by = {d["device"]: d for d in out["devices"]}
    assert by["rfid"]["health"] == "ok" and by["rfid"]["version"] == "10.5.0.2"
    assert by["printer"]["reason"] == "ok" and by["scanner"]["reason"] == "present"
    printer.cover_open = True
    rfid.unplug()
    code, out = run(capsys, "--config", cfg, "device", "list", "--json")
    by = {d["device"]: d for d in out["devices"]}
    assert by["printer"]["reason"] == "cover_open" and by["rfid"]["reason"] == "reader_unplugged"
    assert code == 1 and not out["ok"]


def test_device_inventory(sims, capsys):
    rfid, _printer, _scanner, cfg = sims
    rfid.add_item(ItemData("1000000001"))
    rfid.add_item(ItemData("SET-1", parts_in_set=2, part_number=1))
    code, out = run(capsys, "--config", cfg, "device", "inventory", "--json")
    assert code == 0
    assert sorted(t["item"] for t in out["tags"]) == ["1000000001", "SET-1"]
    assert out["incomplete_sets"] == [{"item": "SET-1", "missing_parts": [2]}]
    assert {t["security"] for t in out["tags"]} == {"secured"}
    assert all(t["problems"] == [] for t in out["tags"])


def test_device_inventory_shows_what_part_of_a_tag_could_not_be_read(sims, capsys):
    from hardware.rfid import iso28560_3

    rfid, _printer, _scanner, cfg = sims
    raw = bytearray(iso28560_3.encode(ItemData("1000000003", title="こころ")))
    raw[34 + 5] ^= 0x01  # damage the title block
    rfid.add_tag(memory=bytes(raw).ljust(112, b"\x00"))
    code, out = run(capsys, "--config", cfg, "device", "inventory", "--json")
    (tag,) = out["tags"]
    assert code == 0 and tag["item"] == "1000000003" and tag["error"] is None
    assert tag["problems"] == ["block_4:tag_block_checksum"]


def test_device_test_print_and_paper_out(sims, capsys):
    _rfid, printer, _scanner, cfg = sims
    code, out = run(capsys, "--config", cfg, "device", "test-print", "--json")
    assert code == 0 and out["mode"] == "kanji" and out["bytes"] > 100
    deadline = time.monotonic() + 15
    while not printer.receipts and time.monotonic() < deadline:
        time.sleep(0.02)
    text = printer.last_text()
    assert "みどり市立図書館" in text and "テスト印字" in text
    assert "0000000000" not in text  # the patron number is off by default
    printer.paper_out = True
    code, out = run(capsys, "--config", cfg, "device", "test-print", "--json")
    assert code == 1 and out["reason"] == "paper_out"


def test_device_scan(sims, capsys):
    _rfid, _printer, scanner, cfg = sims

    done = threading.Event()

    def keep_scanning():  # until the command has opened the port and taken one (no race with its start-up)
        while not done.wait(0.3):
            scanner.scan("A1000000001B")

    t = threading.Thread(target=keep_scanning)
    t.start()
    try:
        code, out = run(capsys, "--config", cfg, "device", "scan", "--timeout", "30", "--json")
    finally:
        done.set()
        t.join()
    assert code == 0 and out["kind"] == "item" and out["value"] == "1000000001"


def test_simulated_devices_helper_gives_a_working_configuration():
    from hardware.printer import ReceiptPrinter
    from hardware.rfid import RfidReader
    from hardware.sim.devices import SimulatedDevices
    from kiosk import config

    with SimulatedDevices() as sims:
        cfg = config.from_dict(sims.config_sections(barcode={"item_patterns": [r"1\d{9}"]}))
        sims.rfid.add_item(ItemData("1000000001"))
        with RfidReader.from_config(cfg.rfid) as r:
            assert [t.item.item_id for t in r.inventory()] == ["1000000001"]
        with ReceiptPrinter.from_config(cfg.printer) as p:
            assert p.status().can_print
        assert cfg.barcode.item_patterns == [r"1\d{9}"]


def test_device_security_fixes_one_tag(sims, capsys):
    rfid, _printer, _scanner, cfg = sims
    uid = rfid.add_item(ItemData("1000000001"), afi=0xC2)  # left looking lent
    other = rfid.add_item(ItemData("1000000002"), afi=0xC2)
    code, out = run(capsys, "--config", cfg, "device", "security", uid, "--secure", "--json")
    assert code == 0 and out["state"] == "secured" and rfid.tag(uid).afi == 0x07
    assert rfid.tag(other).afi == 0xC2  # addressed to that tag only
    rfid.fail_next_writes(uid, 10, silently=True)
    code, out = run(capsys, "--config", cfg, "device", "security", uid, "--lent", "--json")
    assert code == 1 and not out["ok"] and out["reason"] == "readback_mismatch"
    code, out = run(capsys, "--config", cfg, "device", "security", "E004", "--secure", "--json")
    assert code == 2 and out["reason"] == "usage"
