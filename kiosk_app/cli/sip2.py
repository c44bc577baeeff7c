"""``kiosk sip2 …``: the library system link for technicians.

``status`` checks the link; ``checkin ITEM``, ``renew --patron N ITEM`` and ``account --patron N`` ask the library
system what the kiosk would ask, through the configured connector (``[library].connector``, SIP2 by default), so a
technician can check its answers from the kiosk; ``serve-demo`` runs the demo library system on 127.0.0.1.

Patron numbers, items and titles are printed only to the terminal that asked (stdout), never logged: the connector
logs events and reason codes only. Exit status: 0 done, 1 refused (the reason code says why), 2 configuration,
3 the library system could not be reached or the outcome is unknown.
"""

from __future__ import annotations

import argparse
import dataclasses
import threading
from collections.abc import Callable
from typing import Any

from kiosk.config import ConfigError
from kiosk.services import LibraryError, LibrarySystem, LibraryUnavailable, OutcomeUnknown
from kiosk.session import Patron
from kiosk.sip2.client import Sip2Client
from kiosk.sip2.demo import DemoLibrary
from kiosk.sip2.errors import Sip2Error
from kiosk_app.build import library_system
from kiosk_app.cli.common import CliError, load_config, print_json


def _status(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    if cfg.library.connector != "sip2":
        return _connector_status(args)
    client = Sip2Client.from_config(cfg.sip2, retries=0)
    try:
        st = client.connect()
    except Sip2Error as e:
        raise CliError(f"library system {cfg.sip2.host}:{cfg.sip2.port}: {e} ({e.reason})", reason=e.reason) from None
    finally:
        client.close()
    if args.json:
        print_json({"ok": True, "host": cfg.sip2.host, "port": cfg.sip2.port, **dataclasses.asdict(st)})
    else:
        print(f"library system {cfg.sip2.host}:{cfg.sip2.port}: {'online' if st.online else 'OFFLINE'}")
        print(f"  checkout {'yes' if st.checkout_ok else 'no'}, checkin {'yes' if st.checkin_ok else 'no'}, "
              f"offline lending supported {'yes' if st.offline_ok else 'no'}")  # fmt: skip
        print(f"  reply timeout {st.timeout_s or cfg.sip2.timeout_s} s, institution {st.institution}")
    return 0


def _connector_status(args: argparse.Namespace) -> int:
    st = _ask(args, lambda lib: lib.status())
    if not st.online:
        raise CliError(f"library system: not online ({st.reason})", code=3, reason=st.reason or "offline")
    if args.json:
        print_json({"ok": True, "online": True})
    else:
        print("library system: online")
    return 0


def _ask(args: argparse.Namespace, call: Callable[[LibrarySystem], Any]) -> Any:
    """One question to the library system through the configured connector; its errors as a technician reads them."""
    cfg = load_config(args)
    try:
        library = library_system(cfg)
    except ConfigError as e:
        raise CliError(f"configuration: {e}", code=2, reason="config") from None
    try:
        return call(library)
    except OutcomeUnknown:
        raise CliError(
            "the reply was lost and the outcome could not be looked up: check the item in the library system",
            code=3,
            reason="outcome_unknown",
        ) from None
    except LibraryUnavailable as e:
        raise CliError(f"the library system cannot be reached ({e.reason})", code=3, reason=e.reason) from None
    except LibraryError as e:
        raise CliError(f"the library system did not answer usefully ({e.reason})", reason=e.reason) from None
    finally:
        library.close()


def _checkin(args: argparse.Namespace) -> int:
    r = _ask(args, lambda lib: lib.checkin(args.item))
    if args.json:
        print_json({"item": args.item, **dataclasses.asdict(r)})
    else:
        print(f"checkin {args.item}: {'returned' if r.ok else f'refused ({r.reason})'}")
        if r.title:
            print(f"  title: {r.title}")
        if r.desk:
            print(f"  to the desk: {r.desk}" + (f" (goes to: {r.route})" if r.route else ""))
        elif r.route:
            print(f"  goes to: {r.route}")
        if r.message:
            print(f"  library system says: {r.message}")
    return 0 if r.ok else 1


def _renew(args: argparse.Namespace) -> int:
    patron = Patron("barcode", args.patron)
    r = _ask(args, lambda lib: lib.renew(patron, args.item))
    if args.json:
        print_json({"item": args.item, "patron": args.patron, **dataclasses.asdict(r)})
    else:
        outcome = f"renewed, due {r.due.isoformat() if r.due else '(not given)'}" if r.ok else f"refused ({r.reason})"
        print(f"renew {args.item} for patron {args.patron}: {outcome}")
        if r.title:
            print(f"  title: {r.title}")
        if r.message:
            print(f"  library system says: {r.message}")
    return 0 if r.ok else 1


def _account(args: argparse.Namespace) -> int:
    patron = Patron("barcode", args.patron)
    account = _ask(args, lambda lib: lib.account(patron, holds=True))
    if args.json:
        print_json({"patron": args.patron, "loans": [dataclasses.asdict(ln) for ln in account.loans],
                    "holds": [dataclasses.asdict(h) for h in account.holds], "complete": account.complete})  # fmt: skip
        return 0
    print(f"patron {args.patron}: {len(account.loans)} loan(s), {len(account.holds)} hold(s) ready for pickup"
          + ("" if account.complete else " (some details could not be read)"))  # fmt: skip
    if account.loans:
        print("loans:")
    for ln in account.loans:
        due = ln.due.isoformat() if ln.due else "(no due date)"
        print(f"  {ln.item_id}  {ln.title or '(no title)'}  due {due}{'  OVERDUE' if ln.overdue else ''}")
    if account.holds:
        print("holds ready for pickup:")
    for h in account.holds:
        where = f"  at {h.pickup}" if h.pickup else ""
        until = f"  kept until {h.kept_until.isoformat()}" if h.kept_until else ""
        print(f"  {h.item_id}  {h.title or '(no title)'}{where}{until}")
    return 0


def _serve_demo(args: argparse.Namespace) -> int:
    lib = DemoLibrary(args.db, port=args.port, encoding=args.encoding,
                      terminator=b"\r\n" if args.crlf else b"\r", delay_s=max(args.delay_ms, 0.0) / 1000)  # fmt: skip
    try:
        port = lib.start()
    except OSError as e:
        raise CliError(f"cannot listen on 127.0.0.1:{args.port} ({e.strerror})", reason="listen") from None
    print(f"demo library system on 127.0.0.1:{port} (login kiosk / kiosk-pass, institution JPLIB); Ctrl-C stops",
          flush=True)  # fmt: skip
    try:
        threading.Event().wait()
    finally:
        lib.close()
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sip2", help="the library system link (SIP2)")
    ss = p.add_subparsers(dest="sip2_command", metavar="ACTION")
    ss.required = True
    st = ss.add_parser("status", help="connect, log in and show the library system's status")
    st.add_argument("--json", action="store_true")
    st.set_defaults(handler=_status)
    ci = ss.add_parser("checkin", help="return an item at the library system (a technician's check of its answer)")
    ci.add_argument("item", help="the item's identifier (barcode)")
    ci.add_argument("--json", action="store_true")
    ci.set_defaults(handler=_checkin)
    rn = ss.add_parser("renew", help="renew one loan of a patron's")
    rn.add_argument("--patron", required=True, help="the library's patron number")
    rn.add_argument("item", help="the item's identifier (barcode)")
    rn.add_argument("--json", action="store_true")
    rn.set_defaults(handler=_renew)
    ac = ss.add_parser("account", help="a patron's loans with due dates and holds ready for pickup")
    ac.add_argument("--patron", required=True, help="the library's patron number")
    ac.add_argument("--json", action="store_true")
    ac.set_defaults(handler=_account)
    sd = ss.add_parser("serve-demo", help="run the demo library system on 127.0.0.1")
    sd.add_argument("--port", type=int, default=6001)
    sd.add_argument("--db", default=None, help="SQLite file to keep its state (default: in memory)")
    sd.add_argument("--encoding", default="utf-8", choices=["utf-8", "cp850"])
    sd.add_argument("--crlf", action="store_true", help="end replies with CRLF")
    sd.add_argument("--delay-ms", type=float, default=0.0, help="answer each request this late (a modelled network)")
    sd.set_defaults(handler=_serve_demo)
