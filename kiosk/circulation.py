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

The library system's answer to the request itself (12, 30, 10, and 24/64 for a patron) is the clear answer. The
look-ups around it that only explain or add detail (why a refusal, a loan's title, the due date before a renewal,
the holds count) are optional (:class:`_Details`): some servers close the connection instead of answering 17 or 63
for some items or patrons, and such a failure must never turn a clear answer into a failure. A refusal whose reason
cannot be looked up stays a refusal (``refused``) with the library system's own screen message.

Calls raise :class:`kiosk.sip2.errors.Offline` when the library system cannot be reached at all (before anything
was sent); the session then decides whether offline lending applies.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

import eventlog
from kiosk.sip2.client import LoanLookup, Sip2Client
from kiosk.sip2.codec import Message, parse_datetime
from kiosk.sip2.errors import ConnectionLost, Offline, Sip2Error
from offline_queue import LinkDown, ReplayAnswer

logger = logging.getLogger("kiosk.circulation")

T = TypeVar("T")

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
    #: where it waits (the item's current location, 18 AP), when the library system says
    pickup: str = ""
    #: the last day it is kept (18 CM, hold pickup date), when the library system says
    expires: datetime | None = None


@dataclass(frozen=True)
class PatronInfo:
    status: PatronStatus
    loans: list[Loan] = field(default_factory=list)
    holds_ready: list[Hold] = field(default_factory=list)
    loan_limit: int | None = None
    #: False when a list, a title or a due date could not be read (the library system did not answer a look-up)
    complete: bool = True

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
    #: the item is magnetic media (10 fixed field): the kiosk cannot handle it
    magnetic: bool = False
    #: where the item goes next (CT, destination location; a dialect field of 3M, Koha and Evergreen)
    destination: str = ""
    #: why the alert (CV, alert type; same dialect): 01 hold here, 02 hold for another branch, 04 send to another
    #: branch, 99 other
    alert_type: str = ""


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


def _hold(item: str, info: Message | None) -> Hold:
    """A hold from its item information (18), or bare when the library system did not answer."""
    if info is None:
        return Hold(item, "")
    return Hold(item, info.text("AJ"), info.text("AP"), parse_datetime(info.text("CM")))


def _later(a: datetime | None, b: datetime | None) -> bool:
    """``a`` is after ``b`` (both known); a zone on one and not the other is ignored rather than raised on."""
    return a is not None and b is not None and a.replace(tzinfo=None) > b.replace(tzinfo=None)


class _Details:
    """Look-ups that only explain or add detail to a clear answer. Each gets one attempt (no reconnect-and-retry:
    a server that closes the connection on a request does so again); a failure is logged and gives None, never an
    error. Once the library system could not be reached at all, the rest are skipped: each would wait for a
    reconnect that is not coming."""

    def __init__(self) -> None:
        #: set when the library system could not be reached at all
        self.offline: Offline | None = None
        self.failed = 0

    def __call__(self, what: str, fn: Callable[..., T], *args: Any, **kw: Any) -> T | None:
        if self.offline is not None:
            self.failed += 1
            return None
        try:
            return fn(*args, retries=0, **kw)
        except Sip2Error as e:
            self.failed += 1
            if isinstance(e, Offline):
                self.offline = e
            eventlog.event(logger, "circ.detail_unavailable", level=logging.WARNING, lookup=what, reason=e.reason)
            return None


class Circulation:
    """Circulation over one :class:`Sip2Client` (use from one worker thread)."""

    def __init__(self, client: Sip2Client) -> None:
        self.client = client

    # ------------------------------------------------------------------------------------------ patrons
    def patron_status(self, patron: str, password: str | None = None) -> PatronStatus:
        st = _patron_status(self.client.patron_status(patron, password), password)
        eventlog.event(logger, "circ.patron_status", result=st.reason)
        return st

    def _patron_reply(self, patron: str, password: str | None, details: _Details) -> tuple[Message, bool]:
        """The patron information reply (63), or the patron status reply (23) when the library system does not
        answer 63 for this patron; the flag says whether it is the 63. Raises when neither comes."""
        m = details("patron_info", self.client.patron_info, patron, password)
        if m is not None:
            return m, True
        if details.offline is not None:
            raise details.offline
        return self.client.patron_status(patron, password), False

    def patron_status_and_holds(self, patron: str, password: str | None = None) -> tuple[PatronStatus, int | None]:
        """The patron's status and how many holds wait for pickup, from one patron information request (63)
        that asks for no item lists; the count is None when the library system leaves it blank or does not
        answer 63 (the status then comes from 23)."""
        m, is_info = self._patron_reply(patron, password, _Details())
        st = _patron_status(m, password)
        holds = m.number("hold_count") if is_info and st.valid else None
        eventlog.event(logger, "circ.patron_status", result=st.reason, holds_known=holds is not None)
        return st, holds

    def patron_info(self, patron: str, password: str | None = None, *, titles: bool = True) -> PatronInfo:
        """The patron's status, loans (with due dates; item information per loan when ``titles``) and holds
        ready for pickup. Lists and titles the library system does not give are left out (``complete`` False)."""
        details = _Details()
        base, is_info = self._patron_reply(patron, password, details)
        status = _patron_status(base, password)
        loans: list[Loan] = []
        holds: list[Hold] = []
        if status.valid:
            now = datetime.now()
            for item in details("charged_items", self.client.charged_items, patron) or []:
                info = details("item_info", self.client.item_info, item) if titles else None
                title, due_text = (info.text("AJ"), info.text("AH")) if info is not None else ("", "")
                due = parse_datetime(due_text)
                loans.append(Loan(item, title, due, due_text, _later(now, due)))
            listed = details("patron_info", self.client.patron_info, patron, password, summary="holds")
            for item in listed.get_all("AS") if listed is not None else []:
                info = details("item_info", self.client.item_info, item) if titles else None
                holds.append(_hold(item, info))
        limit = base.number("CB") if is_info else None
        complete = is_info and not details.failed
        eventlog.event(logger, "circ.patron_info", result=status.reason, loans=len(loans), holds=len(holds),
                       complete=complete)  # fmt: skip
        return PatronInfo(status, loans, holds, limit, complete)

    def holds_ready(self, patron: str, password: str | None = None, *, limit: int = 10) -> list[Hold]:
        """The holds waiting for the patron, with where each waits and until when when the library system says (63
        with the holds list, then 17 for at most ``limit`` of them). Every look-up is optional: what is not
        answered is left out."""
        details = _Details()
        listed = details("patron_info", self.client.patron_info, patron, password, summary="holds")
        items = listed.get_all("AS") if listed is not None else []
        holds = [_hold(item, details("item_info", self.client.item_info, item)) for item in items[:limit]]
        eventlog.event(logger, "circ.holds_ready", holds=len(items), complete=not details.failed)
        return holds

    def end_session(self, patron: str) -> bool:
        try:
            ok = self.client.end_session(patron).fixed.get("end_session") == "Y"
        except Sip2Error as e:
            eventlog.event(logger, "circ.end_session", level=logging.WARNING, result=e.reason)
            return False
        eventlog.event(logger, "circ.end_session", result="ok" if ok else "refused")
        return ok

    # -------------------------------------------------------------------------------------------- items
    def _refusal_reason(self, patron: str | None, item: str, password: str | None = None) -> str:
        """Why the library system refused: from the item's circulation status (17), the patron's charged list (63)
        and the patron's flags (23). Every look-up is optional (:class:`_Details`); what they cannot tell is
        "refused". Whether the item is already lent to this patron needs only the charged list, so it is found
        even when the library system will not answer 17 for the item."""
        details = _Details()
        info = details("item_info", self.client.item_info, item)
        status = info.fixed.get("circulation_status", "") if info is not None else None
        if info is not None and not info.text("AJ") and status in ("01", "13", ""):
            return "item_unknown"
        if patron is not None and status in (None, "04", "05"):
            charged = details("charged_items", self.client.charged_items, patron)
            if charged is not None and item in charged:
                return "already_lent_to_you"
            if status is not None:
                return "lent_to_other" if charged is not None else "refused"
        if status in ("08", "07"):
            return "item_on_hold"
        if patron is not None:
            reply = details("patron_status", self.client.patron_status, patron, password)
            reason = _patron_status(reply, password).reason if reply is not None else "ok"
            if reason != "ok":
                return reason
        if status == "01":
            return "not_for_loan"
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
        details = _Details()
        # the due date before, to tell after a lost reply whether the renewal happened: only a detail
        info = details("item_info", self.client.item_info, item)
        before = parse_datetime(info.text("AH")) if info is not None else None
        try:
            reply = self.client.renew(patron, item, password=password)
        except ConnectionLost as e:
            if not e.maybe_committed:
                raise
            eventlog.event(logger, "circ.renew_reply_lost", level=logging.WARNING)
            try:
                found = self.client.lookup_loan(patron, item)
                if found.charged_to_patron and _later(found.due, before):
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
            reason = "renewal_refused"
            charged = details("charged_items", self.client.charged_items, patron)
            if charged is not None and item not in charged:
                reason = "not_checked_out"
            else:
                reply_23 = details("patron_status", self.client.patron_status, patron, password)
                st = _patron_status(reply_23, password) if reply_23 is not None else None
                if st is not None and st.flag(RENEWAL_DENIED) and st.reason != "ok":
                    reason = st.reason
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
                status = info.fixed.get("circulation_status")
                if status not in ("04", "05"):
                    # returned; an item now on the hold shelf or in transit still goes to the desk
                    alert_type = {"07": "01", "08": "01", "10": "04"}.get(status or "", "")
                    return CheckinResult(True, "ok", "", item, info.text("AJ"), alert=bool(alert_type),
                                         recovered=True, alert_type=alert_type)  # fmt: skip
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
            magnetic=reply.fixed.get("magnetic_media") == "Y",
            destination=reply.text("CT"),
            alert_type=reply.text("CV"),
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
        # a refusal is a refusal, whether or not the look-ups that explain it are answered; "already lent to you"
        # (which counts as done) needs only the patron's charged list
        return ReplayAnswer(False, self._refusal_reason(patron, item), " ".join(reply.get_all("AF")))

    def replay_lookup(self, patron: str, item: str) -> str:
        try:
            found = self.client.lookup_loan(patron, item)
        except Sip2Error as e:
            raise LinkDown(str(e), e.reason, maybe_committed=False) from None
        return "mine" if found.charged_to_patron else ("other" if found.charged else "free")
