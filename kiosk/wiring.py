"""Adapters from the real components to the narrow interfaces in :mod:`kiosk.services`, and building them from config.

Only components that exist on main are wired here. Each adapter blocks (device, network, disk): the UI calls them
from worker lanes only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from hardware.smartcard import jpki
from hardware.smartcard.card import JpkiCard
from kiosk import log
from kiosk.config import Config
from kiosk.identity.authenticate import Authenticator
from kiosk.identity.service import CardAuthSession
from kiosk.services import DeviceHealth, DeviceState
from kiosk.session import AuthFinished, CardInspected, Patron

_log = logging.getLogger("kiosk.wiring")


class PcscCardService:
    """The My Number Card on a PC/SC reader, through the lead's :class:`CardAuthSession`.

    One card connection lives from :meth:`inspect` to :meth:`forget` (or a final answer), so the PIN tries read at
    inspection and the VERIFY happen on the same card session. The PIN is passed straight through, never stored.
    """

    def __init__(self, cfg: Config, authenticator: Authenticator, reader: str | None = None) -> None:
        self.cfg = cfg
        self.reader = cfg.card.reader if reader is None else reader
        self._session = CardAuthSession(cfg, authenticator, self.reader)

    def inspect(self) -> CardInspected:
        self._session.close()
        r = self._session.begin()
        return CardInspected(r.reason, r.tries_left, r.last_try)

    def finish(self, pin: str) -> AuthFinished:
        r = self._session.submit_pin(pin)
        if r.ok and r.patron_number:
            return AuthFinished(True, "ok", r.tries_left, Patron("mynumber", r.patron_number, r.library_system or ""))
        return AuthFinished(False, r.reason, r.tries_left, None, r.message)

    def forget(self) -> None:
        self._session.close()

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

        with CardConnection(self.reader) as conn:
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


# ------------------------------------------------------------------------------------------------ assembly


class DemoRevocationList:
    """Demo only: answers revocation from the demo card set's list (the validation client, #4, replaces it).

    Never used by ``kiosk run``: without a configured validation client the kiosk fails closed (RefuseAll).
    """

    def __init__(self, revoked: set[int]) -> None:
        self.revoked = set(revoked)

    def check(self, cert, issuer):  # type: ignore[no-untyped-def]
        from kiosk.identity.revocation import Status, Verdict

        if cert.serial_number in self.revoked:
            return Verdict(False, Status.REVOKED, "cert_revoked", "")
        return Verdict(True, Status.GOOD, "ok")


def build_services(cfg: Config, *, checker=None, watch: bool = True):  # type: ignore[no-untyped-def]
    """Services for ``kiosk run`` from the configuration: everything that exists on main is wired.

    Returns ``(services, start_watch)``; ``start_watch(on_presence)`` starts the card watcher and registers its stop.
    The library system, RFID, printer and offline journal are not wired yet (their components are being built in
    other branches); without them patron checks answer "library_unavailable".
    """
    from kiosk.identity.service import IdentitySetupError, build_authenticator, open_links
    from kiosk.services import Services

    services = Services()
    if "mynumber" in cfg.kiosk.identification:
        try:
            links = open_links(cfg)
            auth = build_authenticator(cfg, links, checker)
        except IdentitySetupError as e:
            log.event(_log, "wiring.card_unavailable", level=logging.WARNING, reason=e.reason)
        else:
            card = PcscCardService(cfg, auth)
            services.card = card
            services.health.append(card.health)
            services.self_tests["card_tries"] = card.read_tries
            services.close.append(card.forget)
            services.close.append(links.close)

    def start_watch(on_presence: Callable[[bool], None]) -> None:
        if services.card is None or not watch:
            return
        stop = watch_cards(cfg.card.reader, on_presence)
        services.close.append(stop)

    return services, start_watch
