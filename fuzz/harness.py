"""One fuzz input through one target, and what counts as a finding.

A :class:`Target` names a parser's public entry points (``run(data)`` drives them with one input), the typed errors
its layer may raise (``allowed``) and a few valid inputs to start from (``seeds``). :func:`execute` runs one input
and says what happened:

- ``ok``: the parser answered, or raised one of its layer's typed errors (that is its job with hostile bytes);
- ``crash``: any other exception (an ``IndexError`` from a short buffer, a ``UnicodeDecodeError``, a broken
  invariant a target asserts): the layer let something untyped through;
- ``slow``: the input took more than :data:`SLOW_S` (the parsers must be linear; a quadratic one shows here);
- ``hang``: the input did not finish within :data:`HANG_S` (an endless loop), cut by an alarm;
- ``memory``: the process's peak memory rose by more than :data:`MEMORY_BYTES` during the input.

A :class:`Recorder` keeps one reproducer per distinct finding (the same exception type at the same line is the same
finding; the smallest input is kept) in ``findings/TARGET/``: the input as ``KIND-KEY.bin`` and what was seen as
``KIND-KEY.json``; :func:`replay` runs a reproducer again.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import signal
import struct
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

#: an input slower than this is a finding (the parsers must be linear in their input)
SLOW_S = 0.100
#: an input still running after this long is cut and reported as a hang
HANG_S = 10.0
#: a rise of the process's peak memory by more than this during one input is a finding
MEMORY_BYTES = 64 * 1024 * 1024
#: inputs are cut to this length unless a target says otherwise
DEFAULT_MAX_LEN = 4096

FINDINGS_DIR = Path(__file__).resolve().parent / "findings"


@dataclass(frozen=True)
class Target:
    """A parser under fuzzing. ``run`` raises what the parser raises; ``allowed`` are its layer's typed errors."""

    name: str
    #: what is fuzzed, in one line (the modules and entry points)
    what: str
    run: Callable[[bytes], object]
    allowed: tuple[type[BaseException], ...]
    seeds: Callable[[], list[bytes]]
    max_len: int = DEFAULT_MAX_LEN
    #: byte strings a mutation may insert (protocol keywords, magic numbers)
    dictionary: tuple[bytes, ...] = ()


class Hang(BaseException):
    """Raised by the alarm inside an input that runs too long (a BaseException, so no parser swallows it)."""


class Reader:
    """Structured values out of the fuzz bytes, so that one target works with every engine. Reading past the end
    gives zeros and empty strings, never an error."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    @property
    def left(self) -> int:
        return len(self.data) - self.pos

    def byte(self) -> int:
        if self.pos >= len(self.data):
            return 0
        self.pos += 1
        return self.data[self.pos - 1]

    def u16(self) -> int:
        return (self.byte() << 8) | self.byte()

    def take(self, n: int) -> bytes:
        out = self.data[self.pos : self.pos + n]
        self.pos += len(out)
        return out

    def chunk(self) -> bytes:
        """A length-prefixed piece (two length bytes)."""
        return self.take(self.u16())

    def small_chunk(self) -> bytes:
        """A length-prefixed piece (one length byte)."""
        return self.take(self.byte())

    def rest(self) -> bytes:
        return self.take(self.left)

    def pick(self, options: list | tuple):  # type: ignore[no-untyped-def]
        return options[self.byte() % len(options)]


def chunks(*parts: bytes) -> bytes:
    """The inverse of :meth:`Reader.chunk` (seeds are written with it)."""
    return b"".join(struct.pack(">H", len(p)) + p for p in parts)


@dataclass(frozen=True)
class Outcome:
    kind: str  # "ok" | "crash" | "slow" | "hang" | "memory"
    seconds: float
    #: what the parser answered: a short label (the result's type or the typed error's reason), for feedback
    label: str = ""
    error: str = ""
    where: str = ""
    trace: str = ""
    grew_bytes: int = 0

    @property
    def finding(self) -> bool:
        return self.kind != "ok"


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def current_rss() -> int:
    with open("/proc/self/statm", "rb") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _on_alarm(signum: int, frame: object) -> None:
    raise Hang(f"still running after {HANG_S:.0f} s")


def _innermost_project_frame(tb: traceback.StackSummary) -> str:
    """Where the error came from: the innermost frame in the project's own code (not the harness)."""
    root = str(Path(__file__).resolve().parents[1])
    own = [f for f in tb if f.filename.startswith(root) and "/fuzz/" not in f.filename and "/.venv/" not in f.filename]
    f = (own or list(tb) or [None])[-1]
    if f is None:
        return "?"
    return f"{os.path.relpath(f.filename, root)}:{f.lineno} in {f.name}"


def _label(result: object) -> str:
    if isinstance(result, str):
        return result[:40]
    return type(result).__name__


def execute(target: Target, data: bytes, *, alarm: bool = True) -> Outcome:
    """Run one input and classify what happened (see the module's docstring)."""
    data = data[: target.max_len]
    peak = _peak_rss()
    if alarm:
        old = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, HANG_S)
    started = time.perf_counter()
    try:
        result = target.run(data)
        label = _label(result)
        error: BaseException | None = None
    except Hang as e:
        return Outcome("hang", time.perf_counter() - started, error=str(e), where=_where(e), trace=_trace(e))
    except target.allowed as e:
        label = getattr(e, "reason", "") or type(e).__name__
        error = None
    except Exception as e:  # noqa: BLE001 - anything else is what the fuzzer looks for
        error = e
        label = ""
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
    seconds = time.perf_counter() - started
    if error is not None:
        return Outcome(
            "crash", seconds, error=f"{type(error).__name__}: {error}"[:300], where=_where(error), trace=_trace(error)
        )
    grew = _peak_rss() - peak
    if grew > MEMORY_BYTES:
        return Outcome("memory", seconds, label, grew_bytes=grew)
    if seconds > SLOW_S:
        return Outcome("slow", seconds, label)
    return Outcome("ok", seconds, label)


def _where(e: BaseException) -> str:
    return _innermost_project_frame(traceback.extract_tb(e.__traceback__))


def _trace(e: BaseException) -> str:
    return "".join(traceback.format_exception(type(e), e, e.__traceback__))[-4000:]


def confirm_slow(target: Target, data: bytes, tries: int = 3) -> float:
    """The best of a few timings (a garbage collection or another process may have made one run slow)."""
    best = float("inf")
    for _ in range(tries):
        started = time.perf_counter()
        try:
            target.run(data[: target.max_len])
        except BaseException:  # noqa: BLE001 - only the time matters here
            pass
        best = min(best, time.perf_counter() - started)
        if best <= SLOW_S:
            break
    return best


# ------------------------------------------------------------------------------------------------ findings


@dataclass
class Recorder:
    """Keeps one reproducer per distinct finding of a target, the smallest input seen for it."""

    target: str
    folder: Path = FINDINGS_DIR
    #: key → (input length, the reproducer's path)
    seen: dict[str, tuple[int, Path]] = field(default_factory=dict)

    @property
    def dir(self) -> Path:
        return self.folder / self.target

    def key(self, outcome: Outcome) -> str:
        if outcome.kind in ("slow", "memory", "hang"):
            basis = f"{outcome.kind}:{outcome.where}" if outcome.kind == "hang" else outcome.kind
        else:
            basis = f"{outcome.error.split(':', 1)[0]}@{outcome.where}"
        return f"{outcome.kind}-{hashlib.sha1(basis.encode()).hexdigest()[:10]}"

    def record(self, data: bytes, outcome: Outcome) -> Path | None:
        """Save ``data`` as the reproducer of its finding unless a smaller one is kept; returns the path if new."""
        key = self.key(outcome)
        known = self.seen.get(key)
        if known is not None and known[0] <= len(data):
            return None
        self.dir.mkdir(parents=True, exist_ok=True)
        path = self.dir / f"{key}.bin"
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        info = {
            "target": self.target,
            "kind": outcome.kind,
            "error": outcome.error,
            "where": outcome.where,
            "seconds": round(outcome.seconds, 4),
            "grew_bytes": outcome.grew_bytes,
            "length": len(data),
            "trace": outcome.trace,
        }
        path.with_suffix(".json").write_text(json.dumps(info, indent=2) + "\n")
        first = known is None
        self.seen[key] = (len(data), path)
        return path if first else None

    def load(self) -> None:
        """Take in the reproducers already saved, so a new run only reports what is new or smaller."""
        for info_path in sorted(self.dir.glob("*.json")) if self.dir.is_dir() else []:
            bin_path = info_path.with_suffix(".bin")
            if bin_path.exists():
                self.seen[info_path.stem] = (bin_path.stat().st_size, bin_path)


def replay(target: Target, data: bytes) -> Outcome:
    """Run a reproducer again (timed as the best of three when it is slow)."""
    outcome = execute(target, data)
    if outcome.kind == "slow":
        best = confirm_slow(target, data)
        if best <= SLOW_S:
            return Outcome("ok", best, outcome.label)
        return Outcome("slow", best, outcome.label)
    return outcome


def describe(outcome: Outcome) -> str:
    if outcome.kind == "ok":
        return f"ok ({outcome.label or 'answered'}) in {outcome.seconds * 1000:.1f} ms"
    if outcome.kind in ("slow", "hang"):
        return f"{outcome.kind.upper()}: {outcome.seconds * 1000:.0f} ms {outcome.error}".rstrip()
    if outcome.kind == "memory":
        return f"MEMORY: peak grew by {outcome.grew_bytes / 2**20:.0f} MB"
    return f"CRASH: {outcome.error} at {outcome.where}"
