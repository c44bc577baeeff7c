"""PNG preview of a decoded receipt (text lines, raster images, QR placeholders), drawn with QtGui offscreen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hardware.printer.raster import FONT_FAMILY, LINE_PX, ensure_qt
from hardware.sim import escpos_decoder as d


def raster_to_qimage(r: d.Raster) -> Any:
    from PySide6.QtGui import QImage

    width = r.width_bytes * 8
    pixels = bytearray(width * r.height)
    i = 0
    for byte in r.data:
        for bit in range(8):
            pixels[i] = 0 if byte & (0x80 >> bit) else 255
            i += 1
    img = QImage(bytes(pixels), width, r.height, width, QImage.Format.Format_Grayscale8)
    return img.copy()  # own the pixels: the bytes object above is temporary


def render_receipt_png(receipt: Any, path: Path, paper_dots: int = 576) -> Path:
    ensure_qt()
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    heights = []
    for e in receipt.elements:
        if isinstance(e, d.TextLine):
            heights.append(LINE_PX * 2 + 4 if e.big else LINE_PX + 4)
        elif isinstance(e, d.Raster):
            heights.append(e.height)
        else:
            heights.append(LINE_PX * 6)
    height = max(40, sum(heights) + 40)
    img = QImage(paper_dots + 32, height, QImage.Format.Format_RGB32)
    img.fill(QColor(255, 255, 255))
    p = QPainter(img)
    try:
        p.setPen(QColor(0, 0, 0))
        y = 16
        for e, h in zip(receipt.elements, heights, strict=True):
            if isinstance(e, d.TextLine):
                f = QFont(FONT_FAMILY)
                f.setPixelSize(LINE_PX * 2 if e.big else LINE_PX)
                f.setBold(e.bold or e.big)
                p.setFont(f)
                flag = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter}.get(
                    e.align, Qt.AlignmentFlag.AlignRight
                )
                p.drawText(QRect(16, y, paper_dots, h), int(flag | Qt.AlignmentFlag.AlignVCenter), e.text)
            elif isinstance(e, d.Raster):
                p.drawImage(16, y, raster_to_qimage(e))
            else:
                side = LINE_PX * 5
                x = 16 + (paper_dots - side) // 2
                p.drawRect(x, y + 8, side, side)
                f = QFont(FONT_FAMILY)
                f.setPixelSize(14)
                p.setFont(f)
                p.drawText(QRect(x, y + 8, side, side), int(Qt.AlignmentFlag.AlignCenter), "QR")
            y += h
        if receipt.cut:
            p.setPen(QColor(160, 160, 160))
            p.drawLine(0, height - 8, img.width(), height - 8)
    finally:
        p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not img.save(str(path), "PNG"):  # type: ignore[call-overload]  # the stubs say bytes, PySide6 wants str
        raise OSError(f"could not write {path}")
    return path
