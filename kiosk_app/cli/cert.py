"""``kiosk cert``: check a certificate's validity with the configured checker, and manage the stored CRLs.

    kiosk cert check CERT.pem|der [--issuer CA.pem] [--json]   exit 0 accepted, 3 refused
    kiosk cert crl import FILE [--force] [--json]              verify and store a CRL (technician, bookmobile)
    kiosk cert crl fetch [--json]                              fetch [validation].crl_url now and store it
    kiosk cert crl status [--json]                             what is stored, how old, usable offline or not

Output never shows the certificate's serial or subject.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature

from kiosk import config as config_mod
from kiosk.validation import CrlStore, ValidationClient, ValidationError
from kiosk.validation import crl as crl_mod
from kiosk_app.build import crl_store, load_certificates, validation_checker
from kiosk_app.cli.common import CliError, explain, load_config, print_json

EXIT_REFUSED = 3


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("cert", help="certificate validity (OCSP, CRL)")
    sub = p.add_subparsers(dest="cert_command", metavar="SUBCOMMAND")
    sub.required = True

    c = sub.add_parser("check", help="check a certificate with the configured validation (exit 0 accepted, 3 refused)")
    c.add_argument("cert", metavar="CERT", help="the certificate, PEM or DER")
    c.add_argument("--issuer", metavar="CA", help="the issuing CA (PEM); default: found among [identity].trust_anchors")
    c.add_argument("--json", action="store_true", help="print the verdict as JSON")
    c.set_defaults(handler=cmd_check)

    crl = sub.add_parser("crl", help="the stored certificate revocation lists")
    crl_sub = crl.add_subparsers(dest="crl_command", metavar="ACTION")
    crl_sub.required = True
    i = crl_sub.add_parser("import", help="verify a CRL file against the trust anchors and store it")
    i.add_argument("file", metavar="FILE", help="the CRL, PEM or DER")
    i.add_argument("--force", action="store_true", help="store it even if older than the one stored")
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=cmd_crl_import)
    f = crl_sub.add_parser("fetch", help="fetch the CRL from [validation].crl_url now")
    f.add_argument("--json", action="store_true")
    f.set_defaults(handler=cmd_crl_fetch)
    s = crl_sub.add_parser("status", help="the stored CRLs, their age and whether they allow offline acceptance")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_crl_status)


def _read_cert(path: str) -> x509.Certificate:
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise CliError(f"cannot read {path} ({e.strerror})", reason="file") from None
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError:
        raise CliError(f"{path} is not a certificate (PEM or DER)", reason="cert_malformed") from None


def _anchors(cfg: config_mod.Config) -> list[x509.Certificate]:
    try:
        return load_certificates(cfg.identity.trust_anchors, "[identity].trust_anchors")
    except config_mod.ConfigError as e:
        raise CliError(f"configuration: {e}", code=2, reason="config") from None


def _find_issuer(cert: x509.Certificate, anchors: list[x509.Certificate]) -> x509.Certificate:
    for a in anchors:
        try:
            cert.verify_directly_issued_by(a)
        except (ValueError, TypeError, InvalidSignature):
            continue
        return a
    raise CliError(
        "no configured trust anchor issued this certificate (give --issuer or set [identity].trust_anchors)",
        reason="issuer_not_found",
    )


def cmd_check(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    cert = _read_cert(args.cert)
    issuer = _read_cert(args.issuer) if args.issuer else _find_issuer(cert, _anchors(cfg))
    if args.issuer:
        try:
            cert.verify_directly_issued_by(issuer)
        except (ValueError, TypeError, InvalidSignature):
            raise CliError("the certificate was not issued by the given --issuer", reason="issuer_mismatch") from None
    try:
        checker = validation_checker(cfg)
    except config_mod.ConfigError as e:
        raise CliError(f"configuration: {e}", code=2, reason="config") from None
    if isinstance(checker, ValidationClient):
        try:
            result = checker.check_detail(cert, issuer)
        finally:
            checker.close()
        out = result.as_dict()
        verdict = result.verdict
    else:
        verdict = checker.check(cert, issuer)
        out = {
            "ok": True,
            "allow": verdict.allow,
            "status": verdict.status.value,
            "reason": verdict.reason,
            "message": verdict.message,
            "source": "none",
        }
    out["mode"] = cfg.validation.mode
    out["explanation"] = explain(cfg, verdict.reason)
    if args.json:
        print_json(out)
    else:
        word = "ACCEPTED" if verdict.allow else "REFUSED"
        print(f"{word}: {verdict.reason} ({verdict.status.value}, source {out.get('source')})")
        if out.get("revocation_time"):
            print(f"revoked at {out['revocation_time']} reason {out.get('revocation_reason') or 'unspecified'}")
        print(verdict.message)
        print(f"for staff: {out['explanation']}")
    return 0 if verdict.allow else EXIT_REFUSED


def _store(cfg: config_mod.Config) -> CrlStore:
    return crl_store(cfg, _anchors(cfg))


def _crl_info(cfg: config_mod.Config, crl: crl_mod.Crl, now: dt.datetime) -> dict[str, object]:
    v = cfg.validation
    info = crl.summary(now, dt.timedelta(seconds=v.clock_skew_s))
    age = crl.age(now).total_seconds()
    info["offline_usable"] = bool(v.offline_acceptance and age <= v.offline_max_crl_age_s)
    info["offline_usable_for_s"] = max(0, int(v.offline_max_crl_age_s - age)) if v.offline_acceptance else 0
    return info


def cmd_crl_import(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    try:
        data = Path(args.file).read_bytes()
    except OSError as e:
        raise CliError(f"cannot read {args.file} ({e.strerror})", reason="file") from None
    now = dt.datetime.now(dt.UTC)
    store = _store(cfg)
    if not store.anchors:
        raise CliError("no trust anchors configured ([identity].trust_anchors)", code=2, reason="config")
    try:
        crl = store.put(
            data, now=now, clock_skew=dt.timedelta(seconds=cfg.validation.clock_skew_s), allow_older=args.force
        )
    except ValidationError as e:
        raise CliError(f"CRL refused: {e} [{e.reason}]", reason=e.reason) from None
    info = _crl_info(cfg, crl, now)
    if args.json:
        print_json({"ok": True, "imported": info})
    else:
        print(f"imported: {info['entries']} revoked, issued {info['this_update']}, next update {info['next_update']}")
    return 0


def cmd_crl_fetch(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    if not cfg.validation.crl_url:
        raise CliError("[validation].crl_url is not set", code=2, reason="crl_url_not_configured")
    anchors = _anchors(cfg)
    client = ValidationClient(cfg.validation, store=crl_store(cfg, anchors))
    now = dt.datetime.now(dt.UTC)
    try:
        crl = client.refresh_crl(anchors)
    except ValidationError as e:
        raise CliError(f"CRL fetch failed: {e} [{e.reason}]", reason=e.reason) from None
    finally:
        client.close()
    info = _crl_info(cfg, crl, now)
    if args.json:
        print_json({"ok": True, "fetched": info})
    else:
        print(f"fetched: {info['entries']} revoked, issued {info['this_update']}, next update {info['next_update']}")
    return 0


def cmd_crl_status(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    store = _store(cfg)
    now = dt.datetime.now(dt.UTC)
    try:
        items = store.all()
    except ValidationError as e:
        raise CliError(f"CRL store: {e} [{e.reason}]", reason=e.reason) from None
    crls: list[dict[str, object]] = []
    for path, crl in items:
        if crl is None:
            crls.append({"file": path.name, "valid": False})
            continue
        info = _crl_info(cfg, crl, now)
        info["file"] = path.name
        info["valid"] = True
        crls.append(info)
    out = {
        "ok": True,
        "mode": cfg.validation.mode,
        "offline_acceptance": cfg.validation.offline_acceptance,
        "offline_max_crl_age_s": cfg.validation.offline_max_crl_age_s,
        "crls": crls,
    }
    if args.json:
        print_json(out)
    else:
        if not crls:
            print("no CRL stored")
        for c in crls:
            if not c["valid"]:
                print(f"{c['file']}: does not verify against the trust anchors")
                continue
            if c["offline_usable"]:
                usable = f"usable offline for another {int(c['offline_usable_for_s']) // 60} min"  # type: ignore[call-overload]
            else:
                usable = "not usable offline"
            print(
                f"{c['issuer_key_id']}: {c['entries']} revoked, issued {c['this_update']}, "
                f"next update {c['next_update']}, age {c['age_s']} s, {usable}"
            )
    return 0
