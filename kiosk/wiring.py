"""Adapters from the real components to the narrow interfaces in :mod:`kiosk.services`, and building them from config.

Only components that exist on main are wired here. Each adapter blocks (device, network, disk): the UI calls them
from worker lanes only.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from hardware.smartcard import jpki
from hardware.smartcard.card import JpkiCard
from kiosk import log
from kiosk.config import Config
from kiosk.identity.authenticate import Authenticator
from kiosk.identity.service import CardAuthSession
from kiosk.lending import Lender
from kiosk.lending import OfflinePolicy as LendingPolicy
from kiosk.services import CheckoutReply, DeviceHealth, DeviceState, LinkStatus, Refusal, SyncReport
from kiosk.session import AuthFinished, CardInspected, Patron, PatronChecked

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
        #: what the last authentication learnt of the validation link: ("unknown"|"ok"|"error", reason)
        self.validation_state: tuple[str, str] = ("unknown", "")

    def inspect(self) -> CardInspected:
        self._session.close()
        r = self._session.begin()
        return CardInspected(r.reason, r.tries_left, r.last_try)

    #: revocation outcomes that mean the validation link (or its CRL) failed, not the card
    LINK_FAILURES = ("validation", "crl_", "ocsp_", "offline_not_allowed")

    def finish(self, pin: str) -> AuthFinished:
        r = self._session.submit_pin(pin)
        if r.ok or r.reason in ("not_linked", "cert_revoked", "cert_unknown"):
            self.validation_state = ("ok", "")  # the validation service answered
        elif r.reason.startswith(self.LINK_FAILURES):
            self.validation_state = ("error", r.reason)
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

    def validation_health(self) -> DeviceState:
        """The validation link as the last authentication found it (it is asked only when a card is used)."""
        state, reason = self.validation_state
        health = {"ok": DeviceHealth.OK, "error": DeviceHealth.ERROR}.get(state, DeviceHealth.UNKNOWN)
        return DeviceState("validation_link", health, reason, "last authentication")

    def read_tries(self) -> str:
        """Self-test: read the PIN tries of the card on the reader, without a PIN."""
        from hardware.smartcard.pcsc import CardConnection

        with CardConnection(self.reader) as conn:
            card = JpkiCard(conn.transmit, accept_smartphone=True)
            card.probe()
            status = card.pin_status()
        return f"tries_left={status.tries_left}"


class ValidationLink:
    """The validation link for maintenance, probed live (:mod:`kiosk.validation.probe`): the device view asks at
    most every ``min_interval_s`` seconds (it refreshes every few seconds, and the responder is a public service);
    the self-test asks at once. Blocks on the network: worker lanes only."""

    def __init__(self, cfg: Config, checker: object, anchors, *, min_interval_s: float = 30.0,  # type: ignore[no-untyped-def]
                 clock: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        from kiosk.validation.client import ValidationClient

        self.cfg = cfg
        self.client = checker if isinstance(checker, ValidationClient) else None
        self.anchors = list(anchors)
        self.min_interval_s = min_interval_s
        self.clock = clock
        self._lock = threading.Lock()
        self._last: tuple[float, DeviceState] | None = None
        self._probe_cert = None
        self._probe_cert_error = ""
        if cfg.validation.probe_cert:
            from cryptography import x509

            try:
                data = Path(cfg.validation.probe_cert).read_bytes()
                self._probe_cert = (
                    x509.load_pem_x509_certificate(data)
                    if b"-----BEGIN" in data
                    else x509.load_der_x509_certificate(data)
                )
            except (OSError, ValueError):
                self._probe_cert_error = "probe_cert_unreadable"

    def check(self) -> DeviceState:
        """Probe now (one at a time)."""
        from kiosk.validation.probe import probe

        with self._lock:
            if self._probe_cert_error:
                state = DeviceState("validation_link", DeviceHealth.ERROR, self._probe_cert_error)
            else:
                r = probe(self.client, self.anchors, probe_cert=self._probe_cert)
                health = {"ok": DeviceHealth.OK, "warning": DeviceHealth.WARNING}.get(r.health, DeviceHealth.ERROR)
                state = DeviceState("validation_link", health, r.reason, r.detail)
            self._last = (self.clock(), state)
            return state

    def health(self) -> DeviceState:
        last = self._last
        if last is not None and self.clock() - last[0] < self.min_interval_s:
            return last[1]
        return self.check()

    def self_test(self) -> str:
        """Self-test: probe now; a problem raises with its reason code."""
        from kiosk.services import ServiceError

        st = self.check()
        if st.health is DeviceHealth.ERROR:
            raise ServiceError(st.reason or "validation_unavailable")
        return f"{st.health.value} {st.reason} {st.detail}".replace("  ", " ").strip()


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


def start_demo_ocsp(cards, folder: Path):  # type: ignore[no-untyped-def]
    """Demo only: the validation service as a real OCSP responder (``openssl ocsp`` on 127.0.0.1) for the demo CA.

    Every demo card is "good" except the card the demo set marks revoked. Returns the started responder.
    """
    from kiosk.validation.sim import IndexEntry, OpensslOcspResponder

    revoked = cards.revoked_serials
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    entries = [
        IndexEntry(c.issued.cert.serial_number, when if c.issued.cert.serial_number in revoked else None,
                   "keyCompromise" if c.issued.cert.serial_number in revoked else None)
        for c in cards.cards.values()
    ]  # fmt: skip
    responder = OpensslOcspResponder(folder, cards.ca.cert, cards.ca.cert, cards.ca.key, entries)
    responder.start()
    return responder


def build_services(cfg: Config, *, checker=None, tags=None, watch: bool = True):  # type: ignore[no-untyped-def]
    """Services for ``kiosk run`` from the configuration: everything that exists on main is wired.

    Returns ``(services, start_watch)``; ``start_watch(on_presence, on_item, on_code, on_technician)`` starts the
    card watcher, the pad poller and the scanners, and registers their stops.
    The library system (SIP2) and the offline journal are wired from ``[sip2]`` and ``[offline]``, the RFID pad,
    scanners and printer from ``[rfid]``, ``[barcode]`` and ``[printer]`` (each only when its port is set).
    ``tags`` replaces the pad's security switch (tests).
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
            # maintenance shows why My Number Cards cannot be used here (anchor missing, link table unusable…)
            reason = e.reason or "identity_setup"
            services.health.append(lambda: DeviceState("card_reader", DeviceHealth.ERROR, reason))
            services.health.append(lambda: DeviceState("validation_link", DeviceHealth.ERROR, reason))
        else:
            card = PcscCardService(cfg, auth)
            services.card = card
            services.health.append(card.health)
            validation = ValidationLink(cfg, auth.checker, auth.anchors)
            services.health.append(validation.health)
            services.self_tests["validation_link"] = validation.self_test
            services.self_tests["card_tries"] = card.read_tries
            services.close.append(card.forget)
            services.close.append(links.close)

    from kiosk.devices import PrinterService, RfidService

    rfid = None
    if cfg.rfid.port:
        rfid = RfidService.from_config(cfg.rfid)
        services.health.append(rfid.health)
        services.self_tests["read_tag"] = rfid.read_tag
        services.rescan = rfid.rescan
        services.close.append(rfid.stop)
        if tags is None:
            tags = rfid
    if cfg.printer.port:
        printer = PrinterService.from_config(cfg)
        services.printer = printer
        services.health.append(printer.health)
        services.self_tests["test_receipt"] = printer.test_receipt
        services.close.append(printer.close)
    library = Sip2Library.from_config(cfg)
    services.library = library
    services.health.append(library.health)
    services.close.append(library.close)
    journal = None
    if cfg.offline.lending:
        from offline_queue import Journal, OfflinePolicy, QueueError

        path = Path(cfg.offline.journal) if cfg.offline.journal else cfg.data_dir / "offline.sqlite"
        key = Path(cfg.offline.key_file) if cfg.offline.key_file else cfg.data_dir / "offline.key"
        try:
            journal = JournalAdapter(Journal(path, key), OfflinePolicy.from_config(cfg.offline), library)
        except QueueError as e:
            log.event(_log, "wiring.journal_unavailable", level=logging.WARNING, reason=e.reason)
        else:
            services.sync = journal
            services.refusals = journal.refusals
            services.health.append(journal.health)
            services.close.append(journal.journal.close)
    services.lender = Lender(
        library,
        tags or NoSecurityTags(),
        journal,
        LendingPolicy(
            allowed=cfg.offline.lending,
            max_items=cfg.offline.items_per_patron,
            loan_days=cfg.offline.loan_period_days,
            methods=tuple(cfg.offline.identification),
        ),
    )

    def start_watch(
        on_presence: Callable[[bool], None],
        on_item: Callable[[str, str], None] | None = None,
        on_code: Callable[[str], None] | None = None,
        on_technician: Callable[[], None] | None = None,
        on_incomplete: Callable[[int], None] | None = None,
    ) -> None:
        """Start the threads that report what happens at the kiosk: card on the reader, items on the pad, scans."""
        if services.card is not None and watch:
            services.close.append(watch_cards(cfg.card.reader, on_presence))
        if rfid is not None and on_item is not None:
            rfid.start(lambda item_id: on_item(item_id, "rfid"), on_incomplete)
        if (cfg.barcode.serial_ports or cfg.barcode.evdev_devices) and on_code is not None:
            from kiosk.devices import start_scanners

            try:
                scanners, stop = start_scanners(cfg.barcode, on_code, on_technician or (lambda: None))
            except Exception as e:  # noqa: BLE001 - a missing scanner must not stop the kiosk
                log.event(_log, "wiring.scanner_unavailable", level=logging.WARNING, error=type(e).__name__)
            else:
                services.close.append(stop)

                def scanner_health() -> DeviceState:
                    down = sum(1 for sc in scanners if not sc.connected)
                    if down:
                        return DeviceState(
                            "scanner", DeviceHealth.ERROR, "scanner_unplugged", f"{down}/{len(scanners)}"
                        )
                    return DeviceState("scanner", DeviceHealth.OK, "", f"{len(scanners)}")

                services.health.append(scanner_health)

    return services, start_watch


# ------------------------------------------------------------------------------------------------ library system


class Sip2Library:
    """The library system over SIP2 (:class:`kiosk.circulation.Circulation`) as a :class:`LibrarySystem`.

    "Cannot be reached" (nothing was sent) becomes :class:`LibraryUnavailable`, so the offline rules apply; a lost
    reply is resolved by circulation's look-up, and an outcome it could not establish is a refusal
    (``outcome_unknown``: the patron takes the item to the counter), never an offline loan.
    """

    def __init__(self, client, offline_methods: tuple[str, ...] = (), holds: bool = False) -> None:  # type: ignore[no-untyped-def]
        from kiosk.circulation import Circulation

        self.client = client
        self.circ = Circulation(client)
        self.online: bool | None = None
        #: identification methods whose patrons may go on to lend offline when the library cannot be reached
        self.offline_methods = offline_methods
        #: ask for the holds-ready count with the patron status (the receipt prints it)
        self.holds = holds

    @classmethod
    def from_config(cls, cfg: Config) -> Sip2Library:
        from kiosk.sip2.client import Sip2Client

        methods = tuple(cfg.offline.identification) if cfg.offline.lending else ()
        holds = cfg.receipt.show_holds_ready and bool(cfg.printer.port) and cfg.ui.receipt != "never"
        return cls(Sip2Client.from_config(cfg.sip2), methods, holds)

    def _call(self, fn, *args, read_only: bool = False):  # type: ignore[no-untyped-def]
        from kiosk.services import LibraryUnavailable, ServiceError
        from kiosk.sip2.errors import ConnectionLost, Offline, Sip2Error

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
        from kiosk.services import LibraryUnavailable, ServiceError

        holds: int | None = None
        try:
            st = None
            if self.holds:
                try:
                    st, holds = self._call(
                        self.circ.patron_status_and_holds, patron.number, password or None, read_only=True
                    )
                except LibraryUnavailable:
                    raise
                except ServiceError as e:
                    # a library system that will not answer 63 still lends: the receipt then has no holds line
                    log.event(_log, "patron.holds_unavailable", level=logging.WARNING, reason=e.reason)
            if st is None:
                st = self._call(self.circ.patron_status, patron.number, password or None, read_only=True)
        except LibraryUnavailable:
            if patron.method in self.offline_methods:
                log.event(_log, "patron.offline_unchecked", method=patron.method)
                return PatronChecked(True, "offline")
            raise
        return PatronChecked(st.ok, st.reason, st.message, holds if st.ok else None)

    def checkout(self, patron: Patron, item_id: str) -> CheckoutReply:
        r = self._call(self.circ.checkout, patron.number, item_id)
        due = r.due.date() if r.due else None
        return CheckoutReply(r.ok, due, r.title, "" if r.ok else r.reason, "" if r.ok else r.message)

    def cancel_checkout(self, patron: Patron, item_id: str) -> None:
        from kiosk.services import ServiceError

        r = self._call(self.circ.checkin, item_id)
        if not r.ok:
            raise ServiceError(r.reason or "checkin_refused")

    def end_patron_session(self, patron: Patron) -> None:
        from kiosk.services import LibraryUnavailable, ServiceError

        try:
            self._call(self.circ.end_session, patron.number)
        except (LibraryUnavailable, ServiceError):
            pass  # the library system ends idle sessions itself

    def health(self) -> DeviceState:
        from kiosk.sip2.errors import Sip2Error

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


class JournalAdapter:
    """The offline journal (:class:`offline_queue.Journal`) as the lender's :class:`OfflineJournal`, plus sync."""

    def __init__(self, journal, policy, library: Sip2Library | None) -> None:  # type: ignore[no-untyped-def]
        self.journal = journal
        self.policy = policy
        self.library = library

    def append(self, patron: Patron, item_id: str, due: dt.date) -> str:
        from kiosk.services import JournalError
        from offline_queue import JournalFull, QueueError

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

    # SyncService
    def status(self) -> LinkStatus:
        st = self.journal.status()
        known = self.library is not None and self.library.online is not None
        online = bool(self.library and self.library.online)
        return LinkStatus(online, st.waiting, st.refused, known)

    def probe(self) -> LinkStatus:
        """One status request (99) to the library system, without the client's retries (the link monitor has its
        own backoff, and a patron's checkout queued behind a probe should not wait for retries)."""
        reason = self._ping()
        st = self.journal.status()
        return LinkStatus(not reason, st.waiting, st.refused, True, reason)

    def _ping(self) -> str:
        """An empty string when the library system answered and is online, else a reason code."""
        from kiosk.sip2.errors import Sip2Error

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


class NoSecurityTags:
    """Until the RFID pad is wired: every security switch fails, so nothing is lent that would set off the gate."""

    def set_lent(self, item_id: str, lent: bool) -> bool:
        from kiosk.services import TagError

        raise TagError("rfid_not_configured")
