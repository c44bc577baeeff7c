"""The patron session: a pure state machine (events in → state + effects out).

Nothing here touches a device, a socket, a file or Qt. The application feeds :meth:`Session.handle` with
events (a card was placed, a PIN key was pressed, the library system answered, a clock tick) and carries out the
effects it returns (inspect the card, verify this PIN, lend this item, print, end the patron session at the library
system, play a sound). The screens render :attr:`Session.view`, a snapshot that holds only what the patron may see.

The flow (DESIGN.md "The patron flow")::

    IDLE ─card─► READING ─tries ok─► PIN ─Enter─► VERIFYING ─ok─► CHECKING ─ok─► ITEMS ─Finish─► RECEIPT/PRINTING
      │                 └─1 try left─► LAST_TRY ─I understand─► PIN                                   │
      └─barcode─► CHECKING                                                                          GOODBYE ─► IDLE
    any refusal ─► REFUSED ─OK / timeout / card removed─► IDLE

Rules the machine enforces:

- The PIN pad opens only after the tries were read; with one try left the patron is warned first and must say so.
- A wrong PIN goes back to the pad with what is left. The machine never sends a VERIFY by itself.
- A blocked PIN (0 tries) is a refusal that sends the patron to the city office; no pad opens again.
- Removing the card before identification is complete ends the session.
- Inactivity: after ``timeout_s`` without a touch a countdown of ``warning_s`` seconds shows, then the session ends.
  While the kiosk itself is busy (verifying, checking, lending, printing) the clock does not run against the patron.
- Ending always waits until no lend is in flight, emits :class:`EndPatronSession` when a patron was identified, and
  wipes every patron datum from the machine (:meth:`Session.holds_patron_data` is then false).
- Items that lay on the pad when the session started (the pad reports them as ``rfid_held``: a book the last patron
  left, or one put down before the card) are not the patron's: they are set aside and shown as a number, until they
  are lifted and placed again (``rfid``) or the patron says they are theirs (:class:`ConfirmHeld`).
- An item lent in this session stays one row, as lent, whatever the pad or the scanner reports about it again.
- What was not lent is said at the end: the goodbye carries how many items were not lent (the summary says what to
  do with them), and the goodbye of a session that lent nothing never wishes a good read.
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


#: phases in which the patron is expected to act (the inactivity clock runs)
_INTERACTIVE = {Phase.LAST_TRY, Phase.PIN, Phase.ITEMS, Phase.RECEIPT, Phase.REFUSED}
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
    #: holds waiting for the patron at the library (for the receipt); None when the library system did not say
    holds_ready: int | None = None


@dataclass(frozen=True)
class ItemPresented:
    item_id: str
    #: "rfid" (placed on the pad), "barcode" (scanned), "rfid_held" (it lay on the pad when the session started),
    #: "rfid_gone" (a held item left the pad), "patron_card" (a scan the scanner took for a library card)
    source: str = "rfid"
    #: the title the tag carries, if any (shown while the item is checked, and kept when the library gives none)
    title: str = field(default="", repr=False)


@dataclass(frozen=True)
class ConfirmHeld:
    """The patron says the items that lay on the pad when the session started are theirs: lend them."""


@dataclass(frozen=True)
class HoldsCounted:
    """A fresh count of the patron's holds waiting for pickup (after a loan, which may have been one of them)."""

    holds_ready: int | None


@dataclass(frozen=True)
class ItemFinished:
    item_id: str
    state: ItemState
    title: str = ""
    due: dt.date | None = None
    reason: str = ""
    message: str = ""


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
    | PatronBarcode
    | PinDigit
    | PinClear
    | PinEnter
    | Acknowledge
    | Cancel
    | AuthFinished
    | PatronChecked
    | ItemPresented
    | ConfirmHeld
    | HoldsCounted
    | ItemFinished
    | FinishPressed
    | ReceiptChosen
    | ReceiptDone
    | Touch
    | Tick
    | LanguageChosen
)

# --------------------------------------------------------------------------------------------------------- effects


@dataclass(frozen=True)
class InspectCard:
    """Select JPKI, read the certificate and the PIN tries without spending one; answer with :class:`CardInspected`."""


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


@dataclass(frozen=True)
class Lend:
    patron: Patron = field(repr=False)
    item_id: str = field(repr=False)
    source: str = "rfid"


@dataclass(frozen=True)
class CountHolds:
    """Ask the library system how many holds wait for the patron now; answer with :class:`HoldsCounted`."""

    patron: Patron = field(repr=False)


@dataclass(frozen=True)
class PrintReceipt:
    items: tuple[ItemLine, ...] = field(repr=False)
    language: str = "ja"
    holds_ready: int | None = field(default=None, repr=False)


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
    | VerifyPin
    | ForgetCard
    | CheckPatron
    | Lend
    | CountHolds
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
    #: items not lent in this session (on the goodbye too, after the items are gone)
    not_lent: int = 0
    #: items that lay on the pad when the session started, set aside until the patron says they are theirs
    held: int = 0
    #: holds waiting for the patron at the library, as last counted (None: the library system did not say)
    holds_ready: int | None = None
    #: a short note for the items screen ("library_card": a library card was scanned while lending), or ""
    notice: str = ""


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
            lent_count=(self._summary or self._tally())[0],
            not_lent=(self._summary or self._tally())[1],
            held=len(self._held),
            holds_ready=self._holds_ready,
            notice=self._notice,
        )

    def holds_patron_data(self) -> bool:
        """True while anything of a patron is kept (identity, PIN digits, items, refusal texts)."""
        return bool(
            self._patron
            or self._pin
            or self._items
            or self._refusal
            or self._refusal_message
            or self._tries_left is not None
            or self._method
            or self._holds_ready is not None
            or self._held
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
        #: item → title of the items that lay on the pad when the session started
        self._held: dict[str, str] = {}
        self._holds_ready: int | None = None
        self._notice = ""
        #: (lent, not lent) when the items were let go at the goodbye
        self._summary: tuple[int, int] | None = None
        self._last_activity = 0.0
        self._warning_until: float | None = None
        self._goodbye_until: float | None = None
        self._end_reason = ""
        self._now = getattr(self, "_now", 0.0)

    def _pending_count(self) -> int:
        return sum(1 for i in self._items.values() if i.state is ItemState.PENDING)

    def _tally(self) -> tuple[int, int]:
        """(lent, not lent) among this session's items."""
        lent = sum(1 for i in self._items.values() if i.state in (ItemState.LENT, ItemState.LENT_OFFLINE))
        return lent, sum(1 for i in self._items.values() if i.state is ItemState.REFUSED)

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
            | ConfirmHeld
            | FinishPressed
            | ReceiptChosen
            | LanguageChosen,
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
        if self.phase not in _INTERACTIVE:
            return
        if self.phase is Phase.ITEMS and self._pending_count():
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
        """End the patron session: wait for lends in flight, then tell the library system and wipe."""
        self._pin.clear()
        self._end_reason = why
        if self._pending_count():
            self._go(Phase.ENDING)
            return
        self._clear(why, fx)

    def _clear(self, why: str, fx: list[Effect]) -> None:
        if self._patron is not None:
            fx.append(EndPatronSession(self._patron))
        if self._method == "mynumber":
            fx.append(ForgetCard())
        lent, not_lent = self._summary if self._summary is not None else self._tally()
        eventlog.event(_log, "session.end", why=why, items=lent + not_lent, lent=lent)
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
            self._patron = None
        if self._method == "mynumber":
            fx.append(ForgetCard())
        self._summary = self._tally()
        self._items.clear()
        self._held.clear()
        self._notice = ""
        self._pin.clear()
        self._tries_left = None
        self._refusal = self._refusal_message = ""
        self._method = ""
        self._holds_ready = None
        self._go(Phase.GOODBYE)
        # what was not lent is said on the goodbye: longer to read
        self._goodbye_until = self._now + self.config.goodbye_s * (2 if self._summary[1] else 1)

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
        fx.append(CheckPatron(self._patron, barcode=True))

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
            fx.append(CheckPatron(self._patron, barcode=True, password=pin))
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

    def _on_AuthFinished(self, ev: AuthFinished, fx: list[Effect]) -> None:
        if self.phase is not Phase.VERIFYING:
            return
        if ev.ok and ev.patron is not None:
            self._patron = ev.patron
            self._tries_left = None
            self._go(Phase.CHECKING)
            fx.append(CheckPatron(ev.patron))
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
        # the card's own sentence (a verdict in Japanese) is not shown: the refusal screen says it in the
        # patron's language
        self._refuse(ev.reason or "auth_failed", fx)

    def _on_PatronChecked(self, ev: PatronChecked, fx: list[Effect]) -> None:
        if self.phase is not Phase.CHECKING:
            return
        if ev.ok:
            self._holds_ready = ev.holds_ready
            self._go(Phase.ITEMS)
            return
        self._refuse(ev.reason or "patron_refused", fx, ev.message)

    def _on_ItemPresented(self, ev: ItemPresented, fx: list[Effect]) -> None:
        if self.phase is not Phase.ITEMS or self._patron is None:
            return
        item_id = ev.item_id.strip()
        if not item_id or len(item_id) > 64 or not item_id.isprintable():
            return
        title = ev.title if ev.title.isprintable() and len(ev.title) <= 200 else ""
        known = self._items.get(item_id)
        if ev.source == "rfid_gone":
            self._held.pop(item_id, None)
            return
        if ev.source == "patron_card" or (ev.source == "barcode" and item_id == self._patron.number):
            self._notice = "library_card"  # the patron's card again, or another card: not a book
            return
        self._notice = ""
        if ev.source == "rfid_held":
            if known is None:
                self._held[item_id] = title  # not theirs until placed again or confirmed
            return
        held_title = self._held.pop(item_id, "")  # lifted and placed again: now the patron's
        title = title or held_title
        if known is not None and known.state is not ItemState.REFUSED:
            return  # the pad reports the same tag again and again; lend once
        if known is not None and ev.source == "rfid" and known.reason != "tag_not_on_pad":
            return  # a refused tag still on the pad is not a new attempt; a deliberate scan is, and so is a
            # scanned book put on the pad as it was asked to be
        self._lend(item_id, title or (known.title if known else ""), ev.source, fx)

    def _lend(self, item_id: str, title: str, source: str, fx: list[Effect]) -> None:
        assert self._patron is not None
        self._items[item_id] = ItemLine(item_id, ItemState.PENDING, title)
        fx.append(Lend(self._patron, item_id, source))

    def _on_ConfirmHeld(self, ev: ConfirmHeld, fx: list[Effect]) -> None:
        if self.phase is not Phase.ITEMS or self._patron is None:
            return
        held, self._held = self._held, {}
        for item_id, title in held.items():
            if item_id not in self._items:
                self._lend(item_id, title, "rfid", fx)

    def _on_HoldsCounted(self, ev: HoldsCounted, fx: list[Effect]) -> None:
        if self._patron is not None and ev.holds_ready is not None:
            self._holds_ready = max(0, ev.holds_ready)

    def _on_ItemFinished(self, ev: ItemFinished, fx: list[Effect]) -> None:
        if ev.item_id not in self._items or self._items[ev.item_id].state is not ItemState.PENDING:
            return
        if ev.state is ItemState.PENDING:
            raise SessionError("an item cannot finish as pending")
        title = ev.title or self._items[ev.item_id].title  # the tag's title when the library gave none (offline)
        self._items[ev.item_id] = ItemLine(ev.item_id, ev.state, title, ev.due, ev.reason, ev.message)
        fx.append(PlaySound(Cue.REFUSED if ev.state is ItemState.REFUSED else Cue.LENT))
        if ev.state is ItemState.LENT and self._holds_ready and self._patron is not None:
            fx.append(CountHolds(self._patron))  # it may have been one of the holds: the count shown stays true
        eventlog.event(_log, "session.item", result=ev.state.value, reason=ev.reason or None)
        if self.phase is Phase.ENDING and not self._pending_count():
            self._clear(self._end_reason or "ended", fx)

    def _on_FinishPressed(self, ev: FinishPressed, fx: list[Effect]) -> None:
        if self.phase is not Phase.ITEMS or self._pending_count():
            return
        lent = tuple(i for i in self._items.values() if i.state in (ItemState.LENT, ItemState.LENT_OFFLINE))
        policy = self.config.receipt
        if not lent or policy is ReceiptPolicy.NEVER:
            self._goodbye(fx)
        elif policy is ReceiptPolicy.ALWAYS:
            self._go(Phase.PRINTING)
            fx.append(PrintReceipt(lent, self.language, self._holds_ready))
        else:
            self._go(Phase.RECEIPT)

    def _on_ReceiptChosen(self, ev: ReceiptChosen, fx: list[Effect]) -> None:
        if self.phase is not Phase.RECEIPT:
            return
        if not ev.want:
            self._goodbye(fx)
            return
        lent = tuple(i for i in self._items.values() if i.state in (ItemState.LENT, ItemState.LENT_OFFLINE))
        self._go(Phase.PRINTING)
        fx.append(PrintReceipt(lent, self.language, self._holds_ready))

    def _on_ReceiptDone(self, ev: ReceiptDone, fx: list[Effect]) -> None:
        if self.phase is not Phase.PRINTING:
            return
        if not ev.ok:
            eventlog.event(_log, "session.receipt_failed", reason=ev.reason)
        self._goodbye(fx)
