"""The narrow interfaces the kiosk application drives, and the errors they raise.

The patron session (:mod:`kiosk.session`) asks for effects; :mod:`kiosk.lending` and the UI's workers carry them out
through these Protocols. The real components (SIP2 client, RFID pad, printer, offline journal, My Number Card
authentication) are adapted to them in :mod:`kiosk.wiring`; tests and the demo may plug in any conforming object.

Every method here may block (device, network or disk I/O): the UI calls them from worker threads only.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Protocol

from kiosk.session import AuthFinished, CardInspected, ItemLine, Patron, PatronChecked


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

    def patron_status(self, patron: Patron, barcode: bool) -> PatronChecked: ...

    def checkout(self, patron: Patron, item_id: str) -> CheckoutReply:
        """Raises :class:`LibraryUnavailable` when the library system cannot be reached."""
        ...

    def cancel_checkout(self, patron: Patron, item_id: str) -> None:
        """Undo a checkout whose security switch failed (a check-in). Raises :class:`ServiceError`."""
        ...

    def end_patron_session(self, patron: Patron) -> None: ...


class SecurityTags(Protocol):
    """The RFID pad: switch an item's security (AFI) and read it back."""

    def set_lent(self, item_id: str, lent: bool) -> bool:
        """Write the security state, read it back, and return the state read. Raises :class:`TagError`."""
        ...


class OfflineJournal(Protocol):
    def append(self, patron: Patron, item_id: str, due: dt.date) -> str:
        """Store a checkout durably before the patron is told "lent"; returns its handle. Raises JournalError."""
        ...

    def discard(self, handle: str) -> None: ...

    def pending(self) -> int: ...


class ReceiptPrinter(Protocol):
    def print_receipt(self, items: tuple[ItemLine, ...], language: str) -> None:
        """Raises :class:`PrinterError`."""
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
