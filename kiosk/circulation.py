"""Circulation for the kiosk: patron status and information, checkout, renew, checkin, end of session.

Every call returns a result dataclass; a refusal carries the library system's own message (``message``, shown to
the patron as it is) and a short ``reason`` code that staff can read and the UI can translate. Because SIP2 has no
reason field, the reason is worked out from protocol data (patron status flags, item circulation status), not
from the wording of the message.

Reason codes: ``ok``, ``patron_unknown``, ``wrong_password``, ``card_lost``, ``excessive_fines``,
``too_many_items``, ``too_many_overdue``, ``patron_blocked``, ``item_unknown``, ``item_on_hold``,
``not_for_loan``, ``lent_to_other``, ``already_lent_to_you``, ``renewal_refused``, ``not_checked_out``,
``outcome_unknown`` (the link failed and the outcome could not be looked up), ``refused`` (anything else).

A checkout, renew or checkin whose reply is lost is never re-sent blindly: the outcome is looked up first (17 and
63); only when the library system shows it was not executed is a checkout or checkin sent once more. A renew is
never sent again (a same-day renewal leaves no trace to look up): when the due date did not move, the result is
``outcome_unknown``.

Calls raise :class:`kiosk.sip2.errors.Offline` when the library system cannot be reached at all (before anything
was sent); the session then decides whether offline lending applies.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

import eventlog
from kiosk.sip2.client import LoanLookup, Sip2Client
from kiosk.sip2.codec import Message, parse_datetime
from kiosk.sip2.errors import ConnectionLost, Sip2Error
from offline_queue import LinkDown, ReplayAnswer

logger = logging.getLogger("kiosk.circulation")

#: SIP2 patron status positions
CHARGE_DENIED, RENEWAL_DENIED, CARD_LOST, TOO_MANY_CHARGED, TOO_MANY_OVERDUE = 0, 1, 4, 5, 6
EXCESSIVE_FINES, EXCESSIVE_FEES = 10, 11


@dataclass(frozen=True)
class PatronStatus:
    ok: bool
    reason: str
    message: str
    valid: bool
    name: str
    #: the 14-character SIP2 patron status
    flags: str
    #: None when no password was checked
    password_ok: bool | None
    fee_amount: str = ""
    currency: str = ""

    def flag(self, position: int) -> bool:
        return len(self.flags) > position and self.flags[position] == "Y"


@dataclass(frozen=True)
class Loan:
    item: str
    title: str
    due: datetime | None
    due_text: str
    overdue: bool


@dataclass(frozen=True)
class Hold:
    item: str
    title: str


@dataclass(frozen=True)
class PatronInfo:
    status: PatronStatus
    loans: list[Loan] = field(default_factory=list)
    holds_ready: list[Hold] = field(default_factory=list)
    loan_limit: int | None = None

    @property
    def ok(self) -> bool:
        return self.status.ok


@dataclass(frozen=True)
class CirculationResult:
    """The outcome of a checkout or renew."""

    ok: bool
    reason: str
    #: the library system's screen message (AF), as it is
    message: str
    item: str
    title: str = ""
    due: datetime | None = None
    #: the due date exactly as the library system wrote it (AH is free-format)
    due_text: str = ""
    renewed: bool = False
    #: True when the reply was lost and the outcome was established by a look-up
    recovered: bool = False


@dataclass(frozen=True)
class CheckinResult:
    ok: bool
    reason: str
    message: str
    item: str
    title: str = ""
    alert: bool = False
    sort_bin: str = ""
    location: str = ""
    recovered: bool = False


def patron_reason(flags: str, valid: bool, password_ok: bool | None) -> str:
    """The reason code for a patron status (``ok`` when lending may go ahead)."""

    def f(i: int) -> bool:
        return len(flags) > i and flags[i] == "Y"

    if not valid:
        return "patron_unknown"
    if password_ok is False:
        return "wrong_password"
    if f(CARD_LOST):
        return "card_lost"
    if f(EXCESSIVE_FINES) or f(EXCESSIVE_FEES):
        return "excessive_fines"
    if f(TOO_MANY_CHARGED):
        return "too_many_items"
    if f(TOO_MANY_OVERDUE):
        return "too_many_overdue"
    if f(CHARGE_DENIED):
        return "patron_blocked"
    return "ok"


def _patron_status(m: Message, password: str | None) -> PatronStatus:
    flags = m.fixed.get("patron_status", " " * 14)
    valid = m.text("BL") != "N"
    cq = m.get("CQ")
    password_ok = None if not password or cq is None else cq == "Y"
    reason = patron_reason(flags, valid, password_ok)
    return PatronStatus(
        ok=reason == "ok",
        reason=reason,
        message=" ".join(m.get_all("AF")),
        valid=valid,
        name=m.text("AE"),
        flags=flags,
        password_ok=password_ok,
        fee_amount=m.text("BV"),
        currency=m.text("BH"),
    )


class Circulation:
    """Circulation over one :class:`Sip2Client` (use from one worker thread)."""

    def __init__(self, client: Sip2Client) -> None:
        self.client = client

    # ------------------------------------------------------------------------------------------ patrons
    def patron_status(self, patron: str, password: str | None = None) -> PatronStatus:
        st = _patron_status(self.client.patron_status(patron, password), password)
        eventlog.event(logger, "circ.patron_status", result=st.reason)
        return st

    def patron_status_and_holds(self, patron: str, password: str | None = None) -> tuple[PatronStatus, int | None]:
        """The patron's status and how many holds wait for pickup, from one patron information request (63)
        that asks for no item lists; the count is None when the library system leaves it blank."""
        m = self.client.patron_info(patron, password)
        st = _patron_status(m, password)
        raw = m.fixed.get("hold_count", "").strip()
        holds = int(raw) if raw.isdigit() and st.valid else None
        eventlog.event(logger, "circ.patron_status", result=st.reason, holds_known=holds is not None)
        return st, holds

    def patron_info(self, patron: str, password: str | None = None, *, titles: bool = True) -> PatronInfo:
        """The patron's status, loans (with due dates; item information per loan when ``titles``) and holds
        ready for pickup."""
        base = self.client.patron_info(patron, password)
        status = _patron_status(base, password)
        loans: list[Loan] = []
        holds: list[Hold] = []
        if status.valid:
            now = datetime.now()
            for item in self.client.charged_items(patron):
                title, due_text = "", ""
                if titles:
                    info = self.client.item_info(item)
                    title, due_text = info.text("AJ"), info.text("AH")
                due = parse_datetime(due_text)
                loans.append(Loan(item, title, due, due_text, bool(due and due.replace(tzinfo=None) < now)))
            for item in self.client.patron_info(patron, password, summary="holds").get_all("AS"):
                holds.append(Hold(item, self.client.item_info(item).text("AJ") if titles else ""))
        limit = base.text("CB")
        eventlog.event(logger, "circ.patron_info", result=status.reason, loans=len(loans), holds=len(holds))
        return PatronInfo(status, loans, holds, int(limit) if limit.isdigit() else None)

    def end_session(self, patron: str) -> bool:
        try:
            ok = self.client.end_session(patron).fixed.get("end_session") == "Y"
        except Sip2Error as e:
            eventlog.event(logger, "circ.end_session", level=logging.WARNING, result=e.reason)
            return False
        eventlog.event(logger, "circ.end_session", result="ok" if ok else "refused")
        return ok

    # -------------------------------------------------------------------------------------------- items
    def _refusal_reason(
        self, patron: str | None, item: str, password: str | None = None, *, strict: bool = False
    ) -> str:
        """Why the library system refused: from the item's circulation status, then the patron's flags. A link
        failure gives "refused", or is raised with ``strict``."""
        try:
            info = self.client.item_info(item)
            status = info.fixed.get("circulation_status", "")
            if not info.text("AJ") and status in ("01", "13", ""):
                return "item_unknown"
            if status in ("04", "05") and patron is not None:
                return "already_lent_to_you" if item in self.client.charged_items(patron) else "lent_to_other"
            if status in ("08", "07"):
                return "item_on_hold"
            if patron is not None:
                st = _patron_status(self.client.patron_status(patron, password), password)
                if st.reason != "ok":
                    return st.reason
            if status == "01":
                return "not_for_loan"
        except Sip2Error:
            if strict:
                raise
        return "refused"

    def _result(self, reply: Message, item: str, ok_reason: str = "ok") -> CirculationResult:
        due_text = reply.text("AH")
        return CirculationResult(
            ok=reply.fixed.get("ok") == "1",
            reason=ok_reason,
            message=" ".join(reply.get_all("AF")),
            item=item,
            title=reply.text("AJ"),
            due=parse_datetime(due_text),
            due_text=due_text,
            renewed=reply.fixed.get("renewal_ok") == "Y",
        )

    def _from_lookup(self, found: LoanLookup, item: str, reason: str = "ok") -> CirculationResult:
        return CirculationResult(True, reason, "", item, found.title, found.due, found.due_text, False, True)

    def checkout(self, patron: str, item: str, password: str | None = None) -> CirculationResult:
        """Lend ``item`` to ``patron``. Only an ``ok`` result may switch the item's security off."""
        try:
            reply = self.client.checkout(patron, item, password=password)
        except ConnectionLost as e:
            if not e.maybe_committed:
                raise
            return self._resolve_checkout(patron, item, password)
        return self._finish_checkout(reply, patron, item, password)

    def _finish_checkout(self, reply: Message, patron: str, item: str, password: str | None) -> CirculationResult:
        result = self._result(reply, item)
        if not result.ok:
            reason = self._refusal_reason(patron, item, password)
            result = CirculationResult(False, reason, result.message, item, result.title)
        eventlog.event(logger, "circ.checkout", result=result.reason, recovered=result.recovered)
        return result

    def _resolve_checkout(self, patron: str, item: str, password: str | None) -> CirculationResult:
        eventlog.event(logger, "circ.checkout_reply_lost", level=logging.WARNING)
        try:
            found = self.client.lookup_loan(patron, item)
            if found.charged_to_patron:
                result = self._from_lookup(found, item)
                eventlog.event(logger, "circ.checkout", result="ok", recovered=True)
                return result
            if found.charged:
                return CirculationResult(False, "lent_to_other", "", item, found.title, recovered=True)
            # looked up: not executed, so sending it once more cannot lend it twice
            reply = self.client.checkout(patron, item, password=password)
        except Sip2Error as e:
            eventlog.event(logger, "circ.checkout", level=logging.WARNING, result="outcome_unknown", cause=e.reason)
            return CirculationResult(False, "outcome_unknown", "", item)
        return self._finish_checkout(reply, patron, item, password)

    def renew(self, patron: str, item: str, password: str | None = None) -> CirculationResult:
        before = parse_datetime(self.client.item_info(item).text("AH"))
        try:
            reply = self.client.renew(patron, item, password=password)
        except ConnectionLost as e:
            if not e.maybe_committed:
                raise
            eventlog.event(logger, "circ.renew_reply_lost", level=logging.WARNING)
            try:
                found = self.client.lookup_loan(patron, item)
                if found.charged_to_patron and found.due and before and found.due > before:
                    return self._from_lookup(found, item)
                if not found.charged_to_patron:
                    return CirculationResult(False, "not_checked_out", "", item, found.title, recovered=True)
            except Sip2Error:
                pass
            # the due date did not move: a renewal on the same day looks the same as none, and sending it again
            # could use up a second renewal, so it is not re-sent
            eventlog.event(logger, "circ.renew", level=logging.WARNING, result="outcome_unknown")
            return CirculationResult(False, "outcome_unknown", "", item)
        result = self._result(reply, item)
        if not result.ok:
            st = _patron_status(self.client.patron_status(patron, password), password)
            reason = "not_checked_out" if item not in self.client.charged_items(patron) else "renewal_refused"
            if st.flag(RENEWAL_DENIED) and reason == "renewal_refused":
                reason = st.reason if st.reason != "ok" else "renewal_refused"
            result = CirculationResult(False, reason, result.message, item, result.title)
        eventlog.event(logger, "circ.renew", result=result.reason)
        return result

    def checkin(self, item: str) -> CheckinResult:
        """Return ``item`` (the returns mode)."""
        try:
            reply = self.client.checkin(item)
        except ConnectionLost as e:
            if not e.maybe_committed:
                raise
            eventlog.event(logger, "circ.checkin_reply_lost", level=logging.WARNING)
            try:
                info = self.client.item_info(item)
                if info.fixed.get("circulation_status") not in ("04", "05"):
                    return CheckinResult(True, "ok", "", item, info.text("AJ"), recovered=True)
                reply = self.client.checkin(item)
            except Sip2Error:
                return CheckinResult(False, "outcome_unknown", "", item)
        ok = reply.fixed.get("ok") == "1"
        reason = "ok"
        if not ok:
            reason = "not_checked_out" if reply.text("AJ") else "item_unknown"
        result = CheckinResult(
            ok=ok,
            reason=reason,
            message=" ".join(reply.get_all("AF")),
            item=item,
            title=reply.text("AJ"),
            alert=reply.fixed.get("alert") == "Y",
            sort_bin=reply.text("CL"),
            location=reply.text("AQ"),
        )
        eventlog.event(logger, "circ.checkin", result=reason, alert=result.alert)
        return result

    # ----------------------------------------------------------------------- offline replay (ReplayTarget)
    def replay_checkout(self, patron: str, item: str, due: datetime, txn_time: datetime) -> ReplayAnswer:
        """A journalled checkout as a no-block 11 with the original time and shown due date, renewal policy N.
        Never re-sent here: a lost reply raises :class:`LinkDown` and the journal looks it up next time."""
        try:
            reply = self.client.checkout(patron, item, no_block=True, due=due, txn_time=txn_time)
        except ConnectionLost as e:
            raise LinkDown(str(e), e.reason, maybe_committed=e.maybe_committed) from None
        except Sip2Error as e:
            raise LinkDown(str(e), e.reason, maybe_committed=False) from None
        if reply.fixed.get("ok") == "1":
            return ReplayAnswer(True)
        message = " ".join(reply.get_all("AF"))
        try:
            reason = self._refusal_reason(patron, item, strict=True)
        except Sip2Error as e:
            # refused, but why is unknown (it may be "already lent to you"): the journal looks it up next time
            raise LinkDown(str(e), e.reason, maybe_committed=True) from None
        return ReplayAnswer(False, reason, message)

    def replay_lookup(self, patron: str, item: str) -> str:
        try:
            found = self.client.lookup_loan(patron, item)
        except Sip2Error as e:
            raise LinkDown(str(e), e.reason, maybe_committed=False) from None
        return "mine" if found.charged_to_patron else ("other" if found.charged else "free")
