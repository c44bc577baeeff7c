"""The offline journal: checkouts made while the library system was unreachable, kept durably and encrypted until
the library system has them, or until staff have settled what it could not.

* SQLAlchemy over SQLite, WAL with ``synchronous=FULL``: :meth:`Journal.enqueue` returns only after the row is on
  disk, so the patron is told "lent" only for a transaction that survives a power cut.
* The patron number, item, transaction time, shown due date and any library-system message are sealed with
  AES-GCM (the row's id is bound in as associated data); patron and item are also kept as keyed hashes so limits
  and duplicates can be checked without decrypting. A key file is never made over rows sealed with another key:
  without it the journal opens "locked" (counts only; nothing is sent, nothing deleted) and says why.
* States, and who moves a row between them::

      queued --claim (replay, durable, a window at once)--> claimed --(just before its request leaves)--> sent
      sent --> deleted (acknowledged) | refused (kept for staff) | unknown (reply lost: look it up first)
      unknown --look-up--> deleted ("mine") | refused ("lent to another") | sent (not there: send it now)
      unknown --look-up failed LOOKUP_TRIES times, LOOKUP_BACKOFF_S apart--> check (staff: "check at the counter")
      check --staff: "it is lent"--> deleted;  check --staff: "it is not lent, send it"--> queued

  After a crash, a ``sent`` row may have reached the library system: it becomes ``unknown``. A ``claimed`` row
  never left when the machine did not restart since it was claimed (see "why a window" below); after a restart
  (a power cut) it becomes ``unknown`` too.
* Replay: in order, one in flight, as no-block checkouts with the original transaction time and the due date the
  patron was shown, SC renewal policy N. "Already lent to this patron" counts as done. A row whose look-up fails
  is passed over for the rest of that replay, so it never holds up the rows after it, and is not looked up again
  before :data:`LOOKUP_BACKOFF_S` has passed since (1, 5, then 30 minutes: a short outage of the library system's
  item information, with a sync every probe interval, does not send loans to staff); after :data:`LOOKUP_TRIES`
  failed look-ups (over 36 minutes at least) it waits for staff (:meth:`Journal.checks`,
  :meth:`Journal.settle_check`).

Why a window, and why ``claimed`` is not ``sent``. Crash safety needs one thing to be durable in replay: before a
request leaves, its row must be on disk in a state that makes a later replay look it up. One durable commit (an
fsync) per transaction caps replay below 1,000 tx/s whenever the disk is busy (measured; ``bench/offline_journal.py``),
so up to :data:`REPLAY_WINDOW` rows are *claimed* by one durable commit, together with the machine's boot id. What
replay records afterwards is committed at once but without an fsync of its own (a second connection with
synchronous NORMAL: in WAL mode that commit is consistent and visible to every reader at once): each row is marked
``sent`` just before its request leaves, in the same commit as the answer to the row before it; each answer is
recorded before the next request leaves (an acknowledged row deleted, its bytes zeroed by secure_delete). These
commits reach the disk with the next durable commit or checkpoint; until then they are in the operating system's
cache, which a crash of the kiosk process does not lose, and a power cut does. So at the next replay:

* same boot id (the process died, the machine did not): the commits are all there; a ``claimed`` row was never
  sent (queued again, no look-up), a ``sent`` row is looked up: one crash costs at most one look-up;
* another boot (power cut, reboot): any of them may be lost, so every ``claimed`` or ``sent`` row is looked up.

When a replay ends, a checkpoint flushes everything and truncates the write-ahead log, so no older copy of a
deleted row stays in the journal's files. Enqueues are untouched by this: their connection is synchronous FULL,
one durable commit per enqueue.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import json
import logging
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
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
from sqlalchemy.exc import SQLAlchemyError

import eventlog
import safefile
from offline_queue import keys as keys_mod
from offline_queue.errors import JournalFull, JournalUnavailable, KeyFileError, OfflineRefused, QueueError
from offline_queue.policy import OfflinePolicy

logger = logging.getLogger("offline_queue")

QUEUED, CLAIMED, SENT, UNKNOWN = "queued", "claimed", "sent", "unknown"
REFUSED, CHECK = "refused", "check"
#: the states replay still works on ("waiting")
PENDING_STATES = (QUEUED, CLAIMED, SENT, UNKNOWN)
#: loans not yet at the library system as far as the kiosk knows: an item in one of them cannot be queued again,
#: and they count towards the patron's offline limit
HELD_STATES = (*PENDING_STATES, CHECK)
#: how long after its n-th failed look-up (the last entry for any later one) a row is not looked up again
LOOKUP_BACKOFF_S = (60.0, 300.0, 1800.0)
#: failed look-ups (each in a separate replay, spaced by LOOKUP_BACKOFF_S) after which a row goes to staff ("check
#: at the counter")
LOOKUP_TRIES = 4

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
    #: the refusal reason code, or for a row to check, why it could not be settled (never personal data; the
    #: library system's message is in the sealed payload)
    Column("reason", String(32)),
    #: the boot id of the machine when the row was claimed (see the module text; older journals get it in _migrate)
    Column("boot", String(36)),
    #: failed look-ups of this row
    Column("lookups", Integer, nullable=False, default=0, server_default="0"),
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
    #: not sent yet (``claimed`` rows, about to go, count here)
    queued: int
    #: in flight
    sent: int
    #: to look up before anything is sent again
    unknown: int
    refused: int
    #: when the oldest transaction still waiting was made (None if none waits)
    oldest: datetime | None
    path: str
    key_id: str
    #: for staff to check at the counter (replay could not settle them)
    check: int = 0
    #: why nothing can be sent or read (a reason code, e.g. ``key_missing``); "" when the key is there
    key_problem: str = ""

    @property
    def waiting(self) -> int:
        return self.queued + self.sent + self.unknown

    def as_dict(self) -> dict[str, Any]:
        return {
            "queued": self.queued,
            "sent": self.sent,
            "unknown": self.unknown,
            "refused": self.refused,
            "check": self.check,
            "waiting": self.waiting,
            "oldest": self.oldest.isoformat(timespec="seconds") if self.oldest else None,
            "journal": self.path,
            "key_id": self.key_id,
            "key_problem": self.key_problem,
        }


@dataclass(frozen=True)
class StaffLoan:
    """An offline loan on a staff list (contains personal data: staff only). ``patron`` and ``item`` are empty and
    the times None when the row cannot be opened (its key is missing): ``reason`` then says why."""

    txn_id: str
    patron: str
    item: str
    txn_time: datetime | None
    due: datetime | None

    def as_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@dataclass(frozen=True)
class Refusal(StaffLoan):
    """A replayed checkout the library system refused: for staff to sort out."""

    reason: str
    message: str
    refused_at: datetime


@dataclass(frozen=True)
class CounterCheck(StaffLoan):
    """A loan replay could not settle: the library system may or may not have it, and could not say (its look-up
    failed :data:`LOOKUP_TRIES` times). Staff check at the counter, then tell the kiosk."""

    #: why it could not be settled (the last look-up's reason code)
    reason: str
    #: failed look-ups
    tries: int
    #: whether its checkout was ever sent (False: it may only have been claimed before a power cut)
    sent_before: bool
    since: datetime


def _as_dict(record: Any) -> dict[str, Any]:
    """A staff record for JSON: its fields, times to the second in ISO form."""
    return {k: v.isoformat(timespec="seconds") if isinstance(v, datetime) else v for k, v in vars(record).items()}


@dataclass
class ReplayReport:
    acknowledged: int = 0
    already_lent: int = 0
    refused: int = 0
    looked_up: int = 0
    #: rows whose look-up failed in this replay (passed over; tried again next time)
    lookup_failed: int = 0
    #: rows that went to staff in this replay ("check at the counter")
    to_check: int = 0
    #: why replay stopped early ("" = ran to the end): the link's reason code, or the journal's own
    #: (``replay_busy``, ``key_missing``, ``disk_full``, …)
    stopped: str = ""
    #: whether it stopped because the library system link failed
    link_failed: bool = False
    remaining: int = 0
    refusal_reasons: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


_SQL_TAGS = f"SELECT patron_tag, item_tag FROM offline_txn WHERE state IN {HELD_STATES!r}"
_SQL_INSERT = (
    "INSERT INTO offline_txn (txn_id, kind, state, key_id, patron_tag, item_tag, payload, created_at, updated_at,"
    " attempts) VALUES (?,?,?,?,?,?,?,?,?,?)"
)
#: when a row to look up may be looked up again: LOOKUP_BACKOFF_S after its last failed look-up (a row whose time
#: lies ahead of the clock, which was set back, is due at once)
_LOOKUP_DUE = (
    "(lookups = 0 OR updated_at > :now OR updated_at + CASE lookups "
    + " ".join(f"WHEN {n} THEN {s!r}" for n, s in enumerate(LOOKUP_BACKOFF_S[:-1], 1))
    + f" ELSE {LOOKUP_BACKOFF_S[-1]!r} END <= :now)"
)
_SQL_NEXT = (
    "SELECT id, txn_id, state, key_id, payload, attempts, lookups FROM offline_txn"
    f" WHERE id > :after AND (state = 'queued' OR (state = 'unknown' AND {_LOOKUP_DUE})) ORDER BY id LIMIT :want"
)
_SQL_CLAIM = "UPDATE offline_txn SET state = 'claimed', boot = ?, updated_at = ? WHERE id = ?"
_SQL_MARK_SENT = "UPDATE offline_txn SET state = 'sent', updated_at = ?, attempts = ? WHERE id = ?"
#: after a crash: what the last replay left claimed or sent (see the module text)
_SQL_RECOVER = (
    "UPDATE offline_txn SET state = CASE WHEN state = 'claimed' AND boot = ? THEN 'queued' ELSE 'unknown' END"
    " WHERE state IN ('claimed', 'sent')"
)
#: rows claimed by one durable commit before the first of them is sent (they still go one at a time, each marked
#: ``sent`` just before it leaves); why a window at all: see the module text
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
    lookups: int


@functools.cache
def boot_id() -> str | None:
    """This machine's boot id (Linux), or None where there is none: every restart of the machine changes it."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip() or None
    except OSError:
        return None


def _migrate(db: sqlite3.Connection) -> None:
    """Add the columns a journal written by an earlier version lacks (its rows keep their meaning)."""
    have = {r[1] for r in db.execute("PRAGMA table_info(offline_txn)")}
    if "boot" not in have:
        db.execute("ALTER TABLE offline_txn ADD COLUMN boot VARCHAR(36)")
    if "lookups" not in have:
        db.execute("ALTER TABLE offline_txn ADD COLUMN lookups INTEGER NOT NULL DEFAULT 0")


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
        #: this machine's boot id (tests set another to play a power cut)
        self.boot = boot_id()
        #: the wall clock rows are stamped with (tests move it to space look-ups)
        self.clock: Callable[[], float] = time.time
        self._lock = threading.RLock()
        self._replay_lock = threading.Lock()
        #: tags of the waiting rows (items, and patron -> count), valid while PRAGMA data_version is unchanged
        self._tag_version: int | None = None
        self._items: set[str] = set()
        self._patrons: Counter[str] = Counter()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            safefile.create_private(self.path)  # owner only; SQLite gives the -wal and -shm files the same mode
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
            self._tx_locked(_migrate)
            has_rows = self._db.execute("SELECT 1 FROM offline_txn LIMIT 1").fetchone() is not None
        except (OSError, SQLAlchemyError, sqlite3.Error, QueueError) as e:
            self._close_quietly()
            if isinstance(e, QueueError):
                raise
            if safefile.disk_full(e, self.path.parent):
                raise JournalFull(f"the disk is full: the journal {self.path} cannot be opened") from None
            raise JournalUnavailable(f"cannot open the journal {self.path} ({type(e).__name__})") from None
        #: why the key cannot be used (the journal is then "locked": it counts, it sends and seals nothing)
        self.key_problem: KeyFileError | None = None
        try:
            # never a new key over rows sealed with another one: they could never be read again
            self.ring = keys_mod.load_or_create(self.key_path, create=not has_rows)
        except KeyFileError as e:
            if e.reason != "key_missing":
                self._close_quietly()
                raise
            self.key_problem = e
            self.ring = keys_mod.Keyring("", {})
            eventlog.event(logger, "queue.key_missing", logging.ERROR)
        except QueueError:
            self._close_quietly()
            raise
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

    def _close_quietly(self) -> None:
        """After a failed open: let go of whatever was opened."""
        for name in ("_answers", "_fairy", "engine"):
            part = getattr(self, name, None)
            with contextlib.suppress(Exception):
                if part is not None:
                    part.dispose() if name == "engine" else part.close()

    def _need_key(self) -> None:
        """Raise the key's problem (``key_missing``) when the key file is not there."""
        if self.key_problem is not None:
            raise KeyFileError(str(self.key_problem), self.key_problem.reason)

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
        except (SQLAlchemyError, OSError) as e:
            raise self._typed(e) from None

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
        except (sqlite3.Error, OSError) as e:
            raise self._typed(e) from None

    def _typed(self, e: BaseException) -> QueueError:
        """A write's failure as a typed error: :class:`JournalFull` when the disk is full (SQLite says so, or says
        "disk I/O error" with no space left), else :class:`JournalUnavailable`."""
        if safefile.disk_full(e, self.path.parent):
            return JournalFull("the disk is full: the transaction was not recorded")
        why = getattr(e, "strerror", None) or type(getattr(e, "orig", None) or e).__name__
        return JournalUnavailable(f"the journal cannot be written ({why})")

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
        """How many offline loans of ``patron`` wait in the journal (or for staff to check)."""
        self._need_key()
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
        if self.key_problem is not None:
            self._need_key()
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
            except (sqlite3.Error, OSError) as e:
                raise self._typed(e) from None
            self._items.add(itag)
            self._patrons[ptag] += 1
        if logger.isEnabledFor(logging.INFO):
            eventlog.event(logger, "queue.enqueued", txn=txn_id[:8], method=method)
        return Transaction(txn_id, due, txn_time)

    # -------------------------------------------------------------------------------------------- read
    def _read(self, fn: Any) -> Any:
        """Run ``fn(conn)`` on a pooled connection; SQLite errors become :class:`JournalUnavailable`."""
        try:
            with self.engine.connect() as conn:
                return fn(conn)
        except (SQLAlchemyError, OSError) as e:
            raise JournalUnavailable(f"the journal cannot be read ({type(e).__name__})") from None

    def status(self) -> QueueStatus:
        def read(conn: Any) -> tuple[dict[str, int], float | None]:
            counts = dict(conn.execute(select(txns.c.state, func.count()).group_by(txns.c.state)).all())
            oldest = conn.execute(
                select(func.min(txns.c.created_at)).where(txns.c.state.in_(PENDING_STATES))
            ).scalar_one()
            return counts, oldest

        counts, oldest = self._read(read)
        return QueueStatus(
            queued=counts.get(QUEUED, 0) + counts.get(CLAIMED, 0),
            sent=counts.get(SENT, 0),
            unknown=counts.get(UNKNOWN, 0),
            refused=counts.get(REFUSED, 0),
            oldest=datetime.fromtimestamp(oldest) if oldest else None,
            path=str(self.path),
            key_id=self.ring.current,
            check=counts.get(CHECK, 0),
            key_problem=self.key_problem.reason if self.key_problem else "",
        )

    def _rows(self, state: str) -> list[Any]:
        return self._read(lambda c: c.execute(select(txns).where(txns.c.state == state).order_by(txns.c.id)).all())

    def _staff_fields(self, row: Any) -> tuple[dict[str, Any], dict[str, Any], str]:
        """For the staff lists: the loan's fields (``txn_id``, ``patron``, ``item``, ``txn_time``, ``due``), its
        sealed payload, and why it cannot be opened ("" when it can). A row that cannot be opened (its key is
        missing, it was tampered with) is still listed, without patron, item and times."""
        try:
            p, unreadable = self._open(row), ""
        except QueueError as e:
            p, unreadable = {}, e.reason
        fields = {
            "txn_id": row.txn_id,
            "patron": p.get("p", ""),
            "item": p.get("i", ""),
            "txn_time": datetime.fromisoformat(p["t"]) if p else None,
            "due": datetime.fromisoformat(p["d"]) if p else None,
        }
        return fields, p, unreadable

    def refusals(self) -> list[Refusal]:
        """Refused replays with the library system's message, oldest first (personal data: staff only)."""
        out = []
        for row in self._rows(REFUSED):
            fields, p, unreadable = self._staff_fields(row)
            out.append(Refusal(**fields, reason=row.reason or unreadable or "refused", message=p.get("msg", ""),
                               refused_at=datetime.fromtimestamp(row.updated_at)))  # fmt: skip
        return out

    def checks(self) -> list[CounterCheck]:
        """Loans replay could not settle, for staff to check at the counter, oldest first (personal data)."""
        out = []
        for row in self._rows(CHECK):
            fields, _, _ = self._staff_fields(row)
            out.append(CounterCheck(**fields, reason=row.reason or "lookup_failed", tries=row.lookups,
                                    sent_before=row.attempts > 0, since=datetime.fromtimestamp(row.updated_at)))  # fmt: skip
        return out

    def settle_check(self, txn_id: str, *, lent: bool) -> bool:
        """Staff checked a loan at the counter. ``lent``: the library system has it, the row is deleted. Not lent:
        the row goes back to the front of the queue and the next replay sends it (no look-up: staff looked).
        Returns False when there is no such row to check."""
        with self._lock:
            if lent:
                sql, args = "DELETE FROM offline_txn WHERE txn_id = ? AND state = 'check'", (txn_id,)
            else:
                sql = (
                    "UPDATE offline_txn SET state = 'queued', reason = NULL, lookups = 0, boot = NULL,"
                    " updated_at = ? WHERE txn_id = ? AND state = 'check'"
                )
                args = (time.time(), txn_id)  # type: ignore[assignment]
            n = self._tx(lambda db: db.execute(sql, args).rowcount)
            if n and lent:
                self._tag_version = None
        eventlog.event(logger, "queue.check_settled", txn=txn_id[:8], lent=lent, found=bool(n))
        return bool(n)

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
        self._need_key()
        rows = self._read(
            lambda c: c.execute(select(txns).where(txns.c.state.in_(PENDING_STATES)).order_by(txns.c.id)).all()
        )
        return [{"txn_id": r.txn_id, "state": r.state, **self._open(r)} for r in rows]

    # ------------------------------------------------------------------------------------------ replay
    def _open_row(self, row: _Row) -> dict[str, Any]:
        return json.loads(self.ring.open(row.key_id, row.payload, row.txn_id.encode("ascii")))

    def _apply(self, db: sqlite3.Connection, ops: list[tuple[Any, ...]]) -> None:
        """Apply replay's records inside the current transaction:

        ============================================  ====================================================
        ("ack", row)                                   deleted (the library system has it)
        ("refuse", row, payload, reason, message)      kept for staff with the message sealed in (payload
                                                       None: the row could not be opened, kept as it is)
        ("sent", row)                                  its request is about to leave
        ("lookup_failed", row, reason)                 stays ``unknown``, one more failed look-up
        ("check", row, reason)                         for staff: could not be settled
        ("state", row, state, attempts)                put back in that state (the link failed)
        ============================================  ===================================================="""
        now = self.clock()
        for op in ops:
            kind, row = op[0], op[1]
            if kind == "ack":
                db.execute("DELETE FROM offline_txn WHERE id = ? AND txn_id = ?", (row.id, row.txn_id))
            elif kind == "sent":
                db.execute(_SQL_MARK_SENT, (now, row.attempts + 1, row.id))
            elif kind in ("lookup_failed", "check"):
                db.execute(
                    "UPDATE offline_txn SET state = ?, reason = ?, lookups = ?, updated_at = ? WHERE id = ?",
                    (UNKNOWN if kind == "lookup_failed" else CHECK, op[2][:32], row.lookups + 1, now, row.id),
                )
            elif kind == "refuse":
                _, _, payload, reason, message = op
                if payload is None:  # the row could not be opened: keep it as it is, for staff
                    db.execute(
                        "UPDATE offline_txn SET state = ?, reason = ?, updated_at = ? WHERE id = ?",
                        (REFUSED, reason[:32], now, row.id),
                    )
                    continue
                key_id, blob = self._seal(row.txn_id, {**payload, "msg": message})
                db.execute(
                    "UPDATE offline_txn SET state = ?, reason = ?, key_id = ?, payload = ?, updated_at = ?"
                    " WHERE id = ?",
                    (REFUSED, reason[:32], key_id, blob, now, row.id),
                )
            else:  # ("state", row, state, attempts)
                db.execute(
                    "UPDATE offline_txn SET state = ?, updated_at = ?, attempts = ? WHERE id = ?",
                    (op[2], now, op[3], row.id),
                )
        if any(op[0] in ("ack", "refuse") for op in ops):
            self._tag_version = None  # rows left the held states: the next enqueue reloads the tags

    def _take(self, db: sqlite3.Connection, want: int, after: int) -> list[_Row]:
        """Inside a durable transaction: the next waiting rows after id ``after``, in order: a run of up to
        ``want`` queued rows, claimed (with this boot's id), or an ``unknown`` row alone and unmarked (it is looked
        up before anything is sent)."""
        now = self.clock()
        rows = [_Row(*r) for r in db.execute(_SQL_NEXT, {"after": after, "want": want, "now": now}).fetchall()]
        if rows and rows[0].state == UNKNOWN:
            return rows[:1]
        rows = rows[: next((i for i, r in enumerate(rows) if r.state == UNKNOWN), len(rows))]
        for r in rows:
            db.execute(_SQL_CLAIM, (self.boot, now, r.id))
        return rows

    def _answered(self, ops: list[tuple[Any, ...]]) -> None:
        """Record answers (and the next ``sent`` mark) at once, on the answers connection: written to the journal
        (an acknowledged row is gone for every reader from here on) without waiting for an fsync of its own (see
        the module text). Raises a typed error when it cannot be written: then nothing more is sent."""
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

        * At the start, what a crash left ``claimed`` or ``sent`` is recovered (queued again, or to look up).
        * Up to :data:`REPLAY_WINDOW` queued rows are claimed by one durable commit; each is marked ``sent`` just
          before its request leaves, in one commit with the answer to the row before it.
        * An ``unknown`` row is looked up before anything is sent. When the look-up fails, the row is passed over
          for the rest of this replay (the rows after it go on), and by later replays until
          :data:`LOOKUP_BACKOFF_S` has passed; after :data:`LOOKUP_TRIES` failed look-ups it goes to staff
          (:meth:`checks`). A failed look-up alone never stops replay; two failed checkouts in a row
          (or a failed checkout right after a failed look-up) do: the link is down.
        * At the end a checkpoint flushes every record and truncates the log (:meth:`_purge`).

        A journal whose key file is missing sends nothing (``stopped="key_missing"``). Enqueues wait for at most
        one commit, never for the network."""
        report = ReplayReport()
        if self.key_problem is not None:
            report.stopped = self.key_problem.reason
            report.remaining = self.status().waiting
            eventlog.event(logger, "queue.replay_stopped", logging.WARNING, reason=report.stopped)
            return report
        with self._replay_lock, self._replay_file_lock() as mine:
            if not mine:  # another process (the kiosk, a shell) is replaying this journal: leave it alone
                report.stopped = "replay_busy"
                report.remaining = self.status().waiting
                eventlog.event(logger, "queue.replay_busy", logging.WARNING)
                return report
            try:
                self._replay_rows(target, report, limit)
            except QueueError as e:  # the journal cannot be written (a full disk): nothing more was sent
                report.stopped = e.reason
                eventlog.event(logger, "queue.replay_stopped", logging.ERROR, reason=e.reason)
            finally:
                with self._lock:
                    self._tag_version = None
                self._purge()
            report.remaining = self.status().waiting
        eventlog.event(logger, "queue.replayed", acknowledged=report.acknowledged, refused=report.refused,
                       to_check=report.to_check, stopped=report.stopped, remaining=report.remaining)  # fmt: skip
        return report

    def _replay_rows(self, target: ReplayTarget, report: ReplayReport, limit: int | None) -> None:
        self._tx(lambda db: db.execute(_SQL_RECOVER, (self.boot,)))
        done = 0
        #: requests that failed in a row: a failed checkout after another failure stops replay (the link is down)
        failures = 0
        #: rows up to this id are done with for this replay (settled, or passed over after a failed look-up)
        after = 0
        while not report.stopped and (limit is None or done < limit):
            want = REPLAY_WINDOW if limit is None else min(REPLAY_WINDOW, limit - done)
            rows = self._tx(lambda db, want=want, after=after: self._take(db, want, after))  # durable: claimed
            if not rows:
                break
            ops: list[tuple[Any, ...]] = []
            for i, row in enumerate(rows):
                if row.state == QUEUED:
                    ops.append(("sent", row))
                self._answered(ops)  # the answer to the row before, and this row's "sent", before it leaves
                ops, failed, done_with = self._replay_one(row, target, report)
                if done_with:
                    after = row.id
                elif failed:
                    # its checkout failed (the row is back, queued or to look up); the rest was never sent
                    ops += [("state", r, QUEUED, r.attempts) for r in rows[i + 1 :]]
                    failures += 1
                    if failures > 1:
                        report.stopped, report.link_failed = failed, True
                    break
                done += 1
                failures = failures + 1 if failed else 0  # a failed look-up: the row is passed over
            self._answered(ops)

    def _replay_one(
        self, row: _Row, target: ReplayTarget, report: ReplayReport
    ) -> tuple[list[tuple[Any, ...]], str, bool]:
        """Look up (an ``unknown`` row) and send (a row marked ``sent`` on disk) one row. Returns its records (for
        :meth:`_apply`), the reason when a request failed (else ""), and whether this replay is done with the row
        (settled, or passed over after a failed look-up)."""
        try:
            p = self._open_row(row)
        except QueueError as e:
            report.refused += 1
            return [("refuse", row, None, e.reason, "")], "", True
        if row.state == UNKNOWN:
            # it may have reached the library system before: ask where the item is before sending anything
            report.looked_up += 1
            try:
                where = target.replay_lookup(p["p"], p["i"])
            except LinkDown as e:
                reason = e.reason or "lookup_failed"
                report.lookup_failed += 1
                if row.lookups + 1 >= LOOKUP_TRIES:
                    report.to_check += 1
                    eventlog.event(logger, "queue.to_check", logging.WARNING, txn=row.txn_id[:8], reason=reason)
                    return [("check", row, reason)], reason, True
                eventlog.event(logger, "queue.lookup_failed", logging.WARNING, txn=row.txn_id[:8], reason=reason,
                               tries=row.lookups + 1)  # fmt: skip
                return [("lookup_failed", row, reason)], reason, True
            if where == "mine":
                report.acknowledged += 1
                eventlog.event(logger, "queue.acknowledged", txn=row.txn_id[:8], by="lookup")
                return [("ack", row)], "", True
            if where == "other":
                report.refused += 1
                report.refusal_reasons["lent_to_other"] = report.refusal_reasons.get("lent_to_other", 0) + 1
                eventlog.event(logger, "queue.refused", logging.WARNING, txn=row.txn_id[:8], reason="lent_to_other")
                return [("refuse", row, p, "lent_to_other", "")], "", True
            # "free": it never arrived; it goes now, marked sent first (durably: it is not in a claimed window)
            self._tx(lambda db: db.execute(_SQL_MARK_SENT, (self.clock(), row.attempts + 1, row.id)))
        try:
            ans = target.replay_checkout(p["p"], p["i"], datetime.fromisoformat(p["d"]), datetime.fromisoformat(p["t"]))
        except LinkDown as e:
            eventlog.event(logger, "queue.link_down", logging.WARNING, txn=row.txn_id[:8], reason=e.reason)
            back = UNKNOWN if e.maybe_committed else QUEUED
            return [("state", row, back, row.attempts + 1)], e.reason or "link_down", False
        if ans.ok or ans.reason == "already_lent_to_you":
            report.acknowledged += 1
            if not ans.ok:
                report.already_lent += 1
            eventlog.event(logger, "queue.acknowledged", txn=row.txn_id[:8], by="reply", already_lent=not ans.ok)
            return [("ack", row)], "", True
        report.refused += 1
        report.refusal_reasons[ans.reason] = report.refusal_reasons.get(ans.reason, 0) + 1
        eventlog.event(logger, "queue.refused", logging.WARNING, txn=row.txn_id[:8], reason=ans.reason)
        return [("refuse", row, p, ans.reason, ans.message)], "", True

    # ---------------------------------------------------------------------------------------- key rotation
    def rotate_key(self) -> str:
        """Seal every row under a fresh key, then drop the old keys. Safe to interrupt: the next open finishes it."""
        self._need_key()
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
