"""Benchmark of the offline journal. Prints, from one run on the same disk:

1. durable enqueues per second vs a plain SQLite insert-and-commit loop (WAL, synchronous FULL, a row of the same
   size): target ratio >= 0.8;
2. the same vs the SQLite queue of the ``persist-queue`` package (its defaults): target ratio >= 1.0;
3. replay throughput against the demo library system on loopback: target >= 1,000 transactions per second, with
   plain online checkouts over the same link as the baseline. It includes everything replay does: a durable
   commit marking each window of rows sent, each answer committed (an acknowledged row deleted) the moment it
   arrives, and the checkpoint that purges the log at the end.

    .venv/bin/python bench/offline_journal.py [--n 2000] [--dir DIR] [--rounds 5]

Before the figures it prints each contender's journal_mode, synchronous and page_size, read from its live
connection: persist-queue sets only WAL itself, and gets synchronous=FULL from SQLite's compiled-in default, so the
comparison holds only where that line says FULL.

The three enqueue contenders run interleaved in batches, so each sees the same disk conditions (fsync timing on a
shared disk swings several-fold from second to second); each figure is the median of ``--rounds`` runs, the ratios
computed within each run. DIR defaults to a folder under the current
directory so every test writes to the same disk.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.circulation import Circulation  # noqa: E402
from kiosk.sip2 import demo_data  # noqa: E402
from kiosk.sip2.client import Sip2Client  # noqa: E402
from kiosk.sip2.demo import DemoLibrary  # noqa: E402
from offline_queue import Journal, OfflinePolicy  # noqa: E402

PATRON = demo_data.PATRON_OK


class Plain:
    """The baseline: a plain SQLite insert-and-commit loop (WAL, synchronous FULL), a row of the same size."""

    def __init__(self, d: Path) -> None:
        self.db = sqlite3.connect(d / "plain.sqlite", isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, txn_id TEXT, state TEXT, payload BLOB, created REAL)")
        self.row = os.urandom(150)
        self.i = 0

    def op(self) -> None:
        self.i += 1
        self.db.execute("BEGIN")
        self.db.execute("INSERT INTO t (txn_id, state, payload, created) VALUES (?,?,?,?)",
                        (f"{self.i:032x}", "queued", self.row, time.time()))  # fmt: skip
        self.db.execute("COMMIT")


class JournalEnqueue:
    """The offline journal: policy check, AES-GCM sealing, durable commit."""

    def __init__(self, d: Path) -> None:
        self.j = Journal(d / "journal.sqlite", d / "journal.key")
        self.policy = OfflinePolicy(lending=True, items_per_patron=100, identification=("mynumber", "barcode"))
        self.due = datetime.now() + timedelta(days=14)
        self.i = 0

    def op(self) -> None:
        self.i += 1
        # a new patron every 50 items keeps the policy check (items per patron) on the real path
        self.j.enqueue(f"2{self.i // 50:07d}", f"C{self.i:07d}", due=self.due, method="mynumber", policy=self.policy)


class PersistQueue:
    """persist-queue's SQLiteQueue with its defaults (auto_commit)."""

    def __init__(self, d: Path) -> None:
        import persistqueue

        self.q = persistqueue.SQLiteQueue(str(d / "pq"), auto_commit=True)
        self.item = {"p": PATRON, "i": "", "t": datetime.now().isoformat(), "d": datetime.now().isoformat()}
        self.i = 0

    def op(self) -> None:
        self.i += 1
        self.q.put({**self.item, "i": f"C{self.i:07d}"})


def pragmas(db: sqlite3.Connection) -> str:
    """The settings that decide what a commit costs and how durable it is, read from the live connection."""
    mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    sync = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}[db.execute("PRAGMA synchronous").fetchone()[0]]
    page = db.execute("PRAGMA page_size").fetchone()[0]
    return f"journal_mode={mode} synchronous={sync} page_size={page}"


def enqueue_rates(d: Path, n: int, batch: int, show: bool = False) -> dict[str, float]:
    """Interleave batches of each contender so that all see the same disk conditions; returns ops per second."""
    contenders = {"plain": Plain(d), "journal": JournalEnqueue(d), "persist": PersistQueue(d)}
    if show:  # the comparison is fair only if all three make every commit durable the same way
        for name, db in (("plain", contenders["plain"].db), ("journal", contenders["journal"].j._db),
                         ("persist-queue", contenders["persist"].q._putter)):  # fmt: skip
            print(f"{name + ':':15s}{pragmas(db)}")
    spent = dict.fromkeys(contenders, 0.0)
    done = 0
    order = list(contenders)
    while done < n:
        for name in order:
            c = contenders[name]
            t0 = time.perf_counter()
            for _ in range(batch):
                c.op()
            spent[name] += time.perf_counter() - t0
        order = order[1:] + order[:1]
        done += batch
    contenders["journal"].j.close()
    return {k: done / v for k, v in spent.items()}


def client_for(lib: DemoLibrary) -> Sip2Client:
    c = Sip2Client(port=lib.port, username=demo_data.LOGIN_USER, password=demo_data.LOGIN_PASSWORD,
                   institution=demo_data.INSTITUTION_ID, keepalive=0, use_acs_timeout=False)  # fmt: skip
    c.connect()
    return c


def replay(d: Path, n: int) -> tuple[float, float]:
    lib = DemoLibrary(extra_items=2 * n)
    lib.start()
    try:
        c = client_for(lib)
        t0 = time.perf_counter()
        for i in range(n):
            c.checkout(PATRON, f"C{n + i + 1:07d}", no_block=True, due=datetime.now())
        online = n / (time.perf_counter() - t0)
        j = Journal(d / "replay.sqlite", d / "replay.key")
        for i in range(n):
            j.enqueue(PATRON, f"C{i + 1:07d}")
        t0 = time.perf_counter()
        report = j.replay(Circulation(c))
        dt = time.perf_counter() - t0
        assert report.acknowledged == n and report.remaining == 0, report
        j.close()
        c.close()
        return n / dt, online
    finally:
        lib.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--batch", type=int, default=100, help="operations per turn when interleaving contenders")
    ap.add_argument("--dir", default=".")
    args = ap.parse_args()
    runs: list[dict[str, float]] = []
    for r in range(args.rounds):
        d = Path(tempfile.mkdtemp(prefix="bench-queue-", dir=args.dir))
        try:
            figures = enqueue_rates(d, args.n, args.batch, show=r == 0)
            figures["replay"], figures["online"] = replay(d, min(args.n, 2000))
        finally:
            shutil.rmtree(d, ignore_errors=True)
        figures["r_plain"] = figures["journal"] / figures["plain"]
        figures["r_persist"] = figures["journal"] / figures["persist"]
        runs.append(figures)

    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    def spread(key: str) -> str:
        vals = [r[key] for r in runs]
        return f"[{min(vals):.2f}..{max(vals):.2f}]"

    r1, r2, rep = med("r_plain"), med("r_persist"), med("replay")
    print(f"disk: {Path(args.dir).resolve()}  n={args.n}  median of {args.rounds} rounds (range in brackets)")
    print(f"plain SQLite insert+commit (WAL, FULL):  {med('plain'):9.0f} /s")
    print(f"journal enqueue (durable, AES-GCM):      {med('journal'):9.0f} /s")
    print(f"persist-queue SQLiteQueue.put:           {med('persist'):9.0f} /s")
    print(f"ratio journal / plain SQLite:            {r1:9.2f}    {spread('r_plain')} target >= 0.8 "
          f"{'OK' if r1 >= 0.8 else 'BELOW TARGET'}")  # fmt: skip
    print(f"ratio journal / persist-queue:           {r2:9.2f}    {spread('r_persist')} target >= 1.0 "
          f"{'OK' if r2 >= 1.0 else 'BELOW TARGET'}")  # fmt: skip
    print(f"online no-block checkouts, loopback:     {med('online'):9.0f} /s  (baseline: the link without a journal)")
    print(f"replay to the demo library system:       {rep:9.0f} tx/s target >= 1000 "
          f"{'OK' if rep >= 1000 else 'BELOW TARGET'}")  # fmt: skip


if __name__ == "__main__":
    main()
