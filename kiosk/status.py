"""The kiosk's status snapshot: what the running kiosk tells ``kiosk status``, systemd and the library's monitoring.

The running kiosk samples its devices, links and offline queue every few seconds (:mod:`kiosk.status_runner`) and
writes a :class:`Snapshot` atomically to a small JSON file (``[metrics].status_file``, default
``data_dir/status.json``). ``kiosk status`` is another process and cannot ask the devices (the kiosk holds its serial
ports and card reader), so it reads that file and judges it here:

=========================================  ====  =============================================
the snapshot                               exit  state
=========================================  ====  =============================================
fresh, nothing to do                       0     ``ok``
fresh, a device, link or the queue needs   1     ``attention`` (each finding with its reason)
someone (see :func:`findings`)
its process is alive but it is old         3     ``stale``: hung, or still starting
(older than three sampling intervals)
missing, or its process is gone            3     ``not_running``
=========================================  ====  =============================================

A snapshot names its process by pid, the kernel's boot id and the process's start time, so a pid reused after a
restart or a reboot is not taken for the kiosk. It holds states, reason codes and counts only: no patron number,
item, title, certificate serial or PIN (the devices' detail texts are counts and timings).
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import safefile
from kiosk.config import Config
from kiosk.services import DeviceHealth, DeviceState, LinkStatus

FORMAT = 1
#: health probes whose states are links rather than devices, and the link's name
LINKS = {"library_system": "library_system", "validation_link": "validation"}
#: the journal's own health row; the queue has a section of its own
QUEUE_ROW = "offline_queue"
#: an offline loan waiting longer than this needs someone to look at the library link
OLDEST_WAITING_ATTENTION_S = 3600.0
#: the largest status file read (a snapshot is a few hundred bytes)
MAX_BYTES = 64 * 1024

EXIT_OK, EXIT_ATTENTION, EXIT_NOT_RUNNING = 0, 1, 3


class StatusError(Exception):
    def __init__(self, reason: str, message: str = "") -> None:
        super().__init__(message or reason)
        self.reason = reason


@dataclass(frozen=True)
class Row:
    """A device or a link: ``state`` is a :class:`kiosk.services.DeviceHealth` value."""

    name: str
    state: str
    reason: str = ""
    detail: str = ""


@dataclass(frozen=True)
class Queue:
    waiting: int
    #: Unix time the oldest waiting loan was made (None: none waits)
    oldest: float | None = None
    #: rows staff must settle at the counter (refused on replay)
    needs_staff: int = 0
    #: why the counts could not be read (a reason code), "" when they were
    reason: str = ""


@dataclass(frozen=True)
class LastSync:
    when: float | None
    sent: int
    refused: int
    left: int
    reason: str = ""


@dataclass(frozen=True)
class Snapshot:
    kiosk_id: str
    version: str
    pid: int
    boot_id: str
    #: the process's start time in clock ticks since boot (/proc/<pid>/stat), with ``pid`` and ``boot_id`` it names
    #: this process only
    proc_start: int
    #: Unix times: the process started, this snapshot was written
    started: float
    written: float
    interval_s: float
    #: starting | idle | session | maintenance
    activity: str
    devices: tuple[Row, ...] = ()
    links: tuple[Row, ...] = ()
    queue: Queue | None = None
    last_sync: LastSync | None = None
    #: "127.0.0.1:9464" while the metrics endpoint serves, "" when it is off, else why it is not ("port_in_use")
    metrics: str = ""
    format: int = FORMAT


def status_path(cfg: Config) -> Path:
    """Where the running kiosk writes its snapshot and ``kiosk status`` reads it (``[metrics].status_file``)."""
    return Path(cfg.metrics.status_file) if cfg.metrics.status_file else cfg.data_dir / "status.json"


def software_version() -> str:
    try:
        return metadata.version("mynumber-kiosk")
    except metadata.PackageNotFoundError:
        return "unknown"


def rows_needing_staff(status: LinkStatus) -> int:
    """Offline rows staff must settle at the counter. Today: the loans the library system refused on replay. The
    journal's staff list of rows needing a check at the counter (being built) is counted here when it lands."""
    return status.refused


def rows(states: list[DeviceState]) -> tuple[tuple[Row, ...], tuple[Row, ...]]:
    """Health probe results split into (devices, links); the journal's own row is left to the queue section."""
    devices, links = [], []
    for st in states:
        if st.name == QUEUE_ROW:
            continue
        row = Row(LINKS.get(st.name, st.name), st.health.value, st.reason, st.detail)
        (links if st.name in LINKS else devices).append(row)
    return tuple(devices), tuple(links)


# ------------------------------------------------------------------------------------------------ judging


@dataclass(frozen=True)
class Finding:
    """Something that needs someone: ``what`` a device, link or "offline_queue"; ``reason`` a code."""

    what: str
    reason: str


def findings(snap: Snapshot, now: float) -> list[Finding]:
    """What needs attention in a fresh snapshot (a device or link in warning or error, loans waiting over an hour,
    rows for staff)."""
    out = []
    for row in (*snap.devices, *snap.links):
        if row.state in (DeviceHealth.ERROR.value, DeviceHealth.WARNING.value):
            out.append(Finding(row.name, row.reason or row.state))
    q = snap.queue
    if q is not None:
        if q.reason:
            out.append(Finding(QUEUE_ROW, q.reason))
        if q.oldest is not None and q.waiting and now - q.oldest > OLDEST_WAITING_ATTENTION_S:
            out.append(Finding(QUEUE_ROW, "loans_waiting_long"))
        if q.needs_staff:
            out.append(Finding(QUEUE_ROW, "rows_need_staff"))
    return out


def stale_after(snap: Snapshot) -> float:
    return max(3 * snap.interval_s, 15.0)


@dataclass(frozen=True)
class Verdict:
    state: str  # ok | attention | stale | not_running
    exit_code: int
    findings: tuple[Finding, ...] = ()
    #: seconds since the snapshot was written (None: no snapshot)
    age_s: float | None = None


def judge(snap: Snapshot | None, running: bool, now: float) -> Verdict:
    """The verdict on a snapshot whose process is (``running``) or is not alive."""
    if snap is None or not running:
        return Verdict("not_running", EXIT_NOT_RUNNING, age_s=None if snap is None else now - snap.written)
    age = now - snap.written
    if age > stale_after(snap):
        return Verdict("stale", EXIT_NOT_RUNNING, age_s=age)
    found = tuple(findings(snap, now))
    if found:
        return Verdict("attention", EXIT_ATTENTION, found, age)
    return Verdict("ok", EXIT_OK, (), age)


def span(seconds: float) -> str:
    """A duration in words a technician reads at a glance: 45 s, 12 min, 3 h 5 min, 2 d 4 h."""
    s = int(max(0, seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min"
    if s < 86400:
        return f"{s // 3600} h {s % 3600 // 60} min"
    return f"{s // 86400} d {s % 86400 // 3600} h"


def words(snap: Snapshot, now: float) -> str:
    """One line for systemd's STATUS= (``systemctl status kiosk``): the activity, what needs attention, the queue."""
    parts = [snap.activity]
    problems = [f"{f.what} {f.reason}" for f in findings(snap, now) if f.what != QUEUE_ROW]
    parts.append(", ".join(problems) if problems else "all devices and links ok")
    q = snap.queue
    if q is not None and q.waiting:
        oldest = f", oldest {span(now - q.oldest)}" if q.oldest is not None else ""
        parts.append(f"{q.waiting} offline loans waiting{oldest}")
    if q is not None and q.needs_staff:
        parts.append(f"{q.needs_staff} for staff")
    return "; ".join(parts)


# ------------------------------------------------------------------------------------------------ the file


def encode(snap: Snapshot) -> bytes:
    return json.dumps(dataclasses.asdict(snap), ensure_ascii=False, sort_keys=True).encode("utf-8")


def decode(data: bytes) -> Snapshot:
    """A snapshot from the file's bytes; anything malformed raises :class:`StatusError` ("status_unreadable")."""
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("not a status snapshot of this version")
        return Snapshot(
            kiosk_id=_typed(raw, "kiosk_id", str),
            version=_typed(raw, "version", str),
            pid=_typed(raw, "pid", int),
            boot_id=_typed(raw, "boot_id", str),
            proc_start=_typed(raw, "proc_start", int),
            started=float(_typed(raw, "started", (int, float))),
            written=float(_typed(raw, "written", (int, float))),
            interval_s=float(_typed(raw, "interval_s", (int, float))),
            activity=_typed(raw, "activity", str),
            devices=tuple(_row(r) for r in _typed(raw, "devices", list)),
            links=tuple(_row(r) for r in _typed(raw, "links", list)),
            queue=None if raw.get("queue") is None else Queue(**_fields(raw["queue"], Queue)),
            last_sync=None if raw.get("last_sync") is None else LastSync(**_fields(raw["last_sync"], LastSync)),
            metrics=_typed(raw, "metrics", str),
        )
    except (ValueError, TypeError, KeyError, UnicodeDecodeError) as e:
        raise StatusError("status_unreadable", f"the status file is not readable ({e})") from None


def _typed(raw: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = raw[key]
    if isinstance(value, bool) or not isinstance(value, kind):
        raise ValueError(f"{key} has the wrong type")
    return value


def _row(raw: Any) -> Row:
    if not isinstance(raw, dict):
        raise ValueError("a device row is not an object")
    return Row(**_fields(raw, Row))


def _fields(raw: Any, cls: type) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ValueError(f"{cls.__name__.lower()} is not an object")
    hints = {f.name: f.type for f in dataclasses.fields(cls)}
    out = {}
    for name, value in raw.items():
        if name not in hints:
            raise ValueError(f"unknown field {name}")
        kind = hints[name]
        ok = (
            (value is None and "None" in kind)
            or ("str" in kind and isinstance(value, str))
            or ("int" in kind and isinstance(value, int) and not isinstance(value, bool))
            or ("float" in kind and isinstance(value, int | float) and not isinstance(value, bool))
        )
        if not ok:
            raise ValueError(f"{name} has the wrong type")
        out[name] = value
    return out


def write(path: Path, snap: Snapshot) -> None:
    """Write atomically (:func:`safefile.write`): a reader sees the old snapshot or the new one, never half
    of one. Raises OSError (a full disk leaves the previous snapshot)."""
    safefile.write(path, encode(snap), mode=0o644)


def read(path: Path) -> Snapshot | None:
    """The snapshot at ``path``, None when there is none. Raises :class:`StatusError` when it cannot be read."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as e:
        raise StatusError("status_unreadable", f"cannot read {path} ({e.strerror})") from None
    if len(data) > MAX_BYTES:
        raise StatusError("status_unreadable", f"{path} is too large for a status snapshot")
    return decode(data)


# ------------------------------------------------------------------------------------------------ the process


@dataclass(frozen=True)
class Process:
    pid: int
    boot_id: str
    start: int


def boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def start_ticks(pid: int) -> int | None:
    """The process's start time (clock ticks since boot), None when there is no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    try:
        # the command name (field 2) may hold spaces and parentheses: count the fields after its closing one
        return int(stat[stat.rindex(")") + 2 :].split()[19])
    except (ValueError, IndexError):
        return None


def this_process() -> Process:
    pid = os.getpid()
    return Process(pid, boot_id(), start_ticks(pid) or 0)


def is_running(snap: Snapshot) -> bool:
    """The process that wrote ``snap`` is still alive (same boot, same pid, same start time)."""
    if snap.boot_id != boot_id():
        return False
    return start_ticks(snap.pid) == snap.proc_start
