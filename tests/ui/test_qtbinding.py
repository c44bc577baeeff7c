"""The kiosk outlives the Qt binding's lost references to None (ui/qtbinding.py): a process that asks Qt for a
widget that is not there many times over neither aborts nor leaves None without references (which aborts the
process later, at whichever release of None comes to zero)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ASK_FOR_NOTHING = """
import sys
import ui  # the screens' package, as the kiosk imports it
from PySide6.QtWidgets import QApplication, QListWidget
app = QApplication([])
rows = QListWidget()
for _ in range(100_000):  # None has some thousands of references at start
    assert app.focusWidget() is None and rows.item(0) is None
import gc
gc.collect()
print("alive" if sys.getrefcount(None) > 0 else "None has no references left")
"""


def test_many_calls_that_return_no_widget_do_not_abort_the_process():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", ASK_FOR_NOTHING], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"
