"""Structured logs: one JSON object a line on stderr (journald picks it up under systemd).

The bottom of the import graph: every layer (``hardware``, ``offline_queue``, ``kiosk``, ``ui``, the application)
logs through :func:`event`, and this package imports nothing of theirs.

Privacy rule (Japan Library Association standard, DESIGN.md): a log line never carries a PIN, a certificate serial,
a patron number, an item identifier or a title. Log *events and reason codes*, plus the random per-session id from
:func:`new_session_id`. :class:`JsonFormatter` also refuses to print the values of fields whose names say they are
identities, as a second line of defence.
"""

from __future__ import annotations

import atexit
import contextvars
import json
import logging
import logging.handlers
import queue
import secrets
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

_session: contextvars.ContextVar[str | None] = contextvars.ContextVar("kiosk_session", default=None)

#: field names whose values are never written, whatever the caller passes
_FORBIDDEN = {"pin", "serial", "patron", "patron_number", "item", "item_id", "title", "my_number", "name", "password"}


def new_session_id() -> str:
    """A fresh random id for one patron session; it links log lines, never a person."""
    sid = secrets.token_hex(6)
    _session.set(sid)
    return sid


def end_session() -> None:
    _session.set(None)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        obj: dict[str, Any] = {
            "ts": round(record.created, 3),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
        }
        sid = _session.get()
        if sid:
            obj["session"] = sid
        fields = getattr(record, "fields", None)
        if fields:
            for k, v in fields.items():
                obj[k] = "[withheld]" if k.lower() in _FORBIDDEN else v
        if record.exc_info and record.exc_info[0] is not None:
            # the type only: exception texts may quote data
            obj["exception"] = record.exc_info[0].__name__
        return json.dumps(obj, ensure_ascii=False, default=str)


def setup(level: str = "INFO", stream: Any = None) -> None:
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_kiosk", False):
            root.removeHandler(h)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler._kiosk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level.upper())


class _Preformatted(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return record.getMessage()


def write_in_background() -> logging.handlers.QueueListener | None:
    """Write log lines from a thread (the kiosk's GUI): a line is still formatted where it is logged (so it keeps the
    session id and the privacy rules), but writing it, which blocks when journald or a disk is slow, happens in a
    ``logging.handlers.QueueListener`` thread. Lines logged before exit are flushed at exit."""
    root = logging.getLogger()
    targets = [h for h in root.handlers if getattr(h, "_kiosk", False) and not getattr(h, "_queued", False)]
    if not targets:
        return None
    q: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    front = logging.handlers.QueueHandler(q)
    front.setFormatter(JsonFormatter())
    front._kiosk = True  # type: ignore[attr-defined]
    front._queued = True  # type: ignore[attr-defined]
    for h in targets:
        root.removeHandler(h)
        h.setFormatter(_Preformatted())
    listener = logging.handlers.QueueListener(q, *targets)
    listener.start()
    root.addHandler(front)
    atexit.register(lambda: listener._thread is not None and listener.stop())
    return listener


def event(logger: logging.Logger, name: str, level: int = logging.INFO, **fields: Any) -> None:
    """Log an event with structured fields: ``event(log, "card.verify", result="wrong_pin", tries_left=2)``."""
    logger.log(level, name, extra={"fields": fields})


class Repeats:
    """A warning that comes again and again while one condition lasts (a link down and polled every few seconds, a
    device gone) is logged when it starts or its key changes, then at most once every ``every_s`` seconds with the
    number held back since (``repeats``); the ones held back go out at DEBUG. :meth:`clear` when the condition
    ended: the next occurrence is logged at once again. Thread-safe."""

    def __init__(self, every_s: float = 300.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.every_s = every_s
        self.clock = clock
        self._lock = threading.Lock()
        self._key: object = None
        self._logged_at: float | None = None
        self._held = 0

    def event(self, logger: logging.Logger, name: str, level: int, key: object, **fields: Any) -> bool:
        """Log ``name`` at ``level`` unless it repeats ``key`` within ``every_s``; True when it was logged so."""
        now = self.clock()
        with self._lock:
            fresh = self._logged_at is None or key != self._key or now - self._logged_at >= self.every_s
            if fresh:
                held, self._held = self._held, 0
                self._key, self._logged_at = key, now
            else:
                self._held += 1
        if fresh:
            event(logger, name, level, **fields, **({"repeats": held} if held else {}))
        else:
            event(logger, name, logging.DEBUG, **fields)
        return fresh

    def clear(self) -> None:
        with self._lock:
            self._key, self._logged_at, self._held = None, None, 0


class Timer:
    """``with Timer() as t: ...; t.ms``"""

    def __enter__(self) -> Timer:
        self._t0 = time.perf_counter()
        self.ms = 0.0
        return self

    def __exit__(self, *exc: object) -> None:
        self.ms = (time.perf_counter() - self._t0) * 1000
