"""What the kiosk gives back between patron sessions, so that a process that runs for months does not creep up.

The owner's loop (the window in :mod:`ui.main_window`, :class:`kiosk_app.headless.HeadlessKiosk`) calls
:func:`between_sessions` on the idle screen, a moment after a patron session has ended:

- **a full collection** (when the owner asks for one): unreachable cycles of the session, and what they held of the
  patron, go now rather than in a collection Python starts on its own during the next patron's session;
- **malloc's free pages back to the system** (glibc's ``malloc_trim(0)``, about a millisecond). A session's work
  on the worker threads (the card's certificate and signature, the revocation check, SQLite, the SIP2 conversation)
  frees most of what it allocated, but glibc keeps the freed pages in the arena of the thread that used them, and
  with every thread of its own arena that free memory is scattered over many arenas, resident and never reused by
  the others: the resident memory of a long-lived process creeps up while the memory in use does not
  (``bench/soak.py`` measures both). kiosk.service also limits malloc to two arenas (``MALLOC_ARENA_MAX=2``).

Not glibc (another C library, or none found): the trim is skipped.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import time


def _malloc_trim() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None)
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_trim = _malloc_trim()


def give_back() -> bool:
    """Give malloc's free pages back to the system; True when some were (False: none, or not glibc)."""
    return bool(_trim(0)) if _trim is not None else False


def between_sessions(*, collect: bool = True, trim: bool = True) -> float:
    """A full collection (``collect``), then malloc's free pages given back (``trim``; a bench leaves it out to
    measure what it gives); returns the milliseconds it took."""
    t0 = time.perf_counter()
    if collect:
        gc.collect()
    if trim:
        give_back()
    return (time.perf_counter() - t0) * 1000
