"""The device adapters against the simulators on pseudo-terminals (RFID pad, scanner, printer)."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest

from kiosk import config
from kiosk.services import DeviceHealth, PrinterError, TagError
from kiosk.session import ItemLine, ItemState
from kiosk_app.adapters.devices import PrinterService, RfidService, start_scanners
from tests.waiting import wait_for


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


def test_pad_reports_items_once_and_switches_security(sims, cfg):
    from hardware.rfid.model import ItemData

    seen: list[str] = []
    pad = RfidService.from_config(cfg.rfid)
    pad.start(seen.append)
    try:
        uid = sims.rfid.add_item(ItemData("T0000001"))
        assert wait_for(lambda: seen == ["T0000001"], timeout=10.0)
        time.sleep(1.0)
        assert seen == ["T0000001"]  # reported once while it stays on the pad
        assert pad.set_lent("T0000001", True) is True
        assert sims.rfid.tag(uid).afi == cfg.rfid.afi_lent
        with pytest.raises(TagError) as e:
            pad.set_lent("T0000099", True)
        assert e.value.reason == "tag_not_on_pad"
        assert pad.health().health is DeviceHealth.OK
        assert pad.read_tag().counts == {"tags": 1, "unreadable": 0, "partial": 0}
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
        assert wait_for(lambda: seen == ["T0000015"], timeout=10.0)
    finally:
        pad.stop()


def test_the_test_print_cannot_pass_for_a_loan_receipt(sims, cfg):
    """A technician's test print says it is a test, top and bottom, in both staff languages, with no item and no due
    date (the old one was a 貸出票 of one "item" due today)."""
    printer = PrinterService.from_config(cfg)
    try:
        assert printer.test_receipt().code == "test_receipt_printed"
        assert wait_for(lambda: len(sims.printer.receipts) == 1, timeout=10.0)
        lines = sims.printer.receipts[0].lines()
    finally:
        printer.close()
    text = "\n".join(lines)
    assert "テスト印刷" in lines[0] and "TEST PRINT" in lines[0] and "TEST PRINT" in lines[-1]
    assert "これは貸出票ではありません" in text and "not a loan receipt" in text
    assert "みどり市立図書館" in text
    assert "貸出票" not in lines and not any(word in text for word in ("返却期限", "貸出点数", "Due"))
    assert "123456789012345678901234567890123456789012345678" in text  # the ruler: all 48 columns of 80 mm paper


def test_receipt_has_titles_and_due_dates_and_no_name(sims, cfg):
    printer = PrinterService.from_config(cfg)
    due = dt.date(2026, 12, 5)
    try:
        printer.print_receipt((ItemLine("T0000011", ItemState.LENT, "こころ / 夏目漱石", due),), "ja")
        assert wait_for(lambda: len(sims.printer.receipts) == 1, timeout=10.0)
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
        assert wait_for(lambda: codes == ["10000001"], timeout=10.0)
    finally:
        stop()


def due_lines(text: str, label: str) -> list[str]:
    return [line for line in text.splitlines() if label in line]


def test_receipt_prints_only_the_due_dates_the_patron_was_shown(sims, cfg):
    """An item without a due date prints none (never today's date); an offline loan is marked and explained."""
    printer = PrinterService.from_config(cfg)
    due = dt.date(2026, 12, 5)
    items = (
        ItemLine("T0000011", ItemState.LENT, "こころ", due),
        ItemLine("T0000012", ItemState.LENT, "坊っちゃん", None),
        ItemLine("T0000001", ItemState.LENT_OFFLINE, "", dt.date(2026, 12, 19)),
    )
    try:
        printer.print_receipt(items, "ja")
        assert wait_for(lambda: len(sims.printer.receipts) == 1, timeout=10.0)
        text = sims.printer.last_text()
        dues = due_lines(text, "返却期限")
        assert dues[0].strip() == "返却期限 2026年12月5日(土)"
        assert dues[1].strip() == "返却期限 カウンターでご確認ください"
        assert dues[2].strip() == "返却期限 2026年12月19日(土) ※"  # the offline policy's date, marked
        today = dt.date.today()
        assert f"{today.month}月{today.day}日" not in "\n".join(dues)
        assert "※オフライン貸出: 図書館システムへ送信待ち" in text
        assert "T0000001" in text  # no title offline: the item number says which book it was
        assert "ご予約" not in text  # the holds count was not given
    finally:
        printer.close()


def test_receipt_online_only_has_no_offline_note_and_holds_follow_the_policy(sims, cfg):
    import dataclasses

    printer = PrinterService.from_config(cfg)
    item = (ItemLine("T0000011", ItemState.LENT, "こころ", dt.date(2026, 12, 5)),)
    try:
        printer.print_receipt(item, "en", holds_ready=2)
        assert wait_for(lambda: len(sims.printer.receipts) == 1, timeout=10.0)
        text = sims.printer.last_text()
        assert "Holds ready for pickup: 2" in text
        assert "offline" not in text.lower() and "*" not in text
        assert due_lines(text, "Due")[0].strip() == "Due 2026-12-05 (Sat)"
        printer.print_receipt(item, "en", holds_ready=0)
        assert wait_for(lambda: len(sims.printer.receipts) == 2, timeout=10.0)
        assert "Holds" not in sims.printer.last_text()  # nothing waits: no line
        printer.receipt_section = dataclasses.replace(cfg.receipt, show_holds_ready=False)
        printer.print_receipt(item, "en", holds_ready=3)
        assert wait_for(lambda: len(sims.printer.receipts) == 3, timeout=10.0)
        assert "Holds" not in sims.printer.last_text()  # the library turned it off
    finally:
        printer.close()


@pytest.mark.parametrize(
    ("language", "note", "no_due"),
    [
        ("en", "* Lent offline: waiting to be sent to the library system", "please ask at the counter"),
        ("zh_CN", "※离线借阅：等待发送至图书馆系统", "请到服务台确认"),
        ("ko", "※오프라인 대출: 도서관 시스템 전송 대기 중", "데스크에 문의해 주세요"),
        ("pt", "* Empréstimo offline: aguardando envio ao sistema da biblioteca", "consulte o balcão"),
        ("vi", "* Mượn ngoại tuyến: đang chờ gửi đến hệ thống thư viện", "vui lòng hỏi tại quầy"),
    ],
)
def test_receipt_notes_are_in_the_patrons_language(language, note, no_due):
    """The layout (what the printer is sent, before encoding) in every kiosk language."""
    from hardware.printer.receipt import COLUMNS, Receipt, ReceiptItem, layout

    r = Receipt(
        "図書館",
        dt.datetime(2026, 11, 21, 10, 0),
        [ReceiptItem("本", None), ReceiptItem("T0000001", dt.date(2026, 12, 5), offline=True)],
        language=language,
    )
    text = "\n".join(line.text for line in layout(r, 200).lines)
    assert note in text and no_due in text
    assert "返却期限" not in text and "オフライン" not in text  # not the Japanese fallback
    assert layout(r, COLUMNS[58]).lines  # and it wraps on narrow paper


# ------------------------------------------------------------------------------------------------ supervised threads


def test_a_hostile_tag_does_not_stop_the_pad(sims, tmp_path):
    """A sticker whose set information holds "1³" (any writable tag does it) once killed the poller: the pad then saw
    no item until a restart while maintenance still showed it OK."""
    from hardware.rfid import iso28560_2
    from hardware.rfid.model import ItemData

    cfg = config.from_dict(
        {"kiosk": {"data_dir": str(tmp_path)}, "rfid": {"port": sims.rfid.path, "tag_model": "iso28560-2"}}
    )
    hostile = (
        iso28560_2.encode_element(1, b"1234", iso28560_2.C_OCTET)
        + iso28560_2.encode_element(4, "1³".encode("latin-1"), iso28560_2.C_OCTET)
        + b"\x00"
    )
    seen: list[str] = []
    pad = RfidService.from_config(cfg.rfid)
    sims.rfid.add_tag(memory=hostile.ljust(112, b"\x00"))
    pad.start(seen.append)
    try:
        time.sleep(1.0)
        sims.rfid.add_item(ItemData("T0000002"), model="iso28560-2")
        assert wait_for(lambda: seen == ["T0000002"], timeout=10.0)
        assert pad.health().health is DeviceHealth.OK
        assert pad.read_tag().counts["unreadable"] == 1
    finally:
        pad.stop()


def test_a_poller_that_dies_is_shown_in_error_and_started_again(sims, tmp_path, captured_logs):
    from hardware.rfid.model import ItemData
    from kiosk_app.build import build_kiosk

    cfg = config.from_dict(
        {"kiosk": {"data_dir": str(tmp_path), "identification": ["barcode"]}, **sims.config_sections()}
    )
    kiosk = build_kiosk(cfg)
    kiosk.supervisor.backoff_s = 1.5  # long enough to look at the pad while it waits to start again
    seen: list[str] = []

    def on_item(item_id: str, source: str) -> None:
        seen.append(item_id)
        if len(seen) == 1:
            raise RuntimeError("a defect in what the poller calls")

    try:
        kiosk.start_watch(lambda present: None, on_item, lambda code: None, lambda: None, lambda n: None)
        assert wait_for(kiosk.alive, timeout=5)
        sims.rfid.add_item(ItemData("T0000001"))
        assert wait_for(lambda: not kiosk.alive(), timeout=10)
        states = {st.name: st for st in (probe() for probe in kiosk.services.health)}
        assert states["rfid"].health is DeviceHealth.ERROR and states["rfid"].reason == "thread_died"
        assert states["threads"].health is DeviceHealth.ERROR
        assert any(st.name == "rfid" and st.reason == "thread_died" for st in kiosk.health())
        # started again: the item still on the pad is reported again (the session lends each item once)
        assert wait_for(lambda: seen == ["T0000001", "T0000001"], timeout=10)
        assert wait_for(kiosk.alive, timeout=5)
        states = {st.name: st for st in (probe() for probe in kiosk.services.health)}
        assert states["rfid"].health is DeviceHealth.OK and states["threads"].health is DeviceHealth.OK
        assert {st.name for st in kiosk.health()} >= {"rfid", "scanner"}
    finally:
        kiosk.close()
    assert not kiosk.alive()
    # one death, the one caused here: closing the kiosk stops its threads on purpose, which is not a death
    (died,) = [line for line in captured_logs if '"supervisor.thread_died"' in line]
    assert '"RuntimeError"' in died and '"rfid"' in died


def test_a_scanner_whose_reader_dies_is_started_again(sims, cfg, monkeypatch):
    from hardware.barcode.scanner import SerialScanner
    from kiosk.supervisor import Supervisor

    real = SerialScanner._pump
    deaths = []

    def pump_dying_once(self) -> None:  # type: ignore[no-untyped-def]
        if not deaths:
            deaths.append(1)
            raise RuntimeError("a defect while reading")
        real(self)

    monkeypatch.setattr(SerialScanner, "_pump", pump_dying_once)
    sup = Supervisor(backoff_s=0.2)
    codes: list[str] = []
    scanners, stop = start_scanners(cfg.barcode, codes.append, lambda: None, sup)
    try:
        assert wait_for(lambda: deaths and sup.alive(), timeout=10)
        assert scanners[0].wait_connected(5)
        sims.scanner.scan("10000001")
        assert wait_for(lambda: codes == ["10000001"], timeout=10.0)
        (state,) = sup.states()
        assert state.name == "scanner" and state.detail.endswith("deaths=1")
    finally:
        stop()
        sup.stop()


def test_the_receipt_lists_every_current_loan_when_the_library_wants_it(sims, cfg):
    """Patrons asked for every loan on the receipt (libraries that dropped titles drew complaints): what was lent
    now, then every current loan with its due date, overdue marked; never a name; and only when [receipt].all_loans
    is on."""
    import dataclasses

    from kiosk.session import Account, LoanLine

    account = Account((LoanLine("T2000001", "おくのほそ道 / 松尾芭蕉", dt.date(2026, 11, 2), overdue=True),
                       LoanLine("T0000011", "こころ / 夏目漱石", dt.date(2026, 12, 5))))  # fmt: skip
    item = (ItemLine("T0000011", ItemState.LENT, "こころ / 夏目漱石", dt.date(2026, 12, 5)),)
    printer = PrinterService.from_config(cfg)
    try:
        printer.print_receipt(item, "ja", loans=account)
        assert wait_for(lambda: len(sims.printer.receipts) == 1, timeout=10.0)
        assert "現在の貸出" not in sims.printer.last_text()  # the library did not turn it on
        printer.receipt_section = dataclasses.replace(cfg.receipt, all_loans=True)
        printer.print_receipt(item, "ja", loans=account)
        assert wait_for(lambda: len(sims.printer.receipts) == 2, timeout=10.0)
        text = sims.printer.last_text()
        now, every = text.split("現在の貸出 2点")
        assert "こころ" in now and "おくのほそ道" not in now
        assert "おくのほそ道" in every and "こころ" in every
        assert "返却期限 2026年11月2日(月) 延滞" in every and "返却期限 2026年12月5日(土)" in every
        assert "図書 太郎" not in text and "予約 さくら" not in text
        printer.print_receipt(item, "en", loans=account)
        assert wait_for(lambda: len(sims.printer.receipts) == 3, timeout=10.0)
        assert "All your loans: 2" in sims.printer.last_text() and "overdue" in sims.printer.last_text()
        printer.print_receipt(item, "en", loans=None)  # the account could not be read
        assert wait_for(lambda: len(sims.printer.receipts) == 4, timeout=10.0)
        assert "All your loans" not in sims.printer.last_text()
    finally:
        printer.close()
