"""The bridge between the pure session machine and the world: effects go to worker lanes, results come back as events.

Runs on the GUI thread. Every blocking call goes to a :class:`ui.workers.Lane`. Results that arrive after their
session ended (a card pulled mid-VERIFY, a timeout while a lend was in flight) are matched by a session generation
number and dropped if stale, so nothing of one patron can leak into the next.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk import log
from kiosk import session as s
from kiosk.services import ServiceError, Services
from ui.workers import Lanes

_log = logging.getLogger("ui.controller")


class SessionController(QObject):
    #: the new :class:`kiosk.session.View` after every event
    viewChanged = Signal(object)
    #: the session ended and was wiped (why)
    cleared = Signal(str)
    #: a sound cue to play (kiosk.session.Cue)
    cue = Signal(object)
    #: thread-safe entry points for device threads (card watcher, RFID pad, scanners)
    cardPresence = Signal(bool)
    itemSeen = Signal(str, str)
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
        self.session = s.Session(config)
        self.services = services
        self.lanes = lanes or Lanes()
        self.clock = clock
        self.technician_cards: frozenset[str] = frozenset()
        self.generation = 0
        #: while a technician works (maintenance mode), cards, scans and tags are not patron input
        self.paused = False
        self._last_view: s.View | None = None
        self.effects_seen: list[type] = []
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.cardPresence.connect(self._on_card_presence)
        self.itemSeen.connect(self._on_item_seen)
        self.barcodeScanned.connect(self._on_barcode)

    # ------------------------------------------------------------------ input

    @property
    def view(self) -> s.View:
        return self.session.view

    def post(self, event: s.Event) -> None:
        before = self.session.phase
        fx = self.session.handle(event, self.clock())
        for effect in fx:
            self._run(effect)
        if self.session.phase is s.Phase.ITEMS and before is not s.Phase.ITEMS and self.services.rescan is not None:
            self.services.rescan()  # books put on the pad before the patron was identified count now
        view = self.session.view
        if view != self._last_view:  # a touch that changes nothing re-renders nothing
            self._last_view = view
            self.viewChanged.emit(view)

    @Slot()
    def _tick(self) -> None:
        before = self.session.view
        fx = self.session.handle(s.Tick(), self.clock())
        for effect in fx:
            self._run(effect)
        after = self.session.view
        if fx or after != before:
            self._last_view = after
            self.viewChanged.emit(after)

    @Slot(bool)
    def _on_card_presence(self, present: bool) -> None:
        if self.paused:
            return
        self.post(s.CardInserted() if present else s.CardRemoved())

    @Slot(str, str)
    def _on_item_seen(self, item_id: str, source: str) -> None:
        if self.paused:
            return
        self.post(s.ItemPresented(item_id, source))

    @Slot(str)
    def _on_barcode(self, code: str) -> None:
        """A scan: a patron card when idle, an item during the items screen."""
        if self.paused:
            return
        if self.session.phase is s.Phase.IDLE and code.strip() in self.technician_cards:
            log.event(_log, "maintenance.technician_card")
            self.technicianCard.emit()
            return
        if self.session.phase is s.Phase.ITEMS:
            self.post(s.ItemPresented(code, "barcode"))
        else:
            self.post(s.PatronBarcode(code))

    # ------------------------------------------------------------------ effects

    def _answer(self, make_event: Callable[[Any, BaseException | None], s.Event | None]) -> Callable:
        generation = self.generation

        def callback(result: Any, error: BaseException | None) -> None:
            if generation != self.generation:
                log.event(_log, "worker.stale_result_dropped")
                return
            if error is not None and not isinstance(error, ServiceError | OSError | TimeoutError):
                log.event(_log, "worker.failed", level=logging.ERROR, error=type(error).__name__)
                _log.debug("worker failure", exc_info=error)
            event = make_event(result, error)
            if event is not None:
                self.post(event)

        return callback

    def _run(self, effect: s.Effect) -> None:
        self.effects_seen.append(type(effect))
        sv = self.services
        if isinstance(effect, s.PlaySound):
            self.cue.emit(effect.cue)
        elif isinstance(effect, s.InspectCard):
            card = sv.card
            if card is None:
                self.post(s.CardInspected("no_reader"))
                return
            self.lanes.card.submit(card.inspect, self._answer(_inspected))
        elif isinstance(effect, s.VerifyPin):
            card = sv.card
            if card is None:
                self.post(s.AuthFinished(False, "no_reader"))
                return
            box = [effect.pin]  # handed over once, then gone from this side

            def verify() -> s.AuthFinished:
                return card.finish(box.pop())  # type: ignore[union-attr]

            self.lanes.card.submit(verify, self._answer(_authenticated))
        elif isinstance(effect, s.ForgetCard):
            if sv.card is not None:
                self.lanes.card.submit(sv.card.forget, lambda r, e: None)
        elif isinstance(effect, s.CheckPatron):
            lib, patron, barcode = sv.library, effect.patron, effect.barcode
            if lib is None:
                self.post(s.PatronChecked(False, "library_unavailable"))
                return
            secret = [effect.password]  # handed over once

            def check() -> s.PatronChecked:
                password = secret.pop()
                if password:
                    return lib.patron_status(patron, barcode, password)  # type: ignore[union-attr]
                return lib.patron_status(patron, barcode)  # type: ignore[union-attr]

            self.lanes.library.submit(check, self._answer(_checked))
        elif isinstance(effect, s.Lend):
            lender, patron, item_id, source = sv.lender, effect.patron, effect.item_id, effect.source
            if lender is None:
                self.post(s.ItemFinished(item_id, s.ItemState.REFUSED, reason="library_unavailable"))
                return
            self.lanes.library.submit(
                lambda: lender.lend(patron, item_id, source),  # type: ignore[attr-defined]
                self._answer(lambda r, e: r if e is None else _lend_failed(item_id, e)),
            )
        elif isinstance(effect, s.PrintReceipt):
            printer, items, lang, holds = sv.printer, effect.items, effect.language, effect.holds_ready
            if printer is None:
                self.post(s.ReceiptDone(False, "no_printer"))
                return

            self.lanes.printer.submit(lambda: printer.print_receipt(items, lang, holds), self._answer(_printed))
        elif isinstance(effect, s.EndPatronSession):
            lib, lender, patron = sv.library, sv.lender, effect.patron

            def end() -> None:
                if lender is not None:
                    lender.end_session(patron)  # type: ignore[attr-defined]
                if lib is not None:
                    lib.end_patron_session(patron)

            self.lanes.library.submit(end, lambda r, e: None)
        elif isinstance(effect, s.SessionCleared):
            self.generation += 1
            if sv.rescan is not None:
                sv.rescan()  # the pad forgets which items it reported for this patron
            self.cleared.emit(effect.why)

    def shutdown(self) -> None:
        self._timer.stop()
        self.lanes.wait(10000)


def _reason(error: BaseException, default: str) -> str:
    return getattr(error, "reason", "") or default


def _inspected(result: Any, error: BaseException | None) -> s.Event:
    if error is not None:
        return s.CardInspected(_reason(error, "card_protocol"))
    return result


def _authenticated(result: Any, error: BaseException | None) -> s.Event:
    if error is not None:
        return s.AuthFinished(False, _reason(error, "card_protocol"))
    return result


def _checked(result: Any, error: BaseException | None) -> s.Event:
    if error is not None:
        return s.PatronChecked(False, _reason(error, "library_unavailable"))
    return result


def _lend_failed(item_id: str, error: BaseException) -> s.Event:
    return s.ItemFinished(item_id, s.ItemState.REFUSED, reason=_reason(error, "lend_failed"))


def _printed(result: Any, error: BaseException | None) -> s.Event:
    if error is not None:
        return s.ReceiptDone(False, _reason(error, "printer_failed"))
    return s.ReceiptDone(True)
