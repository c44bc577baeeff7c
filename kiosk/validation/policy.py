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
from dataclasses import dataclass

from kiosk.identity.revocation import Status, Verdict

MSG_OK = "証明書を確認しました。"
MSG_REVOKED = (
    "このカードの利用者証明用電子証明書は失効しているため、ご利用いただけません。"
    "お手数ですが、お住まいの市区町村の窓口でご確認ください。"
)
MSG_UNKNOWN = "このカードの電子証明書を確認できませんでした。お手数ですが、係員にお知らせください。"
MSG_UNAVAILABLE = (
    "ただいま電子証明書の有効性を確認できません。"
    "しばらくしてからもう一度お試しいただくか、図書館カードをご利用ください。係員にもお知らせください。"
)
MSG_OFFLINE = (
    "この端末では、いまマイナンバーカードを確認できません。図書館カードをご利用いただくか、係員にお知らせください。"
)

MSG_FAULT = (
    "この端末では、いま電子証明書の有効性を確認できません。"
    "図書館カードをご利用いただくか、係員にお知らせください（画面のコードをお見せください）。"
)

#: the refusals that mean the validation service is away or busy (a later try may succeed); every other refusal that
#: is not about the card itself means the check could not be made or its answer is not believed (forged, replayed,
#: stale, misconfigured), which staff must look at
SERVICE_AWAY_REASONS = frozenset(
    {"validation_unavailable", "validation_unreachable", "validation_timeout", "validation_proxy_failed",
     "ocsp_try_later", "ocsp_responder_error", "crl_stale", "crl_missing", "crl_too_old", "offline_not_allowed"}
)  # fmt: skip


def is_service_away(reason: str) -> bool:
    """Whether a refusal only says the validation service cannot be used now (an HTTP 5xx counts)."""
    return reason in SERVICE_AWAY_REASONS or reason.startswith("validation_http_5")


_MESSAGES = {
    "cert_revoked": MSG_REVOKED,
    "cert_unknown": MSG_UNKNOWN,
    "offline_not_allowed": MSG_OFFLINE,
    "crl_too_old": MSG_OFFLINE,
    "crl_missing": MSG_OFFLINE,
    "crl_stale": MSG_UNAVAILABLE,
}


#: the reasons that allow
ALLOW_REASONS = ("ocsp_good", "crl_good", "offline_crl_good")


def message_for(reason: str) -> str:
    """The patron message for a reason code (Japanese; the UI translates by reason code)."""
    if reason in ALLOW_REASONS:
        return MSG_OK
    known = _MESSAGES.get(reason)
    if known is not None:
        return known
    return MSG_UNAVAILABLE if is_service_away(reason) else MSG_FAULT


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


def _allow(reason: str) -> Verdict:
    return _ALLOWED[reason]


#: the verdicts that allow, built once (a verdict is immutable)
_ALLOWED = {r: Verdict(allow=True, status=Status.GOOD, reason=r, message=message_for(r)) for r in ALLOW_REASONS}


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
