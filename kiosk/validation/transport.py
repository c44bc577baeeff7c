"""The HTTP adapter (``requests``): POST an OCSP request or GET a CRL, with the LGWAN gateway's proxy, TLS trust,
an optional pinned server certificate and client certificate, connect/read timeouts and a bounded retry.

Every failure becomes a :class:`~kiosk.validation.errors.TransportError` with a reason code:
``validation_unreachable`` (refused, no route, DNS), ``validation_timeout``, ``validation_proxy_failed``,
``validation_tls_failed``, ``validation_http_<status>``, ``validation_bad_content`` (wrong type, too large).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from requests.adapters import HTTPAdapter

import eventlog
from kiosk.validation.errors import TransportError

logger = logging.getLogger("kiosk.validation.http")

OCSP_REQUEST_TYPE = "application/ocsp-request"
OCSP_RESPONSE_TYPE = "application/ocsp-response"
#: an OCSP response for one certificate is a few kilobytes; anything far larger is refused unread
MAX_OCSP_RESPONSE_BYTES = 64 * 1024
#: a JPKI CRL can be large (millions of cards); bounded all the same
MAX_CRL_BYTES = 512 * 1024 * 1024


class _NoRequestLines(logging.Filter):
    """urllib3 logs every request line at DEBUG. With OCSP over GET that line carries the request itself (the
    certificate serial, base64-encoded), so urllib3's DEBUG lines are never passed on, whatever the log level."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


_urllib3_log = logging.getLogger("urllib3.connectionpool")
if not any(isinstance(f, _NoRequestLines) for f in _urllib3_log.filters):
    _urllib3_log.addFilter(_NoRequestLines())

_OCSP_POST_HEADERS = {"Content-Type": OCSP_REQUEST_TYPE, "Accept": OCSP_RESPONSE_TYPE}
_OCSP_GET_HEADERS = {"Accept": OCSP_RESPONSE_TYPE}


@dataclass(frozen=True)
class HttpSettings:
    proxy: str = ""
    ca_bundle: str = ""
    pinned_cert: str = ""
    client_cert: str = ""
    client_key: str = ""
    connect_timeout_s: float = 3.0
    read_timeout_s: float = 5.0
    retries: int = 1
    #: pause between attempts
    backoff_s: float = 0.2


class _PinningAdapter(HTTPAdapter):
    """Checks the server's leaf certificate against a SHA-256 fingerprint (urllib3's ``assert_fingerprint``)."""

    def __init__(self, fingerprint: str) -> None:
        self._fingerprint = fingerprint
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["assert_fingerprint"] = self._fingerprint
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        kwargs["assert_fingerprint"] = self._fingerprint
        return super().proxy_manager_for(proxy, **kwargs)


def pinned_fingerprint(pem_path: str | Path) -> str:
    """The SHA-256 fingerprint (hex) of the DER certificate in a PEM file."""
    try:
        cert = x509.load_pem_x509_certificate(Path(pem_path).read_bytes())
    except (OSError, ValueError) as e:
        raise TransportError(f"pinned certificate unreadable: {type(e).__name__}", reason="validation_config") from None
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


class HttpClient:
    """One keep-alive session to the validation service."""

    def __init__(self, settings: HttpSettings) -> None:
        self.settings = settings
        s = requests.Session()
        s.trust_env = False  # only the configured proxy and trust, never the environment's
        if settings.proxy:
            s.proxies = {"http": settings.proxy, "https": settings.proxy}
        s.verify = settings.ca_bundle or True
        if settings.client_cert:
            s.cert = (settings.client_cert, settings.client_key)
        if settings.pinned_cert:
            s.mount("https://", _PinningAdapter(pinned_fingerprint(settings.pinned_cert)))
        self.session = s
        self._timeout = (settings.connect_timeout_s, settings.read_timeout_s)
        self._templates: dict[tuple[str, str], requests.PreparedRequest] = {}

    def close(self) -> None:
        self.session.close()

    def post_ocsp(self, url: str, der: bytes) -> bytes:
        """POST an OCSP request (RFC 6960 Appendix A.1) and return the response body."""
        return self._retrying(
            lambda: self._once(
                "POST", url, data=der, headers=_OCSP_POST_HEADERS, limit=MAX_OCSP_RESPONSE_BYTES,
                expect_type=OCSP_RESPONSE_TYPE, direct=True,
            )
        )  # fmt: skip

    def get_ocsp(self, url: str, responder_url: str | None = None) -> bytes:
        """GET an OCSP request already encoded into ``url`` (RFC 6960 Appendix A.1, RFC 5019 §5).

        With ``responder_url`` (of which ``url`` is an extension by URL-safe characters only: base64 and %XX), the
        request is prepared once for the responder and only its URL replaced, as a POST's body is."""
        if responder_url is not None and not url.startswith(responder_url):
            raise ValueError("url does not extend responder_url")
        return self._retrying(
            lambda: self._once(
                "GET", url, data=None, headers=_OCSP_GET_HEADERS, limit=MAX_OCSP_RESPONSE_BYTES,
                expect_type=OCSP_RESPONSE_TYPE, direct=True, template_url=responder_url,
            )
        )  # fmt: skip

    def get(self, url: str, limit: int = MAX_CRL_BYTES) -> bytes:
        return self._retrying(
            lambda: self._once("GET", url, data=None, headers={}, limit=limit, expect_type=None, direct=False)
        )

    def _retrying(self, attempt_once: Callable[[], bytes]) -> bytes:
        """Run one exchange, again after a pause when it failed in a way worth retrying, up to ``retries`` times."""
        attempts = 1 + max(0, self.settings.retries)
        last: TransportError | None = None
        for attempt in range(1, attempts + 1):
            try:
                return attempt_once()
            except TransportError as e:
                last = e
                eventlog.event(
                    logger, "validation.http_failed", logging.WARNING, reason=e.reason, attempt=attempt, of=attempts
                )
                if not _retryable(e) or attempt == attempts:
                    break
                time.sleep(self.settings.backoff_s)
        assert last is not None
        raise last

    def _send(
        self, method: str, url: str, data: bytes | None, headers: dict[str, str], template_url: str | None = None
    ) -> requests.Response:
        """One OCSP exchange straight through the session's transport adapter (its pool, proxy, TLS trust, pinning
        and client certificate), without the session's per-request machinery: no cookies, no environment merging,
        no redirects (an OCSP responder that redirects is refused: ``validation_http_3xx``). The request is
        prepared once per method and URL; only the body changes."""
        key = (method, template_url or url)
        template = self._templates.get(key)
        if template is None:
            template = requests.Request(method, key[1], headers=headers).prepare()
            if len(self._templates) > 64:
                self._templates.clear()
            self._templates[key] = template
        prepared = template.copy()
        if template_url is not None:
            base, suffix = template.url or "", url[len(template_url) :]
            if base.endswith("/") and suffix.startswith("/"):  # requests gave a bare host its "/"
                suffix = suffix[1:]
            prepared.url = base + suffix
        if data is not None:
            prepared.body = data
            prepared.headers["Content-Length"] = str(len(data))
        s = self.session
        return s.get_adapter(url).send(
            prepared, stream=True, timeout=self._timeout, verify=s.verify, cert=s.cert, proxies=s.proxies
        )

    def _once(
        self,
        method: str,
        url: str,
        *,
        data: bytes | None,
        headers: dict[str, str],
        limit: int,
        expect_type: str | None,
        direct: bool,
        template_url: str | None = None,
    ) -> bytes:
        timeout = self._timeout
        try:
            if direct:
                response = self._send(method, url, data, headers, template_url)
            else:
                response = self.session.request(method, url, data=data, headers=headers, timeout=timeout, stream=True)
            with response as r:
                if r.status_code != 200:
                    raise TransportError(f"HTTP {r.status_code}", reason=f"validation_http_{r.status_code}")
                ctype = r.headers.get("Content-Type", "").split(";")[0].strip().lower()
                if expect_type and ctype and ctype != expect_type:
                    raise TransportError(f"unexpected content type {ctype!r}", reason="validation_bad_content")
                declared = r.headers.get("Content-Length")
                if declared and declared.isascii() and declared.isdigit() and int(declared) > limit:
                    raise TransportError("answer too large", reason="validation_bad_content")
                body = bytearray()
                for chunk in r.iter_content(chunk_size=65536):
                    body += chunk
                    if len(body) > limit:
                        raise TransportError("answer too large", reason="validation_bad_content")
                return bytes(body)
        except TransportError:
            raise
        except requests.exceptions.ProxyError:
            raise TransportError("the proxy failed", reason="validation_proxy_failed") from None
        except requests.exceptions.SSLError:
            raise TransportError("TLS failed", reason="validation_tls_failed") from None
        except (requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout):
            raise TransportError("timed out", reason="validation_timeout") from None
        except requests.exceptions.ConnectionError as e:
            # urllib3 reports a read timeout during the body as a ConnectionError wrapping ReadTimeoutError
            if "timed out" in str(e).lower():
                raise TransportError("timed out", reason="validation_timeout") from None
            raise TransportError("cannot connect", reason="validation_unreachable") from None
        except requests.exceptions.RequestException as e:
            raise TransportError(f"HTTP failure ({type(e).__name__})", reason="validation_unreachable") from None
        except OSError as e:
            raise TransportError(f"I/O failure ({type(e).__name__})", reason="validation_unreachable") from None


def _retryable(e: TransportError) -> bool:
    if e.reason in {"validation_unreachable", "validation_proxy_failed"}:
        return True
    # 5xx (overloaded gateway) is worth another try; 4xx and bad content are not
    return e.reason.startswith("validation_http_5")
