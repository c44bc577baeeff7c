"""The patron session: a pure state machine (events in → state + effects out).

Nothing here touches a device, a socket, a file or Qt. The application feeds :meth:`Session.handle` with
events (a card was placed, a PIN key was pressed, the library system answered, a clock tick) and carries out the
effects it returns (inspect the card, verify this PIN, lend this item, print, end the patron session at the library
system, play a sound). The screens render :attr:`Session.view`, a snapshot that holds only what the patron may see.

The flow (DESIGN.md "The patron flow")::

    IDLE ─card─► READING ─tries ok─► PIN ─Enter─► VERIFYING ─ok─► CHECKING ─ok─► ITEMS ─Finish─► RECEIPT/PRINTING
      │                 └─1 try left─► LAST_TRY ─I understand─► PIN                                   │
      ├─barcode─► CHECKING                                                                          GOODBYE ─► IDLE
      └─"Return books" (policy: no card needed)─► RETURNS ─Finish─► GOODBYE
    any refusal ─► REFUSED ─OK / timeout / card removed─► IDLE

    the patron's services, from the items screen (each switched on by the library, and by what its connector can do):
    ITEMS ─Return─► RETURNS        ─Back─► ITEMS
          ─Renew─► LOADING ─► RENEW   ─Back─► ITEMS
          ─My account─► LOADING ─► ACCOUNT ─Back─► ITEMS
          ─books on the pad (count check on)─► COUNT ─Enter─► COUNT_CHECK ─same number─► ITEMS (the stack is lent)
                                                                 └─another number─► COUNT_RETRY ─Check again─► COUNT_CHECK
                                                                                     (a second mismatch: REFUSED)

Rules the machine enforces:

- The PIN pad opens only after the tries were read; with one try left the patron is warned first and must say so.
- While the PIN is typed the certificate's revocation is asked about (:class:`CheckRevocation`); a definite refusal
  (revoked, unknown to the validation service) ends the session before the PIN, since no PIN can change it. Any
  other answer waits for the decision after the signature.
- A wrong PIN goes back to the pad with what is left. The machine never sends a VERIFY by itself.
- A blocked PIN (0 tries) is a refusal that sends the patron to the city office; no pad opens again.
- Removing the card before identification is complete ends the session.
- Inactivity: after ``timeout_s`` without a touch a countdown of ``warning_s`` seconds shows, then the session ends.
  While the kiosk itself is busy (verifying, checking, lending, printing) the clock does not run against the patron.
- Ending always waits until no lend, return or renewal is in flight, emits :class:`EndPatronSession` when a patron
  was identified, and wipes every patron datum from the machine (:meth:`Session.holds_patron_data` is then false).
- An item the pad reported for one service is not handled by the other in the same session: a book just lent is not
  taken back when the patron switches to returns, a book just returned is not lent again.
- Returns, renewals and the account need the library system: a patron let in offline (their method may lend offline
  while the library system cannot be reached) is offered borrowing only.
- Count check (Japanese practice, off by default): books the pad reads are not lent until the patron has said how
  many they put down and the pad read as many, ``count_settle_s`` after they said it. One mismatch asks them to
  spread the books out and try again; a second sends them to the desk (``count_mismatch``).
- The account and the returns list are wiped when the patron leaves them, as everything else is at the end.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from dataclasses import dataclass, field

import eventlog

_log = logging.getLogger("kiosk.session")

PIN_LENGTH = 4


class SessionError(Exception):
    """A programming error in how the machine is driven (not a patron problem)."""

    reason = "session_misuse"


class Phase(enum.Enum):
    IDLE = "idle"
    READING = "reading"
    LAST_TRY = "last_try"
    PIN = "pin"
    VERIFYING = "verifying"
    CHECKING = "checking"
    ITEMS = "items"
    RECEIPT = "receipt"
    PRINTING = "printing"
    REFUSED = "refused"
    ENDING = "ending"
    GOODBYE = "goodbye"
    #: returns: books on the pad or scanned are checked in, then secured
    RETURNS = "returns"
    #: the patron's account is being read (for RENEW or ACCOUNT)
    LOADING = "loading"
    #: the patron's loans, to renew one or all
    RENEW = "renew"
    #: my account: loans with due dates, holds ready for pickup
    ACCOUNT = "account"
    #: count check: how many books did you put on the pad?
    COUNT = "count"
    #: count check: the pad is given a moment, then the numbers are compared
    COUNT_CHECK = "count_check"
    #: count check: the numbers differ; spread the books out and check again
    COUNT_RETRY = "count_retry"


#: phases in which the patron is expected to act (the inactivity clock runs)
_INTERACTIVE = {Phase.LAST_TRY, Phase.PIN, Phase.ITEMS, Phase.RECEIPT, Phase.REFUSED, Phase.RETURNS, Phase.RENEW,
                Phase.ACCOUNT, Phase.COUNT, Phase.COUNT_RETRY}  # fmt: skip
#: phases in which books reported by the pad (or scanned) are for borrowing
_BORROWING = {Phase.ITEMS, Phase.COUNT, Phase.COUNT_CHECK, Phase.COUNT_RETRY}
#: phases an identified patron can leave for another service, and Finish from
_SERVICE_HOME = {Phase.ITEMS, Phase.RETURNS, Phase.RENEW, Phase.ACCOUNT}
#: services offered besides borrowing
SERVICES = ("return", "renew", "account")
#: phases before identification is complete, in which removing the card ends the session
_CARD_NEEDED = {Phase.READING, Phase.LAST_TRY, Phase.PIN, Phase.VERIFYING}


class ReceiptPolicy(enum.Enum):
    ASK = "ask"
    ALWAYS = "always"
    NEVER = "never"


class Cue(enum.Enum):
    """Sound cues (DESIGN: read, lent, refused, warning)."""

    READ = "read"
    LENT = "lent"
    REFUSED = "refused"
    WARNING = "warning"


class ItemState(enum.Enum):
    PENDING = "pending"
    LENT = "lent"
    LENT_OFFLINE = "lent_offline"
    REFUSED = "refused"


# --------------------------------------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Patron:
    """Who was identified. ``number`` is the library's patron number; it never leaves the session except in effects."""

    method: str  # "mynumber" | "barcode"
    number: str
    library_system: str = ""


@dataclass(frozen=True)
class ItemLine:
    item_id: str
    state: ItemState
    title: str = ""
    due: dt.date | None = None
    #: the library system's reason code when refused (e.g. "hold_for_other"), or "offline_limit", "security_failed"
    reason: str = ""
    #: the library system's own words for the patron, shown as given
    message: str = ""


class ReturnState(enum.Enum):
    PENDING = "pending"
    #: returned: it goes on the return shelf
    RETURNED = "returned"
    #: returned, but it must go to the desk (``desk`` says why, ``route`` where), or its security could not be
    #: switched back on (``desk`` "security")
    DESK = "desk"
    #: not returned (``reason``): the library system said no, could not be reached, or the outcome is unknown
    REFUSED = "refused"


@dataclass(frozen=True)
class ReturnLine:
    item_id: str
    state: ReturnState
    title: str = ""
    reason: str = ""
    message: str = ""
    #: why it goes to the desk: "hold", "transfer", "magnetic", "alert" (the library system's word), "security"
    desk: str = ""
    #: where it goes, as the library system said (sort bin, branch)
    route: str = ""


@dataclass(frozen=True)
class LoanLine:
    """One of the patron's loans, as the library system listed it, and what a renewal here did to it."""

    item_id: str
    title: str = ""
    due: dt.date | None = None
    overdue: bool = False
    #: renewal at this kiosk: "" not asked, "pending", "renewed", "refused"
    renewal: str = ""
    reason: str = ""
    message: str = ""


@dataclass(frozen=True)
class HoldLine:
    """A hold waiting for the patron."""

    item_id: str
    title: str = ""
    #: the last day it is kept, when the library system says
    kept_until: dt.date | None = None
    #: where to collect it, in the library system's words, when it says
    pickup: str = ""


@dataclass(frozen=True, repr=False)
class Account:
    """The patron's loans and holds ready for pickup; ``complete`` False when the library system left something out."""

    loans: tuple[LoanLine, ...] = ()
    holds: tuple[HoldLine, ...] = ()
    complete: bool = True

    def __repr__(self) -> str:  # never the items or titles
        return f"Account({len(self.loans)} loans, {len(self.holds)} holds, complete={self.complete})"


@dataclass(frozen=True)
class Config:
    timeout_s: float = 60.0
    warning_s: float = 20.0
    goodbye_s: float = 6.0
    receipt: ReceiptPolicy = ReceiptPolicy.ASK
    #: identification methods offered: "mynumber", "barcode"
    methods: tuple[str, ...] = ("mynumber", "barcode")
    default_language: str = "ja"
    languages: tuple[str, ...] = ("ja", "en")
    #: a library card is followed by its 4-digit password on the same pad (library policy)
    barcode_password: bool = False
    #: services offered after identification besides borrowing (of :data:`SERVICES`: the library's policy and what
    #: its connector can do)
    services: tuple[str, ...] = ()
    #: returns without identification, from the idle screen (library policy)
    return_without_card: bool = False
    #: ask the library system for the holds ready with the patron check (for the notice or the receipt)
    ask_holds: bool = False
    #: after identification, "N reservations are ready for you" and where to collect them
    holds_notice: bool = False
    #: the patron says how many books they put on the pad before the stack is lent
    count_check: bool = False
    #: seconds the pad is given to read the stack before the numbers are compared
    count_settle_s: float = 1.5
    #: the receipt also lists every current loan with its due date
    receipt_all_loans: bool = False
    #: identification methods whose patrons go on to lend offline when the library system cannot be reached
    offline_methods: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------------------------- events


@dataclass(frozen=True)
class CardInserted:
    pass


@dataclass(frozen=True)
class CardRemoved:
    pass


@dataclass(frozen=True)
class CardInspected:
    """Step 1 of authentication: ``reason`` is "pin_needed" when the pad may open, else a refusal code."""

    reason: str
    tries_left: int | None = None
    last_try: bool = False


@dataclass(frozen=True)
class RevocationChecked:
    """The answer of :class:`CheckRevocation`: ``refused`` when the validation service definitely refuses the card
    (``reason`` cert_revoked, cert_unknown), else whatever it said is left to the decision after the signature."""

    refused: bool
    reason: str = ""
    message: str = ""


@dataclass(frozen=True)
class PatronBarcode:
    code: str


@dataclass(frozen=True)
class PinDigit:
    digit: str


@dataclass(frozen=True)
class PinClear:
    pass


@dataclass(frozen=True)
class PinEnter:
    pass


@dataclass(frozen=True)
class Acknowledge:
    """The patron confirmed the screen: "I understand" on the last-try warning, "OK" on a refusal."""


@dataclass(frozen=True)
class Cancel:
    """The patron wants to stop (Cancel on the pad, "End" anywhere)."""


@dataclass(frozen=True)
class AuthFinished:
    """Step 2 of authentication: ``ok`` with the patron, or a refusal code ("pin_wrong" with ``tries_left``)."""

    ok: bool
    reason: str
    tries_left: int | None = None
    patron: Patron | None = None
    message: str = ""


@dataclass(frozen=True)
class PatronChecked:
    """The library system's patron status: ``ok`` or a reason (patron_blocked, patron_expired, too_many, fines…)."""

    ok: bool
    reason: str = "ok"
    message: str = ""
    #: holds waiting for the patron at the library (notice, receipt); None when the library system did not say
    holds_ready: int | None = None
    #: where to collect them, as the library system said (none when it did not)
    holds_pickup: tuple[str, ...] = field(default=(), repr=False)
    #: the library system could not be reached (``reason`` says how); the offline rules decide
    offline: bool = False


@dataclass(frozen=True)
class ItemPresented:
    item_id: str
    source: str = "rfid"  # "rfid" | "barcode"


@dataclass(frozen=True)
class ItemFinished:
    item_id: str
    state: ItemState
    title: str = ""
    due: dt.date | None = None
    reason: str = ""
    message: str = ""


@dataclass(frozen=True)
class ItemReturned:
    """The answer to :class:`Return` (see :class:`ReturnLine`)."""

    item_id: str
    state: ReturnState
    title: str = ""
    reason: str = ""
    message: str = ""
    desk: str = ""
    route: str = ""


@dataclass(frozen=True)
class ServiceChosen:
    """The patron chose a service: "borrow" (back to borrowing), "return", "renew", "account", or "count" (count the
    books waiting on the pad). "return" on the idle screen starts returns without identification (policy)."""

    service: str


@dataclass(frozen=True)
class AccountLoaded:
    """The answer to :class:`FetchAccount`: the account, or None and a reason code."""

    account: Account | None
    reason: str = ""


@dataclass(frozen=True)
class RenewPressed:
    """Renew this loan ("" = every loan not renewed yet)."""

    item_id: str = ""


@dataclass(frozen=True)
class RenewFinished:
    item_id: str
    ok: bool
    due: dt.date | None = None
    reason: str = ""
    message: str = ""


@dataclass(frozen=True)
class CountDigit:
    digit: str


@dataclass(frozen=True)
class CountClear:
    """Clear the number typed (on the retry screen: type the number again)."""


@dataclass(frozen=True)
class CountEnter:
    pass


@dataclass(frozen=True)
class CountRetry:
    """The patron spread the books out: read the pad again and compare."""


@dataclass(frozen=True)
class FinishPressed:
    pass


@dataclass(frozen=True)
class ReceiptChosen:
    want: bool


@dataclass(frozen=True)
class ReceiptDone:
    ok: bool
    reason: str = ""


@dataclass(frozen=True)
class Touch:
    """Any touch or key press: the patron is still there."""


@dataclass(frozen=True)
class Tick:
    """The clock moved (the ``now`` passed to :meth:`Session.handle` is what counts)."""


@dataclass(frozen=True)
class LanguageChosen:
    code: str


Event = (
    CardInserted
    | CardRemoved
    | CardInspected
    | RevocationChecked
    | PatronBarcode
    | PinDigit
    | PinClear
    | PinEnter
    | Acknowledge
    | Cancel
    | AuthFinished
    | PatronChecked
    | ItemPresented
    | ItemFinished
    | FinishPressed
    | ReceiptChosen
    | ReceiptDone
    | Touch
    | Tick
    | LanguageChosen
    | ItemReturned
    | ServiceChosen
    | AccountLoaded
    | RenewPressed
    | RenewFinished
    | CountDigit
    | CountClear
    | CountEnter
    | CountRetry
)

# --------------------------------------------------------------------------------------------------------- effects


@dataclass(frozen=True)
class InspectCard:
    """Select JPKI, read the certificate and the PIN tries without spending one; answer with :class:`CardInspected`."""


@dataclass(frozen=True)
class CheckRevocation:
    """While the patron types the PIN: ask the validation service about the inspected card's certificate; answer
    with :class:`RevocationChecked`. The decision to accept is still taken after the PIN and the signature."""


@dataclass(frozen=True)
class VerifyPin:
    """Finish authentication with this PIN (one VERIFY); answer with :class:`AuthFinished`."""

    pin: str = field(repr=False)


@dataclass(frozen=True)
class ForgetCard:
    """Drop the card connection and whatever was learnt from the card (inspection)."""


@dataclass(frozen=True)
class CheckPatron:
    patron: Patron = field(repr=False)
    #: a barcode patron is looked up by the card number (and its password, when the library asks for one)
    barcode: bool = False
    password: str = field(default="", repr=False)
    #: ask for the holds ready too
    holds: bool = False


@dataclass(frozen=True)
class Lend:
    patron: Patron = field(repr=False)
    item_id: str = field(repr=False)
    source: str = "rfid"


@dataclass(frozen=True)
class Return:
    """Check the item in, then switch its security back on; answer with :class:`ItemReturned`."""

    item_id: str = field(repr=False)
    source: str = "rfid"


@dataclass(frozen=True)
class FetchAccount:
    """Read the patron's loans (and holds ready, with ``holds``); answer with :class:`AccountLoaded`."""

    patron: Patron = field(repr=False)
    holds: bool = True


@dataclass(frozen=True)
class Renew:
    """Renew one loan; answer with :class:`RenewFinished`."""

    patron: Patron = field(repr=False)
    item_id: str = field(repr=False)


@dataclass(frozen=True)
class RescanPad:
    """Have the pad report every item on it again (the count check reads a spread-out stack afresh)."""


@dataclass(frozen=True)
class PrintReceipt:
    items: tuple[ItemLine, ...] = field(repr=False)
    language: str = "ja"
    holds_ready: int | None = field(default=None, repr=False)
    #: set when the receipt also lists every current loan: the account is read first
    patron: Patron | None = field(default=None, repr=False)


@dataclass(frozen=True)
class EndPatronSession:
    patron: Patron = field(repr=False)


@dataclass(frozen=True)
class PlaySound:
    cue: Cue


@dataclass(frozen=True)
class SessionCleared:
    """The patron session is over and wiped; the UI must wipe itself too."""

    why: str


Effect = (
    InspectCard
    | CheckRevocation
    | VerifyPin
    | ForgetCard
    | CheckPatron
    | Lend
    | Return
    | FetchAccount
    | Renew
    | RescanPad
    | PrintReceipt
    | EndPatronSession
    | PlaySound
    | SessionCleared
)


# --------------------------------------------------------------------------------------------------------- view


@dataclass(frozen=True)
class View:
    """What the screens show. Built fresh on every call; holds nothing once the session is cleared."""

    phase: Phase
    language: str
    pin_length: int = 0
    tries_left: int | None = None
    #: the pad shows a warning: one try left
    last_try: bool = False
    #: after a wrong PIN: the pad shows "wrong PIN, n left"
    pin_was_wrong: bool = False
    refusal: str = ""
    refusal_message: str = ""
    items: tuple[ItemLine, ...] = ()
    pending: int = 0
    #: seconds left in the inactivity countdown, or None when no countdown is showing
    countdown: int | None = None
    method: str = ""
    lent_count: int = 0
    #: services offered besides borrowing (of :data:`SERVICES`), shown as buttons on the items screen
    services: tuple[str, ...] = ()
    #: the holds notice (None: not shown) and where to collect them
    holds_ready: int | None = None
    holds_pickup: tuple[str, ...] = ()
    #: the patron was let in while the library system could not be reached (borrowing only)
    offline: bool = False
    returns: tuple[ReturnLine, ...] = ()
    #: RENEW / ACCOUNT: the loans and holds read, and why they could not be read ("" = they were)
    loans: tuple[LoanLine, ...] = ()
    holds: tuple[HoldLine, ...] = ()
    account_complete: bool = True
    account_problem: str = ""
    #: count check: the digits typed; what the pad read (after a mismatch only); books waiting to be counted
    count_entered: str = ""
    count_read: int | None = None
    uncounted: int = 0


# --------------------------------------------------------------------------------------------------------- machine


class Session:
    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.language = self.config.default_language
        self.session_id: str | None = None
        self._reset_fields()
        self.phase = Phase.IDLE

    # ----------------------------------------------------------------- public

    def handle(self, event: Event, now: float) -> list[Effect]:
        """Feed one event at monotonic time ``now`` (seconds); returns the effects to carry out, in order."""
        self._now = now
        fx: list[Effect] = []
        if isinstance(event, Tick):
            self._tick(now, fx)
            return fx
        if isinstance(event, Touch):
            self._activity(now)
            return fx
        handler = getattr(self, f"_on_{type(event).__name__}", None)
        if handler is None:
            raise SessionError(f"unknown event {type(event).__name__}")
        if self._is_patron_input(event):
            self._activity(now)
        handler(event, fx)
        return fx

    @property
    def view(self) -> View:
        countdown = None
        if self._warning_until is not None:
            countdown = max(0, int(round(self._warning_until - self._now + 0.499)))
        account = self._account
        return View(
            phase=self.phase,
            language=self.language,
            pin_length=len(self._pin),
            tries_left=self._tries_left,
            last_try=self._tries_left == 1,
            pin_was_wrong=self._pin_was_wrong,
            refusal=self._refusal,
            refusal_message=self._refusal_message,
            items=tuple(self._items.values()),
            pending=self._pending_count(),
            countdown=countdown,
            method=self._method,
            lent_count=sum(1 for i in self._items.values() if i.state in (ItemState.LENT, ItemState.LENT_OFFLINE)),
            services=self._services(),
            holds_ready=self._holds_ready if self.config.holds_notice and self._patron is not None else None,
            holds_pickup=self._holds_pickup if self.config.holds_notice else (),
            offline=self._offline,
            returns=tuple(self._returns.values()),
            loans=account.loans if account is not None else (),
            holds=account.holds if account is not None else (),
            account_complete=account.complete if account is not None else True,
            account_problem=self._account_problem,
            count_entered="".join(self._count_input),
            count_read=self._count_read,
            uncounted=len(self._uncounted),
        )

    def holds_patron_data(self) -> bool:
        """True while anything of a patron is kept (identity, PIN digits, items, returns, account, refusal texts)."""
        return bool(
            self._patron
            or self._pin
            or self._items
            or self._refusal
            or self._refusal_message
            or self._tries_left is not None
            or self._method
            or self._holds_ready is not None
            or self._holds_pickup
            or self._returns
            or self._account is not None
            or self._account_problem
            or self._uncounted
            or self._count_input
            or self._count_read is not None
        )

    # ----------------------------------------------------------------- internals

    def _reset_fields(self) -> None:
        self._patron: Patron | None = None
        self._method = ""
        self._pin: list[str] = []
        self._tries_left: int | None = None
        self._pin_was_wrong = False
        self._refusal = ""
        self._refusal_message = ""
        self._items: dict[str, ItemLine] = {}
        self._holds_ready: int | None = None
        self._holds_pickup: tuple[str, ...] = ()
        self._offline = False
        self._returns: dict[str, ReturnLine] = {}
        self._account: Account | None = None
        self._account_problem = ""
        self._after_load = Phase.ITEMS
        #: count check: books read and not yet counted (in the order read, with their source), the digits typed,
        #: mismatches so far, what the pad read at the last mismatch, when the comparison is due
        self._uncounted: dict[str, str] = {}
        self._count_input: list[str] = []
        self._count_tries = 0
        self._count_read: int | None = None
        self._count_until: float | None = None
        self._last_activity = 0.0
        self._warning_until: float | None = None
        self._goodbye_until: float | None = None
        self._end_reason = ""
        self._now = getattr(self, "_now", 0.0)

    def _pending_count(self) -> int:
        """Lends, returns and renewals in flight."""
        lends = sum(1 for i in self._items.values() if i.state is ItemState.PENDING)
        returns = sum(1 for r in self._returns.values() if r.state is ReturnState.PENDING)
        renewals = sum(1 for ln in self._account.loans if ln.renewal == "pending") if self._account is not None else 0
        return lends + returns + renewals

    def _services(self) -> tuple[str, ...]:
        if self._patron is None or self._offline:
            return ()
        return tuple(sv for sv in SERVICES if sv in self.config.services)

    @staticmethod
    def _is_patron_input(event: Event) -> bool:
        return isinstance(
            event,
            CardInserted
            | PatronBarcode
            | PinDigit
            | PinClear
            | PinEnter
            | Acknowledge
            | Cancel
            | ItemPresented
            | FinishPressed
            | ReceiptChosen
            | LanguageChosen
            | ServiceChosen
            | RenewPressed
            | CountDigit
            | CountClear
            | CountEnter
            | CountRetry,
        )

    def _activity(self, now: float) -> None:
        self._last_activity = now
        self._warning_until = None

    def _start(self, method: str) -> None:
        self.session_id = eventlog.new_session_id()
        self._method = method
        self._last_activity = self._now
        eventlog.event(_log, "session.start", method=method)

    def _go(self, phase: Phase) -> None:
        self.phase = phase
        self._last_activity = self._now
        self._warning_until = None

    def _refuse(self, reason: str, fx: list[Effect], message: str = "") -> None:
        self._refusal = reason
        self._refusal_message = message
        self._pin.clear()
        self._go(Phase.REFUSED)
        fx.append(PlaySound(Cue.REFUSED))
        eventlog.event(_log, "session.refused", reason=reason)

    def _tick(self, now: float, fx: list[Effect]) -> None:
        if self.phase is Phase.GOODBYE:
            if self._goodbye_until is not None and now >= self._goodbye_until:
                self._clear("finished", fx)
            return
        if self.phase is Phase.COUNT_CHECK:
            if self._count_until is not None and now >= self._count_until:
                self._compare_count(fx)
            return
        if self.phase not in _INTERACTIVE:
            return
        if self.phase in _SERVICE_HOME and self._pending_count():
            # the kiosk is working for the patron; the clock does not run against them
            self._last_activity = now
            return
        if self._warning_until is None:
            if now - self._last_activity >= self.config.timeout_s:
                self._warning_until = now + self.config.warning_s
                fx.append(PlaySound(Cue.WARNING))
                eventlog.event(_log, "session.inactivity_warning")
        elif now >= self._warning_until:
            eventlog.event(_log, "session.timeout", phase=self.phase.value)
            self._end("timeout", fx)

    def _end(self, why: str, fx: list[Effect]) -> None:
        """End the patron session: wait for lends, returns and renewals in flight, then tell the library system and
        wipe."""
        self._pin.clear()
        self._end_reason = why
        if self._pending_count():
            self._go(Phase.ENDING)
            return
        self._clear(why, fx)

    def _settled(self, fx: list[Effect]) -> None:
        """An answer came: when the session was ending and nothing is in flight any more, it ends now."""
        if self.phase is Phase.ENDING and not self._pending_count():
            self._clear(self._end_reason or "ended", fx)

    def _clear(self, why: str, fx: list[Effect]) -> None:
        if self._patron is not None:
            fx.append(EndPatronSession(self._patron))
        if self._method == "mynumber":
            fx.append(ForgetCard())
        eventlog.event(_log, "session.end", why=why, items=len(self._items), returns=len(self._returns))
        self._reset_fields()
        self.language = self.config.default_language
        self.phase = Phase.IDLE
        self.session_id = None
        eventlog.end_session()
        fx.append(SessionCleared(why))

    def _goodbye(self, fx: list[Effect]) -> None:
        """Finished normally: end at the library system now, keep only the goodbye screen for a moment."""
        if self._patron is not None:
            fx.append(EndPatronSession(self._patron))
        if self._method == "mynumber":
            fx.append(ForgetCard())
        now, language = self._now, self.language
        self._reset_fields()  # every patron datum goes now; only the goodbye screen stays
        self._now, self.language = now, language
        self._go(Phase.GOODBYE)
        self._goodbye_until = self._now + self.config.goodbye_s

    def _leave_service(self) -> None:
        """Leaving the account or the loans: what was read goes."""
        self._account = None
        self._account_problem = ""

    def _lent(self) -> tuple[ItemLine, ...]:
        return tuple(i for i in self._items.values() if i.state in (ItemState.LENT, ItemState.LENT_OFFLINE))

    def _finish(self, fx: list[Effect]) -> None:
        """Finish from any service: a receipt for what was lent (by the receipt policy), then goodbye."""
        if self._pending_count():
            return
        self._leave_service()
        lent = self._lent()
        policy = self.config.receipt
        if self._patron is None or not lent or policy is ReceiptPolicy.NEVER:
            self._goodbye(fx)
        elif policy is ReceiptPolicy.ALWAYS:
            self._print(lent, fx)
        else:
            self._go(Phase.RECEIPT)

    def _print(self, lent: tuple[ItemLine, ...], fx: list[Effect]) -> None:
        self._go(Phase.PRINTING)
        everything = self._patron if self.config.receipt_all_loans and not self._offline else None
        fx.append(PrintReceipt(lent, self.language, self._holds_ready, everything))

    # ----------------------------------------------------------------- handlers

    def _on_LanguageChosen(self, ev: LanguageChosen, fx: list[Effect]) -> None:
        if ev.code in self.config.languages:
            self.language = ev.code

    def _on_CardInserted(self, ev: CardInserted, fx: list[Effect]) -> None:
        if self.phase is Phase.GOODBYE:
            self._clear("next_patron", fx)
        if self.phase is not Phase.IDLE or "mynumber" not in self.config.methods:
            return
        self._start("mynumber")
        self._go(Phase.READING)
        fx.append(InspectCard())

    def _on_CardRemoved(self, ev: CardRemoved, fx: list[Effect]) -> None:
        if self._method != "mynumber":
            return
        if self.phase in _CARD_NEEDED:
            eventlog.event(_log, "session.card_removed", phase=self.phase.value)
            self._end("card_removed", fx)
        elif self.phase is Phase.REFUSED:
            self._end("card_removed", fx)

    def _on_CardInspected(self, ev: CardInspected, fx: list[Effect]) -> None:
        if self.phase is not Phase.READING:
            return
        self._tries_left = ev.tries_left
        fx.append(PlaySound(Cue.READ))
        if ev.reason != "pin_needed":
            self._refuse(ev.reason, fx)
            return
        if ev.tries_left is not None and ev.tries_left <= 0:
            self._refuse("pin_blocked", fx)
            return
        if ev.last_try or ev.tries_left == 1:
            self._tries_left = 1
            self._go(Phase.LAST_TRY)
            fx.append(PlaySound(Cue.WARNING))
        else:
            self._go(Phase.PIN)
        fx.append(CheckRevocation())

    def _on_RevocationChecked(self, ev: RevocationChecked, fx: list[Effect]) -> None:
        # once the PIN was sent the card's answer decides (it waits for this check); before, a card that no PIN can
        # help is refused now: its revocation is public, and the patron is spared a PIN try
        if ev.refused and self._method == "mynumber" and self.phase in (Phase.LAST_TRY, Phase.PIN):
            self._refuse(ev.reason or "cert_revoked", fx, ev.message)

    def _on_PatronBarcode(self, ev: PatronBarcode, fx: list[Effect]) -> None:
        if self.phase is Phase.GOODBYE:
            self._clear("next_patron", fx)
        if self.phase is not Phase.IDLE or "barcode" not in self.config.methods:
            return
        code = ev.code.strip()
        if not code or len(code) > 64 or not code.isprintable():
            return
        self._start("barcode")
        self._patron = Patron("barcode", code)
        fx.append(PlaySound(Cue.READ))
        if self.config.barcode_password:
            self._go(Phase.PIN)  # the card's password on the same pad; nothing is checked before Enter
            return
        self._go(Phase.CHECKING)
        fx.append(CheckPatron(self._patron, barcode=True, holds=self.config.ask_holds))

    def _on_PinDigit(self, ev: PinDigit, fx: list[Effect]) -> None:
        if self.phase is not Phase.PIN:
            return
        if len(ev.digit) == 1 and ev.digit in "0123456789" and len(self._pin) < PIN_LENGTH:
            self._pin.append(ev.digit)

    def _on_PinClear(self, ev: PinClear, fx: list[Effect]) -> None:
        if self.phase is Phase.PIN:
            self._pin.clear()

    def _on_PinEnter(self, ev: PinEnter, fx: list[Effect]) -> None:
        if self.phase is not Phase.PIN or len(self._pin) != PIN_LENGTH:
            return
        pin = "".join(self._pin)
        self._pin.clear()
        self._pin_was_wrong = False
        if self._method == "barcode" and self._patron is not None:
            self._go(Phase.CHECKING)
            fx.append(CheckPatron(self._patron, barcode=True, password=pin, holds=self.config.ask_holds))
            return
        self._go(Phase.VERIFYING)
        fx.append(VerifyPin(pin))

    def _on_Acknowledge(self, ev: Acknowledge, fx: list[Effect]) -> None:
        if self.phase is Phase.LAST_TRY:
            self._go(Phase.PIN)
        elif self.phase is Phase.REFUSED:
            self._end("refused", fx)
        elif self.phase is Phase.GOODBYE:
            self._clear("finished", fx)

    def _on_Cancel(self, ev: Cancel, fx: list[Effect]) -> None:
        if self.phase in (Phase.LAST_TRY, Phase.PIN, Phase.REFUSED, Phase.RECEIPT):
            if self.phase is Phase.RECEIPT:
                self._goodbye(fx)
                return
            self._end("cancelled", fx)
        elif self.phase is Phase.ITEMS:
            self._on_FinishPressed(FinishPressed(), fx)
        elif self.phase in (Phase.RETURNS, Phase.RENEW, Phase.ACCOUNT, Phase.LOADING, Phase.COUNT, Phase.COUNT_RETRY):
            if self._patron is None:
                self._finish(fx)  # returns without a card: Cancel is Finish
            else:
                self._on_ServiceChosen(ServiceChosen("borrow"), fx)

    def _on_AuthFinished(self, ev: AuthFinished, fx: list[Effect]) -> None:
        if self.phase is not Phase.VERIFYING:
            return
        if ev.ok and ev.patron is not None:
            self._patron = ev.patron
            self._tries_left = None
            self._go(Phase.CHECKING)
            fx.append(CheckPatron(ev.patron, holds=self.config.ask_holds))
            return
        if ev.reason == "pin_wrong" and ev.tries_left is not None and ev.tries_left > 0:
            self._tries_left = ev.tries_left
            self._pin_was_wrong = True
            fx.append(PlaySound(Cue.WARNING))
            eventlog.event(_log, "session.pin_wrong", tries_left=ev.tries_left)
            self._go(Phase.LAST_TRY if ev.tries_left == 1 else Phase.PIN)
            return
        if ev.reason == "pin_wrong":  # no try left
            self._tries_left = 0
            self._refuse("pin_blocked", fx)
            return
        self._refuse(ev.reason or "auth_failed", fx, ev.message)

    def _on_PatronChecked(self, ev: PatronChecked, fx: list[Effect]) -> None:
        if self.phase is not Phase.CHECKING:
            return
        if ev.ok:
            self._holds_ready = ev.holds_ready
            self._holds_pickup = ev.holds_pickup if ev.holds_ready else ()
            self._go(Phase.ITEMS)
            return
        if ev.offline:
            eventlog.event(_log, "session.library_unavailable", reason=ev.reason, method=self._method)
            if self._method in self.config.offline_methods:
                # the offline rules let this patron borrow unchecked; the journal and its limits take over
                self._offline = True
                self._go(Phase.ITEMS)
                return
            self._refuse("library_unavailable", fx)
            return
        self._refuse(ev.reason or "patron_refused", fx, ev.message)

    # ----------------------------------------------------------------- borrowing

    def _on_ItemPresented(self, ev: ItemPresented, fx: list[Effect]) -> None:
        item_id = ev.item_id.strip()
        if not item_id or len(item_id) > 64 or not item_id.isprintable():
            return
        if self.phase is Phase.RETURNS:
            self._present_return(item_id, ev.source, fx)
            return
        if self.phase not in _BORROWING or self._patron is None:
            return
        if item_id in self._returns or item_id in self._uncounted:
            return  # returned in this session: the pad does not lend it again; waiting to be counted
        known = self._items.get(item_id)
        if known is not None and known.state is not ItemState.REFUSED:
            return  # the pad reports the same tag again and again; lend once
        if known is not None and ev.source == "rfid":
            return  # a refused tag still on the pad is not a new attempt; a deliberate scan is
        if self.config.count_check and ev.source == "rfid":
            self._uncounted[item_id] = ev.source
            if self.phase is Phase.ITEMS:
                self._count_input.clear()
                self._go(Phase.COUNT)
            return
        self._lend(item_id, ev.source, fx)

    def _lend(self, item_id: str, source: str, fx: list[Effect]) -> None:
        assert self._patron is not None
        self._items[item_id] = ItemLine(item_id, ItemState.PENDING)
        fx.append(Lend(self._patron, item_id, source))

    def _on_ItemFinished(self, ev: ItemFinished, fx: list[Effect]) -> None:
        if ev.item_id not in self._items or self._items[ev.item_id].state is not ItemState.PENDING:
            return
        if ev.state is ItemState.PENDING:
            raise SessionError("an item cannot finish as pending")
        self._items[ev.item_id] = ItemLine(ev.item_id, ev.state, ev.title, ev.due, ev.reason, ev.message)
        fx.append(PlaySound(Cue.REFUSED if ev.state is ItemState.REFUSED else Cue.LENT))
        eventlog.event(_log, "session.item", result=ev.state.value, reason=ev.reason or None)
        self._settled(fx)

    def _on_FinishPressed(self, ev: FinishPressed, fx: list[Effect]) -> None:
        if self.phase not in _SERVICE_HOME | {Phase.COUNT, Phase.COUNT_RETRY}:
            return
        self._finish(fx)

    def _on_ReceiptChosen(self, ev: ReceiptChosen, fx: list[Effect]) -> None:
        if self.phase is not Phase.RECEIPT:
            return
        if not ev.want:
            self._goodbye(fx)
            return
        self._print(self._lent(), fx)

    def _on_ReceiptDone(self, ev: ReceiptDone, fx: list[Effect]) -> None:
        if self.phase is not Phase.PRINTING:
            return
        if not ev.ok:
            eventlog.event(_log, "session.receipt_failed", reason=ev.reason)
        self._goodbye(fx)

    # ----------------------------------------------------------------- the services

    def _on_ServiceChosen(self, ev: ServiceChosen, fx: list[Effect]) -> None:
        name = ev.service
        if self.phase in (Phase.IDLE, Phase.GOODBYE):
            if name == "return" and self.config.return_without_card:
                if self.phase is Phase.GOODBYE:
                    self._clear("next_patron", fx)
                self._start("anonymous")
                self._go(Phase.RETURNS)
            return
        if self._patron is None:
            return
        if self.phase is Phase.RENEW and self._pending_count():
            return  # a renewal in flight: its answer is shown before the patron leaves
        if name == "borrow" and self.phase in _SERVICE_HOME | {Phase.LOADING, Phase.COUNT, Phase.COUNT_RETRY}:
            self._leave_service()
            self._count_input.clear()
            self._go(Phase.ITEMS)
        elif name == "count" and self.phase is Phase.ITEMS and self._uncounted:
            self._count_input.clear()
            self._go(Phase.COUNT)
        elif name in self._services() and self.phase in _SERVICE_HOME:
            self._leave_service()
            if name == "return":
                self._go(Phase.RETURNS)
            else:
                self._after_load = Phase.RENEW if name == "renew" else Phase.ACCOUNT
                self._go(Phase.LOADING)
                fx.append(FetchAccount(self._patron, holds=name == "account"))

    def _present_return(self, item_id: str, source: str, fx: list[Effect]) -> None:
        lent_here = self._items.get(item_id)
        if lent_here is not None and lent_here.state is not ItemState.REFUSED:
            return  # lent (or being lent) in this session: the pad does not take it back
        known = self._returns.get(item_id)
        if known is not None and (known.state is not ReturnState.REFUSED or source == "rfid"):
            return  # reported again by the pad; a deliberate scan of a refused one tries again
        self._returns[item_id] = ReturnLine(item_id, ReturnState.PENDING)
        fx.append(Return(item_id, source))

    def _on_ItemReturned(self, ev: ItemReturned, fx: list[Effect]) -> None:
        line = self._returns.get(ev.item_id)
        if line is None or line.state is not ReturnState.PENDING:
            return
        if ev.state is ReturnState.PENDING:
            raise SessionError("a return cannot finish as pending")
        self._returns[ev.item_id] = ReturnLine(ev.item_id, ev.state, ev.title, ev.reason, ev.message, ev.desk,
                                               ev.route)  # fmt: skip
        cue = {ReturnState.RETURNED: Cue.LENT, ReturnState.DESK: Cue.WARNING}.get(ev.state, Cue.REFUSED)
        fx.append(PlaySound(cue))
        eventlog.event(_log, "session.return", result=ev.state.value, reason=ev.reason or None, desk=ev.desk or None)
        self._settled(fx)

    def _on_AccountLoaded(self, ev: AccountLoaded, fx: list[Effect]) -> None:
        if self.phase is not Phase.LOADING:
            return  # the patron went back meanwhile: what was read is not kept
        if ev.account is None:
            self._account = Account(complete=False)
            self._account_problem = ev.reason or "account_unavailable"
        else:
            self._account = ev.account
        self._go(self._after_load)

    def _on_RenewPressed(self, ev: RenewPressed, fx: list[Effect]) -> None:
        if self.phase is not Phase.RENEW or self._account is None or self._patron is None:
            return
        loans = list(self._account.loans)
        for n, loan in enumerate(loans):
            wanted = loan.item_id == ev.item_id if ev.item_id else loan.renewal == ""
            if wanted and loan.renewal in ("", "refused"):
                loans[n] = LoanLine(loan.item_id, loan.title, loan.due, loan.overdue, "pending")
                fx.append(Renew(self._patron, loan.item_id))
        self._account = Account(tuple(loans), self._account.holds, self._account.complete)

    def _on_RenewFinished(self, ev: RenewFinished, fx: list[Effect]) -> None:
        if self._account is None:
            return
        loans = list(self._account.loans)
        for n, loan in enumerate(loans):
            if loan.item_id == ev.item_id and loan.renewal == "pending":
                if ev.ok:
                    loans[n] = LoanLine(loan.item_id, loan.title, ev.due or loan.due, False, "renewed")
                else:
                    loans[n] = LoanLine(loan.item_id, loan.title, loan.due, loan.overdue, "refused", ev.reason,
                                        ev.message)  # fmt: skip
                fx.append(PlaySound(Cue.LENT if ev.ok else Cue.REFUSED))
                eventlog.event(_log, "session.renew", result="ok" if ev.ok else ev.reason or "refused")
        self._account = Account(tuple(loans), self._account.holds, self._account.complete)
        self._settled(fx)

    # ----------------------------------------------------------------- count check

    def _on_CountDigit(self, ev: CountDigit, fx: list[Effect]) -> None:
        if self.phase is Phase.COUNT and len(ev.digit) == 1 and ev.digit in "0123456789" and len(self._count_input) < 2:
            self._count_input.append(ev.digit)

    def _on_CountClear(self, ev: CountClear, fx: list[Effect]) -> None:
        if self.phase in (Phase.COUNT, Phase.COUNT_RETRY):
            self._count_input.clear()
            self._go(Phase.COUNT)

    def _on_CountEnter(self, ev: CountEnter, fx: list[Effect]) -> None:
        if self.phase is not Phase.COUNT or not self._count_input or int("".join(self._count_input)) == 0:
            return
        self._go(Phase.COUNT_CHECK)
        self._count_until = self._now + self.config.count_settle_s

    def _on_CountRetry(self, ev: CountRetry, fx: list[Effect]) -> None:
        if self.phase is not Phase.COUNT_RETRY:
            return
        self._uncounted.clear()  # the spread-out stack is read afresh
        fx.append(RescanPad())
        self._go(Phase.COUNT_CHECK)
        self._count_until = self._now + self.config.count_settle_s

    def _compare_count(self, fx: list[Effect]) -> None:
        said, read = int("".join(self._count_input) or "0"), len(self._uncounted)
        self._count_until = None
        if said == read:
            eventlog.event(_log, "session.count_check", result="match", books=read, attempt=self._count_tries + 1)
            waiting = list(self._uncounted.items())
            self._uncounted.clear()
            self._count_input.clear()
            self._count_tries, self._count_read = 0, None
            self._go(Phase.ITEMS)
            for item_id, source in waiting:
                self._lend(item_id, source, fx)
            return
        self._count_tries += 1
        self._count_read = read
        eventlog.event(_log, "session.count_check", result="mismatch", said=said, read=read, attempt=self._count_tries)
        if self._count_tries >= 2:
            self._uncounted.clear()
            self._refuse("count_mismatch", fx)
            return
        fx.append(PlaySound(Cue.WARNING))
        self._go(Phase.COUNT_RETRY)
