"""Changing the site settings in maintenance (the keys of :data:`kiosk.config.SITE_SETTINGS`: receipt policy, volume,
languages offered, large text by default): validated as the configuration file is, written atomically (0600) to
``<data_dir>/site-settings.toml``, which the configuration loader reads after the main file, and logged (keys and
values: none of them is a secret).

    new_cfg = change(cfg, {"ui": {"receipt": "always"}})   # ConfigError (settings_invalid) or OSError: nothing changed

The file keeps what was changed before; a key changed again is replaced. The running kiosk applies ``new_cfg`` itself
(the window: the session's receipt policy and languages, the sound's volume, the theme).
"""

from __future__ import annotations

import errno
import json
import logging
import tomllib
from typing import Any

import eventlog
import safefile
from kiosk import config as config_mod

_log = logging.getLogger("kiosk.site_settings")


class SiteSettingsError(Exception):
    """The settings were not changed: ``reason`` is ``settings_invalid`` (the message names the key and the fix),
    ``disk_full`` or ``settings_unwritable``."""

    def __init__(self, reason: str, message: str = "") -> None:
        super().__init__(message or reason)
        self.reason = reason


def current(cfg: config_mod.Config) -> dict[str, dict[str, Any]]:
    """The site settings' values in ``cfg``."""
    return {
        section: {key: getattr(getattr(cfg, section), key) for key in keys}
        for section, keys in config_mod.SITE_SETTINGS.items()
    }


def stored(cfg: config_mod.Config) -> dict[str, dict[str, Any]]:
    """What the site-settings file of ``cfg`` holds now (nothing: an empty table)."""
    path = config_mod.site_settings_path(cfg)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise SiteSettingsError("settings_invalid", f"{path} cannot be read ({e}): remove it") from None
    try:
        return config_mod.check_site_settings(raw, str(path))
    except config_mod.ConfigError as e:
        raise SiteSettingsError("settings_invalid", str(e)) from None


def dumps(settings: dict[str, dict[str, Any]]) -> str:
    """The site settings as TOML (text, integers, true/false and lists of text are all they hold)."""
    lines = ["# Site settings, changed in maintenance. Read after the configuration file; only these keys belong here."]
    for section in sorted(settings):
        lines += ["", f"[{section}]"]
        for key, value in sorted(settings[section].items()):
            lines.append(f"{key} = {_value(value)}")
    return "\n".join(lines) + "\n"


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a TOML basic string


def change(cfg: config_mod.Config, changes: dict[str, dict[str, Any]]) -> config_mod.Config:
    """``cfg`` with ``changes``, validated and stored (see the module); on an error nothing is changed."""
    try:
        new = config_mod.apply_site_settings(cfg, changes)
    except config_mod.ConfigError as e:
        raise SiteSettingsError("settings_invalid", str(e)) from None
    settings = stored(cfg)
    for section, values in changes.items():
        settings[section] = {**settings.get(section, {}), **values}
    path = config_mod.site_settings_path(cfg)
    try:
        safefile.write(path, dumps(settings).encode("utf-8"))
    except OSError as e:
        reason = "disk_full" if e.errno == errno.ENOSPC else "settings_unwritable"
        eventlog.event(_log, "maintenance.settings_unsaved", level=logging.WARNING, reason=reason)
        raise SiteSettingsError(reason, f"cannot write {path} ({e.strerror})") from None
    changed = {f"{s}.{k}": v for s, values in changes.items() for k, v in values.items()}
    eventlog.event(_log, "maintenance.settings_changed", **changed)
    return new
