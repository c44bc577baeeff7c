"""``kiosk``: the command line for technicians, tests and the appliance.

Each command group lives in its own module with a ``register(subparsers)`` function; add the module to
``COMMAND_MODULES``. A command handler takes the parsed arguments and returns the exit status; it raises
:class:`CliError` for anything a technician should read (never a traceback).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence
from typing import Any

from kiosk import config as config_mod
from kiosk import log

COMMAND_MODULES: list[str] = [
    "kiosk.cli_card",
    "kiosk.cli_config",
    "kiosk.cli_sip2",
    "kiosk.cli_queue",
    "kiosk.cli_cert",
    "kiosk.cli_device",
]


class CliError(Exception):
    """A failure to report in one plain line; ``code`` is the exit status, ``reason`` a short code for staff."""

    def __init__(self, message: str, code: int = 1, reason: str = "error") -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")


def load_config(args: argparse.Namespace) -> config_mod.Config:
    try:
        return config_mod.load(getattr(args, "config", None))
    except config_mod.ConfigError as e:
        raise CliError(f"configuration: {e}", code=2, reason="config") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="My Number Card–ready library self-checkout kiosk")
    parser.add_argument("--config", metavar="FILE", help=f"configuration file (default {config_mod.DEFAULT_PATH})")
    parser.add_argument("--log-level", default=None, help="DEBUG, INFO, WARNING or ERROR")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    log.setup(args.log_level or "WARNING")
    try:
        return int(args.handler(args) or 0)
    except CliError as e:
        if getattr(args, "json", False):
            print_json({"ok": False, "reason": e.reason, "error": str(e)})
        print(f"kiosk: {e}", file=sys.stderr)
        return e.code
    except KeyboardInterrupt:
        print("kiosk: interrupted", file=sys.stderr)
        return 130
