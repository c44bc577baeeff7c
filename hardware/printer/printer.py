"""The receipt printer driver: ESC/POS over a serial port or a USB printer-class device (``/dev/usb/lp0``).

:meth:`ReceiptPrinter.status` asks ``DLE EOT 1/2/4`` before anything is promised; :meth:`print_receipt` checks the
status again, refuses with :class:`PrinterNotReady` (reason paper_out, cover_open, …) instead of sending a receipt
into a printer that cannot print it, and raises :class:`PrinterUnplugged` if the device goes away mid-receipt (the
next call opens it again).
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import termios
import threading
import time
from dataclasses import dataclass
from typing import Any, Protocol

import serial

import eventlog
from hardware.printer import escpos
from hardware.printer.errors import PrinterError, PrinterNotReady, PrinterTimeout, PrinterUnplugged, StatusFormatError
from hardware.printer.escpos import PrinterStatus
from hardware.printer.receipt import COLUMNS, Receipt, build_kanji, build_raster, layout

logger = logging.getLogger("hardware.printer")
MODES = ("kanji", "raster")
_IO_ERRORS = (serial.SerialException, OSError, termios.error, TypeError)


class Transport(Protocol):
    def write(self, data: bytes) -> None: ...
    def read(self, n: int, timeout: float) -> bytes: ...
    def drain(self) -> None: ...
    def close(self) -> None: ...


class SerialTransport:
    def __init__(self, port: str, baud: int) -> None:
        self._s = serial.Serial(port, baud, timeout=0.05, write_timeout=30)

    def write(self, data: bytes) -> None:
        self._s.write(data)

    def read(self, n: int, timeout: float) -> bytes:
        deadline = time.monotonic() + timeout
        out = b""
        while len(out) < n and time.monotonic() < deadline:
            out += self._s.read(n - len(out))
        return out

    def drain(self) -> None:
        self._s.reset_input_buffer()

    def close(self) -> None:
        self._s.close()


class UsbLpTransport:
    """A USB printer-class device node (bidirectional ``/dev/usb/lpN``): plain reads and writes."""

    def __init__(self, path: str) -> None:
        self._fd = os.open(path, os.O_RDWR | os.O_NOCTTY)

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            n = os.write(self._fd, view)
            view = view[n:]

    def read(self, n: int, timeout: float) -> bytes:
        deadline = time.monotonic() + timeout
        out = b""
        while len(out) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            ready, _, _ = select.select([self._fd], [], [], left)
            if ready:
                chunk = os.read(self._fd, n - len(out))
                if not chunk:
                    raise OSError("device gone")
                out += chunk
        return out

    def drain(self) -> None:
        while select.select([self._fd], [], [], 0)[0]:
            if not os.read(self._fd, 256):
                raise OSError("device gone")

    def close(self) -> None:
        os.close(self._fd)


@dataclass(frozen=True)
class PrintResult:
    bytes_sent: int
    seconds: float
    mode: str
    #: characters outside JIS X 0208 printed as 〓 (Kanji mode only)
    replaced_chars: int
    #: status after printing (paper near end is a warning for staff)
    status_after: str


class ReceiptPrinter:
    def __init__(
        self,
        port: str,
        *,
        baud: int = 115200,
        transport: str = "serial",
        mode: str = "kanji",
        paper_mm: int = 80,
        qr: bool = True,
        status_timeout_s: float = 1.0,
        raster_fallback: bool = True,
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"printer mode must be one of {MODES}")
        if paper_mm not in COLUMNS:
            raise ValueError("paper width must be 58 or 80 mm")
        if transport not in ("serial", "usblp"):
            raise ValueError("transport must be 'serial' or 'usblp'")
        self.port = port
        self.baud = baud
        self.transport_kind = transport
        self.mode = mode
        self.paper_mm = paper_mm
        self.qr = qr
        self.status_timeout_s = status_timeout_s
        #: in Kanji mode, print a receipt as raster when its text has characters outside the printer's font
        self.raster_fallback = raster_fallback
        self._t: Transport | None = None
        self._lock = threading.RLock()
        #: the state last logged (printer.status is logged when it changes, not on every status request)
        self._status_logged: str | None = None

    @classmethod
    def from_config(cls, section: Any) -> ReceiptPrinter:
        """Build from the ``[printer]`` configuration section."""
        return cls(
            section.port,
            baud=section.baud,
            transport=section.transport,
            mode=section.mode,
            paper_mm=section.paper_width_mm,
            qr=section.qr,
            status_timeout_s=section.status_timeout_s,
            raster_fallback=section.raster_fallback,
        )

    def open(self) -> None:
        with self._lock:
            if self._t is not None:
                return
            try:
                self._t = (
                    SerialTransport(self.port, self.baud)
                    if self.transport_kind == "serial"
                    else UsbLpTransport(self.port)
                )
            except (serial.SerialException, OSError, ValueError):
                self._t = None
                raise PrinterUnplugged("receipt printer not present") from None

    def close(self) -> None:
        with self._lock:
            t, self._t = self._t, None
            if t is not None:
                with contextlib.suppress(*_IO_ERRORS):
                    t.close()

    def __enter__(self) -> ReceiptPrinter:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _lost(self) -> PrinterUnplugged:
        self.close()
        eventlog.event(logger, "printer.unplugged", logging.WARNING)
        return PrinterUnplugged("receipt printer went away")

    def status(self, timeout_s: float | None = None) -> PrinterStatus:
        """Ask the printer (DLE EOT 1, 2, 4). Raises PrinterUnplugged, PrinterTimeout or StatusFormatError."""
        first_timeout = self.status_timeout_s if timeout_s is None else timeout_s
        with self._lock:
            self.open()
            t = self._t
            assert t is not None
            answers: dict[int, int] = {}
            try:
                t.drain()
                for i, n in enumerate((1, 2, 4)):
                    t.write(escpos.status_request(n))
                    got = t.read(1, first_timeout if i == 0 else self.status_timeout_s)
                    if not got:
                        raise PrinterTimeout("no status answer from the printer")
                    answers[n] = got[0]
            except _IO_ERRORS:
                raise self._lost() from None
        st = escpos.parse_status(answers)
        if st.reason != self._status_logged:  # maintenance asks every few seconds: a line when it changes
            self._status_logged = st.reason
            eventlog.event(logger, "printer.status", state=st.reason)
        return st

    def check_ready(self) -> PrinterStatus:
        """The status, or PrinterNotReady with the reason: ask this *before* offering a receipt."""
        st = self.status()
        if not st.can_print:
            raise PrinterNotReady(f"printer cannot print: {st.reason}", reason=st.reason)
        return st

    def render(self, receipt: Receipt) -> tuple[bytes, str, int]:
        """The receipt's bytes, the mode used, and how many characters print as 〓 (Kanji mode only)."""
        if self.mode == "kanji":
            lines = layout(receipt, COLUMNS[self.paper_mm]).lines
            replaced = sum(escpos.encode_sjis(ln.text)[1] for ln in lines)
            if not (replaced and self.raster_fallback):
                return build_kanji(receipt, self.paper_mm, self.qr), "kanji", replaced
        return build_raster(receipt, self.paper_mm, self.qr), "raster", 0

    def print_receipt(self, receipt: Receipt) -> PrintResult:
        """Check the status, send the receipt, report. Raises PrinterNotReady / PrinterUnplugged / PrinterTimeout."""
        data, mode, replaced = self.render(receipt)
        with self._lock:
            self.check_ready()
            t0 = time.perf_counter()
            t = self._t
            assert t is not None
            try:
                t.write(data)
            except _IO_ERRORS:
                raise self._lost() from None
            seconds = time.perf_counter() - t0
            try:
                # the status request queues behind the receipt on the line: allow for the transfer time
                line_s = len(data) * 10 / self.baud if self.transport_kind == "serial" else 0.0
                after = self.status(timeout_s=self.status_timeout_s + line_s * 2).reason
            except PrinterError as e:
                after = e.reason
        eventlog.event(logger, "printer.printed", mode=mode, size=len(data), items=len(receipt.items), after=after)
        return PrintResult(len(data), seconds, mode, replaced, after)


__all__ = ["ReceiptPrinter", "PrintResult", "PrinterStatus", "StatusFormatError"]
