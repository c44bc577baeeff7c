"""Receipt size and time on the wire: a 10-item Japanese receipt in Kanji mode and in raster mode.

Prints, for each mode: bytes, the time those bytes take on a 115200-baud 8N1 serial line (10 bits a byte), the
time to build them here, and the time for the driver to deliver them through a pseudo-terminal to the printer
simulator, which reads no faster than a UART at that baud rate (so the last figure is measured, not computed). The Kanji-mode receipt is
the baseline, measured in the same run; raster is reported relative to it.

    .venv/bin/python bench/receipt.py [--baud 115200] [--paper 80] [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import eventlog  # noqa: E402
from hardware.printer import Receipt, ReceiptItem, ReceiptPrinter, build_kanji, build_raster  # noqa: E402
from hardware.sim.printer_sim import PrinterSim  # noqa: E402

TITLES = [
    "吾輩は猫である",
    "坊っちゃん",
    "ノルウェイの森 上",
    "銀河鉄道の夜",
    "羅生門・鼻・芋粥",
    "こころ",
    "図解 Pythonプログラミング入門 第3版",
    "日本の図書館 統計と名簿 2026",
    "はらぺこあおむし",
    "火花",
]


def sample_receipt() -> Receipt:
    return Receipt(
        library_name="みどり市立中央図書館",
        issued_at=dt.datetime(2026, 11, 21, 10, 5),
        items=[ReceiptItem(t, dt.date(2026, 12, 5)) for t in TITLES],
        holds_ready=2,
        qr="https://library.example/my/loans",
    )


def timed(fn, runs: int) -> tuple[float, bytes]:
    out = b""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baud", type=int, default=115200)
    ap.add_argument("--paper", type=int, default=80, choices=[58, 80])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    eventlog.setup("WARNING")
    r = sample_receipt()
    rows = []
    for mode, build in (("kanji", build_kanji), ("raster", build_raster)):
        build_s, data = timed(lambda b=build: b(r, args.paper, True), args.runs)
        wire_s = len(data) * 10 / args.baud
        sim = PrinterSim()
        sim.pace_baud = args.baud  # the simulator reads no faster than the real serial line
        path = sim.start()
        try:
            with ReceiptPrinter(path, baud=args.baud, mode=mode, paper_mm=args.paper) as p:
                t0 = time.perf_counter()
                p.print_receipt(r)
                deadline = time.monotonic() + 60
                while not sim.receipts and time.monotonic() < deadline:
                    time.sleep(0.005)
                pty_s = time.perf_counter() - t0
        finally:
            sim.stop()
        rows.append((mode, len(data), wire_s, build_s, pty_s))
    base = rows[0]
    print(f"10-item Japanese receipt, {args.paper} mm paper, {args.baud} baud 8N1, median of {args.runs} builds")
    print(f"{'mode':<8}{'bytes':>9}{'wire s':>10}{'build ms':>11}{'paced ms':>12}{'x bytes':>9}{'x wire':>8}")
    for mode, n, wire, build, pty in rows:
        print(
            f"{mode:<8}{n:>9}{wire:>10.3f}{build * 1000:>11.1f}{pty * 1000:>12.1f}"
            f"{n / base[1]:>9.1f}{wire / base[2]:>8.1f}"
        )
    print(f"baseline: kanji mode ({base[1]} bytes, {base[2]:.3f} s on the wire)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
