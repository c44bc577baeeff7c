"""``kiosk card …`` and ``kiosk link …``: the My Number Card from the command line (technicians, tests).

Exit status: 0 done (authenticated, linked), 1 refused (the reason code says why), 2 configuration or usage,
3 no reader / no card / card removed / the card stopped answering (every card command has a deadline).
"""

from __future__ import annotations

import argparse
import sys

from hardware.smartcard import jpki
from hardware.smartcard.card import JpkiCard
from hardware.smartcard.pcsc import CardConnection
from kiosk import config as config_mod
from kiosk.identity import trust
from kiosk.identity.authenticate import Authenticator, AuthResult
from kiosk.identity.linktable import LinkTable
from kiosk_app import build
from kiosk_app.adapters.card import CardAuthSession
from kiosk_app.cli.common import CliError, explain, load_config, print_json

DEVICE_REASONS = {"no_reader", "no_card", "card_removed", "reader_error", "card_timeout"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    card = sub.add_parser("card", help="My Number Card: probe, authenticate")
    csub = card.add_subparsers(dest="card_command", metavar="ACTION")
    csub.required = True

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--reader", help="PC/SC reader name or a unique part of it (default: [card].reader)")
        p.add_argument("--anchors", action="append", metavar="PEM", help="JPKI CA certificate file (repeatable)")
        p.add_argument("--links", metavar="URL", help="link table SQLAlchemy URL (default: [identity].link_database)")
        p.add_argument("--json", action="store_true", help="print JSON")

    p = csub.add_parser("probe", help="read token, certificate and PIN tries without a PIN")
    common(p)
    p.set_defaults(handler=cmd_probe)
    p = csub.add_parser("authenticate", help="the whole authentication (PIN, signature, validity, link)")
    common(p)
    p.add_argument("--pin-stdin", action="store_true", required=True, help="read the 4-digit PIN from stdin")
    p.set_defaults(handler=cmd_authenticate)

    link = sub.add_parser("link", help="the link table: My Number Card certificate → library patron number")
    lsub = link.add_subparsers(dest="link_command", metavar="ACTION")
    lsub.required = True
    p = lsub.add_parser("add", help="link the card on the reader to a patron (needs the patron's PIN)")
    common(p)
    p.add_argument("--patron", required=True, help="the library's patron number")
    p.add_argument("--pin-stdin", action="store_true", required=True, help="read the 4-digit PIN from stdin")
    p.set_defaults(handler=cmd_link_add)
    p = lsub.add_parser("remove", help="unlink a patron's card")
    p.add_argument("--patron", required=True)
    p.add_argument("--links", metavar="URL")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_link_remove)
    p = lsub.add_parser("count", help="how many cards are linked")
    p.add_argument("--links", metavar="URL")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_link_count)


# ---------------------------------------------------------------- plumbing


def _config(args: argparse.Namespace) -> config_mod.Config:
    cfg = load_config(args)
    if getattr(args, "anchors", None):
        cfg = config_mod.replace(cfg, "identity", trust_anchors=list(args.anchors))
    if getattr(args, "links", None):
        cfg = config_mod.replace(cfg, "identity", link_database=args.links)
    if getattr(args, "reader", None):
        cfg = config_mod.replace(cfg, "card", reader=args.reader)
    return cfg


def open_links(cfg: config_mod.Config) -> LinkTable:
    try:
        return build.open_links(cfg)
    except build.IdentitySetupError as e:
        # a full disk is not a configuration error (exit 2): the same command works once there is space
        raise CliError(str(e), code=1 if e.reason == "disk_full" else 2, reason=e.reason) from None


def build_authenticator(cfg: config_mod.Config, links: LinkTable) -> Authenticator:
    try:
        return build.build_authenticator(cfg, links)
    except build.IdentitySetupError as e:
        raise CliError(str(e), code=2, reason=e.reason) from None


def _connect(cfg: config_mod.Config):  # type: ignore[no-untyped-def]
    try:
        conn = CardConnection(cfg.card.reader, command_timeout_s=cfg.card.command_timeout_s)
    except jpki.CardError as e:
        raise CliError(f"{e} ({e.reason})", code=3, reason=e.reason) from None
    conn.limit(cfg.card.step_timeout_s)
    card = JpkiCard(
        conn.transmit,
        accept_smartphone=cfg.card.accept_smartphone,
        max_certificate_bytes=cfg.card.max_certificate_bytes,
    )
    return conn, card


def read_pin() -> str:
    line = sys.stdin.readline()
    pin = line.rstrip("\r\n")
    try:
        jpki.check_pin_format(pin)
    except jpki.BadPinFormat:
        # nothing is sent to the card: a malformed PIN would cost a try
        raise CliError(
            "the PIN must be exactly 4 digits; nothing was sent to the card", code=1, reason="pin_format"
        ) from None
    return pin


def _report(args: argparse.Namespace, cfg: config_mod.Config, result: AuthResult, extra: dict | None = None) -> int:
    out = result.as_dict()
    out["explanation"] = explain(cfg, result.reason)
    if extra:
        out.update(extra)
    if args.json:
        print_json(out)
    else:
        line = f"{'OK' if result.ok else 'REFUSED'}: {out['explanation']} [{result.reason}]"
        if result.tries_left is not None and not result.ok:
            line += f"; PIN tries left: {result.tries_left}"
        if result.last_try and not result.ok:
            line += " — WARNING: one try left; a wrong PIN now locks the card"
        print(line)
        if result.patron_number:
            print(f"patron: {result.patron_number}")
    if result.ok:
        return 0
    return 3 if result.reason in DEVICE_REASONS else 1


# ---------------------------------------------------------------- commands


def cmd_probe(args: argparse.Namespace) -> int:
    cfg = _config(args)
    conn, card = _connect(cfg)
    with conn:
        out: dict[str, object] = {"reader": conn.reader}
        try:
            info = card.probe()
        except jpki.CardError as e:
            raise CliError(
                f"{explain(cfg, e.reason)} ({e.reason})",
                code=3 if e.reason in DEVICE_REASONS else 1,
                reason=e.reason,
            ) from None
        out["token"] = info.token
        out["pin_state"] = info.pin.state.value
        out["tries_left"] = info.pin.tries_left if info.pin.state is not jpki.PinState.BLOCKED else 0
        out["last_try"] = info.pin.last_try
        out["commands"] = card.commands
        if info.cert_der is not None:
            try:
                cert = trust.parse_certificate(info.cert_der)
            except trust.TrustError as e:
                raise CliError(str(e), code=1, reason=e.reason) from None
            out["issuer_key_id"] = (trust.aki(cert) or b"").hex()
            out["certificate_not_after"] = cert.not_valid_after_utc.isoformat()
            out["certificate_bytes"] = len(info.cert_der)
            with open_links(cfg) as links:
                out["link_key"] = links.link_key(trust.aki(cert) or b"", cert.serial_number)
    if args.json:
        print_json(out)
    else:
        for k, v in out.items():
            print(f"{k}: {v}")
    return 0


def _authenticate(cfg: config_mod.Config, links: LinkTable, pin: str) -> AuthResult:
    """One tap and one PIN attempt, exactly as at the kiosk screen."""
    auth = build_authenticator(cfg, links)
    with CardAuthSession(cfg, auth) as session:
        first = session.begin()
        if first.reason != "pin_needed":
            return first
        return session.submit_pin(pin)


def cmd_authenticate(args: argparse.Namespace) -> int:
    cfg = _config(args)
    pin = read_pin()
    with open_links(cfg) as links:
        return _report(args, cfg, _authenticate(cfg, links, pin))


def cmd_link_add(args: argparse.Namespace) -> int:
    cfg = _config(args)
    pin = read_pin()
    with open_links(cfg) as links:
        result = _authenticate(cfg, links, pin)
        # an unlinked card is what staff expect here; linking still needs the PIN, the signature and validity
        if result.reason == "not_linked":
            result = AuthResult(**{**result.__dict__, "ok": True, "reason": "ok"})
        if not result.ok:
            return _report(args, cfg, result)
        assert result.link_key and result.cert_not_after
        previous = links.lookup(result.link_key)
        links.link(result.link_key, cfg.identity.library_system, args.patron, result.cert_not_after)
        moved = previous is not None and previous.patron_number != args.patron
        linked = AuthResult(
            **{**result.__dict__, "patron_number": args.patron, "library_system": cfg.identity.library_system}
        )
        return _report(args, cfg, linked, {"linked": True, "moved_from_other_patron": moved})


def cmd_link_remove(args: argparse.Namespace) -> int:
    cfg = _config(args)
    with open_links(cfg) as links:
        n = links.unlink_patron(cfg.identity.library_system, args.patron)
    if args.json:
        print_json({"ok": n > 0, "removed": n, "reason": "ok" if n else "not_linked"})
    else:
        print(f"removed {n} link(s)" if n else "this patron has no linked card")
    return 0 if n else 1


def cmd_link_count(args: argparse.Namespace) -> int:
    cfg = _config(args)
    with open_links(cfg) as links:
        n = links.count(cfg.identity.library_system)
    if args.json:
        print_json({"count": n, "library_system": cfg.identity.library_system})
    else:
        print(n)
    return 0
