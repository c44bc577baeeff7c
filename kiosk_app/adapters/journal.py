"""The offline journal (:class:`offline_queue.Journal`) as the lender's :class:`OfflineJournal` and as the
:class:`SyncService` the link monitor and maintenance drive; replay goes through the library system's connector
(:meth:`LibrarySystem.checkout_offline` and :meth:`LibrarySystem.lookup_loan`, whatever the connector).

The link's state and the journal's own problems are kept apart: ``reason`` (of :class:`LinkStatus` and
:class:`SyncReport`) is only ever the library system's; a journal that cannot send (locked without its key file,
another process replaying, a full disk) says so in ``queue_problem``, with the library system still online."""

from __future__ import annotations

import datetime as dt

from kiosk.services import (
    CounterCheck,
    DeviceHealth,
    DeviceState,
    JournalError,
    LibraryError,
    LibrarySystem,
    LinkStatus,
    OutcomeUnknown,
    Refusal,
    SyncReport,
)
from kiosk.session import Patron
from offline_queue import Journal, JournalFull, LinkDown, OfflinePolicy, QueueError, ReplayAnswer


class ConnectorReplay:
    """A connector as the journal's :class:`offline_queue.ReplayTarget`: the port's errors become :class:`LinkDown`
    (an unknown outcome is "maybe committed", so the journal looks it up before anything is sent again)."""

    def __init__(self, library: LibrarySystem) -> None:
        self.library = library

    def replay_checkout(self, patron: str, item: str, due: dt.datetime, txn_time: dt.datetime) -> ReplayAnswer:
        try:
            reply = self.library.checkout_offline(Patron("", patron), item, due, txn_time)
        except LibraryError as e:
            raise LinkDown(str(e), e.reason, maybe_committed=isinstance(e, OutcomeUnknown)) from None
        return ReplayAnswer(True) if reply.ok else ReplayAnswer(False, reply.reason or "refused", reply.message)

    def replay_lookup(self, patron: str, item: str) -> str:
        try:
            return self.library.lookup_loan(Patron("", patron), item)
        except LibraryError as e:
            raise LinkDown(str(e), e.reason, maybe_committed=False) from None


class JournalAdapter:
    """The offline journal (:class:`offline_queue.Journal`) as the lender's :class:`OfflineJournal`, plus sync."""

    def __init__(self, journal: Journal, policy: OfflinePolicy, library: LibrarySystem | None) -> None:
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
        return LinkStatus(online, st.waiting, st.refused, known, oldest=st.oldest, queue_problem=st.key_problem)

    def probe(self) -> LinkStatus:
        """One status request (99) to the library system, without the client's retries (the link monitor has its
        own backoff, and a patron's checkout queued behind a probe should not wait for retries)."""
        reason = self._ping()
        st = self.journal.status()
        return LinkStatus(not reason, st.waiting, st.refused, True, reason, st.oldest, st.key_problem)

    def _ping(self) -> str:
        """An empty string when the library system answered and is online, else a reason code."""
        if self.library is None:
            return "no_library_system"
        st = self.library.status()
        return "" if st.online else st.reason or "unreachable"

    def sync(self, limit: int | None = None) -> SyncReport:
        if self.library is None:
            return SyncReport(0, 0, self.pending(), "no_library_system")
        reason = self._ping()
        if reason:
            return SyncReport(0, 0, self.pending(), reason)
        report = self.journal.replay(ConnectorReplay(self.library), limit=limit)
        if report.link_failed:
            self.library.online = False
        # "already lent to this patron" is counted among the acknowledged: each transaction is counted once; a
        # replay the journal itself stopped (key_missing, replay_busy, disk_full) says nothing of the link
        link, own = (report.stopped, "") if report.link_failed else ("", report.stopped)
        return SyncReport(report.acknowledged, report.refused, report.remaining, link, own)

    def refusals(self) -> list[Refusal]:
        """For the staff list: when and why only (the journal's refusals hold patron and item; not shown here)."""
        return [Refusal(r.refused_at.isoformat(sep=" ", timespec="minutes"), r.reason, r.txn_id[:8])
                for r in self.journal.refusals()]  # fmt: skip

    def checks(self) -> list[CounterCheck]:
        """For the staff's "check at the counter" list: the item (staff need it at the counter), when, what is
        known; not the patron."""
        return [CounterCheck(c.txn_id, c.txn_time.isoformat(sep=" ", timespec="minutes") if c.txn_time else "",
                             c.item, c.reason, c.tries, c.sent_before)
                for c in self.journal.checks()]  # fmt: skip

    def settle_check(self, handle: str, lent: bool) -> bool:
        return self.journal.settle_check(handle, lent=lent)

    def health(self) -> DeviceState:
        st = self.journal.status()
        detail = f"waiting={st.waiting}"
        if st.key_problem:
            return DeviceState("offline_queue", DeviceHealth.ERROR, st.key_problem, detail)
        if st.check:
            return DeviceState("offline_queue", DeviceHealth.WARNING, "check_at_counter", f"{detail} check={st.check}")
        if st.refused:
            return DeviceState("offline_queue", DeviceHealth.WARNING, f"refused={st.refused}", detail)
        return DeviceState("offline_queue", DeviceHealth.OK, "", detail)
