"""All three device simulators at once, for the demo and for other packages' tests.

with SimulatedDevices() as sims:
    cfg = config.from_dict(sims.config_sections())    # [rfid], [barcode], [printer] pointing at the ptys
    sims.rfid.add_item(ItemData("1000000001"))
    sims.scanner.scan("A1000000001B")
    sims.printer.last_text()
"""

from __future__ import annotations

import argparse
import shutil
import signal
import tempfile
import time
from pathlib import Path
from typing import Any

from hardware.rfid.model import ItemData
from hardware.sim.printer_sim import PrinterSim
from hardware.sim.rfid_sim import RfidSim
from hardware.sim.scanner_sim import ScannerSim


class SimulatedDevices:
    def __init__(self, link_dir: str | Path | None = None) -> None:
        self._own = link_dir is None
        self.dir = Path(link_dir or tempfile.mkdtemp(prefix="kiosk-devices-"))
        self.rfid = RfidSim(link_dir=self.dir)
        self.scanner = ScannerSim(link_dir=self.dir)
        self.printer = PrinterSim(link_dir=self.dir)

    def start(self) -> SimulatedDevices:
        self.rfid.start()
        self.scanner.start()
        self.printer.start()
        return self

    def stop(self) -> None:
        for sim in (self.scanner, self.printer, self.rfid):
            sim.stop()
        if self._own:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> SimulatedDevices:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def config_sections(self, **overrides: dict[str, Any]) -> dict[str, dict[str, Any]]:
        """Configuration sections (as for ``kiosk.config.from_dict``) that point the drivers at the simulators."""
        sections: dict[str, dict[str, Any]] = {
            "rfid": {"port": self.rfid.path},
            "barcode": {"serial_ports": [self.scanner.path]},
            "printer": {"port": self.printer.path},
        }
        for name, values in overrides.items():
            sections.setdefault(name, {}).update(values)
        return sections


def main(argv: list[str] | None = None) -> int:
    """``python -m hardware.sim.devices``: run the three simulators with a few demo items until Ctrl-C.

    Prints the configuration sections to paste into a kiosk.toml; the printer's receipts are written as PNG files.
    """
    ap = argparse.ArgumentParser(prog="python -m hardware.sim.devices", description=main.__doc__)
    ap.add_argument("--dir", help="where the device links are made (default: a temporary folder)")
    ap.add_argument("--png-dir", default=".", help="where receipt previews are written")
    args = ap.parse_args(argv)

    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    sims = SimulatedDevices(args.dir).start()
    sims.rfid.add_item(ItemData("1000000001"))
    sims.rfid.add_item(ItemData("1000000002", parts_in_set=2, part_number=1))
    sims.rfid.add_item(ItemData("1000000002", parts_in_set=2, part_number=2))
    for name, values in sims.config_sections().items():
        print(f"[{name}]")
        for k, v in values.items():
            print(f"{k} = {v!r}".replace("'", '"'))
    print("# simulators running; Ctrl-C to stop", flush=True)
    seen = 0
    try:
        while True:
            time.sleep(0.5)
            while seen < len(sims.printer.receipts):
                out = sims.printer.render_png(
                    Path(args.png_dir) / f"receipt-{seen + 1}.png", sims.printer.receipts[seen]
                )
                print(f"# receipt preview: {out}", flush=True)
                seen += 1
    except KeyboardInterrupt:
        pass
    finally:
        sims.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
