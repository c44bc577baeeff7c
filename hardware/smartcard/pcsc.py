"""The PC/SC edge: readers, card presence events, and one exclusive card connection (pyscard).

All the JPKI logic is in :mod:`hardware.smartcard.jpki`; this module only moves bytes and turns pyscard's
exceptions into the typed :class:`~hardware.smartcard.jpki.CardError` family. Calls block: run them in a worker
thread, never on the Qt event loop.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import eventlog
from hardware.smartcard import jpki

_log = logging.getLogger("hardware.smartcard")


def _pyscard():
    # imported lazily so that the sans-I/O parts and the emulator work where pyscard is not installed
    from smartcard import Exceptions, System, scard
    from smartcard.CardConnection import CardConnection

    return Exceptions, System, scard, CardConnection


def _system_readers() -> list:  # type: ignore[type-arg]
    """The readers pcscd reports. pyscard raises its PC/SC-level errors from ``smartcard.pcsc.PCSCExceptions``
    (not ``smartcard.Exceptions``): no pcscd is :class:`jpki.NoReader`; a failed listing is no readers."""
    from smartcard.pcsc import PCSCExceptions  # lazily, as in _pyscard

    Exceptions, System, _, _ = _pyscard()
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


def card_present(reader: str) -> bool:
    _, _, scard, _ = _pyscard()
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


class CardConnection:
    """One exclusive connection to the card in ``reader``. The card is powered off when it is closed, which
    clears the verified PIN state, so no other PC/SC client can use it (``jpki.md`` §1)."""

    def __init__(self, reader: str = "") -> None:
        Exceptions, _, _, CC = _pyscard()
        self._Exceptions = Exceptions
        r = _pick_reader(reader)
        self.reader = str(r)
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
        self.atr = bytes(self._conn.getATR())

    def transmit(self, apdu: bytes) -> jpki.Response:
        try:
            data, sw1, sw2 = self._conn.transmit(list(apdu))
        except self._Exceptions.CardConnectionException:
            raise jpki.CardRemoved("the card stopped answering (removed or moved)") from None
        return jpki.Response(bytes(data), (sw1 << 8) | sw2)

    def close(self) -> None:
        try:
            self._conn.disconnect()
        except Exception:  # noqa: BLE001 - the card may be gone already; closing must not fail
            pass
        try:
            self._conn.release()
        except Exception:  # noqa: BLE001
            pass

    def __enter__(self) -> CardConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _share_exclusive() -> int:
    _, _, scard, _ = _pyscard()
    return scard.SCARD_SHARE_EXCLUSIVE


def _unpower() -> int:
    _, _, scard, _ = _pyscard()
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
        _, _, scard, _ = _pyscard()
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
