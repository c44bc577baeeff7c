"""Text → 1-bit raster for printers without Kanji fonts, drawn with Qt (QtGui only: QImage, QPainter, QFont).

Qt is imported here lazily, and only QtGui: the hardware package never imports Qt widgets. Text rendering needs a
QGuiApplication; inside the kiosk the UI has made one, elsewhere (CLI, tests, benchmarks) one is made on the
``offscreen`` platform. Call from the thread that owns the application, or any thread once it exists (QImage
painting is allowed off the GUI thread).
"""

from __future__ import annotations

import logging
import os
from typing import Any

from hardware.printer.receipt import Line
from kiosk import log

logger = logging.getLogger("hardware.printer")

FONT_FAMILY = "Noto Sans Mono CJK JP"
LINE_PX = 24
_app: Any = None
_font_checked = False


def ensure_qt() -> None:
    global _app, _font_checked
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])
    if not _font_checked:
        _font_checked = True
        if FONT_FAMILY not in QFontDatabase.families():
            # Japanese would print as empty boxes: install fonts-noto-cjk (packaging/debian-packages.txt)
            log.event(logger, "printer.font_missing", logging.WARNING, family=FONT_FAMILY)


def font_available() -> bool:
    ensure_qt()
    from PySide6.QtGui import QFontDatabase

    return FONT_FAMILY in QFontDatabase.families()


def render_lines(lines: list[Line], width_dots: int, line_px: int = LINE_PX) -> tuple[int, int, bytes]:
    """Render ``lines`` to a raster: (width in bytes, height in dots, packed rows, 1 = black, MSB leftmost)."""
    ensure_qt()
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    pad = 4
    heights = [line_px * 2 + pad if ln.big else line_px + pad for ln in lines]
    height = max(1, sum(heights) + pad)
    width_bytes = (width_dots + 7) // 8
    img = QImage(width_bytes * 8, height, QImage.Format.Format_Grayscale8)
    img.fill(QColor(255, 255, 255))
    painter = QPainter(img)
    try:
        painter.setPen(QColor(0, 0, 0))
        y = pad
        for ln, h in zip(lines, heights, strict=True):
            font = QFont(FONT_FAMILY)
            font.setPixelSize(line_px * 2 if ln.big else line_px)
            font.setBold(ln.bold or ln.big)
            font.setStyleStrategy(QFont.StyleStrategy.NoAntialias)
            painter.setFont(font)
            flag = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter}.get(
                ln.align, Qt.AlignmentFlag.AlignRight
            )
            painter.drawText(QRect(0, y, width_dots, h), int(flag | Qt.AlignmentFlag.AlignVCenter), ln.text)
            y += h
    finally:
        painter.end()
    return width_bytes, height, pack_image(img, width_bytes)


def pack_image(img: Any, width_bytes: int) -> bytes:
    """A Grayscale8 QImage → packed 1-bit rows (dark pixels → 1)."""
    out = bytearray()
    bpl = img.bytesPerLine()
    buf = bytes(img.constBits())[: bpl * img.height()]
    for y in range(img.height()):
        row = buf[y * bpl : y * bpl + width_bytes * 8]
        for x in range(0, width_bytes * 8, 8):
            byte = 0
            for bit, px in enumerate(row[x : x + 8]):
                if px < 128:
                    byte |= 0x80 >> bit
            out.append(byte)
    return bytes(out)
