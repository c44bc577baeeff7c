"""``kiosk maintenance hash-passcode``: make ``[maintenance].passcode_hash`` for the technicians' passcode."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.maintenance import MaintenanceError, hash_passcode
from kiosk_app.cli.common import CliError, print_json


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    m = sub.add_parser("maintenance", help="technician access")
    msub = m.add_subparsers(dest="maintenance_command", metavar="ACTION")
    msub.required = True
    h = msub.add_parser("hash-passcode", help="make [maintenance].passcode_hash from a passcode (6–16 digits)")
    h.add_argument("--stdin", action="store_true", help="read the passcode from stdin instead of asking twice")
    h.add_argument("--json", action="store_true")
    h.set_defaults(handler=cmd_hash_passcode)


def cmd_hash_passcode(args: argparse.Namespace) -> int:
    if args.stdin:
        code = sys.stdin.readline().rstrip("\r\n")
    else:
        code = getpass.getpass("technician passcode (6–16 digits): ")
        if getpass.getpass("again: ") != code:
            raise CliError("the two passcodes differ", reason="passcode_mismatch")
    try:
        digest = hash_passcode(code)
    except MaintenanceError as e:
        raise CliError(str(e), code=2, reason=e.reason) from None
    if args.json:
        print_json({"ok": True, "passcode_hash": digest})
    else:
        print("[maintenance]")
        print(f'passcode_hash = "{digest}"')
    return 0
