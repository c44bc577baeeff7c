"""The narrow interfaces the kiosk application drives, and the errors they raise.

The patron session (:mod:`kiosk.session`) asks for effects; :mod:`kiosk.runner`, :mod:`kiosk.lending` and
:mod:`kiosk.returning` carry them out through these Protocols (the core's ports). The real components (the library
system's connector, RFID pad, printer, offline journal, My Number Card authentication) are bound to them in
:mod:`kiosk_app.adapters`, and :mod:`kiosk_app.build` puts the running kiosk together; tests may plug in any
conforming object.

The library system's port, :class:`LibrarySystem`, is the kiosk's side of the connector boundary: everything the
kiosk asks of a library system, with typed answers and typed errors. SIP2 is its reference connector
(:mod:`kiosk_app.adapters.library`); ``docs/connectors.md`` says how to write another, and
:mod:`kiosk.connector_contract` is the test suite every connector must pass.

Every method here may block (device, network or disk I/O): the UI calls them from worker threads only.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from kiosk.metrics import Metrics
from kiosk.session import (
    Account,
    AuthFinished,
    CardInspected,
    ItemFinished,
    ItemLine,
    ItemReturned,
    Patron,
    PatronChecked,
    RevocationChecked,
)


class ServiceError(Exception):
    """A component could not do its job; ``reason`` is a short code staff can read."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason


class LibraryError(ServiceError):
    """The library system gave no usable answer (the base of the connector's errors; a protocol fault, a reply that
    cannot be read). Nothing the kiosk should assume was done or not done beyond what the subclass says."""


class LibraryUnavailable(LibraryError):
    """The library system could not be reached or says it is offline: **nothing was executed**. The offline rules
    apply (a loan may go to the journal; a return, renewal or account look-up is not done)."""


class LibraryRefused(LibraryError):
    """The library system refused the kiosk itself, not the request's patron or item (the kiosk's login was
    refused, the operation is not offered): nothing was executed, and retrying will not help; staff must look."""


class OutcomeUnknown(LibraryError):
    """A request that changes something (checkout, checkin, renewal) may or may not have been executed, and the
    connector could not find out which. It is **never re-sent**: the patron takes the item to the counter."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("outcome_unknown", detail)


class TagError(ServiceError):
    """The RFID pad could not switch or read back an item's security."""


class JournalError(ServiceError):
    """The offline journal could not store a transaction durably (for example the disk is full)."""


class PrinterError(ServiceError):
    """The receipt printer failed (paper out, cover open, gone)."""


@dataclass(frozen=True)
class CheckoutReply:
    """The library system's answer to a checkout or a renewal. A refusal is an answer (``ok`` False), not an
    error."""

    ok: bool
    #: the due date (of the loan, or the new one after a renewal); None when the library system gave none
    due: dt.date | None = None
    title: str = ""
    #: the library system's reason code when refused (e.g. "item_on_hold", "not_for_loan", "renewal_refused")
    reason: str = ""
    #: the library system's own words for the patron (screen message)
    message: str = ""


@dataclass(frozen=True)
class CheckinReply:
    """The library system's answer to a return. ``ok``: the item is no longer on loan."""

    ok: bool
    title: str = ""
    #: the reason code when refused (e.g. "not_checked_out", "item_unknown")
    reason: str = ""
    message: str = ""
    #: why the item must go to the desk rather than the return shelf, when the library system says so: "hold"
    #: (reserved for a patron), "transfer" (goes to another branch), "magnetic" (magnetic media), "alert" (another
    #: alert); "" = the return shelf
    desk: str = ""
    #: where it goes, in the library system's own words (sort bin, destination branch), shown as given
    route: str = ""


@dataclass(frozen=True)
class LibraryStatus:
    """One look at the library system (no retries)."""

    online: bool
    #: why it is not online (a short code), when it is not
    reason: str = ""


#: what a connector can do besides the patron check, checkout and end of session (:attr:`LibrarySystem.capabilities`)
CAPABILITIES = frozenset({"checkin", "renew", "account", "holds", "offline_replay"})
#: where an item is now, after a lost reply (:meth:`LibrarySystem.lookup_loan`)
LOAN_STATES = ("mine", "other", "free")


@dataclass(frozen=True)
class Approved:
    """A checkout the library system said yes to, whose tag's security is still to be switched (a stack is lent
    in a pipeline: :mod:`kiosk.lending_pipeline`)."""

    patron: Patron = field(repr=False)
    item_id: str = field(repr=False)
    reply: CheckoutReply = field(repr=False)


class CardService(Protocol):
    """The My Number Card on the reader (adapts ``kiosk.identity.authenticate.Authenticator``)."""

    def inspect(self) -> CardInspected: ...

    def check_revocation(self) -> RevocationChecked:
        """While the PIN is typed: ask about the inspected card's certificate (its answer is kept for finish)."""
        ...

    def finish(self, pin: str) -> AuthFinished: ...

    def forget(self) -> None: ...


class LibrarySystem(Protocol):
    """The library-system connector: everything the kiosk asks of a library system (guide: ``docs/connectors.md``).

    Rules every connector keeps (:mod:`kiosk.connector_contract` tests them):

    - **Three kinds of failure, never confused.** :class:`LibraryUnavailable`: nothing was executed (the kiosk may
      lend offline). :class:`OutcomeUnknown`: a change may have been made and could not be looked up (never
      re-sent). :class:`LibraryRefused`: the kiosk itself is refused. A refusal of the patron or the item is an
      answer (``ok`` False with a ``reason`` code and the library system's ``message``), not an error.
    - **A lost reply is looked up before anything is re-sent** (:meth:`lookup_loan`): a checkout or checkin is
      sent again only when the library system shows it was not executed; a renewal is never sent again.
    - **Privacy.** Nothing the connector logs or writes carries a patron number, item identifier, title or
      password; the patron's name is never asked for or returned.
    - **Blocking, one thread.** Calls may block (bounded by the connector's own timeouts); the kiosk calls them
      from one worker lane, in order.
    """

    #: which of :data:`CAPABILITIES` this connector offers; the kiosk offers only those services
    capabilities: frozenset[str]
    #: what the last call found: True reachable, False not, None nothing asked yet (no network)
    online: bool | None

    def patron_status(self, patron: Patron, password: str = "", *, holds: bool = False) -> PatronChecked:
        """May this patron borrow (``ok``), or why not (``reason``: patron_unknown, patron_blocked, card_lost,
        wrong_password, excessive_fines, too_many_items…). ``password``: the library card's password when the
        library asks for one. ``holds``: also say how many holds wait for pickup and where to collect them
        (``holds_ready``, ``holds_pickup``; None/empty when the library system does not say). Raises
        :class:`LibraryUnavailable`."""
        ...

    def checkout(self, patron: Patron, item_id: str) -> CheckoutReply:
        """Lend the item. Only an ``ok`` answer lets the kiosk switch the item's security off. Raises
        :class:`LibraryUnavailable` (nothing sent) or :class:`OutcomeUnknown` (lost reply, look-up failed)."""
        ...

    def checkin(self, item_id: str) -> CheckinReply:
        """Return the item (also undoes a checkout whose security switch failed). Raises :class:`LibraryUnavailable`
        or :class:`OutcomeUnknown`."""
        ...

    def renew(self, patron: Patron, item_id: str) -> CheckoutReply:
        """Renew one loan of the patron's: ``due`` is the new due date. Never re-sent after a lost reply
        (:class:`OutcomeUnknown` unless a look-up shows the due date moved)."""
        ...

    def account(self, patron: Patron, *, holds: bool = True) -> Account:
        """The patron's loans with their due dates (overdue marked) and, with ``holds``, the holds ready for pickup
        (how long they are kept, where). What cannot be read is left out (``complete`` False). Raises
        :class:`LibraryUnavailable`."""
        ...

    def holds_ready(self, patron: Patron) -> int | None:
        """How many holds wait for the patron now, asked again after a loan that may have been one of them (None:
        the library system did not say; never raises)."""
        ...

    def end_patron_session(self, patron: Patron) -> None:
        """The patron left; never raises (a library system ends idle sessions itself)."""
        ...

    def status(self) -> LibraryStatus:
        """Ask the library system now, one attempt (the link monitor, maintenance, ``kiosk status``)."""
        ...

    def lookup_loan(self, patron: Patron, item_id: str) -> str:
        """Where the item is now, one of :data:`LOAN_STATES`: "mine" (lent to this patron), "other", "free". Used
        after a lost reply, before anything is re-sent. Raises :class:`LibraryUnavailable`."""
        ...

    def checkout_offline(self, patron: Patron, item_id: str, due: dt.datetime, when: dt.datetime) -> CheckoutReply:
        """Replay a loan made offline: lent at ``when`` with the due date the patron was shown, whatever blocks or
        limits apply now (SIP2: a no-block checkout). "already_lent_to_you" counts as done. Not looked up here after
        a lost reply: raises :class:`OutcomeUnknown` and the journal looks it up (:meth:`lookup_loan`) next time."""
        ...

    def close(self) -> None: ...


class Lending(Protocol):
    """Lending one item by the library's rules (:class:`kiosk.lending.Lender`): :meth:`lend` in one call, or in the
    three steps it is made of, which a stack runs on two lanes at once (:mod:`kiosk.lending_pipeline`)."""

    def lend(self, patron: Patron, item_id: str, source: str = "rfid") -> ItemFinished: ...

    def offline_patron_refusal(self, patron: Patron) -> str:
        """Why this patron may not borrow offline at all, as a reason code ("" when they may)."""
        ...

    def checkout(self, patron: Patron, item_id: str) -> ItemFinished | Approved:
        """Step 1, the library system: refused, lent offline (whole), or approved (its security still to switch)."""
        ...

    def secure(self, approved: Approved) -> str:
        """Step 2, the pad: switch the approved item's security to lent; "" when read back, else a reason code."""
        ...

    def settle(self, approved: Approved, problem: str) -> ItemFinished:
        """Step 3: lent when ``problem`` is empty (no I/O); otherwise the checkout is undone at the library system."""
        ...

    def end_session(self, patron: Patron) -> None:
        """The patron session ended: forget what was counted for it."""
        ...


class Returning(Protocol):
    """Taking one item back by the library's rules (:class:`kiosk.returning.Returner`)."""

    def give_back(self, item_id: str, source: str = "rfid") -> ItemReturned: ...


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
    def print_receipt(
        self,
        items: tuple[ItemLine, ...],
        language: str,
        holds_ready: int | None = None,
        loans: Account | None = None,
    ) -> None:
        """``holds_ready``: the patron's holds waiting for pickup, as the library system said (None: not known).
        ``loans``: every current loan of the patron's, printed after what was lent now (the library's
        ``[receipt].all_loans``; None: not printed). Raises :class:`PrinterError`."""
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
class SelfTestResult:
    """What a maintenance self-test found: ``code`` says what (``test_receipt_printed``, ``card_tries``,
    ``tags_read``, ``validation_ok``…; :mod:`kiosk.staff_words` words it), ``counts`` the numbers, ``reason`` a
    finding that is no failure (a CRL ageing). A failure raises :class:`ServiceError` instead."""

    code: str
    counts: Mapping[str, int] = field(default_factory=dict)
    reason: str = ""


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
    #: why the journal cannot send what waits (its own problem, e.g. ``key_missing``), whatever the link's state
    queue_problem: str = ""


@dataclass(frozen=True)
class SyncReport:
    sent: int
    refused: int
    left: int
    #: why the link stopped the replay ("" when it did not): the library system's state
    reason: str = ""
    #: why the journal itself sent nothing (``key_missing``, ``replay_busy``, ``disk_full``…): not the link's state
    queue_problem: str = ""


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


@dataclass(frozen=True)
class CounterCheck:
    """An offline loan replay could not settle: the library system could not say whether it has it (its look-ups
    failed). Staff check at the counter and tell the kiosk: "it is lent" or "it is not lent, send it"."""

    #: what the kiosk knows it by (for the two answers)
    handle: str
    #: when the loan was made
    when: str
    item: str
    #: why it could not be settled (a reason code)
    reason: str
    #: failed look-ups
    tries: int
    #: whether its checkout was sent before (else it may never have left the kiosk)
    sent_before: bool


@dataclass
class Services:
    """Everything the application drives. Any part may be missing (``None``): the kiosk then offers less."""

    card: CardService | None = None
    library: LibrarySystem | None = None
    lender: Lending | None = None
    #: returns (check-in, then the item's security back on); None: the kiosk takes no returns
    returner: Returning | None = None
    printer: ReceiptPrinter | None = None
    sync: SyncService | None = None
    #: probes for the maintenance device view; each returns one DeviceState and may block
    health: list[Callable[[], DeviceState]] = field(default_factory=list)
    #: self-tests by name ("test_receipt", "read_tag", "card_tries", "validation_link"); each returns what it found
    #: or raises ServiceError with the reason
    self_tests: dict[str, Callable[[], SelfTestResult]] = field(default_factory=dict)
    #: staff's list of refusals kept after offline replay
    refusals: Callable[[], list[Refusal]] | None = None
    #: staff's "check at the counter" list: offline loans replay could not settle
    checks: Callable[[], list[CounterCheck]] | None = None
    #: staff's answer for one of them: ``settle_check(handle, lent)``; lent: the library system has it (the kiosk
    #: forgets it); not lent: the kiosk sends it with the next sync. False when it is no longer on the list
    settle_check: Callable[[str, bool], bool] | None = None
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
