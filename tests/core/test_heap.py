"""Memory given back between patron sessions (kiosk.heap): the pages malloc keeps free after a worker thread's work
go back to the system (the real glibc malloc of this process, through ctypes; no mock)."""

from __future__ import annotations

import ctypes
import gc
import threading

import pytest

from kiosk import heap

libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]

pytestmark = pytest.mark.skipif(heap._trim is None, reason="not glibc: there is no malloc_trim")  # noqa: SLF001


def resident_anonymous() -> int:
    with open("/proc/self/smaps_rollup", encoding="ascii") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("Anonymous:"))


def test_what_a_worker_thread_freed_goes_back_to_the_system():
    # a session's work on a worker thread: many small blocks, written, then freed but for the last one (which keeps
    # the arena's top where it is, as the next session's allocations do): malloc keeps the freed pages resident
    kept = []

    def session_work() -> None:
        blocks = [libc.malloc(1000) for _ in range(40_000)]
        for b in blocks:
            ctypes.memset(b, 1, 1000)
        for b in blocks[:-1]:
            libc.free(b)
        kept.append(blocks[-1])

    worker = threading.Thread(target=session_work)
    worker.start()
    worker.join()
    before = resident_anonymous()
    assert heap.give_back()
    given = before - resident_anonymous()
    libc.free(kept[0])
    assert given > 20 * 2**20  # of about 40 MB freed


def test_between_sessions_collects_what_a_session_left_in_cycles():
    class Line:
        pass

    a, b = Line(), Line()
    a.other, b.other = b, a  # a cycle, as a session's objects may leave
    gc.disable()
    try:
        del a, b
        before = sum(isinstance(o, Line) for o in gc.get_objects())
        ms = heap.between_sessions()
        after = sum(isinstance(o, Line) for o in gc.get_objects())
    finally:
        gc.enable()
    assert (before, after) == (2, 0)
    assert ms >= 0
