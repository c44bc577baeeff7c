"""Waiting in tests for something another thread or process does."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def wait_for(pred: Callable[[], object], timeout: float = 15.0) -> bool:
    """Whether ``pred()`` came true within ``timeout`` seconds (polled every 20 ms)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.02)
    return False


def settle(lanes: Any, loop: Any, timeout_s: float = 10.0) -> None:
    """Run a headless owner's loop (a ``kiosk.workers.CallQueue``) until every one of ``lanes`` is idle and every
    answer has been delivered."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        idle = lanes.wait(50)
        if not loop.run_pending(0.02) and idle:
            return
    raise AssertionError("the lanes did not settle")
