"""A serial barcode scanner on a pseudo-terminal: :meth:`ScannerSim.scan` sends a code as the scanner would.

sim = ScannerSim()
path = sim.start()
sim.scan("A1234567890B")           # NW-7 with start/stop, CR terminated
sim.scan("9784101010014", aim="]E0")   # EAN-13 with an AIM symbology identifier
sim.send_raw(b"\\x00\\xffnoise\\r")     # garbage
"""

from __future__ import annotations

from pathlib import Path

from hardware.sim.pty_device import PtyDevice


class ScannerSim(PtyDevice):
    def __init__(self, name: str = "ttyScanner", link_dir: str | Path | None = None, suffix: bytes = b"\r") -> None:
        super().__init__(name, link_dir)
        self.suffix = suffix
        self.received = bytearray()

    def scan(self, code: str, *, aim: str = "", suffix: bytes | None = None) -> None:
        self.send((aim + code).encode("ascii") + (self.suffix if suffix is None else suffix))

    def send_raw(self, data: bytes) -> None:
        self.send(data)

    def on_data(self, data: bytes) -> None:
        # scanners take configuration commands; this one only records them
        self.received += data
