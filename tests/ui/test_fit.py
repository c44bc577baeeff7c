"""Every screen the window holds, in every language, in every display mode and at the kiosk's screen sizes: no text
is clipped or elided, the window does not grow past its screen, and every button is a 15 mm touch target.

The screens are taken from the window itself (``win.screens`` and the phases each one renders), so a screen added
later is covered as it is: it is rendered with the sample views of ``scripts/screenshots.py`` for its phase, or,
when there are none, with a view that fills every field.
"""

from __future__ import annotations

import dataclasses
import os

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from kiosk import config
from kiosk import session as s
from ui import i18n
from ui.main_window import fit_screen

from . import fit
from .test_screens import screenshot_module
from .windows import settle

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MODES = {
    "normal": {},
    "large": {"large_text": True},
    "contrast": {"high_contrast": True},
    "bookmobile-large-contrast": {"bookmobile": True, "large_text": True, "high_contrast": True},
}
#: a bookmobile's laptop: 1366×768 less a panel of 28 px, as `kiosk run --windowed` sizes its window there
LAPTOP = fit_screen(QSize(1366, 740))
#: the kiosk's screens, and the laptop's window
SIZES = {"normal": [(1280, 800), (1920, 1080)], "large": [(1280, 800), (1920, 1080)], "contrast": [(1280, 800)],
         "bookmobile-large-contrast": [(1280, 800), LAPTOP]}  # fmt: skip


def full_view(phase: s.Phase, lang: str) -> s.View:
    """A view of ``phase`` with every field filled, for a screen that has no sample views."""
    shots = screenshot_module()
    return s.View(
        phase, lang, pin_length=2, tries_left=1, last_try=True, pin_was_wrong=True, refusal="pin_blocked",
        refusal_message="この資料は館内利用のみです", items=shots.MANY_ITEMS, lent_count=9, not_lent=3, held=2,
        holds_ready=2, notice="library_card", method="barcode",
    )  # fmt: skip


def views_for(win, lang: str) -> list[tuple[str, s.View]]:
    shots = screenshot_module()
    samples = list(shots.views(lang).items()) + list(shots.hard_views(lang).items())
    out: list[tuple[str, s.View]] = []
    for screen in win.screens:
        for phase in screen.phases:
            mine = [(name, v) for name, v in samples if v.phase is phase]
            out += mine or [(f"{type(screen).__name__}-{phase.value}", full_view(phase, lang))]
    return out


@pytest.fixture(scope="module")
def windows(tmp_path_factory):
    from kiosk_app.gui import build_window

    made = {}
    for mode, ui in MODES.items():
        tmp = tmp_path_factory.mktemp(mode)
        cfg = config.from_dict(
            {
                "kiosk": {"data_dir": str(tmp), "languages": list(i18n.LANGUAGES), "library_name": "みどり市立図書館"},
                "ui": {"fullscreen": False, "sounds": False, **ui},
            }
        )
        win = build_window(cfg, windowed=True, qm_dir=tmp / "qm")
        win.show()
        made[mode] = win
    yield made
    for win in made.values():
        settle(win)
        win.close()


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize("mode", MODES)
def test_every_screen_fits(windows, mode, lang):
    win = windows[mode]
    app = QApplication.instance()
    # the windows share the application's translator: make this window install its own language
    win.translations.current = ""
    found: list[str] = []
    for size in SIZES[mode]:
        win.resize(*size)
        win.apply_theme()
        app.processEvents()
        for name, view in views_for(win, lang):
            win.render(dataclasses.replace(view, language=lang))
            app.processEvents()
            assert (win.width(), win.height()) == size, f"{name}: the window grew to {win.width()}×{win.height()}"
            found += [f"{size[0]}×{size[1]} {name}: {p}" for p in fit.problems(win)]
            touch = fit.mm_to_px(15, *size)
            found += [f"{size[0]}×{size[1]} {name}: touch target {p}" for p in fit.touch_targets_too_small(win, touch)]
        win.render(s.View(s.Phase.IDLE, lang))
        win.ask_passcode()  # the technician's passcode pad opens over the patron screens
        for _ in range(3):  # the staff language re-lays the banner out over a few passes of the event loop
            app.processEvents()
        assert win.stack.currentWidget() is win.passcode
        found += [f"{size[0]}×{size[1]} passcode: {p}" for p in fit.problems(win)]
        found += [f"{size[0]}×{size[1]} passcode: touch target {p}" for p in fit.touch_targets_too_small(win, touch)]
        win.leave_maintenance()
    assert not found, "\n".join(found[:40]) + (f"\n… and {len(found) - 40} more" if len(found) > 40 else "")


def test_a_windowed_kiosk_fits_the_screen_it_opens_on():
    assert fit_screen(QSize(1920, 1040)) == (1280, 800)  # the design size where there is room
    assert LAPTOP == (1280, 700)  # a 1366×768 laptop: the language bar stays on the screen
    assert fit_screen(QSize(1024, 600)) == (1024, 560)
    assert fit_screen(None) == (1280, 800)


def test_the_screens_are_found_from_the_window(windows):
    """A screen added to the window is rendered by the test above without a change to it."""
    win = windows["normal"]
    names = [name for name, _ in views_for(win, "en")]
    assert {type(sc).__name__ for sc in win.screens} >= {"IdleScreen", "PinScreen", "ItemsScreen", "ReceiptScreen"}
    phases = {p for sc in win.screens for p in sc.phases}
    assert phases == set(win.by_phase) and len(names) >= len(phases)
