"""``kiosk status [--json]``: how the running kiosk is, for a technician or a script.

The kiosk holds its card reader and serial devices, so this command does not ask them: it reads the status snapshot
the running kiosk writes every few seconds (:mod:`kiosk.status`) and judges it. When the kiosk is not running or its
snapshot is stale, it also shows the last warnings of the kiosk's service from the system journal (journald), where
the reason usually is.

Exit status: 0 all fine; 1 something needs attention (a device or link in warning or error, offline loans waiting
over an hour, rows for staff); 2 configuration; 3 no current status (the kiosk is not running, or it is hung or still
starting: the snapshot is older than three sampling intervals).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import shutil
import subprocess
import time

from kiosk import status as st
from kiosk_app.cli.common import CliError, load_config, print_json

#: the kiosk's systemd unit, whose journal is shown when the kiosk is not running
UNIT = "kiosk.service"
_LOG_LINES = 8


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("status", help="the running kiosk's devices, links and queue (exit 0 fine, 1 attention, 3 down)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)


def cmd_status(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    path = st.status_path(cfg)
    try:
        snap = st.read(path)
    except st.StatusError as e:
        raise CliError(f"{e} ({path})", code=st.EXIT_NOT_RUNNING, reason=e.reason) from None
    now = time.time()
    verdict = st.judge(snap, snap is not None and st.is_running(snap), now)
    log = recent_log() if verdict.exit_code == st.EXIT_NOT_RUNNING else []
    if args.json:
        print_json(
            {
                "ok": verdict.exit_code == st.EXIT_OK,
                "state": verdict.state,
                "findings": [dataclasses.asdict(f) for f in verdict.findings],
                "age_s": None if verdict.age_s is None else round(verdict.age_s, 1),
                "status_file": str(path),
                "snapshot": dataclasses.asdict(snap) if snap is not None else None,
                "log": log,
            }
        )
    else:
        print("\n".join(describe(snap, verdict, path, now, log)))
    return verdict.exit_code


def describe(snap: st.Snapshot | None, verdict: st.Verdict, path: object, now: float, log: list[str]) -> list[str]:
    """The status in lines a technician reads."""
    if snap is None:
        out = [f"kiosk: not running (no status file at {path})"]
    else:
        head = f"kiosk {snap.kiosk_id} ({snap.version}): "
        if verdict.state == "not_running":
            out = [head + f"not running (its last status, {_when(snap.written)}, came from pid {snap.pid}, now gone)"]
        elif verdict.state == "stale":
            out = [head + f"NOT REPORTING: its status is {st.span(now - snap.written)} old (pid {snap.pid} still "
                   "exists: hung, or still starting)"]  # fmt: skip
        else:
            state = "all fine" if verdict.state == "ok" else "NEEDS ATTENTION"
            out = [head + f"{state}, {snap.activity}, up {st.span(now - snap.started)}"]
        out += _details(snap, now)
    if verdict.findings:
        out.append("needs attention:")
        out += [f"  {f.what}: {f.reason}" for f in verdict.findings]
    if log:
        out.append(f"last warnings of {UNIT} (journalctl -u {UNIT} -p warning):")
        out += [f"  {line}" for line in log]
    return out


def _details(snap: st.Snapshot, now: float) -> list[str]:
    out = []
    for row in (*snap.devices, *snap.links):
        out.append(f"  {row.name:<16} {row.state:<8} {row.reason:<20} {row.detail}".rstrip())
    q = snap.queue
    if q is None:
        out.append("  offline queue    off")
    else:
        oldest = f", oldest {st.span(now - q.oldest)}" if q.oldest is not None and q.waiting else ""
        problem = f" ({q.reason})" if q.reason else ""
        out.append(f"  offline queue    {q.waiting} waiting{oldest}; {q.needs_staff} for staff{problem}")
    if snap.last_sync is not None:
        s = snap.last_sync
        when = _when(s.when) if s.when is not None else "-"
        stopped = f", stopped: {s.reason}" if s.reason else ""
        out.append(f"  last sync        {when} (sent {s.sent}, refused {s.refused}, left {s.left}{stopped})")
    out.append(f"  metrics          {snap.metrics or 'off'}")
    return out


def _when(unix: float) -> str:
    return dt.datetime.fromtimestamp(unix).isoformat(sep=" ", timespec="seconds")


def recent_log(unit: str = UNIT, lines: int = _LOG_LINES, timeout_s: float = 5.0) -> list[str]:
    """The unit's last warnings from journald, newest last; nothing when there is no journalctl or it fails."""
    journalctl = shutil.which("journalctl")
    if journalctl is None:
        return []
    try:
        done = subprocess.run(
            [journalctl, "-u", unit, "-p", "warning", "-n", str(lines), "-o", "cat", "--no-pager", "-q"],
            capture_output=True,
            timeout=timeout_s,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    if done.returncode != 0:
        return []
    text = done.stdout.decode("utf-8", "replace")
    return [line[:300] for line in text.splitlines() if line.strip()][-lines:]
