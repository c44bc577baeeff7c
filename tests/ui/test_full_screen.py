"""The full-screen kiosk is its screen's size from its first frame, and says in its log what size it is drawn at
against its screen's (the package's display check under cage reads that, as a technician can)."""

from __future__ import annotations

import os

import pytest

from kiosk import config

from .windows import settle

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def make_window(qtbot, tmp_path):
    from kiosk_app.gui import build_window

    made = []

    def make(windowed: bool):
        cfg = config.from_dict({"kiosk": {"data_dir": str(tmp_path)}, "ui": {"sounds": False}})
        win = build_window(cfg, windowed=windowed, qm_dir=tmp_path / "qm")
        qtbot.addWidget(win)
        made.append(win)
        return win

    yield make
    for win in made:
        settle(win)


def shown_and_logged(make_window, qtbot, caplog, windowed: bool):
    """A window shown, and the last ui.window its log gave: (window, (width, height, screen width, screen height))."""
    caplog.set_level("INFO", logger="ui.window")
    win = make_window(windowed=windowed)
    win.show()
    qtbot.waitExposed(win)
    fields = [r.fields for r in caplog.records if r.getMessage() == "ui.window"][-1]
    return win, (fields["width"], fields["height"], fields["screen_width"], fields["screen_height"])


def test_the_full_screen_window_has_its_screens_size_before_it_is_first_shown(make_window):
    win = make_window(windowed=False)
    screen = win.screen().geometry().size()
    assert not win.isVisible()
    assert win.size() == screen, (win.size().toTuple(), screen.toTuple())


def test_the_log_says_the_full_screen_kiosk_fills_its_screen(make_window, qtbot, caplog):
    win, (width, height, screen_width, screen_height) = shown_and_logged(make_window, qtbot, caplog, windowed=False)
    assert (width, height) == (screen_width, screen_height) == win.screen().geometry().size().toTuple()


def test_the_log_says_a_windowed_kiosk_is_smaller_than_its_screen(make_window, qtbot, caplog):
    win, (width, height, screen_width, screen_height) = shown_and_logged(make_window, qtbot, caplog, windowed=True)
    assert (width, height) == win.size().toTuple()
    assert height < screen_height  # room is left for a title bar
