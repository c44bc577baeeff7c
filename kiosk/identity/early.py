"""The revocation check that runs while the patron types the PIN, and when its answer may stand in for one asked
after the signature.

The certificate is read before the PIN pad opens (:meth:`Authenticator.inspect`), so its revocation can be asked
about then: over LGWAN that round trip (J-LIS answers every OCSP request itself: tens to hundreds of milliseconds)
is hidden behind the typing instead of following the signature. Nothing else moves: the decision to accept is
still taken in :meth:`Authenticator.finish`, after the PIN was verified and the signature checked, and fails
closed. The early answer only saves asking again, by this table (:meth:`EarlyCheck.take`, at that moment):

=============================================================  ===================================================
the early check, when the signature has been verified           what finish does
=============================================================  ===================================================
a definite refusal (revoked; unknown to the responder)          refuses with it: a refusal is never unsafe
allowed, about this very certificate, answered at most          accepts it (the link lookup follows)
``max_age_s`` ago
still running                                                   waits for it, at most ``wait_s`` (a check's own
                                                                deadline), then as above; past it:
                                                                ``validation_timeout``
never started (nobody ran it)                                   claims it and checks now, as without it
failed (service away, an answer not to be believed), stale,     checks now, as without it
dropped, or about another certificate
=============================================================  ===================================================

One :class:`EarlyCheck` belongs to one card session: the card session drops it when it ends (card removed, a
timeout, the next card), and a dropped check's answer counts for nobody. The check runs on a thread of its own
(:meth:`run`, on the kiosk's validation lane); it never holds up the card.

A definite refusal may also be acted on before the PIN (:func:`definite_refusal`): whether a certificate is revoked
is public (anyone holding it may ask the responder, and the certificate is read from the card without a PIN), so
telling the patron before asking for a PIN that cannot help reveals nothing and spares them a PIN try.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from cryptography import x509

import eventlog
from kiosk.identity.revocation import RevocationChecker, Status, Verdict

_log = logging.getLogger("kiosk.identity")

#: the verdict when an early check still running is not done by the deadline of a check of its own
TIMED_OUT = Verdict(False, Status.UNAVAILABLE, "validation_timeout")


def definite_refusal(verdict: Verdict) -> bool:
    """The validation service knows the certificate is not to be accepted (revoked, or unknown to it): asking again
    later cannot turn this into a yes."""
    return not verdict.allow and verdict.status in (Status.REVOKED, Status.UNKNOWN)


def checked(checker: RevocationChecker, cert: x509.Certificate, issuer: x509.Certificate) -> Verdict:
    """``checker``'s verdict; a checker that raises (it must not) is a refusal: fail closed."""
    try:
        return checker.check(cert, issuer)
    except Exception:  # noqa: BLE001 - a checker must not raise; if it does, fail closed
        _log.exception("revocation checker failed")
        return Verdict(False, Status.UNAVAILABLE, "validation_error", "")


class EarlyCheck:
    """The revocation check of one card session's certificate, started before the PIN (see the module text)."""

    def __init__(
        self,
        checker: RevocationChecker,
        cert: x509.Certificate,
        issuer: x509.Certificate,
        *,
        wait_s: float,
        max_age_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``wait_s``: how long :meth:`take` waits for a check still running (the longest one check may take);
        ``max_age_s``: how old an answer that allows may be when it is taken, by ``clock``."""
        self._checker = checker
        self._cert = cert
        self._issuer = issuer
        self._wait_s = wait_s
        self._max_age_s = max_age_s
        self._clock = clock
        self._cond = threading.Condition()
        #: waiting → running → done, or dropped (the card session ended, or finish checked by itself)
        self._state = "waiting"
        self._verdict: Verdict | None = None
        self._answered_at = 0.0

    def run(self) -> Verdict | None:
        """Ask now (blocks on the network: a worker lane of its own); when another caller already asked, wait for
        its answer. Returns the verdict, or None when the check was dropped or claimed (its answer is for nobody)."""
        with self._cond:
            if self._state != "waiting":
                self._wait_while_running()
                return self._verdict if self._state == "done" else None
            self._state = "running"
        verdict = checked(self._checker, self._cert, self._issuer)
        with self._cond:
            kept = self._state == "running"
            if kept:
                self._verdict, self._answered_at, self._state = verdict, self._clock(), "done"
            self._cond.notify_all()
        eventlog.event(_log, "auth.early_check", allow=verdict.allow, reason=verdict.reason, kept=kept)
        return verdict if kept else None

    def drop(self) -> None:
        """The card session ended: whatever this check learns counts for nobody, and nobody waits for it."""
        with self._cond:
            if self._state != "done":
                self._state = "dropped"
            self._verdict = None
            self._cond.notify_all()

    def take(self, cert: x509.Certificate) -> Verdict | None:
        """The verdict that stands for a check of ``cert`` now, or None: the caller checks now (module table)."""
        with self._cond:
            if self._state == "waiting":
                self._state = "dropped"  # claimed: a run that comes later does nothing
                return None
            if not self._wait_while_running():
                eventlog.event(_log, "auth.early_check_timeout", level=logging.WARNING)
                return TIMED_OUT
            verdict, age = self._verdict, self._clock() - self._answered_at
        if verdict is None or cert != self._cert:
            return None
        if definite_refusal(verdict):
            return verdict
        if verdict.allow and age <= self._max_age_s:
            return verdict
        eventlog.event(_log, "auth.early_check_unused", reason="stale" if verdict.allow else verdict.reason)
        return None

    def _wait_while_running(self) -> bool:
        """With the lock held: wait until the check is no longer running, at most ``wait_s``; False when it still
        is."""
        deadline = time.monotonic() + self._wait_s
        while self._state == "running":
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self._cond.wait(left)
        return True
