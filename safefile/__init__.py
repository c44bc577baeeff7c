"""The kiosk's own files that hold keys, state or patron data: written whole or not at all, and owner-only.

- :func:`write` puts bytes in a file atomically: a temporary file in the same folder (mode set with ``fchmod``, so
  the umask neither widens nor narrows it), every byte written, ``fsync``, renamed over the file (or, ``exclusive``,
  linked to a name that must not exist yet), ``fsync`` of the folder. A crash, a power cut or a full disk leaves the
  old file or none, never a short or empty one, and no temporary file behind.
- :func:`create_private` makes an empty file 0600 before SQLite opens it (SQLite gives a database's ``-wal`` and
  ``-shm`` files the database file's mode) and tightens an existing one, with its ``-wal``/``-shm``, that others
  could read.
- :func:`disk_full` tells a full disk (or file-size limit) from other write failures, for a clear refusal: from the
  error (``ENOSPC``, ``EDQUOT``, ``EFBIG``, SQLite's "database or disk is full"), or, for errors that do not say
  (SQLite reports a shared-memory file it cannot grow as a "disk I/O error"), from the free space left.

Errors are ``OSError`` as the system gives them; each caller turns them into its own layer's typed error.

Why a package of its own at the bottom of the import graph: the journal's key (``offline_queue``) and the link
key, the maintenance state, the diagnostic bundle and the CRL store (``kiosk``) all need the one mechanism, and
``offline_queue`` may not import ``kiosk``; putting it in ``offline_queue`` would make the link table depend on the
journal, and ``eventlog`` is about logs. It imports nothing of the project, so every layer may import it.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import secrets
import stat
import time
from pathlib import Path

#: the mode of files that hold keys, state or patron data
PRIVATE = 0o600
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
#: errors of a file system that cannot make hard links: an exclusive write then checks and renames instead
_NO_LINK = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS}


#: below this much free space, a write that failed without saying why failed for want of space
LOW_SPACE = 256 * 1024


def disk_full(error: BaseException, folder: str | Path | None = None) -> bool:
    """Whether ``error`` says the disk (a quota, the file-size limit) is full or, when it does not say why, whether
    the file system of ``folder`` has (nearly) no space left."""
    if isinstance(error, OSError) and error.errno in _FULL:
        return True
    if "disk is full" in str(getattr(error, "orig", None) or error).lower():  # SQLite's SQLITE_FULL
        return True
    if folder is None:
        return False
    try:
        st = os.statvfs(folder)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < LOW_SPACE


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write(path: str | Path, data: bytes, *, mode: int = PRIVATE, exclusive: bool = False) -> None:
    """Replace (``exclusive``: create; ``FileExistsError`` if it exists) ``path`` with ``data``, atomically and
    durably, with ``mode`` whatever the umask. The folder must exist."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, mode & 0o700)
    try:
        try:
            os.fchmod(fd, mode)
            view = memoryview(data)
            while view:  # a short write (a file-size limit, a signal) is not the end
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if not exclusive:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails with FileExistsError when another process made it first
            except OSError as e:
                if e.errno not in _NO_LINK:
                    raise
                if path.exists():
                    raise FileExistsError(errno.EEXIST, "File exists", str(path)) from None
                os.replace(tmp, path)
            else:
                os.unlink(tmp)
        _fsync_folder(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    _remove_stale(path)


def _remove_stale(path: Path) -> None:
    """Temporary files a crash left behind (they may hold an old key): those of another writer still at work are
    younger than a minute."""
    old = time.time() - 60
    for p in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if p.stat().st_mtime < old:
                p.unlink()


def create_private(path: str | Path) -> None:
    """Make ``path`` an empty 0600 file if it does not exist; an existing one (and its SQLite ``-wal`` and ``-shm``)
    that others could read is made 0600."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE)
    except FileExistsError:
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                if stat.S_IMODE(p.stat().st_mode) & 0o077:
                    p.chmod(PRIVATE)
        return
    try:
        os.fchmod(fd, PRIVATE)
        os.fsync(fd)
    finally:
        os.close(fd)
    _fsync_folder(path.parent)
