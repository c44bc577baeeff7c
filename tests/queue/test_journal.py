"""The offline journal on a real SQLite file: durability, encryption, keys, policy, full disk."""

import json
import os
import sqlite3
import stat
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offline_queue import (
    Journal,
    JournalFull,
    KeyFileError,
    OfflinePolicy,
    OfflineRefused,
    PayloadError,
    QueueError,
)

from .conftest import assert_no_secrets

POLICY = OfflinePolicy(lending=True, items_per_patron=3, identification=("mynumber", "barcode"))


def test_key_file_is_made_0600_and_checked(tmp_path):
    j = Journal(tmp_path / "j.sqlite", tmp_path / "k.key")
    j.enqueue("10000001", "T0000001")
    for name in ("k.key", "j.sqlite", "j.sqlite-wal"):
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o600, name
    j.close()
    os.chmod(tmp_path / "k.key", 0o644)
    with pytest.raises(KeyFileError) as e:
        Journal(tmp_path / "j.sqlite", tmp_path / "k.key")
    assert e.value.reason == "key_file_mode"
    os.chmod(tmp_path / "k.key", 0o600)
    (tmp_path / "k.key").write_text("{not json")
    with pytest.raises(KeyFileError) as e:
        Journal(tmp_path / "j.sqlite", tmp_path / "k.key")
    assert e.value.reason == "key_file_damaged"


def test_enqueue_is_durable_and_sealed(tmp_path, journal, captured_logs):
    due = datetime(2026, 12, 5, 23, 59)
    t = journal.enqueue("10000001", "T0000001", due=due, method="mynumber", policy=POLICY)
    assert t.due == due
    # a separate connection (another process would see the same) finds the row committed, in WAL mode
    db = sqlite3.connect(tmp_path / "offline.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT state FROM offline_txn").fetchall() == [("queued",)]
    db.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("offline.sqlite"))
    for secret in (b"10000001", b"T0000001", b"2026-12-05"):
        assert secret not in raw
    # a fresh Journal (after a restart) reads it back
    again = Journal(tmp_path / "offline.sqlite", tmp_path / "offline.key")
    [row] = again.pending()
    assert (row["p"], row["i"], row["d"], row["m"]) == ("10000001", "T0000001", due.isoformat(), "mynumber")
    again.close()
    assert_no_secrets(captured_logs)


def test_tampered_row_is_detected(tmp_path, journal):
    journal.enqueue("10000001", "T0000001")
    db = sqlite3.connect(tmp_path / "offline.sqlite")
    (blob,) = db.execute("SELECT payload FROM offline_txn").fetchone()
    bad = bytearray(blob)
    bad[20] ^= 0x01
    db.execute("UPDATE offline_txn SET payload = ?", (bytes(bad),))
    db.commit()
    db.close()
    with pytest.raises(PayloadError) as e:
        journal.pending()
    assert e.value.reason == "payload_tampered"


@pytest.mark.parametrize("policy, method, reason", [
    (OfflinePolicy(lending=False), "mynumber", "offline_disabled"),
    (OfflinePolicy(lending=True, identification=("mynumber",)), "barcode", "offline_method"),
])  # fmt: skip
def test_policy_refusals(journal, policy, method, reason):
    with pytest.raises(OfflineRefused) as e:
        journal.enqueue("10000001", "T0000001", method=method, policy=policy)
    assert e.value.reason == reason
    assert journal.status().waiting == 0


def test_items_per_patron_and_no_double_queue(journal):
    for n in range(3):
        journal.enqueue("10000001", f"T000000{n + 1}", method="barcode", policy=POLICY)
    with pytest.raises(OfflineRefused) as e:
        journal.enqueue("10000001", "T0000009", method="barcode", policy=POLICY)
    assert e.value.reason == "offline_limit"
    journal.enqueue("10000005", "T0000009", method="barcode", policy=POLICY)  # another patron: own limit
    with pytest.raises(OfflineRefused) as e:
        journal.enqueue("10000005", "T0000001", method="barcode", policy=POLICY)
    assert e.value.reason == "already_queued"
    assert journal.pending_for("10000001") == 3
    assert journal.status().queued == 4


def test_due_date_from_policy():
    p = OfflinePolicy(loan_period_days=14)
    assert p.due_date(datetime(2026, 11, 21, 10, 0)) == datetime(2026, 12, 5, 23, 59)


def test_full_disk_records_nothing(tmp_path):
    j = Journal(tmp_path / "full.sqlite", tmp_path / "k.key", max_pages=12)
    told = 0
    with pytest.raises(JournalFull) as e:
        for n in range(10000):
            j.enqueue("10000001", f"X{n:07d}" + "x" * 200)
            told += 1
    assert e.value.reason == "disk_full"
    j.close()
    again = Journal(tmp_path / "full.sqlite", tmp_path / "k.key")
    assert again.status().queued == told  # every enqueue that returned is there, the failed one is not
    again.close()


def test_key_rotation_and_interrupted_rotation(tmp_path, journal):
    journal.enqueue("10000001", "T0000001")
    journal.enqueue("10000002", "T0000002")
    old = journal.ring.current
    new = journal.rotate_key()
    assert new != old
    kf = json.loads((tmp_path / "offline.key").read_text())
    assert list(kf["keys"]) == [new] and kf["current"] == new
    assert [r["i"] for r in journal.pending()] == ["T0000001", "T0000002"]
    assert journal.pending_for("10000001") == 1  # tags re-made under the new key
    # a rotation cut short: the key file holds both keys, the rows are still under the old one
    journal.close()
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from offline_queue import keys

    ring = keys.load_or_create(tmp_path / "offline.key")
    half = keys.Keyring("knext", {**ring.keys, "knext": AESGCM.generate_key(bit_length=256)})
    keys.save(tmp_path / "offline.key", half)
    j2 = Journal(tmp_path / "offline.sqlite", tmp_path / "offline.key")
    assert j2.ring.current == "knext" and list(j2.ring.keys) == ["knext"]
    assert [r["p"] for r in j2.pending()] == ["10000001", "10000002"]
    j2.close()


def test_discard_takes_back_an_unsent_checkout(journal):
    t = journal.enqueue("10000001", "T0000001", method="barcode", policy=POLICY)
    assert journal.discard(t.txn_id) is True
    assert journal.status().waiting == 0 and journal.pending_for("10000001") == 0
    # the same item may be queued again afterwards
    journal.enqueue("10000001", "T0000001", method="barcode", policy=POLICY)
    assert journal.discard(t.txn_id) is False


def test_tags_are_hmac_sha256_of_the_derived_key(tmp_path, journal):
    """The stored tags are HMAC-SHA256 (truncated to 16 bytes) under a key derived from the row key, so journals
    written by earlier versions keep matching; values in several scripts, of several lengths."""
    import hashlib
    import hmac

    journal.enqueue("10000001", "T0000001")
    kid = journal.ring.current
    sub = hmac.new(journal.ring.keys[kid], b"offline-queue tag key", hashlib.sha256).digest()
    for value in ("10000001", "T0000001", "", "図書館", "x" * 200):
        want = hmac.new(sub, value.encode("utf-8"), hashlib.sha256).digest()[:16].hex()
        assert journal.ring.tag(kid, value) == want
    db = sqlite3.connect(tmp_path / "offline.sqlite")
    assert db.execute("SELECT patron_tag, item_tag FROM offline_txn").fetchall() == [
        (journal.ring.tag(kid, "10000001"), journal.ring.tag(kid, "T0000001"))
    ]
    db.close()


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(patron=_TEXT, item=_TEXT, method=_TEXT, micro=st.integers(0, 999_999))
def test_payload_round_trips_any_text(journal, patron, item, method, micro):
    """Quotes, backslashes, control characters, any script: the sealed payload reads back exactly."""
    due = datetime(2026, 12, 5, 23, 59, 0, micro)
    t = journal.enqueue(patron, item, due=due, txn_time=datetime(2026, 11, 21, 10, 0, 1, micro), method=method)
    [row] = [r for r in journal.pending() if r["txn_id"] == t.txn_id]
    assert (row["p"], row["i"], row["m"]) == (patron, item, method)
    assert datetime.fromisoformat(row["d"]) == due and row["t"] == "2026-11-21T10:00:01"
    assert journal.discard(t.txn_id)


def test_text_that_cannot_be_stored_is_a_typed_error(journal):
    with pytest.raises(QueueError) as e:
        journal.enqueue("10000001", "T\udcff0001")
    assert e.value.reason == "bad_identifier"
    assert journal.status().waiting == 0
