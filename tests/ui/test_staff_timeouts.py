"""The passcode screen and maintenance mode end by themselves, through the real window (the rule is
kiosk.staff_access; the window feeds it the session clock, touches and patron input)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import session as s
from kiosk.sip2 import demo_data

from .conftest import PASSCODE

pytestmark = pytest.mark.pcsc


def tap(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def touch(k, widget) -> None:
    """A touch as the platform delivers it: to the window, where the kiosk notices that somebody is there."""
    where = widget.mapTo(k.win, widget.rect().center())
    QTest.mouseClick(k.win.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


def five_taps(k) -> None:
    for _ in range(5):
        tap(k.win.idle.name)
    assert k.win.maintenance_active and k.win.stack.currentWidget() is k.win.passcode


def fake_clock(k) -> list[float]:
    now = [1000.0]
    k.win.controller.clock = lambda: now[0]
    return now


def test_the_passcode_screen_returns_to_idle_when_nobody_is_there(kiosk):
    k = kiosk
    now = fake_clock(k)
    five_taps(k)
    now[0] += 59
    k.qtbot.wait(1500)  # the window's clock ticked: not yet
    assert k.win.stack.currentWidget() is k.win.passcode
    touch(k, k.win.passcode.pad.keys["1"])  # somebody is there: the wait starts again
    assert k.win.passcode.dots.text() == "●"
    now[0] += 59
    k.qtbot.wait(1500)
    assert k.win.stack.currentWidget() is k.win.passcode
    now[0] += 2
    k.qtbot.waitUntil(lambda: not k.win.maintenance_active, timeout=5000)
    assert k.win.stack.currentWidget() is k.win.by_phase[s.Phase.IDLE] and k.win.bottom.isVisible()
    assert not k.win.controller.paused
    # the patron flow works again: a library card starts a session
    k.win.controller.barcodeScanned.emit(demo_data.PATRON_OK)
    k.wait_phase(s.Phase.ITEMS)


def test_a_card_placed_on_the_passcode_screen_is_a_patrons(kiosk):
    k = kiosk
    five_taps(k)
    k.insert()  # once ignored: the screen stayed and the card with it
    k.wait_phase(s.Phase.PIN)
    assert not k.win.maintenance_active and k.win.stack.currentWidget() is k.win.by_phase[s.Phase.PIN]


def test_a_library_card_scanned_on_the_passcode_screen_is_a_patrons(kiosk):
    k = kiosk
    five_taps(k)
    k.scan(demo_data.PATRON_OK)
    k.wait_phase(s.Phase.ITEMS)
    assert not k.win.maintenance_active


def test_maintenance_mode_returns_to_idle_after_its_idle_time(kiosk_factory):
    k = kiosk_factory(maintenance={"idle_timeout_s": 120})
    now = fake_clock(k)
    five_taps(k)
    for d in PASSCODE:
        tap(k.win.passcode.pad.keys[d])
    tap(k.win.passcode.pad.enter_button)
    k.qtbot.waitUntil(lambda: k.win.stack.currentWidget() is k.win.maintenance, timeout=10000)
    k.insert()  # a technician's card for the self-tests: it does not end maintenance
    k.qtbot.wait(1500)
    assert k.win.stack.currentWidget() is k.win.maintenance and k.view.phase is s.Phase.IDLE
    now[0] += 119
    k.qtbot.wait(1500)
    assert k.win.stack.currentWidget() is k.win.maintenance
    now[0] += 1
    k.qtbot.waitUntil(lambda: not k.win.maintenance_active, timeout=5000)
    assert k.win.stack.currentWidget() is k.win.by_phase[s.Phase.IDLE]
    assert not k.win.maintenance.timer.isActive()  # no device probes left running behind the idle screen
