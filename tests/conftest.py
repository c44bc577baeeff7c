"""Settings for the whole suite."""

from __future__ import annotations

import logging
import os

import pytest

from kiosk import log

# no screen is needed: Qt renders offscreen (scripts/screenshots.py and the demo use a real display when there is one)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp):
    """Qt allows one application object per process, and the screens need a QApplication. Device code that draws
    raster receipts makes a bare QGuiApplication when none exists, so the suite makes the QApplication first,
    whatever order the tests run in."""
    return qapp


class _JsonLines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(log.JsonFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def captured_logs():
    """Every log line of the test, at every level, as the kiosk writes it (JSON): for the privacy checks."""
    cap = _JsonLines()
    root = logging.getLogger()
    old = root.level
    root.addHandler(cap)
    root.setLevel(logging.DEBUG)
    yield cap.lines
    root.removeHandler(cap)
    root.setLevel(old)
