"""The validation client against a real ``openssl ocsp`` responder and small real servers on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp as x509_ocsp

import eventlog
from kiosk.identity.revocation import Status
from kiosk.validation import ocsp
from kiosk.validation.sim import IndexEntry, OpensslOcspResponder, namespaces_available
from tests.filemodes import creation_modes

from .conftest import NOW


def test_the_responders_signing_key_is_never_readable_by_others(pki, tmp_path, monkeypatch):
    """Written 0600 at once (an atomic write with that mode), not written 0644 and narrowed afterwards."""
    with creation_modes(monkeypatch, tmp_path) as made:
        OpensslOcspResponder(tmp_path, pki.ca.cert, pki.ca.cert, pki.ca.key, [])
    keys = {name: oct(mode) for name, mode in made.items() if "signer.key" in name}
    assert keys and all(mode == "0o600" for mode in keys.values()), keys
    assert oct(os.stat(tmp_path / "ocsp-signer.key").st_mode & 0o777) == "0o600"


def test_good_is_allowed(pki, responder, client_factory):
    c = client_factory(ocsp_url=responder.url)
    r = c.check_detail(pki.good.cert, pki.ca.cert)
    assert r.verdict.allow is True
    assert r.verdict.status is Status.GOOD
    assert r.verdict.reason == "ocsp_good"
    assert r.verdict.message
    assert r.cached is False


def test_revoked_is_refused_with_reason_and_time(pki, responder, client_factory):
    c = client_factory(ocsp_url=responder.url)
    r = c.check_detail(pki.revoked.cert, pki.ca.cert)
    assert r.verdict.allow is False
    assert r.verdict.status is Status.REVOKED
    assert r.verdict.reason == "cert_revoked"
    assert r.evidence.revocation_reason == "key_compromise"
    assert r.evidence.revocation_time == pki.revoked_at
    assert "失効" in r.verdict.message


def test_unknown_is_refused(pki, responder, client_factory):
    c = client_factory(ocsp_url=responder.url)
    v = c.check(pki.unknown.cert, pki.ca.cert)
    assert (v.allow, v.status, v.reason) == (False, Status.UNKNOWN, "cert_unknown")


def test_certificate_of_another_ca_with_the_same_name_is_not_good(pki, responder, client_factory):
    # The impostor CA shares the JPKI name; the responder must not vouch for its certificates.
    from hardware.sim.certs import make_user_cert

    other = make_user_cert(pki.impostor, serial=pki.good.cert.serial_number)
    c = client_factory(ocsp_url=responder.url)
    v = c.check(other.cert, pki.impostor.cert)
    assert v.allow is False


def test_responder_down_is_unavailable(pki, client_factory, closed_port_url):
    c = client_factory(ocsp_url=closed_port_url, retries=2)
    r = c.check_detail(pki.good.cert, pki.ca.cert)
    assert r.verdict.allow is False
    assert r.verdict.status is Status.UNAVAILABLE
    assert r.verdict.reason == "validation_unreachable"
    assert r.evidence.online is False


def test_slow_responder_hits_the_read_timeout(pki, client_factory, servers):
    silent = servers["silent"]()
    c = client_factory(ocsp_url=silent.url, read_timeout_s=0.5, retries=1)
    v = c.check(pki.good.cert, pki.ca.cert)
    assert (v.allow, v.status, v.reason) == (False, Status.UNAVAILABLE, "validation_timeout")


def test_response_signed_by_the_wrong_key_is_refused(pki, responder_factory, client_factory):
    # The impostor has the JPKI CA's name: a responder id by name matches, the signature must not.
    bad = responder_factory(pki.ca, pki.impostor, pki.entries())
    c = client_factory(ocsp_url=bad.url)
    r = c.check_detail(pki.good.cert, pki.ca.cert)
    assert r.verdict.allow is False
    assert r.verdict.reason == "ocsp_bad_signature"


def test_stale_next_update_is_refused(pki, responder, client_factory):
    # The responder says nextUpdate = now + 60 min; a kiosk clock two hours ahead sees it stale.
    c = client_factory(ocsp_url=responder.url, clock=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(hours=2))
    v = c.check(pki.good.cert, pki.ca.cert)
    assert (v.allow, v.reason) == (False, "ocsp_stale")


def test_response_from_the_future_is_refused(pki, responder, client_factory):
    c = client_factory(ocsp_url=responder.url, clock=lambda: dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))
    v = c.check(pki.good.cert, pki.ca.cert)
    assert (v.allow, v.reason) == (False, "ocsp_not_yet_valid")


def test_small_clock_difference_is_tolerated(pki, responder, client_factory):
    c = client_factory(ocsp_url=responder.url, clock=lambda: dt.datetime.now(dt.UTC) - dt.timedelta(seconds=100))
    assert c.check(pki.good.cert, pki.ca.cert).allow is True


def test_replayed_response_with_an_old_nonce_is_refused(pki, responder, client_factory, servers):
    replay = servers["replay"](responder.url)
    c = client_factory(ocsp_url=replay.url, cache_max_s=0)
    first = c.check(pki.good.cert, pki.ca.cert)
    assert first.allow is True  # the first passes through
    second = c.check_detail(pki.good.cert, pki.ca.cert)
    assert second.verdict.allow is False
    assert second.verdict.reason == "ocsp_nonce_mismatch"
    assert replay.hits == 2


def test_delegated_responder_is_accepted(pki, responder_factory, client_factory):
    r = responder_factory(pki.ca, pki.delegated, pki.entries())
    c = client_factory(ocsp_url=r.url)
    good = c.check(pki.good.cert, pki.ca.cert)
    revoked = c.check(pki.revoked.cert, pki.ca.cert)
    assert good.allow is True
    assert (revoked.allow, revoked.reason) == (False, "cert_revoked")


@pytest.mark.parametrize("signer", ["no_eku", "foreign_delegated"])
def test_responder_not_delegated_is_refused(pki, responder_factory, client_factory, signer):
    r = responder_factory(pki.ca, getattr(pki, signer), pki.entries())
    c = client_factory(ocsp_url=r.url)
    v = c.check(pki.good.cert, pki.ca.cert)
    assert (v.allow, v.reason) == (False, "ocsp_responder_not_authorized")


def test_locally_trusted_responder_is_accepted_only_when_configured(pki, responder_factory, client_factory):
    from .conftest import make_responder_cert

    own = make_responder_cert(pki.impostor, eku=False, cn="LGWAN validation service")
    r = responder_factory(pki.ca, own, pki.entries())
    assert client_factory(ocsp_url=r.url).check(pki.good.cert, pki.ca.cert).allow is False
    trusting = client_factory(ocsp_url=r.url, trusted=(own.cert,))
    assert trusting.check(pki.good.cert, pki.ca.cert).allow is True


def test_response_without_next_update_is_accepted_when_fresh_and_never_cached(pki, responder_factory, client_factory):
    r = responder_factory(pki.ca, pki.ca, pki.entries(), minutes=None)
    c = client_factory(ocsp_url=r.url)
    assert c.check(pki.good.cert, pki.ca.cert).allow is True
    assert c.check_detail(pki.good.cert, pki.ca.cert).cached is False
    late = client_factory(
        ocsp_url=r.url, clock=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=20), response_max_age_s=60
    )
    assert late.check(pki.good.cert, pki.ca.cert).reason == "ocsp_stale"


def test_good_answers_are_cached_and_others_are_not(pki, responder, client_factory, servers):
    proxy = servers["proxy"]()
    c = client_factory(ocsp_url=responder.url, proxy=proxy.url, cache_max_s=300)
    assert c.check(pki.good.cert, pki.ca.cert).allow is True
    again = c.check_detail(pki.good.cert, pki.ca.cert)
    assert again.verdict.allow is True and again.cached is True
    assert proxy.hits == 1
    for _ in range(2):
        assert c.check(pki.revoked.cert, pki.ca.cert).reason == "cert_revoked"
        assert c.check(pki.unknown.cert, pki.ca.cert).reason == "cert_unknown"
    assert proxy.hits == 5


def test_cache_can_be_switched_off(pki, responder, client_factory, servers):
    proxy = servers["proxy"]()
    c = client_factory(ocsp_url=responder.url, proxy=proxy.url, cache_max_s=0)
    for _ in range(2):
        assert c.check(pki.good.cert, pki.ca.cert).allow is True
    assert proxy.hits == 2


def test_requests_go_through_the_configured_proxy(pki, responder, client_factory, servers):
    proxy = servers["proxy"]()
    c = client_factory(ocsp_url=responder.url, proxy=proxy.url)
    assert c.check(pki.good.cert, pki.ca.cert).allow is True
    assert proxy.targets == [responder.url]


def test_proxy_down_is_unavailable(pki, responder, client_factory, closed_port_url):
    c = client_factory(ocsp_url=responder.url, proxy=closed_port_url)
    v = c.check(pki.good.cert, pki.ca.cert)
    assert (v.allow, v.reason) == (False, "validation_proxy_failed")


def test_http_error_and_wrong_content_type_are_unavailable(pki, client_factory, servers):
    err = servers["static"](b"oops", "text/plain", 503)
    c = client_factory(ocsp_url=err.url, retries=2)
    assert c.check(pki.good.cert, pki.ca.cert).reason == "validation_http_503"
    assert err.hits == 3  # bounded retry: 1 + 2
    html = servers["static"](b"<html>login</html>", "text/html", 200)
    assert client_factory(ocsp_url=html.url).check(pki.good.cert, pki.ca.cert).reason == "validation_bad_content"


def test_garbage_and_oversized_answers_are_refused(pki, client_factory, servers):
    junk = servers["static"](b"\x30\x03\x0a\x01", "application/ocsp-response")
    assert client_factory(ocsp_url=junk.url).check(pki.good.cert, pki.ca.cert).reason == "ocsp_malformed"
    big = servers["static"](b"\x30" * (200 * 1024), "application/ocsp-response")
    assert client_factory(ocsp_url=big.url).check(pki.good.cert, pki.ca.cert).reason == "validation_bad_content"


@pytest.mark.parametrize(
    "status, reason",
    [
        (x509_ocsp.OCSPResponseStatus.TRY_LATER, "ocsp_try_later"),
        (x509_ocsp.OCSPResponseStatus.INTERNAL_ERROR, "ocsp_responder_error"),
        (x509_ocsp.OCSPResponseStatus.UNAUTHORIZED, "ocsp_unauthorized"),
    ],
)
def test_unsuccessful_response_status_is_unavailable(pki, client_factory, servers, status, reason):
    s = servers["static"](
        x509_ocsp.OCSPResponseBuilder.build_unsuccessful(status).public_bytes(serialization.Encoding.DER)
    )
    v = client_factory(ocsp_url=s.url).check(pki.good.cert, pki.ca.cert)
    assert (v.allow, v.status, v.reason) == (False, Status.UNAVAILABLE, reason)


def _crafted(pki, *, this_update, next_update, nonce=None, cert=None, signer=None, algorithm=None):
    cert = cert or pki.good
    signer = signer or pki.ca
    b = (
        x509_ocsp.OCSPResponseBuilder()
        .add_response(
            cert=cert.cert,
            issuer=pki.ca.cert,
            algorithm=algorithm or hashes.SHA1(),
            cert_status=x509_ocsp.OCSPCertStatus.GOOD,
            this_update=this_update,
            next_update=next_update,
            revocation_time=None,
            revocation_reason=None,
        )
        .responder_id(x509_ocsp.OCSPResponderEncoding.HASH, signer.cert)
    )
    if nonce is not None:
        from cryptography import x509

        b = b.add_extension(x509.OCSPNonce(nonce), critical=False)
    return b.sign(signer.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def test_crafted_stale_response_served_over_http_is_refused(pki, client_factory, servers):
    now = dt.datetime.now(dt.UTC)
    stale = _crafted(pki, this_update=now - dt.timedelta(days=2), next_update=now - dt.timedelta(days=1))
    s = servers["static"](stale)
    c = client_factory(ocsp_url=s.url, require_nonce=False)
    assert c.check(pki.good.cert, pki.ca.cert).reason == "ocsp_stale"


def test_response_without_nonce_is_refused_unless_allowed(pki, client_factory, servers):
    now = dt.datetime.now(dt.UTC)
    s = servers["static"](_crafted(pki, this_update=now, next_update=now + dt.timedelta(hours=1)))
    assert client_factory(ocsp_url=s.url).check(pki.good.cert, pki.ca.cert).reason == "ocsp_nonce_missing"
    assert client_factory(ocsp_url=s.url, require_nonce=False).check(pki.good.cert, pki.ca.cert).allow is True


def test_response_about_another_certificate_is_refused(pki, client_factory, servers):
    now = dt.datetime.now(dt.UTC)
    s = servers["static"](_crafted(pki, this_update=now, next_update=now + dt.timedelta(hours=1), cert=pki.unknown))
    v = client_factory(ocsp_url=s.url, require_nonce=False).check(pki.good.cert, pki.ca.cert)
    assert v.reason == "ocsp_certid_mismatch"


def test_responder_whose_cert_id_names_another_serial_is_refused(pki, responder_factory, client_factory):
    # OpenSSL 3.0's "-rcid sha256" answers with a CertID whose serial is 0: not the certificate asked about.
    r = responder_factory(pki.ca, pki.ca, pki.entries(), extra_args=["-rcid", "sha256"])
    c = client_factory(ocsp_url=r.url)
    assert c.check(pki.good.cert, pki.ca.cert).reason == "ocsp_certid_mismatch"
    assert c.check(pki.revoked.cert, pki.ca.cert).allow is False


def test_sha256_cert_id_in_the_answer_is_understood(pki, client_factory, servers):
    now = dt.datetime.now(dt.UTC)
    s = servers["static"](
        _crafted(pki, this_update=now, next_update=now + dt.timedelta(hours=1), algorithm=hashes.SHA256())
    )
    c = client_factory(ocsp_url=s.url, require_nonce=False)
    assert c.check(pki.good.cert, pki.ca.cert).allow is True


def test_index_changes_are_seen_and_revocation_is_not_masked_by_the_cache(pki, responder_factory, client_factory):
    r = responder_factory(pki.ca, pki.ca, [IndexEntry(pki.good.cert.serial_number)])
    c = client_factory(ocsp_url=r.url, cache_max_s=0)
    assert c.check(pki.good.cert, pki.ca.cert).allow is True
    r.stop()
    r.set_entries([IndexEntry(pki.good.cert.serial_number, NOW - dt.timedelta(hours=1), "keyCompromise")])
    r.start()
    c2 = client_factory(ocsp_url=r.url, cache_max_s=0)
    assert c2.check(pki.good.cert, pki.ca.cert).reason == "cert_revoked"


def test_logs_carry_no_serial(pki, responder, client_factory, caplog):
    handler_stream = []

    class Sink(logging.Handler):
        def emit(self, record):
            handler_stream.append(eventlog.JsonFormatter().format(record))

    sink = Sink()
    logging.getLogger().addHandler(sink)
    try:
        with caplog.at_level(logging.DEBUG):
            c = client_factory(ocsp_url=responder.url)
            for who in (pki.good, pki.revoked, pki.unknown):
                c.check(who.cert, pki.ca.cert)
    finally:
        logging.getLogger().removeHandler(sink)
    assert handler_stream, "the checks should have logged events"
    text = "\n".join(handler_stream)
    for who in (pki.good, pki.revoked, pki.unknown):
        s = who.cert.serial_number
        for form in (str(s), f"{s:x}", f"{s:X}"):
            assert form not in text
        cn = who.cert.subject.rfc4514_string()
        assert cn not in text
    events = [json.loads(line)["event"] for line in handler_stream]
    assert "validation.check" in events


def test_request_carries_a_fresh_nonce(pki):
    a = ocsp.build_request(pki.good.cert, pki.ca.cert)
    b = ocsp.build_request(pki.good.cert, pki.ca.cert)
    assert a.nonce and b.nonce and a.nonce != b.nonce
    req = x509_ocsp.load_der_ocsp_request(a.der)
    assert req.serial_number == pki.good.cert.serial_number


def test_fallback_responder_without_namespaces_gives_the_same_answers(pki, responder_factory, client_factory):
    r = responder_factory(pki.ca, pki.ca, pki.entries(), use_namespace=False)
    c = client_factory(ocsp_url=r.url)
    assert c.check(pki.good.cert, pki.ca.cert).reason == "ocsp_good"
    assert c.check(pki.revoked.cert, pki.ca.cert).reason == "cert_revoked"
    assert c.check(pki.unknown.cert, pki.ca.cert).reason == "cert_unknown"


@pytest.mark.parametrize("namespace", [True, False])
def test_a_silent_client_does_not_stall_the_responder(pki, responder_factory, client_factory, namespace):
    import socket

    from kiosk.validation.sim import namespaces_available

    if namespace and not namespaces_available():
        pytest.skip("user/network namespaces (unshare -rn) are not permitted here")
    r = responder_factory(pki.ca, pki.ca, pki.entries(), use_namespace=namespace)
    with socket.create_connection(("127.0.0.1", r.port)) as hold:
        hold.sendall(b"POST / HTTP/1.0\r\n")  # and then nothing
        c = client_factory(ocsp_url=r.url)
        assert c.check(pki.good.cert, pki.ca.cert).reason == "ocsp_good"


# -- OCSP over GET (RFC 6960 Appendix A.1, RFC 5019) -------------------------------------------------------------
@pytest.mark.parametrize("namespace", [True, False])
def test_get_requests_are_answered_by_the_real_responder(pki, responder_factory, client_factory, servers, namespace):
    import base64
    import urllib.parse

    from kiosk.validation.sim import namespaces_available

    if namespace and not namespaces_available():
        pytest.skip("user/network namespaces (unshare -rn) are not permitted here")
    r = responder_factory(pki.ca, pki.ca, pki.entries(), use_namespace=namespace)
    proxy = servers["proxy"]()
    c = client_factory(ocsp_url=r.url, ocsp_method="get", proxy=proxy.url, cache_max_s=0)
    assert c.check(pki.good.cert, pki.ca.cert).reason == "ocsp_good"
    revoked = c.check_detail(pki.revoked.cert, pki.ca.cert)
    assert (revoked.verdict.reason, revoked.evidence.revocation_reason) == ("cert_revoked", "key_compromise")
    assert c.check(pki.unknown.cert, pki.ca.cert).reason == "cert_unknown"
    assert proxy.methods == ["GET", "GET", "GET"]
    for target in proxy.targets:
        assert target.startswith(r.url) and len(target) <= ocsp.MAX_GET_URL
        request = x509_ocsp.load_der_ocsp_request(base64.b64decode(urllib.parse.unquote(target[len(r.url) :])))
        assert request.extensions.get_extension_for_class(x509.OCSPNonce).value.nonce  # a fresh nonce rides along
    # the nonce is still checked on GET: a replayed answer is refused
    replay = servers["replay"](r.url)
    c2 = client_factory(ocsp_url=replay.url, ocsp_method="get", cache_max_s=0)
    assert c2.check(pki.good.cert, pki.ca.cert).allow is True
    assert c2.check(pki.good.cert, pki.ca.cert).reason == "ocsp_nonce_mismatch"


def test_get_requests_never_reach_the_logs(pki, responder, client_factory, caplog):
    # urllib3 logs request lines at DEBUG; a GET line would carry the request (the serial, in base64: "/MG…")
    c = client_factory(ocsp_url=responder.url, ocsp_method="get")
    with caplog.at_level(logging.DEBUG):
        assert c.check(pki.good.cert, pki.ca.cert).allow is True
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "validation.check" in text
    assert "/MG" not in text and "/MI" not in text


def test_get_falls_back_to_post_when_the_url_would_pass_255_bytes(pki, responder, client_factory, servers):
    proxy = servers["proxy"]()
    long_url = responder.url + "x" * 120  # openssl ocsp answers a POST on any path
    c = client_factory(ocsp_url=long_url, ocsp_method="get", proxy=proxy.url)
    assert c.check(pki.good.cert, pki.ca.cert).reason == "ocsp_good"
    assert proxy.methods == ["POST"] and proxy.targets == [long_url]


@pytest.mark.parametrize("form", ["bare host", "path"])
def test_get_to_a_url_without_trailing_slash(pki, responder_factory, client_factory, servers, form):
    # openssl's own listener takes GET only at "/"; the per-request responder reads the last path segment
    r = responder_factory(pki.ca, pki.ca, pki.entries(), use_namespace=False)
    proxy = servers["proxy"]()
    url = r.url.rstrip("/") + ("" if form == "bare host" else "/ocsp")
    c = client_factory(ocsp_url=url, ocsp_method="get", proxy=proxy.url)
    assert c.check(pki.good.cert, pki.ca.cert).reason == "ocsp_good"
    assert proxy.methods == ["GET"]
    assert proxy.targets[0].startswith(url + "/M") and "//M" not in proxy.targets[0]


def test_get_is_not_used_after_a_query(pki, responder_factory, client_factory, servers):
    r = responder_factory(pki.ca, pki.ca, pki.entries(), use_namespace=False)
    proxy = servers["proxy"]()
    c = client_factory(ocsp_url=r.url + "?tenant=1", ocsp_method="get", proxy=proxy.url)
    assert c.check(pki.good.cert, pki.ca.cert).reason == "ocsp_good"
    assert proxy.methods == ["POST"]


def test_post_is_the_default(pki, responder, client_factory, servers):
    proxy = servers["proxy"]()
    c = client_factory(ocsp_url=responder.url, proxy=proxy.url)
    assert c.check(pki.good.cert, pki.ca.cert).allow is True
    assert proxy.methods == ["POST"]


_ORPHAN_SCRIPT = """
import sys, time
from hardware.sim import certs
from kiosk.validation.sim import OpensslOcspResponder
ca = certs.make_ca()
r = OpensslOcspResponder(sys.argv[1], ca.cert, ca.cert, ca.key, [])
r.start()
print(r._proc.pid, flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(not namespaces_available(), reason="the forwarder runs only where network namespaces can be made")
def test_a_responder_does_not_outlive_a_killed_owner(tmp_path):
    # a bench or demo killed before it could stop its responder must not leave openssl running
    root = str(Path(__file__).resolve().parents[2])
    owner = subprocess.Popen(
        [sys.executable, "-c", _ORPHAN_SCRIPT, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=root),
    )
    forwarder = int(owner.stdout.readline())
    openssl = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _parent(p) == forwarder]
    assert openssl, "the forwarder should have started openssl"
    owner.kill()
    owner.wait()
    owner.stdout.close()
    deadline = time.monotonic() + 30
    alive = [forwarder, *(int(p.name) for p in openssl)]
    while alive and time.monotonic() < deadline:
        alive = [pid for pid in alive if Path(f"/proc/{pid}").exists() and _state(pid) != "Z"]
        time.sleep(0.2)
    assert alive == []


def _parent(proc: Path) -> int:
    try:
        return int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "gone"


def test_a_content_length_in_other_digits_is_a_typed_refusal_not_a_crash(pki, client_factory):
    """``"²".isdigit()`` is true and ``int("²")`` raises: a responder's Content-Length is read as ASCII digits only."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(4)

    def answer() -> None:
        for _ in range(2):  # the client may retry once
            try:
                conn, _ = srv.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/ocsp-response\r\nContent-Length: \xb2\r\n"
                             b"Connection: close\r\n\r\n0\x82")  # fmt: skip

    t = threading.Thread(target=answer, daemon=True)
    t.start()
    try:
        c = client_factory(ocsp_url=f"http://127.0.0.1:{srv.getsockname()[1]}/", retries=0)
        v = c.check(pki.good.cert, pki.ca.cert)
        # refused for what the answer is, not as the client's internal error ("validation_error")
        assert not v.allow and v.reason.startswith(("validation_", "ocsp_")) and v.reason != "validation_error"
    finally:
        srv.close()
        t.join(5)


@pytest.mark.parametrize("namespace", [True, False])
def test_a_modelled_delay_and_a_restart_that_keeps_the_url(pki, responder_factory, client_factory, namespace):
    """The test responder across a modelled LGWAN (benches, ``kiosk demo --validation-delay-ms``): every request is
    answered ``delay_s`` late. A restart (after new index entries) answers on the same URL."""
    if namespace and not namespaces_available():
        pytest.skip("unshare -rn is not permitted here")
    r = responder_factory(pki.ca, pki.ca, [IndexEntry(pki.good.cert.serial_number)], delay_s=0.3,
                          use_namespace=namespace)  # fmt: skip
    c = client_factory(ocsp_url=r.url, cache_max_s=0)
    t0 = time.monotonic()
    assert c.check(pki.good.cert, pki.ca.cert).reason == "ocsp_good"
    assert time.monotonic() - t0 >= 0.3
    r.set_entries([IndexEntry(pki.good.cert.serial_number, NOW - dt.timedelta(hours=1), "keyCompromise")])
    url = r.url
    assert r.restart() == url
    assert c.check(pki.good.cert, pki.ca.cert).reason == "cert_revoked"
