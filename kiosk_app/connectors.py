"""Which library-system connector the kiosk uses: ``[library].connector``, found among the installed packages'
entry points of the group ``mynumber_kiosk.connectors``.

An entry point names a factory ``factory(cfg: kiosk.config.Config, options: dict) -> kiosk.services.LibrarySystem``
(``options`` is the ``[library.options]`` table). The SIP2 connector is registered this way by the kiosk's own
``pyproject.toml``; a library whose system does not speak SIP2 installs its adapter's package and names it in the
configuration, without touching the kiosk (``docs/connectors.md``).

Everything that goes wrong here is a :class:`kiosk.config.ConfigError` naming ``[library].connector`` (or the
option the connector refused) and the fix, so ``kiosk config check`` and the start of the kiosk say it plainly.
"""

from __future__ import annotations

import importlib.metadata
import logging
from collections.abc import Callable
from typing import Any

import eventlog
from kiosk.config import Config, ConfigError
from kiosk.services import CAPABILITIES, LibrarySystem

_log = logging.getLogger("kiosk_app.connectors")

GROUP = "mynumber_kiosk.connectors"
#: what a connector object must have (the port's methods), checked when it is made
REQUIRED = ("patron_status", "checkout", "checkin", "renew", "account", "end_patron_session", "status",
            "lookup_loan", "checkout_offline", "close")  # fmt: skip


def installed() -> dict[str, importlib.metadata.EntryPoint]:
    """Every connector an installed package registers, by name."""
    return {ep.name: ep for ep in importlib.metadata.entry_points(group=GROUP)}


def factory(name: str) -> Callable[[Config, dict[str, Any]], LibrarySystem]:
    found = installed()
    if name not in found:
        names = ", ".join(sorted(found)) or "none"
        raise ConfigError(
            "[library].connector",
            f"no connector named {name!r} is installed (installed: {names})",
            "install the connector's package into the kiosk's environment, or choose one of those installed",
        )
    try:
        return found[name].load()
    except Exception as e:  # noqa: BLE001 - a broken third-party package must be a plain configuration error
        raise ConfigError(
            "[library].connector",
            f"the connector {name!r} cannot be loaded ({type(e).__name__}: {e})",
            "reinstall the connector's package",
        ) from None


def load_connector(cfg: Config) -> LibrarySystem:
    """The connector ``cfg`` names, made with its options and checked against the port."""
    name = cfg.library.connector
    connector = factory(name)(cfg, dict(cfg.library.options))
    missing = [m for m in REQUIRED if not callable(getattr(connector, m, None))]
    capabilities = getattr(connector, "capabilities", None)
    if missing or not isinstance(capabilities, frozenset) or not capabilities <= CAPABILITIES:
        raise ConfigError(
            "[library].connector",
            f"the connector {name!r} does not fit the kiosk's port"
            + (f" (missing {', '.join(missing)})" if missing else " (capabilities)"),
            "use a connector made for this kiosk version (docs/connectors.md); its contract tests say what is wrong",
        )
    eventlog.event(_log, "library.connector", connector=name, capabilities=",".join(sorted(capabilities)))
    return connector
