"""Benchmark of decoding ``|``-heavy SIP2 replies (issue 13): the codec against the field loop it replaced.

Baseline, measured in the same run on the same frames: the field loop as shipped before issue 13 (a lazy regular
expression, ``([A-Z]{2})(.*?)(?:\\|+(?=[A-Z]{2})|\\|*\\Z)``, which rescans a run of ``|`` from every position of it:
quadratic, and all of it inside one C call that holds the GIL, so the screen froze). The frames are 64 replies with a
private field whose value is a run of ``|`` then a letter (what :func:`kiosk.sip2.demo.bloated` sends), the worst
case for that loop. Figures: the whole ``codec.decode`` of the frame (a 60 KB frame is now refused as over the frame
limit: the time to refuse it), and the field splitter alone on the same text without the limit, to show that it is
linear. Target: decoding a frame at the limit takes under 5 ms.

    python bench/sip2_decode.py [--sizes 4000,8000,16000,60000] [--skip-baseline-above 16000]   (60000: minutes)
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.sip2 import codec  # noqa: E402
from kiosk.sip2.errors import FrameTooLong  # noqa: E402

_SHIPPED_FIELD = re.compile(r"([A-Z]{2})(.*?)(?:\|+(?=[A-Z]{2})|\|*\Z)", re.DOTALL)
HEAD = b"64" + b" " * 14 + b"014" + b"20261121    090507" + b"0000" * 6 + b"AOJPLIB|AA10000001|AEx|ZZ"


def shipped_fields(rest: str) -> list[tuple[str, str]]:
    """The field loop of ``codec.decode`` before issue 13 (the baseline)."""
    out = []
    rest = rest.lstrip("|")
    pos = 0
    while pos < len(rest):
        m = _SHIPPED_FIELD.match(rest, pos)
        if m is None or m.end() == pos:
            raise ValueError("bad field")
        out.append((m.group(1), m.group(2)))
        pos = m.end()
    return out


def frame_of(size: int) -> bytes:
    body = HEAD + b"|" * (size - len(HEAD) - 11) + b"x|AY1AZ"
    return body + codec.checksum(body).encode()


def best(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def decode_or_refuse(frame: bytes) -> str:
    try:
        codec.decode(frame)
    except FrameTooLong:
        return "refused (over the limit)"
    return "decoded"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="4000,8000,16000,60000")
    ap.add_argument("--skip-baseline-above", type=int, default=16000, help="the baseline at 60 KB takes minutes")
    ap.add_argument("--rounds", type=int, default=20)
    a = ap.parse_args()
    print(f"frame limit {codec.MAX_FRAME_BYTES} bytes; best of {a.rounds} (baseline: one run)")
    print(f"{'size':>7}  {'baseline (shipped loop)':>24}  {'codec.decode':>13}  {'splitter alone':>15}  outcome")
    worst_at_limit = 0.0
    for size in (int(s) for s in a.sizes.split(",")):
        frame = frame_of(size)
        text = frame[len(HEAD) - 2 : -9].decode()  # the ID'd fields, from ZZ on
        if size <= a.skip_baseline_above:
            t = time.perf_counter()
            shipped_fields(text)
            baseline = f"{(time.perf_counter() - t) * 1000:,.1f} ms"
        else:
            baseline = "skipped"
        new = best(lambda f=frame: decode_or_refuse(f), a.rounds)
        split = best(lambda t=text: codec.split_fields(t), a.rounds)
        if size <= codec.MAX_FRAME_BYTES:
            worst_at_limit = max(worst_at_limit, new)
        print(f"{size:>7}  {baseline:>24}  {new * 1000:>10.3f} ms  {split * 1000:>12.3f} ms  {decode_or_refuse(frame)}")
    at_limit = best(lambda: codec.decode(frame_of(codec.MAX_FRAME_BYTES)), a.rounds)
    print(f"at the limit ({codec.MAX_FRAME_BYTES} bytes): {at_limit * 1000:.3f} ms (target < 5 ms)")
    return 0 if at_limit < 0.005 else 1


if __name__ == "__main__":
    sys.exit(main())
