"""PNG preview of a decoded receipt (text lines, raster images, QR placeholders), drawn with Pillow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from hardware.printer.lines import Line
from hardware.printer.raster import LINE_PX, draw_line, font
from hardware.sim import escpos_decoder as d


def raster_to_image(r: d.Raster) -> Image.Image:
    """A printed raster (1 = black) as a black-on-white picture."""
    img = Image.frombytes("1", (r.width_bytes * 8, r.height), bytes(b ^ 0xFF for b in r.data))
    return img.convert("RGB")


def render_receipt_png(receipt: Any, path: Path, paper_dots: int = 576) -> Path:
    heights = []
    for e in receipt.elements:
        if isinstance(e, d.TextLine):
            heights.append(LINE_PX * 2 + 4 if e.big else LINE_PX + 4)
        elif isinstance(e, d.Raster):
            heights.append(e.height)
        else:
            heights.append(LINE_PX * 6)
    height = max(40, sum(heights) + 40)
    img = Image.new("RGB", (paper_dots + 32, height), "white")
    draw = ImageDraw.Draw(img)
    y = 16
    for e, h in zip(receipt.elements, heights, strict=True):
        if isinstance(e, d.TextLine):
            draw_line(draw, Line(e.text, e.align, e.big, e.bold), 16, y, paper_dots, h, fill=0)
        elif isinstance(e, d.Raster):
            img.paste(raster_to_image(e), (16, y))
        else:
            side = LINE_PX * 5
            x = 16 + (paper_dots - side) // 2
            draw.rectangle((x, y + 8, x + side, y + 8 + side), outline="black")
            draw.text((x + side // 2, y + 8 + side // 2), "QR", fill="black", font=font(14), anchor="mm")
        y += h
    if receipt.cut:
        draw.line((0, height - 8, img.width, height - 8), fill=(160, 160, 160))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "PNG")
    return path
