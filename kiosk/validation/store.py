"""The CRL store: one verified DER file per issuing CA (named by its key identifier) under ``data_dir/validation/crl``.

Writes are atomic (temporary file, fsync, rename): a full disk or a crash leaves the previous CRL in place. A stored
CRL is re-verified when read (the file could have been replaced behind our back) and indexed in memory once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from cryptography import x509

import eventlog
import safefile
from kiosk.validation import crl as crl_mod
from kiosk.validation.errors import CrlError, StoreError

logger = logging.getLogger("kiosk.validation.crl")


class CrlStore:
    def __init__(self, folder: str | Path, anchors: Sequence[x509.Certificate] = ()) -> None:
        self.folder = Path(folder)
        self.anchors = list(anchors)
        self._cache: dict[Path, tuple[tuple[int, int], crl_mod.Crl]] = {}
        self._lock = threading.Lock()

    def path_for(self, issuer_key_id: bytes) -> Path:
        return self.folder / f"{issuer_key_id.hex()}.crl"

    def put(
        self,
        data: bytes,
        *,
        now: dt.datetime,
        clock_skew: dt.timedelta,
        issuers: Sequence[x509.Certificate] = (),
        allow_older: bool = False,
    ) -> crl_mod.Crl:
        """Verify ``data`` and store it. Refuses a CRL older than the stored one (a rollback) unless allowed."""
        crl = crl_mod.verify(data, list(issuers) + self.anchors, now=now, clock_skew=clock_skew)
        path = self.path_for(crl.issuer_key_id)
        with self._lock:
            old = self._load(path, list(issuers) + self.anchors)
            if old is not None and not allow_older and _older(crl, old):
                raise CrlError("the CRL is older than the one stored", reason="crl_older")
            self._write_atomic(path, crl.der)
            with contextlib.suppress(OSError):
                st = path.stat()
                self._cache[path] = ((st.st_mtime_ns, st.st_size), crl)
        eventlog.event(logger, "validation.crl_stored", entries=crl.entries, this_update=crl.this_update.isoformat())
        return crl

    def get(self, issuer: x509.Certificate) -> crl_mod.Crl | None:
        """The stored CRL of ``issuer`` (verified against it), or None when there is none or it does not verify."""
        path = self.path_for(crl_mod.key_id(issuer))
        with self._lock:
            return self._load(path, [issuer])

    def stored_at(self, issuer: x509.Certificate) -> dt.datetime | None:
        """When the stored CRL of ``issuer`` was written (fetched or imported), from the file time."""
        try:
            return dt.datetime.fromtimestamp(self.path_for(crl_mod.key_id(issuer)).stat().st_mtime, dt.UTC)
        except OSError:
            return None

    def all(self) -> list[tuple[Path, crl_mod.Crl | None]]:
        """Every stored CRL file and its verified content (None when it verifies against no anchor)."""
        out: list[tuple[Path, crl_mod.Crl | None]] = []
        if not self.folder.is_dir():
            return out
        with self._lock:
            for p in sorted(self.folder.glob("*.crl")):
                out.append((p, self._load(p, self.anchors)))
        return out

    def _load(self, path: Path, issuers: Sequence[x509.Certificate]) -> crl_mod.Crl | None:
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        except OSError as e:
            raise StoreError(f"cannot read the CRL store ({e.strerror})") from None
        stamp = (st.st_mtime_ns, st.st_size)
        hit = self._cache.get(path)
        if hit and hit[0] == stamp and any(crl_mod.key_id(i) == hit[1].issuer_key_id for i in issuers):
            return hit[1]
        try:
            data = path.read_bytes()
        except OSError as e:
            raise StoreError(f"cannot read the CRL store ({e.strerror})") from None
        try:
            crl = crl_mod.verify(
                data, issuers, now=dt.datetime.now(dt.UTC), clock_skew=dt.timedelta(days=36500), allow_stale=True
            )
        except CrlError as e:
            eventlog.event(logger, "validation.crl_store_bad", logging.WARNING, reason=e.reason)
            return None
        self._cache[path] = (stamp, crl)
        return crl

    def _write_atomic(self, path: Path, data: bytes) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # a CRL is public: readable by all, but written whole or not at all like the kiosk's private files
            safefile.write(path, data, mode=0o644)
        except OSError as e:
            raise StoreError(f"cannot write the CRL store ({e.strerror or type(e).__name__})") from None


def _older(new: crl_mod.Crl, old: crl_mod.Crl) -> bool:
    if new.number is not None and old.number is not None:
        return new.number < old.number
    return new.this_update < old.this_update
