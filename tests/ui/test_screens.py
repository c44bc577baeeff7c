"""Screens without devices: glyph coverage in every language, the PIN pad, language switching, accessibility."""

from __future__ import annotations

import datetime as dt
import functools
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

from .windows import settle

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
    win.apply_theme()
    yield win
    settle(win)


@functools.cache
def screenshot_module():
    """scripts/screenshots.py, whose sample views the screen tests render."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "screenshots", Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def sample_views(lang: str) -> list[s.View]:
    return list(screenshot_module().views(lang).values())


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
    win.resize(1280, 800)
    win.apply_theme()
    sheet = win.styleSheet()
    assert "#000000" in sheet and "font-size: 57px" in sheet  # 44 px titles scaled by 1.3
    win.resize(1920, 1080)
    win.apply_theme()
    assert "font-size: 77px" in win.styleSheet()  # and by 1.35 on a full-HD kiosk
    settle(win)


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
        assert (width, height) in ((1280, 800), (1920, 1080), (1280, 700)), p.name  # nothing grew past the screen


def _dominant(widget) -> str:
    """The colour most of a widget's pixels have (its background)."""
    from collections import Counter

    img = widget.grab().toImage()
    counts = Counter(
        img.pixelColor(x, y).name().upper() for x in range(0, img.width(), 3) for y in range(0, img.height(), 3)
    )
    return counts.most_common(1)[0][0]


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_disabled_button_looks_disabled(qtbot, tmp_path, high_contrast):
    """The PIN pad's Enter before four digits and Finish while a book is checked: grey, not their role's colour."""
    from kiosk_app.gui import build_window
    from ui.theme import contrast

    cfg = config.from_dict({"kiosk": {"data_dir": str(tmp_path)},
                            "ui": {"fullscreen": False, "sounds": False, "high_contrast": high_contrast}})  # fmt: skip
    win = build_window(cfg, windowed=True, qm_dir=tmp_path / "qm")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.apply_theme()
    p = win.theme.palette
    pin = win.by_phase[s.Phase.PIN].pad.enter_button
    win.render(s.View(s.Phase.PIN, "en", pin_length=2, tries_left=3, method="mynumber"))
    assert not pin.isEnabled() and _dominant(pin) == p.off.upper()
    win.render(s.View(s.Phase.PIN, "en", pin_length=4, tries_left=3, method="mynumber"))
    assert pin.isEnabled() and _dominant(pin) == p.enter.upper()
    finish = win.by_phase[s.Phase.ITEMS].finish
    win.render(s.View(s.Phase.ITEMS, "en", items=(s.ItemLine("a", s.ItemState.PENDING),), pending=1))
    assert not finish.isEnabled() and _dominant(finish) == p.off.upper()
    assert contrast(p.off, p.enter) >= 1.5 or high_contrast  # black on black in high contrast: the dashed border
    settle(win)


def test_a_long_stack_keeps_the_newest_book_in_sight_and_scrolls_by_a_finger(window):
    from ui.screens import ItemsScreen

    items: list[s.ItemLine] = []
    screen = window.by_phase[s.Phase.ITEMS]
    assert isinstance(screen, ItemsScreen)
    for n in range(12):
        items.append(s.ItemLine(f"b{n:02d}", s.ItemState.LENT, f"本 {n}", dt.date(2026, 12, 20)))
        window.render(s.View(s.Phase.ITEMS, "en", items=tuple(items), lent_count=len(items)))
    lst = screen.list
    newest = lst.visualItemRect(screen._rows["b11"])
    assert lst.viewport().rect().contains(newest), "the book just lent is in sight"
    assert lst.verticalScrollBar().isVisible()
    assert lst.verticalScrollBar().width() >= window.theme.touch_px  # 15 mm: a finger, not a 10 px line
    assert "Borrowed so far: 12" in screen.count.text()


@pytest.mark.parametrize("lang", ["ja", "en", "pt"])
def test_the_services_show_dates_as_the_receipt_prints_them(window, lang):
    """Renewals and the account read due dates and pickup deadlines in the language's one format, never ISO."""
    from hardware.dates import format_date

    due, kept = dt.date(2026, 12, 20), dt.date(2026, 11, 28)
    loans = (s.LoanLine("l1", "方丈記", due), s.LoanLine("l2", "枕草子", due, renewal="renewed"))
    holds = (s.HoldLine("h1", "草枕", kept, "本館 予約棚"),)
    shown = []
    for phase in (s.Phase.RENEW, s.Phase.ACCOUNT):
        window.render(s.View(phase, lang, loans=loans, holds=holds, method="mynumber"))
        shown += window.visible_texts()
    text = "\n".join(shown)
    assert format_date(due, lang) in text and format_date(kept, lang) in text
    assert "2026-12-20" not in text and "2026-11-28" not in text


def test_the_library_systems_words_on_the_services_only_in_its_language(window):
    """A refused renewal or return reads the library system's Japanese sentence in Japanese only; in English the
    kiosk's own words for it (as on the items screen)."""
    words = "予約が入っているため更新できません。"
    loans = (s.LoanLine("l1", "方丈記", dt.date(2026, 12, 10), renewal="refused", reason="renewal_refused",
                        message=words),)  # fmt: skip
    returns = (s.ReturnLine("r1", s.ReturnState.REFUSED, "羅生門", "checkin_refused", "この資料は返却できません"),)
    for lang, shown in (("ja", True), ("en", False)):
        window.render(s.View(s.Phase.RENEW, lang, loans=loans, method="mynumber"))
        assert any(words in t for t in window.visible_texts()) is shown
        window.render(s.View(s.Phase.RETURNS, lang, returns=returns, method="mynumber"))
        assert any("この資料は返却できません" in t for t in window.visible_texts()) is shown
    assert any("Not returned" in t for t in window.visible_texts())


def test_an_installed_kiosk_uses_the_translations_shipped_beside_their_sources(tmp_path, monkeypatch):
    """The package ships each .qm beside its .ts and no lrelease: those are used as they are (a source tree without
    them builds into the cache), and a .qm older than its source is built again."""
    shipped = tmp_path / "catalogue"
    shipped.mkdir()
    sources = {}
    for lang, ts in i18n.ts_files().items():
        sources[lang] = shipped / ts.name
        sources[lang].write_bytes(ts.read_bytes())
    i18n.build(shipped, force=True)  # as build-deb.sh does, beside the sources
    monkeypatch.setattr(i18n, "ts_files", lambda: dict(sources))

    def no_lrelease() -> list[str]:
        raise i18n.TranslationError("no lrelease in the package")

    monkeypatch.setattr(i18n, "lrelease_command", no_lrelease)
    cache = tmp_path / "cache"
    files = i18n.build(cache)
    assert files == {lang: ts.with_suffix(".qm") for lang, ts in sources.items()}
    assert not any(cache.iterdir())
    stale = sources["ja"]
    os.utime(stale, (stale.stat().st_mtime + 10,) * 2)  # a source newer than its .qm: built again, which needs lrelease
    with pytest.raises(i18n.TranslationError):
        i18n.build(cache)


def test_the_account_gives_its_room_to_the_list_that_holds_more(window, qtbot):
    """An empty list is not shown (its title says 0); of two, the longer gets the more room."""
    loans = tuple(s.LoanLine(f"l{i}", f"本 {i}", dt.date(2026, 12, 10)) for i in range(3))
    hold = (s.HoldLine("h1", "草枕", dt.date(2026, 11, 28), "本館 予約棚"),)
    screen = window.by_phase[s.Phase.ACCOUNT]
    window.render(s.View(s.Phase.ACCOUNT, "en", loans=loans, method="mynumber"))
    qtbot.waitUntil(lambda: screen.loans.isVisible())
    assert not screen.holds.isVisible() and screen.holds_title.text() == "Reservations ready for pickup: 0"
    window.render(s.View(s.Phase.ACCOUNT, "en", loans=loans, holds=hold, method="mynumber"))
    qtbot.waitUntil(lambda: screen.holds.isVisible())
    qtbot.waitUntil(lambda: screen.loans.height() > 2 * screen.holds.height())
    window.render(s.View(s.Phase.ACCOUNT, "en", holds=hold, method="mynumber"))
    qtbot.waitUntil(lambda: not screen.loans.isVisible())
    assert screen.holds.isVisible()
