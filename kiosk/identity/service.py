"""Building the authenticator from the configuration, and the card session the kiosk screens drive.

:class:`CardAuthSession` holds one exclusive card connection from the tap to the end of PIN entry, so the PIN that
is verified and the signature are on the same card session (``jpki.md`` §1). Its calls block on the card: run them
in a worker thread, never on the Qt event loop. Typical use by the patron flow::

    session = CardAuthSession(cfg, authenticator)
    first = session.begin()          # reason "pin_needed" (last_try → warn first), or a refusal
    result = session.submit_pin(pin) # ok with patron_number, or pin_wrong (tries_left, last_try), or a refusal
    # after pin_wrong, the patron may choose to try again with submit_pin (tries_left came with the answer)
    session.close()                  # always; card removal or a timeout also ends here
"""

from __future__ import annotations

import threading
from pathlib import Path

from hardware.smartcard import jpki
from hardware.smartcard.card import JpkiCard
from kiosk.config import Config
from kiosk.identity import trust
from kiosk.identity.authenticate import Authenticator, AuthResult, Inspection
from kiosk.identity.linktable import LinkError, LinkTable
from kiosk.identity.revocation import RevocationChecker


class IdentitySetupError(Exception):
    """The identity configuration cannot be used; ``reason`` is a short code, the text names the key to fix."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def open_links(cfg: Config) -> LinkTable:
    url = cfg.identity.link_database or f"sqlite:///{cfg.data_dir / 'links.sqlite'}"
    key_file = cfg.identity.link_key_file or str(cfg.data_dir / "link.key")
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    try:
        return LinkTable.open(url, key_file)
    except LinkError as e:
        raise IdentitySetupError(str(e), "link_key") from None
    except OSError as e:
        raise IdentitySetupError(
            f"cannot open the link table ({e.strerror}): check [kiosk].data_dir", "link_table"
        ) from None


def build_checker(cfg: Config) -> RevocationChecker:
    """The validation client of ``[validation]``; with no responder or CRL configured, :class:`RefuseAll`."""
    from kiosk.config import ConfigError
    from kiosk.validation import build_checker as build_validation_checker

    try:
        return build_validation_checker(cfg)
    except ConfigError as e:
        raise IdentitySetupError(f"configuration: {e}", "config") from None


def build_authenticator(cfg: Config, links: LinkTable, checker: RevocationChecker | None = None) -> Authenticator:
    if not cfg.identity.trust_anchors:
        raise IdentitySetupError(
            "no JPKI trust anchor: set [identity].trust_anchors (or give --anchors)", "anchor_missing"
        )
    try:
        anchors = trust.load_anchors(cfg.identity.trust_anchors)
    except FileNotFoundError as e:
        raise IdentitySetupError(
            f"trust anchor not found: {e.filename} ([identity].trust_anchors)", "anchor_missing"
        ) from None
    except (ValueError, trust.TrustError) as e:
        raise IdentitySetupError(f"trust anchor unusable: {e} ([identity].trust_anchors)", "anchor_invalid") from None
    return Authenticator(
        anchors,
        checker if checker is not None else build_checker(cfg),
        links,
        kiosk_id=cfg.kiosk.kiosk_id,
        library_system=cfg.identity.library_system,
        clock_skew_s=cfg.identity.clock_skew_s,
    )


class CardAuthSession:
    def __init__(self, cfg: Config, authenticator: Authenticator, reader: str | None = None) -> None:
        self._cfg = cfg
        self._auth = authenticator
        self._reader = cfg.card.reader if reader is None else reader
        self._lock = threading.Lock()
        self._conn = None
        self._card: JpkiCard | None = None
        self._inspection: Inspection | None = None

    def begin(self) -> AuthResult:
        """Connect (or reuse the connection), read token, certificate and tries. Spends no PIN try."""
        with self._lock:
            if self._conn is None:
                from hardware.smartcard.pcsc import CardConnection

                try:
                    self._conn = CardConnection(self._reader)
                except jpki.CardError as e:
                    return AuthResult(ok=False, reason=e.reason)
                self._card = JpkiCard(
                    self._conn.transmit,
                    accept_smartphone=self._cfg.card.accept_smartphone,
                    max_certificate_bytes=self._cfg.card.max_certificate_bytes,
                )
            assert self._card is not None
            self._inspection = self._auth.inspect(self._card)
            result = self._inspection.result
            if result.reason != "pin_needed":
                self._close_locked()  # refused before the PIN: the card session ends here
            return result

    def submit_pin(self, pin: str) -> AuthResult:
        """One attempt with the patron's PIN, after :meth:`begin` has read the tries.

        After a wrong PIN the connection stays open for another attempt, which the patron alone decides: the card's
        answer to the VERIFY (63Cx) says exactly how many tries are left, so the result's ``tries_left`` and
        ``last_try`` are what the screen shows before the pad reopens. Anything else ends the card session.
        """
        with self._lock:
            if self._card is None or self._inspection is None:
                return AuthResult(ok=False, reason="card_session_ended")
            result = self._auth.finish(self._card, self._inspection, pin)
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
        if self._conn is not None:
            self._conn.close()
        self._conn = None
        self._card = None
        self._inspection = None

    def __enter__(self) -> CardAuthSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
