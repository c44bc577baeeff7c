"""Typed errors of the validation client. Each carries a short ``reason`` code that staff can read.

The hierarchy says what went wrong and where:

- :class:`TransportError`: the responder or CRL server could not be reached or answered badly at the HTTP level
  (the answer is "unavailable"; the kiosk may fall back to a stored CRL).
- :class:`OcspError`: an OCSP response arrived but must not be believed (bad signature, wrong nonce, stale, …).
- :class:`CrlError`: a CRL is malformed, wrongly signed, for another issuer, or older than the one stored.
- :class:`StoreError`: the CRL store on disk could not be read or written (full disk, permissions).

Messages never quote a certificate serial or any other identity.
"""

from __future__ import annotations

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.x509 import DuplicateExtension, InvalidVersion, UnsupportedGeneralNameType

#: what cryptography raises for damaged or strange DER (it decodes lazily, so also when a field is first read; an
#: extension present twice and a general name of an unknown type raise errors of their own, not ValueError)
DECODE_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    TypeError,
    InvalidVersion,
    UnsupportedAlgorithm,
    DuplicateExtension,
    UnsupportedGeneralNameType,
)


class ValidationError(Exception):
    """Base of every validation-client error. ``reason`` is a short code for staff and logs."""

    reason = "validation_error"

    def __init__(self, message: str = "", reason: str | None = None) -> None:
        if reason is not None:
            self.reason = reason
        super().__init__(message or self.reason)


class TransportError(ValidationError):
    """No usable HTTP answer: refused, timed out, proxy failure, TLS failure, HTTP error status, oversized body."""

    reason = "validation_unavailable"


class OcspError(ValidationError):
    """An OCSP response that must not be trusted or used."""

    reason = "ocsp_invalid"


class OcspResponderError(OcspError):
    """The responder answered with a non-successful status (tryLater, internalError, unauthorized, …)."""

    reason = "ocsp_responder_error"


class CrlError(ValidationError):
    """A CRL that must not be used."""

    reason = "crl_invalid"


class StoreError(ValidationError):
    """The CRL store on disk failed (read, write, full disk)."""

    reason = "crl_store_failed"
