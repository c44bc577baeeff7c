"""``kiosk config check`` and ``kiosk config example``.

The example is generated from the configuration classes themselves (their defaults and their ``#:`` comments), so it
always lists every key the kiosk accepts.
"""

from __future__ import annotations

import argparse
import dataclasses
import inspect
import json
import re
import typing

from kiosk import config as config_mod
from kiosk_app.cli.common import CliError, print_json
from kiosk_app.connectors import load_connector


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("config", help="check the configuration file, or print a commented example")
    csub = p.add_subparsers(dest="config_command", metavar="ACTION")
    csub.required = True
    c = csub.add_parser("check", help="validate the configuration file (--config) and say what to fix")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_check)
    e = csub.add_parser("example", help="print a configuration with every key, its default and what it means")
    e.add_argument(
        "--commented",
        action="store_true",
        help="every key commented out (the file the package installs as /etc/kiosk/kiosk.toml)",
    )
    e.set_defaults(handler=cmd_example)


def cmd_check(args: argparse.Namespace) -> int:
    try:
        cfg = config_mod.load(args.config)
        # the library system's connector is installed and takes its options (made, not connected)
        load_connector(cfg).close()
    except config_mod.ConfigError as e:
        raise CliError(f"configuration: {e}", code=2, reason="config") from None
    where = cfg.source or "built-in defaults (no file)"
    if args.json:
        print_json({"ok": True, "source": where})
    else:
        print(f"configuration OK: {where}")
    return 0


def _toml_value(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list | tuple):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def _field_comments(cls: type) -> dict[str, list[str]]:
    """The ``#:`` comment lines written just above each field in the class source."""
    try:
        source = inspect.getsource(cls)
    except (OSError, TypeError):
        return {}
    comments: dict[str, list[str]] = {}
    pending: list[str] = []
    for line in source.splitlines():
        s = line.strip()
        if s.startswith("#:"):
            pending.append(s[2:].strip())
            continue
        m = re.match(r"(\w+)\s*:", s)
        if m and pending:
            comments[m.group(1)] = pending
        if s and not s.startswith("#"):
            pending = []
    return comments


def example_text(commented: bool = False) -> str:
    """Every section and key with its default and its meaning; ``commented`` puts each key behind ``# `` so that
    the file sets nothing until a technician uncomments a key (the section headers stay: an empty table is valid)."""
    out = [
        "# Kiosk configuration (/etc/kiosk/kiosk.toml). Every key is optional; shown are the defaults.",
        "# Check a file with: kiosk --config FILE config check",
        "",
    ]
    if commented:
        out[1:1] = ["# Every key is commented out: uncomment the ones this site needs and set them."]
    hints = typing.get_type_hints(config_mod.Config)
    for f in dataclasses.fields(config_mod.Config):
        if f.name == "source":
            continue
        cls = hints[f.name]
        doc = inspect.getdoc(cls) or ""
        if doc and not doc.startswith(f"{cls.__name__}("):  # not the signature dataclasses make up
            out += [f"# {line}" if line else "#" for line in doc.splitlines()]
        out.append(f"[{f.name}]")
        section = cls()
        comments = _field_comments(cls)
        for sf in dataclasses.fields(cls):
            if sf.name.startswith("_"):
                continue
            for c in comments.get(sf.name, []):
                out.append(f"# {c}")
            value = getattr(section, sf.name)
            if value is None:
                out.append(f"# {sf.name} =")
            else:
                out.append(f"{'# ' if commented else ''}{sf.name} = {_toml_value(value)}")
        out.append("")
    return "\n".join(out)


def cmd_example(args: argparse.Namespace) -> int:
    print(example_text(commented=args.commented))
    return 0
