"""Screens without devices: glyph coverage in every language, the PIN pad, language switching, accessibility."""

from __future__ import annotations

import os
import tempfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QRawFont
from PySide6.QtTest import QTest

from kiosk import config
from kiosk import session as s
from ui import i18n
from ui.theme import FONT_FAMILY
from ui.widgets import PinPad

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def window(qtbot, tmp_path):
    from kiosk_app.gui import build_window

    cfg = config.from_dict(
        {
            "kiosk": {"data_dir": str(tmp_path), "languages": list(i18n.LANGUAGES)},
            "ui": {"fullscreen": False, "sounds": False, "bookmobile": True},
        }
    )
    win = build_window(cfg, windowed=True, qm_dir=tmp_path / "qm")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.lanes.wait(10000)
    if win.recent is not None:
        win.recent.remove()


def sample_views(lang: str) -> list[s.View]:
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "screenshots", Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return list(mod.views(lang).values())


def test_every_translation_is_complete_and_builds(tmp_path):
    import xml.etree.ElementTree as ET

    files = i18n.build(tmp_path, force=True)
    assert set(files) == set(i18n.LANGUAGES)
    for lang, ts in i18n.ts_files().items():
        root = ET.parse(ts).getroot()
        for msg in root.iter("message"):
            tr = msg.find("translation")
            assert tr.get("type") != "unfinished", (lang, msg.find("source").text)
            assert (tr.text or "").strip() or len(tr), (lang, msg.find("source").text)


def test_font_covers_every_displayed_string_in_every_language(window, qtbot):
    from PySide6.QtWidgets import QApplication

    font = QFont(FONT_FAMILY)
    raw = QRawFont.fromFont(font)
    assert raw.isValid() and raw.familyName() == FONT_FAMILY
    metrics = QFontMetrics(font)
    seen_langs = set()
    for lang in i18n.LANGUAGES:
        texts: set[str] = set()
        for view in sample_views(lang):
            window.render(view)
            QApplication.processEvents()
            texts.update(window.visible_texts())
        window.ask_passcode()
        window._maintenance_open()
        texts.update(window.visible_texts())
        assert window.translations.current == window.cfg.kiosk.staff_language  # staff screens: the staff language
        window.leave_maintenance()
        seen_langs.add(lang)
        missing = {
            ch
            for t in texts
            for ch in t
            if not ch.isspace() and not metrics.inFontUcs4(ord(ch)) and not raw.supportsCharacter(ord(ch))
        }
        assert not missing, (lang, sorted(missing))
    assert seen_langs == set(i18n.LANGUAGES)


def test_translation_changes_what_is_shown(window):
    window.render(s.View(s.Phase.IDLE, "ja"))
    ja = window.idle.title.text()
    window.render(s.View(s.Phase.IDLE, "ko"))
    ko = window.idle.title.text()
    window.render(s.View(s.Phase.IDLE, "en"))
    assert window.idle.title.text() == "Welcome! Borrow books here."
    assert ja != ko and "ようこそ" in ja and "환영합니다" in ko


def test_pin_pad_keys_colours_and_keypad(qtbot):
    pad = PinPad()
    qtbot.addWidget(pad)
    got: list[str] = []
    pad.digit.connect(got.append)
    pad.clear.connect(lambda: got.append("C"))
    pad.enter.connect(lambda: got.append("E"))
    pad.cancel.connect(lambda: got.append("X"))
    assert sorted(pad.keys) == list("0123456789")
    assert pad.cancel_button.property("role") == "cancel"
    assert pad.clear_button.property("role") == "clear"
    assert pad.enter_button.property("role") == "enter"
    QTest.mouseClick(pad.keys["7"], Qt.MouseButton.LeftButton)
    for key in (Qt.Key.Key_3, Qt.Key.Key_Backspace, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
        QTest.keyClick(pad, key)
    QTest.keyClick(pad, Qt.Key.Key_5, Qt.KeyboardModifier.KeypadModifier)
    assert got == ["7", "3", "C", "E", "X", "5"]
    # focus order: digits, then Enter, Clear, Cancel
    chain = []
    w = pad.keys["1"]
    for _ in range(13):
        chain.append(w)
        w = w.nextInFocusChain()
    names = [b.text() if b not in (pad.enter_button, pad.clear_button, pad.cancel_button) else b.property("role")
             for b in chain]  # fmt: skip
    assert names == [*"1234567890", "enter", "clear", "cancel"]


def test_pin_screen_shows_masked_dots_only(window):
    window.render(s.View(s.Phase.PIN, "en", pin_length=3, tries_left=2, pin_was_wrong=True))
    pin = window.by_phase[s.Phase.PIN]
    assert pin.dots.text() == "●●●○"
    assert not pin.pad.enter_button.isEnabled()
    window.render(s.View(s.Phase.PIN, "en", pin_length=4, tries_left=1, last_try=True))
    assert pin.pad.enter_button.isEnabled()
    assert "Last try" in pin.warning.text()


def test_high_contrast_and_large_text(qtbot, tmp_path):
    from kiosk_app.gui import build_window

    cfg = config.from_dict({"kiosk": {"data_dir": str(tmp_path)}, "ui": {"high_contrast": True, "large_text": True,
                                                                         "fullscreen": False, "sounds": False}})  # fmt: skip
    win = build_window(cfg, windowed=True, qm_dir=tmp_path / "qm")
    qtbot.addWidget(win)
    sheet = win.styleSheet()
    assert "#000000" in sheet and "font-size: 57px" in sheet  # 44 px titles scaled by 1.3
    if win.recent is not None:
        win.recent.remove()


def test_qm_cache_is_rebuilt_when_missing():
    with tempfile.TemporaryDirectory() as d:
        from pathlib import Path

        files = i18n.build(Path(d))
        assert all(p.exists() and p.stat().st_size > 0 for p in files.values())


def test_screenshot_script_renders_every_screen(tmp_path):
    import struct
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"
    done = subprocess.run(
        [sys.executable, str(script), "--out", str(tmp_path), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-500:]
    pngs = sorted(tmp_path.glob("*.png"))
    names = {p.name for p in pngs}
    for screen in ("01-idle", "03-pin", "05-last-try", "08-blocked", "15-items", "17-receipt", "19-goodbye",
                   "20-maintenance-passcode", "21-maintenance-devices"):  # fmt: skip
        assert f"{screen}-en.png" in names
    for p in pngs:
        width, height = struct.unpack(">II", p.read_bytes()[16:24])
        assert (width, height) in ((1280, 800), (1920, 1080)), p.name  # nothing grew past the screen
