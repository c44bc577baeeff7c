"""Lending one item: library system first, security switch second, offline journal when the library is away.

For each item (DESIGN.md "Items"):

1. SIP2 checkout. A refusal is shown with the library system's reason; nothing is written to the tag.
2. Only on yes: switch the tag's security to "lent" and read it back. If that fails the checkout is undone, so the
   library's records never say "lent" for an item that would set off the gate.
3. When the library system cannot be reached and the offline policy allows it (for a library card, only a number
   the library's patron pattern recognises: offline nothing else checks it): the security switch, then the
   journal (durable before the patron is told); if the journal fails the tag is secured again. The patron sees the
   offline due date.

Every call blocks (network, RFID, disk): the UI runs :meth:`Lender.lend` in a worker thread. :meth:`Lender.lend` is
the three steps :meth:`Lender.checkout` (1, and 3 offline), :meth:`Lender.secure` (2) and :meth:`Lender.settle`
(the undo of 2); a stack runs them on two lanes at once (:mod:`kiosk.lending_pipeline`), by the same rules.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import eventlog
from kiosk.services import (
    Approved,
    JournalError,
    LibrarySystem,
    LibraryUnavailable,
    OfflineJournal,
    SecurityTags,
    ServiceError,
    TagError,
)
from kiosk.session import ItemFinished, ItemState, Patron
from offline_queue.policy import OfflinePolicy

_log = logging.getLogger("kiosk.lending")


@dataclass
class Lender:
    library: LibrarySystem
    tags: SecurityTags
    journal: OfflineJournal | None
    #: the ``[offline]`` rules; checked here per patron session (the journal checks them again among the loans
    #: still waiting)
    offline: OfflinePolicy
    today: Callable[[], dt.date] = dt.date.today
    #: offline checkouts in the current patron session; emptied by :meth:`end_session`
    _offline_counts: dict[Patron, int] = field(default_factory=dict, repr=False)

    def lend(self, patron: Patron, item_id: str, source: str = "rfid") -> ItemFinished:
        step = self.checkout(patron, item_id)
        if isinstance(step, ItemFinished):
            return step
        return self.settle(step, self.secure(step))

    def checkout(self, patron: Patron, item_id: str) -> ItemFinished | Approved:
        """The library system's word: refused, approved (the tag still to switch), or, when it cannot be reached,
        the whole offline loan by the offline rules."""
        try:
            reply = self.library.checkout(patron, item_id)
        except LibraryUnavailable:
            return self._lend_offline(patron, item_id)
        except ServiceError as e:
            eventlog.event(_log, "lend.refused", reason=e.reason)
            return ItemFinished(item_id, ItemState.REFUSED, reason=e.reason)
        if not reply.ok:
            eventlog.event(_log, "lend.refused", reason=reply.reason or "refused")
            return ItemFinished(
                item_id, ItemState.REFUSED, reply.title, reason=reply.reason or "refused", message=reply.message
            )
        return Approved(patron, item_id, reply)

    def secure(self, approved: Approved) -> str:
        """Switch the approved item's security to lent and read it back: "" when done, else a reason code."""
        return self._secure(approved.item_id)

    def settle(self, approved: Approved, problem: str) -> ItemFinished:
        """Lent when the security switch worked; otherwise the checkout is undone (a check-in), so the library's
        records never say "lent" for an item that would set off the gate. Only the undo blocks (the library)."""
        item_id, reply = approved.item_id, approved.reply
        if problem:
            self._undo(item_id, problem)
            return ItemFinished(item_id, ItemState.REFUSED, reply.title, reason=problem)
        eventlog.event(_log, "lend.ok")
        return ItemFinished(item_id, ItemState.LENT, reply.title, reply.due)

    def _undo(self, item_id: str, problem: str) -> None:
        """The security switch failed after the library system lent the item: return it there (a check-in)."""
        try:
            undone = self.library.checkin(item_id)
        except ServiceError as e:
            undone = None
            reason = e.reason
        else:
            reason = undone.reason or "checkin_refused"
        if undone is not None and undone.ok:
            eventlog.event(_log, "lend.undone", reason=problem)
        else:
            # the item stays lent upstream: staff must see this one
            eventlog.event(_log, "lend.undo_failed", level=logging.ERROR, reason=reason)

    def offline_patron_refusal(self, patron: Patron) -> str:
        """Why this patron may not borrow offline at all ("" when they may): a library card number the library's
        patron pattern does not recognise (nobody else checks it while the library system is away)."""
        return self.offline.patron_refusal(patron.method, patron.number)

    def end_session(self, patron: Patron) -> None:
        self._offline_counts.pop(patron, None)

    def _secure(self, item_id: str) -> str:
        """Switch security to lent and read it back; returns a reason code on failure, "" on success."""
        try:
            state = self.tags.set_lent(item_id, True)
        except TagError as e:
            return e.reason or "security_failed"
        return "" if state else "security_failed"

    def _lend_offline(self, patron: Patron, item_id: str) -> ItemFinished:
        count = self._offline_counts.get(patron, 0)
        refusal = (
            "offline_disabled"
            if self.journal is None
            else self.offline.refusal(patron.method, count) or self.offline.patron_refusal(patron.method, patron.number)
        )
        if refusal:
            return self._refuse_offline(item_id, refusal)
        due = self.offline.due_date(dt.datetime.combine(self.today(), dt.time())).date()
        # security first, then the journal: if the journal cannot store the loan the tag is secured again, so a
        # loan is never recorded for an item the patron could not take
        problem = self._secure(item_id)
        if problem:
            return self._refuse_offline(item_id, problem)
        try:
            self.journal.append(patron, item_id, due)
        except JournalError as e:
            self._resecure(item_id)
            return self._refuse_offline(item_id, e.reason or "journal_failed")
        self._offline_counts[patron] = count + 1
        eventlog.event(_log, "lend.offline")
        return ItemFinished(item_id, ItemState.LENT_OFFLINE, due=due)

    def _resecure(self, item_id: str) -> None:
        try:
            if self.tags.set_lent(item_id, False) is not False:
                eventlog.event(_log, "lend.resecure_failed", level=logging.ERROR)
        except TagError as e:
            eventlog.event(_log, "lend.resecure_failed", level=logging.ERROR, reason=e.reason)

    def _refuse_offline(self, item_id: str, reason: str) -> ItemFinished:
        eventlog.event(_log, "lend.refused", reason=reason, offline=True)
        return ItemFinished(item_id, ItemState.REFUSED, reason=reason)
