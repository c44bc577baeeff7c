"""Crash safety: a child process lends offline and replays; it is killed with SIGKILL at many random moments.
Afterwards every loan confirmed to the patron is at the library system exactly once, and nothing else is (apart
from, at most, the one transaction per kill that was recorded but not yet confirmed when the kill came). A kill costs
at most the look-up of the one checkout in flight (or of the one being looked up), not of every row replay had
claimed."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from kiosk.circulation import Circulation
from kiosk.sip2 import demo_data
from kiosk.sip2.demo import DemoLibrary
from offline_queue import Journal

from .conftest import make_client

CHILD = Path(__file__).with_name("crash_child.py")
ROUNDS = 30
PER_ROUND = 400


def test_sigkill_at_random_moments(tmp_path):
    rng = random.Random(20261121)
    lib = DemoLibrary(tmp_path / "ils.sqlite", extra_items=ROUNDS * PER_ROUND + 10)
    lib.start()
    journal_path, key_path = tmp_path / "offline.sqlite", tmp_path / "offline.key"
    Journal(journal_path, key_path).close()  # the key file exists before any child runs
    confirmed: set[int] = set()
    attempted: set[int] = set()
    nxt = 1
    loses = 0
    last_lines: list[str] = []
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    try:
        for _round in range(ROUNDS):
            if rng.random() < 0.3:  # sometimes the library system commits and then loses the reply
                lib.inject("lose_reply", command="11")
                loses += 1
            child = subprocess.Popen(
                [sys.executable, str(CHILD), str(journal_path), str(key_path), str(lib.port), str(nxt),
                 str(PER_ROUND), str(rng.choice([1, 3, 10, 40, 100]))],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, bufsize=0,
            )  # fmt: skip
            # unbuffered: readline() must not read ahead, or communicate() below would miss those lines
            assert child.stdout.readline().strip() == b"ready", "child did not start"
            time.sleep(rng.uniform(0.0, 0.25))
            child.send_signal(signal.SIGKILL)
            raw, _ = child.communicate(timeout=60)
            out = raw.decode()
            last_lines.append((out.splitlines() or ["ready"])[-1].split(" ")[0])
            for line in out.splitlines():
                word, _, num = line.partition(" ")
                if word == "try":
                    attempted.add(int(num))
                elif word == "ok":
                    confirmed.add(int(num))
            nxt = max(attempted | {nxt - 1}) + 1
            lib.clear_faults()
        # after the last crash the kiosk starts again and syncs
        client = make_client(lib)
        j = Journal(journal_path, key_path)
        report = j.replay(Circulation(client))
        assert report.remaining == 0 and report.stopped == ""
        assert j.status().refused == 0
        j.close()
        client.close()

        at_library = {int(ln.item[1:]) for ln in lib.state.loans(demo_data.PATRON_OK)}
        assert confirmed, "the child never got to confirm a loan: the test proved nothing"
        assert confirmed <= at_library, f"confirmed but lost: {sorted(confirmed - at_library)}"
        extra = at_library - confirmed
        assert extra <= attempted, "a loan nobody attempted is at the library system"
        assert len(extra) <= ROUNDS  # at most the one in flight at each kill
        # a blind re-send would show up as a refused checkout ("already lent to you") of an item the patron has
        resent = [item for op, _p, item, ok, _nb in lib.state.circ_log() if op == "checkout" and not ok]
        assert resent == [], f"{len(resent)} checkouts were sent again without a look-up"
        successes: dict[str, int] = {}
        for op, _patron, item, ok, _nb in lib.state.circ_log():
            if ok and op != "checkin":
                assert op == "checkout", f"{op}: a replay turned into a renewal"
                successes[item] = successes.get(item, 0) + 1
        assert all(v == 1 for v in successes.values()), "an item was lent twice"
        assert all(ln.renewals == 0 for ln in lib.state.loans(demo_data.PATRON_OK))
        killed = ROUNDS - last_lines.count("done")
        lookups = lib.counts.get("17", 0)
        print(f"kills: {killed} of {ROUNDS}; last step before the kill: "
              f"{ {w: last_lines.count(w) for w in set(last_lines)} }; look-ups: {lookups}")  # fmt: skip
        # each kill: the checkout in flight, or a look-up cut short (done again); each lost reply: one look-up
        assert lookups <= 2 * killed + loses, f"{lookups} look-ups for {killed} kills and {loses} lost replies"
        assert killed >= ROUNDS // 2, "most children finished before the kill: the test exercised too little"
    finally:
        lib.close()
