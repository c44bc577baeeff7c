"""An ESC/POS receipt printer on a pseudo-terminal: it decodes what it is sent and answers DLE EOT status.

    sim = PrinterSim()
    path = sim.start()
    sim.paper_out = True          # or cover_open, paper_near_end, error, online = False
    … the driver prints …
    sim.receipts[-1].text()       # the decoded text of the last cut receipt
    sim.render_png("receipt.png") # a picture of it (Qt, offscreen)

A printer that cannot print (paper out, cover open, error) drops what it is sent, as a real one would lose it;
``discarded_bytes`` counts that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hardware.printer.escpos import PrinterStatus, status_bytes
from hardware.sim import escpos_decoder as d
from hardware.sim.pty_device import PtyDevice
from hardware.sim.receipt_preview import render_receipt_png


@dataclass
class SimReceipt:
    elements: list[d.TextLine | d.Raster | d.Qr] = field(default_factory=list)
    cut: bool = False

    def lines(self) -> list[str]:
        return [e.text for e in self.elements if isinstance(e, d.TextLine)]

    def text(self) -> str:
        return "\n".join(self.lines())

    @property
    def rasters(self) -> list[d.Raster]:
        return [e for e in self.elements if isinstance(e, d.Raster)]

    @property
    def qr(self) -> list[str]:
        return [e.data for e in self.elements if isinstance(e, d.Qr)]


class PrinterSim(PtyDevice):
    def __init__(self, name: str = "ttyPrinter", link_dir: str | Path | None = None, paper_dots: int = 576) -> None:
        super().__init__(name, link_dir)
        self.paper_dots = paper_dots
        self.online = True
        self.cover_open = False
        self.paper_out = False
        self.paper_near_end = False
        self.error = False
        #: do not answer status requests (a printer switched off on a serial line)
        self.mute = False
        self.decoder = d.EscPosDecoder()
        self.receipts: list[SimReceipt] = []
        self.current = SimReceipt()
        self.received_bytes = 0
        self.discarded_bytes = 0
        self.status_requests = 0
        self.unknown: list[bytes] = []
        #: pull the cable once this many print bytes have arrived (mid-receipt)
        self.unplug_after_bytes: int | None = None
        #: answer status requests with these bytes instead (noise on the line, another device)
        self.status_reply_override: bytes | None = None

    @property
    def status(self) -> PrinterStatus:
        return PrinterStatus(
            online=self.online,
            cover_open=self.cover_open,
            paper_out=self.paper_out,
            paper_near_end=self.paper_near_end,
            error=self.error,
        )

    def on_data(self, data: bytes) -> None:
        with self.lock:
            self.received_bytes += len(data)
            if self.unplug_after_bytes is not None and self.received_bytes >= self.unplug_after_bytes:
                self.unplug_after_bytes = None
                self.unplug()
                return
            self.decoder.receive_data(data)
            for tok in self.decoder.events():
                self._handle(tok)

    def _handle(self, tok: d.Token) -> None:
        if isinstance(tok, d.StatusRequest):
            self.status_requests += 1
            if self.status_reply_override is not None:
                self.send(self.status_reply_override)
            elif not self.mute:
                self.send(bytes([status_bytes(self.status).get(tok.n, 0x12)]))
            return
        if not self.status.can_print:
            self.discarded_bytes += 1
            return
        if isinstance(tok, d.TextLine | d.Raster | d.Qr):
            self.current.elements.append(tok)
        elif isinstance(tok, d.Cut):
            self.current.cut = True
            self.receipts.append(self.current)
            self.current = SimReceipt()
        elif isinstance(tok, d.Unknown):
            self.unknown.append(tok.data)

    def last_text(self) -> str:
        with self.lock:
            return self.receipts[-1].text() if self.receipts else ""

    def render_png(self, path: str | Path, receipt: SimReceipt | None = None) -> Path:
        """Draw a receipt (default: the last one cut) as the paper would look."""
        with self.lock:
            r = receipt or (self.receipts[-1] if self.receipts else self.current)
            return render_receipt_png(r, Path(path), self.paper_dots)
