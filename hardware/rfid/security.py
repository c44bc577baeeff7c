"""Switching an item's security (AFI or EAS) with read-back and bounded retries.

The circulation layer calls this only after the library system said yes to the checkout. The result is typed and
always tells the truth about the tag: ``ok`` only when the read-back shows the wanted state. When the switch to
"lent" cannot be confirmed, the tag is put back to "on the shelf" (best effort) so an item that was not properly
lent never walks out looking lent, and the result says what state the tag was last seen in.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

import eventlog
from hardware.rfid.errors import ReaderError, ReaderUnplugged, RfidError, TagNotFound, TagWriteError

logger = logging.getLogger("hardware.rfid.security")

METHODS = ("afi", "eas")


@dataclass(frozen=True)
class SecurityPolicy:
    #: "afi" (ISO 15693 AFI byte) or "eas" (NXP EAS bit)
    method: str = "afi"
    afi_on_shelf: int = 0x07
    afi_lent: int = 0xC2
    #: write attempts (each followed by a read-back) before giving up
    retries: int = 3

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"security method must be one of {METHODS}")
        if not (0 <= self.afi_on_shelf <= 255 and 0 <= self.afi_lent <= 255) or self.afi_on_shelf == self.afi_lent:
            raise ValueError("AFI values must be two different bytes")
        if not 1 <= self.retries <= 100:
            raise ValueError("retries must be 1–100")

    def is_lent(self, afi: int | None = None, eas: bool | None = None) -> bool | None:
        """The state a tag shows: True lent, False secured, None unknown (a foreign AFI)."""
        if self.method == "eas":
            return None if eas is None else not eas
        if afi == self.afi_lent:
            return True
        if afi == self.afi_on_shelf:
            return False
        return None


class SecurityTarget(Protocol):
    """What :func:`switch_security` needs from a reader."""

    def write_afi(self, uid: str, afi: int) -> None: ...
    def read_afi(self, uid: str) -> int: ...
    def set_eas(self, uid: str, on: bool) -> None: ...
    def read_eas(self, uid: str) -> bool: ...


@dataclass(frozen=True)
class SecurityResult:
    uid: str
    #: the state asked for: True = lent (security off), False = on the shelf (security on)
    lent: bool
    #: the read-back confirmed the state asked for
    ok: bool
    attempts: int
    #: "ok" or the last failure: tag_not_found, tag_write_failed, readback_mismatch, reader_unplugged, …
    reason: str
    #: the state last read back: "lent", "secured", "unknown"
    final_state: str

    @property
    def needs_staff(self) -> bool:
        """Not confirmed: the item must be shown to staff (and not counted as lent without a working gate state)."""
        return not self.ok


def _state(policy: SecurityPolicy, reader: SecurityTarget, uid: str) -> str:
    if policy.method == "eas":
        lent = policy.is_lent(eas=reader.read_eas(uid))
    else:
        lent = policy.is_lent(afi=reader.read_afi(uid))
    return "unknown" if lent is None else ("lent" if lent else "secured")


def _write(policy: SecurityPolicy, reader: SecurityTarget, uid: str, lent: bool) -> None:
    if policy.method == "eas":
        reader.set_eas(uid, not lent)
    else:
        reader.write_afi(uid, policy.afi_lent if lent else policy.afi_on_shelf)


def switch_security(reader: SecurityTarget, uid: str, lent: bool, policy: SecurityPolicy) -> SecurityResult:
    """Write the wanted state to the tag addressed by ``uid``, read it back, retry up to ``policy.retries`` times."""
    want = "lent" if lent else "secured"
    reason = "readback_mismatch"
    final = "unknown"
    attempts = 0
    for attempts in range(1, policy.retries + 1):  # noqa: B007 - reported below
        try:
            write_failed = False
            try:
                _write(policy, reader, uid, lent)
            except TagWriteError:
                write_failed = True  # the tag may still have taken it: the read-back decides
            final = _state(policy, reader, uid)
            if final == want:
                eventlog.event(logger, "rfid.security", result="ok", want=want, attempts=attempts)
                return SecurityResult(uid, lent, True, attempts, "ok", final)
            reason = TagWriteError.reason if write_failed else "readback_mismatch"
        except ReaderUnplugged as e:
            reason = e.reason
            break
        except ReaderError as e:  # timeouts, protocol errors: try again within the bound
            reason = e.reason
            final = "unknown"
        except TagNotFound as e:
            reason = e.reason
            final = "unknown"
    if lent and final != "secured":
        # never leave an unconfirmed loan looking lent: put the shelf state back (one try, best effort)
        try:
            _write(policy, reader, uid, False)
            final = _state(policy, reader, uid)
        except RfidError:
            final = "unknown"
    eventlog.event(logger, "rfid.security", logging.WARNING, result=reason, want=want, attempts=attempts, final=final)
    return SecurityResult(uid, lent, False, attempts, reason, final)
