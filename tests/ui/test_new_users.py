"""What new users ran into at the demo (issue 15), through the real application: the virtual card, the demo library
system over SIP2, the simulated pad, scanner and printer.

Books left on the pad, a Japanese sentence in an English session, a goodbye that wished a good read when nothing was
lent, an offline loan without its title and a receipt that said "waiting" after the sync, a stale holds count, a
library card scanned while lending, a scanned book that was not on the pad, calling staff, the bookmobile banner.
"""

from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hardware.dates import format_date
from hardware.rfid.model import ItemData
from kiosk import session as s
from kiosk.session import Phase
from kiosk.sip2 import demo_data
from ui.theme import contrast
from ui.widgets import LANGUAGES

from .conftest import PATRON_NO
from .test_flows import english

KOKORO, NEKO, REFERENCE = "T0000011", "T0000001", demo_data.ITEM_NOT_FOR_LOAN
HOLD_1 = "T0000018"  # waits on the hold shelf for PATRON_WITH_HOLDS

pytestmark = pytest.mark.pcsc


def screen_text(k) -> str:
    """What the window shows now (the texts of the visible widgets)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget

    from ui.typography import plain

    out = []
    for w in k.win.findChildren(QLabel) + k.win.findChildren(QAbstractButton):
        if w.isVisible() and w.text():
            out.append(plain(w.text()))
    for lst in k.win.findChildren(QListWidget):
        if lst.isVisible():
            out += [plain(lst.item(i).text()) for i in range(lst.count())]
    return "\n".join(out)


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def finish_without_receipt(k) -> None:
    click(k.win.by_phase[Phase.ITEMS].finish)
    if k.view.phase is Phase.RECEIPT:
        click(k.win.by_phase[Phase.RECEIPT].no)
    k.wait_phase(Phase.GOODBYE)
    click(k.win.by_phase[Phase.GOODBYE].done)
    k.wait_phase(Phase.IDLE)


def row_colour(k, item_id: str) -> str:
    return k.win.by_phase[Phase.ITEMS]._rows[item_id].foreground().color().name().upper()


def test_books_left_on_the_pad_are_not_lent_to_the_next_patron(kiosk):
    k = kiosk
    english(k)
    k.scan(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)
    uid = k.devices.rfid.add_item(ItemData(KOKORO, title="こころ"))
    k.qtbot.waitUntil(lambda: k.view.lent_count == 1 and k.view.pending == 0, timeout=20000)
    finish_without_receipt(k)  # ...and the book stays on the pad
    assert k.lib.counts.get("11") == 1
    # the next patron: the book is set aside, not lent to them, and the screen says why and what to do
    english(k)
    k.scan(demo_data.PATRON_WITH_HOLDS)
    k.wait_phase(Phase.ITEMS)
    k.qtbot.waitUntil(lambda: k.view.held == 1, timeout=10000)
    time.sleep(1.0)  # several polls of the pad: nothing is lent
    assert k.view.items == () and k.lib.counts.get("11") == 1
    assert "1 item was on the pad before you started" in screen_text(k)
    finish_without_receipt(k)
    # the same patron again, the book still on the pad: set aside; when they say it is theirs, it shows as theirs,
    # once, and not as a refusal
    english(k)
    k.scan(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)
    k.qtbot.waitUntil(lambda: k.view.held == 1, timeout=10000)
    click(k.win.by_phase[Phase.ITEMS].held_button)
    k.qtbot.waitUntil(lambda: bool(k.view.items) and k.view.items[0].state is s.ItemState.REFUSED, timeout=20000)
    assert k.view.items[0].reason == "already_lent_to_you"
    assert "Already lent to you" in screen_text(k) and "✖" not in screen_text(k)
    assert row_colour(k, KOKORO) == k.win.theme.palette.ok.upper()
    # lifted and put back: still the one row
    k.devices.rfid.remove_tag(uid)
    k.devices.rfid.add_item(ItemData(KOKORO, title="こころ"))
    time.sleep(1.0)
    assert len(k.view.items) == 1 and {x.item for x in k.lib.state.loans(PATRON_NO)} == {KOKORO}


def test_nothing_lent_the_goodbye_says_how_many_were_not_and_what_to_do(kiosk):
    k = kiosk
    english(k)
    k.scan(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)
    k.put(REFERENCE)
    k.qtbot.waitUntil(lambda: bool(k.view.items) and k.view.pending == 0, timeout=20000)
    click(k.win.by_phase[Phase.ITEMS].finish)
    k.wait_phase(Phase.GOODBYE)
    text = screen_text(k)
    assert "Nothing was lent this time" in text and "Enjoy your reading" not in text
    assert "1 item could not be lent. Please take it to the counter" in text


def test_some_not_lent_the_summary_counts_them(kiosk):
    k = kiosk
    english(k)
    k.scan(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)
    k.put(REFERENCE, KOKORO)
    k.qtbot.waitUntil(lambda: len(k.view.items) == 2 and k.view.pending == 0, timeout=20000)
    assert "Borrowed so far: 1" in screen_text(k) and "Not lent: 1" in screen_text(k)
    click(k.win.by_phase[Phase.ITEMS].finish)
    k.wait_phase(Phase.RECEIPT)
    assert "1 item could not be lent. Please take it to the counter" in screen_text(k)


def japanese_shown(k) -> list[str]:
    """Lines on the screen with Japanese in them, besides the language bar's names of languages."""
    return [t for t in screen_text(k).splitlines()
            if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", t) and t not in LANGUAGES.values()]  # fmt: skip


def test_an_english_patron_reads_no_japanese_from_the_card_or_the_library(kiosk, pki, revoked_user):
    from hardware.sim.jpki_card import JpkiCardModel

    k = kiosk
    english(k)
    k.insert(JpkiCardModel(cert_der=revoked_user.der, key=revoked_user.key, ca_der=pki.ca.der))
    k.type_pin_unless_refused("1234")
    k.wait_phase(Phase.REFUSED)
    assert k.view.refusal == "cert_revoked"
    assert "no longer valid" in screen_text(k) and japanese_shown(k) == []
    click(k.win.by_phase[Phase.REFUSED].ok)
    k.wait_phase(Phase.IDLE)
    k.remove()
    # a patron the library refuses with its own (Japanese) words
    english(k)
    k.scan(demo_data.PATRON_BLOCKED)
    k.wait_phase(Phase.REFUSED)
    assert k.view.refusal_message and japanese_shown(k) == []
    click(k.win.by_phase[Phase.REFUSED].ok)
    k.wait_phase(Phase.IDLE)
    # in Japanese the library's own words are shown
    k.scan(demo_data.PATRON_BLOCKED)
    k.wait_phase(Phase.REFUSED)
    assert k.view.refusal_message in screen_text(k)


def test_an_offline_loan_shows_the_tags_title_and_the_receipt_says_what_is_true_when_it_prints(kiosk_factory):
    k = kiosk_factory(ui={"bookmobile": True})
    k.qtbot.waitUntil(lambda: k.win.link.state.online is True, timeout=20000)
    english(k)
    k.lib.stop()
    k.scan(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)
    # the patron check failed: the banner says so within a second, in words, with the code for staff
    k.qtbot.waitUntil(lambda: k.win.banner.status is not None and k.win.banner.status.online is False, timeout=1000)
    assert "Offline: loans are kept" in k.win.banner.state.text() and "(" not in k.win.banner.state.text()
    assert "Code for staff:" in k.win.banner.code.text()
    k.put(KOKORO, titles=True)
    k.qtbot.waitUntil(lambda: k.view.lent_count == 1 and k.view.pending == 0, timeout=20000)
    assert k.view.items[0].state is s.ItemState.LENT_OFFLINE and k.view.items[0].title == "こころ"
    assert "こころ" in screen_text(k) and "Item no." not in screen_text(k)
    # back at base before the receipt: the crew syncs, then the patron asks for the receipt
    k.lib.start()
    QTest.keyClick(k.win, Qt.Key.Key_F5)
    k.qtbot.waitUntil(lambda: k.journal.pending() == 0, timeout=20000)
    receipt = k.finish_with_receipt()
    assert "こころ" in receipt and KOKORO not in receipt
    assert "waiting to be sent" not in receipt and "*" not in receipt
    assert {x.item for x in k.lib.state.loans(PATRON_NO)} == {KOKORO}


def test_the_holds_count_shows_after_identification_and_stays_fresh(kiosk):
    k = kiosk
    english(k)
    k.scan(demo_data.PATRON_WITH_HOLDS)
    k.wait_phase(Phase.ITEMS)
    k.qtbot.waitUntil(lambda: "2 reservations are ready for you." in screen_text(k), timeout=5000)
    k.put(HOLD_1)  # one of them, picked up
    k.qtbot.waitUntil(lambda: k.view.lent_count == 1, timeout=20000)
    k.qtbot.waitUntil(lambda: "1 reservation is ready for you." in screen_text(k), timeout=5000)
    assert f"Due back {format_date(k.view.items[0].due, 'en')}" in screen_text(k)


def test_a_library_card_or_a_book_scanned_on_the_items_screen(kiosk):
    k = kiosk
    english(k)
    k.scan(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)
    assert "scan the barcode" not in screen_text(k).lower()  # the screen says what works: the pad
    k.scan(demo_data.PATRON_OK)  # the card again
    k.qtbot.waitUntil(lambda: k.view.notice == "library_card", timeout=10000)
    assert "That was a library card" in screen_text(k) and k.view.items == ()
    k.scan(NEKO)  # a book's barcode, the book not on the pad
    k.qtbot.waitUntil(lambda: bool(k.view.items) and k.view.items[0].state is s.ItemState.REFUSED, timeout=20000)
    assert k.view.items[0].reason == "tag_not_on_pad" and "Please put this book on the pad" in screen_text(k)
    assert row_colour(k, NEKO) != k.win.theme.palette.bad.upper()  # something to do, not a failure
    k.put(NEKO)  # ...as asked
    k.qtbot.waitUntil(lambda: k.view.lent_count == 1, timeout=20000)
    assert NEKO in k.lent_on_pad()


@pytest.mark.parametrize("alert", [False, True])
def test_call_staff_on_the_idle_screen_and_after_identification(kiosk_factory, alert):
    k = kiosk_factory(metrics={"enabled": alert})
    english(k)
    assert k.win.staff_button.isVisible() and k.win.staff_button.text() == "Call staff"
    click(k.win.staff_button)
    assert k.win.staff_message.isVisible()
    title = k.win.staff_message.title.text()
    assert title == ("Staff have been called" if alert else "Please ask at the counter")
    click(k.win.staff_message.ok)
    assert not k.win.staff_message.isVisible()
    k.scan(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)
    assert k.win.staff_button.isVisible()
    click(k.win.staff_button)
    assert k.services.metrics.value("kiosk_staff_calls_total") == 2
    assert "kiosk_staff_calls_total 2" in k.services.metrics.render()
    finish_without_receipt(k)
    assert not k.win.staff_message.isVisible()  # the session ended: the message went with it


def test_the_bookmobile_banner_reads_well_in_either_state(kiosk_factory):
    """At least 4.5:1 between the banner's words and its colour, online and offline, also after the state changed
    (the words once kept the offline colour on the online green: about 2.2:1)."""
    k = kiosk_factory(ui={"bookmobile": True})
    banner = k.win.banner
    k.qtbot.waitUntil(lambda: k.win.link.state.online is True, timeout=20000)

    def ratio() -> float:
        bg = banner.palette().color(banner.backgroundRole()).name()
        return min(contrast(w.palette().color(w.foregroundRole()).name(), bg) for w in (banner.state, banner.waiting))

    online = ratio()
    k.lib.stop()
    k.scan(demo_data.PATRON_OK)
    k.wait_phase(Phase.ITEMS)
    k.qtbot.waitUntil(lambda: banner.status.online is False, timeout=5000)
    offline = ratio()
    k.lib.start()
    k.win.link.runner.monitor.next_probe_at = 0  # ask the library system at once
    finish_without_receipt(k)
    k.qtbot.waitUntil(lambda: banner.status.online is True, timeout=20000)
    assert min(online, offline, ratio()) >= 4.5, (online, offline, ratio())
