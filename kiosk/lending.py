"""Lending one item: library system first, security switch second, offline journal when the library is away.

For each item (DESIGN.md "Items"):

1. SIP2 checkout. A refusal is shown with the library system's reason; nothing is written to the tag.
2. Only on yes: switch the tag's security to "lent" and read it back. If that fails the checkout is undone, so the
   library's records never say "lent" for an item that would set off the gate.
3. When the library system cannot be reached and the offline policy allows it: the checkout goes to the journal
   (durable first), then the security switch; the patron sees the offline due date.

Every call blocks (network, RFID, disk): the UI runs :meth:`Lender.lend` in a worker thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk import log
from kiosk.services import (
    JournalError,
    LibrarySystem,
    LibraryUnavailable,
    OfflineJournal,
    SecurityTags,
    ServiceError,
    TagError,
)
from kiosk.session import ItemFinished, ItemState, Patron

_log = logging.getLogger("kiosk.lending")


@dataclass(frozen=True)
class OfflinePolicy:
    """What may be lent while the library system is away (the library's policy, from configuration)."""

    allowed: bool = True
    #: items one patron may take in one offline session
    max_items: int = 5
    #: loan period promised for offline checkouts
    loan_days: int = 14
    #: identification methods accepted offline
    methods: tuple[str, ...] = ("mynumber", "barcode")


@dataclass
class Lender:
    library: LibrarySystem
    tags: SecurityTags
    journal: OfflineJournal | None = None
    offline: OfflinePolicy = field(default_factory=OfflinePolicy)
    today: Callable[[], dt.date] = dt.date.today
    #: offline checkouts in the current patron session; emptied by :meth:`end_session`
    _offline_counts: dict[Patron, int] = field(default_factory=dict, repr=False)

    def lend(self, patron: Patron, item_id: str, source: str = "rfid") -> ItemFinished:
        try:
            reply = self.library.checkout(patron, item_id)
        except LibraryUnavailable:
            return self._lend_offline(patron, item_id)
        except ServiceError as e:
            log.event(_log, "lend.refused", reason=e.reason)
            return ItemFinished(item_id, ItemState.REFUSED, reason=e.reason)
        if not reply.ok:
            log.event(_log, "lend.refused", reason=reply.reason or "refused")
            return ItemFinished(
                item_id, ItemState.REFUSED, reply.title, reason=reply.reason or "refused", message=reply.message
            )
        problem = self._secure(item_id)
        if problem:
            try:
                self.library.cancel_checkout(patron, item_id)
                log.event(_log, "lend.undone", reason=problem)
            except ServiceError as e:
                # the item stays lent upstream: staff must see this one
                log.event(_log, "lend.undo_failed", level=logging.ERROR, reason=e.reason)
            return ItemFinished(item_id, ItemState.REFUSED, reply.title, reason=problem)
        log.event(_log, "lend.ok")
        return ItemFinished(item_id, ItemState.LENT, reply.title, reply.due)

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
        pol = self.offline
        if not pol.allowed or self.journal is None:
            return self._refuse_offline(item_id, "offline_not_allowed")
        if patron.method not in pol.methods:
            return self._refuse_offline(item_id, "offline_method")
        count = self._offline_counts.get(patron, 0)
        if count >= pol.max_items:
            return self._refuse_offline(item_id, "offline_limit")
        due = self.today() + dt.timedelta(days=pol.loan_days)
        try:
            handle = self.journal.append(patron, item_id, due)
        except JournalError as e:
            return self._refuse_offline(item_id, e.reason or "journal_failed")
        problem = self._secure(item_id)
        if problem:
            self.journal.discard(handle)
            return self._refuse_offline(item_id, problem)
        self._offline_counts[patron] = count + 1
        log.event(_log, "lend.offline")
        return ItemFinished(item_id, ItemState.LENT_OFFLINE, due=due)

    def _refuse_offline(self, item_id: str, reason: str) -> ItemFinished:
        log.event(_log, "lend.refused", reason=reason, offline=True)
        return ItemFinished(item_id, ItemState.REFUSED, reason=reason)
