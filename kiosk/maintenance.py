"""Maintenance mode services: the technician passcode, its lockout, masked configuration, diagnostic bundles.

- The passcode is kept as a salted scrypt hash (``scrypt$n$r$p$salt$hash``, base64) in ``[maintenance].passcode_hash``.
- After ``max_failures`` wrong passcodes in a row, entry is locked for ``lockout_s`` seconds. The lock survives a
  restart when a state file is given (a reboot must not reset the count). The state file is read strictly
  (:func:`parse_gate_state`: UTF-8 JSON of at most :data:`GATE_STATE_MAX` bytes, as the gate writes it); one that
  cannot be read so fails safe: entry is locked for one lockout from then (``gate_state_damaged``,
  ``gate_state_unreadable``, logged as ``maintenance.state_damaged``), never unlocked.
- The configuration view masks secrets: the text of passwords, keys, tokens, passcode hashes and technician cards,
  and passwords inside URLs; a setting that is true/false or a number (``[ui].barcode_password``) is shown as it is.
- The diagnostic bundle holds versions, the masked configuration, device states (with what their reason codes mean,
  from :mod:`kiosk.reasons`), queue counts and recent log lines — which by the logging rules carry no personal
  data — and nothing else.
- The lock state and the bundle are written whole and owner-only (0600) whatever the umask (:mod:`safefile`).
"""

from __future__ import annotations

import base64
import collections
import dataclasses
import hashlib
import hmac
import io
import json
import logging
import math
import os
import platform
import re
import secrets
import stat
import sys
import time
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import eventlog
import safefile
from kiosk import config as config_mod
from kiosk import passcode_hash, reasons

_log = logging.getLogger("kiosk.maintenance")

PASSCODE_MIN = 6
PASSCODE_MAX = 16
_N, _R, _P = 2**14, 8, 1


class MaintenanceError(Exception):
    def __init__(self, reason: str, message: str = "") -> None:
        super().__init__(message or reason)
        self.reason = reason


# ------------------------------------------------------------------------------------------------ passcode


def check_passcode_form(passcode: str) -> None:
    """Technician passcodes are digits (typed on the kiosk's keypad), 6–16 of them."""
    if not passcode.isascii() or not passcode.isdigit() or not PASSCODE_MIN <= len(passcode) <= PASSCODE_MAX:
        raise MaintenanceError("passcode_form", f"the passcode must be {PASSCODE_MIN} to {PASSCODE_MAX} digits")


def hash_passcode(passcode: str, *, salt: bytes | None = None) -> str:
    check_passcode_form(passcode)
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(passcode.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_passcode(passcode: str, stored: str) -> bool:
    try:
        h = passcode_hash.parse(stored)
    except passcode_hash.PasscodeHashError:
        return False
    if len(passcode) > 64:
        return False
    got = hashlib.scrypt(
        passcode.encode(), salt=h.salt, n=h.n, r=h.r, p=h.p, maxmem=passcode_hash.MAXMEM, dklen=len(h.digest)
    )
    return hmac.compare_digest(got, h.digest)


#: the largest lock state file read (the gate writes about 50 bytes)
GATE_STATE_MAX = 1024


class GateStateError(MaintenanceError):
    """The lock state file cannot be believed (``gate_state_damaged``) or read (``gate_state_unreadable``)."""


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a lock state")


def parse_gate_state(data: bytes) -> tuple[int, float]:
    """(failures, locked_until) from the state file's bytes, as :meth:`PasscodeGate._save` writes them: UTF-8 JSON
    ``{"failures": <int ≥ 0>, "locked_until": <finite number>}`` of at most :data:`GATE_STATE_MAX` bytes. Anything
    else raises :class:`GateStateError` (``gate_state_damaged``)."""
    if len(data) > GATE_STATE_MAX:
        raise GateStateError("gate_state_damaged", "the lock state file is too large")
    try:
        obj = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise GateStateError("gate_state_damaged", "the lock state file is not the gate's JSON") from None
    failures = obj.get("failures") if isinstance(obj, dict) else None
    locked_until = obj.get("locked_until") if isinstance(obj, dict) else None
    if type(failures) is not int or failures < 0:
        raise GateStateError("gate_state_damaged", "the lock state file has no count of failures")
    if type(locked_until) not in (int, float) or not math.isfinite(locked_until):
        raise GateStateError("gate_state_damaged", "the lock state file has no time the lock ends")
    return failures, float(locked_until)


def read_gate_state(path: Path) -> tuple[int, float] | None:
    """The lock state in ``path`` (None: there is none yet). Raises :class:`GateStateError`: ``gate_state_damaged``
    (see :func:`parse_gate_state`; also something other than a file there) or ``gate_state_unreadable``."""
    try:
        # non-blocking: a FIFO put there would block an open for reading until a writer came
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    except OSError:
        raise GateStateError("gate_state_unreadable", "the lock state file cannot be opened") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise GateStateError("gate_state_damaged", "the lock state file is not a file")
        chunks, size = [], 0
        while size <= GATE_STATE_MAX and (chunk := os.read(fd, GATE_STATE_MAX + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
    except OSError:
        raise GateStateError("gate_state_unreadable", "the lock state file cannot be read") from None
    finally:
        os.close(fd)
    return parse_gate_state(b"".join(chunks))


@dataclass(frozen=True)
class GateResult:
    ok: bool
    #: "ok", "wrong", "locked", "not_configured"
    reason: str
    failures_left: int = 0
    locked_for_s: int = 0


class PasscodeGate:
    """Entry to maintenance mode: wrong passcodes count, too many lock entry for a while."""

    def __init__(
        self,
        passcode_hash: str,
        max_failures: int = 5,
        lockout_s: int = 300,
        *,
        state_file: str | Path | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.passcode_hash = passcode_hash
        self.max_failures = max_failures
        self.lockout_s = lockout_s
        self.state_file = Path(state_file) if state_file else None
        self.clock = clock
        self.failures = 0
        self.locked_until = 0.0
        #: why the state file could not be used when the gate was made ("" when it could, or there was none)
        self.state_problem = ""
        self._load()

    @classmethod
    def from_config(cls, cfg: config_mod.Config, **kw: Any) -> PasscodeGate:
        m = cfg.maintenance
        return cls(m.passcode_hash, m.max_failures, m.lockout_s, **kw)

    def locked_for(self) -> int:
        left = self.locked_until - self.clock()
        return max(0, int(left + 0.999))

    def try_enter(self, passcode: str) -> GateResult:
        if not self.passcode_hash:
            eventlog.event(_log, "maintenance.entry", result="not_configured")
            return GateResult(False, "not_configured")
        locked = self.locked_for()
        if locked:
            eventlog.event(_log, "maintenance.entry", result="locked")
            return GateResult(False, "locked", 0, locked)
        if verify_passcode(passcode, self.passcode_hash):
            self.failures = 0
            self._save()
            eventlog.event(_log, "maintenance.entry", result="ok")
            return GateResult(True, "ok", self.max_failures)
        self.failures += 1
        if self.failures >= self.max_failures:
            self.failures = 0
            self.locked_until = self.clock() + self.lockout_s
            self._save()
            eventlog.event(_log, "maintenance.entry", level=logging.WARNING, result="locked_now")
            return GateResult(False, "locked", 0, self.lockout_s)
        self._save()
        eventlog.event(_log, "maintenance.entry", result="wrong", failures=self.failures)
        return GateResult(False, "wrong", self.max_failures - self.failures)

    def _load(self) -> None:
        if not self.state_file:
            return
        now = self.clock()
        try:
            state = read_gate_state(self.state_file)
        except GateStateError as e:
            # fail safe: a state that cannot be believed locks entry for one lockout (written anew, so that a
            # restart neither unlocks nor extends it), never unlocks it
            self.state_problem = e.reason
            eventlog.event(_log, "maintenance.state_damaged", level=logging.ERROR, reason=e.reason,
                           locked_for_s=self.lockout_s)  # fmt: skip
            self.failures, self.locked_until = 0, now + self.lockout_s
            self._save()
            return
        if state is None:
            return
        failures, locked_until = state
        self.failures = min(failures, max(self.max_failures - 1, 0))
        # a clock set back, or a hand-edited file, cannot lock entry for longer than one lockout from now
        self.locked_until = min(locked_until, now + self.lockout_s)

    def _save(self) -> None:
        if not self.state_file:
            return
        state = {"failures": self.failures, "locked_until": self.locked_until}
        try:
            safefile.write(self.state_file, json.dumps(state).encode("ascii"))
        except OSError as e:
            # the count still holds in memory; on a full disk the file keeps its last state
            reason = "disk_full" if safefile.disk_full(e) else "state_unwritable"
            eventlog.event(_log, "maintenance.state_unsaved", level=logging.WARNING, reason=reason)


# ------------------------------------------------------------------------------------------------ config view

_SECRET_KEY = re.compile(
    r"(password|passcode|secret|token|credential|api_key|private_key|^key$|technician_cards)", re.I
)
_URL_PASSWORD = re.compile(r"(?P<pre>[a-z][a-z0-9+.-]*://[^:/@\s]*:)(?P<pw>[^@\s]+)(?P<at>@)", re.I)
MASK = "********"


def _mask_value(key: str, value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _mask_value(k, v) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask_value(key, v) for v in value]
    if not isinstance(value, str):
        return value  # a boolean or a number says how the kiosk behaves, never a secret ([ui].barcode_password)
    if _SECRET_KEY.search(key) and not key.endswith(("_file", "_path", "_dir")):
        return MASK if value else value
    return _URL_PASSWORD.sub(lambda m: m["pre"] + MASK + m["at"], value)


def masked_config(cfg: config_mod.Config) -> dict[str, Any]:
    """The configuration as nested dicts with every secret replaced by ``********``."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(cfg):
        value = getattr(cfg, f.name)
        if dataclasses.is_dataclass(value):
            out[f.name] = {k: _mask_value(k, v) for k, v in dataclasses.asdict(value).items()}
        else:
            out[f.name] = value
    return out


# ------------------------------------------------------------------------------------------------ recent errors


class RecentErrors(logging.Handler):
    """Keeps the last log lines at WARNING and above, already in the privacy-safe JSON form."""

    def __init__(self, capacity: int = 200) -> None:
        super().__init__(logging.WARNING)
        self.lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self.setFormatter(eventlog.JsonFormatter())

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # noqa: BLE001 - a log handler must never raise
            self.handleError(record)

    def install(self) -> RecentErrors:
        logging.getLogger().addHandler(self)
        return self

    def remove(self) -> None:
        logging.getLogger().removeHandler(self)


# ------------------------------------------------------------------------------------------------ bundle


def _versions() -> dict[str, str]:
    out = {"python": sys.version.split()[0], "platform": platform.platform()}
    for dist in ("mynumber-kiosk", "PySide6-Essentials", "pyscard", "cryptography", "SQLAlchemy", "pyserial"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "absent"
    return out


def diagnostic_bundle(
    dest_dir: str | Path,
    cfg: config_mod.Config,
    *,
    devices: Iterable[Any] = (),
    queue: dict[str, int] | None = None,
    recent: Iterable[str] = (),
    clock: Callable[[], float] = time.time,
) -> Path:
    """Write ``kiosk-diag-<kiosk>-<time>.zip`` into ``dest_dir``; returns its path.

    ``devices`` are :class:`kiosk.services.DeviceState` (or dicts); ``queue`` holds counts only.
    """
    dest = Path(dest_dir)
    try:
        dest.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as e:
        raise MaintenanceError("bundle_dir", f"cannot create {dest} ({e.strerror})") from None
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(clock()))
    safe_id = re.sub(r"[^A-Za-z0-9_.-]", "_", cfg.kiosk.kiosk_id)
    path = dest / f"kiosk-diag-{safe_id}-{stamp}.zip"
    dev_rows = []
    for d in devices:
        if dataclasses.is_dataclass(d):
            row = dataclasses.asdict(d)  # type: ignore[arg-type]
            row = {k: getattr(v, "value", v) for k, v in row.items()}
        else:
            row = dict(d)
        code = str(row.get("reason") or "")
        if reasons.known(code):
            row["explanation"] = reasons.staff_text(code, cfg.kiosk.staff_language)
        dev_rows.append(row)
    counts = {k: int(v) for k, v in (queue or {}).items()}
    data = io.BytesIO()  # a few hundred log lines and a configuration: small enough to build in memory
    with zipfile.ZipFile(data, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("versions.json", json.dumps(_versions(), indent=2))
        z.writestr("config.json", json.dumps(masked_config(cfg), indent=2, ensure_ascii=False, default=str))
        z.writestr("devices.json", json.dumps(dev_rows, indent=2, ensure_ascii=False))
        z.writestr("queue.json", json.dumps(counts, indent=2))
        z.writestr("recent.jsonl", "\n".join(recent) + "\n")
        z.writestr(
            "README.txt",
            "Kiosk diagnostic bundle. It holds no personal data: no PIN, patron number, item identifier,\n"
            "title or certificate serial. Secrets in the configuration are masked.\n",
        )
    try:
        safefile.write(path, data.getvalue())
    except OSError as e:
        reason = "disk_full" if safefile.disk_full(e) else "bundle_write"
        raise MaintenanceError(reason, f"cannot write the bundle ({e.strerror})") from None
    eventlog.event(_log, "maintenance.bundle", devices=len(dev_rows))
    return path
