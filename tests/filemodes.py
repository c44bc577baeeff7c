"""Watching in tests the mode each new file has at the moment it is made, before any chmod could narrow it.

A key written with ``Path.write_bytes`` and then ``chmod(0o600)`` is readable by everyone between the two calls; its
final mode says nothing of that. :func:`creation_modes` watches the two ways Python makes a file (``os.open`` and
``io.open``, which ``Path.write_bytes``/``write_text`` and ``open`` use) and records the mode each file under a folder
had right after it was made. A spy, not a fake: the files are made by the real calls.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def creation_modes(monkeypatch, folder: str | Path, umask: int = 0o022) -> Iterator[dict[str, int]]:
    """Within the block (run under ``umask``), ``{file name: mode when it was made}`` for each new file in
    ``folder``."""
    folder = Path(folder).resolve()
    made: dict[str, int] = {}
    real_os_open, real_io_open = os.open, io.open

    def record(path: object, existed: bool) -> None:
        try:
            p = Path(os.fsdecode(path)).resolve()  # type: ignore[arg-type]
        except TypeError:
            return  # a file descriptor, not a path
        if not existed and p.parent == folder and p.is_file():
            made.setdefault(p.name, stat.S_IMODE(p.stat().st_mode))

    def spy_os_open(path, flags, *args, **kw):  # type: ignore[no-untyped-def]
        existed = os.path.lexists(path) if isinstance(path, str | bytes | os.PathLike) else True
        fd = real_os_open(path, flags, *args, **kw)
        record(path, existed)
        return fd

    def spy_io_open(file, *args, **kw):  # type: ignore[no-untyped-def]
        existed = os.path.lexists(file) if isinstance(file, str | bytes | os.PathLike) else True
        f = real_io_open(file, *args, **kw)
        record(file, existed)
        return f

    monkeypatch.setattr(os, "open", spy_os_open)
    monkeypatch.setattr(io, "open", spy_io_open)
    old = os.umask(umask)
    try:
        yield made
    finally:
        os.umask(old)
        monkeypatch.setattr(os, "open", real_os_open)
        monkeypatch.setattr(io, "open", real_io_open)
