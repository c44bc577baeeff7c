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
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import (
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    create_engine,
    delete,
    event,
    func,
    insert,
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
    Column("txn_id", String(32), nullable=False, unique=True),
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
    Index("ix_offline_txn_state", "state", "id"),
    Index("ix_offline_txn_patron", "patron_tag"),
    Index("ix_offline_txn_item", "item_tag"),
)


def _log(name: str, level: int = logging.INFO, **fields: Any) -> None:
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


# ------------------------------------------------------------------------------------------------ journal
class Journal:
    """The offline journal in one SQLite file. Thread-safe; one process writes it at a time."""

    def __init__(self, path: str | Path, key_path: str | Path, *, max_pages: int | None = None) -> None:
        self.path = Path(path)
        self.key_path = Path(key_path)
        self.ring = keys_mod.load_or_create(self.key_path)
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.engine = self._make_engine(max_pages)
            metadata.create_all(self.engine)
        except (OSError, SQLAlchemyError) as e:
            raise JournalUnavailable(f"cannot open the journal {self.path} ({type(e).__name__})") from None
        if len(self.ring.keys) > 1:
            self._finish_rotation()

    def _make_engine(self, max_pages: int | None) -> Engine:
        engine = create_engine(f"sqlite:///{self.path}", future=True)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _rec: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA secure_delete=ON")
            cur.execute("PRAGMA busy_timeout=10000")
            if max_pages:
                cur.execute(f"PRAGMA max_page_count={int(max_pages)}")
            cur.close()

        return engine

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -------------------------------------------------------------------------------------- sealing
    def _seal(self, txn_id: str, payload: dict[str, Any]) -> tuple[str, bytes]:
        return self.ring.seal(json.dumps(payload, ensure_ascii=False).encode("utf-8"), txn_id.encode("ascii"))

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

    # ------------------------------------------------------------------------------------------- write
    def pending_for(self, patron: str) -> int:
        tag = self.ring.tag(self.ring.current, patron)
        with self.engine.connect() as conn:
            q = select(func.count()).where(txns.c.patron_tag == tag, txns.c.state.in_(PENDING_STATES))
            return int(conn.execute(q).scalar_one())

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
        txn_time = (txn_time or datetime.now()).replace(microsecond=0)
        if due is None:
            due = (policy or OfflinePolicy()).due_date(txn_time)
        txn_id = uuid.uuid4().hex
        kid = self.ring.current
        ptag, itag = self.ring.tag(kid, patron), self.ring.tag(kid, item)
        key_id, blob = self._seal(
            txn_id, {"p": patron, "i": item, "t": txn_time.isoformat(), "d": due.isoformat(), "m": method}
        )

        def write(conn: Any) -> None:
            dup = conn.execute(
                select(txns.c.id).where(txns.c.item_tag == itag, txns.c.state.in_(PENDING_STATES)).limit(1)
            ).first()
            if dup is not None:
                raise OfflineRefused("this item already waits in the offline journal", "already_queued")
            if policy is not None:
                n = conn.execute(
                    select(func.count()).where(txns.c.patron_tag == ptag, txns.c.state.in_(PENDING_STATES))
                ).scalar_one()
                policy.check(method, int(n))
            now = time.time()
            conn.execute(
                insert(txns).values(
                    txn_id=txn_id,
                    kind="checkout",
                    state=QUEUED,
                    key_id=key_id,
                    patron_tag=ptag,
                    item_tag=itag,
                    payload=blob,
                    created_at=now,
                    updated_at=now,
                    attempts=0,
                )  # fmt: skip
            )

        with self._lock:
            self._write(write)
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
    def _set_state(self, row_id: int, state: str, **extra: Any) -> None:
        self._write(
            lambda c: c.execute(
                update(txns).where(txns.c.id == row_id).values(state=state, updated_at=time.time(), **extra)
            )
        )

    def _acknowledge(self, row_id: int) -> None:
        self._write(lambda c: c.execute(delete(txns).where(txns.c.id == row_id)))

    def _refuse(self, row: Any, payload: dict[str, Any], reason: str, message: str) -> None:
        key_id, blob = self._seal(row.txn_id, {**payload, "msg": message})
        self._set_state(row.id, REFUSED, reason=reason[:32], key_id=key_id, payload=blob)

    def replay(self, target: ReplayTarget, *, limit: int | None = None) -> ReplayReport:
        """Send waiting transactions to the library system, in order, one at a time (see the module text).
        Stops at the first link failure (``report.stopped``); never raises for link trouble."""
        report = ReplayReport()
        with self._lock:
            # a row left "sent" was in flight when the last run ended: its outcome must be looked up first
            self._write(lambda c: c.execute(update(txns).where(txns.c.state == SENT).values(state=UNKNOWN)))
            done = 0
            link_failures = 0
            while limit is None or done < limit:
                with self.engine.connect() as conn:
                    row = conn.execute(
                        select(txns).where(txns.c.state.in_((QUEUED, UNKNOWN))).order_by(txns.c.id).limit(1)
                    ).first()
                if row is None:
                    break
                try:
                    p = self._open(row)
                except QueueError as e:
                    self._set_state(row.id, REFUSED, reason=e.reason)
                    report.refused += 1
                    continue
                patron, item = p["p"], p["i"]
                in_flight = False
                try:
                    if row.state == UNKNOWN:
                        report.looked_up += 1
                        where = target.replay_lookup(patron, item)
                        if where == "mine":
                            self._acknowledge(row.id)
                            report.acknowledged += 1
                            _log("queue.acknowledged", txn=row.txn_id[:8], by="lookup")
                            done += 1
                            continue
                        if where == "other":
                            self._refuse(row, p, "lent_to_other", "")
                            report.refused += 1
                            report.refusal_reasons["lent_to_other"] = report.refusal_reasons.get("lent_to_other", 0) + 1
                            done += 1
                            continue
                    self._set_state(row.id, SENT, attempts=row.attempts + 1)
                    in_flight = True
                    ans = target.replay_checkout(
                        patron, item, datetime.fromisoformat(p["d"]), datetime.fromisoformat(p["t"])
                    )
                except LinkDown as e:
                    if in_flight:
                        self._set_state(row.id, UNKNOWN if e.maybe_committed else QUEUED)
                    link_failures += 1
                    _log("queue.link_down", logging.WARNING, txn=row.txn_id[:8], reason=e.reason)
                    if link_failures > 1:
                        report.stopped = e.reason
                        break
                    continue
                link_failures = 0
                done += 1
                if ans.ok or ans.reason == "already_lent_to_you":
                    self._acknowledge(row.id)
                    report.acknowledged += 1
                    if not ans.ok:
                        report.already_lent += 1
                    _log("queue.acknowledged", txn=row.txn_id[:8], by="reply", already_lent=not ans.ok)
                else:
                    self._refuse(row, p, ans.reason, ans.message)
                    report.refused += 1
                    report.refusal_reasons[ans.reason] = report.refusal_reasons.get(ans.reason, 0) + 1
                    _log("queue.refused", logging.WARNING, txn=row.txn_id[:8], reason=ans.reason)
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
