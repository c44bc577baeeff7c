"""The link table: which library patron a My Number Card certificate belongs to.

A row maps ``HMAC-SHA256(secret, issuer key id ‖ certificate serial)`` — the *link key* — to (library system code,
the library's own patron number, when linked, certificate expiry). The table never holds a raw serial, a My Number,
or a name (DESIGN.md, "Law and policy"). Several library systems (a regional network) can share one table; one
patron of one library system has at most one linked certificate, so linking a renewed card replaces the old link.

SQLAlchemy Core: SQLite by default (WAL, synchronous FULL), any SQLAlchemy URL (e.g. PostgreSQL) for a shared table.
The SQLite file and the key file are the owner's only (0600) whatever the umask, and the key file is written whole
or not at all (:mod:`safefile`): a full disk at first start leaves no key file, and says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.exc import SQLAlchemyError

import safefile

_meta = sa.MetaData()
links = sa.Table(
    "card_links",
    _meta,
    sa.Column("link_key", sa.String(64), primary_key=True),
    sa.Column("library_system", sa.String(64), nullable=False),
    sa.Column("patron_number", sa.String(64), nullable=False),
    sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("cert_not_after", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("library_system", "patron_number", name="one_card_per_patron"),
)


class LinkError(Exception):
    """The link table or its key cannot be used; ``reason`` is a short code (``link_key``, ``link_table``,
    ``disk_full``, ``link_error``)."""

    reason = "link_error"

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason


def _storage_error(e: BaseException, what: str, folder: str | Path | None = None) -> LinkError:
    if safefile.disk_full(e, folder):
        return LinkError(f"the disk is full: {what}; free some space", "disk_full")
    return LinkError(f"{what} ({getattr(e, 'strerror', None) or type(e).__name__})", "link_table")


def load_or_create_key(path: str | Path, *, replace_empty: bool = False) -> bytes:
    """The HMAC secret: 32 random bytes in a file of mode 0600, made on first use (whole or not at all).

    ``replace_empty``: an empty file (left by an earlier version that ran out of disk space while making it; no
    link can have been made with it) is replaced by a new key. The caller says so only when the table is empty."""
    path = Path(path)
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        key = b""
    except OSError as e:
        raise LinkError(f"cannot read the link key file {path} ({e.strerror})", "link_key") from None
    if not key and (replace_empty or not path.exists()):
        key = secrets.token_bytes(32)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            safefile.write(path, key, exclusive=not path.exists())
        except FileExistsError:  # another process made it a moment ago: use that one
            return load_or_create_key(path)
        except OSError as e:
            raise _storage_error(e, f"the link key file {path} cannot be written", path.parent) from None
        return key
    if len(key) < 32:
        raise LinkError(f"the link key file {path} is too short (it must hold 32 bytes or more)", "link_key")
    if path.stat().st_mode & 0o077:
        raise LinkError(f"the link key file {path} is readable by others: chmod 600 it", "link_key")
    return key


def serial_bytes(serial: int) -> bytes:
    """A certificate serial as minimal big-endian bytes, whatever its width."""
    return serial.to_bytes(max(1, (serial.bit_length() + 7) // 8), "big")


def compute_link_key(secret: bytes, issuer_key_id: bytes, serial: int) -> str:
    msg = len(issuer_key_id).to_bytes(2, "big") + issuer_key_id + serial_bytes(serial)
    return hmac.new(secret, msg, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Link:
    link_key: str
    library_system: str
    patron_number: str
    linked_at: dt.datetime
    cert_not_after: dt.datetime


def _utc(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


class LinkTable:
    def __init__(self, url: str, secret: bytes) -> None:
        self.secret = secret
        self.engine = sa.create_engine(url, future=True)
        #: the SQLite file's folder (None for a database server): where a full disk is looked for
        self._folder: Path | None = None
        try:
            if self.engine.dialect.name == "sqlite":
                if self.engine.url.database not in (None, "", ":memory:"):
                    self._folder = Path(self.engine.url.database).parent
                    safefile.create_private(self.engine.url.database)  # SQLite gives -wal, -shm its mode
                event.listen(self.engine, "connect", _sqlite_pragmas)
            _meta.create_all(self.engine)
        except (OSError, SQLAlchemyError) as e:
            self.engine.dispose()
            raise _storage_error(e, "the link table cannot be opened", self._folder) from None

    @classmethod
    def open(cls, url: str, key_file: str | Path) -> LinkTable:
        table = cls(url, b"")
        try:
            table.secret = load_or_create_key(key_file, replace_empty=table.count() == 0)
        except BaseException:
            table.close()
            raise
        return table

    def link_key(self, issuer_key_id: bytes, serial: int) -> str:
        return compute_link_key(self.secret, issuer_key_id, serial)

    def link(self, link_key: str, library_system: str, patron_number: str, cert_not_after: dt.datetime) -> Link:
        """Link a certificate to a patron. A patron's earlier certificate (e.g. before renewal) is unlinked; a
        certificate already linked to another patron is moved to this one."""
        if not patron_number.strip():
            raise LinkError("the patron number is empty")
        now = dt.datetime.now(dt.UTC)
        with self._writing("the link cannot be stored"), self.engine.begin() as c:
            c.execute(links.delete().where(links.c.link_key == link_key))
            c.execute(
                links.delete().where(
                    (links.c.library_system == library_system) & (links.c.patron_number == patron_number)
                )
            )
            c.execute(
                links.insert().values(
                    link_key=link_key,
                    library_system=library_system,
                    patron_number=patron_number,
                    linked_at=now,
                    cert_not_after=cert_not_after.astimezone(dt.UTC),
                )
            )
        return Link(link_key, library_system, patron_number, now, cert_not_after.astimezone(dt.UTC))

    def lookup(self, link_key: str, library_system: str | None = None) -> Link | None:
        q = links.select().where(links.c.link_key == link_key)
        if library_system is not None:
            q = q.where(links.c.library_system == library_system)
        with self.engine.connect() as c:
            row = c.execute(q).first()
        if row is None:
            return None
        return Link(row.link_key, row.library_system, row.patron_number, _utc(row.linked_at), _utc(row.cert_not_after))

    def unlink_patron(self, library_system: str, patron_number: str) -> int:
        with self._writing("the link cannot be removed"), self.engine.begin() as c:
            r = c.execute(
                links.delete().where(
                    (links.c.library_system == library_system) & (links.c.patron_number == patron_number)
                )
            )
        return r.rowcount

    def count(self, library_system: str | None = None) -> int:
        q = sa.select(sa.func.count()).select_from(links)
        if library_system is not None:
            q = q.where(links.c.library_system == library_system)
        with self.engine.connect() as c:
            return int(c.execute(q).scalar_one())

    def purge_expired(self, now: dt.datetime | None = None) -> int:
        """Delete links whose certificate has expired: they can never authenticate again (keep data minimal)."""
        now = now or dt.datetime.now(dt.UTC)
        with self._writing("expired links cannot be removed"), self.engine.begin() as c:
            return c.execute(links.delete().where(links.c.cert_not_after < now)).rowcount

    @contextlib.contextmanager
    def _writing(self, what: str) -> Iterator[None]:
        """A write's storage failures (a full disk) as :class:`LinkError`."""
        try:
            yield
        except (OSError, SQLAlchemyError) as e:
            raise _storage_error(e, what, self._folder) from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> LinkTable:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()
