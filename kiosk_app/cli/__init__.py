"""``kiosk``: the command line for technicians, tests and the appliance.

One module per command group (``kiosk_app.cli.card``, ``.config``, ``.run``, ``.maintenance``, ``.sip2``,
``.queue``, ``.cert``, ``.device``, ``.status``, ``.speech``), each with a ``register(subparsers)`` function; add a
new one to ``COMMAND_MODULES``. A command handler takes the parsed arguments and returns the exit status; it raises
:class:`CliError` for anything a technician should read (never a traceback). Commands build what they use with
:mod:`kiosk_app.build`, as the running kiosk does.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import sys
from collections.abc import Sequence

import eventlog
import safefile
from kiosk import config as config_mod
from kiosk.identity.linktable import LinkError
from kiosk_app.cli import card, cert, device, keys, maintenance, queue, run, sip2, speech, status
from kiosk_app.cli import config as config_cmd
from kiosk_app.cli.common import CliError, print_json
from offline_queue import QueueError

COMMAND_MODULES = [card, config_cmd, run, maintenance, sip2, queue, cert, device, status, keys, speech]
DISTRIBUTION = "mynumber-kiosk"


def version() -> str:
    """The installed distribution's version (the package metadata), or a plain word when run from a bare source
    tree without it."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="My Number Card–ready library self-checkout kiosk")
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    parser.add_argument("--config", metavar="FILE", help=f"configuration file (default {config_mod.DEFAULT_PATH})")
    parser.add_argument(
        "--log-level",
        default=None,
        type=_log_level,
        help="DEBUG, INFO, WARNING or ERROR (the kiosk: [logging].level unless given here; other commands: WARNING)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _log_level(text: str) -> str:
    level = text.upper()
    if level not in config_mod.LOG_LEVELS:
        raise argparse.ArgumentTypeError(f"must be one of {', '.join(config_mod.LOG_LEVELS)}")
    return level


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    eventlog.setup(args.log_level or "WARNING")
    try:
        return int(args.handler(args) or 0)
    except CliError as e:
        return _report(args, e)
    except QueueError as e:  # a command that did not put it in its own words: the journal's
        return _report(args, CliError(f"offline journal: {e}", reason=e.reason))
    except LinkError as e:  # the same for the link table (a full disk while linking a card)
        return _report(args, CliError(f"link table: {e}", reason=e.reason))
    except OSError as e:  # a file the command needed (a full disk, a folder it may not write)
        return _report(args, _file_error(e))
    except KeyboardInterrupt:
        print("kiosk: interrupted", file=sys.stderr)
        return 130


def _report(args: argparse.Namespace, e: CliError) -> int:
    if getattr(args, "json", False):
        print_json({"ok": False, "reason": e.reason, "error": str(e)})
    print(f"kiosk: {e}", file=sys.stderr)
    return e.code


def _file_error(e: OSError) -> CliError:
    where = f" {e.filename}" if e.filename else ""
    if safefile.disk_full(e):
        return CliError(f"the disk is full: cannot write{where}; free some space and try again", reason="disk_full")
    return CliError(f"cannot use{where} ({e.strerror or type(e).__name__})", reason="file_error")
