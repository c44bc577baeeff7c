"""A live check of the validation link for maintenance: is the revocation service usable right now?

What is checked, and why that is meaningful:

- **OCSP** (``mode = "ocsp"``): one request per trust anchor to the configured responder, through the same HTTP
  adapter as a card check (proxy, TLS, pinning, client certificate), judged by the same code
  (:func:`kiosk.validation.ocsp.read_response`): the answer must be signed by the CA or by a responder it
  delegated to (or a configured trusted responder), carry our fresh nonce, and be current against our clock. A
  reachable responder whose answer would not be believed is therefore an error, with the same reason code a card
  check would get. The question is about ``[validation].probe_cert`` when one is configured (for example a staff
  test card's certificate: it must come back "good"), otherwise about a random serial no card carries: the status
  ("unknown" or "good") does not matter then, only that a believable signed answer came back. No patron
  certificate is ever used, and nothing is cached for card checks.
- **CRL** (``mode = "crl"``): the stored CRL of each trust anchor against ``offline_max_crl_age_s`` (what offline
  acceptance would allow), and its nextUpdate. No network: the stored CRL is what cards are checked against.
- ``"ocsp+crl"``: the OCSP check; when the responder cannot be used but the stored CRLs can, a warning (cards are
  still checked, through the CRL fallback).

:func:`judge_crl` is pure; :func:`probe` does the I/O (blocking: run it on a worker lane).
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cryptography import x509

import eventlog
from kiosk.identity.revocation import Status
from kiosk.validation import crl as crl_mod
from kiosk.validation import ocsp
from kiosk.validation.client import ValidationClient, utc_now
from kiosk.validation.errors import OcspError, OcspResponderError, TransportError

_log = logging.getLogger("kiosk.validation")

OK, WARNING, ERROR = "ok", "warning", "error"
_RANK = {OK: 0, WARNING: 1, ERROR: 2}
#: a CRL older than this share of the allowed age is reported early, while cards are still accepted
AGEING_SHARE = 0.8


@dataclass(frozen=True)
class ProbeResult:
    #: "ok", "warning" or "error"
    health: str
    #: a short code staff can read ("" when all is well)
    reason: str = ""
    detail: str = ""


def worst(results: Sequence[ProbeResult]) -> ProbeResult:
    return max(results, key=lambda r: _RANK[r.health]) if results else ProbeResult(ERROR, "anchor_missing")


def _span(seconds: float) -> str:
    s = int(max(seconds, 0))
    return f"{s // 3600}h{s % 3600 // 60:02d}m"


def judge_crl(crl: crl_mod.Crl | None, now: dt.datetime, max_age: dt.timedelta, skew: dt.timedelta) -> ProbeResult:
    """The stored CRL of one CA as a maintenance state."""
    if crl is None:
        return ProbeResult(ERROR, "crl_missing", "no CRL stored for this CA")
    age = crl.age(now)
    detail = f"crl age {_span(age.total_seconds())} of {_span(max_age.total_seconds())}"
    if age > max_age:
        return ProbeResult(ERROR, "crl_too_old", detail)
    if not crl.is_current(now, skew):
        return ProbeResult(WARNING, "crl_stale", detail + ", past its nextUpdate")
    if age > max_age * AGEING_SHARE:
        return ProbeResult(WARNING, "crl_ageing", detail)
    return ProbeResult(OK, "", detail)


def _ocsp_one(
    client: ValidationClient, issuer: x509.Certificate, probe_cert: x509.Certificate | None, clock: Callable
) -> ProbeResult:
    settings = client.settings
    if probe_cert is not None:
        query = ocsp.build_request(probe_cert, issuer)
    else:
        query = ocsp.build_request_for_serial(secrets.randbits(120) | (1 << 120), issuer)
    t0 = time.perf_counter()
    try:
        body = client._exchange(query.der)  # POST or GET, exactly as a card check asks
        answer = ocsp.read_response(
            body,
            query,
            issuer,
            now=clock(),
            clock_skew=client.skew,
            require_nonce=settings.require_nonce,
            max_age_without_next_update=client._max_age,
            trusted_responders=client.trusted_responders,
        )
    except (TransportError, OcspResponderError, OcspError) as e:
        return ProbeResult(ERROR, e.reason, "ocsp")
    detail = f"ocsp {(time.perf_counter() - t0) * 1000:.0f} ms, signed by {answer.signer}"
    if probe_cert is not None and answer.status is not Status.GOOD:
        return ProbeResult(WARNING, f"probe_cert_{answer.status.value}", detail)
    return ProbeResult(OK, "", detail)


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except Exception:  # noqa: BLE001 - any failure (name, signature, key type) means "not this issuer"
        return False
    return True


def probe(
    client: ValidationClient | None,
    anchors: Sequence[x509.Certificate],
    *,
    probe_cert: x509.Certificate | None = None,
    clock: Callable[[], dt.datetime] = utc_now,
) -> ProbeResult:
    """Check the validation link now (blocks on the network in OCSP modes). Never raises."""
    if client is None:
        result = ProbeResult(ERROR, "validation_not_configured")
    elif not anchors:
        result = ProbeResult(ERROR, "anchor_missing")
    else:
        try:
            result = _probe(client, anchors, probe_cert, clock)
        except Exception as e:  # noqa: BLE001 - a probe must never take maintenance down
            result = ProbeResult(ERROR, "probe_failed", type(e).__name__)
    eventlog.event(_log, "validation.probe", health=result.health, reason=result.reason or None)
    return result


def _probe(
    client: ValidationClient, anchors: Sequence[x509.Certificate], probe_cert: x509.Certificate | None, clock: Callable
) -> ProbeResult:
    settings = client.settings
    mode = settings.mode

    def crl_state() -> ProbeResult:
        if client.store is None:
            return ProbeResult(ERROR, "crl_store_missing")
        max_age = dt.timedelta(seconds=settings.offline_max_crl_age_s)
        now = clock()
        return worst([judge_crl(client.store.get(a), now, max_age, client.skew) for a in anchors])

    if mode == "crl":
        return crl_state()
    if not settings.ocsp_url:
        return ProbeResult(ERROR, "validation_not_configured", "no ocsp_url")
    results = []
    matched = False
    for anchor in anchors:
        cert = probe_cert if probe_cert is not None and _issued_by(probe_cert, anchor) else None
        matched = matched or cert is not None
        results.append(_ocsp_one(client, anchor, cert, clock))
    if probe_cert is not None and not matched:
        results.append(ProbeResult(WARNING, "probe_cert_foreign", "probe_cert is issued by no trust anchor"))
    result = worst(results)
    if mode == "ocsp+crl" and result.health == ERROR:
        fallback = crl_state()
        if fallback.health != ERROR:
            return ProbeResult(WARNING, result.reason, "crl fallback: " + fallback.detail)
    return result
