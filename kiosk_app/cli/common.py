"""What every command module shares: the one-line error a technician reads, JSON output, loading the configuration,
and what a reason code means to staff."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import eventlog
from kiosk import config as config_mod
from kiosk import reasons


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


def explain(cfg: config_mod.Config, code: str) -> str:
    """What ``code`` means and what to do, from the reason registry, in the staff language (``[kiosk]``)."""
    return reasons.staff_text(code, cfg.kiosk.staff_language)


def use_log_level(args: argparse.Namespace, cfg: config_mod.Config) -> None:
    """The kiosk logs at ``[logging].level`` unless ``--log-level`` said otherwise (the kiosk's commands)."""
    if getattr(args, "log_level", None) is None:
        eventlog.setup(cfg.logging.level)
