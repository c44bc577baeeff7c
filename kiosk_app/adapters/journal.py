"""The offline journal (:class:`offline_queue.Journal`) as the lender's :class:`OfflineJournal` and as the
:class:`SyncService` the link monitor and maintenance drive; replay goes through SIP2 circulation."""

from __future__ import annotations

import datetime as dt

from kiosk.services import DeviceHealth, DeviceState, JournalError, LinkStatus, Refusal, SyncReport
from kiosk.session import Patron
from kiosk.sip2.errors import Sip2Error
from kiosk_app.adapters.library import Sip2Library
from offline_queue import Journal, JournalFull, OfflinePolicy, QueueError


class JournalAdapter:
    """The offline journal (:class:`offline_queue.Journal`) as the lender's :class:`OfflineJournal`, plus sync."""

    def __init__(self, journal: Journal, policy: OfflinePolicy, library: Sip2Library | None) -> None:
        self.journal = journal
        self.policy = policy
        self.library = library

    def append(self, patron: Patron, item_id: str, due: dt.date) -> str:
        when = dt.datetime.combine(due, dt.time(23, 59))
        try:
            t = self.journal.enqueue(patron.number, item_id, due=when, method=patron.method, policy=self.policy)
        except JournalFull:
            raise JournalError("journal_full") from None
        except QueueError as e:
            raise JournalError(getattr(e, "reason", "") or "journal_failed") from None
        return t.txn_id

    def pending(self) -> int:
        return self.journal.status().waiting

    def item_state(self, item_id: str) -> str:
        """ "waiting", "refused" or "" (see :meth:`offline_queue.Journal.item_state`); "waiting" when the journal
        cannot be read, which is what the patron was told."""
        try:
            return self.journal.item_state(item_id)
        except QueueError:
            return "waiting"

    # SyncService
    def status(self) -> LinkStatus:
        st = self.journal.status()
        known = self.library is not None and self.library.online is not None
        online = bool(self.library and self.library.online)
        return LinkStatus(online, st.waiting, st.refused, known, oldest=st.oldest)

    def probe(self) -> LinkStatus:
        """One status request (99) to the library system, without the client's retries (the link monitor has its
        own backoff, and a patron's checkout queued behind a probe should not wait for retries)."""
        reason = self._ping()
        st = self.journal.status()
        return LinkStatus(not reason, st.waiting, st.refused, True, reason, st.oldest)

    def _ping(self) -> str:
        """An empty string when the library system answered and is online, else a reason code."""
        if self.library is None:
            return "no_library_system"
        try:
            st = self.library.client.ping(retries=0)
        except (Sip2Error, OSError) as e:
            self.library.online = False
            return getattr(e, "reason", "") or "unreachable"
        self.library.online = bool(st.online)
        return "" if st.online else "offline"

    def sync(self, limit: int | None = None) -> SyncReport:
        if self.library is None:
            return SyncReport(0, 0, self.pending(), "no_library_system")
        reason = self._ping()
        if reason:
            return SyncReport(0, 0, self.pending(), reason)
        report = self.journal.replay(self.library.circ, limit=limit)
        if report.stopped:
            self.library.online = False
        # "already lent to this patron" is counted among the acknowledged: each transaction is counted once
        return SyncReport(report.acknowledged, report.refused, report.remaining, report.stopped)

    def refusals(self) -> list[Refusal]:
        """For the staff list: when and why only (the journal's refusals hold patron and item; not shown here)."""
        return [Refusal(r.refused_at.isoformat(sep=" ", timespec="minutes"), r.reason, r.txn_id[:8])
                for r in self.journal.refusals()]  # fmt: skip

    def health(self) -> DeviceState:
        st = self.journal.status()
        if st.refused:
            return DeviceState("offline_queue", DeviceHealth.WARNING, f"refused={st.refused}", f"waiting={st.waiting}")
        return DeviceState("offline_queue", DeviceHealth.OK, "", f"waiting={st.waiting}")
