"""Loans replay cannot settle, against the demo library system over TCP: a look-up the library system cannot answer
goes to staff after LOOKUP_TRIES tries, spaced in time, without holding up the rows after it; staff answer "lent" or
"send it"; a
crash of the kiosk process leaves only what was really in flight to look up; a missing key file is never replaced
over the rows sealed with it."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.circulation import Circulation
from kiosk.sip2 import demo_data
from kiosk.sip2.demo import DemoLibrary
from offline_queue import Journal, KeyFileError, OfflineRefused
from offline_queue.journal import LOOKUP_BACKOFF_S, LOOKUP_TRIES, REPLAY_WINDOW
from tests.waiting import wait_for

from .conftest import assert_no_secrets, make_client

OK = demo_data.PATRON_OK
CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]


def successful_checkouts(library):
    return [(p, i) for op, p, i, ok, nb in library.state.circ_log() if op == "checkout" and ok]


def left_sent_by_a_crash(path, n=1):
    """What a kill of the kiosk right after the first ``n`` checkouts left leaves in the file."""
    db = sqlite3.connect(path)
    db.execute("UPDATE offline_txn SET state = 'sent', attempts = 1"
               " WHERE id IN (SELECT id FROM offline_txn ORDER BY id LIMIT ?)", (n,))  # fmt: skip
    db.commit()
    db.close()


def crashed_without_item_information(library, client, journal, tmp_path, *items: str, sent: int = 1) -> Circulation:
    """The loans of ``items`` journalled, the first ``sent`` of them left sent by a crash, and a library system that
    cannot answer item information (the look-up of an unsettled row fails): the circulation to replay through."""
    for item in items:
        journal.enqueue(OK, item)
    left_sent_by_a_crash(tmp_path / "offline.sqlite", sent)
    library.inject("drop", command="17", count=1000)
    return Circulation(client)


class WallClock:
    """The journal's wall clock, moved by the test."""

    def __init__(self) -> None:
        self.t = time.time()

    def __call__(self) -> float:
        return self.t


def after_each_backoff(journal, replay):
    """Run ``replay()`` LOOKUP_TRIES times, each once the row's look-up is due again; returns the reports."""
    clock = journal.clock = WallClock()
    reports = []
    for n in range(LOOKUP_TRIES):
        if n:
            clock.t += LOOKUP_BACKOFF_S[min(n, len(LOOKUP_BACKOFF_S)) - 1] + 1
        reports.append(replay())
    return reports


def test_a_look_up_that_never_answers_goes_to_staff_and_holds_nothing_up(
    library, client, journal, tmp_path, captured_logs
):
    circ = crashed_without_item_information(library, client, journal, tmp_path, "T0000001", "T0000002", "T0000003")
    clock = journal.clock = WallClock()
    first = journal.replay(circ)
    # the rows after the one to look up went at once; the sync ended normally
    assert (first.acknowledged, first.lookup_failed, first.stopped, first.remaining) == (2, 1, "", 1)
    assert successful_checkouts(library) == [(OK, "T0000002"), (OK, "T0000003")]
    assert journal.status().unknown == 1 and journal.checks() == []
    journal.enqueue(OK, "T0000004")  # a loan made meanwhile is not held up either
    for backoff in LOOKUP_BACKOFF_S[: LOOKUP_TRIES - 1]:
        clock.t += backoff + 1
        report = journal.replay(circ)
        assert report.stopped == "" and report.looked_up == 1
    assert report.to_check == 1 and report.remaining == 0
    st = journal.status()
    assert (st.waiting, st.check, st.refused) == (0, 1, 0)
    [c] = journal.checks()
    assert (c.patron, c.item, c.tries, c.sent_before) == (OK, "T0000001", LOOKUP_TRIES, True)
    assert c.reason and c.txn_time is not None
    assert (OK, "T0000004") in successful_checkouts(library)
    # never sent again blindly: the checkout of T0000001 was never repeated
    assert library.counts["11"] == 3
    # a row for staff still holds its item: it cannot be lent offline a second time
    with pytest.raises(OfflineRefused) as e:
        journal.enqueue(OK, "T0000001")
    assert e.value.reason == "already_queued"
    # the next replays leave it alone
    clock.t += 86400
    assert journal.replay(circ).looked_up == 0
    assert_no_secrets(captured_logs)


def test_look_ups_are_spaced_so_a_short_outage_sends_nothing_to_staff(library, client, journal, tmp_path):
    """With automatic sync every probe interval (30 s), a row whose look-up failed is not looked up again before
    its backoff (1, 5, 30 min) has passed: an outage of the library system's item information of a few minutes
    costs one or two failed look-ups, not the loan's place in the queue."""
    circ = crashed_without_item_information(library, client, journal, tmp_path, "T0000011")
    clock = journal.clock = WallClock()
    assert journal.replay(circ).lookup_failed == 1
    looked_up = 0
    for _ in range(int(LOOKUP_BACKOFF_S[0] // 30)):  # a sync each probe interval within the first backoff
        clock.t += 29
        looked_up += journal.replay(circ).looked_up
    assert looked_up == 0
    clock.t += LOOKUP_BACKOFF_S[0]
    assert journal.replay(circ).lookup_failed == 1  # the second try, a minute after the first
    for _ in range(int(LOOKUP_BACKOFF_S[1] // 30) - 1):
        clock.t += 30
        assert journal.replay(circ).looked_up == 0
    assert journal.status().check == 0 and journal.status().unknown == 1
    library.clear_faults()  # the library system answers item information again
    clock.t += 31
    report = journal.replay(circ)
    assert (report.looked_up, report.acknowledged, report.to_check, report.remaining) == (1, 1, 0, 0)
    assert journal.checks() == [] and successful_checkouts(library) == [(OK, "T0000011")]  # sent once, after "free"


def test_a_clock_set_back_does_not_hold_a_look_up_for_ever(library, client, journal, tmp_path):
    circ = crashed_without_item_information(library, client, journal, tmp_path, "T0000012")
    clock = journal.clock = WallClock()
    assert journal.replay(circ).lookup_failed == 1
    clock.t -= 30 * 86400  # the wall clock was a month ahead and has been put right
    assert journal.replay(circ).looked_up == 1


def test_staff_answers_it_is_lent_or_send_it(library, client, journal, tmp_path):
    circ = crashed_without_item_information(library, client, journal, tmp_path, "T0000005", "T0000006", sent=2)
    after_each_backoff(journal, lambda: journal.replay(circ))
    lent, not_lent = journal.checks()
    assert (lent.item, not_lent.item) == ("T0000005", "T0000006")
    library.clear_faults()
    assert circ.checkout(OK, "T0000005").ok  # staff find T0000005 lent at the counter
    assert journal.settle_check(lent.txn_id, lent=True)
    assert journal.settle_check(not_lent.txn_id, lent=False)
    assert not journal.settle_check(lent.txn_id, lent=True)  # gone from the list
    assert journal.checks() == [] and journal.status().queued == 1
    report = journal.replay(circ)
    assert (report.acknowledged, report.looked_up, report.remaining) == (1, 0, 0)  # sent without a look-up
    assert successful_checkouts(library)[-1] == (OK, "T0000006")
    assert journal.status().waiting == 0 and journal.status().check == 0


def test_a_link_down_after_a_failed_look_up_stops_replay(library, journal, tmp_path):
    client = make_client(library, retries=0)
    client.connect()
    journal.enqueue(OK, "T0000007")
    journal.enqueue(OK, "T0000008")
    left_sent_by_a_crash(tmp_path / "offline.sqlite")
    library.inject("drop", count=1000)  # nothing answers
    report = journal.replay(Circulation(client))
    assert report.stopped and report.link_failed and report.remaining == 2
    assert [r["state"] for r in journal.pending()] == ["unknown", "queued"]
    assert successful_checkouts(library) == []
    client.close()


def states_in(path):
    db = sqlite3.connect(path)
    try:
        return [s for (s,) in db.execute("SELECT state FROM offline_txn ORDER BY id")]
    finally:
        db.close()


@pytest.fixture
def shelf(tmp_path):
    """The demo library system with the items C0000001… the crash child lends."""
    lib = DemoLibrary(tmp_path / "ils.sqlite", extra_items=20)
    lib.start()
    yield lib
    lib.close()


def _kill_mid_window(tmp_path, library, n):
    """A child process lends ``n`` items offline, then replays; it is killed with SIGKILL while the library system
    takes its time over the third checkout."""
    journal, key = tmp_path / "offline.sqlite", tmp_path / "offline.key"
    Journal(journal, key).close()
    library.inject("delay", command="11", count=1000, seconds=0.3)
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(journal), str(key), str(library.port), "1", str(n), str(n)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)}, bufsize=0,
    )  # fmt: skip
    assert child.stdout.readline().strip() == b"ready"
    assert wait_for(lambda: library.counts.get("11", 0) >= 3, timeout=60)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    library.clear_faults()
    return journal, key


def test_a_crash_of_the_kiosk_process_leaves_only_the_row_in_flight_to_look_up(shelf, tmp_path):
    library, client = shelf, make_client(shelf)
    n = 10
    path, key = _kill_mid_window(tmp_path, library, n)
    states = states_in(path)
    assert states.count("sent") == 1, states  # only the checkout that had left; the rest only claimed
    j = Journal(path, key)
    report = j.replay(Circulation(client))
    j.close()
    assert report.remaining == 0 and report.stopped == ""
    assert report.looked_up == 1  # was: every row of the window marked "sent" had to be looked up
    client.close()
    got = successful_checkouts(library)
    assert sorted(i for _, i in got) == [f"C{k:07d}" for k in range(1, n + 1)] and len(got) == n


def test_after_a_restart_of_the_machine_every_claimed_row_is_looked_up(shelf, tmp_path):
    """A power cut may have lost the records made without an fsync: a row claimed before the restart may have
    left, so it is looked up (and never sent blindly)."""
    library, client = shelf, make_client(shelf)
    n = 6
    path, key = _kill_mid_window(tmp_path, library, n)
    states = states_in(path)
    assert states.count("sent") == 1 and states.count("claimed") >= 2, states
    j = Journal(path, key)
    j.boot = "another-boot"  # the machine started again since the rows were claimed
    report = j.replay(Circulation(client))
    j.close()
    assert report.remaining == 0
    assert report.looked_up == len(states)  # every row claimed or sent before the restart
    got = successful_checkouts(library)
    assert len(got) == n and len(set(got)) == n  # each once
    assert [op for op, _p, _i, ok, _nb in library.state.circ_log() if not ok] == []  # nothing sent blindly again
    client.close()


def test_the_window_is_claimed_not_sent(library, client, journal, tmp_path):
    """Before each request only its own row is "sent"; the others of the window are "claimed"."""
    seen = []

    class Watch:
        def replay_checkout(self, *a):
            db = sqlite3.connect(tmp_path / "offline.sqlite")
            seen.append(sorted(s for (s,) in db.execute("SELECT state FROM offline_txn")))
            db.close()
            return Circulation(client).replay_checkout(*a)

        def replay_lookup(self, *a):
            raise AssertionError("nothing to look up")

    for k in range(1, 5):
        journal.enqueue(OK, f"T000000{k}")
    journal.replay(Watch())
    assert seen == [["claimed"] * 3 + ["sent"], ["claimed"] * 2 + ["sent"], ["claimed", "sent"], ["sent"]]
    assert REPLAY_WINDOW >= 4


def test_a_missing_key_file_is_never_replaced_over_rows(library, client, tmp_path, captured_logs):
    path, key = tmp_path / "offline.sqlite", tmp_path / "offline.key"
    j = Journal(path, key)
    j.enqueue(OK, "T0000009")
    j.enqueue(OK, "T0000010")
    j.close()
    saved = key.read_bytes()
    key.unlink()
    j = Journal(path, key)
    assert not key.exists()  # no new key over the rows
    st = j.status()
    assert (st.waiting, st.key_problem) == (2, "key_missing")
    report = j.replay(Circulation(client))
    assert (report.stopped, report.acknowledged, report.refused, report.remaining) == ("key_missing", 0, 0, 2)
    assert library.counts.get("11", 0) == 0  # nothing sent
    with pytest.raises(KeyFileError) as e:
        j.enqueue(OK, "T0000011")
    assert e.value.reason == "key_missing"
    assert j.refusals() == [] and j.checks() == []  # the lists still read
    assert j.status().refused == 0
    j.close()
    # staff put the key file back: everything is there and goes
    key.write_bytes(saved)
    key.chmod(0o600)
    j = Journal(path, key)
    report = j.replay(Circulation(client))
    assert (report.acknowledged, report.refused, report.remaining) == (2, 0, 0)
    j.close()
    assert_no_secrets(captured_logs)


def test_a_new_key_only_for_an_empty_journal(tmp_path):
    path, key = tmp_path / "offline.sqlite", tmp_path / "offline.key"
    j = Journal(path, key)
    first = j.ring.current
    j.close()
    key.unlink()
    j = Journal(path, key)  # nothing sealed with the lost key: a new one is made
    assert j.key_problem is None and j.ring.current != first and key.exists()
    j.close()


def test_a_journal_from_the_previous_version_opens_and_replays(library, client, tmp_path):
    """Journals already in the field have no ``boot`` and ``lookups`` columns, and rows left "sent"."""
    path, key = tmp_path / "offline.sqlite", tmp_path / "offline.key"
    j = Journal(path, key)
    j.enqueue(OK, "T0000012")
    j.enqueue(OK, "T0000001")
    j.close()
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE offline_txn DROP COLUMN boot")
    db.execute("ALTER TABLE offline_txn DROP COLUMN lookups")
    db.execute("UPDATE offline_txn SET state = 'sent' WHERE id = (SELECT MIN(id) FROM offline_txn)")
    db.commit()
    db.close()
    j = Journal(path, key)
    report = j.replay(Circulation(client))
    j.close()
    assert (report.acknowledged, report.looked_up, report.remaining) == (2, 1, 0)
