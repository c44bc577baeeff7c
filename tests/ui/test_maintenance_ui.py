"""Maintenance mode: hidden gesture + passcode, lockout after five failures, device view, bundle, and leaving it."""

from __future__ import annotations

import sqlite3
import time
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import reasons
from kiosk import session as s
from kiosk.circulation import Circulation
from kiosk.sip2.demo import DemoLibrary
from offline_queue import Journal
from offline_queue.journal import LOOKUP_BACKOFF_S, LOOKUP_TRIES
from tests.sip2.conftest import make_client

from .conftest import PASSCODE, PATRON_NO

pytestmark = pytest.mark.pcsc


def tap(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def enter_code(k, code: str) -> None:
    pad = k.win.passcode.pad
    for d in code:
        tap(pad.keys[d])
    tap(pad.enter_button)


def test_gesture_passcode_devices_bundle_and_exit(kiosk, tmp_path):
    k = kiosk
    for _ in range(5):
        tap(k.win.idle.name)
    assert k.win.maintenance_active and k.win.stack.currentWidget() is k.win.passcode
    assert not k.win.bottom.isVisible()
    enter_code(k, PASSCODE)
    k.qtbot.waitUntil(lambda: k.win.stack.currentWidget() is k.win.maintenance, timeout=10000)
    # live device states come from the probes, off the event loop
    k.qtbot.waitUntil(lambda: k.win.maintenance.devices.rowCount() == 8, timeout=10000)
    table = k.win.maintenance.devices
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(8)}
    names = {"マイナンバーカードリーダー", "RFIDパッド", "レシートプリンター", "図書館システムとの接続", "オフライン貸出記録",
             "バーコードスキャナー", "端末の内部処理（スレッド）"}  # fmt: skip
    # the validation link is probed live (a signed, fresh answer from the OCSP responder), no card needed
    assert rows == {**dict.fromkeys(names, "正常"), "カード有効性確認サービス": "正常"}
    # the printer runs out of paper: the view shows it at the next refresh
    k.devices.printer.paper_out = True
    k.win.maintenance.refresh()
    k.qtbot.waitUntil(
        lambda: any(table.item(r, 0).text() == "レシートプリンター" and table.item(r, 3).text() == "paper_out"
                    for r in range(8)),
        timeout=10000,
    )  # fmt: skip
    # ...with what to do, in the staff language (Japanese unless [kiosk].staff_language says otherwise)
    printer = next(r for r in range(8) if table.item(r, 0).text() == "レシートプリンター")
    assert table.item(printer, 2).text() == "プリンターの用紙がありません。新しいロール紙を入れてください。"
    k.devices.printer.paper_out = False
    # the configuration view masks the passcode hash
    cfg_text = k.win.maintenance.config_view.toPlainText()
    assert "scrypt$" not in cfg_text and "********" in cfg_text
    # a diagnostic bundle without personal data
    tap(k.win.maintenance.bundle_button)
    k.qtbot.waitUntil(lambda: getattr(k.win.maintenance, "last_bundle", None) is not None, timeout=10000)
    with zipfile.ZipFile(k.win.maintenance.last_bundle) as z:
        blob = "".join(z.read(n).decode() for n in z.namelist())
    assert "card_reader" in blob and PATRON_NO not in blob and "scrypt$" not in blob
    # patron input is ignored while a technician works
    k.win.controller.barcodeScanned.emit("10000001")
    assert k.win.stack.currentWidget() is k.win.maintenance
    k.win.controller.post(s.Cancel())
    tap(k.win.maintenance.exit)
    assert not k.win.maintenance_active
    assert k.win.bottom.isVisible()
    k.wait_phase(s.Phase.IDLE)
    assert k.win.stack.currentWidget() is k.win.by_phase[s.Phase.IDLE]


def test_lockout_after_five_wrong_passcodes(kiosk):
    k = kiosk
    english_ok = k.win.language_bar.buttons["en"]
    tap(english_ok)
    k.win.ask_passcode()
    for i in range(4):
        enter_code(k, "11111111")
        k.qtbot.waitUntil(lambda: k.win.passcode.status.isVisible() and not k.win.passcode._busy, timeout=10000)
        assert f"{4 - i}" in k.win.passcode.status.text()
    enter_code(k, "11111111")
    # the staff screens speak the staff language, whichever language the last patron chose
    k.qtbot.waitUntil(lambda: "ロックしました" in k.win.passcode.status.text(), timeout=10000)
    # the right passcode is refused during the lockout
    k.win.passcode.status.setText("")
    enter_code(k, PASSCODE)
    k.qtbot.waitUntil(lambda: "ロックしました" in k.win.passcode.status.text(), timeout=10000)
    assert k.win.stack.currentWidget() is k.win.passcode
    assert k.gate.locked_for() > 0
    # Cancel leaves to the idle screen
    tap(k.win.passcode.pad.cancel_button)
    assert not k.win.maintenance_active
    assert k.win.stack.currentWidget() is k.win.by_phase[s.Phase.IDLE]


def test_maintenance_only_from_idle(kiosk):
    k = kiosk
    k.win.controller.barcodeScanned.emit("10000001")
    k.wait_phase(s.Phase.ITEMS)
    k.win.ask_passcode()
    assert not k.win.maintenance_active


def test_validation_link_down_shows_live_with_its_reason(kiosk_factory):
    import socket

    with socket.socket() as probe:  # a port on 127.0.0.1 where nothing listens
        probe.bind(("127.0.0.1", 0))
        dead = probe.getsockname()[1]
    k = kiosk_factory(validation={"ocsp_url": f"http://127.0.0.1:{dead}/", "connect_timeout_s": 1.0})
    k.win.ask_passcode()
    enter_code(k, PASSCODE)
    k.qtbot.waitUntil(lambda: k.win.stack.currentWidget() is k.win.maintenance, timeout=10000)
    table = k.win.maintenance.devices

    def row(name):
        for r in range(table.rowCount()):
            if table.item(r, 0).text() == name:
                return table.item(r, 1).text(), table.item(r, 3).text()
        return None

    k.qtbot.waitUntil(lambda: row("カード有効性確認サービス") is not None, timeout=15000)
    assert row("カード有効性確認サービス") == ("異常", "validation_unreachable")
    tap(k.win.maintenance.test_buttons["validation_link"])
    k.qtbot.waitUntil(lambda: "validation_unreachable" in k.win.maintenance.test_result.text(), timeout=15000)
    assert k.win.maintenance.test_result.text().startswith("✖")
    assert reasons.staff_text("validation_unreachable", "ja") in k.win.maintenance.test_result.text()


def test_self_test_reads_tries_without_a_pin(kiosk):
    k = kiosk
    k.insert()
    k.wait_phase(s.Phase.PIN)
    k.win.controller.post(s.Cancel())
    k.wait_phase(s.Phase.IDLE)
    k.win.lanes.wait(10000)
    k.win.ask_passcode()
    enter_code(k, PASSCODE)
    k.qtbot.waitUntil(lambda: k.win.stack.currentWidget() is k.win.maintenance, timeout=10000)
    tap(k.win.maintenance.test_buttons["card_tries"])
    k.qtbot.waitUntil(lambda: "3回" in k.win.maintenance.test_result.text(), timeout=20000)
    assert k.model.verify_with_data == 0
    tap(k.win.maintenance.test_buttons["test_receipt"])
    k.qtbot.waitUntil(lambda: len(k.receipts()) == 1, timeout=10000)
    assert "TEST PRINT" in k.receipts()[0].text()
    tap(k.win.maintenance.test_buttons["read_tag"])
    k.qtbot.waitUntil(lambda: "パッド上のタグ: 0枚" in k.win.maintenance.test_result.text(), timeout=10000)


def test_technician_card_opens_the_passcode_screen(kiosk_factory):
    k = kiosk_factory(maintenance={"technician_cards": ["TECH-7781"]})
    k.win.controller.barcodeScanned.emit("TECH-7781")
    assert k.win.maintenance_active and k.win.stack.currentWidget() is k.win.passcode
    assert k.view.phase is s.Phase.IDLE  # no patron session was started
    cfg_view = k.win.maintenance.config_view
    enter_code(k, PASSCODE)
    k.qtbot.waitUntil(lambda: k.win.stack.currentWidget() is k.win.maintenance, timeout=10000)
    assert "TECH-7781" not in cfg_view.toPlainText()


def _loans_replay_could_not_settle(tmp_path, items):
    """Before the kiosk starts: offline loans of ``items`` a crash left in flight, whose look-ups failed
    LOOKUP_TRIES times (a library system that cannot answer item information): staff must check them."""
    seed = DemoLibrary()
    seed.start()
    journal = Journal(tmp_path / "offline.sqlite", tmp_path / "offline.key")
    for item in items:
        journal.enqueue(PATRON_NO, item)
    db = sqlite3.connect(tmp_path / "offline.sqlite")
    db.execute("UPDATE offline_txn SET state = 'sent', attempts = 1")
    db.commit()
    db.close()
    seed.inject("drop", command="17", count=1000)
    client = make_client(seed, retries=0)
    wall = time.time()
    journal.clock = lambda: wall  # a look-up is tried again only after its backoff
    for n in range(LOOKUP_TRIES):
        journal.replay(Circulation(client))
        wall += LOOKUP_BACKOFF_S[min(n, len(LOOKUP_BACKOFF_S) - 1)] + 1
    assert [c.item for c in journal.checks()] == list(items)
    client.close()
    journal.close()
    seed.close()


def choose(listing, row: int) -> None:
    item = listing.item(row)
    QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())


def test_staff_settle_the_loans_to_check_at_the_counter(kiosk_factory, tmp_path):
    _loans_replay_could_not_settle(tmp_path, ["T0000003", "T0000004"])
    k = kiosk_factory()
    k.win.ask_passcode()
    enter_code(k, PASSCODE)
    k.qtbot.waitUntil(lambda: k.win.stack.currentWidget() is k.win.maintenance, timeout=10000)
    m = k.win.maintenance
    bar = m.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())  # the Queue tab
    assert m.tabs.currentIndex() == 1
    k.qtbot.waitUntil(lambda: m.checks.count() == 2, timeout=10000)
    assert "T0000003" in m.checks.item(0).text() and "T0000004" in m.checks.item(1).text()
    assert PATRON_NO not in m.checks.item(0).text()  # the item and when, not the patron
    assert not m.check_lent.isEnabled() and not m.check_send.isEnabled()  # nothing chosen yet
    # staff find T0000003 lent to the patron at the counter
    assert k.lib.state.loan("T0000003") is None
    desk = make_client(k.lib)
    assert Circulation(desk).checkout(PATRON_NO, "T0000003").ok
    desk.close()
    choose(m.checks, 0)
    assert m.check_lent.isEnabled()
    tap(m.check_lent)
    k.qtbot.waitUntil(lambda: m.checks.count() == 1, timeout=10000)
    assert "T0000004" in m.checks.item(0).text()
    # and T0000004 not lent: the kiosk sends it
    choose(m.checks, 0)
    tap(m.check_send)
    k.qtbot.waitUntil(lambda: m.checks.count() == 0, timeout=10000)
    tap(m.sync_button)
    k.qtbot.waitUntil(lambda: k.lib.state.loan("T0000004") is not None, timeout=20000)
    assert k.lib.state.loan("T0000004").patron == PATRON_NO
    checkouts = [(i, ok) for op, _p, i, ok, _nb in k.lib.state.circ_log() if op == "checkout"]
    assert checkouts == [("T0000003", True), ("T0000004", True)]  # T0000003 was not sent again
    k.qtbot.waitUntil(lambda: k.journal.status().waiting == 0, timeout=10000)
