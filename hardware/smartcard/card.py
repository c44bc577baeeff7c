"""A JPKI session on one card connection: what the kiosk asks a My Number Card, in the order it asks it.

Works over any ``transmit(apdu) -> Response``: the PC/SC connection in the field, the emulator model directly in
unit tests. It never VERIFYs on its own and never retries a VERIFY: the caller (the patron, through the PIN pad)
decides every attempt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hardware.smartcard import jpki


@dataclass(frozen=True)
class CardInfo:
    token: str
    #: the user-authentication certificate (DER); ``None`` for a smartphone token, which shows it only after the PIN
    cert_der: bytes | None
    pin: jpki.PinStatus


class JpkiCard:
    def __init__(
        self,
        transmit: Callable[[bytes], jpki.Response],
        *,
        accept_smartphone: bool = False,
        max_certificate_bytes: int = 8192,
    ) -> None:
        #: what this connection may take from the card in all (commands, bytes)
        self.budget = jpki.CardBudget.for_certificate(transmit, max_certificate_bytes)
        self.state = jpki.CardState()
        self.accept_smartphone = accept_smartphone
        self.max_certificate_bytes = max_certificate_bytes
        self.token: str | None = None

    @property
    def commands(self) -> int:
        return self.budget.commands

    def _run(self, op):  # type: ignore[no-untyped-def]
        return jpki.run(op, self.budget)

    def probe(self) -> CardInfo:
        """Select JPKI, check the token, read the certificate (My Number Card) and the PIN tries. No PIN spent."""
        self._run(jpki.op_select_jpki(self.state))
        self.token = self._run(jpki.op_read_token(self.state))
        jpki.check_token(self.token, self.accept_smartphone)
        cert = None
        if self.token == jpki.TOKEN_MYNUMBER:
            cert = self.read_certificate()
        return CardInfo(self.token, cert, self.pin_status())

    def read_certificate(self) -> bytes:
        return self._run(jpki.op_read_der_file(self.state, jpki.EF_AUTH_CERT, self.max_certificate_bytes))

    def pin_status(self) -> jpki.PinStatus:
        return self._run(jpki.op_pin_status(self.state))

    def verify_pin(self, pin: str) -> jpki.VerifyResult:
        return self._run(jpki.op_verify(self.state, pin))

    def sign(self, digest_info: bytes) -> bytes:
        return self._run(jpki.op_sign(self.state, digest_info))
