"""Barcode scanners: NW-7 and check digits, ISBN/JAN recognition, classification, serial and keyboard-wedge drivers.

Public API::

    from hardware.barcode import Classifier, ClassifierConfig, SerialScanner, EvdevScanner, ScanKind
    scanner = SerialScanner("/dev/ttyACM0", Classifier(ClassifierConfig(item_patterns=(r"1\\d{9}",))))
    scanner.start(on_scan=callback)   # or scanner.start() and scanner.read(timeout=1.0) -> Scan | None
"""

from hardware.barcode.classify import Classifier, ClassifierConfig, Scan, ScanKind
from hardware.barcode.errors import BarcodeError, CheckDigitError, EvdevUnavailable, ScannerUnplugged
from hardware.barcode.keymap import WedgeDecoder
from hardware.barcode.scanner import EvdevScanner, SerialScanner, scanners_from_config

__all__ = [
    "BarcodeError",
    "CheckDigitError",
    "Classifier",
    "ClassifierConfig",
    "EvdevScanner",
    "EvdevUnavailable",
    "Scan",
    "ScanKind",
    "ScannerUnplugged",
    "SerialScanner",
    "WedgeDecoder",
    "scanners_from_config",
]
