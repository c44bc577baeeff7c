"""The offline journal: checkouts made while the library system was unreachable, kept durably and encrypted until
the library system has them.

* SQLAlchemy over SQLite, WAL with ``synchronous=FULL``: :meth:`Journal.enqueue` returns only after the row is on
  disk, so the patron is told "lent" only for a transaction that survives a power cut.
* The patron number, item, transaction time, shown due date and any library-system message are sealed with
  AES-GCM (the row's id is bound in as associated data); patron and item are also kept as keyed hashes so limits
  and duplicates can be checked without decrypting.
* States ``queued -> sent -> acknowledged / refused / unknown``. An acknowledged row is deleted at once; a refused
  one stays for staff with the library system's message; ``sent`` is written before the request leaves, so a row
  found ``sent`` after a crash becomes ``unknown`` and is looked up before anything is re-sent.
* Replay: in order, one in flight, as no-block checkouts with the original transaction time and the due date the
  patron was shown, SC renewal policy N. "Already lent to this patron" counts as done.

Deleting acknowledged rows at once, and why not with an fsync each. Crash safety needs exactly one thing to be
durable in replay: a row is ``sent`` on disk before its request leaves (after a crash, every ``sent`` row is looked
up before anything is sent again). Nothing replay records *after* an answer needs to survive a power cut: if the
deletion of an acknowledged row (or a refusal, or a row put back after a link failure) is lost, the row is simply
``sent`` again, and the next replay looks it up and settles it (the crash test kills replay at random moments
and checks every loan lands exactly once). So:

* the ``sent`` marks are durable commits (synchronous FULL), up to :data:`REPLAY_WINDOW` rows at a time, made
  before the first of them goes;
* each answer is committed the moment it arrives, before the next request leaves, on a second connection with
  synchronous NORMAL: in WAL mode that commit is consistent and at once visible to every reader (an acknowledged
  row is gone, its bytes zeroed by secure_delete); it reaches the disk with the next durable commit. A durable
  commit per answer would cap replay at one fsync per transaction (measured: below 1,000 tx/s whenever the disk
  is busy); this costs microseconds;
* when a replay ends, a checkpoint flushes everything and truncates the write-ahead log, so no older copy of a
  deleted row stays in the journal's files.

Enqueues are untouched by this: their connection is synchronous FULL, one durable commit per enqueue.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import (
    Column,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    create_engine,
    delete,
    event,
    func,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

import eventlog
from offline_queue import keys as keys_mod
from offline_queue.errors import JournalFull, JournalUnavailable, OfflineRefused, QueueError
from offline_queue.policy import OfflinePolicy

logger = logging.getLogger("offline_queue")

QUEUED, SENT, REFUSED, UNKNOWN = "queued", "sent", "refused", "unknown"
PENDING_STATES = (QUEUED, SENT, UNKNOWN)

metadata = MetaData()
txns = Table(
    "offline_txn",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    #: a random id for staff and logs (not indexed: looked up only when staff dismiss a refusal)
    Column("txn_id", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("state", String(16), nullable=False),
    Column("key_id", String(16), nullable=False),
    Column("patron_tag", String(32), nullable=False),
    Column("item_tag", String(32), nullable=False),
    Column("payload", LargeBinary, nullable=False),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    #: the refusal reason code (never personal data; the library system's message is in the sealed payload)
    Column("reason", String(32)),
    # no secondary index: every index is pages written (and fsynced) by each enqueue. The enqueue checks use an
    # in-memory copy of the waiting rows' tags (reloaded whenever another connection changed the file), and the
    # replay's "next waiting row" walks the primary key from the front
)


# ----------------------------------------------------------------------------------------- replay target
class LinkDown(QueueError):
    """The library system link failed during replay; ``maybe_committed`` when a checkout was sent unanswered."""

    reason = "link_down"

    def __init__(self, message: str = "", reason: str | None = None, maybe_committed: bool = False) -> None:
        super().__init__(message, reason)
        self.maybe_committed = maybe_committed


@dataclass(frozen=True)
class ReplayAnswer:
    ok: bool
    reason: str = "ok"
    message: str = ""


class ReplayTarget(Protocol):
    """What replay needs from the library system (:class:`kiosk.circulation.Circulation` provides it)."""

    def replay_checkout(self, patron: str, item: str, due: datetime, txn_time: datetime) -> ReplayAnswer:
        """A no-block checkout (SC renewal policy N). Raises :class:`LinkDown`."""
        ...

    def replay_lookup(self, patron: str, item: str) -> str:
        """Where the item is now: ``"mine"`` (lent to this patron), ``"other"`` or ``"free"``. Raises LinkDown."""
        ...


# ---------------------------------------------------------------------------------------------- records
@dataclass(frozen=True)
class Transaction:
    txn_id: str
    due: datetime
    txn_time: datetime


@dataclass(frozen=True)
class QueueStatus:
    queued: int
    sent: int
    unknown: int
    refused: int
    #: when the oldest transaction still waiting was made (None if none waits)
    oldest: datetime | None
    path: str
    key_id: str

    @property
    def waiting(self) -> int:
        return self.queued + self.sent + self.unknown

    def as_dict(self) -> dict[str, Any]:
        return {
            "queued": self.queued,
            "sent": self.sent,
            "unknown": self.unknown,
            "refused": self.refused,
            "waiting": self.waiting,
            "oldest": self.oldest.isoformat(timespec="seconds") if self.oldest else None,
            "journal": self.path,
            "key_id": self.key_id,
        }


@dataclass(frozen=True)
class Refusal:
    """A replayed checkout the library system refused: for staff to sort out (contains personal data)."""

    txn_id: str
    patron: str
    item: str
    txn_time: datetime
    due: datetime
    reason: str
    message: str
    refused_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "txn_id": self.txn_id,
            "patron": self.patron,
            "item": self.item,
            "txn_time": self.txn_time.isoformat(timespec="seconds"),
            "due": self.due.isoformat(timespec="seconds"),
            "reason": self.reason,
            "message": self.message,
            "refused_at": self.refused_at.isoformat(timespec="seconds"),
        }


@dataclass
class ReplayReport:
    acknowledged: int = 0
    already_lent: int = 0
    refused: int = 0
    looked_up: int = 0
    #: why replay stopped early ("" = ran to the end)
    stopped: str = ""
    remaining: int = 0
    refusal_reasons: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


_PENDING_SQL = "('queued', 'sent', 'unknown')"
_SQL_TAGS = f"SELECT patron_tag, item_tag FROM offline_txn WHERE state IN {_PENDING_SQL}"
_SQL_INSERT = (
    "INSERT INTO offline_txn (txn_id, kind, state, key_id, patron_tag, item_tag, payload, created_at, updated_at,"
    " attempts) VALUES (?,?,?,?,?,?,?,?,?,?)"
)
_SQL_NEXT = (
    "SELECT id, txn_id, state, key_id, payload, attempts FROM offline_txn WHERE state IN ('queued', 'unknown')"
    " ORDER BY id LIMIT ?"
)
_SQL_MARK_SENT = "UPDATE offline_txn SET state = 'sent', updated_at = ?, attempts = ? WHERE id = ?"
#: rows marked "sent" by one durable commit before the first of them is sent (they still go one at a time)
REPLAY_WINDOW = 32
#: the write-ahead log is checkpointed (and then written again from its start) at this many pages instead of
#: SQLite's 1,000. A smaller log holds fewer stale copies of rows and reaches its working size sooner after each
#: replay truncates it: while the log file still grows, every fdatasync also commits file-system metadata, which
#: made those enqueues cost about twice as much (measured on ext4)
WAL_CHECKPOINT_PAGES = 256
#: how long the checkpoint after a replay may wait for other readers of the journal (milliseconds)
PURGE_WAIT_MS = 50
#: the sealed payload's JSON (one encoder for all rows: ``json.dumps`` with options builds a new one per call)
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
#: a JSON string literal (quotes, backslashes and control characters escaped), for the enqueue's payload
_json_str = json.encoder.encode_basestring
#: the enqueue's payload, the same JSON ``_encode`` makes of {"p", "i", "t", "d", "m"}: patron, item and method
#: go through ``_json_str``; the two times are ``datetime.isoformat()`` (digits, "-", ":", "T", ".", "+")
_PAYLOAD = '{"p":%s,"i":%s,"t":"%s","d":"%s","m":%s}'


@dataclass(frozen=True)
class _Row:
    id: int
    txn_id: str
    state: str
    key_id: str
    payload: bytes
    attempts: int


def _set_pragmas(db: sqlite3.Connection, synchronous: str, max_pages: int | None) -> None:
    cur = db.cursor()
    # small rows: 1 KiB pages make each durable commit write (and fsync) less; only takes effect when the file is made
    cur.execute("PRAGMA page_size=1024")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA synchronous={synchronous}")
    cur.execute("PRAGMA secure_delete=ON")  # per connection: deleted rows are overwritten with zeros
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
    if max_pages:
        cur.execute(f"PRAGMA max_page_count={int(max_pages)}")
    cur.close()


# ------------------------------------------------------------------------------------------------ journal
class Journal:
    """The offline journal in one SQLite file. Thread-safe; one process writes it at a time."""

    def __init__(self, path: str | Path, key_path: str | Path, *, max_pages: int | None = None) -> None:
        self.path = Path(path)
        self.key_path = Path(key_path)
        self.ring = keys_mod.load_or_create(self.key_path)
        self._lock = threading.RLock()
        self._replay_lock = threading.Lock()
        #: tags of the waiting rows (items, and patron -> count), valid while PRAGMA data_version is unchanged
        self._tag_version: int | None = None
        self._items: set[str] = set()
        self._patrons: Counter[str] = Counter()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():
                # owner only; SQLite gives the -wal and -shm files the same mode
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
            self.engine = self._make_engine(max_pages)
            metadata.create_all(self.engine)
            # the hot paths (enqueue, replay) use one connection from the engine's pool for the journal's
            # lifetime, with hand-written SQL and explicit BEGIN IMMEDIATE/COMMIT: the commit (an fsync) is then
            # nearly all an enqueue costs
            self._fairy = self.engine.raw_connection()
            self._db: sqlite3.Connection = self._fairy.driver_connection  # type: ignore[assignment]
            self._db.isolation_level = None
            self._cur = self._db.cursor()  # the enqueue's, used under the journal lock
            # replay records answers on its own connection, synchronous NORMAL (see replay()); used under the lock
            self._answers = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            _set_pragmas(self._answers, "NORMAL", max_pages)
        except (OSError, SQLAlchemyError, sqlite3.Error) as e:
            raise JournalUnavailable(f"cannot open the journal {self.path} ({type(e).__name__})") from None
        if len(self.ring.keys) > 1:
            self._finish_rotation()

    def _make_engine(self, max_pages: int | None) -> Engine:
        engine = create_engine(f"sqlite:///{self.path}", future=True)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _rec: Any) -> None:
            _set_pragmas(dbapi_conn, "FULL", max_pages)

        return engine

    def close(self) -> None:
        with self._lock:
            try:
                self._answers.close()
                self._fairy.close()
            finally:
                self.engine.dispose()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -------------------------------------------------------------------------------------- sealing
    def _seal(self, txn_id: str, payload: dict[str, Any]) -> tuple[str, bytes]:
        return self.ring.seal(_encode(payload).encode("utf-8"), txn_id.encode("ascii"))

    def _open(self, row: Any) -> dict[str, Any]:
        return json.loads(self.ring.open(row.key_id, row.payload, row.txn_id.encode("ascii")))

    def _write(self, fn: Any) -> Any:
        """Run ``fn(conn)`` in one committed transaction; SQLite errors become typed queue errors."""
        try:
            with self.engine.begin() as conn:
                return fn(conn)
        except OperationalError as e:
            text = str(e.orig).lower() if e.orig else ""
            if "full" in text:
                raise JournalFull("the disk is full: the transaction was not recorded") from None
            raise JournalUnavailable(f"the journal cannot be written ({type(e.orig).__name__})") from None
        except OSError as e:
            raise JournalUnavailable(f"the journal cannot be written ({e.strerror})") from None

    def _tx(self, fn: Any) -> Any:
        """Run ``fn(db)`` on the journal's own connection in one durable transaction (BEGIN IMMEDIATE .. COMMIT
        with synchronous FULL). SQLite errors become typed queue errors; a failed transaction leaves nothing."""
        with self._lock:
            return self._tx_locked(fn)

    def _tx_locked(self, fn: Any, db: sqlite3.Connection | None = None) -> Any:
        db = db or self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                out = fn(db)
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            return out
        except sqlite3.Error as e:
            raise self._typed(e) from None
        except OSError as e:
            raise JournalUnavailable(f"the journal cannot be written ({e.strerror})") from None

    @staticmethod
    def _typed(e: sqlite3.Error) -> QueueError:
        if isinstance(e, sqlite3.OperationalError) and "full" in str(e).lower():
            return JournalFull("the disk is full: the transaction was not recorded")
        return JournalUnavailable(f"the journal cannot be written ({type(e).__name__})")

    # ------------------------------------------------------------------------------------------- write
    def _sync_tags(self, db: sqlite3.Connection) -> None:
        """Reload the waiting rows' tags if another connection (another process, the CLI, a key rotation)
        committed since we last looked. Call inside a transaction so the view stays valid until commit."""
        version = db.execute("PRAGMA data_version").fetchone()[0]
        if version == self._tag_version:
            return
        self._items, self._patrons = set(), Counter()
        for ptag, itag in db.execute(_SQL_TAGS):
            self._items.add(itag)
            self._patrons[ptag] += 1
        self._tag_version = version

    def pending_for(self, patron: str) -> int:
        """How many offline loans of ``patron`` wait in the journal."""
        with self._lock:
            self._tag_version = None
            self._tx(self._sync_tags)
            return self._patrons[self.ring.tag(self.ring.current, patron)]

    def item_state(self, item: str) -> str:
        """What the journal knows of a loan of ``item`` now: "waiting" (still to reach the library system),
        "refused" (the library system refused it on replay: staff settle it), or "" (none here: it reached the
        library system and was deleted, or there never was one). For a receipt that says what is true when it
        prints."""
        tag = self.ring.tag(self.ring.current, item)
        with self.engine.connect() as conn:
            states = set(conn.execute(select(txns.c.state).where(txns.c.item_tag == tag)).scalars())
        if states & set(PENDING_STATES):
            return "waiting"
        return "refused" if REFUSED in states else ""

    def enqueue(
        self,
        patron: str,
        item: str,
        *,
        due: datetime | None = None,
        txn_time: datetime | None = None,
        method: str = "barcode",
        policy: OfflinePolicy | None = None,
    ) -> Transaction:
        """Record an offline checkout. Durable on return: only then may the patron be told "lent".

        With a ``policy`` the offline rules are checked first (:class:`OfflineRefused`); an item that already
        waits in the journal is refused (``already_queued``). Raises :class:`JournalFull` when the disk is full
        (nothing recorded)."""
        # The commit's fsync is what an enqueue should cost; what runs before it is kept to few steps (each one
        # costs several times its hot-loop figure here: after each fsync the CPU caches have gone cold).
        now = time.time()
        txn_time = datetime.fromtimestamp(int(now)) if txn_time is None else txn_time.replace(microsecond=0)
        if due is None:
            due = (policy or OfflinePolicy()).due_date(txn_time)
        rnd = os.urandom(16 + keys_mod.NONCE_BYTES)  # one draw: the transaction id and the AES-GCM nonce
        txn_id = rnd[:16].hex()
        ring = self.ring
        kid = ring.current
        plain = _PAYLOAD % (
            _json_str(patron),
            _json_str(item),
            txn_time.isoformat(),
            due.isoformat(),
            _json_str(method),
        )
        try:
            data = plain.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate, from bytes decoded with surrogateescape
            raise QueueError("the patron number or item id is not valid text", "bad_identifier") from None
        ptag, itag = ring.tag(kid, patron), ring.tag(kid, item)
        key_id, blob = ring.seal(data, txn_id.encode("ascii"), rnd[16:])
        with self._lock:
            cur = self._cur
            try:
                cur.execute("BEGIN IMMEDIATE")
                try:
                    if cur.execute("PRAGMA data_version").fetchone()[0] != self._tag_version:
                        self._sync_tags(self._db)
                    if itag in self._items:
                        raise OfflineRefused("this item already waits in the offline journal", "already_queued")
                    refusal = policy.refusal(method, self._patrons[ptag]) if policy is not None else ""
                    if refusal:
                        raise OfflineRefused("the offline lending rules refuse this loan", refusal)
                    cur.execute(_SQL_INSERT, (txn_id, "checkout", QUEUED, key_id, ptag, itag, blob, now, now, 0))
                    cur.execute("COMMIT")
                except BaseException:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise
            except sqlite3.Error as e:
                raise self._typed(e) from None
            except OSError as e:
                raise JournalUnavailable(f"the journal cannot be written ({e.strerror})") from None
            self._items.add(itag)
            self._patrons[ptag] += 1
        if logger.isEnabledFor(logging.INFO):
            eventlog.event(logger, "queue.enqueued", txn=txn_id[:8], method=method)
        return Transaction(txn_id, due, txn_time)

    # -------------------------------------------------------------------------------------------- read
    def status(self) -> QueueStatus:
        with self.engine.connect() as conn:
            counts = dict(conn.execute(select(txns.c.state, func.count()).group_by(txns.c.state)).all())
            oldest = conn.execute(
                select(func.min(txns.c.created_at)).where(txns.c.state.in_(PENDING_STATES))
            ).scalar_one()
        return QueueStatus(
            queued=counts.get(QUEUED, 0),
            sent=counts.get(SENT, 0),
            unknown=counts.get(UNKNOWN, 0),
            refused=counts.get(REFUSED, 0),
            oldest=datetime.fromtimestamp(oldest) if oldest else None,
            path=str(self.path),
            key_id=self.ring.current,
        )

    def refusals(self) -> list[Refusal]:
        """Refused replays with the library system's message, oldest first (personal data: staff only)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(txns).where(txns.c.state == REFUSED).order_by(txns.c.id)).all()
        out = []
        for row in rows:
            p = self._open(row)
            out.append(
                Refusal(
                    row.txn_id,
                    p["p"],
                    p["i"],
                    datetime.fromisoformat(p["t"]),
                    datetime.fromisoformat(p["d"]),
                    row.reason or "refused",
                    p.get("msg", ""),
                    datetime.fromtimestamp(row.updated_at),
                )  # fmt: skip
            )
        return out

    def discard(self, txn_id: str) -> bool:
        """Take back a checkout that has not been sent yet (its security switch failed, the patron was told it
        was not lent). Returns False when the row is gone or already on its way to the library system."""
        with self._lock:
            n = self._tx(
                lambda db: (
                    db.execute("DELETE FROM offline_txn WHERE txn_id = ? AND state = 'queued'", (txn_id,)).rowcount
                )
            )
            if n:
                self._tag_version = None
        eventlog.event(logger, "queue.discarded", txn=txn_id[:8], found=bool(n))
        return bool(n)

    def dismiss(self, txn_id: str) -> bool:
        """Delete a refused row once staff have dealt with it."""
        with self._lock:
            n = self._write(
                lambda c: c.execute(delete(txns).where(txns.c.txn_id == txn_id, txns.c.state == REFUSED)).rowcount
            )
        eventlog.event(logger, "queue.refusal_dismissed", txn=txn_id[:8], found=bool(n))
        return bool(n)

    def pending(self) -> list[dict[str, Any]]:
        """Waiting transactions, decrypted (for tests and staff tools)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(txns).where(txns.c.state.in_(PENDING_STATES)).order_by(txns.c.id)).all()
        return [{"txn_id": r.txn_id, "state": r.state, **self._open(r)} for r in rows]

    # ------------------------------------------------------------------------------------------ replay
    def _open_row(self, row: _Row) -> dict[str, Any]:
        return json.loads(self.ring.open(row.key_id, row.payload, row.txn_id.encode("ascii")))

    def _apply(self, db: sqlite3.Connection, ops: list[tuple[Any, ...]]) -> None:
        """Apply finished rows inside the current transaction: ("ack", row) deletes it; ("refuse", row, payload,
        reason, message) keeps it for staff with the message sealed in; ("state", row, state[, attempts]) puts it
        in that state."""
        for op in ops:
            kind, row = op[0], op[1]
            if kind == "ack":
                db.execute("DELETE FROM offline_txn WHERE id = ? AND txn_id = ?", (row.id, row.txn_id))
            elif kind == "refuse":
                _, _, payload, reason, message = op
                if payload is None:  # the row could not be opened: keep it as it is, for staff
                    db.execute(
                        "UPDATE offline_txn SET state = ?, reason = ?, updated_at = ? WHERE id = ?",
                        (REFUSED, reason[:32], time.time(), row.id),
                    )
                    continue
                key_id, blob = self._seal(row.txn_id, {**payload, "msg": message})
                db.execute(
                    "UPDATE offline_txn SET state = ?, reason = ?, key_id = ?, payload = ?, updated_at = ?"
                    " WHERE id = ?",
                    (REFUSED, reason[:32], key_id, blob, time.time(), row.id),
                )
            else:  # ("state", row, state[, attempts])
                attempts = op[3] if len(op) > 3 else row.attempts + 1
                db.execute(
                    "UPDATE offline_txn SET state = ?, updated_at = ?, attempts = ? WHERE id = ?",
                    (op[2], time.time(), attempts, row.id),
                )
        if any(op[0] != "state" for op in ops):
            self._tag_version = None  # rows left the waiting states: the next enqueue reloads the tags

    def _take(self, db: sqlite3.Connection, want: int) -> list[_Row]:
        """Inside a durable transaction: the next waiting rows, in order, marked ``sent``: a run of up to ``want``
        queued rows, or an ``unknown`` row alone and unmarked (it is looked up before anything is sent)."""
        rows = [_Row(*r) for r in db.execute(_SQL_NEXT, (want,)).fetchall()]
        if rows and rows[0].state == UNKNOWN:
            return rows[:1]
        rows = rows[: next((i for i, r in enumerate(rows) if r.state == UNKNOWN), len(rows))]
        now = time.time()
        for r in rows:
            db.execute(_SQL_MARK_SENT, (now, r.attempts + 1, r.id))
        return rows

    def _answered(self, ops: list[tuple[Any, ...]]) -> None:
        """Record answers at once, on the answers connection: written to the journal (an acknowledged row is gone
        for every reader from here on) without waiting for an fsync of its own (see :meth:`replay`)."""
        if ops:
            with self._lock:
                self._tx_locked(lambda db: self._apply(db, ops), self._answers)

    @contextlib.contextmanager
    def _replay_file_lock(self) -> Iterator[bool]:
        """One replay per journal across processes: an flock on ``<journal>.replay`` (released by the kernel if
        the process dies). Yields False when another process holds it."""
        try:
            fd = os.open(self.path.with_name(self.path.name + ".replay"), os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as e:
            raise JournalUnavailable(f"the journal's replay lock cannot be opened ({e.strerror})") from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            yield True
        finally:
            os.close(fd)  # closing releases the lock

    def _purge(self) -> None:
        """After a replay: checkpoint the write-ahead log into the journal file and truncate it. This flushes the
        answers recorded since the last durable commit, writes the zeroed pages (secure_delete) into the journal
        file, and leaves no older copy of a deleted row in the log. It waits at most a moment for other readers
        (an enqueue waits for it at most that long); when the log is busy, the next durable commit flushes the
        answers and the next replay purges."""
        db = self._answers
        with self._lock:
            try:
                db.execute(f"PRAGMA busy_timeout={PURGE_WAIT_MS}")
                try:
                    busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                finally:
                    db.execute("PRAGMA busy_timeout=10000")
                reason = "busy"
            except sqlite3.Error as e:
                busy, reason = 1, type(e).__name__
        if busy:
            eventlog.event(logger, "queue.purge_deferred", logging.WARNING, reason=reason)

    def replay(self, target: ReplayTarget, *, limit: int | None = None) -> ReplayReport:
        """Send waiting transactions to the library system, in order, one at a time (see the module text).
        Stops at the first lasting link failure (``report.stopped``); never raises for link trouble.

        What must be durable, and when:

        * ``sent`` before a request leaves ("may have reached the library system: look it up before sending
          again"). Up to :data:`REPLAY_WINDOW` rows are marked by one durable commit (synchronous FULL) before the
          first of them goes; they still go one at a time. A crash anywhere therefore leaves every unanswered row
          ``sent``; the next replay turns those into ``unknown`` and looks each one up first, so nothing is lost
          or sent twice.
        * Each answer is recorded the moment it arrives, in its own commit, before the next request leaves: an
          acknowledged row is deleted (secure_delete zeroes it), a refused one kept for staff, a row the link
          failed on put back. These commits need no fsync of their own, because losing one in a power cut only
          leaves its row ``sent``, which is looked up and settled again; so they are made on a second connection
          with synchronous NORMAL (WAL: consistent, flushed by the next durable commit), and cost microseconds
          instead of an fsync per transaction. The enqueue connection stays FULL throughout.
        * At the end a checkpoint flushes them and truncates the log, so no copy of a deleted row stays in the
          journal's files (:meth:`_purge`).

        Enqueues wait for at most one commit, never for the network."""
        report = ReplayReport()
        with self._replay_lock, self._replay_file_lock() as mine:
            if not mine:  # another process (the kiosk, a shell) is replaying this journal: leave it alone
                report.stopped = "replay_busy"
                report.remaining = self.status().waiting
                eventlog.event(logger, "queue.replay_busy", logging.WARNING)
                return report
            self._tx(lambda db: db.execute("UPDATE offline_txn SET state = 'unknown' WHERE state = 'sent'"))
            done = 0
            link_failures = 0
            try:
                while not report.stopped and (limit is None or done < limit):
                    want = REPLAY_WINDOW if limit is None else min(REPLAY_WINDOW, limit - done)
                    rows = self._tx(lambda db, want=want: self._take(db, want))  # durable: marked before sent
                    if not rows:
                        break
                    for i, row in enumerate(rows):
                        outcome, answered, link_down = self._replay_one(row, target, report)
                        if link_down:
                            # the rest of the window was never sent: back as it was
                            rest = [("state", r, r.state, r.attempts) for r in rows[i + 1 :]]
                            self._answered(outcome + rest)
                            link_failures += 1
                            if link_failures > 1:
                                report.stopped = link_down
                            break
                        self._answered(outcome)
                        done += 1
                        if answered:
                            link_failures = 0
            finally:
                with self._lock:
                    self._tag_version = None
                self._purge()
            report.remaining = self.status().waiting
        eventlog.event(logger, "queue.replayed", acknowledged=report.acknowledged, refused=report.refused, stopped=report.stopped,
             remaining=report.remaining)  # fmt: skip
        return report

    def _replay_one(
        self, row: _Row, target: ReplayTarget, report: ReplayReport
    ) -> tuple[list[tuple[Any, ...]], bool, str]:
        """Look up (an ``unknown`` row) and send one row that is marked ``sent`` on disk. Returns its outcome,
        whether the library system answered a checkout, and, when the link failed, the reason (the outcome then
        puts the row back as ``unknown`` or ``queued``)."""
        try:
            p = self._open_row(row)
        except QueueError as e:
            report.refused += 1
            return [("refuse", row, None, e.reason, "")], False, ""
        if row.state == UNKNOWN:
            # it may have reached the library system before: ask where the item is before sending anything
            report.looked_up += 1
            try:
                where = target.replay_lookup(p["p"], p["i"])
            except LinkDown as e:
                eventlog.event(logger, "queue.link_down", logging.WARNING, txn=row.txn_id[:8], reason=e.reason)
                return [("state", row, UNKNOWN)], False, e.reason or "link_down"
            if where == "mine":
                report.acknowledged += 1
                eventlog.event(logger, "queue.acknowledged", txn=row.txn_id[:8], by="lookup")
                return [("ack", row)], False, ""
            if where == "other":
                report.refused += 1
                report.refusal_reasons["lent_to_other"] = report.refusal_reasons.get("lent_to_other", 0) + 1
                eventlog.event(logger, "queue.refused", logging.WARNING, txn=row.txn_id[:8], reason="lent_to_other")
                return [("refuse", row, p, "lent_to_other", "")], False, ""
            # "free": it never arrived; it goes now, marked sent first
            self._tx(lambda db: db.execute(_SQL_MARK_SENT, (time.time(), row.attempts + 1, row.id)))
        try:
            ans = target.replay_checkout(p["p"], p["i"], datetime.fromisoformat(p["d"]), datetime.fromisoformat(p["t"]))
        except LinkDown as e:
            eventlog.event(logger, "queue.link_down", logging.WARNING, txn=row.txn_id[:8], reason=e.reason)
            return [("state", row, UNKNOWN if e.maybe_committed else QUEUED)], False, e.reason or "link_down"
        if ans.ok or ans.reason == "already_lent_to_you":
            report.acknowledged += 1
            if not ans.ok:
                report.already_lent += 1
            eventlog.event(logger, "queue.acknowledged", txn=row.txn_id[:8], by="reply", already_lent=not ans.ok)
            return [("ack", row)], True, ""
        report.refused += 1
        report.refusal_reasons[ans.reason] = report.refusal_reasons.get(ans.reason, 0) + 1
        eventlog.event(logger, "queue.refused", logging.WARNING, txn=row.txn_id[:8], reason=ans.reason)
        return [("refuse", row, p, ans.reason, ans.message)], True, ""

    # ---------------------------------------------------------------------------------------- key rotation
    def rotate_key(self) -> str:
        """Seal every row under a fresh key, then drop the old keys. Safe to interrupt: the next open finishes it."""
        with self._lock:
            new_id = keys_mod.new_key_id()
            ring = keys_mod.Keyring(new_id, {**self.ring.keys, new_id: AESGCM.generate_key(bit_length=256)})
            keys_mod.save(self.key_path, ring)
            self.ring = ring
            self._finish_rotation()
        eventlog.event(logger, "queue.key_rotated", key_id=new_id)
        return new_id

    def _finish_rotation(self) -> None:
        cur = self.ring.current

        def reseal(conn: Any) -> None:
            rows = conn.execute(select(txns).where(txns.c.key_id != cur)).all()
            for row in rows:
                p = json.loads(self.ring.open(row.key_id, row.payload, row.txn_id.encode("ascii")))
                key_id, blob = self._seal(row.txn_id, p)
                conn.execute(
                    update(txns)
                    .where(txns.c.id == row.id)
                    .values(
                        key_id=key_id,
                        payload=blob,
                        patron_tag=self.ring.tag(cur, p["p"]),
                        item_tag=self.ring.tag(cur, p["i"]),
                    )  # fmt: skip
                )

        self._write(reseal)
        self.ring = keys_mod.Keyring(cur, {cur: self.ring.keys[cur]})
        keys_mod.save(self.key_path, self.ring)
