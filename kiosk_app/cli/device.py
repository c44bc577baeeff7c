"""``kiosk device list|inventory|test-print|scan``: technician diagnostics for the RFID pad, scanners and printer.

Exit status: 0 fine, 1 a device answered but is not ready (paper out, cover open…), 2 configuration or usage,
3 a device is absent or does not answer. Output never includes log-forbidden data except what the technician asks
to see on this screen (``inventory`` shows the item numbers on the pad; nothing is logged).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import queue
from typing import Any

from hardware.barcode import BarcodeError, scanners_from_config
from hardware.printer import PrinterError, ReceiptItem, ReceiptPrinter, compose_receipt
from hardware.rfid import RfidError, RfidReader, Stack
from hardware.rfid.errors import TagFormatError
from hardware.rfid.tagmodels import normalise_uid
from kiosk_app.cli.common import CliError, explain, load_config, print_json


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    dev = sub.add_parser("device", help="RFID pad, barcode scanners, receipt printer: status and tests")
    dsub = dev.add_subparsers(dest="device_command", metavar="ACTION")
    dsub.required = True
    p = dsub.add_parser("list", help="every configured device and its state")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_list)
    p = dsub.add_parser("inventory", help="the tags on the RFID pad, decoded")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_inventory)
    p = dsub.add_parser("security", help="switch one tag's security by UID (read back; never a lock)")
    p.add_argument("uid", help="the tag's UID, 16 hex digits (see 'kiosk device inventory')")
    state = p.add_mutually_exclusive_group(required=True)
    state.add_argument("--secure", action="store_true", help="on the shelf: the gate alarms")
    state.add_argument("--lent", action="store_true", help="lent: the gate stays silent")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_security)
    p = dsub.add_parser("test-print", help="print a test receipt (status is checked first)")
    p.add_argument("--mode", choices=["kanji", "raster"], help="override [printer].mode")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_test_print)
    p = dsub.add_parser("scan", help="wait for one scan and show how it is classified")
    p.add_argument("--timeout", type=float, default=15.0, help="seconds to wait (default 15)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_scan)


def _rfid_state(cfg: Any) -> dict[str, Any]:
    if not cfg.rfid.port:
        return {"device": "rfid", "health": "absent", "reason": "absent"}
    try:
        with RfidReader.from_config(cfg.rfid) as r:
            version = r.probe()
        return {"device": "rfid", "health": "ok", "reason": "ok", "port": cfg.rfid.port, "version": version}
    except RfidError as e:
        return {"device": "rfid", "health": "error", "reason": e.reason, "port": cfg.rfid.port}


def _printer_state(cfg: Any) -> dict[str, Any]:
    if not cfg.printer.port:
        return {"device": "printer", "health": "absent", "reason": "absent"}
    try:
        with ReceiptPrinter.from_config(cfg.printer) as p:
            st = p.status()
    except PrinterError as e:
        return {"device": "printer", "health": "error", "reason": e.reason, "port": cfg.printer.port}
    health = "ok" if st.reason == "ok" else ("warning" if st.can_print else "error")
    return {"device": "printer", "health": health, "reason": st.reason, "port": cfg.printer.port}


def _scanner_states(cfg: Any) -> list[dict[str, Any]]:
    out = []
    for port in cfg.barcode.serial_ports:
        there = os.path.exists(port)
        out.append(
            {
                "device": "scanner",
                "kind": "serial",
                "port": port,
                "health": "ok" if there else "error",
                "reason": "present" if there else "missing",
            }
        )
    for path in cfg.barcode.evdev_devices:
        there = os.path.exists(path)
        out.append(
            {
                "device": "scanner",
                "kind": "evdev",
                "port": path,
                "health": "ok" if there else "error",
                "reason": "present" if there else "missing",
            }
        )
    if not out:
        out.append({"device": "scanner", "health": "absent", "reason": "absent"})
    return out


def device_states(cfg: Any) -> list[dict[str, Any]]:
    """One dict per device: device, health (ok/warning/error/absent), reason code, port."""
    return [_rfid_state(cfg), *_scanner_states(cfg), _printer_state(cfg)]


def cmd_list(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    states = device_states(cfg)
    if args.json:
        print_json({"ok": all(s["health"] in ("ok", "warning", "absent") for s in states), "devices": states})
    else:
        for s in states:
            where = f" {s['port']}" if s.get("port") else ""
            print(f"{s['device']:<8} {s['health']:<8} {s['reason']:<18}{where}  {explain(cfg, s['reason'])}")
    if any(s["health"] == "error" and s["reason"] in ("paper_out", "cover_open", "printer_error") for s in states):
        return 1
    return 3 if any(s["health"] == "error" for s in states) else 0


def cmd_inventory(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    if not cfg.rfid.port:
        raise CliError("no RFID pad configured ([rfid].port)", code=2, reason="absent")
    try:
        with RfidReader.from_config(cfg.rfid) as r:
            tags = r.inventory()
    except RfidError as e:
        raise CliError(f"RFID pad: {explain(cfg, e.reason)}", code=3, reason=e.reason) from None
    stack = Stack(cfg.rfid.sets)
    stack.update(tags)
    rows = [
        {
            "uid": t.uid,
            "item": t.item.item_id if t.item else None,
            "part": f"{t.item.part_number}/{t.item.parts_in_set}" if t.item else None,
            "afi": f"0x{t.afi:02X}" if t.afi is not None else None,
            "security": {True: "lent", False: "secured", None: "unknown"}[t.lent],
            "error": t.error,
            # optional parts of the tag that could not be decoded (the item is still lendable)
            "problems": [f"{q.element}:{q.reason}" for q in t.item.problems] if t.item else [],
        }
        for t in tags
    ]
    incomplete = [{"item": s.item_id, "missing_parts": s.missing_parts} for s in stack.incomplete()]
    if args.json:
        print_json({"ok": True, "tags": rows, "incomplete_sets": incomplete})
    else:
        for row in rows:
            print(
                f"{row['uid']}  {row['item'] or '-':<16} {row['part'] or '':<6} {row['afi'] or '':<5} "
                f"{row['security']:<8} {row['error'] or ' '.join(row['problems'])}"
            )
        for s in incomplete:
            print(f"incomplete set {s['item']}: missing parts {s['missing_parts']}")
        print(f"{len(rows)} tag(s)")
    return 0


def cmd_security(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    if not cfg.rfid.port:
        raise CliError("no RFID pad configured ([rfid].port)", code=2, reason="absent")
    try:
        uid = normalise_uid(args.uid)
    except TagFormatError:
        raise CliError("a UID is 16 hex digits, as 'kiosk device inventory' shows it", code=2, reason="usage") from None
    try:
        with RfidReader.from_config(cfg.rfid) as r:
            res = r.set_security(uid, lent=bool(args.lent))
    except RfidError as e:
        raise CliError(f"RFID pad: {explain(cfg, e.reason)}", code=3, reason=e.reason) from None
    out = {"ok": res.ok, "uid": uid, "state": res.final_state, "attempts": res.attempts, "reason": res.reason}
    if args.json:
        print_json(out)
    else:
        print(f"{uid}: {res.final_state} after {res.attempts} attempt(s) ({res.reason})")
    return 0 if res.ok else 1


def cmd_test_print(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    if not cfg.printer.port:
        raise CliError("no printer configured ([printer].port)", code=2, reason="absent")
    printer = ReceiptPrinter.from_config(cfg.printer)
    if args.mode:
        printer.mode = args.mode
    today = dt.date.today()
    receipt = compose_receipt(
        cfg.printer,
        cfg.receipt,
        library_name=cfg.kiosk.library_name,
        items=[
            ReceiptItem("テスト印字 漢字・ひらがな・カタカナ・ｶﾀｶﾅ", today + dt.timedelta(days=14)),
            ReceiptItem("Test print ABC 0123456789", today + dt.timedelta(days=14)),
        ],
        holds_ready=1,
        patron_number="0000000000",
    )
    try:
        with printer:
            res = printer.print_receipt(receipt)
    except PrinterError as e:
        code = 1 if e.reason in ("paper_out", "cover_open", "printer_error", "offline") else 3
        raise CliError(f"printer: {explain(cfg, e.reason)}", code=code, reason=e.reason) from None
    out = {
        "ok": True,
        "mode": res.mode,
        "bytes": res.bytes_sent,
        "replaced_chars": res.replaced_chars,
        "status_after": res.status_after,
    }
    if args.json:
        print_json(out)
    else:
        print(f"printed a test receipt ({res.mode}, {res.bytes_sent} bytes); after: {res.status_after}")
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    scanners = scanners_from_config(cfg.barcode)
    if not scanners:
        raise CliError("no scanner configured ([barcode].serial_ports / evdev_devices)", code=2, reason="absent")
    got: queue.Queue[Any] = queue.Queue()
    try:
        for s in scanners:
            s.start(on_scan=got.put)
        try:
            scan = got.get(timeout=args.timeout)
        except queue.Empty:
            raise CliError("no scan within the timeout", code=3, reason="no_scan") from None
    except BarcodeError as e:
        raise CliError(f"scanner: {e.reason}", code=3, reason=e.reason) from None
    finally:
        for s in scanners:
            s.stop()
    out = {"ok": True, "kind": scan.kind.value, "symbology": scan.symbology, "reason": scan.reason, "value": scan.value}
    if args.json:
        print_json(out)
    else:
        print(f"{scan.kind.value} {scan.symbology} {scan.reason} {scan.value}")
    return 0
