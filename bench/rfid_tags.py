"""What extension blocks cost on the pad: a fresh inventory of a stack of tags, by tag format.

A stack of ``--tags`` tags lies on the simulated 810 pad (pseudo-terminal, the real driver), which waits
``--latency-ms`` per command to model the air interface. For each format the bench reads the whole stack afresh
(no decoded-data cache) and prints the commands sent and the median time of ``--runs`` inventories. The baseline,
measured in the same run, is ISO 28560-3 tags holding the basic block alone; the others are reported against it:
ISO 28560-3 tags whose identifier (28 characters) sits in a library extension block, followed by a title block,
and ISO 28560-2 tags with a numeric-compacted identifier and the ISIL in its latch/shift coding.

    .venv/bin/python bench/rfid_tags.py [--tags 10] [--latency-ms 10] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hardware.rfid import RfidReader, get_model  # noqa: E402
from hardware.rfid import protocol_3m as p  # noqa: E402
from hardware.rfid.model import ItemData  # noqa: E402
from hardware.sim.rfid_sim import RfidSim  # noqa: E402


def items(fmt: str, n: int) -> list[tuple[ItemData, str]]:
    if fmt == "basic":
        return [(ItemData(f"{1000000000 + i}", country="JP", isil="JP-1000001"), "iso28560-3") for i in range(n)]
    if fmt == "extension":
        return [
            (ItemData(f"JP-SAITAMA-{i:017d}", country="JP", isil="JP-1000001", title="吾輩は猫である"), "iso28560-3")
            for i in range(n)
        ]
    return [(ItemData(f"00{i:011d}", isil="JP-1000001", title="坊っちゃん"), "iso28560-2") for i in range(n)]


def measure(fmt: str, n: int, latency_s: float, runs: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as d:
        sim = RfidSim(link_dir=d)
        sim.start()
        try:
            sim.latency_s = latency_s
            model = "iso28560-2" if fmt == "numeric-isil" else "iso28560-3"
            for item, m in items(fmt, n):
                sim.add_item(item, model=m)
            with RfidReader(sim.path, model=get_model(model), timeout_s=10) as r:
                times = []
                commands = 0
                for _ in range(runs):
                    before = len(sim.received)
                    t0 = time.perf_counter()
                    tags = r.inventory(fresh=True)
                    times.append(time.perf_counter() - t0)
                    commands = len(sim.received) - before
                    assert len(tags) == n and not any(t.error for t in tags), "a tag did not decode"
            reads = sum(1 for q in sim.received if isinstance(q, p.ReadBlocks)) // runs
            return statistics.median(times), commands if commands else reads
        finally:
            sim.stop()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tags", type=int, default=10)
    ap.add_argument("--latency-ms", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    latency = args.latency_ms / 1000
    base_t, base_cmds = measure("basic", args.tags, latency, args.runs)
    print(f"{args.tags} tags, {args.latency_ms:g} ms a command, median of {args.runs} fresh inventories")
    print(f"{'format':<14} {'commands':>8} {'time':>9} {'vs baseline':>12}")
    print(f"{'basic block':<14} {base_cmds:>8} {base_t * 1000:>7.0f}ms {'(baseline)':>12}")
    for fmt in ("extension", "numeric-isil"):
        t, cmds = measure(fmt, args.tags, latency, args.runs)
        print(f"{fmt:<14} {cmds:>8} {t * 1000:>7.0f}ms {t / base_t:>11.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
