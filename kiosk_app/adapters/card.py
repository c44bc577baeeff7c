"""The My Number Card on a PC/SC reader as the core's :class:`CardService`, the card watcher, and the validation
link as maintenance sees it.

:class:`CardAuthSession` holds one exclusive card connection from the tap to the end of PIN entry, so the PIN that
is verified and the signature are on the same card session (``jpki.md`` §1). Its calls block on the card: run them
in a worker lane, never on the event loop. Each call ends by its deadline (``[card].command_timeout_s`` a command,
``step_timeout_s`` a whole step): a card that stops answering gives ``card_timeout`` and the lane comes free.
Typical use by the patron flow::

    session = CardAuthSession(cfg, authenticator)
    first = session.begin()          # reason "pin_needed" (last_try → warn first), or a refusal
    session.check_revocation()       # optional, on a lane of its own while the patron types (kiosk.identity.early)
    result = session.submit_pin(pin) # ok with patron_number, or pin_wrong (tries_left, last_try), or a refusal
    # after pin_wrong, the patron may choose to try again with submit_pin (tries_left came with the answer)
    session.close()                  # always; card removal or a timeout also ends here
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from cryptography import x509

from hardware.smartcard import jpki
from hardware.smartcard.card import JpkiCard
from hardware.smartcard.pcsc import CardConnection, CardEvent, CardWatcher, held_readers, list_readers
from kiosk.config import Config
from kiosk.identity.authenticate import Authenticator, AuthResult, Inspection
from kiosk.identity.early import EarlyCheck, definite_refusal
from kiosk.identity.revocation import Verdict
from kiosk.services import DeviceHealth, DeviceState, SelfTestResult, ServiceError
from kiosk.session import AuthFinished, CardInspected, Patron, RevocationChecked
from kiosk.supervisor import Supervisor
from kiosk.validation.client import ValidationClient
from kiosk.validation.probe import probe


class CardAuthSession:
    def __init__(self, cfg: Config, authenticator: Authenticator, reader: str | None = None) -> None:
        self._cfg = cfg
        self._auth = authenticator
        self._reader = cfg.card.reader if reader is None else reader
        self._lock = threading.Lock()
        self._conn = None
        self._card: JpkiCard | None = None
        self._inspection: Inspection | None = None
        #: this card session's revocation check made while the PIN is typed; dropped when the session ends
        self._early: EarlyCheck | None = None

    def begin(self) -> AuthResult:
        """Connect (or reuse the connection), read token, certificate and tries. Spends no PIN try."""
        with self._lock:
            if self._conn is None:
                try:
                    self._conn = CardConnection(self._reader, command_timeout_s=self._cfg.card.command_timeout_s)
                except jpki.CardError as e:
                    return AuthResult(ok=False, reason=e.reason)
                self._card = JpkiCard(
                    self._conn.transmit,
                    accept_smartphone=self._cfg.card.accept_smartphone,
                    max_certificate_bytes=self._cfg.card.max_certificate_bytes,
                )
            assert self._card is not None
            if self._early is not None:
                self._early.drop()  # read again: a check of the earlier reading is not this one's
                self._early = None
            self._conn.limit(self._cfg.card.step_timeout_s)
            card = self._card
            try:
                # the whole reading on the connection's own thread: one hand-over, not two a command
                self._inspection = self._conn.run(lambda: self._auth.inspect(card))
            except jpki.CardError as e:  # it missed its deadline: the connection was given up
                self._close_locked()
                return AuthResult(ok=False, reason=e.reason)
            result = self._inspection.result
            if result.reason != "pin_needed":
                self._close_locked()  # refused before the PIN: the card session ends here
            else:
                self._early = self._auth.early_check(self._inspection)
            return result

    def check_revocation(self) -> Verdict | None:
        """Ask about the inspected certificate's revocation now, while the patron types (blocks on the network; run
        it on a lane other than the card's). Returns the validation service's verdict, or None when there is nothing
        to ask (no card session, switched off, a smartphone token) or the card session ended meanwhile.

        It does not take the card session's lock: :meth:`submit_pin` holds it while it waits for this answer."""
        early = self._early
        return early.run() if early is not None else None

    def submit_pin(self, pin: str) -> AuthResult:
        """One attempt with the patron's PIN, after :meth:`begin` has read the tries.

        After a wrong PIN the connection stays open for another attempt, which the patron alone decides: the card's
        answer to the VERIFY (63Cx) says exactly how many tries are left, so the result's ``tries_left`` and
        ``last_try`` are what the screen shows before the pad reopens. Anything else ends the card session.
        """
        with self._lock:
            if self._conn is None or self._card is None or self._inspection is None:
                return AuthResult(ok=False, reason="card_session_ended")
            self._conn.limit(self._cfg.card.step_timeout_s)
            result = self._auth.finish(self._card, self._inspection, pin, early=self._early)
            if result.reason == "pin_format":
                return result  # nothing reached the card; the same reading of the tries still holds
            if result.reason == "pin_wrong":
                before = self._inspection.result
                self._inspection.result = AuthResult(
                    **{**before.__dict__, "tries_left": result.tries_left, "last_try": result.tries_left == 1}
                )
                return result
            self._close_locked()
            return result

    def close(self) -> None:
        with self._lock:
            self._close_locked()

    def _close_locked(self) -> None:
        if self._early is not None:
            self._early.drop()  # what it learns now counts for nobody
        if self._conn is not None:
            self._conn.close()
        self._conn = None
        self._card = None
        self._inspection = None
        self._early = None

    def __enter__(self) -> CardAuthSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class PcscCardService:
    """The My Number Card on a PC/SC reader as the core's :class:`CardService`, through :class:`CardAuthSession`.

    One card connection lives from :meth:`inspect` to :meth:`forget` (or a final answer), so the PIN tries read at
    inspection and the VERIFY happen on the same card session. The PIN is passed straight through, never stored.
    """

    def __init__(
        self,
        cfg: Config,
        authenticator: Authenticator,
        reader: str | None = None,
        readers: Callable[[], list[str]] = list_readers,
    ) -> None:
        """``readers`` lists the connected readers (pcscd's list; the demo's reader that can be unplugged filters
        it, :mod:`hardware.sim.card_reader_sim`)."""
        self.cfg = cfg
        self.reader = cfg.card.reader if reader is None else reader
        self.readers = readers
        self._session = CardAuthSession(cfg, authenticator, self.reader)
        #: what the last authentication learnt of the validation link: ("unknown"|"ok"|"error", reason)
        self.validation_state: tuple[str, str] = ("unknown", "")

    def inspect(self) -> CardInspected:
        self._session.close()
        r = self._session.begin()
        return CardInspected(r.reason, r.tries_left, r.last_try)

    #: revocation outcomes that mean the validation link (or its CRL) failed, not the card
    LINK_FAILURES = ("validation", "crl_", "ocsp_", "offline_not_allowed")

    def check_revocation(self) -> RevocationChecked:
        """While the patron types: the validation service's answer about the card on the reader (blocks on the
        network). ``refused`` only when it definitely refuses (revoked, unknown): the session may say so before the
        PIN; any other answer is left to the decision after the signature."""
        verdict = self._session.check_revocation()
        if verdict is None:
            return RevocationChecked(False)
        self._note_validation(verdict.allow, verdict.reason)
        if definite_refusal(verdict):
            return RevocationChecked(True, verdict.reason, verdict.message)
        return RevocationChecked(False, verdict.reason)

    def finish(self, pin: str) -> AuthFinished:
        r = self._session.submit_pin(pin)
        self._note_validation(r.ok, r.reason)
        if r.ok and r.patron_number:
            return AuthFinished(True, "ok", r.tries_left, Patron("mynumber", r.patron_number, r.library_system or ""))
        return AuthFinished(False, r.reason, r.tries_left, None, r.message)

    def _note_validation(self, ok: bool, reason: str) -> None:
        if ok or reason in ("not_linked", "cert_revoked", "cert_unknown"):
            self.validation_state = ("ok", "")  # the validation service answered
        elif reason.startswith(self.LINK_FAILURES):
            self.validation_state = ("error", reason)

    def forget(self) -> None:
        self._session.close()

    def health(self) -> DeviceState:
        try:
            readers = self.readers()
        except jpki.CardError as e:
            return DeviceState("card_reader", DeviceHealth.ERROR, e.reason or "pcsc_error")
        if not readers:
            return DeviceState("card_reader", DeviceHealth.ERROR, "no_reader")
        if self.reader and not any(self.reader in r for r in readers):
            return DeviceState("card_reader", DeviceHealth.ERROR, "reader_missing")
        held = [since for reader, since in held_readers() if not self.reader or self.reader in reader]
        if held:
            # a card stopped answering and sits on the reader: pcscd gives the reader back when it is lifted
            return DeviceState("card_reader", DeviceHealth.ERROR, "card_stalled", f"{max(held):.0f} s")
        return DeviceState("card_reader", DeviceHealth.OK)

    def validation_health(self) -> DeviceState:
        """The validation link as the last authentication found it (it is asked only when a card is used)."""
        state, reason = self.validation_state
        health = {"ok": DeviceHealth.OK, "error": DeviceHealth.ERROR}.get(state, DeviceHealth.UNKNOWN)
        return DeviceState("validation_link", health, reason, "last authentication")

    def read_tries(self) -> SelfTestResult:
        """Self-test: read the PIN tries of the card on the reader, without a PIN."""
        with CardConnection(self.reader, command_timeout_s=self.cfg.card.command_timeout_s) as conn:
            conn.limit(self.cfg.card.step_timeout_s)
            card = JpkiCard(conn.transmit, accept_smartphone=True)
            card.probe()
            status = card.pin_status()
        return SelfTestResult("card_tries", {"tries_left": status.tries_left})


class ValidationLink:
    """The validation link for maintenance, probed live (:mod:`kiosk.validation.probe`): the device view asks at
    most every ``min_interval_s`` seconds (it refreshes every few seconds, and the responder is a public service);
    the self-test asks at once. Blocks on the network: worker lanes only."""

    def __init__(self, cfg: Config, checker: object, anchors: Iterable[x509.Certificate], *,
                 min_interval_s: float = 30.0, clock: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        self.cfg = cfg
        self.client = checker if isinstance(checker, ValidationClient) else None
        self.anchors = list(anchors)
        self.min_interval_s = min_interval_s
        self.clock = clock
        self._lock = threading.Lock()
        self._last: tuple[float, DeviceState] | None = None
        self._probe_cert = None
        self._probe_cert_error = ""
        if cfg.validation.probe_cert:
            try:
                data = Path(cfg.validation.probe_cert).read_bytes()
                self._probe_cert = (
                    x509.load_pem_x509_certificate(data)
                    if b"-----BEGIN" in data
                    else x509.load_der_x509_certificate(data)
                )
            except (OSError, ValueError):
                self._probe_cert_error = "probe_cert_unreadable"

    def check(self) -> DeviceState:
        """Probe now (one at a time)."""
        with self._lock:
            if self._probe_cert_error:
                state = DeviceState("validation_link", DeviceHealth.ERROR, self._probe_cert_error)
            else:
                r = probe(self.client, self.anchors, probe_cert=self._probe_cert)
                health = {"ok": DeviceHealth.OK, "warning": DeviceHealth.WARNING}.get(r.health, DeviceHealth.ERROR)
                state = DeviceState("validation_link", health, r.reason, r.detail)
            self._last = (self.clock(), state)
            return state

    def health(self) -> DeviceState:
        last = self._last
        if last is not None and self.clock() - last[0] < self.min_interval_s:
            return last[1]
        return self.check()

    def self_test(self) -> SelfTestResult:
        """Self-test: probe now; a problem raises with its reason code (a warning, such as an ageing CRL, is said)."""
        st = self.check()
        if st.health is DeviceHealth.ERROR:
            raise ServiceError(st.reason or "validation_unavailable")
        if st.reason:
            return SelfTestResult("validation_warning", reason=st.reason)
        return SelfTestResult("validation_ok")


def watch_cards(
    reader: str, on_presence: Callable[[bool], None], supervisor: Supervisor | None = None
) -> Callable[[], None]:
    """Start a PC/SC watcher (device ``card_reader`` of ``supervisor``) that reports card presence on ``reader`` (a
    unique part of its name; empty = any).

    Returns the function that stops it. ``on_presence`` runs on the watcher's thread.
    """

    def on_event(ev: CardEvent) -> None:
        if not reader or reader in ev.reader:
            on_presence(ev.present)

    watcher = CardWatcher(on_event, poll_s=0.25)
    return (supervisor or Supervisor()).start("card_watcher", watcher.run, device="card_reader", stop=watcher.stop).stop
