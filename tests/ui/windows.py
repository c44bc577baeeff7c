"""The end of a test's kiosk window. The tests share one process, so what a window leaves behind is settled before
the next test: the work still queued on its lanes, and the handler it added to the root logger for maintenance's
recent errors (the kiosk's exit does both for the real window)."""

from __future__ import annotations

from typing import Any


def settle(win: Any, timeout_ms: int = 10000) -> None:
    win.lanes.wait(timeout_ms)
    if win.recent is not None:
        win.recent.remove()
