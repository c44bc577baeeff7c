"""The patron-session runner: the pure session machine (:mod:`kiosk.session`) joined to the services it asks for.

The owner (the Qt controller in :mod:`ui.controller`, a headless bench, tests) calls :meth:`SessionRunner.post` and
:meth:`SessionRunner.tick` on its own thread and gives :class:`kiosk.workers.Lanes` whose answers come back on that
thread. The runner owns these rules:

- **Each effect on its lane.** Card commands on the card lane (one connection from the tap to the end of PIN entry),
  the revocation check made while the PIN is typed on the validation lane; patron checks, checkouts, returns,
  renewals, account look-ups and the end of a patron session on the library lane (one conversation with the library
  system, in order); the tags' security on the security lane (a stack is lent in a pipeline,
  :mod:`kiosk.lending_pipeline`); receipts on the printer lane (a receipt that lists every loan reads the account on
  the library lane first). Nothing blocks the owner's loop.
- **Secrets handed over once.** The PIN and a library card's password go to the worker in a box it empties; the
  runner keeps no copy.
- **Late answers are dropped.** Every answer is tagged with the session's generation; one that arrives after its
  patron session ended (a card pulled during VERIFY, a timeout while a loan was in flight) is dropped, so nothing of
  one patron reaches the next.
- **Failures become reason codes.** A service that raises becomes the session event it would have answered, with
  the error's reason code (``card_protocol``, ``library_unavailable``, ``lend_failed``, ``return_failed``,
  ``renew_failed``, ``account_unavailable``, ``printer_failed`` when it has none); an unexpected exception type is
  logged as a defect. A patron check the library system could not answer (:class:`LibraryUnavailable`) says so
  (``offline``): the session's offline rules decide.
- **The pad reports again** whenever a screen that reads it opens (borrowing, returns, the count check), so books put
  down earlier count there, and when the session asks (:class:`kiosk.session.RescanPad`).
- **Ending a patron session** tells the lender (its offline count for the patron is forgotten) and the library
  system (SIP2 end session), on the library lane, after any loan still in flight.
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
from collections import deque
from collections.abc import Callable
from typing import Any

import eventlog
from kiosk import session as s
from kiosk.lending_pipeline import LendingPipeline
from kiosk.services import LibraryUnavailable, ServiceError, Services
from kiosk.workers import Lanes

_log = logging.getLogger("kiosk.runner")

#: how many of the latest effects :attr:`SessionRunner.effects_seen` keeps
EFFECTS_KEPT = 256


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
        #: loans of a stack: the next checkout at the library system while the item before is secured
        self.pipeline = LendingPipeline(lanes.library, lanes.security)
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
        #: the types of the latest effects run, for tests and diagnostics (bounded: the kiosk runs for months)
        self.effects_seen: deque[type] = deque(maxlen=EFFECTS_KEPT)
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
        for effect in fx:
            self._run(effect)
        after = self.session.phase
        if after in _PAD_SCREENS and before is not after and self.services.rescan is not None:
            self.services.rescan()  # books put on the pad earlier (before identification, on another screen) count now
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

    def card_presence(self, present: bool) -> None:
        if not self.paused:
            self.post(s.CardInserted() if present else s.CardRemoved())

    def item_seen(self, item_id: str, source: str) -> None:
        if not self.paused:
            self.post(s.ItemPresented(item_id, source))

    def barcode(self, code: str) -> None:
        """A scan: a technician card on the idle screen, an item on the items screen, else a patron card."""
        if self.paused:
            return
        if self.session.phase is s.Phase.IDLE and code.strip() in self.technician_cards:
            eventlog.event(_log, "maintenance.technician_card")
            self.on_technician()
            return
        if self.session.phase in _SCANS_ARE_ITEMS:
            self.post(s.ItemPresented(code, "barcode"))
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
        elif isinstance(effect, s.CheckRevocation):
            if sv.card is not None:
                self.lanes.validation.submit(sv.card.check_revocation, self._answer(_revocation_checked))
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
            lib, lender, patron, holds = sv.library, sv.lender, effect.patron, effect.holds
            if lib is None:
                self.post(s.PatronChecked(False, "library_unavailable"))
                return
            secret = [effect.password]  # handed over once

            def check() -> s.PatronChecked:
                try:
                    return lib.patron_status(patron, secret.pop(), holds=holds)  # type: ignore[union-attr]
                except (LibraryUnavailable, OSError, TimeoutError):
                    # the library system cannot vouch for this patron: one the offline rules would never let
                    # borrow (a library card number that is not one of the library's) is refused here, by name
                    refusal = lender.offline_patron_refusal(patron) if lender is not None else ""
                    if refusal:
                        eventlog.event(_log, "patron.offline_refused", method=patron.method, reason=refusal)
                        return s.PatronChecked(False, refusal)
                    raise

            self.lanes.library.submit(check, self._answer(_checked))
        elif isinstance(effect, s.Lend):
            lender, patron, item_id = sv.lender, effect.patron, effect.item_id
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

            self.pipeline.lend(lender, patron, item_id, lent)
        elif isinstance(effect, s.Return):
            returner, item_id, source = sv.returner, effect.item_id, effect.source
            if returner is None:
                self.post(s.ItemReturned(item_id, s.ReturnState.REFUSED, reason="returns_unavailable"))
                return
            answer = self._answer(lambda r, e: r if e is None else _return_failed(item_id, e))
            self.lanes.library.submit(lambda: returner.give_back(item_id, source), answer)
        elif isinstance(effect, s.FetchAccount):
            lib, patron, holds = sv.library, effect.patron, effect.holds
            if lib is None:
                self.post(s.AccountLoaded(None, "library_unavailable"))
                return
            self.lanes.library.submit(lambda: lib.account(patron, holds=holds), self._answer(_account_loaded))
        elif isinstance(effect, s.Renew):
            lib, patron, item_id = sv.library, effect.patron, effect.item_id
            if lib is None:
                self.post(s.RenewFinished(item_id, False, reason="library_unavailable"))
                return
            self.lanes.library.submit(lambda: lib.renew(patron, item_id),
                                      self._answer(lambda r, e: _renewed(item_id, r, e)))  # fmt: skip
        elif isinstance(effect, s.RescanPad):
            if sv.rescan is not None:
                sv.rescan()
        elif isinstance(effect, s.PrintReceipt):
            self._print(effect)
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

    def _print(self, effect: s.PrintReceipt) -> None:
        """The receipt on the printer lane; when it lists every loan, the account is read on the library lane first
        (and left off the receipt when it cannot be read)."""
        sv = self.services
        printer, lib, items, lang, holds = sv.printer, sv.library, effect.items, effect.language, effect.holds_ready
        if printer is None:
            self.post(s.ReceiptDone(False, "no_printer"))
            return
        printed = self._answer(_printed)
        patron = effect.patron
        if patron is None or lib is None:
            self.lanes.printer.submit(lambda: printer.print_receipt(items, lang, holds), printed)
            return
        generation = self.generation

        def read(result: Any, error: BaseException | None) -> None:
            if generation != self.generation:
                return  # the session ended meanwhile: nothing is printed for a patron who left
            loans = result if error is None else None
            if error is not None:
                eventlog.event(_log, "receipt.loans_unavailable", reason=_reason(error, "account_unavailable"))
            self.lanes.printer.submit(lambda: printer.print_receipt(items, lang, holds, loans), printed)

        self.lanes.library.submit(lambda: lib.account(patron, holds=False), read)


#: phases whose screen reads the pad: entering one has the pad report every item again
_PAD_SCREENS = (s.Phase.ITEMS, s.Phase.RETURNS, s.Phase.COUNT)
#: phases in which a scan is an item, not a patron card
_SCANS_ARE_ITEMS = (s.Phase.ITEMS, s.Phase.RETURNS, s.Phase.COUNT, s.Phase.COUNT_CHECK, s.Phase.COUNT_RETRY)
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


def _revocation_checked(result: Any, error: BaseException | None) -> s.Event:
    if error is not None:  # not a refusal: the check after the signature decides
        return s.RevocationChecked(False, _reason(error, "validation_error"))
    return result


def _authenticated(result: Any, error: BaseException | None) -> s.Event:
    if error is not None:
        return s.AuthFinished(False, _reason(error, "card_protocol"))
    return result


def _checked(result: Any, error: BaseException | None) -> s.Event:
    if error is not None:
        offline = isinstance(error, LibraryUnavailable | OSError | TimeoutError)
        return s.PatronChecked(False, _reason(error, "library_unavailable"), offline=offline)
    return result


def _lend_failed(item_id: str, error: BaseException) -> s.Event:
    return s.ItemFinished(item_id, s.ItemState.REFUSED, reason=_reason(error, "lend_failed"))


def _return_failed(item_id: str, error: BaseException) -> s.Event:
    return s.ItemReturned(item_id, s.ReturnState.REFUSED, reason=_reason(error, "return_failed"))


def _account_loaded(result: Any, error: BaseException | None) -> s.Event:
    if error is not None:
        return s.AccountLoaded(None, _reason(error, "account_unavailable"))
    return s.AccountLoaded(result)


def _renewed(item_id: str, result: Any, error: BaseException | None) -> s.Event:
    if error is not None:
        return s.RenewFinished(item_id, False, reason=_reason(error, "renew_failed"))
    return s.RenewFinished(item_id, result.ok, result.due, result.reason, result.message)


def _printed(result: Any, error: BaseException | None) -> s.Event:
    if error is not None:
        return s.ReceiptDone(False, _reason(error, "printer_failed"))
    return s.ReceiptDone(True)
