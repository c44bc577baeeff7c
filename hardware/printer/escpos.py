"""ESC/POS, sans-I/O: a command encoder (Kanji mode with Shift_JIS, raster images, QR, cut) and status parsing.

Why not python-escpos (3.1): its ``text()`` has no Kanji mode and silently sends GB18030 bytes for Japanese (wrong
characters on a Japanese printer, no error); its status helpers need a readable backend and fail on ``Dummy``; its
transports are thin wrappers over pyserial/pyusb we already have; its image path goes through Pillow, which the kiosk
does not otherwise need, while our raster renderer uses Qt (already installed for the screens); and its native QR
command is the same eight bytes per function as here. A receipt needs about fifteen commands, all below, so the kiosk
writes them itself and keeps one code path that tests decode byte for byte. python-escpos is not a dependency.

Commands (Epson ESC/POS, as used by Japanese-model receipt printers):

* ``ESC @`` initialise; ``ESC t 1`` code table Katakana (half-width kana as single bytes 0xA1–0xDF)
* ``FS C 1`` Kanji code system Shift_JIS; ``FS &`` Kanji mode on; ``FS .`` off
* ``ESC a n`` justification; ``GS ! n`` character size; ``ESC E n`` emphasis; ``ESC d n`` feed lines
* ``GS v 0 m xL xH yL yH d…`` raster bit image (x in bytes, 1 = black, MSB = leftmost dot)
* ``GS ( k`` QR code: model 2, module size, error correction, store, print
* ``GS V 0`` / ``GS V 1`` full / partial cut
* ``DLE EOT n`` real-time status (n = 1 printer, 2 offline cause, 3 error cause, 4 roll paper sensor)
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from hardware.printer.errors import StatusFormatError

ESC, GS, FS, DLE, EOT, LF = 0x1B, 0x1D, 0x1C, 0x10, 0x04, 0x0A
INIT = b"\x1b@"
KANJI_ON = b"\x1c&"
KANJI_OFF = b"\x1c."
KANJI_SJIS = b"\x1cC\x01"
CODE_TABLE_KATAKANA = b"\x1bt\x01"
#: what a character the printer's Shift_JIS (JIS X 0208) font cannot hold is printed as: 〓 (geta)
GETA = "〓"
#: rows per GS v 0 band (printers limit one raster command's height; bands also keep the buffer small)
RASTER_BAND = 256


def encode_sjis(text: str) -> tuple[bytes, int]:
    """Text → Shift_JIS bytes; characters outside JIS X 0208 become 〓. Returns (bytes, how many were replaced)."""
    out = bytearray()
    replaced = 0
    for ch in text:
        if ch in "\r\n":
            continue
        try:
            out += ch.encode("shift_jis")
        except UnicodeEncodeError:
            out += GETA.encode("shift_jis")
            replaced += 1
    return bytes(out), replaced


class EscPos:
    """A small command builder: call methods, then :meth:`bytes`. Pure (no I/O)."""

    def __init__(self) -> None:
        self._out = bytearray()
        self.replaced_chars = 0

    def bytes(self) -> builtins.bytes:
        return builtins.bytes(self._out)

    def raw(self, data: builtins.bytes) -> EscPos:
        self._out += data
        return self

    def init(self) -> EscPos:
        return self.raw(INIT)

    def kanji_setup(self) -> EscPos:
        """Shift_JIS Kanji mode with Katakana for half-width kana (call after :meth:`init`)."""
        return self.raw(CODE_TABLE_KATAKANA + KANJI_SJIS + KANJI_ON)

    def kanji_off(self) -> EscPos:
        return self.raw(KANJI_OFF)

    def align(self, how: str) -> EscPos:
        return self.raw(bytes([ESC, ord("a"), {"left": 0, "center": 1, "right": 2}[how]]))

    def size(self, width: int = 1, height: int = 1) -> EscPos:
        if not (1 <= width <= 8 and 1 <= height <= 8):
            raise ValueError("character size 1–8")
        return self.raw(bytes([GS, ord("!"), ((width - 1) << 4) | (height - 1)]))

    def bold(self, on: bool = True) -> EscPos:
        return self.raw(bytes([ESC, ord("E"), 1 if on else 0]))

    def line(self, text: str = "") -> EscPos:
        """One line of text in Kanji mode (Shift_JIS), then LF."""
        data, replaced = encode_sjis(text)
        self.replaced_chars += replaced
        return self.raw(data + b"\n")

    def feed(self, lines: int = 1) -> EscPos:
        return self.raw(bytes([ESC, ord("d"), max(0, min(255, lines))]))

    def cut(self, partial: bool = False) -> EscPos:
        return self.feed(4).raw(bytes([GS, ord("V"), 1 if partial else 0]))

    def qr(self, data: str, module: int = 6, ec: str = "M") -> EscPos:
        payload = data.encode("utf-8")
        if not payload or len(payload) > 700:
            raise ValueError("QR payload must be 1–700 bytes")
        if not 1 <= module <= 16:
            raise ValueError("QR module size 1–16")
        level = {"L": 48, "M": 49, "Q": 50, "H": 51}[ec]

        def fn(body: bytes) -> bytes:
            n = len(body) + 1  # pL pH count cn, fn and its parameters
            return bytes([GS, ord("("), ord("k"), n & 0xFF, n >> 8, 49]) + body

        self.raw(fn(bytes([65, 50, 0])))  # model 2
        self.raw(fn(bytes([67, module])))
        self.raw(fn(bytes([69, level])))
        self.raw(fn(bytes([80, 48]) + payload))
        return self.raw(fn(bytes([81, 48])))

    def raster(self, width_bytes: int, height: int, data: builtins.bytes, *, trim_band: int | None = None) -> EscPos:
        """A 1-bit image, sent in bands of :data:`RASTER_BAND` rows.

        With ``trim_band`` the image goes in bands of that many rows, each cut after its last inked byte on the
        right (an image narrower than the paper prints from the left margin). A receipt's text leaves most of the
        right side blank, so this sends about 40 % fewer bytes for the same dots.
        """
        if width_bytes <= 0 or height <= 0 or len(data) != width_bytes * height:
            raise ValueError("raster data must be width_bytes × height bytes")
        band_rows = min(trim_band or RASTER_BAND, RASTER_BAND)
        for top in range(0, height, band_rows):
            rows = min(band_rows, height - top)
            band = data[top * width_bytes : (top + rows) * width_bytes]
            width = width_bytes
            if trim_band:
                width = 1  # a band must be at least one byte wide
                for r in range(rows):
                    row = band[r * width_bytes : (r + 1) * width_bytes].rstrip(b"\x00")
                    width = max(width, len(row))
                if width < width_bytes:
                    band = b"".join(band[r * width_bytes : r * width_bytes + width] for r in range(rows))
            head = bytes([GS, ord("v"), ord("0"), 0, width & 0xFF, width >> 8, rows & 0xFF, rows >> 8])
            self.raw(head + band)
        return self


# ---- status ------------------------------------------------------------------------------------------------------


def status_request(n: int) -> bytes:
    if n not in (1, 2, 3, 4):
        raise ValueError("DLE EOT n is 1–4")
    return bytes([DLE, EOT, n])


def valid_status_byte(b: int) -> bool:
    """Every DLE EOT answer has the shape 0xx1xx10: bits 1 and 4 set, bits 0 and 7 clear."""
    return (b & 0x93) == 0x12


@dataclass(frozen=True)
class PrinterStatus:
    online: bool = True
    cover_open: bool = False
    paper_out: bool = False
    paper_near_end: bool = False
    #: cutter or other (un)recoverable error
    error: bool = False
    feed_button: bool = False

    @property
    def can_print(self) -> bool:
        return self.online and not (self.cover_open or self.paper_out or self.error)

    @property
    def reason(self) -> str:
        """ "ok", or the first thing that stops printing (or the warning paper_near_end)."""
        if self.cover_open:
            return "cover_open"
        if self.paper_out:
            return "paper_out"
        if self.error:
            return "printer_error"
        if not self.online:
            return "offline"
        if self.paper_near_end:
            return "paper_near_end"
        return "ok"


def parse_status(answers: dict[int, int]) -> PrinterStatus:
    """DLE EOT answers (n → byte) → :class:`PrinterStatus`. Raises :class:`StatusFormatError` for a malformed byte."""
    for n, b in answers.items():
        if not valid_status_byte(b):
            raise StatusFormatError(f"status byte for n={n} has the wrong shape")
    s1 = answers.get(1, 0x12)
    s2 = answers.get(2, 0x12)
    s3 = answers.get(3, 0x12)
    s4 = answers.get(4, 0x12)
    return PrinterStatus(
        online=not (s1 & 0x08),
        cover_open=bool(s2 & 0x04),
        feed_button=bool(s2 & 0x08),
        paper_out=bool(s2 & 0x20) or (s4 & 0x60) == 0x60,
        paper_near_end=(s4 & 0x0C) == 0x0C,
        error=bool(s2 & 0x40) or bool(s3 & 0x28),
    )


def status_bytes(status: PrinterStatus) -> dict[int, int]:
    """The inverse of :func:`parse_status` (what a printer in this state answers); used by the simulator."""
    s1 = 0x12 | (0x08 if not status.online or not status.can_print else 0)
    s2 = 0x12 | (0x04 if status.cover_open else 0) | (0x20 if status.paper_out else 0) | (0x40 if status.error else 0)
    s2 |= 0x08 if status.feed_button else 0
    s3 = 0x12 | (0x20 if status.error else 0)
    s4 = 0x12 | (0x60 if status.paper_out else 0) | (0x0C if status.paper_near_end else 0)
    return {1: s1, 2: s2, 3: s3, 4: s4}
