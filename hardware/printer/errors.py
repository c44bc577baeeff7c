"""Typed errors of the receipt-printer layer, each with a short ``reason`` code for staff."""

from __future__ import annotations


class PrinterError(Exception):
    reason = "printer_error"

    def __init__(self, message: str = "", reason: str | None = None) -> None:
        if reason is not None:
            self.reason = reason
        super().__init__(message or self.reason)


class PrinterUnplugged(PrinterError):
    reason = "printer_unplugged"


class PrinterTimeout(PrinterError):
    """No status answer: the printer is off, offline on a serial line, or not an ESC/POS printer."""

    reason = "printer_no_answer"


class PrinterNotReady(PrinterError):
    """Status says no receipt can be printed now; ``reason`` is paper_out, cover_open, printer_error, offline."""

    reason = "printer_not_ready"


class StatusFormatError(PrinterError):
    """A status byte that does not have the fixed 0xx1xx10 shape (noise, or another device on the port)."""

    reason = "printer_bad_status"
