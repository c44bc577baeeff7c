"""All three device simulators at once, for the demo and for other packages' tests.

with SimulatedDevices() as sims:
    cfg = config.from_dict(sims.config_sections())    # [rfid], [barcode], [printer] pointing at the ptys
    sims.rfid.add_item(ItemData("1000000001"))
    sims.scanner.scan("A1000000001B")
    sims.printer.last_text()
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

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
