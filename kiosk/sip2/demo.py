"""The demo library system: a real SIP2 server (TCP on 127.0.0.1) with the patrons and items of
:mod:`kiosk.sip2.demo_data`, loan rules, and fault injection for tests.

>>> lib = DemoLibrary()          # in memory; DemoLibrary(db_path="ils.sqlite") keeps state across restarts
>>> port = lib.start()           # an ephemeral port on 127.0.0.1
>>> lib.inject("lose_reply", command="11")   # the next checkout is committed, then the connection is cut
>>> lib.inject("drop", command="17", about="T0000014", count=99)  # never answers 17 for that item
>>> lib.restart()                # same port, open connections are cut
>>> lib.delay_s = 0.05           # every request takes 50 ms to answer (a library system across the network)
>>> lib.stop()

Quirks of real servers, to hold the kiosk to "liberal in what it accepts" (faults above, settings below):
``DemoLibrary(resend_seq=0)`` repeats its last reply after a 97 under AY0 instead of the original sequence number;
``DemoLibrary(error_detection=False)`` sends replies without AY/AZ; ``DemoLibrary(timeout_period="000")`` sends
98 with online Y and timeout 000 (Koha without a timeout policy); ``inject("bloat", size=...)`` pads a reply with a
private field made of a run of ``|`` (oversize above the frame limit).

Loan rules: loan limit 10, 14-day loan period, blocked and expired patrons refused, an item on hold for someone
else refused, reference items refused, an item already lent to the same patron is renewed only when the SC
renewal policy is Y (otherwise refused with "already lent to you"). A no-block checkout (offline replay) ignores
patron blocks, limits and holds and keeps the given due date, but still refuses an item lent to someone else.
Renewals: at most 2 per loan, refused for a reserved item and for a patron whose renewals are denied. Returns
(09): an item reserved by someone goes to its hold (alert, CV 01 here or 02 at another branch, CT where, CL
"HOLD"), an item of another branch goes there (alert, CV 04, CT the branch), magnetic media is flagged. Holds
on the shelf answer 17 with where they wait (AP) and until when (CM).
The server accepts CR and CRLF, and blank (18-space) no-block due dates.
"""

from __future__ import annotations

import logging
import socket
import socketserver
import sqlite3
import ssl
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import eventlog
import safefile
from kiosk.sip2 import codec, demo_data
from kiosk.sip2.codec import Message, format_datetime, make, parse_datetime
from kiosk.sip2.protocol import AutoReply, Request, ServerProtocol

logger = logging.getLogger("kiosk.sip2.demo")

FAULT_KINDS = ("drop", "delay", "lose_reply", "garble", "status", "resend", "bloat", "field")
SUPPORTED = "YYYNYNYYYNYNNNYN"  # BX: patron status, checkout, checkin, -, status, resend, login, patron info, end...
MAX_RENEWALS = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS loans (item TEXT PRIMARY KEY, patron TEXT NOT NULL, due TEXT NOT NULL,
                                  renewals INTEGER NOT NULL DEFAULT 0, txn_time TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS holds (item TEXT PRIMARY KEY, patron TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS circ_log (id INTEGER PRIMARY KEY AUTOINCREMENT, op TEXT NOT NULL, patron TEXT,
                                     item TEXT, ok INTEGER NOT NULL, no_block INTEGER NOT NULL, due TEXT,
                                     txn_time TEXT, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
"""


@dataclass
class Fault:
    kind: str
    command: str | None = None
    count: int = 1
    seconds: float = 0.0
    #: only requests naming this item (AB) or patron (AA)
    about: str | None = None
    #: bloat: the size of the padded reply in bytes
    size: int = 0
    #: field: an ID'd field (ID, value) the reply carries instead of its own
    field: tuple[str, str] | None = None

    def applies(self, msg: Message) -> bool:
        if self.command is not None and self.command != msg.code:
            return False
        if self.command is None and msg.code == "93":
            return False
        return self.about is None or self.about in (msg.get("AB"), msg.get("AA"))


def with_field(reply: Message, fid: str, value: str) -> Message:
    """``reply`` with the ID'd field ``fid`` set to ``value`` (replacing every occurrence, or added)."""
    fields = [(k, v) for k, v in (*reply.fields, *reply.unknown) if k != fid]
    return make(reply.code, [*fields, (fid, value)], reply.seq, **reply.fixed)


def bloated(reply: bytes, size: int, terminator: bytes) -> bytes:
    """``reply`` padded to about ``size`` bytes with a private field ``ZZ`` whose value is a run of ``|`` then
    ``x``: valid SIP2 (a ``|`` not followed by an ID belongs to the value), and the worst case for a parser that
    backtracks over runs of ``|``. The AY/AZ trailer is written again over the new bytes."""
    body = reply[: -len(terminator)] if terminator and reply.endswith(terminator) else reply
    trailer = b""
    if body[-6:-4] == b"AZ":
        body = body[:-6]
        if body[-3:-1] == b"AY":
            body, trailer = body[:-3], body[-3:]
        trailer += b"AZ"
    pad = max(size - len(body) - len(trailer) - 10, 0)
    body += b"ZZ" + b"|" * pad + b"x|"
    if trailer:
        body += trailer
        body += codec.checksum(body).encode("ascii")
    return body + terminator


@dataclass(frozen=True)
class LoanRecord:
    item: str
    patron: str
    due: datetime
    renewals: int
    txn_time: str


class LibraryState:
    """The library's data and rules, in SQLite (a file, or memory). Thread-safe."""

    def __init__(self, db_path: str | Path | None = None, now: object = None, extra_items: int = 0) -> None:
        #: the catalogue: the demo items plus ``extra_items`` generated ones "C0000001".. (for load and crash tests)
        self.items: dict[str, demo_data.DemoItem] = dict(demo_data.ITEMS)
        for n in range(1, extra_items + 1):
            self.items[f"C{n:07d}"] = demo_data.DemoItem(f"C{n:07d}", f"検証用資料 {n}", "図書館")
        self._lock = threading.RLock()
        if db_path:
            safefile.create_private(db_path)  # patrons and loans: owner only (SQLite's -wal and -shm follow it)
        self._db = sqlite3.connect(str(db_path) if db_path else ":memory:", check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL" if db_path else "PRAGMA journal_mode=MEMORY")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        self._now = now if callable(now) else datetime.now
        with self._db:
            if self._db.execute("SELECT v FROM meta WHERE k='seeded'").fetchone() is None:
                start = self.now()
                for item, patron in demo_data.INITIAL_LOANS.items():
                    due = start + timedelta(days=demo_data.LOAN_PERIOD_DAYS - 3)
                    self._db.execute(
                        "INSERT INTO loans VALUES (?,?,?,0,?)", (item, patron, due.isoformat(), format_datetime(start))
                    )
                for item, patron in demo_data.HOLDS_READY.items():
                    self._db.execute("INSERT INTO holds VALUES (?,?)", (item, patron))
                self._db.execute("INSERT INTO meta VALUES ('seeded','1')")
            if self._db.execute("SELECT v FROM meta WHERE k='seeded_services'").fetchone() is None:
                # the patron services' loans (issue 16), also added to a demo library kept from before them
                start = self.now()
                for item, days in demo_data.SERVICE_LOANS.items():
                    due = (start + timedelta(days=days)).replace(hour=23, minute=59, second=0)
                    self._db.execute("INSERT OR IGNORE INTO loans VALUES (?,?,?,0,?)",
                                     (item, demo_data.PATRON_WITH_HOLDS, due.isoformat(), format_datetime(start)))  # fmt: skip
                self._db.execute("INSERT OR IGNORE INTO holds VALUES (?,?)",
                                 (demo_data.ITEM_RESERVED_LOAN, demo_data.PATRON_OTHER))  # fmt: skip
                self._db.execute("INSERT INTO meta VALUES ('seeded_services','1')")

    def now(self) -> datetime:
        return self._now().replace(microsecond=0)  # type: ignore[operator]

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # queries used by tests and the CLI -------------------------------------------------------------
    def loans(self, patron: str | None = None) -> list[LoanRecord]:
        with self._lock:
            q = "SELECT item, patron, due, renewals, txn_time FROM loans"
            rows = self._db.execute(q + (" WHERE patron=? ORDER BY item" if patron else " ORDER BY item"),
                                    (patron,) if patron else ()).fetchall()  # fmt: skip
        return [LoanRecord(r[0], r[1], datetime.fromisoformat(r[2]), r[3], r[4]) for r in rows]

    def loan(self, item: str) -> LoanRecord | None:
        with self._lock:
            r = self._db.execute("SELECT item, patron, due, renewals, txn_time FROM loans WHERE item=?", (item,))
            row = r.fetchone()
        return LoanRecord(row[0], row[1], datetime.fromisoformat(row[2]), row[3], row[4]) if row else None

    def circ_log(self) -> list[tuple[str, str, str, bool, bool]]:
        """Every executed circulation operation: (op, patron, item, ok, no_block)."""
        with self._lock:
            rows = self._db.execute("SELECT op, patron, item, ok, no_block FROM circ_log ORDER BY id").fetchall()
        return [(r[0], r[1], r[2], bool(r[3]), bool(r[4])) for r in rows]

    def holds_for(self, patron: str) -> list[str]:
        with self._lock:
            rows = self._db.execute("SELECT item FROM holds WHERE patron=? ORDER BY item", (patron,)).fetchall()
        return [r[0] for r in rows]

    def _log(self, op: str, patron: str, item: str, ok: bool, no_block: bool, due: str = "", txn: str = "") -> None:
        self._db.execute(
            "INSERT INTO circ_log (op, patron, item, ok, no_block, due, txn_time, at) VALUES (?,?,?,?,?,?,?,?)",
            (op, patron, item, int(ok), int(no_block), due, txn, time.time()),
        )

    # the rules ------------------------------------------------------------------------------------
    def checkout(
        self, patron: str, item: str, *, password: str = "", no_block: bool = False, renewal_policy: bool = False,
        nb_due: datetime | None = None, txn_time: str = "",
    ) -> tuple[bool, bool, datetime | None, str]:  # fmt: skip
        """-> (ok, renewed, due, screen message)"""
        with self._lock, self._db:
            p = demo_data.PATRONS.get(patron)
            it = self.items.get(item)
            if p is None:
                return self._refuse("checkout", patron, item, no_block, "利用者番号が登録されていません。")
            if it is None:
                return self._refuse("checkout", patron, item, no_block, "この資料は登録されていません。")
            if password and password != p.password:
                return self._refuse("checkout", patron, item, no_block, "パスワードが違います。")
            current = self.loan(item)
            if current is not None and current.patron != patron:
                return self._refuse("checkout", patron, item, no_block, "この資料は他の利用者に貸出中です。")
            if current is not None:
                if not renewal_policy:
                    return self._refuse("checkout", patron, item, no_block, "この資料はすでにあなたに貸出中です。")
                due = self.now() + timedelta(days=demo_data.LOAN_PERIOD_DAYS)
                self._db.execute("UPDATE loans SET due=?, renewals=renewals+1 WHERE item=?", (due.isoformat(), item))
                self._log("renew_by_checkout", patron, item, True, no_block, due.isoformat(), txn_time)
                return True, True, due, "貸出中の資料を更新しました。"
            if not it.for_loan:
                return self._refuse("checkout", patron, item, no_block, "この資料は館内利用のみです。")
            hold = self._db.execute("SELECT patron FROM holds WHERE item=?", (item,)).fetchone()
            if not no_block:
                if p.status[0] == "Y":
                    return self._refuse("checkout", patron, item, no_block, p.message or "貸出できません。")
                if hold is not None and hold[0] != patron:
                    return self._refuse("checkout", patron, item, no_block, "この資料は他の方の予約資料です。")
                n = self._db.execute("SELECT COUNT(*) FROM loans WHERE patron=?", (patron,)).fetchone()[0]
                if n >= demo_data.LOAN_LIMIT:
                    return self._refuse(
                        "checkout", patron, item, no_block,
                        f"貸出上限（{demo_data.LOAN_LIMIT}冊）に達しています。",
                    )  # fmt: skip
            due = nb_due if (no_block and nb_due) else self.now() + timedelta(days=demo_data.LOAN_PERIOD_DAYS)
            if nb_due is None or not no_block:
                due = due.replace(hour=23, minute=59, second=0)
            self._db.execute("INSERT INTO loans VALUES (?,?,?,0,?)", (item, patron, due.isoformat(), txn_time or ""))
            if hold is not None and hold[0] == patron:
                self._db.execute("DELETE FROM holds WHERE item=?", (item,))
            self._log("checkout", patron, item, True, no_block, due.isoformat(), txn_time)
            return True, False, due, ""

    def _refuse(self, op: str, patron: str, item: str, no_block: bool, msg: str) -> tuple[bool, bool, None, str]:
        self._log(op, patron, item, False, no_block)
        return False, False, None, msg

    def _refuse_renew(self, patron: str, item: str, no_block: bool, msg: str) -> tuple[bool, None, str]:
        self._log("renew", patron, item, False, no_block)
        return False, None, msg

    def checkin(self, item: str, *, no_block: bool = False) -> tuple[bool, str, str, bool, str]:
        """-> (ok, patron the item was lent to, hold patron, alert, screen message); the alert is also raised for an
        item of another branch"""
        with self._lock, self._db:
            if item not in self.items:
                self._log("checkin", "", item, False, no_block)
                return False, "", "", True, "この資料は登録されていません。"
            current = self.loan(item)
            hold = self._db.execute("SELECT patron FROM holds WHERE item=?", (item,)).fetchone()
            if current is None:
                self._log("checkin", "", item, False, no_block)
                return False, "", "", False, "この資料は貸出中ではありません。"
            self._db.execute("DELETE FROM loans WHERE item=?", (item,))
            self._log("checkin", current.patron, item, True, no_block)
            if hold is not None:
                return True, current.patron, hold[0], True, "予約が入っている資料です。カウンターへお持ちください。"
            branch = self.items[item].branch
            if branch:
                return True, current.patron, "", True, f"{branch}の資料です。カウンターへお持ちください。"
            return True, current.patron, "", False, ""

    def renew(self, patron: str, item: str, *, no_block: bool = False,
              nb_due: datetime | None = None) -> tuple[bool, datetime | None, str]:  # fmt: skip
        with self._lock, self._db:
            p = demo_data.PATRONS.get(patron)
            current = self.loan(item)
            if p is None or current is None or current.patron != patron:
                return self._refuse_renew(patron, item, no_block, "この資料はあなたに貸出中ではありません。")
            if not no_block:
                if p.status[1] == "Y":
                    return self._refuse_renew(patron, item, no_block, p.message or "更新できません。")
                hold = self._db.execute("SELECT patron FROM holds WHERE item=?", (item,)).fetchone()
                if hold is not None and hold[0] != patron:
                    return self._refuse_renew(patron, item, no_block, "予約が入っているため更新できません。")
                if current.renewals >= MAX_RENEWALS:
                    return self._refuse_renew(patron, item, no_block, "更新回数の上限に達しています。")
            due = nb_due if (no_block and nb_due) else (self.now() + timedelta(days=demo_data.LOAN_PERIOD_DAYS))
            due = due if (no_block and nb_due) else due.replace(hour=23, minute=59, second=0)
            self._db.execute("UPDATE loans SET due=?, renewals=renewals+1 WHERE item=?", (due.isoformat(), item))
            self._log("renew", patron, item, True, no_block, due.isoformat())
            return True, due, ""


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        lib = self.server.library
        sock: socket.socket = self.request
        if lib.tls_context is not None:
            try:
                sock.settimeout(10)
                sock = lib.tls_context.wrap_socket(sock, server_side=True)
            except (OSError, ssl.SSLError):
                eventlog.event(logger, "sip2.demo.tls_failed", level=logging.WARNING)
                return
        lib._register(sock)
        if lib._server is None:  # stopping: do not start on a state that may be closing
            lib._unregister(sock)
            return
        proto = ServerProtocol(encoding=lib.encoding, terminator=lib.terminator, error_detection=lib.error_detection)
        logged_in = not lib.login_required
        last: tuple[Message, Message] | None = None  # the last reply and the request it answered
        sock.settimeout(lib.idle_timeout)
        try:
            while True:
                try:
                    data = sock.recv(65536)
                except TimeoutError:
                    eventlog.event(logger, "sip2.demo.idle_close")
                    return
                except OSError:
                    return
                if not data:
                    return
                proto.receive_data(data)
                while (ev := proto.next_event()) is not None:
                    if isinstance(ev, AutoReply):
                        if ev.reason == "resend_requested" and lib.resend_seq is not None and last is not None:
                            # the quirk: the last reply again, under another sequence number
                            sock.sendall(codec.encode(last[0], encoding=lib.encoding, seq=lib.resend_seq,
                                                      error_detection=last[1].seq is not None and lib.error_detection,
                                                      terminator=lib.terminator, errors="replace"))  # fmt: skip
                            continue
                        sock.sendall(ev.data)
                        continue
                    assert isinstance(ev, Request)
                    msg = ev.message
                    started = time.monotonic()
                    if not logged_in and msg.code not in ("93", "99"):
                        eventlog.event(logger, "sip2.demo.not_logged_in", command=msg.code)
                        return
                    if lib.delay_s > 0:
                        time.sleep(lib.delay_s)
                    fault = lib._take_fault(msg)
                    if fault is not None:
                        eventlog.event(logger, "sip2.demo.fault", kind=fault.kind, command=msg.code)
                        if fault.kind == "drop":
                            return
                        if fault.kind == "delay":
                            time.sleep(fault.seconds)
                        if fault.kind == "status":
                            sock.sendall(proto.reply(lib._status_message()))
                            continue
                        if fault.kind == "resend":
                            sock.sendall(codec.encode(Message("96"), terminator=lib.terminator))
                            continue
                    try:
                        reply = lib._answer(msg)
                    except Exception as e:  # a demo bug must not look like a network fault to the tests
                        eventlog.event(logger, "sip2.demo.error", level=logging.ERROR, error=type(e).__name__)
                        return
                    if msg.code == "93":
                        logged_in = reply.fixed["ok"] == "1"
                    if fault is not None and fault.kind == "field" and fault.field is not None:
                        reply = with_field(reply, *fault.field)
                    data_out = proto.reply(reply, msg)
                    last = (reply, msg)
                    if fault is not None and fault.kind == "lose_reply":
                        return
                    if fault is not None and fault.kind == "bloat":
                        data_out = bloated(data_out, fault.size, lib.terminator)
                    if fault is not None and fault.kind == "garble" and len(data_out) > 6:
                        bad = bytearray(data_out)
                        bad[-2] = ord("0") if bad[-2] != ord("0") else ord("1")
                        data_out = bytes(bad)
                    sock.sendall(data_out)
                    with lib._lock:
                        lib.busy_s += time.monotonic() - started
        except OSError:
            return
        finally:
            lib._unregister(sock)


class _Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True
    block_on_close = False
    library: DemoLibrary


class DemoLibrary:
    """The demo library system as a TCP server on 127.0.0.1 (see the module text)."""

    def __init__(
        self,
        db_path: str | Path | None = None,
        *,
        port: int = 0,
        encoding: str = "utf-8",
        terminator: bytes = b"\r",
        login_required: bool = True,
        idle_timeout: float | None = None,
        timeout_period: str = "050",
        online: bool = True,
        extra_items: int = 0,
        tls_context: ssl.SSLContext | None = None,
        error_detection: bool = True,
        resend_seq: int | None = None,
        delay_s: float = 0.0,
    ) -> None:
        self.state = LibraryState(db_path, extra_items=extra_items)
        #: a server-side TLS context: connections are then TLS (as through stunnel in front of an ILS)
        self.tls_context = tls_context
        self.port = port
        self.encoding = encoding
        self.terminator = terminator
        self.login_required = login_required
        self.idle_timeout = idle_timeout
        self.timeout_period = timeout_period
        self.online = online
        #: False: replies never carry AY/AZ (and requests' checksums are not checked)
        self.error_detection = error_detection
        #: after a 97, repeat the last reply under this sequence number instead of the original one
        self.resend_seq = resend_seq
        #: seconds every request waits before it is answered: the modelled round trip to a library system across
        #: the network (tests and benchmarks; may be changed while running)
        self.delay_s = delay_s
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._conns: set[socket.socket] = set()
        self._handlers: set[threading.Thread] = set()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        #: requests answered, by command code
        self.counts: dict[str, int] = {}
        #: seconds spent answering them (each from its arrival to its reply sent, ``delay_s`` included)
        self.busy_s = 0.0

    # lifecycle -------------------------------------------------------------------------------------------
    def start(self) -> int:
        """Listen on 127.0.0.1 (the same port again after a restart). Returns the port."""
        if self._server is not None:
            return self.port
        srv = _Server(("127.0.0.1", self.port), _Handler, bind_and_activate=False)
        srv.library = self
        srv.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        srv.server_bind()
        srv.server_activate()
        self.port = srv.server_address[1]
        self._server = srv
        self._thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        eventlog.event(logger, "sip2.demo.started", port=self.port)
        return self.port

    def stop(self) -> None:
        """Stop listening and cut every open connection."""
        srv, self._server = self._server, None
        if srv is not None:
            srv.shutdown()
            srv.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        self.drop_connections()
        with self._lock:
            handlers = list(self._handlers)
        for t in handlers:  # let every handler finish before the state may be closed
            if t is not threading.current_thread():
                t.join(timeout=30)

    def close(self) -> None:
        self.stop()
        self.state.close()

    def restart(self) -> int:
        self.stop()
        return self.start()

    def __enter__(self) -> DemoLibrary:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def drop_connections(self) -> None:
        with self._lock:
            conns = list(self._conns)
        for s in conns:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _register(self, s: socket.socket) -> None:
        with self._lock:
            self._conns.add(s)
            self._handlers.add(threading.current_thread())

    def _unregister(self, s: socket.socket) -> None:
        with self._lock:
            self._conns.discard(s)
            self._handlers.discard(threading.current_thread())

    @property
    def connections(self) -> int:
        with self._lock:
            return len(self._conns)

    # faults -----------------------------------------------------------------------------------------------
    def inject(
        self, kind: str, command: str | None = None, count: int = 1, seconds: float = 0.0, *,
        about: str | None = None, size: int = 0, field: tuple[str, str] | None = None,
    ) -> None:  # fmt: skip
        """Make the next ``count`` requests (of ``command``, or any except login; naming the item or patron
        ``about`` if given) misbehave:

        ``drop`` cut the connection before executing, without a reply; ``delay`` wait ``seconds`` then answer;
        ``lose_reply`` execute and commit, then cut the connection without replying; ``garble`` answer with a bad
        checksum; ``status`` answer 98 instead (nothing executed); ``resend`` answer 96 (nothing executed);
        ``bloat`` answer with the reply padded to ``size`` bytes by a run of ``|`` (:func:`bloated`); ``field``
        answer with the ID'd field ``field`` = (ID, value) in the reply instead of its own (:func:`with_field`)."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; known: {', '.join(FAULT_KINDS)}")
        with self._lock:
            self._faults.append(Fault(kind, command, count, seconds, about, size, field))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def _take_fault(self, msg: Message) -> Fault | None:
        with self._lock:
            for f in self._faults:
                if f.applies(msg):
                    f.count -= 1
                    if f.count <= 0:
                        self._faults.remove(f)
                    return f
        return None

    # answers ----------------------------------------------------------------------------------------------
    def _status_message(self) -> Message:
        return make(
            "98",
            [("AO", demo_data.INSTITUTION_ID), ("AM", "デモ図書館"), ("BX", SUPPORTED)],
            online="Y" if self.online else "N",
            checkin_ok="Y",
            checkout_ok="Y",
            renewal_policy="Y",
            status_update_ok="N",
            offline_ok="Y",
            timeout_period=self.timeout_period,
            retries_allowed="003",
            date_time_sync=format_datetime(self.state.now()),
            protocol_version="2.00",
        )

    def _answer(self, msg: Message) -> Message:
        with self._lock:
            self.counts[msg.code] = self.counts.get(msg.code, 0) + 1
        return getattr(self, f"_on_{msg.code}")(msg)

    def _now(self) -> str:
        return format_datetime(self.state.now())

    def _on_93(self, msg: Message) -> Message:
        ok = msg.text("CN") == demo_data.LOGIN_USER and msg.text("CO") == demo_data.LOGIN_PASSWORD
        return make("94", ok="1" if ok else "0")

    def _on_99(self, msg: Message) -> Message:
        return self._status_message()

    def _patron_fields(self, msg: Message) -> tuple[str, list[tuple[str, str | None]], str]:
        number = msg.text("AA")
        p = demo_data.PATRONS.get(number)
        pw = msg.text("AD")
        fields: list[tuple[str, str | None]] = [("AO", demo_data.INSTITUTION_ID), ("AA", number)]
        if p is None:
            return (
                "Y" * 4 + " " * 10,
                [*fields, ("AE", ""), ("BL", "N"), ("AF", "利用者番号が登録されていません。")],
                "",
            )
        fields += [("AE", p.name), ("BL", "Y")]
        status = p.status
        if len(self.state.loans(number)) >= demo_data.LOAN_LIMIT:
            status = status[:5] + "Y" + status[6:]  # too many items charged
        if pw:
            fields.append(("CQ", "Y" if pw == p.password else "N"))
        if p.fee_amount:
            fields += [("BH", "JPY"), ("BV", p.fee_amount)]
        if p.message:
            fields.append(("AF", p.message))
        return status, fields, number

    def _on_23(self, msg: Message) -> Message:
        status, fields, _ = self._patron_fields(msg)
        return make("24", fields, patron_status=status, language="014", transaction_date=self._now())

    def _on_63(self, msg: Message) -> Message:
        status, fields, number = self._patron_fields(msg)
        summary = msg.fixed.get("summary", " " * 10)
        loans = self.state.loans(number) if number else []
        now = self.state.now()
        holds = self.state.holds_for(number) if number else []
        overdue = [ln.item for ln in loans if ln.due < now]
        start = msg.number("BP") or 1
        end = msg.number("BQ") or 9999
        lists = {0: ("AS", holds), 1: ("AT", overdue), 2: ("AU", [ln.item for ln in loans])}
        extra: list[tuple[str, str | None]] = []
        for pos, (fid, values) in lists.items():
            if len(summary) > pos and summary[pos] == "Y":
                extra += [(fid, v) for v in values[max(start, 1) - 1 : end]]
        fields = fields[:3] + [("BZ", "0010"), ("CB", f"{demo_data.LOAN_LIMIT:04d}")] + fields[3:] + extra
        return make(
            "64",
            fields,
            patron_status=status,
            language="014",
            transaction_date=self._now(),
            hold_count=f"{len(holds):04d}",
            overdue_count=f"{len(overdue):04d}",
            charged_count=f"{len(loans):04d}",
            fine_count="0001"
            if demo_data.PATRONS.get(number, None) and demo_data.PATRONS[number].fee_amount
            else "0000",
            recall_count="0000",
            unavailable_count="0000",
        )

    def _item_reply(self, code: str, ok: bool, renewed: bool, patron: str, item: str, due: datetime | None,
                    message: str) -> Message:  # fmt: skip
        it = self.state.items.get(item)
        fields: list[tuple[str, str | None]] = [
            ("AO", demo_data.INSTITUTION_ID),
            ("AA", patron),
            ("AB", item),
            ("AJ", it.display_title if it else ""),
            ("AH", format_datetime(due) if due else ""),
            ("CK", "001" if it else None),
            ("AF", message or None),
        ]
        return make(
            code,
            fields,
            ok="1" if ok else "0",
            renewal_ok="Y" if renewed else "N",
            magnetic_media="N",
            desensitize="Y" if ok else "N",
            transaction_date=self._now(),
        )

    def _on_11(self, msg: Message) -> Message:
        no_block = msg.fixed["no_block"] == "Y"
        ok, renewed, due, text = self.state.checkout(
            msg.text("AA"),
            msg.text("AB"),
            password=msg.text("AD"),
            no_block=no_block,
            renewal_policy=msg.fixed["renewal_policy"] == "Y",
            nb_due=parse_datetime(msg.fixed["nb_due_date"]),
            txn_time=msg.fixed["transaction_date"],
        )
        return self._item_reply("12", ok, renewed, msg.text("AA"), msg.text("AB"), due, text)

    def _on_29(self, msg: Message) -> Message:
        no_block = msg.fixed["no_block"] == "Y"
        ok, due, text = self.state.renew(
            msg.text("AA"), msg.text("AB"), no_block=no_block, nb_due=parse_datetime(msg.fixed["nb_due_date"])
        )
        return self._item_reply("30", ok, ok, msg.text("AA"), msg.text("AB"), due, text)

    def _on_09(self, msg: Message) -> Message:
        item = msg.text("AB")
        ok, patron, hold_patron, alert, text = self.state.checkin(item, no_block=msg.fixed["no_block"] == "Y")
        it = self.state.items.get(item)
        # where it goes and why, in the dialect of 3M, Koha and Evergreen: CT destination, CV alert type (01 hold
        # here, 02 hold for another branch, 04 send to another branch)
        destination, alert_type = None, None
        if ok and hold_patron:
            destination = demo_data.HOLD_PICKUP.get(item, demo_data.HOLD_SHELF)
            alert_type = "02" if item in demo_data.HOLD_PICKUP else "01"
        elif ok and it is not None and it.branch:
            destination, alert_type = it.branch, "04"
        fields: list[tuple[str, str | None]] = [
            ("AO", demo_data.INSTITUTION_ID),
            ("AB", item),
            ("AQ", (it.branch if it is not None else "") or demo_data.PERMANENT_LOCATION),
            ("AJ", it.display_title if it else None),
            ("CL", "HOLD" if ok and hold_patron else None),
            ("AA", patron or None),
            ("CT", destination),
            ("CV", alert_type),
            ("AF", text or None),
        ]
        return make(
            "10",
            fields,
            ok="1" if ok else "0",
            resensitize="Y" if ok else "N",
            magnetic_media="Y" if it is not None and it.magnetic else "N",
            alert="Y" if alert else "N",
            transaction_date=self._now(),
        )

    def _on_17(self, msg: Message) -> Message:
        item = msg.text("AB")
        it = self.state.items.get(item)
        loan = self.state.loan(item)
        if it is None:
            status = "01"
        elif loan is not None:
            status = "04"
        elif item in dict(self._holds()):
            status = "08"
        elif not it.for_loan:
            status = "01"
        else:
            status = "03"
        on_shelf = status == "08"
        kept = (self.state.now() + timedelta(days=demo_data.HOLD_KEPT_DAYS)).replace(hour=23, minute=59, second=0)
        fields: list[tuple[str, str | None]] = [
            ("AB", item),
            ("AJ", it.display_title if it else ""),
            ("AH", format_datetime(loan.due) if loan else None),
            ("CM", format_datetime(kept) if on_shelf else None),
            ("CK", "006" if it and it.magnetic else "001" if it else None),
            ("AQ", (it.branch or demo_data.PERMANENT_LOCATION) if it else None),
            ("AP", demo_data.HOLD_PICKUP.get(item, demo_data.HOLD_SHELF) if on_shelf else None),
            ("AF", None if it else "この資料は登録されていません。"),
        ]
        return make(
            "18", fields, circulation_status=status, security_marker="02", fee_type="01", transaction_date=self._now()
        )

    def _holds(self) -> list[tuple[str, str]]:
        with self.state._lock:
            return list(self.state._db.execute("SELECT item, patron FROM holds").fetchall())

    def _on_35(self, msg: Message) -> Message:
        return make(
            "36",
            [("AO", demo_data.INSTITUTION_ID), ("AA", msg.text("AA"))],
            end_session="Y",
            transaction_date=self._now(),
        )


def serve_forever(port: int, db_path: str | None = None, **kw: object) -> None:
    """Run the demo library system in the foreground (``kiosk sip2 serve-demo``)."""
    lib = DemoLibrary(db_path, port=port, **kw)  # type: ignore[arg-type]
    lib.start()
    try:
        while True:
            time.sleep(3600)
    finally:
        lib.close()
