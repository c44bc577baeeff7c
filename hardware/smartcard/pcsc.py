"""The PC/SC edge: readers, card presence events, and one exclusive card connection (pyscard).

All the JPKI logic is in :mod:`hardware.smartcard.jpki`; this module only moves bytes and turns pyscard's
exceptions into the typed :class:`~hardware.smartcard.jpki.CardError` family. Calls block: run them in a worker
thread, never on the Qt event loop.

Every call that reaches the card has a deadline. pyscard's calls block inside pcscd until the card answers, and
pcscd's client library cannot cancel a transmit, so each connection makes its calls on a thread of its own
(:class:`_CardThread`) and the caller stops waiting at the deadline (:class:`jpki.CardTimeout`). The connection is
then given up: nothing more is sent on it, and its closing (power off, release) waits on that thread until the card
answers after all or is lifted. Until then pcscd keeps the reader for it, as the connection is exclusive:
:func:`held_readers` says which, for the device view, and a new connection waits for them a little.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

import eventlog
from hardware.smartcard import jpki

_log = logging.getLogger("hardware.smartcard")

R = TypeVar("R")

#: the longest one card command may take by default: a real card signs in about a second ([card].command_timeout_s)
COMMAND_TIMEOUT_S = 5.0


#: pyscard's modules import each other in a cycle, so two threads importing them at once can see a half-made module
#: (ImportError in a card watcher that raced a reader listing): they are imported once, under this lock
_pyscard_lock = threading.Lock()


class _Pyscard(NamedTuple):
    Exceptions: Any
    System: Any
    scard: Any
    CardConnection: Any
    PCSCExceptions: Any
    PCSCReader: Any


_pyscard_modules: _Pyscard | None = None


def _pyscard() -> _Pyscard:
    """pyscard's modules, imported on first use."""
    global _pyscard_modules
    with _pyscard_lock:
        if _pyscard_modules is None:
            # lazily: the sans-I/O parts and the emulator run where pyscard is not installed
            from smartcard import Exceptions, System, scard
            from smartcard.CardConnection import CardConnection
            from smartcard.pcsc import PCSCExceptions
            from smartcard.pcsc.PCSCReader import PCSCReader

            _pyscard_modules = _Pyscard(Exceptions, System, scard, CardConnection, PCSCExceptions, PCSCReader)
        return _pyscard_modules


def _system_readers() -> list:  # type: ignore[type-arg]
    """The readers pcscd reports. pyscard raises its PC/SC-level errors from ``smartcard.pcsc.PCSCExceptions``
    (not ``smartcard.Exceptions``): no pcscd is :class:`jpki.NoReader`; a failed listing is no readers."""
    ps = _pyscard()
    Exceptions, System, PCSCExceptions = ps.Exceptions, ps.System, ps.PCSCExceptions
    try:
        return list(System.readers())
    except PCSCExceptions.EstablishContextException:
        raise jpki.NoReader("the PC/SC service (pcscd) is not running") from None
    except (PCSCExceptions.ListReadersException, Exceptions.ListReadersException):
        return []


def list_readers() -> list[str]:
    return [str(r) for r in _system_readers()]


def _pick_reader(name: str) -> object:
    readers = _system_readers()
    if not readers:
        raise jpki.NoReader("no card reader is connected")
    if name:
        matches = [r for r in readers if str(r) == name] or [r for r in readers if name in str(r)]
        if not matches:
            raise jpki.NoReader(f"no reader named {name!r} (readers: {', '.join(map(str, readers))})")
        return matches[0]
    for r in readers:
        if card_present(str(r)):
            return r
    raise jpki.NoCard("no card on any reader")


#: a configured reader name (or a unique part of it) → the reader it named when last connected: a tap then does not
#: list the readers again (three round trips to pcscd); forgotten as soon as connecting to it fails
_found: dict[str, str] = {}


def _reader_named(name: str) -> Any:
    return _pyscard().PCSCReader(name)


def card_present(reader: str) -> bool:
    scard = _pyscard().scard
    hresult, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        raise jpki.NoReader("the PC/SC service (pcscd) is not running")
    try:
        hresult, states = scard.SCardGetStatusChange(ctx, 0, [(reader, scard.SCARD_STATE_UNAWARE)])
        if hresult != scard.SCARD_S_SUCCESS:
            return False
        return bool(states[0][1] & scard.SCARD_STATE_PRESENT)
    finally:
        scard.SCardReleaseContext(ctx)


# ---------------------------------------------------------------- calls with a deadline

#: the connections given up at a deadline whose blocked call has not come back yet: id → (reader, since)
_held: dict[int, tuple[str, float]] = {}
_held_changed = threading.Condition()
_thread_ids = itertools.count(1)


def held_readers() -> list[tuple[str, float]]:
    """The readers that a card which stopped answering still holds: (reader name, seconds since it was given up)."""
    now = time.monotonic()
    with _held_changed:
        return [(reader, now - since) for reader, since in _held.values()]


def _same_reader(a: str, b: str) -> bool:
    return not a or not b or a in b or b in a


def _wait_for_held(reader: str, timeout_s: float) -> bool:
    """Wait (at most ``timeout_s``) until no given-up connection holds ``reader``; True when none does."""
    deadline = time.monotonic() + timeout_s
    with _held_changed:
        while any(_same_reader(reader, held) for held, _ in _held.values()):
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            _held_changed.wait(left)
    return True


class _CardThread:
    """The thread that makes every pyscard call of one connection, in order, so that its caller can stop waiting.

    :meth:`call` waits for one call until its deadline. A call that misses it gives the connection up: the closing
    given to :meth:`give_up` is queued behind the blocked call, the thread ends after it, and until then the
    connection is listed in :func:`held_readers`. The thread is a daemon: a process may exit while it is blocked.
    """

    def __init__(self, reader: str) -> None:
        self.reader = reader
        #: no more calls: the connection was closed or given up
        self.ended = False
        #: when the command now at the card was sent (time.monotonic), None between commands: :meth:`run` bounds it
        self.command_since: float | None = None
        self._key = next(_thread_ids)
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._loop, name=f"pcsc-{self._key}", daemon=True)
        self.thread.start()

    def call(self, fn: Callable[[], R], timeout_s: float, closing: Callable[[], None]) -> R:
        end = time.monotonic() + max(0.0, timeout_s)
        return self._await(self._post(fn), lambda now: end, closing)

    def run(self, fn: Callable[[], R], command_timeout_s: float, step_deadline: float | None,
            closing: Callable[[], None]) -> R:  # fmt: skip
        """Run ``fn``, a whole dialogue whose commands this thread sends itself (:meth:`CardConnection.transmit`
        on this thread), in one hand-over each way instead of one per command. The caller still bounds each command
        by ``command_timeout_s`` (from :attr:`command_since`) and all of it by ``step_deadline``, waking only at
        those deadlines; past one, the connection is given up as in :meth:`call`."""

        def deadline(now: float) -> float:
            # a command sent after this look is seen at the next wake-up, which is never later than its deadline
            since = self.command_since
            end = (now if since is None else since) + command_timeout_s
            return end if step_deadline is None else min(end, step_deadline)

        return self._await(self._post(fn), deadline, closing)

    def _post(self, fn: Callable[[], R]) -> tuple[threading.Event, list[tuple[bool, Any]]]:
        if self.ended:
            raise jpki.CardTimeout("this card connection has ended: place the card again")
        done = threading.Event()
        outcome: list[tuple[bool, Any]] = []

        def job() -> None:
            try:
                outcome.append((True, fn()))
            except BaseException as e:  # noqa: BLE001 - handed to the caller, who may have stopped waiting
                outcome.append((False, e))
            done.set()

        self._jobs.put(job)
        return done, outcome

    def _await(self, posted: tuple[threading.Event, list[tuple[bool, Any]]], deadline: Callable[[float], float],
               closing: Callable[[], None]) -> Any:  # fmt: skip
        """Wait for a posted call until ``deadline(now)``; past it, give the connection up."""
        done, outcome = posted
        while not done.is_set():
            now = time.monotonic()
            end = deadline(now)
            if now >= end:
                self.give_up(closing)
                raise jpki.CardTimeout("the card did not answer in time: lift it and place it again")
            done.wait(end - now)
        ok, value = outcome[0]
        if ok:
            return value
        raise value

    def give_up(self, closing: Callable[[], None]) -> None:
        """No more calls: ``closing`` runs once whatever is running now returns, then the thread ends."""
        if self.ended:
            return
        self.ended = True
        with _held_changed:
            _held[self._key] = (self.reader, time.monotonic())
        eventlog.event(_log, "card.given_up", level=logging.WARNING)
        self._jobs.put(closing)
        self._jobs.put(None)

    def finish(self, closing: Callable[[], None], timeout_s: float) -> None:
        """Run ``closing`` as the last call and end the thread; a closing that misses the deadline is left to it."""
        if self.ended:
            return
        try:
            self.call(closing, timeout_s, closing=_nothing)
        except jpki.CardTimeout:
            return  # given up: the thread ends once the closing returns
        self.ended = True
        self._jobs.put(None)

    def _loop(self) -> None:
        try:
            while (job := self._jobs.get()) is not None:
                job()
        finally:
            with _held_changed:
                if _held.pop(self._key, None) is not None:
                    _held_changed.notify_all()
                    eventlog.event(_log, "card.released")


def _nothing() -> None:
    return None


class CardConnection:
    """One exclusive connection to the card in ``reader``. The card is powered off when it is closed, which
    clears the verified PIN state, so no other PC/SC client can use it (``jpki.md`` §1).

    Every call to the card ends within ``command_timeout_s``, and after :meth:`limit` the commands of one step end
    by its deadline too; a call that does not raises :class:`jpki.CardTimeout` and gives the connection up.
    """

    def __init__(self, reader: str = "", *, command_timeout_s: float = COMMAND_TIMEOUT_S) -> None:
        Exceptions = _pyscard().Exceptions
        self._Exceptions = Exceptions
        self.command_timeout_s = command_timeout_s
        self._step_deadline: float | None = None
        self._conn: Any = None
        self.reader = reader
        self.atr = b""
        if not _wait_for_held(reader, command_timeout_s):
            raise jpki.CardTimeout("a card that stopped answering still holds the reader: lift it")
        self._io = _CardThread(reader)
        try:
            self._io.call(lambda: self._open(reader), command_timeout_s, self._close_now)
        except jpki.CardError:
            self._io.finish(self._close_now, command_timeout_s)
            raise

    def _open(self, reader: str) -> None:
        known = _found.get(reader) if reader else None
        if known is not None:
            try:
                self._connect(_reader_named(known))
                return
            except jpki.CardError:
                self._close_now()
                _found.pop(reader, None)  # gone, renamed or empty: look again, as the first time
        r = _pick_reader(reader)
        self._connect(r)
        if reader:
            _found[reader] = str(r)

    def _connect(self, r: Any) -> None:
        ps = _pyscard()
        Exceptions, CC = ps.Exceptions, ps.CardConnection
        self.reader = self._io.reader = str(r)
        self._conn = r.createConnection()
        try:
            self._conn.connect(
                protocol=CC.T0_protocol | CC.T1_protocol, mode=_share_exclusive(), disposition=_unpower()
            )
        except Exceptions.NoCardException:
            raise jpki.NoCard("no card on the reader") from None
        except Exceptions.CardConnectionException as e:
            msg = str(e)
            if "sharing violation" in msg.lower():
                raise jpki.ReaderError("another program is using the card reader") from None
            raise jpki.NoCard("the card could not be powered (is it placed well?)") from None
        try:
            self.atr = bytes(self._conn.getATR())
        except Exceptions.SmartcardException:
            raise jpki.CardRemoved("the card left the reader as it was powered") from None

    def limit(self, seconds: float) -> None:
        """Bound what follows (one step: the reading after a tap, or the PIN check with the signature) to
        ``seconds`` in all, so a card that answers each command just in time cannot hold the kiosk either."""
        self._step_deadline = time.monotonic() + seconds

    def run(self, dialogue: Callable[[], R]) -> R:
        """Run ``dialogue`` (which sends its commands with :meth:`transmit`) on this connection's own thread in one
        hand-over, bounded as :meth:`transmit` bounds each command and :meth:`limit` the step. For a dialogue of many
        short commands (the reading after a tap) this spares two thread switches a command."""
        return self._io.run(dialogue, self.command_timeout_s, self._step_deadline, self._close_now)

    def transmit(self, apdu: bytes) -> jpki.Response:
        if threading.current_thread() is self._io.thread:  # inside run(): the caller bounds this command
            if self._io.ended:
                raise jpki.CardTimeout("the card took too long: lift it and place it again")
            self._io.command_since = time.monotonic()
            try:
                data, sw1, sw2 = self._transmit(apdu)
            finally:
                self._io.command_since = None
            return jpki.Response(bytes(data), (sw1 << 8) | sw2)
        timeout = self.command_timeout_s
        if self._step_deadline is not None:
            timeout = min(timeout, self._step_deadline - time.monotonic())
        if timeout <= 0:
            self._io.give_up(self._close_now)
            raise jpki.CardTimeout("the card took too long: lift it and place it again")
        data, sw1, sw2 = self._io.call(lambda: self._transmit(apdu), timeout, self._close_now)
        return jpki.Response(bytes(data), (sw1 << 8) | sw2)

    def _transmit(self, apdu: bytes) -> tuple[list[int], int, int]:
        try:
            return self._conn.transmit(list(apdu))
        except self._Exceptions.CardConnectionException:
            raise jpki.CardRemoved("the card stopped answering (removed or moved)") from None
        except self._Exceptions.SmartcardException:
            raise jpki.ReaderError("the card reader failed") from None

    def close(self) -> None:
        """Power the card off and release the connection; never blocks past the command deadline (a connection given
        up closes on its own thread once its blocked call returns)."""
        self._io.finish(self._close_now, self.command_timeout_s)

    def _close_now(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.disconnect()
        except Exception:  # noqa: BLE001 - the card may be gone already; closing must not fail
            pass
        try:
            conn.release()
        except Exception:  # noqa: BLE001
            pass

    def __enter__(self) -> CardConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _share_exclusive() -> int:
    scard = _pyscard().scard
    return scard.SCARD_SHARE_EXCLUSIVE


def _unpower() -> int:
    scard = _pyscard().scard
    return scard.SCARD_UNPOWER_CARD


# ---------------------------------------------------------------- presence events


@dataclass(frozen=True)
class CardEvent:
    reader: str
    present: bool


class CardWatcher:
    """Watches every reader and calls ``on_event(CardEvent)`` when a card arrives or leaves.

    :meth:`run` is the watching loop, until :meth:`stop`; :meth:`start` runs it in a thread of its own (the kiosk
    runs it under its supervisor instead). It blocks in ``SCardGetStatusChange`` (with a short timeout so ``stop()``
    is quick); the callback runs on the watcher's thread, so a Qt user forwards it with a queued signal.
    """

    def __init__(self, on_event: Callable[[CardEvent], None], poll_s: float = 0.5) -> None:
        self._on_event = on_event
        self._poll_ms = int(poll_s * 1000)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.error: str | None = None

    def start(self) -> CardWatcher:
        self._thread = threading.Thread(target=self.run, name="card-watcher", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def run(self) -> None:
        scard = _pyscard().scard
        present: dict[str, bool] = {}
        seen: dict[str, int] = {}  # the reader states last reported by pcscd, so the next call blocks until a change
        ctx = None
        while not self._stop.is_set():
            if ctx is None:
                hresult, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
                if hresult != scard.SCARD_S_SUCCESS:
                    ctx = None
                    self.error = "pcscd not running"
                    self._stop.wait(1.0)
                    continue
            hresult, readers = scard.SCardListReaders(ctx, [])
            if hresult != scard.SCARD_S_SUCCESS:
                readers = []
            for gone in set(present) - set(readers):
                seen.pop(gone, None)
                if present.pop(gone):
                    self._emit(CardEvent(gone, False))
            if not readers:
                self._stop.wait(self._poll_ms / 1000)
                continue
            states = [(r, seen.get(r, scard.SCARD_STATE_UNAWARE)) for r in readers]
            hresult, new = scard.SCardGetStatusChange(ctx, self._poll_ms, states)
            if hresult == scard.SCARD_E_TIMEOUT:
                continue
            if hresult != scard.SCARD_S_SUCCESS:
                scard.SCardReleaseContext(ctx)
                ctx = None
                self._stop.wait(0.5)
                continue
            self.error = None
            for reader, state, _atr in new:
                seen[reader] = state & ~scard.SCARD_STATE_CHANGED
                now = bool(state & scard.SCARD_STATE_PRESENT)
                before = present.get(reader)
                present[reader] = now
                if before != now and (now or before is not None):
                    self._emit(CardEvent(reader, now))
        if ctx is not None:
            scard.SCardReleaseContext(ctx)

    def _emit(self, ev: CardEvent) -> None:
        eventlog.event(_log, "card.present" if ev.present else "card.removed")
        try:
            self._on_event(ev)
        except Exception:  # noqa: BLE001 - a failing listener must not stop the watcher
            _log.exception("card watcher listener failed")
