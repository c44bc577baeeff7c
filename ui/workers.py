"""The Qt delivery of the core's worker lanes (:mod:`kiosk.workers`): answers come back on the event loop.

The lanes' threads hand each answer to a relay that lives in the GUI thread, through a queued signal, so every
handler runs on the event loop and never on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kiosk import workers
from kiosk.supervisor import Supervisor


class _Relay(QObject):
    """Lives in the GUI thread; a worker emits into it and the slot runs on the event loop."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()


def deliver_on_event_loop() -> workers.Deliver:
    """A :data:`kiosk.workers.Deliver` that runs functions on the event loop (make it on the GUI thread)."""
    relay = _Relay()

    def deliver(fn: Callable[[], None]) -> None:
        relay.call.emit(fn)

    deliver.relay = relay  # type: ignore[attr-defined]  # the relay lives as long as its lanes
    return deliver


def qt_lanes(supervisor: Supervisor | None = None) -> workers.Lanes:
    """The kiosk's lanes, answering on the event loop (their threads under ``supervisor`` when one is given)."""
    return workers.Lanes(deliver_on_event_loop(), supervisor)


def qt_lane(name: str, threads: int = 1) -> workers.Lane:
    """One lane answering on the event loop."""
    return workers.Lane(name, deliver_on_event_loop(), threads)
