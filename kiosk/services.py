"""The narrow interfaces the kiosk application drives, and the errors they raise.

The patron session (:mod:`kiosk.session`) asks for effects; :mod:`kiosk.runner` and :mod:`kiosk.lending` carry them
out through these Protocols (the core's ports). The real components (SIP2 client, RFID pad, printer, offline journal,
My Number Card authentication) are bound to them in :mod:`kiosk_app.adapters`, and :mod:`kiosk_app.build` puts the
running kiosk together; tests may plug in any conforming object.

Every method here may block (device, network or disk I/O): the UI calls them from worker threads only.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from kiosk.metrics import Metrics
from kiosk.session import AuthFinished, CardInspected, ItemFinished, ItemLine, Patron, PatronChecked


class ServiceError(Exception):
    """A component could not do its job; ``reason`` is a short code staff can read."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason


class LibraryUnavailable(ServiceError):
    """The library system could not be reached or did not answer (the offline rules apply)."""


class TagError(ServiceError):
    """The RFID pad could not switch or read back an item's security."""


class JournalError(ServiceError):
    """The offline journal could not store a transaction durably (for example the disk is full)."""


class PrinterError(ServiceError):
    """The receipt printer failed (paper out, cover open, gone)."""


@dataclass(frozen=True)
class CheckoutReply:
    ok: bool
    due: dt.date | None = None
    title: str = ""
    #: the library system's reason code when refused (e.g. "hold_for_other", "not_circulating")
    reason: str = ""
    #: the library system's own words for the patron (screen message)
    message: str = ""


class CardService(Protocol):
    """The My Number Card on the reader (adapts ``kiosk.identity.authenticate.Authenticator``)."""

    def inspect(self) -> CardInspected: ...

    def finish(self, pin: str) -> AuthFinished: ...

    def forget(self) -> None: ...


class LibrarySystem(Protocol):
    """The library system over SIP2 (adapts ``kiosk.sip2`` / ``kiosk.circulation``)."""

    def patron_status(self, patron: Patron, barcode: bool, password: str = "") -> PatronChecked: ...

    def checkout(self, patron: Patron, item_id: str) -> CheckoutReply:
        """Raises :class:`LibraryUnavailable` when the library system cannot be reached."""
        ...

    def cancel_checkout(self, patron: Patron, item_id: str) -> None:
        """Undo a checkout whose security switch failed (a check-in). Raises :class:`ServiceError`."""
        ...

    def end_patron_session(self, patron: Patron) -> None: ...

    def holds_ready(self, patron: Patron) -> int | None:
        """How many holds wait for the patron now (None: the library system did not say; never raises)."""
        ...


class Lending(Protocol):
    """Lending one item by the library's rules (:class:`kiosk.lending.Lender`)."""

    def lend(self, patron: Patron, item_id: str, source: str = "rfid") -> ItemFinished: ...

    def end_session(self, patron: Patron) -> None:
        """The patron session ended: forget what was counted for it."""
        ...


class SecurityTags(Protocol):
    """The RFID pad: switch an item's security (AFI) and read it back."""

    def set_lent(self, item_id: str, lent: bool) -> bool:
        """Write the security state, read it back, and return the state read. Raises :class:`TagError`."""
        ...


class OfflineJournal(Protocol):
    def append(self, patron: Patron, item_id: str, due: dt.date) -> str:
        """Store a checkout durably before the patron is told "lent"; returns its handle. Raises JournalError."""
        ...

    def pending(self) -> int: ...


class ReceiptPrinter(Protocol):
    def print_receipt(self, items: tuple[ItemLine, ...], language: str, holds_ready: int | None = None) -> None:
        """``holds_ready``: the patron's holds waiting for pickup, as the library system said (None: not known).
        Raises :class:`PrinterError`."""
        ...


class DeviceHealth(enum.Enum):
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"
    UNKNOWN = "unknown"
    ABSENT = "absent"


@dataclass(frozen=True)
class DeviceState:
    """One line of the maintenance device view: ``name`` is a fixed key (card_reader, rfid, scanner, printer…)."""

    name: str
    health: DeviceHealth
    #: short code staff can read ("paper_out", "cover_open", "unreachable"…)
    reason: str = ""
    detail: str = ""


@dataclass(frozen=True)
class LinkStatus:
    """The bookmobile banner: is the library system reachable, how many transactions wait in the journal."""

    online: bool
    waiting: int
    #: refusals kept for staff after replay
    refused: int = 0
    #: False when ``online`` is only a default: nothing has asked the library system yet
    known: bool = True
    #: why the library system is not reachable (a short code), when it is not
    reason: str = ""
    #: when the oldest waiting transaction was made (None: none waits, or not known)
    oldest: dt.datetime | None = None


@dataclass(frozen=True)
class SyncReport:
    sent: int
    refused: int
    left: int
    reason: str = ""


class SyncService(Protocol):
    def status(self) -> LinkStatus:
        """The journal's counts and the link as the last library call found it (no network)."""
        ...

    def sync(self, limit: int | None = None) -> SyncReport:
        """Replay up to ``limit`` waiting transactions (None: all), in order, one in flight."""
        ...

    def probe(self) -> LinkStatus:
        """Ask the library system now (one attempt, no retries) and read the journal's counts."""
        ...


@dataclass(frozen=True)
class Refusal:
    """One offline transaction the library system refused on replay, as staff see it (no patron, no item)."""

    when: str
    reason: str
    handle: str = ""


@dataclass
class Services:
    """Everything the application drives. Any part may be missing (``None``): the kiosk then offers less."""

    card: CardService | None = None
    library: LibrarySystem | None = None
    lender: Lending | None = None
    printer: ReceiptPrinter | None = None
    sync: SyncService | None = None
    #: probes for the maintenance device view; each returns one DeviceState and may block
    health: list[Callable[[], DeviceState]] = field(default_factory=list)
    #: self-tests by name ("test_receipt", "read_tag", "card_tries"); each returns a short result code or raises
    self_tests: dict[str, Callable[[], str]] = field(default_factory=dict)
    #: staff's list of refusals kept after offline replay
    refusals: Callable[[], list[Refusal]] | None = None
    #: called when the items screen opens, so items already on the pad are reported again (must not block)
    rescan: Callable[[], None] | None = None
    #: called when a patron session starts: what lies on the pad now is reported as held (must not block)
    hold_pad: Callable[[], None] | None = None
    #: whether a scanned code is a library card by the configured patterns (a card scanned while lending)
    is_library_card: Callable[[str], bool] | None = None
    #: called when the application closes (stop watchers, close connections)
    close: list[Callable[[], None]] = field(default_factory=list)
    #: what happened at the kiosk, counted for the library's monitoring (the session runner counts)
    metrics: Metrics = field(default_factory=Metrics)
