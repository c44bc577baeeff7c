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
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

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

from offline_queue import keys as keys_mod
from offline_queue.errors import JournalFull, JournalUnavailable, OfflineRefused, QueueError

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


def _log(name: str, level: int = logging.INFO, **fields: Any) -> None:
    if logger.isEnabledFor(level):
        logger.log(level, name, extra={"fields": fields})


# -------------------------------------------------------------------------------------------------- policy
@dataclass(frozen=True)
class OfflinePolicy:
    """The library's offline rules (``[offline]`` in the configuration)."""

    lending: bool = False
    items_per_patron: int = 5
    identification: tuple[str, ...] = ("mynumber",)
    loan_period_days: int = 14

    @classmethod
    def from_config(cls, section: Any) -> OfflinePolicy:
        return cls(section.lending, section.items_per_patron, tuple(section.identification), section.loan_period_days)

    def due_date(self, now: datetime | None = None) -> datetime:
        now = now or datetime.now()
        return (now + timedelta(days=self.loan_period_days)).replace(hour=23, minute=59, second=0, microsecond=0)

    def check(self, method: str, already_pending: int) -> None:
        if not self.lending:
            raise OfflineRefused("offline lending is switched off", "offline_disabled")
        if method not in self.identification:
            raise OfflineRefused("this identification method may not lend offline", "method_not_allowed")
        if already_pending >= self.items_per_patron:
            raise OfflineRefused("the offline limit for this patron is reached", "offline_limit")


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
#: the sealed payload's JSON (one encoder for all rows: ``json.dumps`` with options builds a new one per call)
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
#: a JSON string literal (quotes, backslashes and control characters escaped), for the enqueue's payload
_json_str = json.encoder.encode_basestring
#: the enqueue's payload, the same JSON ``_encode`` makes of {"p", "i", "t", "d", "m"}: patron, item and method
#: go through ``_json_str``; the two times are ``datetime.isoformat()`` (digits, "-", ":", "T", ".", "+")
_PAYLOAD = '{"p":%s,"i":%s,"t":"%s","d":"%s","m":%s}'
#: rows marked "sent" by one durable commit before the first of them is sent (they still go one at a time)
REPLAY_WINDOW = 32


@dataclass(frozen=True)
class _Row:
    id: int
    txn_id: str
    state: str
    key_id: str
    payload: bytes
    attempts: int


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
        except (OSError, SQLAlchemyError, sqlite3.Error) as e:
            raise JournalUnavailable(f"cannot open the journal {self.path} ({type(e).__name__})") from None
        if len(self.ring.keys) > 1:
            self._finish_rotation()

    def _make_engine(self, max_pages: int | None) -> Engine:
        engine = create_engine(f"sqlite:///{self.path}", future=True)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _rec: Any) -> None:
            cur = dbapi_conn.cursor()
            # small rows: 1 KiB pages make each durable commit write (and fsync) less; only takes effect when
            # the file is made
            cur.execute("PRAGMA page_size=1024")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA secure_delete=ON")
            cur.execute("PRAGMA busy_timeout=10000")
            if max_pages:
                cur.execute(f"PRAGMA max_page_count={int(max_pages)}")
            cur.close()

        return engine

    def close(self) -> None:
        with self._lock:
            try:
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

    def _tx_locked(self, fn: Any) -> Any:
        db = self._db
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
                    if policy is not None:
                        policy.check(method, self._patrons[ptag])
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
            _log("queue.enqueued", txn=txn_id[:8], method=method)
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
        _log("queue.discarded", txn=txn_id[:8], found=bool(n))
        return bool(n)

    def dismiss(self, txn_id: str) -> bool:
        """Delete a refused row once staff have dealt with it."""
        with self._lock:
            n = self._write(
                lambda c: c.execute(delete(txns).where(txns.c.txn_id == txn_id, txns.c.state == REFUSED)).rowcount
            )
        _log("queue.refusal_dismissed", txn=txn_id[:8], found=bool(n))
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
        reason, message) keeps it for staff with the message sealed in; ("state", row, state[, attempts])."""
        for op in ops:
            kind, row = op[0], op[1]
            if kind == "ack":
                db.execute("DELETE FROM offline_txn WHERE id = ?", (row.id,))
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
            else:
                attempts = op[3] if len(op) > 3 else row.attempts
                db.execute(
                    "UPDATE offline_txn SET state = ?, updated_at = ?, attempts = ? WHERE id = ?",
                    (op[2], time.time(), attempts, row.id),
                )
        if any(op[0] != "state" for op in ops):
            self._tag_version = None  # rows left the waiting states: the next enqueue reloads the tags

    def _commit(self, ops: list[tuple[Any, ...]]) -> None:
        if ops:
            self._tx(lambda db: self._apply(db, ops))

    def replay(self, target: ReplayTarget, *, limit: int | None = None) -> ReplayReport:
        """Send waiting transactions to the library system, in order, one at a time (see the module text).
        Stops at the first lasting link failure (``report.stopped``); never raises for link trouble.

        Durability: up to :data:`REPLAY_WINDOW` rows are marked ``sent`` by one durable commit *before* the first
        of them leaves ("sent" means "may have reached the library system: look it up before sending again"). The
        acknowledgements and refusals of a window are committed with the marks of the next window. A crash
        anywhere therefore leaves every unfinished row ``sent``; the next replay turns those into ``unknown`` and
        looks each one up first, so nothing is lost or sent twice."""
        report = ReplayReport()
        # one replay at a time; the journal lock is taken per step only, so enqueues are never held up by the
        # network
        with self._replay_lock:
            self._tx(lambda db: db.execute("UPDATE offline_txn SET state = 'unknown' WHERE state = 'sent'"))
            done = 0
            link_failures = 0
            pending_ops: list[tuple[Any, ...]] = []  # finished rows, committed with the next durable write
            try:
                while (limit is None or done < limit) and not report.stopped:
                    want = REPLAY_WINDOW if limit is None else min(REPLAY_WINDOW, limit - done)
                    with self._lock:
                        rows = [_Row(*r) for r in self._db.execute(_SQL_NEXT, (want,)).fetchall()]
                    if not rows:
                        break
                    if rows[0].state == UNKNOWN:
                        row = rows[0]
                        self._commit(pending_ops)
                        pending_ops = []
                        try:
                            p = self._open_row(row)
                        except QueueError as e:
                            self._commit([("refuse", row, None, e.reason, "")])
                            report.refused += 1
                            continue
                        report.looked_up += 1
                        try:
                            where = target.replay_lookup(p["p"], p["i"])
                        except LinkDown as e:
                            link_failures += 1
                            _log("queue.link_down", logging.WARNING, txn=row.txn_id[:8], reason=e.reason)
                            if link_failures > 1:
                                report.stopped = e.reason
                            continue
                        if where == "mine":
                            self._commit([("ack", row)])
                            report.acknowledged += 1
                            done += 1
                            _log("queue.acknowledged", txn=row.txn_id[:8], by="lookup")
                            continue
                        if where == "other":
                            self._commit([("refuse", row, p, "lent_to_other", "")])
                            report.refused += 1
                            report.refusal_reasons["lent_to_other"] = report.refusal_reasons.get("lent_to_other", 0) + 1
                            done += 1
                            continue
                        # "free": it never arrived; it is sent below like a queued row
                        rows = [row]
                    else:
                        rows = [r for r in rows[: next((i for i, r in enumerate(rows) if r.state == UNKNOWN), None)]]
                    # durable before anything leaves: the finished rows of the last window, and this window as sent
                    marks = [("state", r, SENT, r.attempts + 1) for r in rows]
                    self._commit(pending_ops + marks)
                    pending_ops = []
                    for i, row in enumerate(rows):
                        try:
                            p = self._open_row(row)
                        except QueueError as e:
                            pending_ops.append(("refuse", row, None, e.reason, ""))
                            report.refused += 1
                            continue
                        try:
                            ans = target.replay_checkout(
                                p["p"], p["i"], datetime.fromisoformat(p["d"]), datetime.fromisoformat(p["t"])
                            )
                        except LinkDown as e:
                            # this row may have arrived; the rest of the window certainly did not
                            pending_ops.append(("state", row, UNKNOWN if e.maybe_committed else QUEUED))
                            pending_ops += [("state", r, QUEUED) for r in rows[i + 1 :]]
                            self._commit(pending_ops)
                            pending_ops = []
                            link_failures += 1
                            _log("queue.link_down", logging.WARNING, txn=row.txn_id[:8], reason=e.reason)
                            if link_failures > 1:
                                report.stopped = e.reason
                            break
                        link_failures = 0
                        done += 1
                        if ans.ok or ans.reason == "already_lent_to_you":
                            pending_ops.append(("ack", row))
                            report.acknowledged += 1
                            if not ans.ok:
                                report.already_lent += 1
                            _log("queue.acknowledged", txn=row.txn_id[:8], by="reply", already_lent=not ans.ok)
                        else:
                            pending_ops.append(("refuse", row, p, ans.reason, ans.message))
                            report.refused += 1
                            report.refusal_reasons[ans.reason] = report.refusal_reasons.get(ans.reason, 0) + 1
                            _log("queue.refused", logging.WARNING, txn=row.txn_id[:8], reason=ans.reason)
            finally:
                self._commit(pending_ops)
                with self._lock:
                    self._tag_version = None
            report.remaining = self.status().waiting
        _log("queue.replayed", acknowledged=report.acknowledged, refused=report.refused, stopped=report.stopped,
             remaining=report.remaining)  # fmt: skip
        return report

    # ---------------------------------------------------------------------------------------- key rotation
    def rotate_key(self) -> str:
        """Seal every row under a fresh key, then drop the old keys. Safe to interrupt: the next open finishes it."""
        with self._lock:
            new_id = keys_mod.new_key_id()
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            ring = keys_mod.Keyring(new_id, {**self.ring.keys, new_id: AESGCM.generate_key(bit_length=256)})
            keys_mod.save(self.key_path, ring)
            self.ring = ring
            self._finish_rotation()
        _log("queue.key_rotated", key_id=new_id)
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
