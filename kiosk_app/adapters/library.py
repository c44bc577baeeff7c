"""The library system over SIP2 (:class:`kiosk.circulation.Circulation`) as the core's :class:`LibrarySystem`.

"Cannot be reached" (nothing was sent) becomes :class:`LibraryUnavailable`, so the offline rules apply; a lost reply
is resolved by circulation's look-up, and an outcome it could not establish is a refusal (``outcome_unknown``: the
patron takes the item to the counter), never an offline loan.
"""

from __future__ import annotations

import logging

import eventlog
from kiosk.circulation import Circulation
from kiosk.config import Config
from kiosk.services import (
    CheckoutReply,
    DeviceHealth,
    DeviceState,
    LibraryUnavailable,
    ServiceError,
)
from kiosk.session import Patron, PatronChecked
from kiosk.sip2.client import Sip2Client
from kiosk.sip2.errors import ConnectionLost, Offline, Sip2Error

_log = logging.getLogger("kiosk_app.library")


class Sip2Library:
    """:class:`kiosk.services.LibrarySystem` over one SIP2 client (use from one worker lane)."""

    def __init__(self, client: Sip2Client, offline_methods: tuple[str, ...] = (), holds: bool = False) -> None:
        self.client = client
        self.circ = Circulation(client)
        self.online: bool | None = None
        #: identification methods whose patrons may go on to lend offline when the library cannot be reached
        self.offline_methods = offline_methods
        #: ask for the holds-ready count with the patron status (the items screen shows it, the receipt prints it)
        self.holds = holds

    @classmethod
    def from_config(cls, cfg: Config) -> Sip2Library:
        methods = tuple(cfg.offline.identification) if cfg.offline.lending else ()
        return cls(Sip2Client.from_config(cfg.sip2), methods, cfg.receipt.show_holds_ready)

    def _call(self, fn, *args, read_only: bool = False):  # type: ignore[no-untyped-def]
        try:
            result = fn(*args)
        except Offline as e:
            self.online = False
            raise LibraryUnavailable(e.reason or "offline") from None
        except ConnectionLost as e:
            if getattr(e, "maybe_committed", True) and not read_only:
                raise ServiceError("outcome_unknown") from None
            self.online = False
            raise LibraryUnavailable(e.reason or "connection_lost") from None
        except Sip2Error as e:
            raise ServiceError(e.reason or "sip2_error") from None
        except OSError:
            self.online = False
            raise LibraryUnavailable("unreachable") from None
        self.online = True
        return result

    def patron_status(self, patron: Patron, barcode: bool, password: str = "") -> PatronChecked:
        """The library's word on the patron; offline, a patron whose method may lend offline goes on unchecked."""
        holds: int | None = None
        try:
            if self.holds:
                # a library system that will not answer 63 still lends: circulation falls back to 23 and the
                # receipt then has no holds line
                st, holds = self._call(
                    self.circ.patron_status_and_holds, patron.number, password or None, read_only=True
                )
            else:
                st = self._call(self.circ.patron_status, patron.number, password or None, read_only=True)
        except LibraryUnavailable:
            if patron.method in self.offline_methods:
                eventlog.event(_log, "patron.offline_unchecked", method=patron.method)
                return PatronChecked(True, "offline")
            raise
        return PatronChecked(st.ok, st.reason, st.message, holds if st.ok else None)

    def checkout(self, patron: Patron, item_id: str) -> CheckoutReply:
        r = self._call(self.circ.checkout, patron.number, item_id)
        due = r.due.date() if r.due else None
        return CheckoutReply(r.ok, due, r.title, "" if r.ok else r.reason, "" if r.ok else r.message)

    def cancel_checkout(self, patron: Patron, item_id: str) -> None:
        r = self._call(self.circ.checkin, item_id)
        if not r.ok:
            raise ServiceError(r.reason or "checkin_refused")

    def holds_ready(self, patron: Patron) -> int | None:
        """A fresh count of the patron's holds waiting for pickup (63 without the card's password: only the count is
        read); None when the library system does not say or cannot be asked."""
        if not self.holds:
            return None
        try:
            _, holds = self._call(self.circ.patron_status_and_holds, patron.number, None, read_only=True)
        except ServiceError:
            return None
        return holds

    def end_patron_session(self, patron: Patron) -> None:
        try:
            self._call(self.circ.end_session, patron.number)
        except (LibraryUnavailable, ServiceError):
            pass  # the library system ends idle sessions itself

    def health(self) -> DeviceState:
        try:
            st = self.client.ping(retries=0)
        except (Sip2Error, OSError) as e:
            self.online = False
            return DeviceState("library_system", DeviceHealth.ERROR, getattr(e, "reason", "unreachable"))
        self.online = bool(st.online)
        return DeviceState("library_system", DeviceHealth.OK if st.online else DeviceHealth.WARNING,
                           "" if st.online else "offline")  # fmt: skip

    def close(self) -> None:
        self.client.close()
