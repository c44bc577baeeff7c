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
from typing import Any, Protocol

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


class _QueuedOrDirect(JsonFormatter):
    """The writing handler's formatter under :func:`write_in_background`: a line queued there was formatted where it
    was logged, and is written as it is; a line logged directly (once the writer stopped) is formatted here."""

    def format(self, record: logging.LogRecord) -> str:
        if getattr(record, "kiosk_formatted", False):
            return record.getMessage()
        return super().format(record)


class _FormattingQueueHandler(logging.handlers.QueueHandler):
    def prepare(self, record: logging.LogRecord) -> logging.LogRecord:
        record = super().prepare(record)
        record.kiosk_formatted = True
        return record


class StartedThread(Protocol):
    """What a :data:`ThreadStarter` gives back: :meth:`stop` ends the thread for good (its body is asked to stop,
    with the ``stop`` it was started with, and is not started again)."""

    def stop(self) -> None: ...


#: how a part that runs a thread of its own (the log writer, SIP2's keep-alive) lets the kiosk's supervisor start
#: it: ``start(name, body, stop)`` (:meth:`kiosk.supervisor.Supervisor.starter`; here, at the bottom of the graph)
ThreadStarter = Callable[[str, Callable[[], None], Callable[[], None]], StartedThread]
#: put in the writer's queue by :meth:`BackgroundWriter.stop`: the thread returns once it reaches it
_STOP = object()


class BackgroundWriter:
    """The thread that writes the log lines :func:`write_in_background` queues (formatted where they were logged).

    Its body, :meth:`run`, loops until :meth:`stop`. Run by the kiosk's supervisor (``start`` given to
    :func:`write_in_background`), a body that died is started again and carries on with the lines queued meanwhile;
    without one it runs in a thread of its own. Once stopped, lines are written directly again, where they are logged.
    """

    def __init__(self, root: logging.Logger, front: logging.Handler, targets: list[logging.Handler]) -> None:
        self._root = root
        self._front = front
        self._targets = targets
        self._queue: queue.SimpleQueue[Any] = front.queue  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None
        self._stopped = False

    def start_own_thread(self) -> None:
        self._thread = threading.Thread(target=self.run, name="log-writer", daemon=True)
        self._thread.start()

    def run(self) -> None:
        """Write queued lines until the stop mark (the supervised body)."""
        while (record := self._queue.get()) is not _STOP:
            self._write(record)

    def _write(self, record: logging.LogRecord) -> None:
        for h in self._targets:
            if record.levelno >= h.level:
                h.handle(record)

    def stop(self) -> None:
        """From now on lines are written where they are logged; the thread returns once it wrote what was queued
        before (its own thread is waited for: a supervisor waits for the thread it runs)."""
        if not self._stopped:
            self._stopped = True
            for h in self._targets:
                self._root.addHandler(h)
            self._root.removeHandler(self._front)
            self._queue.put(_STOP)
        t, self._thread = self._thread, None
        if t is not None and t is not threading.current_thread():
            t.join(5)

    def flush_at_exit(self) -> None:
        """Stop, then write what a thread that no longer runs left in the queue (lines logged just before exit)."""
        self.stop()
        while True:
            try:
                record = self._queue.get_nowait()
            except queue.Empty:
                return
            if record is not _STOP:
                self._write(record)


def write_in_background(start: ThreadStarter | None = None) -> BackgroundWriter | None:
    """Write log lines from a thread (the kiosk's GUI): a line is still formatted where it is logged (so it keeps the
    session id and the privacy rules), but writing it, which blocks when journald or a disk is slow, happens in the
    :class:`BackgroundWriter`'s thread: started by ``start("log-writer", body, stop)`` (the kiosk's supervisor, which
    reports a writer that died and starts it again) or, without, a thread of its own. Lines logged before exit are
    flushed at exit. None when there is nothing to write to (:func:`setup` was not called)."""
    root = logging.getLogger()
    targets = [h for h in root.handlers if getattr(h, "_kiosk", False) and not getattr(h, "_queued", False)]
    if not targets:
        return None
    q: queue.SimpleQueue[Any] = queue.SimpleQueue()
    front = _FormattingQueueHandler(q)
    front.setFormatter(JsonFormatter())
    front._kiosk = True  # type: ignore[attr-defined]
    front._queued = True  # type: ignore[attr-defined]
    writer = BackgroundWriter(root, front, targets)
    root.addHandler(front)  # before the direct ones go: a line logged meanwhile may be written twice, never lost
    for h in targets:
        h.setFormatter(_QueuedOrDirect())
        root.removeHandler(h)
    if start is None:
        writer.start_own_thread()
    else:
        start("log-writer", writer.run, writer.stop)
    atexit.register(writer.flush_at_exit)
    return writer


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
