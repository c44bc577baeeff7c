"""What a process's memory is made of, sampled cheaply enough to take every few dozen sessions of a soak: RSS split
into anonymous and file-backed pages, glibc malloc's heap (in use, free, per arena), CPython's own object allocator
(pymalloc arenas), the Python heap traced by :mod:`tracemalloc` when it runs, threads (Python's and the kernel's),
file descriptors, and objects the garbage collector tracks, by type.

Used by ``bench/soak.py``; Linux and glibc only (a figure that cannot be read is 0).

:func:`slope` fits a straight line (least squares) through a figure over sessions: the growth per 1,000 sessions.
"""

from __future__ import annotations

import ctypes
import gc
import os
import re
import sys
import tempfile
import threading
import tracemalloc
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields

_libc = ctypes.CDLL(None)


class _Mallinfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()
    ]


try:
    _mallinfo2 = _libc.mallinfo2
    _mallinfo2.restype = _Mallinfo2
    _malloc_info = _libc.malloc_info
    _malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
    _open_memstream = _libc.open_memstream
    _open_memstream.restype = ctypes.c_void_p
    _open_memstream.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_size_t)]
    _fclose = _libc.fclose
    _fclose.argtypes = [ctypes.c_void_p]
    _free = _libc.free
    _free.argtypes = [ctypes.c_void_p]
except AttributeError:  # not glibc (or older than 2.33)
    _mallinfo2 = None


@dataclass(frozen=True)
class Sample:
    sessions: int
    seconds: float
    #: resident set size, and its anonymous (heap, stacks, pymalloc) and file-backed (libraries, mapped files) parts
    rss: int
    anon: int
    file: int
    #: glibc malloc: bytes handed out (small chunks and mmapped big ones), free bytes it keeps, and what it holds
    #: from the system (arenas' heaps plus mmapped chunks)
    malloc_used: int
    malloc_free: int
    malloc_system: int
    malloc_arenas: int
    #: CPython's object allocator: arenas of 1 MiB it holds (mmapped itself, outside malloc), and the bytes of
    #: the blocks in use in them (Python objects of up to 512 bytes)
    pymalloc_arenas: int
    pymalloc_used: int
    #: bytes traced by tracemalloc (the whole Python heap: pymalloc's blocks and what Python asked of malloc), and
    #: what tracemalloc itself holds in malloc for its traces (0 when it is not tracing)
    py_traced: int
    tracemalloc_own: int
    threads: int
    tasks: int
    fds: int
    gc_objects: int

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]


def take(sessions: int, seconds: float, *, objects: bool = True) -> Sample:
    """One sample of the calling process (``objects``: count what the garbage collector tracks, a few ms)."""
    rollup = _smaps_rollup()
    used, free, system, arenas = _malloc()
    py_arenas, py_used = pymalloc()
    tracing = tracemalloc.is_tracing()
    return Sample(
        sessions=sessions,
        seconds=seconds,
        rss=rollup.get("Rss", 0),
        anon=rollup.get("Anonymous", 0),
        file=rollup.get("Rss", 0) - rollup.get("Anonymous", 0),
        malloc_used=used,
        malloc_free=free,
        malloc_system=system,
        malloc_arenas=arenas,
        pymalloc_arenas=py_arenas,
        pymalloc_used=py_used,
        py_traced=tracemalloc.get_traced_memory()[0] if tracing else 0,
        tracemalloc_own=tracemalloc.get_tracemalloc_memory() if tracing else 0,
        threads=threading.active_count(),
        tasks=len(os.listdir("/proc/self/task")),
        fds=len(os.listdir("/proc/self/fd")),
        gc_objects=len(gc.get_objects()) if objects else 0,
    )


def _smaps_rollup() -> dict[str, int]:
    out = {}
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as f:
            for line in f:
                m = re.match(r"(\w+):\s+(\d+) kB", line)
                if m:
                    out[m.group(1)] = int(m.group(2)) * 1024
    except OSError:
        pass
    return out


def _malloc() -> tuple[int, int, int, int]:
    if _mallinfo2 is None:
        return 0, 0, 0, 0
    mi = _mallinfo2()
    return mi.uordblks + mi.hblkhd, mi.fordblks, mi.arena + mi.hblkhd, len(malloc_arenas())


def malloc_arenas() -> list[tuple[int, int, int]]:
    """glibc's arenas as ``malloc_info`` reports them: (number, bytes held from the system, free bytes in it)."""
    if _mallinfo2 is None:
        return []
    buf, size = ctypes.c_void_p(), ctypes.c_size_t()
    stream = _open_memstream(ctypes.byref(buf), ctypes.byref(size))
    if not stream:
        return []
    try:
        _malloc_info(0, stream)
    finally:
        _fclose(stream)
    try:
        xml = ctypes.string_at(buf, size.value).decode("ascii", "replace")
    finally:
        _free(buf)
    out = []
    for m in re.finditer(r'<heap nr="(\d+)">(.*?)</heap>', xml, re.S):
        body = m.group(2)
        current = re.search(r'<system type="current" size="(\d+)"/>', body)
        free = sum(int(x) for x in re.findall(r'<total type="(?:fast|rest)" count="\d+" size="(\d+)"/>', body))
        out.append((int(m.group(1)), int(current.group(1)) if current else 0, free))
    return out


def pymalloc() -> tuple[int, int]:
    """CPython's small-object allocator now: (arenas it holds, bytes of its blocks in use), from
    ``sys._debugmallocstats``, which writes to the C stderr: caught through a file on descriptor 2 for the moment."""
    if not hasattr(sys, "_debugmallocstats"):
        return 0, 0
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with tempfile.TemporaryFile() as tmp:
            os.dup2(tmp.fileno(), 2)
            try:
                sys._debugmallocstats()  # noqa: SLF001 - CPython's own report, the only place it says this
            finally:
                os.dup2(saved, 2)
            tmp.seek(0)
            text = tmp.read().decode("ascii", "replace")
    finally:
        os.close(saved)
    arenas = re.search(r"# arenas allocated current\s*=\s*([\d,]+)", text)
    used = re.search(r"# bytes in allocated blocks\s*=\s*([\d,]+)", text)
    return tuple(int(m.group(1).replace(",", "")) if m else 0 for m in (arenas, used))  # type: ignore[return-value]


def mappings() -> Counter[str]:
    """Resident bytes by mapping (``/proc/self/smaps``): a file's path, ``[heap]``, ``[stack]``, or ``[anon]`` for
    anonymous mappings (malloc's thread arenas and big chunks, pymalloc's arenas, thread stacks)."""
    out: Counter[str] = Counter()
    name = "[anon]"
    try:
        with open("/proc/self/smaps", encoding="utf-8", errors="replace") as f:
            for line in f:
                head = re.match(r"[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$", line)
                if head:
                    name = head.group(1).strip() or "[anon]"
                elif line.startswith("Rss:"):
                    out[name] += int(line.split()[1]) * 1024
    except OSError:
        pass
    return out


def object_counts() -> Counter[str]:
    """Objects the garbage collector tracks, by type name (after a collection)."""
    gc.collect()
    return Counter(type(o).__qualname__ for o in gc.get_objects())


def slope(samples: Sequence[Sample], figure: str) -> float:
    """Least-squares growth of ``figure`` per 1,000 sessions over ``samples`` (the caller leaves out the warm-up):
    every sample counts, so one that happened to fall in a link cut or a burst of work weighs little, where an
    end-minus-start figure would be that sample's alone."""
    points = [(s.sessions, getattr(s, figure)) for s in samples]
    if len(points) < 3:
        return 0.0
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    var = sum((x - mx) ** 2 for x, _ in points)
    return 1000 * sum((x - mx) * (y - my) for x, y in points) / var if var else 0.0
