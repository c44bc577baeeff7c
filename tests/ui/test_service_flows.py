"""The patron's services end to end through the real window (issue 16), in Japanese and English: returns (after
identification and without a card), renewals, my account with the holds notice, the count check, and the receipt of
all loans. The demo library system over SIP2 on 127.0.0.1, the RFID pad, scanner and printer simulators driven by
the real drivers, as in test_flows."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hardware.rfid.model import ItemData
from kiosk import session as s
from kiosk.session import Phase, ReturnState
from kiosk.sip2 import demo_data
from ui import i18n

from .test_flows import KOKORO, NEKO, assert_nothing_of_patron, english, screen_text

pytestmark = pytest.mark.pcsc

HOLDER = demo_data.PATRON_WITH_HOLDS


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def put_lent(k, *items: str) -> None:
    """Books on the pad whose tags say "lent" (as a patron brings them back)."""
    for item in items:
        k.devices.rfid.add_item(ItemData(item), afi=k.win.cfg.rfid.afi_lent)


def afi(k, item: str) -> int:
    from hardware.rfid.iso28560_3 import decode

    for tag in k.devices.rfid.tags.values():
        if decode(bytes(tag.memory)).item_id == item:
            return tag.afi
    raise KeyError(item)


def returns_settled(k, n: int) -> bool:
    return len(k.view.returns) == n and k.view.pending == 0


def test_returns_after_identification_secure_the_tags_and_say_where_books_go_in_japanese(kiosk):
    k = kiosk
    k.scan(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)
    items = k.win.by_phase[Phase.ITEMS]
    assert items.service_buttons["return"].isVisible() and items.service_buttons["return"].text() == "返却する"
    k.put(KOKORO)
    k.qtbot.waitUntil(lambda: k.view.lent_count == 1 and k.view.pending == 0, timeout=20000)
    put_lent(k, demo_data.ITEM_RESERVED_LOAN)  # lent to someone else, reserved: returned to its hold
    click(items.service_buttons["return"])
    k.wait_phase(Phase.RETURNS)
    k.qtbot.waitUntil(lambda: returns_settled(k, 1), timeout=20000)
    (line,) = k.view.returns  # こころ was just lent: the pad does not take it back
    assert line.item_id == demo_data.ITEM_RESERVED_LOAN and line.state is ReturnState.DESK and line.desk == "hold"
    assert afi(k, demo_data.ITEM_RESERVED_LOAN) == k.win.cfg.rfid.afi_on_shelf
    assert afi(k, KOKORO) == k.win.cfg.rfid.afi_lent
    text = screen_text(k)
    assert "予約が入っている資料です。カウンターへお持ちください。" in text and demo_data.HOLD_SHELF in text
    assert "方丈記" in text
    # a scanned book goes through the library system too; not on loan, it is not returned
    k.scan("T0000005")
    k.qtbot.waitUntil(lambda: returns_settled(k, 2), timeout=20000)
    assert k.view.returns[1].reason == "not_checked_out"
    click(k.win.by_phase[Phase.RETURNS].back)
    k.wait_phase(Phase.ITEMS)
    assert {x.item for x in k.lib.state.loans(demo_data.PATRON_OK)} == {KOKORO}
    assert k.lib.state.loan(demo_data.ITEM_RESERVED_LOAN) is None


def test_returns_without_a_card_and_no_returns_while_the_library_is_away_in_english(kiosk_factory):
    k = kiosk_factory(services={"returns_without_card": True})
    english(k)
    idle = k.win.idle
    assert idle.returns.isVisible() and idle.returns.text() == "Return books (no card needed)"
    put_lent(k, demo_data.ITEM_OVERDUE, demo_data.ITEM_OTHER_BRANCH)
    k.lib.state.checkout(demo_data.PATRON_OK, demo_data.ITEM_OTHER_BRANCH)  # lent earlier
    click(idle.returns)
    k.wait_phase(Phase.RETURNS)
    assert k.view.method == "anonymous" and not k.win.by_phase[Phase.RETURNS].back.isVisible()
    k.qtbot.waitUntil(lambda: returns_settled(k, 2), timeout=20000)
    by_id = {r.item_id: r for r in k.view.returns}
    assert by_id[demo_data.ITEM_OVERDUE].state is ReturnState.RETURNED
    assert (by_id[demo_data.ITEM_OTHER_BRANCH].desk, by_id[demo_data.ITEM_OTHER_BRANCH].route) == (
        "transfer", demo_data.OTHER_BRANCH)  # fmt: skip
    text = screen_text(k)
    assert "Returned. Thank you!" in text and "It goes to another library" in text and demo_data.OTHER_BRANCH in text
    k.lib.stop()  # the library system goes away: nothing is returned, the patron is sent to the slot
    put_lent(k, "T2000003")
    k.qtbot.waitUntil(lambda: returns_settled(k, 3), timeout=20000)
    assert k.view.returns[2].reason == "library_unavailable"
    assert "Please use the return slot or the counter." in screen_text(k)
    assert afi(k, "T2000003") == k.win.cfg.rfid.afi_lent
    click(k.win.by_phase[Phase.RETURNS].finish)
    k.wait_phase(Phase.GOODBYE)
    assert k.lib.counts.get("35", 0) == 0  # nobody identified: no patron session to end
    QTest.mouseClick(k.win.by_phase[Phase.GOODBYE].done, Qt.MouseButton.LeftButton)
    k.wait_phase(Phase.IDLE)
    assert_nothing_of_patron(k, ["おくのほそ道", "走れメロス", demo_data.ITEM_OVERDUE])


def test_renew_one_then_all_in_japanese(kiosk):
    k = kiosk
    k.scan(HOLDER)
    k.wait_phase(Phase.ITEMS)
    click(k.win.by_phase[Phase.ITEMS].service_buttons["renew"])
    k.wait_phase(Phase.RENEW)
    screen = k.win.by_phase[Phase.RENEW]
    assert [ln.item_id for ln in k.view.loans] == sorted(demo_data.SERVICE_LOANS)
    text = screen_text(k)
    assert "貸出の延長" in text and "延滞中" in text and "おくのほそ道" in text
    before = k.lib.state.loan("T2000003").due
    row = next(i for i in range(screen.list.count()) if screen.list.item(i).text().startswith("枕草子"))
    screen.list.item(row).setSelected(True)
    assert screen.renew_one.isEnabled()
    click(screen.renew_one)
    k.qtbot.waitUntil(lambda: k.view.loans[2].renewal == "renewed", timeout=20000)
    assert k.lib.state.loan("T2000003").due > before
    click(screen.renew_all)
    k.qtbot.waitUntil(lambda: all(ln.renewal in ("renewed", "refused") for ln in k.view.loans), timeout=20000)
    loans = {ln.item_id: ln for ln in k.view.loans}
    assert loans[demo_data.ITEM_OVERDUE].renewal == "renewed" and not loans[demo_data.ITEM_OVERDUE].overdue
    assert loans[demo_data.ITEM_RESERVED_LOAN].renewal == "refused"
    text = screen_text(k)
    assert (
        "延長しました・新しい返却期限" in text and "延長できませんでした：予約が入っているため更新できません。" in text
    )
    assert k.lib.state.loan("T2000003").renewals == 1  # "renew all" did not renew it twice
    click(screen.back)
    k.wait_phase(Phase.ITEMS)
    assert k.view.loans == ()  # what was read goes when the patron leaves the loans


def test_my_account_and_the_holds_notice_in_english_then_nothing_is_kept(kiosk):
    k = kiosk
    english(k)
    k.scan(HOLDER)
    k.wait_phase(Phase.ITEMS)
    notice = k.win.by_phase[Phase.ITEMS].holds
    assert notice.isVisible()
    assert notice.text() == (f"2 reservations are ready for you. Collect them at: {demo_data.HOLD_SHELF} / "
                             f"{demo_data.OTHER_BRANCH}")  # fmt: skip
    click(k.win.by_phase[Phase.ITEMS].service_buttons["account"])
    k.wait_phase(Phase.ACCOUNT)
    text = screen_text(k)
    assert "My account" in text and "Items out: 3" in text and "(overdue: 1)" in text
    assert "Reservations ready for pickup: 2" in text and f"Collect at: {demo_data.OTHER_BRANCH}" in text
    assert "Kept until" in text and "おくのほそ道" in text and "注文の多い料理店" in text
    assert "予約 さくら" not in text  # never the patron's name
    click(k.win.by_phase[Phase.ACCOUNT].finish)
    k.wait_phase(Phase.GOODBYE)
    QTest.mouseClick(k.win.by_phase[Phase.GOODBYE].done, Qt.MouseButton.LeftButton)
    k.wait_phase(Phase.IDLE)
    assert_nothing_of_patron(k, ["おくのほそ道", "注文の多い料理店", "方丈記", HOLDER, demo_data.OTHER_BRANCH])


def test_the_count_check_in_japanese(kiosk_factory):
    k = kiosk_factory(services={"count_check": True, "count_settle_s": 1.0})
    k.put(KOKORO, NEKO)
    k.scan(demo_data.PATRON_OK)
    k.wait_phase(Phase.COUNT)  # books on the pad: how many did you put down?
    assert "パッドに置いた本は何冊ですか？" in screen_text(k)
    assert not k.lib.state.loans(demo_data.PATRON_OK)
    k.qtbot.waitUntil(lambda: k.view.uncounted == 2, timeout=20000)
    QTest.keyClick(k.win, "3")  # a keypad types into the count pad as into the PIN pad
    QTest.keyClick(k.win, Qt.Key.Key_Return)
    k.wait_phase(Phase.COUNT_RETRY)
    assert "入力された冊数：3冊、読み取った冊数：2冊" in screen_text(k)
    click(k.win.by_phase[Phase.COUNT_RETRY].again)  # typed wrong: type it again
    k.wait_phase(Phase.COUNT)
    QTest.keyClick(k.win, "2")
    QTest.keyClick(k.win, Qt.Key.Key_Return)
    k.qtbot.waitUntil(lambda: k.view.lent_count == 2 and k.view.pending == 0, timeout=20000)
    assert k.view.phase is Phase.ITEMS and k.lent_on_pad() == {KOKORO, NEKO}


def test_a_second_count_mismatch_sends_to_the_desk_in_english(kiosk_factory):
    k = kiosk_factory(services={"count_check": True, "count_settle_s": 1.0})
    english(k)
    k.scan(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)
    k.put(KOKORO)
    k.wait_phase(Phase.COUNT)
    for key in ("2", Qt.Key.Key_Return):
        QTest.keyClick(k.win, key)
    k.wait_phase(Phase.COUNT_RETRY)
    assert "Please spread the books out on the pad" in screen_text(k)
    click(k.win.by_phase[Phase.COUNT_RETRY].check)
    k.wait_phase(Phase.REFUSED)
    assert k.view.refusal == "count_mismatch"
    text = screen_text(k)
    assert "The number of books did not match" in text and "count_mismatch" in text
    assert not k.lib.state.loans(demo_data.PATRON_OK) and k.lent_on_pad() == set()
    click(k.win.by_phase[Phase.REFUSED].ok)
    k.wait_phase(Phase.IDLE)


def test_the_receipt_lists_every_current_loan_when_the_library_wants_it(kiosk_factory):
    k = kiosk_factory(receipt={"all_loans": True})
    k.scan(HOLDER)
    k.wait_phase(Phase.ITEMS)
    k.put(KOKORO)
    k.qtbot.waitUntil(lambda: k.view.lent_count == 1 and k.view.pending == 0, timeout=20000)
    receipt = k.finish_with_receipt()
    now, every = receipt.split("現在の貸出 4点")
    assert "こころ" in now and "おくのほそ道" not in now
    for title in ("こころ", "おくのほそ道", "方丈記", "枕草子"):
        assert title in every
    assert "延滞" in every and "予約 さくら" not in receipt and HOLDER not in receipt


def test_every_text_of_the_services_screens_is_translated_in_every_language():
    """Every literal text of the patron screens (the services' included) is in every translation file."""
    import ast
    from pathlib import Path

    wanted = set()
    for name in ("service_screens.py", "screens.py", "messages.py"):
        tree = ast.parse((Path(__file__).resolve().parents[2] / "ui" / name).read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "translate" and len(node.args) >= 2:
                if isinstance(node.args[1], ast.Constant):
                    wanted.add(node.args[1].value)
    assert {"Return books", "Renew this book", "Check again", "%n reservation(s) are ready for you."} <= wanted
    for lang, ts in i18n.ts_files().items():
        found = {}
        for msg in ET.parse(ts).getroot().iter("message"):
            tr = msg.find("translation")
            found[msg.find("source").text] = tr is not None and tr.get("type") != "unfinished"
        missing = sorted(w for w in wanted if not found.get(w))
        assert not missing, (lang, missing)


def test_the_services_follow_the_librarys_policy(kiosk_factory):
    k = kiosk_factory(services={"returns": False, "renewals": False, "account": True, "holds_notice": False})
    k.scan(HOLDER)
    k.wait_phase(Phase.ITEMS)
    buttons = k.win.by_phase[Phase.ITEMS].service_buttons
    assert [n for n, b in buttons.items() if b.isVisible()] == ["account"]
    assert not k.win.by_phase[Phase.ITEMS].holds.isVisible() and k.view.holds_ready is None
    assert not k.win.idle.returns.isVisible()
    k.win.controller.post(s.ServiceChosen("return"))  # a service switched off cannot be reached
    assert k.view.phase is Phase.ITEMS
