"""Finding out why the event loop stalled: a heartbeat on the GUI thread and a watchdog thread that samples the GUI
thread's Python stack (``sys._current_frames()``) while the heartbeat is late.

For each stall longer than the threshold it keeps: how long it was; how that time split between the GUI thread
running on a CPU, waiting for a CPU (the OS scheduler: a busy machine), and neither (sleeping, waiting for the GIL
held by another thread, or blocked on I/O), read from ``/proc/self/task/<tid>/schedstat`` where Linux provides it;
the Python garbage collector's pauses on the GUI thread during it; and which GUI-thread stacks the watchdog saw.
Code locations only: nothing a patron typed or showed is ever recorded.

Used by ``bench/ui_latency.py``; cheap enough to leave on in a diagnostic run of the kiosk.
"""

from __future__ import annotations

import gc
import os
import struct
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer

Stack = tuple[str, ...]


def _schedstat(tid: int) -> tuple[int, int] | None:
    """(ns on a CPU, ns runnable but waiting for a CPU) of one thread, or None where Linux does not say."""
    try:
        run, wait, _ = Path(f"/proc/self/task/{tid}/schedstat").read_text().split()
        return int(run), int(wait)
    except (OSError, ValueError):
        return None


#: clock ticks per second of /proc/stat (USER_HZ)
_HZ = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _steal_ms(fd: int) -> float | None:
    """Milliseconds of CPU time the hypervisor has taken from this virtual machine since boot, summed over its
    CPUs (the "steal" column of ``/proc/stat``; 0 on bare metal), or None where Linux does not say. A task whose
    virtual CPU the host does not run is neither on a CPU nor waiting for one in the guest's accounting, so
    without this a pause of the whole machine looks like the GUI thread being blocked."""
    try:
        line = os.pread(fd, 256, 0).split(b"\n", 1)[0].split()
        return int(line[8]) * 1000 / _HZ if line[0] == b"cpu" and len(line) > 8 else None
    except (OSError, ValueError, IndexError):
        return None


def format_stack(frame, depth: int = 12) -> Stack:  # type: ignore[no-untyped-def]
    """The innermost ``depth`` frames as ``module.py:line function``, outermost first."""
    out: list[str] = []
    while frame is not None and len(out) < depth:
        code = frame.f_code
        out.append(f"{_short(code.co_filename)}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return tuple(reversed(out))


def _short(path: str) -> str:
    parts = Path(path).parts
    for anchor in ("ui", "kiosk", "hardware", "offline_queue", "bench", "site-packages"):
        if anchor in parts:
            i = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[i + (anchor == "site-packages") :])
    return "/".join(parts[-2:])


@dataclass
class Stall:
    ms: float
    #: perf_counter() of the last heartbeat before the stall
    at: float
    #: milliseconds the GUI thread spent on a CPU / runnable but waiting for one (None: not measurable here)
    cpu_ms: float | None = None
    runq_ms: float | None = None
    #: the garbage collector's pauses on the GUI thread inside the stall
    gc_ms: float = 0.0
    #: CPU time the hypervisor took from the machine during the stall, all CPUs summed (None: not measurable)
    steal_ms: float | None = None
    samples: Counter[Stack] = field(default_factory=Counter)
    #: what the bench said it was doing (a step name), if it said
    step: str = ""
    #: wall-clock time (time.time()) when it ended, to line it up with the system's own records
    ended: float = 0.0

    @property
    def other_ms(self) -> float | None:
        if self.cpu_ms is None or self.runq_ms is None:
            return None
        return max(0.0, self.ms - self.cpu_ms - self.runq_ms)

    def where(self, frames: int = 4) -> list[str]:
        """The most-sampled stacks, innermost ``frames`` frames of each, with how often each was seen."""
        out = []
        for stack, n in self.samples.most_common(2):
            out.append(f"{n}× " + " ← ".join(reversed(stack[-frames:])))
        return out

    def describe(self) -> str:
        parts = [f"{self.ms:6.1f} ms"]
        if self.cpu_ms is not None:
            parts.append(f"on CPU {self.cpu_ms:.1f}, waiting for a CPU {self.runq_ms:.1f}, other {self.other_ms:.1f}")
        if self.gc_ms:
            parts.append(f"gc {self.gc_ms:.1f}")
        if self.steal_ms:
            parts.append(f"taken by the hypervisor {self.steal_ms:.0f} (all CPUs)")
        if self.step:
            parts.append(f"during {self.step}")
        if self.ended:
            parts.append("ended " + time.strftime("%H:%M:%S", time.localtime(self.ended)))
        return "; ".join(parts)


class StallWatch(QObject):
    """Start on the GUI thread; :attr:`stalls` holds every late heartbeat over ``threshold_ms``."""

    def __init__(
        self, threshold_ms: float = 15.0, interval_ms: int = 5, sample_ms: float = 2.0, heartbeat: Path | None = None
    ) -> None:
        super().__init__()
        #: a file the GUI thread writes its last beat into (CLOCK_MONOTONIC, 8 bytes) for bench/stallcatch.py
        self.heartbeat = heartbeat
        self._beat_fd = -1
        self.threshold = threshold_ms / 1000
        self.interval = interval_ms / 1000
        self.sample_s = sample_ms / 1000
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)
        self.stalls: list[Stall] = []
        self.worst_ms = 0.0
        self.step = ""
        self._last = 0.0
        self._sched: tuple[int, int] | None = None
        self._lock = threading.Lock()
        self._pending: Counter[Stack] = Counter()
        self._gc_ms = 0.0
        self._gc_t0 = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._gui_ident = 0
        self._gui_tid = 0
        self._stat_fd = -1
        self._steal: float | None = None

    # ------------------------------------------------------------------ GUI thread

    def start(self) -> None:
        self._gui_ident = threading.get_ident()
        self._gui_tid = threading.get_native_id()
        self.stalls, self.worst_ms = [], 0.0
        self._last = time.perf_counter()
        self._sched = _schedstat(self._gui_tid)
        if self._stat_fd < 0:
            try:
                self._stat_fd = os.open("/proc/stat", os.O_RDONLY)
            except OSError:
                self._stat_fd = -1
        self._steal = _steal_ms(self._stat_fd) if self._stat_fd >= 0 else None
        gc.callbacks.append(self._on_gc)
        self._stop.clear()
        self._thread = threading.Thread(target=self._watch, name="stallwatch", daemon=True)
        self._thread.start()
        if self.heartbeat is not None and self._beat_fd < 0:
            self._beat_fd = os.open(self.heartbeat, os.O_RDWR | os.O_CREAT, 0o600)
        self._last = time.perf_counter()  # starting the watchdog thread is not the event loop's stall
        self._write_beat(time.monotonic())
        self.timer.start()

    def stop(self) -> list[Stall]:
        self.timer.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2)
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)
        self._write_beat(0.0)  # 0: not watching (an outside catcher ignores it)
        return self.stalls

    def _write_beat(self, t: float) -> None:
        if self._beat_fd >= 0:
            os.pwrite(self._beat_fd, struct.pack("<d", t), 0)

    def _beat(self) -> None:
        now = time.perf_counter()
        late = now - self._last - self.interval
        sched = _schedstat(self._gui_tid)
        steal = _steal_ms(self._stat_fd) if self._stat_fd >= 0 else None
        if late > self.threshold:
            with self._lock:
                samples, self._pending = self._pending, Counter()
                gc_ms, self._gc_ms = self._gc_ms, 0.0
            stall = Stall(late * 1000, self._last, gc_ms=gc_ms, samples=samples, step=self.step, ended=time.time())
            if sched is not None and self._sched is not None:
                stall.cpu_ms = (sched[0] - self._sched[0]) / 1e6
                stall.runq_ms = (sched[1] - self._sched[1]) / 1e6
            if steal is not None and self._steal is not None:
                stall.steal_ms = steal - self._steal
            self.stalls.append(stall)
        else:
            with self._lock:
                self._pending.clear()
                self._gc_ms = 0.0
        self.worst_ms = max(self.worst_ms, late * 1000)
        self._last = now
        self._write_beat(time.monotonic())
        self._sched = sched

    def _on_gc(self, phase: str, info: dict) -> None:  # type: ignore[type-arg]
        if threading.get_ident() != self._gui_ident:
            return
        if phase == "start":
            self._gc_t0 = time.perf_counter()
        else:
            with self._lock:
                self._gc_ms += (time.perf_counter() - self._gc_t0) * 1000

    # ------------------------------------------------------------------ watchdog thread

    def _watch(self) -> None:
        while not self._stop.wait(self.sample_s):
            if time.perf_counter() - self._last - self.interval < self.threshold / 2:
                continue
            frame = sys._current_frames().get(self._gui_ident)
            if frame is None:
                continue
            stack = format_stack(frame)
            del frame
            with self._lock:
                self._pending[stack] += 1


def report(stalls: list[Stall], top: int = 8) -> list[str]:
    """Lines for the longest ``top`` stalls, longest first."""
    lines = []
    for st in sorted(stalls, key=lambda x: -x.ms)[:top]:
        lines.append("  " + st.describe())
        if st.where():
            lines += [f"      {w}" for w in st.where()]
        elif (st.other_ms or 0) > st.ms / 2:
            lines.append("      (no sample: the GUI thread was blocked and the watchdog got no turn either: another thread"
                         " held the GIL, or a lock or page fault held both)")  # fmt: skip
        else:
            lines.append("      (no sample: too short for the watchdog, or it was waiting for a CPU too)")
    return lines


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
