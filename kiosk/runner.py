"""The patron-session runner: the pure session machine (:mod:`kiosk.session`) joined to the services it asks for.

The owner (the Qt controller in :mod:`ui.controller`, a headless bench, tests) calls :meth:`SessionRunner.post` and
:meth:`SessionRunner.tick` on its own thread and gives :class:`kiosk.workers.Lanes` whose answers come back on that
thread. The runner owns these rules:

- **Each effect on its lane.** Card commands on the card lane (one connection from the tap to the end of PIN entry),
  patron checks, loans and the end of a patron session on the library lane (one SIP2 conversation, in order),
  receipts on the printer lane. Nothing blocks the owner's loop.
- **Secrets handed over once.** The PIN and a library card's password go to the worker in a box it empties; the
  runner keeps no copy.
- **Late answers are dropped.** Every answer is tagged with the session's generation; one that arrives after its
  patron session ended (a card pulled during VERIFY, a timeout while a loan was in flight) is dropped, so nothing of
  one patron reaches the next.
- **Failures become reason codes.** A service that raises becomes the session event it would have answered, with
  the error's reason code (``card_protocol``, ``library_unavailable``, ``lend_failed``, ``printer_failed`` when it
  has none); an unexpected exception type is logged as a defect.
- **Ending a patron session** tells the lender (its offline count for the patron is forgotten) and the library
  system (SIP2 end session), on the library lane, after any loan still in flight.
- **The pad at the start of a session.** When a patron session starts, the pad is told (``services.hold_pad``) that
  what lies on it now is not the new patron's; the pad then reports those items as ``rfid_held`` (see
  :mod:`kiosk.session`).
- **Maintenance pauses patron input.** While :attr:`paused`, cards, tags and scans are not a patron's; a technician
  card scanned on the idle screen asks for maintenance instead of starting a session.
- **Counting for the library's monitoring** (``services.metrics``, :mod:`kiosk.metrics`): sessions, refusals, wrong
  PINs and lockouts, receipts, from each event's phase change; every item's answer (lent online or offline, refused)
  with the time from its lend to its answer, also when the answer comes too late for its session; the time a patron
  waited while the kiosk identified them (reading, verifying, checking; not the typing of the PIN).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import eventlog
from kiosk import session as s
from kiosk.services import ServiceError, Services
from kiosk.workers import Lanes

_log = logging.getLogger("kiosk.runner")


def _nothing(*_: object) -> None:
    return None


class SessionRunner:
    def __init__(
        self,
        config: s.Config,
        services: Services,
        lanes: Lanes,
        clock: Callable[[], float] = time.monotonic,
        *,
        on_view: Callable[[s.View], None] = _nothing,
        on_cleared: Callable[[str], None] = _nothing,
        on_cue: Callable[[s.Cue], None] = _nothing,
        on_technician: Callable[[], None] = _nothing,
        technician_cards: frozenset[str] = frozenset(),
    ) -> None:
        self.session = s.Session(config)
        self.services = services
        self.lanes = lanes
        self.clock = clock
        self.on_view = on_view
        self.on_cleared = on_cleared
        self.on_cue = on_cue
        self.on_technician = on_technician
        self.technician_cards = technician_cards
        #: bumped when a patron session is cleared; answers tagged with an older one are dropped
        self.generation = 0
        #: while a technician works (maintenance mode), cards, scans and tags are not patron input
        self.paused = False
        self.effects_seen: list[type] = []
        self._last_view: s.View | None = None
        #: seconds the kiosk spent identifying the current patron, and since when it is at it
        self._identifying_s = 0.0
        self._busy_since: float | None = None

    @property
    def view(self) -> s.View:
        return self.session.view

    # ------------------------------------------------------------------ input

    def post(self, event: s.Event) -> None:
        before = self.session.phase
        now = self.clock()
        fx = self.session.handle(event, now)
        self._count(event, before, now)  # before the effects: one that answers at once posts (and counts) itself
        if before in _OPEN and self.session.phase not in _OPEN and self.services.hold_pad is not None:
            self.services.hold_pad()  # what lies on the pad now is not the new patron's
        for effect in fx:
            self._run(effect)
        if self.session.phase is s.Phase.ITEMS and before is not s.Phase.ITEMS and self.services.rescan is not None:
            self.services.rescan()  # books put on the pad before the patron was identified count now
        view = self.session.view
        if view != self._last_view:  # a touch that changes nothing re-renders nothing
            self._last_view = view
            self.on_view(view)

    def tick(self) -> None:
        before = self.session.view
        now = self.clock()
        fx = self.session.handle(s.Tick(), now)
        self._count(s.Tick(), before.phase, now)
        for effect in fx:
            self._run(effect)
        after = self.session.view
        if fx or after != before:
            self._last_view = after
            self.on_view(after)

    def call_staff(self) -> None:
        """The patron pressed "call staff": counted for the library's monitoring (its alert rule tells staff)."""
        phase = self.session.phase.value
        eventlog.event(_log, "staff.called", phase=phase)
        self.services.metrics.staff_called()
        self.post(s.Touch())

    def card_presence(self, present: bool) -> None:
        if not self.paused:
            self.post(s.CardInserted() if present else s.CardRemoved())

    def item_seen(self, item_id: str, source: str, title: str = "") -> None:
        if not self.paused:
            self.post(s.ItemPresented(item_id, source, title))

    def barcode(self, code: str) -> None:
        """A scan: a technician card on the idle screen, an item on the items screen, else a patron card."""
        if self.paused:
            return
        if self.session.phase is s.Phase.IDLE and code.strip() in self.technician_cards:
            eventlog.event(_log, "maintenance.technician_card")
            self.on_technician()
            return
        if self.session.phase is s.Phase.ITEMS:
            card = self.services.is_library_card is not None and self.services.is_library_card(code)
            self.post(s.ItemPresented(code, "patron_card" if card else "barcode"))
        else:
            self.post(s.PatronBarcode(code))

    # ------------------------------------------------------------------ counting

    def _count(self, event: s.Event, before: s.Phase, now: float) -> None:
        after = self.session.phase
        m = self.services.metrics
        if isinstance(event, s.CardInserted | s.PatronBarcode) and before in _OPEN and after not in _OPEN:
            m.session_started(self.session.view.method)
            self._identifying_s, self._busy_since = 0.0, None
        if after is before:
            return
        if before in _IDENTIFYING and self._busy_since is not None:
            self._identifying_s += now - self._busy_since
        self._busy_since = now if after in _IDENTIFYING else None
        if before in _IDENTIFYING and after in (s.Phase.ITEMS, s.Phase.REFUSED):
            m.identified(self.session.view.method, after is s.Phase.ITEMS, self._identifying_s)
        if after is s.Phase.REFUSED:
            view = self.session.view
            m.refused("patron", view.refusal)
            if isinstance(event, s.AuthFinished) and event.reason == "pin_wrong":
                m.pin_failed(locked=view.refusal == "pin_blocked")
        elif isinstance(event, s.AuthFinished) and event.reason == "pin_wrong":
            m.pin_failed(locked=False)
        if isinstance(event, s.ReceiptDone) and before is s.Phase.PRINTING:
            m.receipt(event.ok)

    # ------------------------------------------------------------------ effects

    def _answer(self, make_event: Callable[[Any, BaseException | None], s.Event | None]) -> Callable:
        generation = self.generation

        def callback(result: Any, error: BaseException | None) -> None:
            if generation != self.generation:
                eventlog.event(_log, "worker.stale_result_dropped")
                return
            if error is not None and not isinstance(error, ServiceError | OSError | TimeoutError):
                eventlog.event(_log, "worker.failed", level=logging.ERROR, error=type(error).__name__)
                _log.debug("worker failure", exc_info=error)
            event = make_event(result, error)
            if event is not None:
                self.post(event)

        return callback

    def _run(self, effect: s.Effect) -> None:
        self.effects_seen.append(type(effect))
        sv = self.services
        if isinstance(effect, s.PlaySound):
            self.on_cue(effect.cue)
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
                self.lanes.card.submit(sv.card.forget, _nothing)
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
            answer = self._answer(lambda r, e: r if e is None else _lend_failed(item_id, e))
            started, metrics = self.clock(), sv.metrics

            def lent(result: Any, error: BaseException | None) -> None:
                done = result if error is None else _lend_failed(item_id, error)
                if isinstance(done, s.ItemFinished):  # counted even when its session has ended meanwhile
                    metrics.item_finished(done.state.value, done.reason, self.clock() - started)
                answer(result, error)

            self.lanes.library.submit(lambda: lender.lend(patron, item_id, source), lent)
        elif isinstance(effect, s.CountHolds):
            lib, patron = sv.library, effect.patron
            if lib is None:
                return
            counted = self._answer(lambda r, e: s.HoldsCounted(r if e is None else None))
            self.lanes.library.submit(lambda: lib.holds_ready(patron), counted)  # type: ignore[union-attr]
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
                    lender.end_session(patron)
                if lib is not None:
                    lib.end_patron_session(patron)

            self.lanes.library.submit(end, _nothing)
        elif isinstance(effect, s.SessionCleared):
            self.generation += 1
            if sv.rescan is not None:
                sv.rescan()  # the pad forgets which items it reported for this patron
            self.on_cleared(effect.why)


#: phases with no patron session (a card or a scan here starts one)
_OPEN = (s.Phase.IDLE, s.Phase.GOODBYE)
#: phases in which the patron waits while the kiosk identifies them
_IDENTIFYING = (s.Phase.READING, s.Phase.VERIFYING, s.Phase.CHECKING)


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
