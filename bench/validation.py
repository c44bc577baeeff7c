"""Benchmark of the validation client against a real ``openssl ocsp`` responder on 127.0.0.1.

Baseline, measured in the same run against the same responder: a bare HTTP POST of an OCSP request for the same
certificate (the same size, its own fresh nonce, the same headers, timeouts and settings) through the client's own
HTTP adapter, so the difference is the check's own work; requests' ``Session.post`` is shown beside it. The check
builds a request with a fresh nonce, posts it, verifies the response (signature, CertID, nonce, freshness) and
applies the policy. Its own work, run cold right after each network wait, is split in a separate pass into the
signature verification, the DER decoding, the request and the rest. The same is measured for OCSP over GET.
Targets: check ≤ baseline + 10 %; a cache hit < 1 ms.

Then a JPKI-sized CRL (``--crl-entries``, default 300,000) is imported in a child process: import time (parse,
signature, index, atomic write), the time a fresh process takes to load it from the store, peak RSS, the index's
size and lookup times.

    python bench/validation.py [--rounds 400] [--crl-entries 300000] [--strict]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import itertools
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hardware.sim.certs import Issued, make_ca, make_user_cert  # noqa: E402
from kiosk.config import ValidationSection  # noqa: E402
from kiosk.validation import ocsp  # noqa: E402
from kiosk.validation.client import ValidationClient  # noqa: E402
from kiosk.validation.sim import IndexEntry, OpensslOcspResponder, build_crl  # noqa: E402
from kiosk.validation.transport import OCSP_REQUEST_TYPE, OCSP_RESPONSE_TYPE, HttpClient  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=400)
    ap.add_argument("--crl-entries", type=int, default=300_000, help="0: skip the CRL part")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--crl-child", nargs=3, metavar=("CA", "CRL", "SERIALS"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.crl_child:
        return _crl_child(*a.crl_child)

    ca = make_ca()
    user = make_user_cert(ca)
    with tempfile.TemporaryDirectory() as tmp:
        responder = OpensslOcspResponder(tmp, ca.cert, ca.cert, ca.key, [IndexEntry(user.cert.serial_number)])
        with responder:
            base = ValidationSection(ocsp_url=responder.url, retries=0, connect_timeout_s=10, read_timeout_s=30)
            uncached = ValidationClient(dataclasses.replace(base, cache_max_s=0))
            getter = ValidationClient(dataclasses.replace(base, cache_max_s=0, ocsp_method="get"))
            cached = ValidationClient(dataclasses.replace(base, cache_max_s=300))
            # The baselines post real OCSP requests for the same certificate, each with its own fresh nonce (so
            # the same size as the check's), to the same responder, with the same headers, timeouts and proxy
            # and trust settings: once through the client's own HTTP adapter (the transport the check uses, so
            # the difference is the check's own work), once through requests' Session.post.
            transport = HttpClient(uncached.http.settings)
            session = requests.Session()
            session.trust_env = False
            total = 5 + a.rounds + min(a.rounds, 200)  # warm-up, measured rounds, the rounds of the parts
            ders = [ocsp.build_request(user.cert, ca.cert).der for _ in range(3 * total)]  # 3 bare paths use them
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

            def bare_get() -> float:
                url = ocsp.get_url(responder.url, next(it))
                t0 = time.perf_counter()
                body = transport.get_ocsp(url, responder.url)
                dt_ms = (time.perf_counter() - t0) * 1000
                assert body
                return dt_ms

            def check_get() -> float:
                t0 = time.perf_counter()
                v = getter.check(user.cert, ca.cert)
                dt_ms = (time.perf_counter() - t0) * 1000
                assert v.allow, v
                return dt_ms

            # the check's own work in situ: its time outside the HTTP exchange (timestamps around the exchange)
            in_situ_ms: list[float] = []
            exchange = uncached._exchange
            marks: list[float] = []

            def timed_exchange(der: bytes) -> bytes:
                marks.append(time.perf_counter())
                try:
                    return exchange(der)
                finally:
                    marks.append(time.perf_counter())

            uncached._exchange = timed_exchange  # type: ignore[method-assign]

            def check() -> float:
                marks.clear()
                t0 = time.perf_counter()
                v = uncached.check(user.cert, ca.cert)
                t1 = time.perf_counter()
                assert v.allow, v
                in_situ_ms.append(((t1 - t0) - (marks[1] - marks[0])) * 1000)
                return (t1 - t0) * 1000

            paths = {"bare": bare, "naive": naive, "check": check, "bare_get": bare_get, "check_get": check_get}
            for _ in range(5):  # warm up every path
                for f in paths.values():
                    f()
            times: dict[str, list[float]] = {k: [] for k in paths}
            orders = list(itertools.permutations(paths))
            random.Random(1).shuffle(orders)
            for i in range(a.rounds):  # interleaved, rotating the order, so load drifts hit every path alike
                for k in orders[i % len(orders)]:
                    times[k].append(paths[k]())
            bare_ms, naive_ms, check_ms = times["bare"], times["naive"], times["check"]
            # the same rounds again (the other paths run between the checks, as above), with timers in the check
            parts = _in_situ_parts(paths, orders, marks, total - 5 - a.rounds)

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
            for c in (uncached, cached, getter):
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
    print(
        f"client work in situ                       median {statistics.median(in_situ_ms):7.3f} ms  (the check minus its"
        " HTTP exchange: the same work, run cold after each network wait)"
    )
    print(
        "  of which, in a separate pass (medians): "
        + ", ".join(f"{k} {statistics.median(v):.3f} ms" for k, v in parts.items())
    )
    print(f"cache hit                                 median {h * 1000:7.1f} µs  p99 {_p(hit_ms, 0.99) * 1000:7.1f} µs")
    bg, cg = statistics.median(times["bare_get"]), statistics.median(times["check_get"])
    paired_get = statistics.median(x - y for x, y in zip(times["check_get"], times["bare_get"], strict=True))
    print(f"bare GET, client's transport              median {bg:7.2f} ms  p90 {_p90(times['bare_get']):7.2f} ms")
    print(
        f"client check over GET (uncached)          median {cg:7.2f} ms  p90 {_p90(times['check_get']):7.2f} ms"
        f"  overhead {paired_get:+.2f} ms = {paired_get / bg * 100:+.1f} %"
    )
    ok_overhead = overhead <= 10.0
    ok_hit = _p(hit_ms, 0.99) < 1.0
    print(f"target check ≤ baseline +10 %: {'met' if ok_overhead else 'MISSED'}")
    print(f"target cache hit < 1 ms (p99): {'met' if ok_hit else 'MISSED'}")
    if a.crl_entries > 0:
        _crl_bench(ca, a.crl_entries)
    return 0 if (ok_overhead and ok_hit) or not a.strict else 1


def _in_situ_parts(
    paths: dict[str, Callable[[], float]], orders: list[tuple[str, ...]], marks: list[float], rounds: int
) -> dict[str, list[float]]:
    """Where the check's own work goes, each check right after its real network exchange and among the other paths
    as in the measured rounds: the response's signature verification, its DER decoding, the request's building, and
    the rest (policy, cache, log, glue). A separate pass, as the timers around the parts add their own cost."""
    timed = {"signature": "_verify_signature", "decoding": "_parse", "request": "build_request_for_serial"}
    spent: dict[str, float] = {}
    originals = {name: getattr(ocsp, name) for name in timed.values()}

    def timer(label: str, f: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return f(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.perf_counter() - t0

        return wrapped

    out: dict[str, list[float]] = {k: [] for k in (*timed, "the rest")}
    try:
        for label, name in timed.items():
            setattr(ocsp, name, timer(label, originals[name]))
        for i in range(rounds):
            for k in orders[i % len(orders)]:
                spent.clear()
                dt_ms = paths[k]()
                if k == "check":  # its share of the parts (the check_get path is not counted)
                    own = dt_ms / 1000 - (marks[1] - marks[0])
                    for label in timed:
                        out[label].append(spent.get(label, 0.0) * 1000)
                    out["the rest"].append((own - sum(spent.values())) * 1000)
    finally:
        for name, f in originals.items():
            setattr(ocsp, name, f)
    return out


def _crl_bench(ca: Issued, entries: int) -> None:
    """Build a CRL of ``entries`` 32-bit serials (JPKI's width), then measure its import in a child process, so the
    peak RSS is the import's own and not this process's."""
    rnd = random.Random(1)
    serials = rnd.sample(range(1, 2**32), entries)
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    t0 = time.perf_counter()
    data = build_crl(
        ca.cert,
        ca.key,
        ((s, 1 if i % 4 == 0 else None) for i, s in enumerate(serials)),
        revoked_at=now - datetime.timedelta(days=1),
        this_update=now - datetime.timedelta(minutes=10),
        next_update=now + datetime.timedelta(days=1),
    )
    build_s = time.perf_counter() - t0
    present = set(serials)
    absent: list[int] = []
    while len(absent) < 2000:
        x = rnd.randrange(1, 2**32)
        if x not in present:
            absent.append(x)
    with tempfile.TemporaryDirectory() as tmp:
        files = [Path(tmp, n) for n in ("ca.pem", "list.crl", "serials.json")]
        files[0].write_bytes(ca.pem)
        files[1].write_bytes(data)
        files[2].write_text(json.dumps({"present": rnd.sample(serials, 2000), "absent": absent}))
        out = subprocess.run(
            [sys.executable, __file__, "--crl-child", *map(str, files)], capture_output=True, text=True, check=True
        )
    r = json.loads(out.stdout)
    print(f"CRL: {r['entries']:,} entries, {len(data) / 1e6:.1f} MB DER (built in {build_s:.2f} s)")
    print(f"  import (parse, signature, index, atomic write)  {r['import_s']:.2f} s")
    print(f"  reload from the store (as a fresh process does) {r['load_s']:.2f} s")
    print(
        f"  peak RSS {r['peak_rss_mb']:.0f} MB (the process before the import: {r['base_rss_mb']:.0f} MB),"
        f" index {r['index_mb']:.1f} MB ({r['index_mb'] * 1e6 / r['entries']:.1f} bytes an entry)"
    )
    print(f"  lookup: listed median {r['hit_us']:.1f} µs, not listed median {r['miss_us']:.1f} µs")


def _crl_child(ca_path: str, crl_path: str, serials_path: str) -> int:
    from cryptography import x509

    from kiosk.validation.store import CrlStore

    def status_mb(field: str) -> float:
        # VmHWM: this process's peak resident set (ru_maxrss would carry over the parent's peak across fork/exec)
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
        return float("nan")

    ca = x509.load_pem_x509_certificate(Path(ca_path).read_bytes())
    probes = json.loads(Path(serials_path).read_text())
    base = status_mb("VmRSS")
    now = datetime.datetime.now(datetime.UTC)
    skew = datetime.timedelta(minutes=5)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        crl = CrlStore(tmp, [ca]).put(Path(crl_path).read_bytes(), now=now, clock_skew=skew)
        import_s = time.perf_counter() - t0
        del crl
        t0 = time.perf_counter()
        loaded = CrlStore(tmp, [ca]).get(ca)
        load_s = time.perf_counter() - t0
        assert loaded is not None
        hit: list[float] = []
        for s in probes["present"]:
            t0 = time.perf_counter()
            found = loaded.lookup(s)
            hit.append((time.perf_counter() - t0) * 1e6)
            assert found is not None
        miss: list[float] = []
        for s in probes["absent"]:
            t0 = time.perf_counter()
            found = loaded.lookup(s)
            miss.append((time.perf_counter() - t0) * 1e6)
            assert found is None
    print(
        json.dumps(
            {
                "entries": loaded.entries,
                "import_s": import_s,
                "load_s": load_s,
                "base_rss_mb": base,
                "peak_rss_mb": status_mb("VmHWM"),
                "index_mb": loaded.index_bytes / 1e6,
                "hit_us": statistics.median(hit),
                "miss_us": statistics.median(miss),
            }
        )
    )
    return 0


def _p(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * len(s)))]


def _p90(xs: list[float]) -> float:
    return _p(xs, 0.9)


if __name__ == "__main__":
    sys.exit(main())
