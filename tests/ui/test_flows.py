"""End-to-end patron flows through the real window, the real card stack and the worker lanes."""

from __future__ import annotations

import io
import json
import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget

import eventlog
from hardware.dates import format_date
from kiosk import session as s
from kiosk.session import Phase
from kiosk.sip2 import demo_data

from .conftest import DUE, PATRON_NO

KOKORO, NEKO = "T0000011", "T0000001"

pytestmark = pytest.mark.pcsc


def pad_read(k, n: int) -> None:
    """Wait until the pad's poller has seen ``n`` items (a book put down a moment before the card)."""
    rfid = k.services.hold_pad.__self__
    k.qtbot.waitUntil(lambda: len(rfid._present) == n, timeout=10000)


def screen_text(k) -> str:
    return "\n".join(k.win.visible_texts())


def english(k) -> None:
    k.win.language_bar.buttons["en"].click()
    assert k.view.language == "en"


def test_my_number_happy_path_to_receipt_and_wipe(kiosk):
    k = kiosk
    english(k)
    k.insert()
    k.wait_phase(Phase.PIN)
    assert k.view.tries_left == 3
    assert "Enter your 4-digit PIN" in screen_text(k)
    k.type_pin("1234")
    k.wait_phase(Phase.ITEMS)
    assert k.card_service.validation_health().reason == "" and k.card_service.validation_state[0] == "ok"
    k.put(KOKORO, NEKO)
    k.qtbot.waitUntil(lambda: k.view.lent_count == 2 and k.view.pending == 0, timeout=20000)
    text = screen_text(k)
    assert "こころ" in text and f"Due back {format_date(DUE, 'en')}" in text
    assert k.lent_on_pad() == {KOKORO, NEKO}
    assert {x.item for x in k.lib.state.loans(PATRON_NO)} == {KOKORO, NEKO}
    receipt = k.finish_with_receipt()
    k.wait_phase(Phase.GOODBYE)
    assert "こころ" in receipt and "吾輩は猫である" in receipt and PATRON_NO not in receipt
    k.qtbot.waitUntil(lambda: k.lib.counts.get("35", 0) == 1, timeout=10000)
    QTest.mouseClick(k.win.by_phase[Phase.GOODBYE].done, Qt.MouseButton.LeftButton)
    k.wait_phase(Phase.IDLE)
    assert k.view.language == "ja"  # the next patron starts in Japanese
    assert_nothing_of_patron(k, ["こころ", "吾輩は猫", KOKORO, NEKO, PATRON_NO, format_date(DUE, "en")])
    assert {s.Cue.READ, s.Cue.LENT} <= set(k.win.sound.played)


def assert_nothing_of_patron(k, secrets: list[str]) -> None:
    win = k.win
    assert not win.controller.session.holds_patron_data()
    texts = win.visible_texts() + [win.windowTitle()]
    for w in win.findChildren(QListWidget):
        if not win.maintenance.isAncestorOf(w):
            assert w.count() == 0
    for secret in secrets:
        assert not any(secret in t for t in texts), secret
    for sc in win.screens:
        assert getattr(sc, "_view", None) is None
    for w in win.findChildren(QLabel) + win.findChildren(QAbstractButton):
        for secret in secrets:
            assert secret not in w.accessibleName()


def test_wrong_pin_down_to_last_try_warning_never_retries(kiosk):
    k = kiosk
    english(k)
    k.insert()
    k.wait_phase(Phase.PIN)
    k.type_pin("0000")
    k.qtbot.waitUntil(lambda: k.view.phase is Phase.PIN and k.view.tries_left == 2, timeout=20000)
    assert "That PIN was not right" in screen_text(k)
    k.type_pin("9999")
    k.wait_phase(Phase.LAST_TRY)
    assert "Only one try left" in screen_text(k)
    assert s.Cue.WARNING in k.win.sound.played
    # typing on the warning screen does not reach the card
    for d in "1111":
        QTest.keyClick(k.win, d)
    k.win.lanes.wait(10000)
    assert k.model.verify_with_data == 2
    QTest.mouseClick(k.win.by_phase[Phase.LAST_TRY].go, Qt.MouseButton.LeftButton)
    k.wait_phase(Phase.PIN)
    assert "Last try" in screen_text(k)
    k.type_pin("1234")
    k.wait_phase(Phase.ITEMS)
    assert k.model.verify_with_data == 3


def test_blocked_card_goes_to_city_office_without_a_pad(kiosk):
    k = kiosk
    english(k)
    k.model.tries_left = 0
    k.insert()
    k.wait_phase(Phase.REFUSED)
    assert k.view.refusal == "pin_blocked"
    text = screen_text(k)
    assert "city or town office" in text and "pin_blocked" in text
    assert k.model.verify_with_data == 0


def test_unlinked_card_is_sent_to_the_counter(kiosk_factory):
    k = kiosk_factory(link=False)
    english(k)
    k.insert()
    k.wait_phase(Phase.PIN)
    k.type_pin("1234")
    k.wait_phase(Phase.REFUSED)
    assert k.view.refusal == "not_linked"
    assert "register it once at the library counter" in screen_text(k)
    QTest.mouseClick(k.win.by_phase[Phase.REFUSED].ok, Qt.MouseButton.LeftButton)
    k.wait_phase(Phase.IDLE)


def test_revoked_card(kiosk, pki, revoked_user):
    from hardware.sim.jpki_card import JpkiCardModel

    k = kiosk
    k.insert(JpkiCardModel(cert_der=revoked_user.der, key=revoked_user.key, ca_der=pki.ca.der))
    k.type_pin_unless_refused("1234")
    k.wait_phase(Phase.REFUSED)
    assert k.view.refusal == "cert_revoked"
    assert "電子証明書が有効ではなくなっています" in screen_text(k)


def test_card_removed_during_pin_entry_ends_the_session(kiosk):
    k = kiosk
    k.insert()
    k.wait_phase(Phase.PIN)
    QTest.keyClick(k.win, "1")
    QTest.keyClick(k.win, "2")
    assert k.view.pin_length == 2
    k.remove()
    k.wait_phase(Phase.IDLE)
    assert not k.win.controller.session.holds_patron_data()
    assert k.model.verify_with_data == 0


def test_barcode_patron_item_refused_with_library_reason(kiosk):
    k = kiosk
    english(k)
    k.scan(demo_data.PATRON_WITH_HOLDS)
    k.wait_phase(Phase.ITEMS)
    k.scan(demo_data.ITEM_ON_HOLD_FOR_OTHER)  # a scan on the item screen is an item
    k.qtbot.waitUntil(lambda: bool(k.view.items) and k.view.items[0].state is s.ItemState.REFUSED, timeout=20000)
    item = k.view.items[0]
    assert item.reason == "item_on_hold" and item.title.startswith("風の又三郎") and item.message
    text = screen_text(k)
    # in English the kiosk's words for the reason, never the library system's Japanese sentence
    assert "item_on_hold" in text and "reserved for another patron" in text
    assert item.message not in text
    assert demo_data.ITEM_ON_HOLD_FOR_OTHER not in k.lent_on_pad()
    assert s.Cue.REFUSED in k.win.sound.played


def test_receipt_tells_of_holds_waiting_at_the_library(kiosk):
    k = kiosk
    english(k)
    k.scan(demo_data.PATRON_WITH_HOLDS)
    k.wait_phase(Phase.ITEMS)
    k.put(KOKORO)
    k.qtbot.waitUntil(lambda: k.view.lent_count == 1 and k.view.pending == 0, timeout=20000)
    k.qtbot.waitUntil(lambda: "2 reservations are ready for you." in screen_text(k), timeout=5000)
    receipt = k.finish_with_receipt()
    assert "Reserved items ready for pickup: 2" in receipt and f"Due {format_date(DUE, 'en')}" in receipt
    assert "offline" not in receipt.lower()
    k.wait_phase(Phase.GOODBYE)
    assert not k.win.controller.session.holds_patron_data()


def test_reference_book_is_refused_and_others_still_lend(kiosk):
    k = kiosk
    k.put(demo_data.ITEM_NOT_FOR_LOAN, KOKORO)  # on the pad before the patron scanned the card
    pad_read(k, 2)
    k.scan(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)
    k.qtbot.waitUntil(lambda: k.view.held == 2, timeout=20000)  # set aside until the patron says they are theirs
    assert k.view.items == () and k.lib.counts.get("11", 0) == 0
    QTest.mouseClick(k.win.by_phase[Phase.ITEMS].held_button, Qt.MouseButton.LeftButton)
    k.qtbot.waitUntil(lambda: len(k.view.items) == 2 and k.view.pending == 0, timeout=20000)
    by_id = {i.item_id: i for i in k.view.items}
    assert by_id[KOKORO].state is s.ItemState.LENT
    assert by_id[demo_data.ITEM_NOT_FOR_LOAN].state is s.ItemState.REFUSED
    assert by_id[demo_data.ITEM_NOT_FOR_LOAN].reason == "not_for_loan"
    assert k.lent_on_pad() == {KOKORO}


@pytest.mark.parametrize("patron", [demo_data.PATRON_BLOCKED, demo_data.PATRON_EXPIRED, demo_data.PATRON_AT_LIMIT])
def test_refused_patrons_get_a_kind_message_and_the_library_words(kiosk, patron):
    k = kiosk
    k.win.controller.barcodeScanned.emit(patron)
    k.wait_phase(Phase.REFUSED)
    text = screen_text(k)
    assert "カウンター" in text
    if demo_data.PATRONS[patron].message:
        assert demo_data.PATRONS[patron].message in text
    assert k.view.refusal in text  # the code for staff
    QTest.mouseClick(k.win.by_phase[Phase.REFUSED].ok, Qt.MouseButton.LeftButton)
    k.wait_phase(Phase.IDLE)


def test_offline_lending_goes_to_journal_within_limits(kiosk_factory):
    k = kiosk_factory(ui={"bookmobile": True})
    english(k)
    k.lib.stop()  # the bookmobile is out of reach of the library system
    k.win.controller.barcodeScanned.emit(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)  # the barcode method may lend offline here: the patron goes on unchecked
    for item in (KOKORO, NEKO, "T0000003"):
        k.put(item)
        k.qtbot.waitUntil(lambda item=item: any(i.item_id == item for i in k.view.items), timeout=20000)
    k.qtbot.waitUntil(lambda: len(k.view.items) == 3 and k.view.pending == 0, timeout=20000)
    states = [i.state for i in k.view.items]
    assert states == [s.ItemState.LENT_OFFLINE, s.ItemState.LENT_OFFLINE, s.ItemState.REFUSED]
    assert k.view.items[2].reason == "offline_limit"
    assert k.journal.pending() == 2
    assert "lent offline" in screen_text(k)
    # the banner shows the waiting transactions; one action syncs once the library is back
    k.win.banner.poll()
    k.qtbot.waitUntil(lambda: "Waiting transactions: 2" in k.win.banner.waiting.text(), timeout=10000)
    assert "Offline" in k.win.banner.state.text()
    k.win.controller.post(s.FinishPressed())
    k.win.controller.post(s.ReceiptChosen(False))
    k.win.controller.post(s.Acknowledge())
    k.wait_phase(Phase.IDLE)
    k.lib.start()  # back at base: one key syncs
    QTest.keyClick(k.win, Qt.Key.Key_F5)
    k.qtbot.waitUntil(lambda: k.journal.pending() == 0, timeout=20000)
    k.qtbot.waitUntil(lambda: k.win.banner.status is not None and k.win.banner.status.online, timeout=10000)
    assert "オンライン" in k.win.banner.state.text()  # the session ended: back to Japanese
    assert {x.item for x in k.lib.state.loans(PATRON_NO)} == {KOKORO, NEKO}


def test_offline_loans_go_out_by_themselves_when_the_library_is_back(kiosk_factory):
    """Cut the link, lend offline (the receipt says so), restore the link: the queue drains with nobody pressing
    anything, the banner turns online, and the loan the library refuses stays in the staff list."""
    k = kiosk_factory(ui={"bookmobile": True}, offline={"probe_interval_s": 1.0, "probe_backoff_max_s": 2.0})
    buf = io.StringIO()
    eventlog.setup("DEBUG", stream=buf)
    try:
        offline_then_back(k)
    finally:
        logging.getLogger().handlers.clear()
    lines = [json.loads(line) for line in buf.getvalue().splitlines() if line.startswith("{")]
    events = {x["event"] for x in lines}
    assert {"link.offline", "link.online", "link.sync_started", "link.synced", "queue.refused"} <= events
    text = json.dumps([{k: v for k, v in x.items() if k not in ("ts", "session")} for x in lines], ensure_ascii=False)
    for secret in (PATRON_NO, KOKORO, demo_data.ITEM_NOT_FOR_LOAN, "こころ", "広辞苑"):
        assert secret not in text


def offline_then_back(k) -> None:
    import datetime as dt

    link = k.win.link
    k.qtbot.waitUntil(lambda: link.state.online is True, timeout=20000)
    english(k)
    k.lib.stop()
    k.win.controller.barcodeScanned.emit(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)
    k.put(KOKORO, demo_data.ITEM_NOT_FOR_LOAN)  # whether it may go home cannot be known offline
    k.qtbot.waitUntil(lambda: k.view.lent_count == 2 and k.view.pending == 0, timeout=20000)
    assert {i.state for i in k.view.items} == {s.ItemState.LENT_OFFLINE}
    receipt = k.finish_with_receipt()
    k.wait_phase(Phase.GOODBYE)
    offline_due = dt.date.today() + dt.timedelta(days=k.win.cfg.offline.loan_period_days)
    assert receipt.count(f"Due {format_date(offline_due, 'en')} *") == 2 and "* Lent offline" in receipt
    QTest.mouseClick(k.win.by_phase[Phase.GOODBYE].done, Qt.MouseButton.LeftButton)
    k.wait_phase(Phase.IDLE)
    # between patrons the monitor checks the link itself and the banner says what it found
    k.qtbot.waitUntil(lambda: link.state.online is False and link.state.waiting == 2, timeout=20000)
    k.qtbot.waitUntil(lambda: "オフライン" in k.win.banner.state.text(), timeout=5000)
    assert "送信待ちの貸出：2件" in k.win.banner.waiting.text()
    k.lib.start()  # back in reach; nobody presses anything
    k.qtbot.waitUntil(lambda: k.journal.pending() == 0, timeout=30000)
    k.qtbot.waitUntil(lambda: link.state.online and link.state.refused == 1 and not link.state.syncing, timeout=10000)
    k.qtbot.waitUntil(lambda: "オンライン" in k.win.banner.state.text(), timeout=5000)
    assert "職員確認" in k.win.banner.waiting.text()
    assert {x.item for x in k.lib.state.loans(PATRON_NO)} == {KOKORO}
    # the technician sees the refusal (when and why, nothing of the patron or the item)
    k.win.ask_passcode()
    k.win._maintenance_open()
    k.qtbot.waitUntil(lambda: k.win.maintenance.refusals.count() == 1, timeout=10000)
    row = k.win.maintenance.refusals.item(0).text()
    assert "not_for_loan" in row and demo_data.ITEM_NOT_FOR_LOAN not in row and PATRON_NO not in row
    assert "オンライン" in k.win.maintenance.queue_text.text()
    k.win.leave_maintenance()


def test_timeout_clears_everything(kiosk):
    k = kiosk
    now = [1000.0]
    k.win.controller.clock = lambda: now[0]
    k.win.controller.barcodeScanned.emit(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)
    k.put(KOKORO, NEKO)
    k.qtbot.waitUntil(lambda: k.view.lent_count == 2, timeout=20000)
    assert "こころ" in screen_text(k)
    now[0] += 61
    k.qtbot.waitUntil(lambda: k.view.countdown is not None, timeout=5000)
    assert k.win.countdown.isVisible()
    assert "あと" in k.win.countdown_label.text()
    # a touch anywhere (here: on the title, not a button) means the patron is still there
    title = k.win.by_phase[Phase.ITEMS].title
    where = title.mapTo(k.win, title.rect().center())
    QTest.mouseClick(k.win.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    assert k.view.countdown is None
    now[0] += 61
    k.qtbot.waitUntil(lambda: k.view.countdown is not None, timeout=5000)
    now[0] += 21
    k.wait_phase(Phase.IDLE, timeout=5000)
    k.qtbot.waitUntil(lambda: k.lib.counts.get("35", 0) == 1, timeout=10000)
    assert not k.win.countdown.isVisible()
    assert_nothing_of_patron(k, ["こころ", "吾輩は猫", KOKORO, NEKO, PATRON_NO, format_date(DUE, "ja")])


def test_logs_of_a_whole_session_hold_no_identities(kiosk):
    k = kiosk
    buf = io.StringIO()
    eventlog.setup("DEBUG", stream=buf)
    try:
        k.insert()
        k.wait_phase(Phase.PIN)
        k.type_pin("0000")
        k.qtbot.waitUntil(lambda: k.view.tries_left == 2, timeout=20000)
        k.type_pin("1234")
        k.wait_phase(Phase.ITEMS)
        k.put(KOKORO)
        k.qtbot.waitUntil(lambda: k.view.lent_count == 1, timeout=20000)
        k.win.controller.post(s.FinishPressed())
        k.win.controller.post(s.ReceiptChosen(False))
        k.win.controller.post(s.Acknowledge())
        k.win.lanes.wait(10000)
    finally:
        logging.getLogger().handlers.clear()
    lines = [json.loads(line) for line in buf.getvalue().splitlines() if line.startswith("{")]
    events = [x["event"] for x in lines]
    assert "session.start" in events and "lend.ok" in events and "auth.pin_wrong" in events
    # the random parts (time, session id) are dropped before searching, so digits in them cannot match by chance
    text = json.dumps([{k: v for k, v in x.items() if k not in ("ts", "session")} for x in lines], ensure_ascii=False)
    serial = str(k.model.cert_der and kiosk_serial(k))
    for secret in ("0000", "1234", PATRON_NO, KOKORO, "こころ", serial):
        assert secret not in text


def kiosk_serial(k) -> int:
    from cryptography import x509

    return x509.load_der_x509_certificate(k.model.cert_der).serial_number


def test_keyboard_only_session_for_a_crew_member(kiosk):
    k = kiosk
    k.scan(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)
    k.put(KOKORO)
    k.qtbot.waitUntil(lambda: k.view.lent_count == 1 and k.view.pending == 0, timeout=20000)
    k.win.by_phase[Phase.ITEMS].finish.setFocus()
    QTest.keyClick(k.win, Qt.Key.Key_Return)
    k.wait_phase(Phase.RECEIPT)
    # focus starts on "yes"; Tab moves to "no"
    assert k.win.focusWidget() is k.win.by_phase[Phase.RECEIPT].yes
    QTest.keyClick(k.win, Qt.Key.Key_Escape)  # Escape on the receipt question = no receipt, goodbye
    k.wait_phase(Phase.GOODBYE)
    assert k.receipts() == []


def test_library_card_with_password(kiosk_factory):
    k = kiosk_factory(ui={"barcode_password": True})
    english(k)
    k.win.controller.barcodeScanned.emit(demo_data.PATRON_OK)
    k.wait_phase(Phase.PIN)
    assert "library card password" in screen_text(k)
    k.type_pin("9999")
    k.wait_phase(Phase.REFUSED)
    assert k.view.refusal == "wrong_password" and "password was not right" in screen_text(k)
    QTest.mouseClick(k.win.by_phase[Phase.REFUSED].ok, Qt.MouseButton.LeftButton)
    k.wait_phase(Phase.IDLE)
    english(k)
    k.win.controller.barcodeScanned.emit(demo_data.PATRON_OK)
    k.wait_phase(Phase.PIN)
    k.type_pin(demo_data.PATRON_PASSWORD)
    k.wait_phase(Phase.ITEMS)


def test_validation_link_down_fails_closed_with_a_kind_message(kiosk_factory):
    import socket

    with socket.socket() as probe:  # a port on 127.0.0.1 where nothing listens
        probe.bind(("127.0.0.1", 0))
        dead = probe.getsockname()[1]
    k = kiosk_factory(validation={"ocsp_url": f"http://127.0.0.1:{dead}/", "connect_timeout_s": 1.0})
    english(k)
    k.insert()
    k.wait_phase(Phase.PIN)
    k.type_pin("1234")
    k.wait_phase(Phase.REFUSED)
    assert k.view.refusal.startswith(("validation", "ocsp", "crl", "offline"))
    assert "cannot be checked right now" in screen_text(k)
    health = k.card_service.validation_health()
    assert health.name == "validation_link" and health.reason == k.view.refusal
