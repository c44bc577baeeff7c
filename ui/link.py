"""The Qt face of the library link runner (:mod:`kiosk.link_runner`): a timer each for the monitor's clock and the
journal's counts, and :attr:`LinkDriver.changed` carrying the new :class:`kiosk.link.LinkState`."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk import link
from kiosk.link_runner import LinkRunner
from kiosk.services import SyncService
from kiosk.workers import Lanes


class LinkDriver(QObject):
    #: the new kiosk.link.LinkState after every change
    changed = Signal(object)

    def __init__(
        self,
        sync: SyncService,
        lanes: Lanes,
        policy: link.LinkPolicy,
        *,
        tick_ms: int = 1000,
        counts_ms: int = 5000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.runner = LinkRunner(sync, lanes, policy, clock=clock, on_change=self.changed.emit)
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.runner.tick)
        self.counts_timer = QTimer(self)
        self.counts_timer.setInterval(counts_ms)
        self.counts_timer.timeout.connect(self.runner.refresh)

    monitor = property(lambda self: self.runner.monitor)
    state = property(lambda self: self.runner.state)
    sync_service = property(lambda self: self.runner.sync_service)

    def start(self) -> None:
        self.timer.start()
        self.counts_timer.start()
        self.runner.start()

    def stop(self) -> None:
        self.runner.stop()
        self.timer.stop()
        self.counts_timer.stop()

    def tick(self) -> None:
        self.runner.tick()

    def set_session_active(self, active: bool) -> None:
        self.runner.set_session_active(active)

    def sync_now(self) -> None:
        self.runner.sync_now()

    def refresh(self) -> None:
        self.runner.refresh()
