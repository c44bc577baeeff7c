"""Colours, fonts and the style sheet: normal, high contrast, large text, sized for the window.

The screens are designed for 1280×800. Every size scales with the window (a 1920×1080 kiosk shows the same screen
1.35 times larger; a 1366×768 laptop a little smaller), and every button is at least 15 mm wide and high as it
would be on a 15-inch screen of the window's resolution (:attr:`Theme.touch_px`). A disabled button is grey with a
dashed border, whatever its role.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase

FONT_FAMILY = "Noto Sans CJK JP"


@dataclass(frozen=True)
class Palette:
    bg: str
    panel: str
    text: str
    muted: str
    primary: str
    primary_text: str
    enter: str
    enter_text: str
    clear: str
    clear_text: str
    cancel: str
    cancel_text: str
    warn_bg: str
    warn_text: str
    ok: str
    bad: str
    border: str
    #: a disabled control: its background, its text
    off: str
    off_text: str


NORMAL = Palette(
    bg="#F4F6F8",
    panel="#FFFFFF",
    text="#111111",
    muted="#454C55",
    primary="#0B4F8A",
    primary_text="#FFFFFF",
    enter="#17703A",
    enter_text="#FFFFFF",
    clear="#F5C400",
    clear_text="#111111",
    cancel="#B3261E",
    cancel_text="#FFFFFF",
    warn_bg="#FFF1C2",
    warn_text="#3D2E00",
    ok="#17703A",
    bad="#B3261E",
    border="#B8C0C8",
    off="#DDE1E5",
    off_text="#5F6670",
)

HIGH_CONTRAST = Palette(
    bg="#000000",
    panel="#000000",
    text="#FFFFFF",
    muted="#FFFF66",
    primary="#FFFF00",
    primary_text="#000000",
    enter="#00E060",
    enter_text="#000000",
    clear="#FFE000",
    clear_text="#000000",
    cancel="#FF4040",
    cancel_text="#000000",
    warn_bg="#FFFF00",
    warn_text="#000000",
    ok="#00FF7F",
    bad="#FF6060",
    border="#FFFFFF",
    off="#000000",
    off_text="#A8A8A8",
)

#: the size the screens are designed for, and the range their sizes scale in
DESIGN = (1280, 800)
MIN_SCALE, MAX_SCALE = 0.75, 2.0
#: touch targets: at least this many millimetres on a screen of this diagonal (inches) at the window's resolution
TOUCH_MM, SCREEN_INCHES = 15.0, 15.0


def contrast(a: str, b: str) -> float:
    """The WCAG 2 contrast ratio of two ``#RRGGBB`` colours (1 to 21)."""

    def luminance(c: str) -> float:
        rgb = [int(c[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@dataclass(frozen=True)
class Theme:
    high_contrast: bool = False
    large_text: bool = False
    #: the window's size in pixels (the sizes scale with it)
    window: tuple[int, int] = DESIGN

    @property
    def palette(self) -> Palette:
        return HIGH_CONTRAST if self.high_contrast else NORMAL

    @property
    def scale(self) -> float:
        w, h = self.window
        return min(MAX_SCALE, max(MIN_SCALE, min(w / DESIGN[0], h / DESIGN[1])))

    @property
    def touch_px(self) -> int:
        """15 mm on a 15-inch screen showing the window's pixels."""
        return math.ceil(TOUCH_MM * math.hypot(*self.window) / (SCREEN_INCHES * 25.4))

    def px(self, size: int) -> int:
        """A font size, scaled for the window and large text."""
        return round(size * self.scale * (1.3 if self.large_text else 1.0))

    def dim(self, size: int) -> int:
        """A size that is not text (margins, spacing, pictograms), scaled for the window."""
        return round(size * self.scale)

    def font(self, size: int = 24, bold: bool = False) -> QFont:
        f = QFont(FONT_FAMILY)
        f.setPixelSize(self.px(size))
        f.setBold(bold)
        return f

    def style_sheet(self) -> str:
        p = self.palette
        border = 3 if self.high_contrast else 0
        d, touch = self.dim, self.touch_px
        # every button has a border of one width whether it has the focus or not (transparent without it), so
        # moving the focus never changes a button's size
        bw = max(border, d(4))
        focus = "#00FFFF" if self.high_contrast else p.text

        def tall(text_px: int, pad: int, frame: int) -> int:
            """The min-height (content) that makes a button of this text, padding and border a touch target."""
            return max(text_px, touch - 2 * pad - 2 * frame)

        return f"""
QWidget {{ background: {p.bg}; color: {p.text}; font-family: "{FONT_FAMILY}"; font-size: {self.px(24)}px; }}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {self.px(44)}px; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {self.px(36)}px; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: {self.px(30)}px; }}
QLabel[role="note"] {{ font-size: {self.px(24)}px; }}
QLabel[role="body"] {{ font-size: {self.px(28)}px; }}
QLabel[role="muted"] {{ color: {p.muted}; font-size: {self.px(22)}px; }}
QLabel[role="code"] {{ color: {p.muted}; font-size: {self.px(18)}px; }}
QLabel[role="dots"] {{ font-size: {d(64)}px; letter-spacing: {d(18)}px; }}
QLabel[role="warning"] {{ background: {p.warn_bg}; color: {p.warn_text}; border-radius: {d(10)}px;
    padding: {d(12)}px; font-size: {self.px(28)}px; font-weight: bold; }}
QLabel[role="notice"] {{ background: {p.warn_bg}; color: {p.warn_text}; border-radius: {d(10)}px;
    padding: {d(8)}px {d(12)}px; font-size: {self.px(24)}px; }}
QLabel[role="countdown"] {{ background: {p.warn_bg}; color: {p.warn_text}; padding: {d(10)}px;
    border-radius: {d(10)}px; font-size: {self.px(26)}px; font-weight: bold; }}
QFrame[role="panel"] {{ background: {p.panel}; border: {max(border, 1)}px solid {p.border};
    border-radius: {d(14)}px; }}
QFrame[role="overlay"] {{ background: {p.panel}; border: {max(border, 3)}px solid {p.primary};
    border-radius: {d(18)}px; }}
QFrame[role="banner-online"] {{ background: {p.ok}; }}
QFrame[role="banner-offline"] {{ background: {p.warn_bg}; }}
QLabel[role="banner-online"] {{ color: {p.enter_text}; font-weight: bold; font-size: {self.px(20)}px; }}
QLabel[role="banner-offline"] {{ color: {p.warn_text}; font-weight: bold; font-size: {self.px(20)}px; }}
QLabel[role="banner-code"] {{ color: {p.warn_text}; font-size: {self.px(18)}px; }}
QPushButton {{ background: {p.primary}; color: {p.primary_text};
    border: {bw}px solid {p.border if self.high_contrast else "transparent"};
    border-radius: {d(14)}px; padding: {d(12)}px {d(24)}px; font-size: {self.px(28)}px; font-weight: bold;
    min-height: {tall(self.px(34), d(12), bw)}px; min-width: {touch}px; }}
QPushButton[role="enter"] {{ background: {p.enter}; color: {p.enter_text}; }}
QPushButton[role="clear"] {{ background: {p.clear}; color: {p.clear_text}; }}
QPushButton[role="cancel"] {{ background: {p.cancel}; color: {p.cancel_text}; }}
QPushButton[role="key"] {{ background: {p.panel}; color: {p.text}; border: {bw}px solid {p.border};
    font-size: {self.px(44)}px; min-width: {max(touch, d(96))}px; min-height: {max(tall(0, d(4), bw), d(64))}px;
    padding: {d(4)}px; }}
QPushButton[role="lang"] {{ background: {p.panel}; color: {p.text}; border: {bw}px solid {p.border};
    font-size: {self.px(22)}px; padding: {d(6)}px {d(14)}px; min-height: {tall(self.px(30), d(6), bw)}px;
    font-weight: normal; }}
QPushButton[role="lang"][current="true"] {{ background: {p.primary}; color: {p.primary_text}; font-weight: bold; }}
QPushButton[role="small"] {{ font-size: {self.px(20)}px; padding: {d(6)}px {d(14)}px;
    min-height: {tall(self.px(26), d(6), bw)}px; }}
QPushButton[role="staff"] {{ background: {p.panel}; color: {p.text}; border: {bw}px solid {p.border};
    font-size: {self.px(20)}px; padding: {d(6)}px {d(14)}px; min-height: {tall(self.px(26), d(6), bw)}px;
    font-weight: normal; }}
QPushButton[role="choice"] {{ background: {p.panel}; color: {p.text}; border: {bw}px solid {p.border};
    font-size: {self.px(20)}px; padding: {d(6)}px {d(14)}px; min-height: {tall(self.px(26), d(6), bw)}px;
    font-weight: normal; }}
QPushButton[role="choice"]:checked {{ background: {p.primary}; color: {p.primary_text}; font-weight: bold; }}
QPushButton[role="small"][tone="enter"] {{ background: {p.enter}; color: {p.enter_text}; }}
QPushButton[pad="true"] {{ padding: {d(8)}px {d(6)}px; min-height: {max(d(64), touch - 2 * d(8) - 2 * bw)}px; }}
QPushButton:focus, QPushButton[role="key"]:focus, QPushButton[role="lang"]:focus,
QPushButton[role="staff"]:focus, QPushButton[role="choice"]:focus {{ outline: none; border-color: {focus}; }}
QPushButton:disabled, QPushButton[role="enter"]:disabled, QPushButton[role="clear"]:disabled,
QPushButton[role="cancel"]:disabled, QPushButton[role="key"]:disabled, QPushButton[role="small"]:disabled {{
    background: {p.off}; color: {p.off_text}; border: {bw}px dashed {p.off_text}; }}
QListWidget::item {{ padding: {d(8)}px {d(6)}px; border-bottom: 1px solid {p.border}; }}
QListWidget::item:selected {{ background: {p.primary}; color: {p.primary_text}; }}
QListWidget {{ selection-background-color: {p.primary}; selection-color: {p.primary_text}; }}
/* the lists' rows draw their own words (ui.rows): a selected row's in selection-color, as the rule above says */
QListWidget, QTableWidget, QPlainTextEdit {{ background: {p.panel}; color: {p.text}; border: 2px solid {p.border};
    border-radius: {d(10)}px; font-size: {self.px(24)}px; }}
QScrollBar:vertical {{ background: {p.bg}; width: {touch}px; margin: 0; border-left: 1px solid {p.border}; }}
QScrollBar::handle:vertical {{ background: {p.muted}; min-height: {touch}px; border-radius: {d(8)}px;
    margin: {d(4)}px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
QHeaderView::section {{ background: {p.panel}; color: {p.text}; font-weight: bold; border: 1px solid {p.border}; }}
QTabBar::tab {{ background: {p.panel}; color: {p.text}; padding: {d(12)}px {d(20)}px; border: 2px solid {p.border}; }}
QTabBar::tab:selected {{ background: {p.primary}; color: {p.primary_text}; }}
"""


def has_font() -> bool:
    return FONT_FAMILY in QFontDatabase.families()
