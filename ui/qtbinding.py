"""A guard against a fault of the Qt binding, applied once by ``ui/__init__.py`` before any screen exists.

shiboken6 6.12 turns a C++ null pointer into ``None`` without taking a reference to it
(``QApplication.focusWidget()`` with nothing focused, ``QListWidget.item()`` past the end, ``parentWidget()`` of a
window…). Under Python 3.11 each such call leaves ``None`` one reference short; after some tens of thousands of them
its count reaches zero and the interpreter aborts ("none_dealloc: deallocating None"): a kiosk that has been
touched for a day stops, and so does the test suite at its exit. Python 3.12 makes ``None`` immortal; here its count
is raised once so far that no number of such calls in a process's life can bring it to zero.
"""

from __future__ import annotations

import ctypes
import sys

#: far more references than a process can lose, and far from the top of a Py_ssize_t
_SPARE = 1 << 60


def keep_none_alive() -> None:
    """Give ``None`` references to spare (once; nothing to do from Python 3.12 on)."""
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every object
    if count.value < _SPARE:
        count.value += _SPARE
