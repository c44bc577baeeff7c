"""Waiting in tests for something another thread or process does."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from kiosk.services import DeviceHealth


def wait_for(pred: Callable[[], object], timeout: float = 15.0) -> bool:
    """Whether ``pred()`` came true within ``timeout`` seconds (polled every 20 ms)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.02)
    return False


def device_ready(services: Any, name: str) -> bool:
    """Whether the kiosk reports device ``name`` working. A scanner opens its port on its own thread and a code sent
    before that is not read (as at a real kiosk), so a test waits for this before its first scan."""
    return any(st.name == name and st.health is DeviceHealth.OK for st in (probe() for probe in services.health))


def settle(lanes: Any, loop: Any, timeout_s: float = 10.0) -> None:
    """Run a headless owner's loop (a ``kiosk.workers.CallQueue``) until every one of ``lanes`` is idle and every
    answer has been delivered."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        idle = lanes.wait(50)
        if not loop.run_pending(0.02) and idle:
            return
    raise AssertionError("the lanes did not settle")
