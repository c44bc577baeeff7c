"""``kiosk demo``: the lead's demo card set on the virtual reader, driven from the control panel."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import config
from kiosk import session as s
from kiosk_app.build import open_links
from kiosk_app.demo import DemoWorld
from kiosk_app.gui import open_window
from ui.demo import DemoPanel

from .conftest import PORT
from .windows import settle

pytestmark = pytest.mark.pcsc


@pytest.fixture
def demo(qtbot, tmp_path):
    world = DemoWorld.start(tmp_path)
    cfg = world.config(config.Config(), vpcd_port=PORT)
    with open_links(cfg) as links:
        world.link_cards(links, cfg.identity.library_system)
    kiosk = world.build(cfg)
    win = open_window(kiosk, windowed=True, qm_dir=tmp_path / "qm")
    qtbot.addWidget(win)
    (tmp_path / "receipts").mkdir()
    panel = DemoPanel(win, world.cards, PORT, world.library, world.devices, tmp_path / "receipts",
                      reader=world.reader, responder=world.responder)  # fmt: skip
    qtbot.addWidget(panel)
    win.show()
    yield win, panel
    panel.shutdown()
    settle(win, 20000)
    kiosk.close()
    world.stop()


def wait(qtbot, win, phase):
    qtbot.waitUntil(lambda: win.controller.view.phase is phase, timeout=20000)


@pytest.mark.parametrize(
    "card, phase, reason",
    [
        ("blocked_pin", s.Phase.REFUSED, "pin_blocked"),
        ("expired", s.Phase.REFUSED, "cert_expired"),
        ("last_try", s.Phase.LAST_TRY, ""),
    ],
)
def test_demo_cards_show_their_branch(demo, qtbot, card, phase, reason):
    win, panel = demo
    QTest.mouseClick(panel.card_buttons[card], Qt.MouseButton.LeftButton)
    wait(qtbot, win, phase)
    assert win.controller.view.refusal == reason


def test_demo_ok_card_borrows_from_the_demo_library(demo, qtbot):
    win, panel = demo
    QTest.mouseClick(panel.card_buttons["ok"], Qt.MouseButton.LeftButton)
    wait(qtbot, win, s.Phase.PIN)
    for d in "1234":
        QTest.mouseClick(win.by_phase[s.Phase.PIN].pad.keys[d], Qt.MouseButton.LeftButton)
    QTest.mouseClick(win.by_phase[s.Phase.PIN].pad.enter_button, Qt.MouseButton.LeftButton)
    wait(qtbot, win, s.Phase.ITEMS)
    # a book on the simulated pad, read by the real RFID driver; a set of two only when both parts are there
    from hardware.rfid.model import ItemData

    panel.tag.setText("T0000002")
    panel.put_on_pad()
    # one part of a set of two: the screen asks for the other part, nothing is lent yet
    panel.devices.rfid.add_item(ItemData("T0000015", parts_in_set=2, part_number=1))
    items_screen = win.by_phase[s.Phase.ITEMS]
    qtbot.waitUntil(lambda: items_screen.incomplete.isVisible(), timeout=20000)
    assert "all of its parts" in items_screen.incomplete.text() or "すべて" in items_screen.incomplete.text()
    panel.devices.rfid.add_item(ItemData("T0000015", parts_in_set=2, part_number=2))
    qtbot.waitUntil(lambda: not items_screen.incomplete.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: win.controller.view.lent_count == 2 and win.controller.view.pending == 0, timeout=20000)
    assert {i.item_id for i in win.controller.view.items} == {"T0000002", "T0000015"}
    lent_afi = win.cfg.rfid.afi_lent
    assert all(t.afi == lent_afi for t in panel.devices.rfid.tags.values())  # every part switched
    assert panel.library.state.loan("T0000002") is not None
    win.controller.post(s.FinishPressed())
    wait(qtbot, win, s.Phase.RECEIPT)
    QTest.mouseClick(win.by_phase[s.Phase.RECEIPT].yes, Qt.MouseButton.LeftButton)
    wait(qtbot, win, s.Phase.GOODBYE)
    qtbot.waitUntil(lambda: panel.preview.shown_path != "", timeout=20000)
    text = panel.devices.printer.last_text()
    assert "坊っちゃん" in text and "10000001" not in text  # titles and due dates, never who borrowed


def test_demo_scan_goes_through_the_scanner_driver(demo, qtbot):
    win, panel = demo
    panel.code.setText("10000005")
    panel.scan()
    wait(qtbot, win, s.Phase.ITEMS)


def test_demo_blocked_patron_from_the_panel(demo, qtbot):
    win, panel = demo
    panel.code.setText("10000002")
    panel.scan()
    wait(qtbot, win, s.Phase.REFUSED)
    assert win.controller.view.refusal == "card_lost"


def test_demo_revoked_card_after_pin(demo, qtbot):
    win, panel = demo
    QTest.mouseClick(panel.card_buttons["revoked"], Qt.MouseButton.LeftButton)
    wait(qtbot, win, s.Phase.PIN)
    for d in "1234":
        QTest.mouseClick(win.by_phase[s.Phase.PIN].pad.keys[d], Qt.MouseButton.LeftButton)
    QTest.mouseClick(win.by_phase[s.Phase.PIN].pad.enter_button, Qt.MouseButton.LeftButton)
    wait(qtbot, win, s.Phase.REFUSED)
    assert win.controller.view.refusal == "cert_revoked"
    QTest.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    wait(qtbot, win, s.Phase.IDLE)


def test_demo_command_starts_and_quits(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk_app",
            "demo",
            "--data-dir",
            str(tmp_path),
            "--vpcd-port",
            str(PORT),
            "--quit-after",
            "2",
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "technician passcode" in done.stderr
    assert (tmp_path / "cards" / "cards.json").exists()


def test_hash_passcode_command():
    ok = subprocess.run(
        [sys.executable, "-m", "kiosk_app", "maintenance", "hash-passcode", "--stdin"],
        input="13572468\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ok.returncode == 0 and 'passcode_hash = "scrypt$' in ok.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "kiosk_app", "maintenance", "hash-passcode", "--stdin"],
        input="12ab\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "6 to 16 digits" in bad.stderr


def test_run_without_a_display_says_so():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "kiosk_app", "run"], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 2 and "no display" in done.stderr
