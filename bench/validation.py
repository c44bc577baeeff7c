"""Benchmark of the validation client against a real ``openssl ocsp`` responder on 127.0.0.1.

Baseline, measured in the same run against the same responder: a bare HTTP POST (``requests``) of an OCSP request
for the same certificate. The check builds a request with a fresh nonce, posts it and verifies the response
(signature, CertID, nonce, freshness) and applies the policy. Targets: check ≤ baseline + 10 %; a cache hit < 1 ms.

    python bench/validation.py [--rounds 60] [--strict]
"""

from __future__ import annotations

import argparse
import dataclasses
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
            session = requests.Session()
            session.trust_env = False
            der = ocsp.build_request(user.cert, ca.cert).der
            headers = {"Content-Type": "application/ocsp-request"}

            def bare() -> float:
                t0 = time.perf_counter()
                r = session.post(responder.url, data=der, headers=headers, timeout=(10, 30))
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

            for _ in range(5):  # warm up both paths
                bare()
                check()
            bare_ms: list[float] = []
            check_ms: list[float] = []
            for i in range(a.rounds):  # interleaved, alternating the order, so load drifts hit both alike
                if i % 2:
                    bare_ms.append(bare())
                    check_ms.append(check())
                else:
                    check_ms.append(check())
                    bare_ms.append(bare())

            assert cached.check(user.cert, ca.cert).allow
            hit_ms: list[float] = []
            for _ in range(1000):
                t0 = time.perf_counter()
                r = cached.check_detail(user.cert, ca.cert)
                hit_ms.append((time.perf_counter() - t0) * 1000)
                assert r.cached and r.verdict.allow
            for c in (uncached, cached):
                c.close()
            session.close()

    b, c, h = statistics.median(bare_ms), statistics.median(check_ms), statistics.median(hit_ms)
    # the overhead from paired rounds (same moment, same load), relative to the baseline's median
    paired = statistics.median(x - y for x, y in zip(check_ms, bare_ms, strict=True))
    overhead = paired / b * 100
    mode = "network namespace" if responder.use_namespace else "per-request -reqin"
    print(f"responder: openssl ocsp ({mode}) on 127.0.0.1, {a.rounds} rounds")
    print(f"bare HTTP POST (baseline) median {b:7.2f} ms  p90 {_p90(bare_ms):7.2f} ms")
    print(
        f"client check (uncached)   median {c:7.2f} ms  p90 {_p90(check_ms):7.2f} ms  overhead {paired:+.2f} ms = {overhead:+.1f} %"
    )
    print(f"cache hit                 median {h * 1000:7.1f} µs  p99 {_p(hit_ms, 0.99) * 1000:7.1f} µs")
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
