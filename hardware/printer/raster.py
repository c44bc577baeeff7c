"""Text → 1-bit raster for printers without Kanji fonts, drawn with Pillow and the Noto Sans Mono CJK JP font.

Pillow, not Qt: the printer driver runs in the headless CLI (``kiosk device test-print``) and in the core's tests
as well as in the kiosk, and drawing text must not need a GUI application. The font comes from Debian's
``fonts-noto-cjk`` (``packaging/debian-packages.txt``); without it Japanese would print as empty boxes, so its
absence is logged once and :func:`font_available` tells maintenance.

Text is drawn without antialiasing (mode "1"), as a thermal head prints: each dot is black or white.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

import eventlog
from hardware.printer.lines import Line

logger = logging.getLogger("hardware.printer")

FONT_FAMILY = "Noto Sans Mono CJK JP"
LINE_PX = 24
#: where Debian's fonts-noto-cjk puts the collections that hold FONT_FAMILY (regular, bold)
FONT_DIRS = (Path("/usr/share/fonts/opentype/noto"), Path("/usr/share/fonts/truetype/noto"))
FONT_FILES = {False: "NotoSansCJK-Regular.ttc", True: "NotoSansCJK-Bold.ttc"}


@functools.cache
def _face(bold: bool) -> tuple[str, int] | None:
    """The collection file and face index of FONT_FAMILY (bold or regular), or None when it is not installed."""
    for folder in FONT_DIRS:
        path = folder / FONT_FILES[bold]
        for index in range(16):
            try:
                name, _style = ImageFont.truetype(str(path), LINE_PX, index=index).getname()
            except OSError:
                break
            if name == FONT_FAMILY:
                return str(path), index
    eventlog.event(logger, "printer.font_missing", logging.WARNING, family=FONT_FAMILY, bold=bold)
    return None


@functools.cache
def font(px: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """FONT_FAMILY at ``px`` pixels (Pillow's built-in bitmap font when it is missing: ASCII only)."""
    face = _face(bold) or _face(False)
    if face is None:
        return ImageFont.load_default(px)
    return ImageFont.truetype(face[0], px, index=face[1])


def font_available() -> bool:
    return _face(False) is not None


def draw_line(draw: ImageDraw.ImageDraw, ln: Line, left: int, top: int, width: int, height: int, fill: int) -> None:
    """One text line in the box (left, top, width, height), aligned as the line says and centred vertically."""
    x, anchor = {"left": (left, "lm"), "center": (left + width // 2, "mm")}.get(ln.align, (left + width, "rm"))
    size = LINE_PX * 2 if ln.big else LINE_PX
    draw.text((x, top + height // 2), ln.text, fill=fill, font=font(size, ln.bold or ln.big), anchor=anchor)


def render_lines(lines: list[Line], width_dots: int, line_px: int = LINE_PX) -> tuple[int, int, bytes]:
    """Render ``lines`` to a raster: (width in bytes, height in dots, packed rows, 1 = black, MSB leftmost)."""
    pad = 4
    heights = [line_px * 2 + pad if ln.big else line_px + pad for ln in lines]
    height = max(1, sum(heights) + pad)
    width_bytes = (width_dots + 7) // 8
    img = Image.new("1", (width_bytes * 8, height), 1)
    draw = ImageDraw.Draw(img)
    draw.fontmode = "1"  # no antialiasing: a dot is black or white
    y = pad
    for ln, h in zip(lines, heights, strict=True):
        draw_line(draw, ln, 0, y, width_dots, h, fill=0)
        y += h
    # Pillow packs mode "1" rows MSB first with 1 = white; the printer wants 1 = black
    return width_bytes, height, bytes(b ^ 0xFF for b in img.tobytes())
