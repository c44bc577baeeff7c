"""Settings for the whole suite. Nothing here needs Qt: the core's suites run where PySide6 is not installed
(Qt's fixtures are in ``tests/ui``)."""

from __future__ import annotations

import logging

import pytest

import eventlog


class _JsonLines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(eventlog.JsonFormatter())
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
