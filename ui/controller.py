"""The Qt face of the patron-session runner (:mod:`kiosk.runner`): signals in from device threads, a timer for the
session clock, signals out for the screens. The rules live in the runner; this module only carries events.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk import session as s
from kiosk.runner import SessionRunner
from kiosk.services import Services
from kiosk.workers import Lanes
from ui import workers


class SessionController(QObject):
    #: the new :class:`kiosk.session.View` after every event
    viewChanged = Signal(object)
    #: the session ended and was wiped (why)
    cleared = Signal(str)
    #: a sound cue to play (kiosk.session.Cue)
    cue = Signal(object)
    #: thread-safe entry points for device threads (card watcher, RFID pad, scanners)
    cardPresence = Signal(bool)
    itemSeen = Signal(str, str, str)  # item, source, the tag's title
    barcodeScanned = Signal(str)
    #: a technician card was scanned on the idle screen
    technicianCard = Signal()
    #: how many multi-part sets on the pad miss a part (the items screen asks for the rest)
    incompleteSets = Signal(int)

    def __init__(
        self,
        config: s.Config,
        services: Services,
        lanes: Lanes | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.runner = SessionRunner(
            config,
            services,
            lanes or workers.qt_lanes(),
            clock,
            on_view=self.viewChanged.emit,
            on_cleared=self.cleared.emit,
            on_cue=self.cue.emit,
            on_technician=self.technicianCard.emit,
        )
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.runner.tick)
        self._timer.start()
        self.cardPresence.connect(self.runner.card_presence)
        self.itemSeen.connect(self.runner.item_seen)
        self.barcodeScanned.connect(self.runner.barcode)

    # the runner's state, as the window and tests read (and set) it
    session = property(lambda self: self.runner.session)
    services = property(lambda self: self.runner.services)
    lanes = property(lambda self: self.runner.lanes)
    view = property(lambda self: self.runner.view)
    generation = property(lambda self: self.runner.generation)
    effects_seen = property(lambda self: self.runner.effects_seen)
    paused = property(lambda self: self.runner.paused, lambda self, v: setattr(self.runner, "paused", v))
    clock = property(lambda self: self.runner.clock, lambda self, v: setattr(self.runner, "clock", v))
    technician_cards = property(
        lambda self: self.runner.technician_cards, lambda self, v: setattr(self.runner, "technician_cards", v)
    )

    def post(self, event: s.Event) -> None:
        self.runner.post(event)

    def shutdown(self) -> None:
        self._timer.stop()
        self.runner.lanes.wait(10000)
