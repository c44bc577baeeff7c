"""No key closes the kiosk's window. Under cage nothing closes a window but the application itself (cage has no
window-manager keys, and without ``-s`` no VT switching): what is left to check is that the kiosk binds none of the
usual closing keys, and that pressing them (and Escape, which only cancels a session) leaves the window up."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest

from kiosk import config

from .windows import settle

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: what closes or quits a window on desktops, and the console switch keys
CLOSING_KEYS = ["Alt+F4", "Ctrl+W", "Ctrl+Q", "Ctrl+F4", "Ctrl+Alt+Backspace", "Ctrl+Alt+F2", "Ctrl+Alt+Del"]


@pytest.fixture
def fullscreen_window(qtbot, tmp_path):
    from kiosk_app.gui import build_window

    cfg = config.from_dict({"kiosk": {"data_dir": str(tmp_path)}, "ui": {"sounds": False, "bookmobile": True}})
    win = build_window(cfg, windowed=False, qm_dir=tmp_path / "qm")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    settle(win)


def test_no_shortcut_or_action_is_bound_to_a_closing_key(fullscreen_window):
    closing = {QKeySequence(k) for k in CLOSING_KEYS}
    closing |= set(QKeySequence.keyBindings(QKeySequence.StandardKey.Close))
    closing |= set(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit))
    bound = {s.key() for s in fullscreen_window.findChildren(QShortcut)}
    for action in fullscreen_window.findChildren(QAction):
        bound |= set(action.shortcuts())
    assert fullscreen_window.isFullScreen()
    assert bound, "the kiosk's own shortcuts (Ctrl+Alt+M, F5) were not found: the test looks in the wrong place"
    assert not bound & closing, [s.toString() for s in bound & closing]


def test_closing_keys_leave_the_window_up(fullscreen_window, qtbot):
    for keys in [*CLOSING_KEYS, "Escape"]:
        seq = QKeySequence(keys)[0]
        QTest.keyClick(fullscreen_window, seq.key(), seq.keyboardModifiers())
        qtbot.wait(50)
        assert fullscreen_window.isVisible() and fullscreen_window.isFullScreen(), keys
