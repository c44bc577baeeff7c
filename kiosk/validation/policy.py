"""The acceptance policy: (answer, online or offline, CRL age) → allow or refuse, a reason code and a kind message.

Pure and total: every combination has a decision, and every decision that is not an explicit "good" refuses.

======================= ====== ==========================================================================
reason                  allow  when
======================= ====== ==========================================================================
``ocsp_good``           yes    the responder said good (fresh, signed, nonce matched)
``crl_good``            yes    online CRL: fetched now or recently, before its nextUpdate, serial absent
``offline_crl_good``    yes    offline, offline acceptance on, stored CRL younger than the configured age,
                               serial absent (the bookmobile)
``cert_revoked``        no     OCSP or any CRL (even an old one) lists the certificate as revoked
``cert_unknown``        no     the responder does not know the certificate
``crl_stale``           no     online but the CRL is past its nextUpdate
``offline_not_allowed`` no     offline and offline acceptance is off (the default)
``crl_too_old``         no     offline and the stored CRL is older than the configured age
``crl_missing``         no     no CRL stored for the issuing CA
(other codes)           no     the validation service could not be used; the code says why
======================= ====== ==========================================================================
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from kiosk import reasons
from kiosk.identity.revocation import Status, Verdict

#: the reasons that allow
ALLOW_REASONS = ("ocsp_good", "crl_good", "offline_crl_good")


def message_for(reason: str) -> str:
    """The patron's sentence for a reason code, in Japanese (the screens translate by reason code); from the reason
    registry, which also says whether a refusal means the service is away (try later) or the answer cannot be
    believed or the kiosk is at fault (staff must look)."""
    return reasons.verdict_text(reason, "ja")


@dataclass(frozen=True)
class PolicySettings:
    offline_acceptance: bool = False
    offline_max_crl_age: dt.timedelta = dt.timedelta(days=1)


@dataclass(frozen=True)
class Evidence:
    """What the checker found out, before the policy decides."""

    #: "ocsp", "crl" or "none"
    source: str
    status: Status
    #: whether the answer (or the CRL) comes from the network now, or a CRL fetched recently and still current
    online: bool
    #: for UNAVAILABLE: why (a reason code)
    reason: str = ""
    crl_age: dt.timedelta | None = None
    #: the CRL is within its thisUpdate..nextUpdate (with skew)
    crl_current: bool = False
    revocation_time: dt.datetime | None = None
    revocation_reason: str | None = None


def _refuse(status: Status, reason: str) -> Verdict:
    return Verdict(allow=False, status=status, reason=reason, message=message_for(reason))


@functools.cache
def _allow(reason: str) -> Verdict:
    """The verdicts that allow, built once (a verdict is immutable)."""
    return Verdict(allow=True, status=Status.GOOD, reason=reason, message=message_for(reason))


def decide(ev: Evidence, settings: PolicySettings) -> Verdict:
    if ev.status is Status.REVOKED:
        return _refuse(Status.REVOKED, "cert_revoked")
    if ev.status is Status.UNKNOWN:
        return _refuse(Status.UNKNOWN, "cert_unknown")
    if ev.status is Status.UNAVAILABLE:
        return _refuse(Status.UNAVAILABLE, ev.reason or "validation_unavailable")
    # GOOD
    if ev.source == "ocsp":
        return _allow("ocsp_good")
    if ev.source != "crl" or ev.crl_age is None:
        return _refuse(Status.UNAVAILABLE, "validation_unavailable")
    if ev.online:
        return _allow("crl_good") if ev.crl_current else _refuse(Status.UNAVAILABLE, "crl_stale")
    if not settings.offline_acceptance:
        return _refuse(Status.UNAVAILABLE, "offline_not_allowed")
    if ev.crl_age > settings.offline_max_crl_age:
        return _refuse(Status.UNAVAILABLE, "crl_too_old")
    return _allow("offline_crl_good")
