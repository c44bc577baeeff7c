"""The 3M pad's frame decoder on noise: what a burst of garbage on the serial line costs, against the same number of
bytes of real answers (the baseline, measured in the same run).

Noise is the worst there is for a resynchronising decoder: start bytes every few bytes, each claiming a long frame
(``D6 03 FF`` claims 1023 bytes; ``D6 04 00 41`` 1024 and is never complete), handed over at once and trickling in a
byte at a time as a serial read may. Real answers are inventory answers of four tags. The figure is the time per
KiB and the ratio to the baseline; before the CRC moved to ``binascii`` and the search became incremental, 64 KiB of
this noise took 37–85 s.

    .venv/bin/python bench/rfid_frames.py [--kib 64] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hardware.rfid import protocol_3m as p  # noqa: E402


def decode_all(stream: bytes, chunk: int) -> int:
    dec = p.FrameDecoder()
    events = 0
    for i in range(0, len(stream), chunk):
        dec.receive_data(stream[i : i + chunk])
        while dec.next_event() is not None:
            events += 1
    return events


def timed(stream: bytes, chunk: int, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        decode_all(stream, chunk)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kib", type=int, default=64)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    size = args.kib * 1024
    answer = p.encode_answer(
        p.Inventory(), p.InventoryResult([f"E00401500000000{i}" for i in range(4)]), msb_first=False
    )
    real = (answer * (size // len(answer) + 1))[:size]
    print(f"{args.kib} KiB, median of {args.runs} runs")
    for chunk, how in ((size, "at once"), (64, "64-byte reads"), (1, "1-byte reads")):
        base = timed(real, chunk, args.runs)
        print(f"  {how:14s} real answers (baseline): {base / args.kib * 1000:8.2f} ms/KiB")
        for noise in (bytes([p.SOF, 0x03, 0xFF]), bytes([p.SOF, 0x04, 0x00, 0x41])):
            stream = (noise * (size // len(noise) + 1))[:size]
            t = timed(stream, chunk, args.runs)
            print(f"  {how:14s} noise {noise.hex(' '):12s}: {t / args.kib * 1000:8.2f} ms/KiB  ×{t / base:5.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
