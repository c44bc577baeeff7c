"""The SIP2 connector: the library system over SIP2 (:class:`kiosk.circulation.Circulation`) as the core's
:class:`kiosk.services.LibrarySystem`, the reference for every other connector (``docs/connectors.md``).

Installed under the entry point ``sip2`` of the group ``mynumber_kiosk.connectors`` (``pyproject.toml``) and chosen
by ``[library] connector = "sip2"`` (the default); its settings are the ``[sip2]`` section.

How SIP2's failures become the port's typed errors:

- cannot be reached, or says it is offline (nothing was sent) → :class:`LibraryUnavailable`, so the offline rules
  apply;
- a checkout, checkin or renewal whose reply was lost is resolved by circulation's look-up; an outcome it could not
  establish → :class:`OutcomeUnknown` (the patron takes the item to the counter), never an offline loan and never a
  second request;
- the kiosk's login refused → :class:`LibraryRefused`; any other SIP2 fault → :class:`LibraryError`.

A return's "go to the desk" comes from the 10 reply: magnetic media, the alert flag with its type (CV: 01/02 a hold,
04 another branch) and where the item goes (CT destination, CL sort bin), shown as the library system wrote it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from kiosk.circulation import CheckinResult, Circulation, CirculationResult, Hold
from kiosk.config import Config, ConfigError
from kiosk.services import (
    CAPABILITIES,
    CheckinReply,
    CheckoutReply,
    DeviceHealth,
    DeviceState,
    LibraryError,
    LibraryRefused,
    LibraryStatus,
    LibraryUnavailable,
    OutcomeUnknown,
)
from kiosk.session import Account, HoldLine, LoanLine, Patron, PatronChecked
from kiosk.sip2.client import Sip2Client
from kiosk.sip2.errors import ConnectionLost, LoginRefused, Offline, Sip2Error
from kiosk.supervisor import ThreadStarter
from offline_queue import LinkDown

_log = logging.getLogger("kiosk_app.library")

T = TypeVar("T")


class Sip2Library:
    """:class:`kiosk.services.LibrarySystem` over one SIP2 client (use from one worker lane)."""

    capabilities = CAPABILITIES

    def __init__(self, client: Sip2Client) -> None:
        self.client = client
        self.circ = Circulation(client)
        self.online: bool | None = None

    @classmethod
    def from_config(cls, cfg: Config, options: Mapping[str, Any] | None = None) -> Sip2Library:
        """The connector factory (entry point ``sip2``): its settings are ``[sip2]``; ``[library].options`` must be
        empty."""
        if options:
            raise ConfigError(
                f"[library.options].{sorted(options)[0]}",
                "the sip2 connector takes no options",
                "set the library system's address and login in [sip2]",
            )
        return cls(Sip2Client.from_config(cfg.sip2))

    def _call(self, fn: Callable[..., T], *args: Any, changes: bool = False) -> T:
        """Run one circulation call, turning SIP2's failures into the port's errors (``changes``: the request may
        change something at the library system, so a lost reply is an unknown outcome, not "unreachable")."""
        try:
            result = fn(*args)
        except Offline as e:
            self.online = False
            raise LibraryUnavailable(e.reason or "offline") from None
        except ConnectionLost as e:
            if getattr(e, "maybe_committed", True) and changes:
                raise OutcomeUnknown(str(e)) from None
            self.online = False
            raise LibraryUnavailable(e.reason or "connection_lost") from None
        except LoginRefused as e:
            self.online = False
            raise LibraryRefused(e.reason or "login_refused") from None
        except LinkDown as e:
            self.online = False
            if e.maybe_committed:
                raise OutcomeUnknown(str(e)) from None
            raise LibraryUnavailable(e.reason or "link_down") from None
        except Sip2Error as e:
            raise LibraryError(e.reason or "sip2_error") from None
        except OSError:
            self.online = False
            raise LibraryUnavailable("unreachable") from None
        self.online = True
        return result

    # --------------------------------------------------------------------------------------------- patrons
    def patron_status(self, patron: Patron, password: str = "", *, holds: bool = False) -> PatronChecked:
        """The library's word on the patron. With ``holds``, one patron information request (63) instead of the
        patron status (23), and the holds' locations when some wait; a library system that will not answer 63
        still lends (circulation falls back to 23, and no holds are known)."""
        number, pw = patron.number, password or None
        if not holds:
            st = self._call(self.circ.patron_status, number, pw)
            return PatronChecked(st.ok, st.reason, st.message)
        st, count = self._call(self.circ.patron_status_and_holds, number, pw)
        if not st.ok:
            return PatronChecked(False, st.reason, st.message)
        pickup: tuple[str, ...] = ()
        if count:
            found = self._call(self.circ.holds_ready, number, pw)
            pickup = tuple(dict.fromkeys(h.pickup for h in found if h.pickup))
        return PatronChecked(True, st.reason, st.message, count, pickup)

    def account(self, patron: Patron, *, holds: bool = True) -> Account:
        info = self._call(self.circ.patron_info, patron.number)
        if not info.status.valid:
            raise LibraryError(info.status.reason or "patron_unknown")
        loans = tuple(LoanLine(ln.item, ln.title, ln.due.date() if ln.due else None, ln.overdue) for ln in info.loans)
        waiting = tuple(_hold_line(h) for h in info.holds_ready) if holds else ()
        return Account(loans, waiting, info.complete)

    def holds_ready(self, patron: Patron) -> int | None:
        """A fresh count of the patron's holds waiting for pickup (63 without the card's password: only the count is
        read); None when the library system does not say or cannot be asked."""
        try:
            _, holds = self._call(self.circ.patron_status_and_holds, patron.number, None)
        except LibraryError:
            return None
        return holds

    def end_patron_session(self, patron: Patron) -> None:
        try:
            self._call(self.circ.end_session, patron.number)
        except LibraryError:
            pass  # the library system ends idle sessions itself

    # ----------------------------------------------------------------------------------------------- items
    def checkout(self, patron: Patron, item_id: str) -> CheckoutReply:
        return _reply(self._call(self.circ.checkout, patron.number, item_id, changes=True))

    def renew(self, patron: Patron, item_id: str) -> CheckoutReply:
        return _reply(self._call(self.circ.renew, patron.number, item_id, changes=True))

    def checkin(self, item_id: str) -> CheckinReply:
        r = self._call(self.circ.checkin, item_id, changes=True)
        if r.reason == "outcome_unknown":
            raise OutcomeUnknown()
        if not r.ok:
            return CheckinReply(False, r.title, r.reason, r.message)
        desk, route = _desk(r)
        return CheckinReply(True, r.title, "", r.message, desk, route)

    def lookup_loan(self, patron: Patron, item_id: str) -> str:
        return self._call(self.circ.replay_lookup, patron.number, item_id)

    def checkout_offline(self, patron: Patron, item_id: str, due: dt.datetime, when: dt.datetime) -> CheckoutReply:
        answer = self._call(self.circ.replay_checkout, patron.number, item_id, due, when, changes=True)
        return CheckoutReply(answer.ok, due.date() if answer.ok else None, "", "" if answer.ok else answer.reason,
                             answer.message)  # fmt: skip

    # ------------------------------------------------------------------------------------------------ link
    def status(self) -> LibraryStatus:
        try:
            st = self.client.ping(retries=0)
        except (Sip2Error, OSError) as e:
            self.online = False
            return LibraryStatus(False, getattr(e, "reason", "") or "unreachable")
        self.online = bool(st.online)
        return LibraryStatus(self.online, "" if st.online else "offline")

    def health(self) -> DeviceState:
        return library_health(self)

    def supervise(self, start: ThreadStarter) -> None:
        """The connector's own thread (SIP2's keep-alive) is run by ``start(name, body, stop)``: the kiosk's
        supervisor, which reports it when it dies and starts it again."""
        self.client.supervise(start)

    def close(self) -> None:
        self.client.close()


def library_health(library: Any) -> DeviceState:
    """The maintenance line of any connector, from one look (:meth:`LibrarySystem.status`)."""
    st = library.status()
    if st.online:
        return DeviceState("library_system", DeviceHealth.OK)
    return DeviceState("library_system", DeviceHealth.ERROR if st.reason != "offline" else DeviceHealth.WARNING,
                       st.reason or "unreachable")  # fmt: skip


def _reply(r: CirculationResult) -> CheckoutReply:
    if r.reason == "outcome_unknown":
        raise OutcomeUnknown()
    due = r.due.date() if r.due else None
    return CheckoutReply(r.ok, due, r.title, "" if r.ok else r.reason, "" if r.ok else r.message)


def _desk(r: CheckinResult) -> tuple[str, str]:
    """Why a returned item goes to the desk ("" = the return shelf) and where, from the 10 reply."""
    route = r.destination or r.sort_bin
    if r.magnetic:
        return "magnetic", route
    if r.alert_type in ("01", "02"):
        return "hold", route
    if r.alert_type == "04":
        return "transfer", route
    if r.alert:
        return ("transfer" if r.destination else "alert"), route
    return "", route


def _hold_line(h: Hold) -> HoldLine:
    return HoldLine(h.item, h.title, h.expires.date() if h.expires else None, h.pickup)
