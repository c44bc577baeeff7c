"""``kiosk run``, ``kiosk run --windowed`` and ``kiosk demo``: the kiosk on a screen.

Both build the kiosk with :func:`kiosk_app.build.build_kiosk` and open it with :mod:`kiosk_app.gui`; the demo first
starts its world (:mod:`kiosk_app.demo`) and points the configuration at it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kiosk import config as config_mod
from kiosk_app.build import IdentitySetupError, build_kiosk, open_links
from kiosk_app.cli.common import CliError, load_config, use_log_level
from kiosk_app.demo import DEMO_PASSCODE, VPCD_BASE_PORT, Delays, DemoWorld


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
    for part, what in (("library", "each SIP2 request to the demo library system"),
                       ("validation", "each OCSP request to the validation service (LGWAN: try 300)"),
                       ("reader", "each command of the simulated RFID reader")):  # fmt: skip
        d.add_argument(f"--{part}-delay-ms", type=float, default=0.0, metavar="MS", help=f"answer {what} this late")
    d.add_argument(
        "--speech",
        action="store_true",
        help="spoken guidance (off in the demo unless asked: the first start renders its phrases, about a minute)",
    )
    d.add_argument("--quit-after", type=float, default=0.0, help=argparse.SUPPRESS)
    d.set_defaults(handler=cmd_demo)


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
    cfg = load_config(args)
    use_log_level(args, cfg)
    _qt_available()
    # Qt is imported only by the commands that open a window: the headless commands run without PySide6
    from kiosk_app import gui

    kiosk = build_kiosk(cfg)
    win = gui.open_window(kiosk, windowed=args.windowed)
    return gui.run(win, gui.telemetry(win, liveness=kiosk.alive), kiosk.supervisor)


def cmd_demo(args: argparse.Namespace) -> int:
    base = load_config(args) if args.config else config_mod.Config()
    use_log_level(args, base)
    base = config_mod.replace(base, "ui", speech=args.speech)
    data_dir = Path(args.data_dir or Path.home() / ".local/share/mynumber-kiosk/demo").expanduser()
    try:
        delays = Delays(*(max(ms, 0.0) / 1000 for ms in (args.library_delay_ms, args.validation_delay_ms,
                                                         args.reader_delay_ms)))  # fmt: skip
        world = DemoWorld.start(data_dir, delays=delays)
    except (OSError, RuntimeError) as e:
        raise CliError(f"cannot prepare the demo in {data_dir}: {e}", code=2, reason="demo_setup") from None
    try:
        try:
            cfg = world.config(
                base,
                vpcd_port=args.vpcd_port,
                fullscreen=args.fullscreen,
                bookmobile=args.bookmobile,
                # the demo's library cards are known as such: one scanned while lending is a note, not an item
                barcode={"technician_patterns": ["^TECH-"], "patron_patterns": [r"^1000000\d$"]},
            )
            with open_links(cfg) as links:
                world.link_cards(links, cfg.identity.library_system)
        except (OSError, IdentitySetupError, config_mod.ConfigError) as e:
            raise CliError(f"cannot prepare the demo in {data_dir}: {e}", code=2, reason="demo_setup") from None
        _qt_available()
        return _demo_window(args, base, world, world.build(cfg))
    finally:
        world.stop()


def _demo_window(args: argparse.Namespace, base: config_mod.Config, world: DemoWorld, kiosk) -> int:  # type: ignore[no-untyped-def]
    # Qt is imported only by the commands that open a window: the headless commands run without PySide6
    from PySide6.QtCore import QTimer

    from kiosk_app import gui
    from ui.app import application
    from ui.demo import DemoPanel

    if kiosk.services.card is None:
        kiosk.close()
        raise CliError("the demo could not set up the card reader", code=2, reason="demo_card")
    win = gui.open_window(kiosk, windowed=not args.fullscreen)
    receipts = world.data_dir / "receipts"
    receipts.mkdir(exist_ok=True)
    shown_passcode = "" if base.maintenance.passcode_hash else DEMO_PASSCODE
    panel = DemoPanel(
        win,
        world.cards,
        args.vpcd_port,
        world.library,
        world.devices,
        receipts,
        passcode=shown_passcode,
        reader=world.reader,
        responder=world.responder,
    )
    panel.arrange()  # side by side from the screen's geometry: without a window manager both would open at (0, 0)
    panel.show()
    print(
        f"kiosk demo: technician passcode {DEMO_PASSCODE} (five taps on the library name, or Ctrl+Alt+M)",
        file=sys.stderr,
    )
    if args.quit_after:
        QTimer.singleShot(int(args.quit_after * 1000), application().quit)
    try:
        return gui.run(win, gui.telemetry(win, liveness=kiosk.alive), kiosk.supervisor)
    finally:
        panel.shutdown()
