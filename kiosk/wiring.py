"""Adapters from the real components to the narrow interfaces in :mod:`kiosk.services`, and building them from config.

Only components that exist on main are wired here. Each adapter blocks (device, network, disk): the UI calls them
from worker lanes only.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from hardware.smartcard import jpki
from hardware.smartcard.card import JpkiCard
from kiosk import log
from kiosk.identity.authenticate import Authenticator, Inspection
from kiosk.services import DeviceHealth, DeviceState
from kiosk.session import AuthFinished, CardInspected, Patron

_log = logging.getLogger("kiosk.wiring")


class PcscCardService:
    """The My Number Card on a PC/SC reader, through the lead's :class:`Authenticator`.

    One card connection lives from :meth:`inspect` to :meth:`forget` (or a final answer), so the PIN tries read at
    inspection and the VERIFY happen on the same card session. The PIN is passed straight through, never stored.
    """

    def __init__(
        self,
        authenticator: Authenticator,
        reader: str = "",
        *,
        timeout_s: float = 10.0,
        accept_smartphone: bool = False,
        max_certificate_bytes: int = 8192,
    ) -> None:
        self.authenticator = authenticator
        self.reader = reader
        self.timeout_s = timeout_s
        self.accept_smartphone = accept_smartphone
        self.max_certificate_bytes = max_certificate_bytes
        self._lock = threading.Lock()
        self._conn: object | None = None
        self._card: JpkiCard | None = None
        self._inspection: Inspection | None = None

    def inspect(self) -> CardInspected:
        from hardware.smartcard.pcsc import CardConnection

        with self._lock:
            self._close()
            try:
                conn = CardConnection(self.reader, self.timeout_s)
            except jpki.CardError as e:
                return CardInspected(e.reason or "card_protocol")
            card = JpkiCard(
                conn.transmit,
                accept_smartphone=self.accept_smartphone,
                max_certificate_bytes=self.max_certificate_bytes,
            )
            insp = self.authenticator.inspect(card)
            r = insp.result
            if r.reason == "pin_needed":
                self._conn, self._card, self._inspection = conn, card, insp
            else:
                conn.close()
            return CardInspected(r.reason, r.tries_left, r.last_try)

    def finish(self, pin: str) -> AuthFinished:
        with self._lock:
            if self._card is None or self._inspection is None:
                return AuthFinished(False, "card_removed")
            r = self.authenticator.finish(self._card, self._inspection, pin)
            if not (r.reason == "pin_wrong" and r.tries_left):
                self._close()  # a final answer: the card is not needed any more
            if r.ok and r.patron_number:
                return AuthFinished(
                    True, "ok", r.tries_left, Patron("mynumber", r.patron_number, r.library_system or "")
                )
            return AuthFinished(False, r.reason, r.tries_left, None, r.message)

    def forget(self) -> None:
        with self._lock:
            self._close()

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        self._card = None
        self._inspection = None
        if conn is not None:
            try:
                conn.close()  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - a card already gone cannot be closed twice
                log.event(_log, "card.close_failed")

    def health(self) -> DeviceState:
        from hardware.smartcard.pcsc import list_readers

        try:
            readers = list_readers()
        except jpki.CardError as e:
            return DeviceState("card_reader", DeviceHealth.ERROR, e.reason or "pcsc_error")
        if not readers:
            return DeviceState("card_reader", DeviceHealth.ERROR, "no_reader")
        if self.reader and not any(self.reader in r for r in readers):
            return DeviceState("card_reader", DeviceHealth.ERROR, "reader_missing")
        return DeviceState("card_reader", DeviceHealth.OK)

    def read_tries(self) -> str:
        """Self-test: read the PIN tries of the card on the reader, without a PIN."""
        from hardware.smartcard.pcsc import CardConnection

        with CardConnection(self.reader, self.timeout_s) as conn:
            card = JpkiCard(conn.transmit, accept_smartphone=True)
            card.probe()
            status = card.pin_status()
        return f"tries_left={status.tries_left}"


def watch_cards(reader: str, on_presence: Callable[[bool], None]) -> Callable[[], None]:
    """Start a PC/SC watcher that reports card presence on ``reader`` (a unique part of its name; empty = any).

    Returns the function that stops it. ``on_presence`` runs on the watcher's thread.
    """
    from hardware.smartcard.pcsc import CardWatcher

    def on_event(ev) -> None:  # type: ignore[no-untyped-def]
        if not reader or reader in ev.reader:
            on_presence(ev.present)

    watcher = CardWatcher(on_event, poll_s=0.25).start()
    return watcher.stop
