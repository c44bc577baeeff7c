"""The validation client: the :class:`~kiosk.identity.revocation.RevocationChecker` the authentication asks.

It glues the sans-I/O OCSP and CRL cores to the HTTP adapter, the good-answer cache and the CRL store, and hands
the evidence to the policy. It never raises: whatever goes wrong becomes a refusal with a reason code.
"""

from __future__ import annotations

import collections
import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import NamedTuple

from cryptography import x509

import eventlog
from kiosk.config import ValidationSection
from kiosk.identity.revocation import Status, Verdict
from kiosk.validation import crl as crl_mod
from kiosk.validation import ocsp
from kiosk.validation.errors import CrlError, OcspError, OcspResponderError, TransportError, ValidationError
from kiosk.validation.policy import Evidence, PolicySettings, decide
from kiosk.validation.store import CrlStore
from kiosk.validation.transport import HttpClient, HttpSettings

logger = logging.getLogger("kiosk.validation")

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class GoodCache:
    """ "Good" OCSP answers, reused until their nextUpdate but never longer than ``max_s`` (monotonic clock).

    Keyed by (issuer key identifier, serial); bounded in size; nothing but "good" is ever put here.
    """

    def __init__(self, max_s: float, size: int = 4096) -> None:
        self.max_s = max_s
        self.size = size
        self._items: collections.OrderedDict[tuple[bytes, int], tuple[float, ocsp.Answer]] = collections.OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[bytes, int]) -> ocsp.Answer | None:
        if self.max_s <= 0:  # caching off: nothing was ever put
            return None
        with self._lock:
            hit = self._items.get(key)
            if hit is None:
                return None
            if time.monotonic() >= hit[0]:
                del self._items[key]
                return None
            self._items.move_to_end(key)
            return hit[1]

    def put(self, key: tuple[bytes, int], answer: ocsp.Answer, now: dt.datetime) -> None:
        if answer.status is not Status.GOOD or answer.next_update is None or self.max_s <= 0:
            return
        ttl = min(self.max_s, (answer.next_update - now).total_seconds())
        if ttl <= 0:
            return
        with self._lock:
            self._items[key] = (time.monotonic() + ttl, answer)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


#: a good OCSP answer, fresh or reused from the cache (the evidence carries nothing else)
_OCSP_GOOD = Evidence("ocsp", Status.GOOD, online=True)


class Result(NamedTuple):
    """A verdict with what led to it (for the CLI and diagnostics; holds no identity). A named tuple: one is built
    per check."""

    verdict: Verdict
    evidence: Evidence
    cached: bool = False
    ms: float = 0.0

    def as_dict(self) -> dict[str, object]:
        ev = self.evidence
        return {
            "ok": True,
            "allow": self.verdict.allow,
            "status": self.verdict.status.value,
            "reason": self.verdict.reason,
            "message": self.verdict.message,
            "source": ev.source,
            "online": ev.online,
            "cached": self.cached,
            "revocation_time": ev.revocation_time.isoformat() if ev.revocation_time else None,
            "revocation_reason": ev.revocation_reason,
            "crl_age_s": int(ev.crl_age.total_seconds()) if ev.crl_age is not None else None,
            "ms": round(self.ms, 2),
        }


class ValidationClient:
    """OCSP, CRL or OCSP with CRL fallback, per ``[validation]``; implements ``RevocationChecker``."""

    def __init__(
        self,
        settings: ValidationSection,
        *,
        store: CrlStore | None = None,
        http: HttpClient | None = None,
        trusted_responders: Sequence[x509.Certificate] = (),
        clock: Clock = utc_now,
    ) -> None:
        self.settings = settings
        self.store = store
        self.http = http or HttpClient(
            HttpSettings(
                proxy=settings.proxy,
                ca_bundle=settings.ca_bundle,
                pinned_cert=settings.pinned_cert,
                client_cert=settings.client_cert,
                client_key=settings.client_key,
                connect_timeout_s=settings.connect_timeout_s,
                read_timeout_s=settings.read_timeout_s,
                retries=settings.retries,
            )
        )
        self.trusted_responders = tuple(trusted_responders)
        self.clock = clock
        self.cache = GoodCache(settings.cache_max_s)
        #: issuer key id → monotonic time of the last successful CRL fetch by this process
        self._fetched: dict[bytes, float] = {}
        self.skew = dt.timedelta(seconds=settings.clock_skew_s)
        self._max_age = dt.timedelta(seconds=settings.response_max_age_s)
        # the request goes into the path: not after a query or fragment
        self._use_get = settings.ocsp_method == "get" and not {"?", "#"} & set(settings.ocsp_url)
        self.policy = PolicySettings(
            offline_acceptance=settings.offline_acceptance,
            offline_max_crl_age=dt.timedelta(seconds=settings.offline_max_crl_age_s),
        )

    # -- the RevocationChecker interface -------------------------------------------------------------------------
    def check(self, cert: x509.Certificate, issuer: x509.Certificate) -> Verdict:
        return self.check_detail(cert, issuer).verdict

    def check_detail(self, cert: x509.Certificate, issuer: x509.Certificate) -> Result:
        t0 = time.perf_counter()
        try:
            ev, cached = self._check(cert, issuer)
            verdict = decide(ev, self.policy)
        except Exception as e:  # fail closed on anything unforeseen, and say so in the log (type only)
            ev, cached = Evidence("none", Status.UNAVAILABLE, online=False, reason="validation_error"), False
            verdict = decide(ev, self.policy)
            eventlog.event(logger, "validation.internal_error", logging.ERROR, exception=type(e).__name__)
        ms = (time.perf_counter() - t0) * 1000
        eventlog.event(
            logger,
            "validation.check",
            allow=verdict.allow,
            reason=verdict.reason,
            source=ev.source,
            online=ev.online,
            cached=cached,
            ms=round(ms, 1),
        )
        return Result(verdict, ev, cached, ms)

    def _check(self, cert: x509.Certificate, issuer: x509.Certificate) -> tuple[Evidence, bool]:
        """The evidence, and whether it came from the cache."""
        mode = self.settings.mode
        if mode in ("ocsp", "ocsp+crl") and self.settings.ocsp_url:
            key = (crl_mod.key_id(issuer), cert.serial_number)
            if self.cache.get(key) is not None:
                return _OCSP_GOOD, True
            ev, fallback = self._ocsp(cert, issuer, key)
            if not (fallback and mode == "ocsp+crl"):
                return ev, False
        elif mode == "ocsp":
            return Evidence("none", Status.UNAVAILABLE, online=False, reason="validation_not_configured"), False
        return self._crl(cert, issuer), False

    # -- OCSP ----------------------------------------------------------------------------------------------------
    def _ocsp(self, cert: x509.Certificate, issuer: x509.Certificate, key: tuple[bytes, int]) -> tuple[Evidence, bool]:
        """(evidence, whether a CRL fallback is allowed: only when the service could not be used at all)."""
        query = ocsp.build_request_for_serial(key[1], issuer)  # the key holds the serial (read once from the cert)
        try:
            body = self._exchange(query.der)
        except TransportError as e:
            return Evidence("ocsp", Status.UNAVAILABLE, online=False, reason=e.reason), True
        now = self.clock()
        try:
            answer = ocsp.read_response(
                body,
                query,
                issuer,
                now=now,
                clock_skew=self.skew,
                require_nonce=self.settings.require_nonce,
                max_age_without_next_update=self._max_age,
                trusted_responders=self.trusted_responders,
            )
        except OcspResponderError as e:
            eventlog.event(logger, "validation.ocsp_refused", logging.WARNING, reason=e.reason)
            return Evidence("ocsp", Status.UNAVAILABLE, online=False, reason=e.reason), True
        except OcspError as e:
            # an answer that must not be believed is not "offline": no fallback, staff must look
            eventlog.event(logger, "validation.ocsp_untrusted", logging.WARNING, reason=e.reason)
            return Evidence("ocsp", Status.UNAVAILABLE, online=True, reason=e.reason), False
        self.cache.put(key, answer, now)
        if answer.status is Status.GOOD:
            return _OCSP_GOOD, False
        return (
            Evidence(
                "ocsp",
                answer.status,
                online=True,
                revocation_time=answer.revocation_time,
                revocation_reason=answer.revocation_reason,
            ),
            False,
        )

    def _exchange(self, der: bytes) -> bytes:
        """Send one OCSP request: POST, or with ``ocsp_method = "get"`` a GET when the URL stays within RFC 5019's
        255 bytes (a longer request is POSTed, as RFC 5019 §5 allows)."""
        url = self.settings.ocsp_url
        if self._use_get:
            get_url = ocsp.get_url(url, der)
            if len(get_url) <= ocsp.MAX_GET_URL:
                return self.http.get_ocsp(get_url, url)
        return self.http.post_ocsp(url, der)

    # -- CRL -----------------------------------------------------------------------------------------------------
    def refresh_crl(self, issuers: Sequence[x509.Certificate] = ()) -> crl_mod.Crl:
        """Fetch the CRL from ``crl_url`` and store it; raises :class:`ValidationError` subclasses."""
        if not self.settings.crl_url:
            raise TransportError("no crl_url configured", reason="crl_url_not_configured")
        if self.store is None:
            raise CrlError("no CRL store", reason="crl_store_missing")
        data = self.http.get(self.settings.crl_url)
        crl = self.store.put(data, now=self.clock(), clock_skew=self.skew, issuers=issuers)
        self._fetched[crl.issuer_key_id] = time.monotonic()
        return crl

    def _crl(self, cert: x509.Certificate, issuer: x509.Certificate) -> Evidence:
        if self.store is None:
            return Evidence("none", Status.UNAVAILABLE, online=False, reason="crl_missing")
        now = self.clock()
        stored = self.store.get(issuer)
        online = False
        if self.settings.crl_url:
            # a CRL this process fetched less than crl_refresh_s ago and still current counts as online
            fetched = self._fetched.get(crl_mod.key_id(issuer))
            due = (
                stored is None
                or not stored.is_current(now, self.skew)
                or fetched is None
                or time.monotonic() - fetched > self.settings.crl_refresh_s
            )
            if due:
                try:
                    self.refresh_crl([issuer])
                    online = True
                except TransportError as e:
                    eventlog.event(logger, "validation.crl_fetch_failed", logging.WARNING, reason=e.reason)
                except ValidationError as e:
                    # the network answered, but with a CRL that cannot be used (stale, forged): still online
                    online = True
                    eventlog.event(logger, "validation.crl_fetch_refused", logging.WARNING, reason=e.reason)
            else:
                online = True
            # the fetched CRL may be another CA's (2015 and 2023 share a name): read ours again
            stored = self.store.get(issuer)
        if stored is None:
            return Evidence("none", Status.UNAVAILABLE, online=online, reason="crl_missing")
        rev = stored.lookup(cert.serial_number)
        age = stored.age(now)
        current = stored.is_current(now, self.skew)
        if rev is not None:
            return Evidence(
                "crl",
                Status.REVOKED,
                online=online,
                crl_age=age,
                crl_current=current,
                revocation_time=rev.revoked_at,
                revocation_reason=rev.reason,
            )
        return Evidence("crl", Status.GOOD, online=online, crl_age=age, crl_current=current)

    def close(self) -> None:
        self.http.close()
