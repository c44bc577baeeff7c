"""The revocation checker interface that authentication asks before a certificate is accepted.

The LGWAN-side validation client (``kiosk.validation``) implements it. The default, :class:`RefuseAll`, fails
closed: with no checker configured, no My Number Card is accepted.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

from cryptography import x509


class Status(enum.Enum):
    GOOD = "good"
    REVOKED = "revoked"
    UNKNOWN = "unknown"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class Verdict:
    """What the checker decided. ``allow`` is the only thing authentication acts on."""

    allow: bool
    status: Status
    #: short code for staff, e.g. "cert_revoked", "validation_unavailable", "crl_stale"
    reason: str
    #: one plain sentence for the patron (Japanese first; the UI translates by reason code)
    message: str = ""


class RevocationChecker(Protocol):
    def check(self, cert: x509.Certificate, issuer: x509.Certificate) -> Verdict:
        """Decide on ``cert`` (issued by ``issuer``). Must not raise for network trouble: return a refusal."""
        ...


class RefuseAll:
    """The default when no validation client is configured: every certificate is refused (fail closed)."""

    def check(self, cert: x509.Certificate, issuer: x509.Certificate) -> Verdict:
        return Verdict(
            allow=False,
            status=Status.UNAVAILABLE,
            reason="validation_not_configured",
            message="証明書の有効性を確認できません。係員にお知らせください。",
        )
