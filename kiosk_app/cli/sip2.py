"""``kiosk sip2 status`` (check the library system link) and ``kiosk sip2 serve-demo`` (run the demo library
system on 127.0.0.1)."""

from __future__ import annotations

import argparse
import dataclasses
import threading

from kiosk.sip2.client import Sip2Client
from kiosk.sip2.demo import DemoLibrary
from kiosk.sip2.errors import Sip2Error
from kiosk_app.cli.common import CliError, load_config, print_json


def _status(args: argparse.Namespace) -> int:
    cfg = load_config(args)
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
    sd = ss.add_parser("serve-demo", help="run the demo library system on 127.0.0.1")
    sd.add_argument("--port", type=int, default=6001)
    sd.add_argument("--db", default=None, help="SQLite file to keep its state (default: in memory)")
    sd.add_argument("--encoding", default="utf-8", choices=["utf-8", "cp850"])
    sd.add_argument("--crlf", action="store_true", help="end replies with CRLF")
    sd.add_argument("--delay-ms", type=float, default=0.0, help="answer each request this late (a modelled network)")
    sd.set_defaults(handler=_serve_demo)
