import pytest

from hardware.barcode import Classifier, ScanKind, SerialScanner, scanners_from_config
from hardware.barcode import checkdigit as cd
from hardware.printer import ReceiptItem, ReceiptPrinter, compose_receipt, layout
from hardware.rfid import RfidReader
from kiosk import config


def load(tmp_path, text):
    p = tmp_path / "kiosk.toml"
    p.write_text(text, encoding="utf-8")
    return config.load(p)


def test_defaults_are_the_documented_ones():
    c = config.Config()
    assert (c.rfid.afi_on_shelf, c.rfid.afi_lent, c.rfid.security) == (0x07, 0xC2, "afi")
    assert c.rfid.tag_model == "iso28560-3" and c.rfid.sets == "all_parts"
    assert c.barcode.keyboard_layout == "jis" and c.printer.mode == "kanji"
    assert c.receipt.show_patron_number is False


def test_device_sections_build_the_drivers(tmp_path):
    uids = tmp_path / "uids.csv"
    uids.write_text("E004015000000001,ITEM-1\n", encoding="utf-8")
    c = load(
        tmp_path,
        f"""
[rfid]
port = "/dev/serial/by-id/rfid"
tag_model = "uid"
uid_table = "{uids}"
security = "eas"
afi_on_shelf = 0xDA
afi_lent = 0xD7
retries = 5
[barcode]
serial_ports = ["/dev/ttyACM0"]
check_digit = "7dsr"
item_patterns = ['1\\d{{7}}']
[printer]
port = "/dev/usb/lp0"
transport = "usblp"
mode = "raster"
paper_width_mm = 58
qr = true
qr_text = "https://library.example/loans"
[receipt]
show_patron_number = true
show_holds_ready = false
""",
    )
    r = RfidReader.from_config(c.rfid)
    assert r.policy.method == "eas" and r.policy.retries == 5 and r.policy.afi_lent == 0xD7
    assert r.model.decode("E004015000000001", b"").item_id == "ITEM-1"
    (sc,) = scanners_from_config(c.barcode)
    assert isinstance(sc, SerialScanner)
    classify = Classifier.from_config(c.barcode).classify
    assert classify("11234567" + cd.compute("11234567", "7dsr")).kind == ScanKind.ITEM
    wrong = str((int(cd.compute("11234567", "7dsr")) + 1) % 10)
    assert classify("11234567" + wrong).kind == ScanKind.INVALID
    p = ReceiptPrinter.from_config(c.printer)
    assert (p.mode, p.paper_mm, p.transport_kind) == ("raster", 58, "usblp")
    rc = compose_receipt(
        c.printer,
        c.receipt,
        library_name="図書館",
        items=[ReceiptItem("本", __import__("datetime").date(2026, 12, 1))],
        patron_number="2000001234",
        holds_ready=4,
    )
    assert rc.holds_ready is None and rc.qr == "https://library.example/loans"
    assert "******1234" in "\n".join(ln.text for ln in layout(rc, 32).lines)
    off = compose_receipt(
        config.Config().printer, config.Config().receipt, library_name="x", items=[], patron_number="2000001234"
    )
    assert off.patron_number is None


@pytest.mark.parametrize(
    "text, key",
    [
        ("[rfid]\ntag_model = 'jla'\n", "[rfid].tag_model"),
        ("[rfid]\nafi_lent = 7\n", "[rfid].afi_lent"),
        ("[rfid]\nafi_on_shelf = 300\n", "[rfid].afi_on_shelf"),
        ("[rfid]\nsecurity = 'lock'\n", "[rfid].security"),
        ("[rfid]\nsets = 'some'\n", "[rfid].sets"),
        ("[rfid]\nretries = 0\n", "[rfid].retries"),
        ("[barcode]\ncheck_digit = 'luhn'\n", "[barcode].check_digit"),
        ("[barcode]\nkeyboard_layout = 'de'\n", "[barcode].keyboard_layout"),
        ("[barcode]\nitem_patterns = ['(']\n", "[barcode].item_patterns"),
        ("[printer]\nmode = 'pdf'\n", "[printer].mode"),
        ("[printer]\npaper_width_mm = 72\n", "[printer].paper_width_mm"),
        ("[printer]\nqr = true\n", "[printer].qr"),
        ("[printer]\nbaud = 12345\n", "[printer].baud"),
    ],
)
def test_bad_device_settings_name_the_key(tmp_path, text, key):
    with pytest.raises(config.ConfigError) as e:
        load(tmp_path, text)
    assert e.value.key == key
