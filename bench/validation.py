"""Benchmark of the validation client against a real ``openssl ocsp`` responder on 127.0.0.1.

Baseline, measured in the same run against the same responder: a bare HTTP POST (``requests``) of an OCSP request
for the same certificate. The check builds a request with a fresh nonce, posts it and verifies the response
(signature, CertID, nonce, freshness) and applies the policy. Targets: check ≤ baseline + 10 %; a cache hit < 1 ms.

    python bench/validation.py [--rounds 60] [--strict]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hardware.sim.certs import make_ca, make_user_cert  # noqa: E402
from kiosk.config import ValidationSection  # noqa: E402
from kiosk.validation import ocsp  # noqa: E402
from kiosk.validation.client import ValidationClient  # noqa: E402
from kiosk.validation.sim import IndexEntry, OpensslOcspResponder  # noqa: E402
from kiosk.validation.transport import OCSP_REQUEST_TYPE, OCSP_RESPONSE_TYPE, HttpClient  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=200)
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    a = ap.parse_args()

    ca = make_ca()
    user = make_user_cert(ca)
    with tempfile.TemporaryDirectory() as tmp:
        responder = OpensslOcspResponder(tmp, ca.cert, ca.cert, ca.key, [IndexEntry(user.cert.serial_number)])
        with responder:
            base = ValidationSection(ocsp_url=responder.url, retries=0, connect_timeout_s=10, read_timeout_s=30)
            uncached = ValidationClient(dataclasses.replace(base, cache_max_s=0))
            cached = ValidationClient(dataclasses.replace(base, cache_max_s=300))
            # The baselines post real OCSP requests for the same certificate, each with its own fresh nonce (so
            # the same size as the check's), to the same responder, with the same headers, timeouts and proxy
            # and trust settings: once through the client's own HTTP adapter (the transport the check uses, so
            # the difference is the check's own work), once through requests' Session.post.
            transport = HttpClient(uncached.http.settings)
            session = requests.Session()
            session.trust_env = False
            total = 5 + a.rounds
            ders = [ocsp.build_request(user.cert, ca.cert).der for _ in range(3 * total)]
            assert len({len(d) for d in ders}) == 1 and len(ders[0]) == len(ocsp.build_request(user.cert, ca.cert).der)
            it = iter(ders)
            headers = {"Content-Type": OCSP_REQUEST_TYPE, "Accept": OCSP_RESPONSE_TYPE}
            timeout = (base.connect_timeout_s, base.read_timeout_s)

            def bare() -> float:
                der = next(it)
                t0 = time.perf_counter()
                body = transport.post_ocsp(responder.url, der)
                dt_ms = (time.perf_counter() - t0) * 1000
                assert body
                return dt_ms

            def naive() -> float:
                der = next(it)
                t0 = time.perf_counter()
                r = session.post(responder.url, data=der, headers=headers, timeout=timeout)
                _ = r.content
                dt_ms = (time.perf_counter() - t0) * 1000
                assert r.status_code == 200
                return dt_ms

            def check() -> float:
                t0 = time.perf_counter()
                v = uncached.check(user.cert, ca.cert)
                dt_ms = (time.perf_counter() - t0) * 1000
                assert v.allow, v
                return dt_ms

            paths = {"bare": bare, "naive": naive, "check": check}
            for _ in range(5):  # warm up every path
                for f in paths.values():
                    f()
            times: dict[str, list[float]] = {k: [] for k in paths}
            orders = list(itertools.permutations(paths))
            for i in range(a.rounds):  # interleaved, rotating the order, so load drifts hit every path alike
                for k in orders[i % len(orders)]:
                    times[k].append(paths[k]())
            bare_ms, naive_ms, check_ms = times["bare"], times["naive"], times["check"]

            assert cached.check(user.cert, ca.cert).allow
            hit_ms: list[float] = []
            for _ in range(1000):
                t0 = time.perf_counter()
                r = cached.check_detail(user.cert, ca.cert)
                hit_ms.append((time.perf_counter() - t0) * 1000)
                assert r.cached and r.verdict.allow
            # the client's own work without the network, in a hot loop: request building and response checking
            query = ocsp.build_request(user.cert, ca.cert)
            body = transport.post_ocsp(responder.url, query.der)
            now = datetime.datetime.now(datetime.UTC)
            work_ms: list[float] = []
            for _ in range(500):
                t0 = time.perf_counter()
                ocsp.build_request(user.cert, ca.cert)
                ocsp.read_response(body, query, ca.cert, now=now)
                work_ms.append((time.perf_counter() - t0) * 1000)
            for c in (uncached, cached):
                c.close()
            transport.close()
            session.close()

    b, n, c, h = (statistics.median(x) for x in (bare_ms, naive_ms, check_ms, hit_ms))
    # the overhead from paired rounds (same moment, same load), relative to the baseline's median
    paired = statistics.median(x - y for x, y in zip(check_ms, bare_ms, strict=True))
    overhead = paired / b * 100
    paired_naive = statistics.median(x - y for x, y in zip(check_ms, naive_ms, strict=True))
    mode = "network namespace" if responder.use_namespace else "per-request -reqin"
    print(f"responder: openssl ocsp ({mode}) on 127.0.0.1, {a.rounds} rounds, request {len(ders[0])} bytes")
    print(f"bare POST, client's transport (baseline) median {b:7.2f} ms  p90 {_p90(bare_ms):7.2f} ms")
    print(f"bare POST, requests Session.post          median {n:7.2f} ms  p90 {_p90(naive_ms):7.2f} ms")
    print(
        f"client check (uncached)                   median {c:7.2f} ms  p90 {_p90(check_ms):7.2f} ms"
        f"  overhead {paired:+.2f} ms = {overhead:+.1f} %  (vs Session.post {paired_naive:+.2f} ms)"
    )
    print(
        f"client work (hot loop)                    median {statistics.median(work_ms):7.3f} ms  (build request + check response)"
    )
    print(f"cache hit                                 median {h * 1000:7.1f} µs  p99 {_p(hit_ms, 0.99) * 1000:7.1f} µs")
    ok_overhead = overhead <= 10.0
    ok_hit = _p(hit_ms, 0.99) < 1.0
    print(f"target check ≤ baseline +10 %: {'met' if ok_overhead else 'MISSED'}")
    print(f"target cache hit < 1 ms (p99): {'met' if ok_hit else 'MISSED'}")
    return 0 if (ok_overhead and ok_hit) or not a.strict else 1


def _p(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * len(s)))]


def _p90(xs: list[float]) -> float:
    return _p(xs, 0.9)


if __name__ == "__main__":
    sys.exit(main())
