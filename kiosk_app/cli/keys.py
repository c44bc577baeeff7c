"""``kiosk keys init``: make the offline journal's key and the link table's key before the first start.

The package's postinst runs it as the ``kiosk`` user, so that both keys exist (mode 0600, owned by the kiosk) from
the moment the kiosk is installed and can be backed up before the first loan. Each key is made by the code that
reads it (:mod:`offline_queue.keys`, :mod:`kiosk.identity.linktable`), where the configuration puts it; a key that
exists is never replaced, only checked (its mode and its form), so running it again is always safe.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.identity.linktable import LinkError, load_or_create_key
from kiosk_app.build import journal_paths, link_key_path
from kiosk_app.cli.common import CliError, load_config, print_json
from offline_queue import KeyFileError
from offline_queue import keys as journal_keys


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("keys", help="the offline journal's and the link table's secret keys")
    ks = p.add_subparsers(dest="keys_command", metavar="ACTION")
    ks.required = True
    i = ks.add_parser("init", help="make the keys that do not exist yet (mode 0600); existing keys are only checked")
    i.add_argument("--json", action="store_true", help="machine-readable output")
    i.set_defaults(handler=cmd_init)


def _ensure(path: Path, make) -> str:  # type: ignore[no-untyped-def]
    """``made`` or ``kept``; raises :class:`CliError` for a key that cannot be made or read as it is."""
    existed = path.exists()
    try:
        make(path)
    except KeyFileError as e:
        raise CliError(f"offline journal key: {e}", reason=e.reason) from None
    except LinkError as e:
        raise CliError(f"link table key: {e}", reason="link_key") from None
    except OSError as e:
        raise CliError(f"cannot make or read {path} ({e.strerror})", code=2, reason="key_file_unreadable") from None
    return "kept" if existed else "made"


def cmd_init(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    _, journal_key = journal_paths(cfg)
    link_key = link_key_path(cfg)
    result = {
        "journal_key": {"path": str(journal_key), "state": _ensure(journal_key, journal_keys.load_or_create)},
        "link_key": {"path": str(link_key), "state": _ensure(link_key, load_or_create_key)},
    }
    if args.json:
        print_json({"ok": True, **result})
    else:
        for name, r in result.items():
            print(f"{name.replace('_', ' ')}: {r['path']} ({r['state']})")
    return 0
