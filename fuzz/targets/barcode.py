"""What the scanners send (:mod:`hardware.barcode`): a scanned line through the :class:`Classifier` with a library's
patterns and each check-digit scheme (``classify`` must answer every line, never raise), the check-digit functions
on their own, and key events from a keyboard-wedge scanner through the :class:`WedgeDecoder` (both layouts).
Allowed: :class:`hardware.barcode.errors.BarcodeError` (CheckDigitError) from the check-digit functions only."""

from __future__ import annotations

from functools import cache

from fuzz.harness import Reader, Target
from hardware.barcode import checkdigit
from hardware.barcode.classify import Classifier, ClassifierConfig
from hardware.barcode.errors import BarcodeError
from hardware.barcode.keymap import LAYOUTS, WedgeDecoder, keys_for


@cache
def _classifier(scheme: str, ten: str, transmitted: bool) -> Classifier:
    return Classifier(
        ClassifierConfig(
            patron_patterns=(r"1\d{7}", r"[AB]\d{9}[AB]"),
            item_patterns=(r"T\d{7}", r"\d{10}"),
            technician_patterns=(r"TECH-\d+",),
            check_digit=scheme,
            check_digit_transmitted=transmitted,
            mod11_ten=ten,
        )
    )


def seeds() -> list[bytes]:
    wedge = b"".join(bytes([1, code, 1 + shift]) + bytes([1, code, 0]) for code, shift in keys_for("T0000001", "jis"))
    return [
        b"\x00\x00" + b"10000001\r",
        b"\x00\x01" + b"A1234567890B",
        b"\x00\x09" + b"]E09784101010014",
        b"\x01\x04" + b"123456785",
        b"\x01\x09" + b"A37859+B",
        b"\x02\x00" + wedge + b"\x01\x1c\x01",
    ]


def run(data: bytes) -> str:
    r = Reader(data)
    mode = r.byte() % 3
    opts = r.byte()
    scheme = checkdigit.SCHEMES[opts % len(checkdigit.SCHEMES)]
    ten = checkdigit.MOD11_TEN[(opts >> 4) % 3]
    if mode == 0:
        text = r.rest().decode("latin-1")
        try:
            scan = _classifier(scheme, ten, not opts & 0x40).classify(text, "serial:fuzz")
        except BarcodeError as e:
            raise AssertionError(f"classify raised {type(e).__name__}") from e
        return f"{scan.kind.value}:{scan.reason}"
    if mode == 1:
        text = r.rest().decode("latin-1")
        value = checkdigit.verify(text, scheme, ten)
        if text[:-1]:
            checkdigit.compute(text[:-1], scheme, ten)
        return "verified" if value is not None else "none"
    decoder = WedgeDecoder(LAYOUTS[opts & 1])
    label = "typing"
    t = 0.0
    while r.left >= 3:
        ev_type, code, value = r.byte(), r.byte(), r.byte()
        t += (value >> 2) * 0.01
        scan = decoder.feed(ev_type & 3, code, value & 3, t)
        if scan is not None:
            label = "scan_ok" if scan.ok else "scan_broken"
            _classifier(scheme, ten, True).classify(scan.text, "evdev:fuzz")
    return label


TARGET = Target(
    "barcode",
    "hardware/barcode/classify.py, checkdigit.py, keymap.py: classify, verify/compute, WedgeDecoder",
    run,
    (BarcodeError,),
    seeds,
    max_len=512,
    dictionary=(b"]E0", b"]F0", b"A", b"B", b"TECH-", b"978", b"192", b"\r"),
)
