"""Settings for the whole suite."""

from __future__ import annotations

import os

import pytest

# no screen is needed: Qt renders offscreen (scripts/screenshots.py and the demo use a real display when there is one)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp):
    """Qt allows one application object per process, and the screens need a QApplication. Device code that draws
    raster receipts makes a bare QGuiApplication when none exists, so the suite makes the QApplication first,
    whatever order the tests run in."""
    return qapp
