"""The demo's windows and control panel without pcscd: where the windows go, what the panel's buttons say, the
receipt preview, and that every text of the panel is translated."""

from __future__ import annotations

import ast
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from hardware.sim import demo_cards
from kiosk import config
from ui import i18n
from ui.demo import KIOSK_MIN, SIDE_MIN, DemoPanel, Rect, _load_scaled, demo_geometry

from .windows import settle

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right() and b.x < a.right() and a.y < b.bottom() and b.y < a.bottom()


def inside(r: Rect, screen: Rect) -> bool:
    return r.x >= screen.x and r.y >= screen.y and r.right() <= screen.right() and r.bottom() <= screen.bottom()


@pytest.mark.parametrize(
    "screen",
    [Rect(0, 0, 1920, 1080), Rect(0, 0, 2560, 1440), Rect(0, 0, 1680, 1050), Rect(1920, 0, 1920, 1080)],
)  # fmt: skip
def test_demo_windows_side_by_side(screen):
    kiosk, side = demo_geometry(screen)
    assert inside(kiosk, screen) and inside(side, screen)
    assert not overlap(kiosk, side)
    assert (kiosk.x, kiosk.y) == (screen.x, screen.y)  # the kiosk at the left, the panel at the right edge
    assert side.right() == screen.right() and side.h == screen.h
    assert kiosk.w >= KIOSK_MIN[0] and kiosk.h >= KIOSK_MIN[1] and side.w >= SIDE_MIN
    assert abs(kiosk.w / kiosk.h - 1.6) < 0.02  # the screens' 16:10 shape


@pytest.mark.parametrize(
    "screen", [Rect(0, 27, 1440, 873), Rect(0, 0, 1366, 768), Rect(0, 0, 1280, 720), Rect(0, 0, 1024, 768)]
)
def test_demo_windows_on_a_small_laptop_stay_usable(screen):
    kiosk, side = demo_geometry(screen)
    assert inside(kiosk, screen) and inside(side, screen)
    assert kiosk.w >= min(KIOSK_MIN[0], screen.w) and kiosk.h >= min(KIOSK_MIN[1], screen.h)
    assert side.w >= SIDE_MIN  # the panel keeps a usable width and covers the kiosk's right edge if it must
    assert side.right() == screen.right()


@pytest.fixture
def panel(qtbot, tmp_path):
    from kiosk_app.gui import build_window

    cfg = config.from_dict({"kiosk": {"data_dir": str(tmp_path)}, "ui": {"fullscreen": False, "sounds": False}})
    win = build_window(cfg, windowed=True, qm_dir=tmp_path / "qm")
    qtbot.addWidget(win)
    cards = demo_cards.load_or_create(tmp_path / "cards")
    p = DemoPanel(win, cards, 35999, passcode="24682468")
    qtbot.addWidget(p)
    yield p
    settle(win)


def test_panel_places_both_windows_from_the_screen(panel):
    kiosk, side = panel.arrange(QRect(0, 0, 1920, 1080))
    assert panel.win.geometry().getRect() == tuple(kiosk) == (0, 0, 1280, 800)
    assert panel.geometry().getRect() == tuple(side) == (1280, 0, 640, 1080)
    top, bottom = panel.splitter.sizes()
    assert top > bottom > 0  # the controls first, the receipt below


def test_panel_buttons_say_what_they_do(panel):
    panel.win.render(panel.win.controller.view)  # Japanese, the default
    assert panel.card_buttons["ok"].text() == "貸出できる"
    assert "24682468" in panel.help.text() and "1234" in panel.help.text()
    assert panel.patron_buttons["10000002"].text() == "10000002\n紛失届あり"
    assert panel.item_buttons["T0000002"].text() == "坊っちゃん"
    assert panel.item_buttons["T0000014"].text() == "広辞苑 第七版\n(館内利用のみ)"
    assert panel.item_buttons["T0000015"].text() == "源氏物語 上・下\n(2点組)"
    assert "T0000015" in panel.item_buttons["T0000015"].toolTip()


def test_receipt_is_scaled_in_the_worker_and_shown_large(panel, tmp_path):
    png = tmp_path / "receipt.png"
    img = QImage(576, 1200, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    assert img.save(str(png))
    scaled = _load_scaled(png, 300)
    assert scaled.width() == 300 and scaled.height() == 625
    assert _load_scaled(png, 800).width() == 576  # never enlarged
    with pytest.raises(OSError):
        _load_scaled(tmp_path / "missing.png", 300)
    panel.arrange(QRect(0, 0, 1920, 1080))
    panel.show()
    panel._receipt_out(str(png), scaled)
    assert panel.preview.shown_path == str(png)
    assert not panel.preview.picture.pixmap().isNull()
    assert panel.splitter.sizes()[1] >= DemoPanel.RECEIPT_SHOWN_H


def _panel_strings() -> set[str]:
    tree = ast.parse((Path(__file__).resolve().parents[2] / "ui" / "demo.py").read_text())
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "translate" and len(node.args) >= 2:
            parts = node.args[1]
            if isinstance(parts, ast.Constant) and isinstance(parts.value, str):
                out.add(parts.value)
    return out


def test_every_text_of_the_demo_panel_is_translated_in_every_language():
    wanted = _panel_strings()
    assert "Ready to borrow" in wanted and len(wanted) > 20
    for lang, ts in i18n.ts_files().items():
        found = {}
        for msg in ET.parse(ts).getroot().iter("message"):
            tr = msg.find("translation")
            found[msg.find("source").text] = tr is not None and tr.get("type") != "unfinished"
        missing = sorted(s for s in wanted if not found.get(s))
        assert not missing, (lang, missing)
