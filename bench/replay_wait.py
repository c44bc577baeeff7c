"""How long a patron's checkout waits when it arrives during an automatic replay of the offline journal.

The link monitor replays in steps of ``[offline].sync_batch`` transactions on the same one-thread library lane as
the patron's checkouts, so a checkout asked for during a step waits for the rest of that step. This prints, from
one run against the demo library system on loopback, the checkout's latency (asked → answered)

- alone (the baseline, measured in the same run), and
- asked for just after a replay step of each size started,

for a few step sizes, as the median and the worst of ``--rounds`` tries. A lane here is a one-thread executor, the
same ordering as :class:`kiosk.workers.Lane` without Qt.

    .venv/bin/python bench/replay_wait.py [--rounds 5] [--batches 10,50,200]
"""

from __future__ import annotations

import argparse
import logging
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk import config  # noqa: E402
from kiosk.lending import Lender  # noqa: E402
from kiosk.session import ItemState, Patron  # noqa: E402
from kiosk.sip2 import demo_data  # noqa: E402
from kiosk.sip2.demo import DemoLibrary  # noqa: E402
from kiosk_app.adapters.journal import JournalAdapter  # noqa: E402
from kiosk_app.adapters.library import Sip2Library  # noqa: E402
from offline_queue import Journal, OfflinePolicy  # noqa: E402

#: whose loans are replayed
PATRON = Patron("barcode", demo_data.PATRON_OK)
#: who comes to the kiosk meanwhile (each loan is checked in again, so the demo's loan limit is never reached)
VISITOR = Patron("barcode", demo_data.PATRON_WITH_HOLDS)


class Tags:
    def set_lent(self, item_id: str, lent: bool) -> bool:
        return lent


def run(d: Path, batches: list[int], rounds: int) -> dict[str, list[float]]:
    need = sum(batches) * rounds + 4 * rounds + 10
    lib = DemoLibrary(db_path=d / "ils.sqlite", extra_items=need)
    port = lib.start()
    cfg = config.from_dict(
        {
            "kiosk": {"data_dir": str(d)},
            "sip2": {"port": port, "username": demo_data.LOGIN_USER, "password": demo_data.LOGIN_PASSWORD,
                     "institution": demo_data.INSTITUTION_ID, "location": demo_data.LOCATION_CODE, "retries": 0,
                     "keepalive_s": 0},
            "offline": {"lending": True, "identification": ["barcode"], "items_per_patron": 100},
            "barcode": {"patron_patterns": [r"1\d{7}"]},  # the demo library's cards
        }
    )  # fmt: skip
    library = Sip2Library.from_config(cfg)
    journal = JournalAdapter(Journal(d / "o.sqlite", d / "o.key"), OfflinePolicy.from_config(cfg.offline), library)
    lane = ThreadPoolExecutor(max_workers=1)
    items = (f"C{i:07d}" for i in range(1, need + 1))
    out: dict[str, list[float]] = {"alone": []}
    try:

        def checkout_latency() -> float:
            lender = Lender(
                library, Tags(), journal, OfflinePolicy(lending=True, items_per_patron=100, identification=("barcode",))
            )
            item = next(items)
            t0 = time.perf_counter()
            r = lane.submit(lender.lend, VISITOR, item).result()
            spent = time.perf_counter() - t0
            assert r.state is ItemState.LENT, r
            lane.submit(library.checkin, item).result()
            return spent

        library.patron_status(PATRON)  # connected
        for _ in range(rounds):
            out["alone"].append(checkout_latency())
        for batch in batches:
            out[str(batch)] = []
            for _ in range(rounds):
                # journal a step's worth of loans "offline" (straight into the journal: the same rows)
                for _ in range(batch):
                    journal.journal.enqueue(PATRON.number, next(items), method="barcode")
                step = lane.submit(journal.sync, batch)
                out[str(batch)].append(checkout_latency())
                report = step.result()
                assert report.sent == batch and report.left == 0, report
    finally:
        lane.shutdown()
        library.close()
        journal.journal.close()
        lib.close()
    return out


def main() -> None:
    logging.getLogger().setLevel(logging.ERROR)  # a checkout's log lines are not the figures
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--batches", default="10,50,200")
    args = ap.parse_args()
    batches = [int(b) for b in args.batches.split(",")]
    d = Path(tempfile.mkdtemp(prefix="bench-replay-wait-"))
    try:
        figures = run(d, batches, args.rounds)
    finally:
        shutil.rmtree(d, ignore_errors=True)
    base = statistics.median(figures["alone"])
    print(f"checkout latency on the library lane, demo library on loopback, {args.rounds} tries each")
    print(f"{'':28s}{'median':>10s}{'worst':>10s}{'x alone':>10s}")
    for key, vals in figures.items():
        name = "alone (baseline)" if key == "alone" else f"during a step of {key}"
        med = statistics.median(vals)
        print(f"{name:28s}{med * 1000:8.1f}ms{max(vals) * 1000:8.1f}ms{med / base:10.1f}")


if __name__ == "__main__":
    main()
