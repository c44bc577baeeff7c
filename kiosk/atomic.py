"""Writing a small state file atomically: a reader (or the next start after a power cut) finds the old contents or
the new ones, never half of them, and the file is 0600 whatever the umask.

temporary file beside it (0600) → write → fsync → rename over the old one → fsync of the folder. An error (a full
disk: ``OSError`` with ``ENOSPC``) leaves the old file as it was and removes the temporary one.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomic(path: str | Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically (see the module). Raises ``OSError``."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            os.fchmod(fd, mode)  # whatever the umask, and whatever an old temporary file had
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    dfd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)
