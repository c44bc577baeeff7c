"""Workers: every device, network and disk call runs off the event loop.

A :class:`Lane` is a one-thread :class:`QThreadPool`: calls on one lane run in order (one SIP2 conversation, one
card connection, one printer), different lanes run side by side. Results come back to the GUI thread through a
queued signal, so handlers always run on the event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

_log = logging.getLogger("ui.workers")


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits into it and the slot runs on the event loop."""

    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, packet: tuple[Callable[[Any, BaseException | None], None], Any, BaseException | None]) -> None:
        callback, result, error = packet
        try:
            callback(result, error)
        except Exception:  # noqa: BLE001 - a failing handler must not take the kiosk down
            _log.exception("worker result handler failed")


class _Task(QRunnable):
    def __init__(self, relay: _Relay, fn: Callable[[], Any], callback: Callable[[Any, BaseException | None], None]):
        super().__init__()
        self.relay = relay
        self.fn = fn
        self.callback = callback

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except BaseException as e:  # noqa: BLE001 - handed to the callback, which turns it into a patron message
            result, error = None, e
        self.relay.finished.emit((self.callback, result, error))


class Lane:
    def __init__(self, name: str, threads: int = 1) -> None:
        self.name = name
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(threads)
        self.relay = _Relay()
        self.submitted = 0

    def submit(self, fn: Callable[[], Any], callback: Callable[[Any, BaseException | None], None]) -> None:
        self.submitted += 1
        self.pool.start(_Task(self.relay, fn, callback))

    def wait(self, timeout_ms: int = 30000) -> bool:
        return self.pool.waitForDone(timeout_ms)


class Lanes:
    """The kiosk's lanes: card, library (SIP2 + RFID + journal), printer, misc (health probes, sync, files), and
    sound (starting a player process forks, which must not happen on the event loop)."""

    def __init__(self) -> None:
        self.card = Lane("card")
        self.library = Lane("library")
        self.printer = Lane("printer")
        self.misc = Lane("misc", threads=2)
        self.sound = Lane("sound")

    def all(self) -> list[Lane]:
        return [self.card, self.library, self.printer, self.misc, self.sound]

    def wait(self, timeout_ms: int = 30000) -> bool:
        return all(lane.wait(timeout_ms) for lane in self.all())
