"""The link table: which library patron a My Number Card certificate belongs to.

A row maps ``HMAC-SHA256(secret, issuer key id ‖ certificate serial)`` — the *link key* — to (library system code,
the library's own patron number, when linked, certificate expiry). The table never holds a raw serial, a My Number,
or a name (DESIGN.md, "Law and policy"). Several library systems (a regional network) can share one table; one
patron of one library system has at most one linked certificate, so linking a renewed card replaces the old link.

SQLAlchemy Core: SQLite by default (WAL, synchronous FULL), any SQLAlchemy URL (e.g. PostgreSQL) for a shared table.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event

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
    reason = "link_error"


def load_or_create_key(path: str | Path) -> bytes:
    """The HMAC secret: 32 random bytes in a file of mode 0600, made on first use."""
    path = Path(path)
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, key)
            os.fsync(fd)
        finally:
            os.close(fd)
        return key
    if len(key) < 32:
        raise LinkError(f"the link key file {path} is too short (it must hold 32 bytes or more)")
    if path.stat().st_mode & 0o077:
        raise LinkError(f"the link key file {path} is readable by others: chmod 600 it")
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
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        _meta.create_all(self.engine)

    @classmethod
    def open(cls, url: str, key_file: str | Path) -> LinkTable:
        return cls(url, load_or_create_key(key_file))

    def link_key(self, issuer_key_id: bytes, serial: int) -> str:
        return compute_link_key(self.secret, issuer_key_id, serial)

    def link(self, link_key: str, library_system: str, patron_number: str, cert_not_after: dt.datetime) -> Link:
        """Link a certificate to a patron. A patron's earlier certificate (e.g. before renewal) is unlinked; a
        certificate already linked to another patron is moved to this one."""
        if not patron_number.strip():
            raise LinkError("the patron number is empty")
        now = dt.datetime.now(dt.UTC)
        with self.engine.begin() as c:
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
        with self.engine.begin() as c:
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
        with self.engine.begin() as c:
            return c.execute(links.delete().where(links.c.cert_not_after < now)).rowcount

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
