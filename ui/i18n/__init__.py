"""The screens' translations: ``.qm`` files built with ``pyside6-lrelease`` (PySide6-Essentials ships it) from the
kiosk's catalogue, the ``kiosk_<lang>.ts`` files in :mod:`kiosk.i18n` (the core reads the same files without Qt).

The package ships them built beside their sources (``kiosk_<lang>.qm`` next to ``kiosk_<lang>.ts``: it has no
lrelease); a source tree builds them, when missing or older than their source, at first start into a cache directory.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6

import eventlog
from kiosk import i18n as catalogue
from kiosk.i18n import LANGUAGES

__all__ = ["LANGUAGES", "TranslationError", "build", "default_cache_dir", "lrelease_command", "ts_files"]

_log = logging.getLogger("ui.i18n")


class TranslationError(Exception):
    reason = "i18n_build"


def ts_files() -> dict[str, Path]:
    """Language → the ``.ts`` file the screens are translated from."""
    return catalogue.ts_files("kiosk")


def lrelease_command() -> list[str]:
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return [found]
    direct = Path(PySide6.__file__).parent / "lrelease"
    if direct.exists():
        return [str(direct)]
    raise TranslationError("pyside6-lrelease not found (install PySide6-Essentials)")


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mynumber-kiosk" / "i18n"


def build(dest: Path | None = None, force: bool = False) -> dict[str, Path]:
    """Build every ``.qm`` that is missing or older than its ``.ts``; returns language → ``.qm`` path."""
    dest = dest or default_cache_dir()
    dest.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for lang, ts in ts_files().items():
        shipped = ts.with_suffix(".qm")
        if not force and shipped.exists() and shipped.stat().st_mtime >= ts.stat().st_mtime:
            out[lang] = shipped
            continue
        qm = dest / f"kiosk_{lang}.qm"
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            cmd = [*lrelease_command(), "-silent", str(ts), "-qm", str(qm)]
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
            if done.returncode != 0 or not qm.exists():
                raise TranslationError(f"lrelease failed for {ts.name}: {done.stderr.strip()[:200]}")
            eventlog.event(_log, "i18n.built", lang=lang)
        out[lang] = qm
    return out
