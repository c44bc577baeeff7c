"""The receipt printer: ESC/POS encoder (Kanji mode and raster), status parsing, receipt layout, the driver.

Public API::

    from hardware.printer import ReceiptPrinter, Receipt, ReceiptItem
    printer = ReceiptPrinter("/dev/ttyUSB0", mode="kanji", paper_mm=80)
    printer.status()                 # PrinterStatus: can_print, reason (ok, paper_out, cover_open, …)
    printer.print_receipt(receipt)   # PrintResult, or PrinterNotReady / PrinterUnplugged / PrinterTimeout
"""

from hardware.printer.errors import (
    PrinterError,
    PrinterNotReady,
    PrinterTimeout,
    PrinterUnplugged,
    StatusFormatError,
)
from hardware.printer.escpos import EscPos, PrinterStatus, parse_status
from hardware.printer.printer import PrintResult, ReceiptPrinter
from hardware.printer.receipt import (
    Receipt,
    ReceiptItem,
    build_kanji,
    build_raster,
    compose_receipt,
    layout,
    mask_patron_number,
)

__all__ = [
    "EscPos",
    "PrintResult",
    "PrinterError",
    "PrinterNotReady",
    "PrinterStatus",
    "PrinterTimeout",
    "PrinterUnplugged",
    "Receipt",
    "ReceiptItem",
    "ReceiptPrinter",
    "StatusFormatError",
    "build_kanji",
    "build_raster",
    "compose_receipt",
    "layout",
    "mask_patron_number",
    "parse_status",
]
