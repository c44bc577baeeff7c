"""Typed errors of the barcode layer, each with a short ``reason`` code for staff."""

from __future__ import annotations


class BarcodeError(Exception):
    reason = "barcode_error"

    def __init__(self, message: str = "", reason: str | None = None) -> None:
        if reason is not None:
            self.reason = reason
        super().__init__(message or self.reason)


class CheckDigitError(BarcodeError):
    reason = "check_digit"


class ScannerUnplugged(BarcodeError):
    reason = "scanner_unplugged"


class EvdevUnavailable(BarcodeError):
    """python-evdev is not installed (keyboard-wedge scanners need it; serial scanners do not)."""

    reason = "evdev_missing"
