"""Keeping the spoken guidance's audio up to date: which phrase files are missing, which are stale, and rendering the
missing ones in a child process (:mod:`kiosk_app.speech_render`) with a deadline.

Used by ``kiosk speech render`` (at install) and by the kiosk at start (:mod:`kiosk_app.gui`, on a worker lane, when
``[ui].speech`` is on): a phrase whose text, voice or volume changed has a new file name
(:mod:`kiosk.speech_files`), so it is rendered again and the old file removed. Files are only ever added whole
(rendered atomically) or removed, so a kiosk playing while this runs plays a complete phrase or none.
"""

from __future__ import annotations

import contextlib
import json
import logging
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import eventlog
from kiosk import speech, speech_files
from kiosk.config import Config

_log = logging.getLogger("kiosk_app.speech")

#: the whole rendering's deadline (seconds): all six languages take about a minute on 2 cores
RENDER_TIMEOUT_S = 900.0
#: the child's report is small; more is not read
MAX_REPORT = 1 << 20
#: how often the rendering children are looked at (whether the kiosk is closing)
POLL_S = 0.5
#: the renderer, a child process
CHILD = [sys.executable, "-m", "kiosk_app.speech_render"]

Plan = dict[tuple[str, str], speech_files.Entry]


def directory(cfg: Config) -> Path:
    return cfg.data_dir / speech_files.FOLDER


def plan(cfg: Config) -> Plan:
    """Every phrase file the configuration's languages, methods, countdown and volume need."""
    settings = speech.settings_from(cfg.kiosk.identification, cfg.ui.inactivity_warning_s)
    return speech_files.plan(directory(cfg), cfg.kiosk.languages, settings, cfg.ui.volume)


@dataclass
class Survey:
    present: int = 0
    missing: list[speech_files.Entry] = field(default_factory=list)
    stale: list[Path] = field(default_factory=list)


def survey(files: Plan, folder: Path) -> Survey:
    """What is there: the planned files present, those missing, and under ``folder`` the files no plan names (old
    digests, a language no longer offered, a temporary file of a renderer that was stopped)."""
    out = Survey()
    wanted = {e.path for e in files.values()}
    for entry in files.values():
        if entry.path.is_file():
            out.present += 1
        else:
            out.missing.append(entry)
    if folder.is_dir():
        for path in sorted(folder.glob("*/*.wav")):
            if path not in wanted:
                out.stale.append(path)
        # what a renderer stopped at its deadline left half written
        out.stale += sorted(folder.glob("*/.*.tmp"))
    return out


@dataclass
class Summary:
    phrases: int
    present: int
    rendered: int = 0
    removed: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "phrases": self.phrases,
            "present": self.present,
            "rendered": self.rendered,
            "removed": self.removed,
            "failed": self.failed,
            "seconds": round(self.seconds, 2),
        }


def _job(entry: speech_files.Entry) -> dict[str, Any]:
    v = entry.voice
    return {"language": entry.language, "key": entry.key, "text": entry.text, "engine": v.engine, "voice": v.name,
            "rate": v.rate, "volume": entry.volume, "path": str(entry.path)}  # fmt: skip


def _failed(entries: list[speech_files.Entry], reason: str, error: str) -> list[dict[str, str]]:
    return [{"language": e.language, "key": e.key, "reason": reason, "error": error} for e in entries]


def render(
    entries: list[speech_files.Entry],
    timeout_s: float = RENDER_TIMEOUT_S,
    dictionary: Path | None = None,
    stop: threading.Event | None = None,
) -> tuple[int, list[dict[str, str]]]:
    """Render ``entries``: one child process per engine, side by side (Open JTalk takes most of the time); (how
    many were rendered, the failures with their reason). ``stop`` set: the children are stopped, what they had
    rendered is kept and the rest is not a failure (the next start renders it)."""
    groups: dict[str, list[speech_files.Entry]] = {}
    for e in entries:
        groups.setdefault(e.voice.engine, []).append(e)
    stop = stop or threading.Event()
    deadline = time.monotonic() + timeout_s
    results: list[tuple[int, list[dict[str, str]]]] = []
    running: list[tuple[list[speech_files.Entry], subprocess.Popen[bytes], IO[bytes], IO[bytes]]] = []
    with contextlib.ExitStack() as files:
        for group in groups.values():
            # the report and the child's errors go to files: a pipe the child fills while nobody reads would stall it
            out, err = files.enter_context(tempfile.TemporaryFile()), files.enter_context(tempfile.TemporaryFile())
            try:
                child = subprocess.Popen(CHILD, stdin=subprocess.PIPE, stdout=out, stderr=err)
            except OSError as e:
                results.append((0, _failed(group, "speech_engine_missing", f"cannot start the renderer: {e.strerror}")))
                continue
            files.callback(_end, child)
            request = {"jobs": [_job(e) for e in group], "dictionary": str(dictionary) if dictionary else None}
            with contextlib.suppress(BrokenPipeError):  # a child that died at once says why on its stderr
                assert child.stdin is not None
                with child.stdin:
                    child.stdin.write(json.dumps(request, ensure_ascii=False).encode("utf-8"))
            running.append((group, child, out, err))
        while any(child.poll() is None for _, child, _, _ in running):
            if stop.is_set() or time.monotonic() >= deadline:
                break
            stop.wait(POLL_S)
        for group, child, out, err in running:
            if child.poll() is None:
                _end(child)
                # what was rendered is kept (each file is written whole); the rest waits for the next time
                late = "" if stop.is_set() else "speech_render_timeout"
                results.append(_count(group, late, f"not done within {timeout_s:.0f} s"))
            else:
                results.append(_report(group, child, out, err))
    return sum(n for n, _ in results), [f for _, failed in results for f in failed]


def _end(child: subprocess.Popen[bytes]) -> None:
    if child.poll() is None:
        child.kill()
        child.wait()


def _report(
    group: list[speech_files.Entry], child: subprocess.Popen[bytes], out: IO[bytes], err: IO[bytes]
) -> tuple[int, list[dict[str, str]]]:
    """What a child that ended said: its JSON report, or the last line of its errors."""
    out.seek(0)
    try:
        report = json.loads(out.read(MAX_REPORT).decode("utf-8"))
        if report.get("error"):
            return 0, _failed(group, "speech_render_failed", str(report["error"]))
        return int(report["rendered"]), [dict(f) for f in report["failed"]]
    except (ValueError, KeyError, TypeError, AttributeError):
        err.seek(0)
        last = err.read(MAX_REPORT).decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit {child.returncode}"]
        return _count(group, "speech_render_failed", f"the renderer stopped: {last[0][:200]}")


def _count(entries: list[speech_files.Entry], reason: str, error: str) -> tuple[int, list[dict[str, str]]]:
    """After a child that did not report: the files it did write count as rendered, the others failed with
    ``reason`` (none: not a failure)."""
    missing = [e for e in entries if not e.path.is_file()]
    return len(entries) - len(missing), _failed(missing, reason, error) if reason else []


def ensure(
    files: Plan,
    folder: Path,
    timeout_s: float = RENDER_TIMEOUT_S,
    dictionary: Path | None = None,
    stop: threading.Event | None = None,
) -> Summary:
    """Remove stale files, render the missing ones (until ``stop`` is set); what happened (logged as
    ``speech.cache``)."""
    started = time.monotonic()
    found = survey(files, folder)
    summary = Summary(phrases=len(files), present=found.present)
    for path in found.stale:
        with contextlib.suppress(OSError):
            path.unlink()
            summary.removed += 1
    summary.rendered, summary.failed = render(found.missing, timeout_s, dictionary, stop)
    summary.seconds = time.monotonic() - started
    reasons = sorted({f["reason"] for f in summary.failed})
    eventlog.event(
        _log, "speech.cache", level=logging.WARNING if summary.failed else logging.INFO, phrases=summary.phrases,
        present=summary.present, rendered=summary.rendered, removed=summary.removed, failed=len(summary.failed),
        reasons=",".join(reasons) or None, seconds=round(summary.seconds, 1),
    )  # fmt: skip
    return summary
