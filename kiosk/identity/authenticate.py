"""My Number Card authentication (電子利用者証明), step by step.

The steps, in the order of DESIGN.md "The patron flow":

1. :meth:`Authenticator.inspect` — after :meth:`JpkiCard.probe`: token, certificate chains to a configured JPKI CA
   (by key identifier), dates, and the PIN tries, read without spending one. The UI opens the PIN pad only if this
   says so, with a warning when one try is left.
2. :meth:`Authenticator.finish` — with the patron's PIN: one VERIFY (never repeated here), then the card signs a
   fresh challenge, the signature is verified with the certificate's key, the revocation checker decides, and the
   link table gives the library's patron number.

Between the two, while the patron types, :meth:`Authenticator.early_check` may ask about the certificate's revocation
(:mod:`kiosk.identity.early`); step 2 then uses that answer when it may stand in for a fresh one, and asks itself
otherwise.

Every step returns an :class:`AuthResult` that says who (a link key, a patron number) or why not (a reason code).
No setting skips the PIN, the signature or the revocation check.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from cryptography import x509

import eventlog
from hardware.smartcard import jpki
from hardware.smartcard.card import CardInfo, JpkiCard
from kiosk.identity import trust
from kiosk.identity.early import EarlyCheck, checked
from kiosk.identity.linktable import LinkTable
from kiosk.identity.revocation import RevocationChecker, Verdict

_log = logging.getLogger("kiosk.identity")


@dataclass(frozen=True)
class AuthResult:
    ok: bool
    #: "ok", or why not: not_jpki, token_smartphone, cert_malformed, cert_too_large, cert_untrusted, cert_expired,
    #: cert_not_yet_valid, ca_expired, pin_blocked, pin_wrong, pin_format, signature_invalid, cert_revoked (and the
    #: validation client's other codes), not_linked, card_removed, card_timeout, no_card, no_reader, card_protocol
    reason: str
    tries_left: int | None = None
    #: set when the PIN has one try left: the patron must be warned before the pad opens
    last_try: bool = False
    link_key: str | None = None
    patron_number: str | None = None
    library_system: str | None = None
    cert_not_after: dt.datetime | None = None
    #: the validation client's message for the patron, when it refused
    message: str = ""

    def as_dict(self, include_patron: bool = True) -> dict[str, object]:
        d: dict[str, object] = {
            "ok": self.ok,
            "reason": self.reason,
            "tries_left": self.tries_left,
            "last_try": self.last_try,
            "link_key": self.link_key,
            "cert_not_after": self.cert_not_after.isoformat() if self.cert_not_after else None,
        }
        if include_patron:
            d["patron_number"] = self.patron_number
            d["library_system"] = self.library_system
        if self.message:
            d["message"] = self.message
        return d


@dataclass
class Inspection:
    """What step 1 learned; kept by the caller between the two steps (one card connection)."""

    result: AuthResult
    cert: x509.Certificate | None = None
    issuer: x509.Certificate | None = None


class Authenticator:
    def __init__(
        self,
        anchors: list[x509.Certificate],
        checker: RevocationChecker,
        links: LinkTable,
        *,
        kiosk_id: str,
        library_system: str,
        clock_skew_s: int = 300,
        early_max_age_s: float = 0.0,
        revocation_wait_s: float = 30.0,
    ) -> None:
        """``early_max_age_s``: how old an answer of the check made while the PIN was typed may be when it is used
        (0: no such check, the revocation is asked after the signature); ``revocation_wait_s``: how long step 2
        waits for that check when it is still running (the longest one check may take)."""
        if not anchors:
            raise trust.TrustError("no JPKI trust anchor is configured ([identity].trust_anchors)", "anchor_missing")
        self.anchors = anchors
        self.checker = checker
        self.links = links
        self.kiosk_id = kiosk_id
        self.library_system = library_system
        self.clock_skew_s = clock_skew_s
        self.early_max_age_s = early_max_age_s
        self.revocation_wait_s = revocation_wait_s

    # ------------------------------------------------------------ step 1

    def inspect(self, card: JpkiCard, now: dt.datetime | None = None) -> Inspection:
        now = now or dt.datetime.now(dt.UTC)
        try:
            info = card.probe()
        except jpki.CardError as e:
            return Inspection(self._refuse(e.reason))
        return self._inspect_info(info, now)

    def _inspect_info(self, info: CardInfo, now: dt.datetime) -> Inspection:
        pin = info.pin
        tries = pin.tries_left if pin.state is not jpki.PinState.BLOCKED else 0
        if pin.state is jpki.PinState.BLOCKED:
            return Inspection(self._refuse("pin_blocked", tries_left=0))
        cert = issuer = None
        link_key = not_after = None
        if info.cert_der is not None:
            try:
                cert, issuer = self._check_cert(info.cert_der, now)
            except trust.TrustError as e:
                return Inspection(self._refuse(e.reason, tries_left=tries))
            link_key = self.links.link_key(trust.ski(issuer), cert.serial_number)
            not_after = cert.not_valid_after_utc
        result = AuthResult(
            ok=False,
            reason="pin_needed",
            tries_left=tries,
            last_try=pin.last_try,
            link_key=link_key,
            cert_not_after=not_after,
        )
        eventlog.event(_log, "auth.inspected", tries_left=tries, last_try=pin.last_try)
        return Inspection(result, cert, issuer)

    def _check_cert(self, der: bytes, now: dt.datetime) -> tuple[x509.Certificate, x509.Certificate]:
        cert = trust.parse_certificate(der)
        issuer = trust.find_issuer(cert, self.anchors)
        trust.check_dates(cert, issuer, now, self.clock_skew_s)
        trust.check_key(cert)
        return cert, issuer

    # ------------------------------------------------------------ while the PIN is typed

    def early_check(self, inspection: Inspection) -> EarlyCheck | None:
        """The revocation check of the inspected certificate, to run (:meth:`EarlyCheck.run`) while the patron
        types; None when it is switched off or the certificate is not known before the PIN (smartphone token)."""
        if self.early_max_age_s <= 0 or inspection.result.reason != "pin_needed" or inspection.cert is None:
            return None
        assert inspection.issuer is not None
        return EarlyCheck(
            self.checker,
            inspection.cert,
            inspection.issuer,
            wait_s=self.revocation_wait_s,
            max_age_s=self.early_max_age_s,
        )

    # ------------------------------------------------------------ step 2

    def finish(
        self,
        card: JpkiCard,
        inspection: Inspection,
        pin: str,
        now: dt.datetime | None = None,
        early: EarlyCheck | None = None,
    ) -> AuthResult:
        """Verify the PIN once, have the card sign a fresh challenge, check revocation (with the answer of
        ``early`` when it may stand in for a fresh one), look up the link."""
        now = now or dt.datetime.now(dt.UTC)
        if inspection.result.reason != "pin_needed":
            return inspection.result
        try:
            jpki.check_pin_format(pin)
        except jpki.BadPinFormat:
            return self._refuse("pin_format", tries_left=inspection.result.tries_left)
        try:
            verified = card.verify_pin(pin)
        except jpki.CardError as e:
            # the outcome of a VERIFY that was interrupted is unknown: the tries are read again on the next tap
            return self._refuse(e.reason)
        if not verified.ok:
            if verified.blocked:
                return self._refuse("pin_blocked", tries_left=0)
            eventlog.event(_log, "auth.pin_wrong", tries_left=verified.tries_left)
            return self._refuse("pin_wrong", tries_left=verified.tries_left, last_try=verified.tries_left == 1)
        try:
            cert, issuer = inspection.cert, inspection.issuer
            if cert is None:  # smartphone token: the certificate is readable only now
                cert, issuer = self._check_cert(card.read_certificate(), now)
            assert issuer is not None
            challenge = trust.Challenge.new(self.kiosk_id, now)
            signature = card.sign(challenge.digest_info())
            trust.verify_challenge(cert, challenge, signature)
        except jpki.CardError as e:
            return self._refuse(e.reason, tries_left=jpki.PIN_MAX_TRIES)
        except trust.TrustError as e:
            return self._refuse(e.reason, tries_left=jpki.PIN_MAX_TRIES)
        link_key = self.links.link_key(trust.ski(issuer), cert.serial_number)
        base = dict(tries_left=jpki.PIN_MAX_TRIES, link_key=link_key, cert_not_after=cert.not_valid_after_utc)
        verdict = self._revocation(cert, issuer, early)
        if not verdict.allow:
            return self._refuse(verdict.reason, message=verdict.message, **base)
        link = self.links.lookup(link_key, self.library_system)
        if link is None:
            return self._refuse("not_linked", **base)
        eventlog.event(_log, "auth.ok")
        return AuthResult(
            ok=True,
            reason="ok",
            patron_number=link.patron_number,
            library_system=link.library_system,
            **base,
        )

    def _revocation(self, cert: x509.Certificate, issuer: x509.Certificate, early: EarlyCheck | None) -> Verdict:
        if early is not None:
            verdict = early.take(cert)
            if verdict is not None:
                return verdict
        return checked(self.checker, cert, issuer)

    def _refuse(self, reason: str, **kw: object) -> AuthResult:
        eventlog.event(_log, "auth.refused", reason=reason)
        return AuthResult(ok=False, reason=reason, **kw)  # type: ignore[arg-type]
