"""The receipt printer's status bytes (:mod:`hardware.printer.escpos` ``parse_status``): the fuzzer's bytes are the
answers to DLE EOT 1, 2 and 4 (and, in another mode, to any n), as :meth:`ReceiptPrinter.status` collects them.
Allowed: :class:`hardware.printer.errors.PrinterError` (StatusFormatError)."""

from __future__ import annotations

from fuzz.harness import Reader, Target
from hardware.printer import escpos
from hardware.printer.errors import PrinterError


def seeds() -> list[bytes]:
    ready = escpos.status_bytes(escpos.PrinterStatus())
    out = escpos.status_bytes(escpos.PrinterStatus(paper_out=True))
    return [b"\x00" + bytes(ready[n] for n in (1, 2, 4)), b"\x00" + bytes(out[n] for n in (1, 2, 4)), b"\x01\x03\x12"]


def run(data: bytes) -> str:
    r = Reader(data)
    if r.byte() & 1:
        answers = {}
        while r.left >= 2:
            answers[r.byte()] = r.byte()
    else:
        answers = {n: r.byte() for n in (1, 2, 4) if r.left}
    status = escpos.parse_status(answers)
    return status.reason


TARGET = Target(
    "printer_status",
    "hardware/printer/escpos.py: parse_status over DLE EOT answers",
    run,
    (PrinterError,),
    seeds,
    max_len=64,
)
