"""``kiosk run``, ``kiosk run --windowed``, ``kiosk demo`` and ``kiosk maintenance hash-passcode``.

This module imports Qt only inside the handlers that open a window, so the rest of the CLI stays headless.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from kiosk import config as config_mod
from kiosk.cli import CliError, load_config, print_json

DEMO_PASSCODE = "24682468"
VPCD_BASE_PORT = 35963


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("run", help="run the kiosk (full screen unless --windowed)")
    p.add_argument("--windowed", action="store_true", help="in a window (laptops, bookmobile)")
    p.set_defaults(handler=cmd_run)

    d = sub.add_parser("demo", help="the whole kiosk on this machine with a virtual My Number Card and a control panel")
    d.add_argument("--data-dir", help="where the demo keeps its card set and files (default ~/.local/share/…/demo)")
    d.add_argument(
        "--vpcd-port",
        type=int,
        default=int(os.environ.get("KIOSK_VPCD_PORT", VPCD_BASE_PORT)),
        help="vpcd slot port for the virtual card (35963 = reader 'Virtual PCD 00 00', 35964 = '… 00 01')",
    )
    d.add_argument("--fullscreen", action="store_true", help="full screen (default: a window)")
    d.add_argument("--bookmobile", action="store_true", help="show the bookmobile banner")
    d.add_argument("--quit-after", type=float, default=0.0, help=argparse.SUPPRESS)
    d.set_defaults(handler=cmd_demo)

    m = sub.add_parser("maintenance", help="technician access")
    msub = m.add_subparsers(dest="maintenance_command", metavar="ACTION")
    msub.required = True
    h = msub.add_parser("hash-passcode", help="make [maintenance].passcode_hash from a passcode (6–16 digits)")
    h.add_argument("--stdin", action="store_true", help="read the passcode from stdin instead of asking twice")
    h.add_argument("--json", action="store_true")
    h.set_defaults(handler=cmd_hash_passcode)


def cmd_hash_passcode(args: argparse.Namespace) -> int:
    from kiosk.maintenance import MaintenanceError, hash_passcode

    if args.stdin:
        code = sys.stdin.readline().rstrip("\r\n")
    else:
        code = getpass.getpass("technician passcode (6–16 digits): ")
        if getpass.getpass("again: ") != code:
            raise CliError("the two passcodes differ", reason="passcode_mismatch")
    try:
        digest = hash_passcode(code)
    except MaintenanceError as e:
        raise CliError(str(e), code=2, reason=e.reason) from None
    if args.json:
        print_json({"ok": True, "passcode_hash": digest})
    else:
        print("[maintenance]")
        print(f'passcode_hash = "{digest}"')
    return 0


def _qt_available() -> None:
    if (
        not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        raise CliError(
            "no display: run it on the kiosk's screen, under xvfb-run, or with QT_QPA_PLATFORM=offscreen",
            code=2,
            reason="no_display",
        )


def cmd_run(args: argparse.Namespace) -> int:
    from kiosk.wiring import build_services

    cfg = load_config(args)
    _qt_available()
    from ui.app import after_start, application, build_window, exec_until_stopped

    services, start_watch = build_services(cfg)
    app = application()
    win = build_window(cfg, services, windowed=args.windowed)
    c = win.controller
    start_watch(
        c.cardPresence.emit, c.itemSeen.emit, c.barcodeScanned.emit, c.technicianCard.emit, c.incompleteSets.emit
    )
    win.show()
    after_start(win)
    try:
        return exec_until_stopped(app)
    finally:
        win.close()
        for close in services.close:
            close()


def demo_config(
    args: argparse.Namespace,
    base: config_mod.Config,
    data_dir: Path,
    anchor: Path,
    sip2_port: int = 0,
    ocsp_url: str = "",
) -> config_mod.Config:
    from kiosk.maintenance import hash_passcode
    from kiosk.sip2 import demo_data

    slot = args.vpcd_port - VPCD_BASE_PORT
    cfg = config_mod.replace(base, "kiosk", data_dir=str(data_dir))
    langs = ["ja", "en", "zh_CN", "ko", "pt", "vi"]
    if cfg.kiosk.languages == ["ja", "en"]:
        cfg = config_mod.replace(cfg, "kiosk", languages=langs)
    cfg = config_mod.replace(cfg, "identity", trust_anchors=[str(anchor)])
    cfg = config_mod.replace(cfg, "card", reader=f"Virtual PCD 00 {slot:02d}")
    cfg = config_mod.replace(cfg, "ui", fullscreen=bool(args.fullscreen), bookmobile=bool(args.bookmobile))
    if sip2_port:
        cfg = config_mod.replace(
            cfg,
            "sip2",
            host="127.0.0.1",
            port=sip2_port,
            username=demo_data.LOGIN_USER,
            password=demo_data.LOGIN_PASSWORD,
            institution=demo_data.INSTITUTION_ID,
            location=demo_data.LOCATION_CODE,
            retries=0,
            connect_timeout_s=2.0,
        )
        cfg = config_mod.replace(cfg, "offline", lending=True, identification=["mynumber", "barcode"])
    if ocsp_url:
        cfg = config_mod.replace(cfg, "validation", mode="ocsp", ocsp_url=ocsp_url, retries=0, read_timeout_s=20.0)
    if not cfg.maintenance.passcode_hash:
        cfg = config_mod.replace(cfg, "maintenance", passcode_hash=hash_passcode(DEMO_PASSCODE))
    return cfg


def _sections(cfg: config_mod.Config) -> dict:  # type: ignore[type-arg]
    import dataclasses

    return {
        f.name: dataclasses.asdict(getattr(cfg, f.name))
        for f in dataclasses.fields(cfg)
        if dataclasses.is_dataclass(getattr(cfg, f.name))
    }


def cmd_demo(args: argparse.Namespace) -> int:
    from hardware.sim import demo_cards
    from kiosk.identity.service import IdentitySetupError, open_links
    from kiosk.sip2.demo import DemoLibrary
    from kiosk.wiring import build_services, start_demo_ocsp

    base = load_config(args) if args.config else config_mod.Config()
    data_dir = Path(args.data_dir or Path.home() / ".local/share/mynumber-kiosk/demo").expanduser()
    library = responder = devices = None

    def stop_servers() -> None:
        if library is not None:
            library.close()
        if responder is not None:
            responder.stop()
        if devices is not None:
            devices.stop()

    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        cards = demo_cards.load_or_create(data_dir / "cards")
        library = DemoLibrary(db_path=data_dir / "demo-library.sqlite")
        port = library.start()
        responder = start_demo_ocsp(cards, data_dir / "ocsp")
        from hardware.sim.devices import SimulatedDevices

        devices = SimulatedDevices().start()
        cfg = demo_config(args, base, data_dir, cards.anchor_path, port, responder.url)
        cfg = config_mod.from_dict(
            {**_sections(cfg), **devices.config_sections(barcode={"technician_patterns": ["^TECH-"]})},
            source=cfg.source,
        )
        links = open_links(cfg)
    except (OSError, IdentitySetupError, RuntimeError, config_mod.ConfigError) as e:
        stop_servers()
        raise CliError(f"cannot prepare the demo in {data_dir}: {e}", code=2, reason="demo_setup") from None
    try:
        cards.link_all(links, cfg.identity.library_system)
    finally:
        links.close()
    _qt_available()
    from ui.app import after_start, application, build_window, exec_until_stopped
    from ui.demo import DemoPanel

    services, start_watch = build_services(cfg)
    if services.card is None:
        stop_servers()
        raise CliError("the demo could not set up the card reader", code=2, reason="demo_card")
    app = application()
    win = build_window(cfg, services, windowed=not args.fullscreen)
    c = win.controller
    start_watch(
        c.cardPresence.emit, c.itemSeen.emit, c.barcodeScanned.emit, c.technicianCard.emit, c.incompleteSets.emit
    )
    receipts = data_dir / "receipts"
    receipts.mkdir(exist_ok=True)
    shown_passcode = "" if base.maintenance.passcode_hash else DEMO_PASSCODE
    panel = DemoPanel(win, cards, args.vpcd_port, library, devices, receipts, passcode=shown_passcode)
    panel.arrange()  # side by side from the screen's geometry: without a window manager both would open at (0, 0)
    win.show()
    panel.show()
    after_start(win)
    print(
        f"kiosk demo: technician passcode {DEMO_PASSCODE} (five taps on the library name, or Ctrl+Alt+M)",
        file=sys.stderr,
    )
    if args.quit_after:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(args.quit_after * 1000), app.quit)
    try:
        return exec_until_stopped(app)
    finally:
        panel.shutdown()
        win.close()
        stop_servers()
