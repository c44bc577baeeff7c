"""The one place the running kiosk is put together from its configuration.

:func:`build_kiosk` builds what ``kiosk run`` and ``kiosk demo`` run; the CLI's commands build the parts they need
with the same functions (:func:`open_links`, :func:`build_authenticator`, :func:`validation_checker`,
:func:`open_journal`, :func:`library_system`…), so a command and the kiosk always agree on what a configuration
means. Nothing else in the code builds the object graph: the core (:mod:`kiosk`) receives its ports, the screens
(:mod:`ui`) receive what they render.

Every part is built only when its section asks for it (a port set, a method enabled); a part that cannot be built
is reported in maintenance (device state with a reason code) and the kiosk offers less, it does not stop. A part
that is not configured has its row too (ABSENT, ``absent``): a technician sees that the kiosk has no printer
configured, rather than wondering where the printer went.

Threads and health
------------------
Every thread of the running kiosk runs under the :class:`Kiosk`'s one :class:`~kiosk.supervisor.Supervisor`: the
RFID pad's poller (device ``rfid``), the barcode scanners (``scanner``), the PC/SC card watcher (``card_reader``),
started by :meth:`Kiosk.start_watch`; the library-system connector's own threads (SIP2's keep-alive, device
``library_system``), handed to it here; the worker lanes (``lanes``: :mod:`kiosk_app.gui` and
:mod:`kiosk_app.headless` give them the supervisor, and each call runs under its lane's deadline: a call that never
returns is ``lane_stuck``) and the log writer (``log_writer``, started by :func:`kiosk_app.gui.run`). One that dies
is logged (``supervisor.thread_died``), shown as its device's state in maintenance (ERROR, ``thread_died`` or
``thread_exited``) and started again with a capped exponential backoff. For a watchdog::

    kiosk.alive()    # True while every supervised thread runs (none dead and waiting for its restart)
    kiosk.health()   # list[DeviceState]: one line per supervised thread, ERROR with the reason when it is down

The systemd watchdog belongs on the event loop: a timer there sends ``WATCHDOG=1`` only when ``kiosk.alive()``, so
the notification stops both when the loop stalls (the timer does not fire) and when a thread is down (the process is
restarted if it stays so past ``WatchdogSec``). ``kiosk.alive()`` does no I/O and waits on nothing a device holds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

import eventlog
from hardware.barcode.classify import Classifier, ScanKind
from kiosk import session as s
from kiosk.config import Config, ConfigError
from kiosk.identity import trust
from kiosk.identity.authenticate import Authenticator
from kiosk.identity.linktable import LinkError, LinkTable
from kiosk.identity.revocation import RefuseAll, RevocationChecker
from kiosk.lending import Lender
from kiosk.link import LinkPolicy
from kiosk.returning import Returner
from kiosk.services import DeviceHealth, DeviceState, LibrarySystem, SecurityTags, Services
from kiosk.supervisor import Supervisor
from kiosk.validation.client import ValidationClient
from kiosk.validation.store import CrlStore
from kiosk_app.adapters.card import PcscCardService, ValidationLink, watch_cards
from kiosk_app.adapters.devices import NoSecurityTags, PrinterService, RfidService, start_scanners
from kiosk_app.adapters.journal import JournalAdapter
from kiosk_app.adapters.library import library_health
from kiosk_app.connectors import load_connector
from offline_queue import Journal, OfflinePolicy, QueueError

_log = logging.getLogger("kiosk_app.build")


class IdentitySetupError(Exception):
    """The identity configuration cannot be used; ``reason`` is a short code, the text names the key to fix."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


# ------------------------------------------------------------------------------------------------ identity


def link_key_path(cfg: Config) -> Path:
    """The link table's HMAC key file of ``[identity]``."""
    return Path(cfg.identity.link_key_file) if cfg.identity.link_key_file else cfg.data_dir / "link.key"


def open_links(cfg: Config) -> LinkTable:
    url = cfg.identity.link_database or f"sqlite:///{cfg.data_dir / 'links.sqlite'}"
    key_file = link_key_path(cfg)
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    try:
        return LinkTable.open(url, key_file)
    except LinkError as e:
        raise IdentitySetupError(str(e), e.reason) from None
    except OSError as e:
        raise IdentitySetupError(
            f"cannot open the link table ({e.strerror}): check [kiosk].data_dir", "link_table"
        ) from None


def build_authenticator(cfg: Config, links: LinkTable, checker: RevocationChecker | None = None) -> Authenticator:
    if not cfg.identity.trust_anchors:
        raise IdentitySetupError(
            "no JPKI trust anchor: set [identity].trust_anchors (or give --anchors)", "anchor_missing"
        )
    try:
        anchors = trust.load_anchors(cfg.identity.trust_anchors)
    except FileNotFoundError as e:
        raise IdentitySetupError(
            f"trust anchor not found: {e.filename} ([identity].trust_anchors)", "anchor_missing"
        ) from None
    except (ValueError, trust.TrustError) as e:
        raise IdentitySetupError(f"trust anchor unusable: {e} ([identity].trust_anchors)", "anchor_invalid") from None
    if checker is None:
        try:
            checker = validation_checker(cfg)
        except ConfigError as e:
            raise IdentitySetupError(f"configuration: {e}", "config") from None
    return Authenticator(
        anchors,
        checker,
        links,
        kiosk_id=cfg.kiosk.kiosk_id,
        library_system=cfg.identity.library_system,
        clock_skew_s=cfg.identity.clock_skew_s,
        early_max_age_s=cfg.validation.early_check_max_age_s,
        revocation_wait_s=cfg.validation.check_deadline_s(),
    )


# ------------------------------------------------------------------------------------------------ validation


def load_certificates(paths: list[str], key: str) -> list[x509.Certificate]:
    """Every certificate in the given PEM files; a missing or unreadable file is a :class:`ConfigError` on ``key``."""
    out: list[x509.Certificate] = []
    for p in paths:
        try:
            data = Path(p).read_bytes()
        except OSError as e:
            raise ConfigError(key, f"cannot read {p} ({e.strerror})", "give the path of a PEM file") from None
        try:
            out.extend(x509.load_pem_x509_certificates(data))
        except ValueError:
            raise ConfigError(key, f"{p} holds no PEM certificate", "give the path of a PEM file") from None
    return out


def crl_store(cfg: Config, anchors: list[x509.Certificate]) -> CrlStore:
    """The stored CRLs (``data_dir/validation/crl``), checked against ``anchors``."""
    return CrlStore(cfg.data_dir / "validation" / "crl", anchors)


def validation_client(cfg: Config) -> ValidationClient:
    """The validation client for ``cfg`` (raises :class:`ConfigError` for unreadable files it names)."""
    anchors, responders = _validation_files(cfg)
    return ValidationClient(cfg.validation, store=crl_store(cfg, anchors), trusted_responders=responders)


def _validation_files(cfg: Config) -> tuple[list[x509.Certificate], list[x509.Certificate]]:
    v = cfg.validation
    anchors = load_certificates(cfg.identity.trust_anchors, "[identity].trust_anchors")
    responders = load_certificates(v.responder_certs, "[validation].responder_certs")
    for key, path in (("pinned_cert", v.pinned_cert), ("client_cert", v.client_cert), ("client_key", v.client_key),
                      ("probe_cert", v.probe_cert)):  # fmt: skip
        if path and not Path(path).is_file():
            raise ConfigError(f"[validation].{key}", f"{path} does not exist", "give the path of a PEM file")
    if v.ca_bundle and not Path(v.ca_bundle).exists():
        raise ConfigError("[validation].ca_bundle", f"{v.ca_bundle} does not exist", "give a PEM bundle")
    return anchors, responders


def validation_checker(cfg: Config) -> RevocationChecker:
    """The revocation checker the authentication uses. Nothing configured (no OCSP URL in "ocsp" mode) → the
    fail-closed :class:`RefuseAll`. Configuration problems raise :class:`ConfigError` naming the key."""
    _validation_files(cfg)  # a wrong path is reported at start even when nothing else is configured
    if cfg.validation.mode == "ocsp" and not cfg.validation.ocsp_url:
        return RefuseAll()
    return validation_client(cfg)


# ------------------------------------------------------------------------------------------------ library and journal


def offline_policy(cfg: Config) -> OfflinePolicy:
    """The ``[offline]`` rules, with the ``[barcode]`` classifier's word on which numbers are library cards."""
    return OfflinePolicy.from_config(cfg.offline, Classifier.from_config(cfg.barcode).is_patron_number)


def library_system(cfg: Config) -> LibrarySystem:
    """The library system's connector that ``[library].connector`` names (SIP2 from ``[sip2]`` by default; raises
    :class:`ConfigError` when it is not installed or does not fit)."""
    return load_connector(cfg)


def journal_paths(cfg: Config) -> tuple[Path, Path]:
    journal = Path(cfg.offline.journal) if cfg.offline.journal else cfg.data_dir / "offline.sqlite"
    key = Path(cfg.offline.key_file) if cfg.offline.key_file else cfg.data_dir / "offline.key"
    return journal, key


def open_journal(cfg: Config) -> Journal:
    """The offline journal of ``[offline]`` (raises :class:`offline_queue.QueueError`)."""
    return Journal(*journal_paths(cfg))


def offered_services(cfg: Config, capabilities: frozenset[str]) -> tuple[str, ...]:
    """The services the library switched on (``[services]``) that its connector can do, in the menu's order."""
    wanted = {"return": cfg.services.returns and "checkin" in capabilities,
              "renew": cfg.services.renewals and "renew" in capabilities,
              "account": cfg.services.account and "account" in capabilities}  # fmt: skip
    return tuple(name for name in s.SERVICES if wanted[name])


def session_config(cfg: Config, capabilities: frozenset[str] = frozenset()) -> s.Config:
    """The patron session's rules from ``[ui]``, ``[kiosk]``, ``[services]``, ``[receipt]`` and ``[offline]``, as far
    as the connector's ``capabilities`` allow."""
    ui, sv = cfg.ui, cfg.services
    receipt_holds = cfg.receipt.show_holds_ready and bool(cfg.printer.port) and ui.receipt != "never"
    holds_notice = sv.holds_notice and "holds" in capabilities
    return s.Config(
        timeout_s=ui.inactivity_timeout_s,
        warning_s=ui.inactivity_warning_s,
        goodbye_s=ui.goodbye_s,
        receipt=s.ReceiptPolicy(ui.receipt),
        methods=tuple(cfg.kiosk.identification),
        default_language=cfg.kiosk.default_language,
        languages=tuple(cfg.kiosk.languages),
        barcode_password=ui.barcode_password,
        services=offered_services(cfg, capabilities),
        return_without_card=sv.returns_without_card and "checkin" in capabilities,
        ask_holds=holds_notice or receipt_holds,
        holds_notice=holds_notice,
        count_check=sv.count_check,
        count_settle_s=sv.count_settle_s,
        receipt_all_loans=cfg.receipt.all_loans and "account" in capabilities,
        offline_methods=tuple(cfg.offline.identification) if cfg.offline.lending else (),
    )


def link_policy(cfg: Config) -> LinkPolicy:
    return LinkPolicy.from_config(cfg.offline)


# ------------------------------------------------------------------------------------------------ the kiosk


@dataclass
class Kiosk:
    """The running kiosk's parts: its services (the core's ports, bound), the session's and the link's rules, the
    device threads that report what happens at the kiosk (started by :meth:`start_watch`) and the supervisor they
    run under (see the module's "Threads and health")."""

    config: Config
    services: Services
    session: s.Config
    link: LinkPolicy
    supervisor: Supervisor = field(default_factory=Supervisor)
    _watchers: list[Callable[..., None]] = field(default_factory=list, repr=False)

    def alive(self) -> bool:
        """Every supervised thread runs (for the systemd watchdog: ask it from the event loop)."""
        return self.supervisor.alive()

    def health(self) -> list[DeviceState]:
        """One line per supervised thread (device, OK or ERROR with ``thread_died``/``thread_exited``)."""
        return self.supervisor.states()

    def start_watch(
        self,
        on_presence: Callable[[bool], None],
        on_item: Callable[[str, str, str], None] | None = None,
        on_code: Callable[[str], None] | None = None,
        on_technician: Callable[[], None] | None = None,
        on_incomplete: Callable[[int], None] | None = None,
    ) -> None:
        """Start the threads that report what happens at the kiosk: a card on the reader, items on the pad, scans.
        The callbacks run on those threads: the owner forwards them to its own loop."""
        for start in self._watchers:
            start(on_presence, on_item, on_code, on_technician, on_incomplete)

    def close(self) -> None:
        for close in self.services.close:
            close()
        self.supervisor.stop()


def build_kiosk(
    cfg: Config,
    *,
    checker: RevocationChecker | None = None,
    tags: SecurityTags | None = None,
    watch: bool = True,
    card_readers: Callable[[], list[str]] | None = None,
) -> Kiosk:
    """The kiosk of ``cfg``: the library system (SIP2) and the offline journal from ``[sip2]`` and ``[offline]``,
    My Number Cards from ``[identity]`` and ``[card]``, the RFID pad, scanners and printer from ``[rfid]``,
    ``[barcode]`` and ``[printer]`` (each only when its port is set). ``checker`` replaces the validation client
    and ``tags`` the pad's security switch (tests); ``watch=False`` leaves the card reader unwatched;
    ``card_readers`` lists the connected card readers instead of pcscd (the demo's reader that can be unplugged)."""
    services = Services()
    library = library_system(cfg)
    kiosk = Kiosk(cfg, services, session_config(cfg, library.capabilities), link_policy(cfg))
    supervisor = kiosk.supervisor
    services.health.append(supervisor.summary)
    if "mynumber" in cfg.kiosk.identification:
        _add_card(kiosk, checker, watch, card_readers)
    else:
        services.health += [_absent("card_reader"), _absent("validation_link")]
    rfid = None
    if cfg.rfid.port:
        rfid = RfidService.from_config(cfg.rfid)
        services.health.append(_with_threads(supervisor, "rfid", rfid.health))
        services.self_tests["read_tag"] = rfid.read_tag
        services.rescan = rfid.rescan
        services.hold_pad = rfid.hold
        services.close.append(rfid.stop)
        tags = tags or rfid

        def start_pad(on_presence, on_item, on_code, on_technician, on_incomplete) -> None:  # type: ignore[no-untyped-def]
            if on_item is not None:
                rfid.start(on_item, on_incomplete, supervisor)

        kiosk._watchers.append(start_pad)
    else:
        services.health.append(_absent("rfid"))
    if cfg.printer.port:
        printer = PrinterService.from_config(cfg)
        services.printer = printer
        services.health.append(printer.health)
        services.self_tests["test_receipt"] = printer.test_receipt
        services.close.append(printer.close)
    else:
        services.health.append(_absent("printer"))
    services.library = library
    services.health.append(_with_threads(supervisor, "library_system", lambda: library_health(library)))
    services.close.append(library.close)
    supervise = getattr(library, "supervise", None)  # a connector with threads of its own (docs/connectors.md)
    if callable(supervise):
        supervise(supervisor.starter("library_system"))
    offline = offline_policy(cfg)
    journal = None
    if cfg.offline.lending:
        try:
            journal = JournalAdapter(open_journal(cfg), offline, library)
        except QueueError as e:
            eventlog.event(_log, "wiring.journal_unavailable", level=logging.WARNING, reason=e.reason)
            # maintenance shows why offline lending is not available (a damaged key file, a full disk…)
            reason = e.reason
            services.health.append(lambda: DeviceState("offline_queue", DeviceHealth.ERROR, reason))
        else:
            services.sync = journal
            if isinstance(services.printer, PrinterService):
                services.printer.offline_state = journal.item_state
            services.refusals = journal.refusals
            services.checks = journal.checks
            services.settle_check = journal.settle_check
            services.health.append(journal.health)
            services.close.append(journal.journal.close)
    else:
        services.health.append(_absent("offline_queue"))
    services.lender = Lender(library, tags or NoSecurityTags(), journal, offline)
    if "checkin" in library.capabilities:
        services.returner = Returner(library, tags or NoSecurityTags())
    if cfg.barcode.serial_ports or cfg.barcode.evdev_devices:
        kiosk._watchers.append(_scanners(kiosk))
        cards = Classifier.from_config(cfg.barcode)
        services.is_library_card = lambda code: cards.classify(code).kind is ScanKind.PATRON
    else:
        services.health.append(_absent("scanner"))
    services.close.append(supervisor.stop)  # after the devices' own stops (the watchers' come later: it stops them)
    return kiosk


def _add_card(
    kiosk: Kiosk, checker: RevocationChecker | None, watch: bool, readers: Callable[[], list[str]] | None
) -> None:
    cfg, services = kiosk.config, kiosk.services
    try:
        links = open_links(cfg)
        auth = build_authenticator(cfg, links, checker)
    except IdentitySetupError as e:
        eventlog.event(_log, "wiring.card_unavailable", level=logging.WARNING, reason=e.reason)
        # maintenance shows why My Number Cards cannot be used here (anchor missing, link table unusable…)
        reason = e.reason or "identity_setup"
        services.health.append(lambda: DeviceState("card_reader", DeviceHealth.ERROR, reason))
        services.health.append(lambda: DeviceState("validation_link", DeviceHealth.ERROR, reason))
        return
    card = PcscCardService(cfg, auth, readers=readers) if readers is not None else PcscCardService(cfg, auth)
    services.card = card
    services.health.append(_with_threads(kiosk.supervisor, "card_reader", card.health))
    validation = ValidationLink(cfg, auth.checker, auth.anchors)
    services.health.append(validation.health)
    services.self_tests["validation_link"] = validation.self_test
    services.self_tests["card_tries"] = card.read_tries
    services.close.append(card.forget)
    services.close.append(links.close)
    if watch:

        def start_reader(on_presence, *_: object) -> None:  # type: ignore[no-untyped-def]
            services.close.append(watch_cards(cfg.card.reader, on_presence, kiosk.supervisor))

        kiosk._watchers.append(start_reader)


def _scanners(kiosk: Kiosk) -> Callable[..., None]:
    cfg, services = kiosk.config, kiosk.services

    def start(on_presence, on_item, on_code, on_technician, on_incomplete) -> None:  # type: ignore[no-untyped-def]
        if on_code is None:
            return
        try:
            scanners, stop = start_scanners(cfg.barcode, on_code, on_technician or (lambda: None), kiosk.supervisor)
        except Exception as e:  # noqa: BLE001 - a missing scanner must not stop the kiosk
            eventlog.event(_log, "wiring.scanner_unavailable", level=logging.WARNING, error=type(e).__name__)
            reason = getattr(e, "reason", "") or "barcode_error"
            services.health.append(lambda: DeviceState("scanner", DeviceHealth.ERROR, reason))
            return
        services.close.append(stop)

        def scanner_health() -> DeviceState:
            down = [sc for sc in scanners if not sc.connected]
            if down:
                reason = down[0].reason or "scanner_unplugged"
                return DeviceState("scanner", DeviceHealth.ERROR, reason, f"{len(down)}/{len(scanners)}")
            return DeviceState("scanner", DeviceHealth.OK, "", f"{len(scanners)}")

        services.health.append(_with_threads(kiosk.supervisor, "scanner", scanner_health))

    return start


def _absent(device: str) -> Callable[[], DeviceState]:
    """The row of a device or service this kiosk's configuration does not have."""

    def absent() -> DeviceState:
        return DeviceState(device, DeviceHealth.ABSENT, "absent")

    absent.__name__ = device
    return absent


def _with_threads(supervisor: Supervisor, device: str, probe: Callable[[], DeviceState]) -> Callable[[], DeviceState]:
    """``device``'s health probe, unless one of its threads is down: then that (ERROR with the reason), whatever the
    device itself would say (a dead poller's last reading is no news)."""

    def health() -> DeviceState:
        return supervisor.device_state(device) or probe()

    health.__name__ = getattr(probe, "__name__", device)
    return health
