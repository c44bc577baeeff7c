import datetime as dt
import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware.printer import (
    EscPos,
    PrinterNotReady,
    PrinterStatus,
    PrinterTimeout,
    PrinterUnplugged,
    Receipt,
    ReceiptItem,
    ReceiptPrinter,
    StatusFormatError,
    build_kanji,
    escpos,
    layout,
    mask_patron_number,
    parse_status,
)
from hardware.sim import escpos_decoder as dec
from hardware.sim.printer_sim import PrinterSim
from tests.waiting import wait_for

TITLES = ["吾輩は猫である", "坊っちゃん", "ノルウェイの森 上", "Pythonプログラミング入門", "銀河鉄道の夜"]


def receipt(n=3, **kw):
    base = dict(
        library_name="みどり市立図書館",
        issued_at=dt.datetime(2026, 11, 21, 10, 5),
        items=[ReceiptItem(TITLES[i % len(TITLES)], dt.date(2026, 12, 5)) for i in range(n)],
    )
    base.update(kw)
    return Receipt(**base)


def decode(data):
    d = dec.EscPosDecoder()
    d.receive_data(data)
    return d.events()


def test_kanji_mode_bytes_match_the_measured_sequence():
    e = EscPos().raw(escpos.KANJI_SJIS + escpos.KANJI_ON).line("貸出票").kanji_off()
    assert e.bytes() == bytes.fromhex("1c 43 01 1c 26 91 dd 8f 6f 95 5b 0a 1c 2e")


def test_cut_and_qr_bytes():
    assert EscPos().cut().bytes() == bytes.fromhex("1b 64 04 1d 56 00")
    qr = EscPos().qr("AB", module=3, ec="L").bytes()
    assert qr.startswith(bytes.fromhex("1d 28 6b 04 00 31 41 32 00"))  # model 2
    assert bytes.fromhex("1d 28 6b 05 00 31 50 30 41 42") in qr  # store "AB": pL counts cn fn m + data
    assert qr.endswith(bytes.fromhex("1d 28 6b 03 00 31 51 30"))  # print


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30))
def test_kanji_text_round_trips_through_shift_jis_or_becomes_geta(text):
    e = EscPos().init().kanji_setup().line(text)
    (line,) = [t for t in decode(e.bytes()) if isinstance(t, dec.TextLine)]
    # ¥ and ‾ share 0x5C/0x7E with \ and ~ in Shift_JIS: compare through the codec
    expected = "".join(_sjis_round(c) if _sjis_ok(c) else "〓" for c in text if c not in "\r\n")
    assert line.text == expected
    assert e.replaced_chars == sum(1 for c in text if c not in "\r\n" and not _sjis_ok(c))


def _sjis_round(c):
    return c.encode("shift_jis").decode("shift_jis")


def _sjis_ok(c):
    try:
        c.encode("shift_jis")
        return True
    except UnicodeEncodeError:
        return False


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=50)
@given(w=st.integers(1, 72), h=st.integers(1, 600), data=st.data())
def test_raster_bands_decode_back_to_the_image(w, h, data):
    pattern = data.draw(st.binary(min_size=1, max_size=97))  # cheap to draw, tiled into the picture
    img = (pattern * (w * h // len(pattern) + 1))[: w * h]
    toks = [t for t in decode(EscPos().raster(w, h, img).bytes()) if isinstance(t, dec.Raster)]
    assert all(t.height <= escpos.RASTER_BAND and t.width_bytes == w for t in toks)
    assert b"".join(t.data for t in toks) == img


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=50)
@given(w=st.integers(1, 72), h=st.integers(1, 100), band=st.integers(1, 40), data=st.data())
def test_trimmed_raster_bands_rebuild_the_same_picture(w, h, band, data):
    pattern = data.draw(st.binary(min_size=1, max_size=97))
    inked = data.draw(st.lists(st.integers(0, w), min_size=h, max_size=h))  # how far each row is inked
    rows = [(pattern * (w // len(pattern) + 1))[:n].ljust(w, b"\0") for n in inked]
    img = b"".join(rows)
    toks = [t for t in decode(EscPos().raster(w, h, img, trim_band=band).bytes()) if isinstance(t, dec.Raster)]
    rebuilt = b"".join(
        t.data[r * t.width_bytes : (r + 1) * t.width_bytes].ljust(w, b"\0") for t in toks for r in range(t.height)
    )
    assert rebuilt == img and all(t.height <= band for t in toks)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=200)
@given(st.binary(max_size=200))
def test_decoder_survives_garbage(data):
    d = dec.EscPosDecoder()
    d.receive_data(data)
    d.events()


def test_status_parsing():
    ok = parse_status({1: 0x12, 2: 0x12, 4: 0x12})
    assert ok.can_print and ok.reason == "ok"
    assert parse_status({2: 0x12 | 0x04}).reason == "cover_open"
    assert parse_status({2: 0x12 | 0x20}).reason == "paper_out"
    assert parse_status({4: 0x12 | 0x60}).reason == "paper_out"
    near = parse_status({4: 0x12 | 0x0C})
    assert near.can_print and near.reason == "paper_near_end"
    assert parse_status({2: 0x12 | 0x40}).reason == "printer_error"
    assert parse_status({1: 0x12 | 0x08}).reason == "offline"
    with pytest.raises(StatusFormatError):
        parse_status({1: 0xFF})
    for s in (PrinterStatus(), PrinterStatus(paper_out=True), PrinterStatus(cover_open=True, paper_near_end=True)):
        back = parse_status(escpos.status_bytes(s))
        assert (back.reason, back.can_print) == (s.reason, s.can_print)


def test_receipt_layout_has_no_name_and_masks_the_patron_number():
    r = receipt(2, holds_ready=3, patron_number="2000001234")
    text = "\n".join(ln.text for ln in layout(r, 48).lines)
    assert "みどり市立図書館" in text and "貸出票" in text and "2026年11月21日（土） 10:05" in text
    assert "吾輩は猫である" in text and "返却期限 2026年12月5日（土）" in text
    assert "貸出点数 2点" in text and "3点届いています" in text
    assert "2000001234" not in text and "******1234" in text
    plain = "\n".join(ln.text for ln in layout(receipt(2), 48).lines)
    assert "利用者番号" not in plain and "予約" not in plain
    assert mask_patron_number("12345") == "*****"


def test_long_titles_wrap_within_the_paper_width():
    from hardware.printer.receipt import columns

    r = receipt(1, items=[ReceiptItem("長" * 100, dt.date(2026, 12, 5))])
    for cols in (48, 32):
        lines = layout(r, cols).lines
        assert all(columns(ln.text) <= cols for ln in lines if not ln.big)
        assert any(ln.text.endswith("…") for ln in lines)


@pytest.fixture
def printer_sim(tmp_path):
    sim = PrinterSim(link_dir=tmp_path)
    sim.start()
    yield sim
    sim.stop()


def test_kanji_receipt_printed_and_decoded_by_the_simulator(printer_sim, tmp_path):
    r = receipt(10, holds_ready=1, qr="https://library.example/loans")
    with ReceiptPrinter(printer_sim.path, mode="kanji", status_timeout_s=5) as p:
        assert p.status().can_print
        res = p.print_receipt(r)
    assert res.bytes_sent == len(build_kanji(r)) and res.status_after == "ok"
    assert wait_for(lambda: len(printer_sim.receipts) == 1)
    got = printer_sim.receipts[0]
    # every layout line arrives as sent, then the empty line feed after the QR code
    assert got.cut and got.lines() == [ln.text for ln in layout(r, 48).lines] + [""]
    assert got.qr == ["https://library.example/loans"]
    assert printer_sim.unknown == []
    png = printer_sim.render_png(tmp_path / "receipt.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_raster_receipt_for_printers_without_kanji(printer_sim, tmp_path):
    r = receipt(3, items=[ReceiptItem("髙橋①の本", dt.date(2026, 12, 5))])
    with ReceiptPrinter(printer_sim.path, mode="raster", paper_mm=58, status_timeout_s=5) as p:
        res = p.print_receipt(r)
    assert res.mode == "raster" and res.replaced_chars == 0
    assert wait_for(lambda: len(printer_sim.receipts) == 1)
    got = printer_sim.receipts[0]
    assert got.lines() == []  # no text commands: everything is in the image
    rasters = got.rasters
    assert rasters and all(t.width_bytes <= 48 for t in rasters)  # 384 dots on 58 mm paper, trimmed on the right
    assert max(t.width_bytes for t in rasters) == 48  # the rules span the paper
    ink = sum(bin(b).count("1") for t in rasters for b in t.data)
    assert ink > 1000  # text was really drawn
    png = printer_sim.render_png(tmp_path / "raster.png")
    assert png.stat().st_size > 1000


def test_kanji_mode_counts_characters_the_font_lacks(printer_sim):
    r = receipt(1, items=[ReceiptItem("髙橋①", dt.date(2026, 12, 5))])
    with ReceiptPrinter(printer_sim.path, raster_fallback=False, status_timeout_s=5) as p:
        assert p.print_receipt(r).replaced_chars == 2
    assert wait_for(lambda: printer_sim.receipts)
    assert " 1 〓橋〓" in printer_sim.last_text().splitlines()


@pytest.mark.parametrize(
    "state, reason", [("paper_out", "paper_out"), ("cover_open", "cover_open"), ("error", "printer_error")]
)
def test_no_receipt_is_promised_when_it_cannot_come(printer_sim, state, reason):
    setattr(printer_sim, state, True)
    with ReceiptPrinter(printer_sim.path, status_timeout_s=5) as p:
        assert p.status().reason == reason
        with pytest.raises(PrinterNotReady) as e:
            p.check_ready()
        assert e.value.reason == reason
        with pytest.raises(PrinterNotReady):
            p.print_receipt(receipt(1))
    assert printer_sim.receipts == [] and printer_sim.received_bytes == printer_sim.status_requests * 3


def test_paper_near_end_still_prints_and_is_reported(printer_sim):
    printer_sim.paper_near_end = True
    with ReceiptPrinter(printer_sim.path, status_timeout_s=5) as p:
        res = p.print_receipt(receipt(1))
    assert res.status_after == "paper_near_end"


def test_silent_printer_is_a_timeout(printer_sim):
    printer_sim.mute = True
    with ReceiptPrinter(printer_sim.path, status_timeout_s=0.3) as p:
        with pytest.raises(PrinterTimeout):
            p.status()


def test_unplugged_then_found_again(printer_sim):
    p = ReceiptPrinter(printer_sim.path, status_timeout_s=5)
    assert p.status().can_print
    printer_sim.unplug()
    with pytest.raises(PrinterUnplugged):
        p.status()
    with pytest.raises(PrinterUnplugged):
        p.print_receipt(receipt(1))
    printer_sim.replug()
    assert p.status().can_print
    p.print_receipt(receipt(1))
    assert wait_for(lambda: len(printer_sim.receipts) == 1)
    p.close()


def test_usb_printer_class_transport(printer_sim):
    # a /dev/usb/lp node is read and written as a plain file; a pty behaves the same way
    with ReceiptPrinter(printer_sim.path, transport="usblp", status_timeout_s=5) as p:
        assert p.status().can_print
        p.print_receipt(receipt(2))
    assert wait_for(lambda: len(printer_sim.receipts) == 1)


def test_printer_logs_carry_no_titles(printer_sim, caplog):
    caplog.set_level(logging.DEBUG)
    with ReceiptPrinter(printer_sim.path, status_timeout_s=5) as p:
        p.print_receipt(receipt(2, patron_number="2000001234"))
    text = "\n".join(r.getMessage() + str(getattr(r, "fields", "")) for r in caplog.records)
    assert "printer.printed" in text
    for secret in TITLES + ["2000001234", "1234"]:
        assert secret not in text


def test_unplugged_mid_receipt_is_a_typed_error_and_the_printer_comes_back(printer_sim):
    p = ReceiptPrinter(printer_sim.path, mode="raster", status_timeout_s=5)  # a long receipt, so the cable goes mid-way
    assert p.status().can_print
    printer_sim.unplug_after_bytes = 2000
    with pytest.raises(PrinterUnplugged) as e:
        p.print_receipt(receipt(10))
    assert e.value.reason == "printer_unplugged"
    assert printer_sim.receipts == []  # nothing was cut: the receipt did not come out
    printer_sim.replug()
    p.mode = "kanji"
    assert p.print_receipt(receipt(1)).status_after == "ok"
    assert wait_for(lambda: len(printer_sim.receipts) == 1)
    p.close()


def test_garbage_status_answer_is_a_typed_error(printer_sim):
    printer_sim.status_reply_override = b"\xff"
    with ReceiptPrinter(printer_sim.path, status_timeout_s=5) as p:
        with pytest.raises(StatusFormatError) as e:
            p.status()
        assert e.value.reason == "printer_bad_status"
        with pytest.raises(StatusFormatError):
            p.print_receipt(receipt(1))
    assert printer_sim.receipts == []


def test_paced_printer_receives_the_whole_receipt(printer_sim):
    printer_sim.pace_baud = 115200  # the simulator reads no faster than the serial line
    with ReceiptPrinter(printer_sim.path, status_timeout_s=5) as p:
        r = receipt(5)
        p.print_receipt(r)
    assert wait_for(lambda: len(printer_sim.receipts) == 1, timeout=30)
    assert printer_sim.receipts[0].lines() == [ln.text for ln in layout(r, 48).lines]


def test_status_after_a_long_paced_receipt_waits_for_the_line(printer_sim):
    printer_sim.pace_baud = 4800  # about two seconds for this receipt on the line
    with ReceiptPrinter(printer_sim.path, baud=4800, status_timeout_s=1.0) as p:
        res = p.print_receipt(receipt(10))
    assert res.status_after == "ok"  # not "printer_no_answer": the query waited behind the receipt


def test_rare_kanji_switch_the_receipt_to_raster(printer_sim):
    r = receipt(1, items=[ReceiptItem("髙橋①", dt.date(2026, 12, 5))])
    with ReceiptPrinter(printer_sim.path, status_timeout_s=5) as p:  # kanji mode, fallback on by default
        res = p.print_receipt(r)
        assert res.mode == "raster" and res.replaced_chars == 0
        assert p.print_receipt(receipt(1)).mode == "kanji"  # ordinary titles stay in fast Kanji mode
    assert wait_for(lambda: len(printer_sim.receipts) == 2)
    assert printer_sim.receipts[0].rasters and not printer_sim.receipts[0].lines()
    assert printer_sim.receipts[1].lines() and not printer_sim.receipts[1].rasters


def test_the_raster_font_is_installed():
    from hardware.printer.raster import FONT_FAMILY, font_available

    assert font_available(), f"{FONT_FAMILY} missing: install fonts-noto-cjk"


def test_the_status_is_logged_when_it_changes_not_on_every_request(printer_sim, caplog):
    """Maintenance asks the printer every two seconds: the log gets a line when its state changes."""
    import logging

    with caplog.at_level(logging.INFO, logger="hardware.printer"), ReceiptPrinter(printer_sim.path) as p:
        for _ in range(4):
            p.status()
        printer_sim.paper_out = True
        for _ in range(3):
            p.status()
    states = [r.fields["state"] for r in caplog.records if r.getMessage() == "printer.status"]
    assert states == ["ok", "paper_out"]
