"""Replay of the offline journal against the demo library system over TCP: order, no-block fields, lost replies,
refusals, duplicates, a restart during replay."""

import threading
import time
from datetime import datetime

from kiosk.circulation import Circulation
from kiosk.sip2 import demo_data
from offline_queue.journal import LOOKUP_BACKOFF_S

from .conftest import assert_no_secrets, make_client

OK, HOLDS, BLOCKED = demo_data.PATRON_OK, demo_data.PATRON_WITH_HOLDS, demo_data.PATRON_BLOCKED


def successful_checkouts(library):
    return [(p, i) for op, p, i, ok, nb in library.state.circ_log() if op == "checkout" and ok]


def test_replay_in_order_as_no_block_with_original_time_and_due(library, client, journal, captured_logs):
    txn = datetime(2026, 11, 20, 14, 30, 5)
    due = datetime(2026, 12, 4, 23, 59)
    items = ["T0000003", "T0000001", "T0000002"]
    for it in items:
        journal.enqueue(BLOCKED, it, due=due, txn_time=txn)  # blocked since: no-block must still take it
    report = journal.replay(Circulation(client))
    assert (report.acknowledged, report.refused, report.remaining, report.stopped) == (3, 0, 0, "")
    assert successful_checkouts(library) == [(BLOCKED, it) for it in items]
    assert all(nb for op, *_, nb in library.state.circ_log())
    for it in items:
        loan = library.state.loan(it)
        assert loan.due == due and loan.txn_time == "20261120    143005" and loan.renewals == 0
    assert journal.status().waiting == 0 and journal.pending() == []  # acknowledged rows deleted
    assert_no_secrets(captured_logs)


def test_refusals_kept_for_staff_and_already_lent_counts_as_done(library, client, journal, captured_logs):
    circ = Circulation(client)
    assert circ.checkout(HOLDS, "T0000004").ok  # lent online to someone else meanwhile
    assert circ.checkout(OK, "T0000005").ok  # lent online to the same patron already
    journal.enqueue(OK, "T0000004")
    journal.enqueue(OK, "T0000005")
    journal.enqueue(OK, "X0000000")  # not known to the library system
    journal.enqueue(OK, "T0000006")
    report = journal.replay(circ)
    assert report.acknowledged == 2 and report.already_lent == 1 and report.refused == 2
    assert library.state.loan("T0000005").renewals == 0  # "already lent" was not turned into a renewal
    refusals = {r.item: r for r in journal.refusals()}
    assert set(refusals) == {"T0000004", "X0000000"}
    assert refusals["T0000004"].reason == "lent_to_other" and "他の利用者" in refusals["T0000004"].message
    assert refusals["X0000000"].reason == "item_unknown" and refusals["X0000000"].patron == OK
    assert journal.status().refused == 2 and journal.status().waiting == 0
    # a second replay leaves refusals alone; staff dismiss them
    assert journal.replay(circ).refused == 0
    assert journal.dismiss(refusals["T0000004"].txn_id)
    assert len(journal.refusals()) == 1
    assert_no_secrets(captured_logs)


def test_what_the_journal_knows_of_an_item_after_a_replay(library, client, journal):
    """For a receipt printed after a sync: waiting, then gone (acknowledged), or refused."""
    journal.enqueue(OK, "T0000007")
    journal.enqueue(OK, "X0000000")  # not known to the library system: refused on replay
    assert journal.item_state("T0000007") == journal.item_state("X0000000") == "waiting"
    assert journal.item_state("T0000008") == ""  # never lent offline
    journal.replay(Circulation(client))
    assert journal.item_state("T0000007") == "" and journal.item_state("X0000000") == "refused"


def test_a_refusal_stays_a_refusal_when_the_look_ups_that_explain_it_are_not_answered(library, client, journal):
    # issue 13: a server that closes the connection instead of answering 17 for some items
    circ = Circulation(client)
    assert circ.checkout(OK, "T0000005").ok  # lent online to the same patron already
    library.inject("drop", command="17", about=demo_data.ITEM_NOT_FOR_LOAN, count=1000)
    library.inject("drop", command="17", about="T0000005", count=1000)
    journal.enqueue(OK, demo_data.ITEM_NOT_FOR_LOAN)
    journal.enqueue(OK, "T0000005")
    journal.enqueue(OK, "T0000006")
    report = journal.replay(circ)
    assert (report.acknowledged, report.already_lent, report.refused, report.remaining, report.stopped) == (
        2, 1, 1, 0, "")  # fmt: skip
    [refusal] = journal.refusals()
    assert refusal.item == demo_data.ITEM_NOT_FOR_LOAN and refusal.reason == "refused"
    assert refusal.message == "この資料は館内利用のみです。"  # the library system's own words, from its 12
    assert library.state.loan("T0000005").renewals == 0
    assert library.counts["11"] == 1 + 3  # each sent once: nothing looked up and sent again


def test_lost_reply_is_looked_up_never_resent(library, client, journal):
    for it in ("T0000007", "T0000008", "T0000009"):
        journal.enqueue(OK, it)
    library.inject("lose_reply", command="11")
    report = journal.replay(Circulation(client))
    assert report.acknowledged == 3 and report.looked_up == 1
    assert library.counts["11"] == 3  # one checkout each, the lost one not re-sent
    assert successful_checkouts(library) == [(OK, "T0000007"), (OK, "T0000008"), (OK, "T0000009")]


def test_dropped_before_execution_is_sent_after_lookup(library, client, journal):
    journal.enqueue(OK, "T0000010")
    library.inject("drop", command="11")
    report = journal.replay(Circulation(client))
    assert report.acknowledged == 1 and report.looked_up == 1
    assert successful_checkouts(library) == [(OK, "T0000010")]


def test_link_down_stops_and_keeps_everything(library, journal):
    client = make_client(library, retries=0)
    client.connect()
    journal.enqueue(OK, "T0000011")
    journal.enqueue(OK, "T0000012")
    library.inject("lose_reply", command="11")
    library.inject("drop", count=1000)
    report = journal.replay(Circulation(client))
    assert report.stopped and report.remaining == 2
    states = [r["state"] for r in journal.pending()]
    assert states == ["unknown", "queued"]
    library.clear_faults()
    # the row to look up had its look-up fail as the link went: it waits for its backoff; the row after it goes
    wall = time.time()
    journal.clock = lambda: wall
    report = journal.replay(Circulation(client))
    assert (report.acknowledged, report.looked_up, report.remaining) == (1, 0, 1)
    wall += LOOKUP_BACKOFF_S[0] + 1
    report = journal.replay(Circulation(client))
    assert (report.acknowledged, report.looked_up, report.remaining) == (1, 1, 0)
    assert successful_checkouts(library) == [(OK, "T0000011"), (OK, "T0000012")]
    client.close()


def test_row_left_sent_by_a_crash_is_looked_up(library, client, journal, tmp_path):
    journal.enqueue(OK, "T0000016")
    journal.enqueue(OK, "T0000017")
    # simulate a crash right after the checkout was committed at the library but before the journal heard back
    Circulation(client).checkout(OK, "T0000016")
    import sqlite3

    db = sqlite3.connect(tmp_path / "offline.sqlite")
    db.execute("UPDATE offline_txn SET state='sent' WHERE id=(SELECT MIN(id) FROM offline_txn)")
    db.commit()
    db.close()
    report = journal.replay(Circulation(client))
    assert report.acknowledged == 2 and report.looked_up == 1
    assert library.counts["11"] == 2


def test_server_restart_during_replay(library, journal):
    client = make_client(library, retries=5, backoff_initial=0.1, backoff_max=0.5)
    client.connect()
    extra = [f"T10000{n:02d}" for n in range(1, 11)]
    for it in extra:  # give them back first so the replay has 30 items to lend
        Circulation(client).checkin(it)
    items = [f"T{n:07d}" for n in range(1, 13)] + [f"T{n:07d}" for n in range(16, 18)] + extra
    for it in items:
        journal.enqueue(OK, it)
    stop = threading.Event()

    def restarter():
        while not stop.is_set() and library.counts.get("11", 0) < 8:
            time.sleep(0.005)
        library.inject("delay", command="11", seconds=0.5)
        time.sleep(0.2)
        library.restart()

    t = threading.Thread(target=restarter)
    t.start()
    circ = Circulation(client)
    report = journal.replay(circ)
    stop.set()
    t.join()
    for _ in range(5):
        if report.remaining == 0:
            break
        report = journal.replay(circ)
    assert report.remaining == 0
    got = successful_checkouts(library)
    assert sorted(i for p, i in got) == sorted(items) and len(got) == len(items)
    assert all(library.state.loan(it).renewals == 0 for it in items)
    assert client.connects >= 2  # the restart really cut the link mid-replay
    client.close()


def test_enqueue_is_not_held_up_by_a_slow_replay(library, client, journal):
    journal.enqueue(OK, "T0000020")
    library.inject("delay", command="11", seconds=5.0)
    t = threading.Thread(target=journal.replay, args=(Circulation(client),))
    t.start()
    deadline = time.monotonic() + 30
    while not library.connections and time.monotonic() < deadline:
        time.sleep(0.01)
    while journal.status().sent == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    journal.enqueue(HOLDS, "T0000019")  # while the first checkout is still in flight
    assert t.is_alive(), "the replay should still be waiting for the slow library system"
    t.join()
    assert journal.status().waiting == 0  # the replay also took the row added meanwhile, in order
    assert successful_checkouts(library) == [(OK, "T0000020"), (HOLDS, "T0000019")]


class Observed:
    """The real circulation to the demo library system; before each request it records, through a connection of
    its own, what the journal file holds at that moment."""

    def __init__(self, circ, path):
        self.circ, self.path, self.seen = circ, path, []

    def _look(self, item):
        import sqlite3

        db = sqlite3.connect(self.path)
        try:
            self.seen.append((item, dict(db.execute("SELECT txn_id, state FROM offline_txn").fetchall())))
        finally:
            db.close()

    def replay_checkout(self, patron, item, due, txn_time):
        self._look(item)
        return self.circ.replay_checkout(patron, item, due, txn_time)

    def replay_lookup(self, patron, item):
        self._look(item)
        return self.circ.replay_lookup(patron, item)


def test_acknowledged_rows_are_deleted_before_the_next_request(library, client, journal, tmp_path, captured_logs):
    items = ["T0000001", "X0000000", "T0000002", "T0000003", "T0000004"]  # X0000000: refused (unknown item)
    ids = {it: journal.enqueue(OK, it).txn_id for it in items}
    target = Observed(Circulation(client), tmp_path / "offline.sqlite")
    report = journal.replay(target)
    assert (report.acknowledged, report.refused, report.remaining) == (4, 1, 0)
    assert [it for it, _ in target.seen] == items
    for k, (item, rows) in enumerate(target.seen):
        assert rows[ids[item]] == "sent", "a request left before its row was marked sent"
        for earlier in items[:k]:
            if earlier == "X0000000":
                assert rows[ids[earlier]] == "refused"
            else:
                assert ids[earlier] not in rows, f"{earlier} was acknowledged but still in the journal"
    assert [r.item for r in journal.refusals()] == ["X0000000"]
    assert_no_secrets(captured_logs)


def test_nothing_of_an_acknowledged_row_is_left_in_the_files(library, client, journal, tmp_path):
    import sqlite3

    for n in range(1, 13):
        journal.enqueue(OK, f"T{n:07d}")
    db = sqlite3.connect(tmp_path / "offline.sqlite")
    rows = db.execute("SELECT txn_id, item_tag, payload FROM offline_txn").fetchall()
    db.close()
    assert journal.replay(Circulation(client)).acknowledged == 12

    def raw():
        return b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("offline.sqlite"))

    data = raw()
    assert (tmp_path / "offline.sqlite-wal").stat().st_size == 0  # the log was checkpointed and truncated
    for txn_id, item_tag, payload in rows:
        assert txn_id.encode() not in data and item_tag.encode() not in data and payload not in data


def test_enqueues_during_a_replay_are_not_held_up_and_keep_their_order(library, client, journal):
    first = [f"T{n:07d}" for n in range(1, 5)]
    later = [f"T{n:07d}" for n in range(7, 13)] + [f"T{n:07d}" for n in range(16, 18)]
    for it in first:
        journal.enqueue(OK, it)
    library.inject("delay", command="11", count=len(first), seconds=1.0)  # a slow library system
    replayer = threading.Thread(target=lambda: results.append(journal.replay(Circulation(client))))
    results: list = []
    replayer.start()
    deadline = time.monotonic() + 60
    while journal.status().sent == 0 and time.monotonic() < deadline:
        time.sleep(0.005)
    for it in later:  # the lending worker, while the replay waits for the library system
        journal.enqueue(OK, it)
    # every enqueue returned while the first, slow window was still on its way
    assert replayer.is_alive() and library.counts.get("11", 0) < len(first)
    replayer.join(timeout=120)
    assert not replayer.is_alive()
    [report] = results
    assert report.remaining == 0 and report.acknowledged == len(first) + len(later)
    assert successful_checkouts(library) == [(OK, it) for it in first + later]
    assert journal.status().waiting == 0


def test_one_replay_per_journal_across_processes(library, client, journal, tmp_path):
    """A second journal object on the same file (as the shell's `kiosk queue sync` would open while the kiosk
    syncs) does not replay at the same time: nothing is sent twice, nothing is touched."""
    from offline_queue import Journal

    for it in ("T0000001", "T0000002"):
        journal.enqueue(OK, it)
    library.inject("delay", command="11", count=1, seconds=1.0)
    t = threading.Thread(target=journal.replay, args=(Circulation(client),))
    t.start()
    deadline = time.monotonic() + 60
    while journal.status().sent == 0 and time.monotonic() < deadline:
        time.sleep(0.005)
    other = Journal(tmp_path / "offline.sqlite", tmp_path / "offline.key")
    second = make_client(library)
    second.connect()
    report = other.replay(Circulation(second))
    assert report.stopped == "replay_busy" and report.acknowledged == 0 and report.remaining == 2
    assert t.is_alive()
    t.join()
    assert successful_checkouts(library) == [(OK, "T0000001"), (OK, "T0000002")]
    assert library.counts["11"] == 2
    assert other.replay(Circulation(second)).stopped == ""  # free again once the first has finished
    other.close()
    second.close()


def test_a_reader_holding_the_log_defers_the_purge_only(library, client, journal, tmp_path, captured_logs):
    import sqlite3

    journal.enqueue(OK, "T0000001")
    reader = sqlite3.connect(tmp_path / "offline.sqlite", isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM offline_txn").fetchone()  # a read snapshot from before the replay
    report = journal.replay(Circulation(client))
    assert report.acknowledged == 1 and report.remaining == 0 and journal.pending() == []
    assert any('"queue.purge_deferred"' in line for line in captured_logs)
    assert (tmp_path / "offline.sqlite-wal").stat().st_size > 0
    reader.execute("COMMIT")
    reader.close()
    assert journal.replay(Circulation(client)).stopped == ""  # nothing to send; the purge goes through now
    assert (tmp_path / "offline.sqlite-wal").stat().st_size == 0
    assert_no_secrets(captured_logs)
