"""Colours, fonts and the style sheet: normal, high contrast, large text."""

from __future__ import annotations

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
)


@dataclass(frozen=True)
class Theme:
    high_contrast: bool = False
    large_text: bool = False

    @property
    def palette(self) -> Palette:
        return HIGH_CONTRAST if self.high_contrast else NORMAL

    def px(self, size: int) -> int:
        return round(size * (1.3 if self.large_text else 1.0))

    def font(self, size: int = 24, bold: bool = False) -> QFont:
        f = QFont(FONT_FAMILY)
        f.setPixelSize(self.px(size))
        f.setBold(bold)
        return f

    def style_sheet(self) -> str:
        p = self.palette
        border = 3 if self.high_contrast else 0
        return f"""
QWidget {{ background: {p.bg}; color: {p.text}; font-family: "{FONT_FAMILY}"; font-size: {self.px(24)}px; }}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {self.px(44)}px; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: {self.px(30)}px; }}
QLabel[role="body"] {{ font-size: {self.px(28)}px; }}
QLabel[role="muted"] {{ color: {p.muted}; font-size: {self.px(22)}px; }}
QLabel[role="code"] {{ color: {p.muted}; font-size: {self.px(18)}px; }}
QLabel[role="dots"] {{ font-size: {self.px(64)}px; letter-spacing: 18px; }}
QLabel[role="warning"] {{ background: {p.warn_bg}; color: {p.warn_text}; border-radius: 10px; padding: 14px;
    font-size: {self.px(28)}px; font-weight: bold; }}
QLabel[role="countdown"] {{ background: {p.warn_bg}; color: {p.warn_text}; padding: 10px; border-radius: 10px;
    font-size: {self.px(26)}px; font-weight: bold; }}
QFrame[role="panel"] {{ background: {p.panel}; border: {max(border, 1)}px solid {p.border}; border-radius: 14px; }}
QFrame[role="banner-online"] {{ background: {p.ok}; }}
QFrame[role="banner-offline"] {{ background: {p.warn_bg}; }}
QFrame[role="banner-online"] QLabel {{ color: {p.enter_text}; font-weight: bold; }}
QFrame[role="banner-offline"] QLabel {{ color: {p.warn_text}; font-weight: bold; }}
QPushButton {{ background: {p.primary}; color: {p.primary_text}; border: {border}px solid {p.border};
    border-radius: 14px; padding: 14px 24px; font-size: {self.px(28)}px; font-weight: bold; min-height: 56px; }}
QPushButton:focus {{ outline: none; border: 5px solid {p.text if not self.high_contrast else "#00FFFF"}; }}
QPushButton:disabled {{ background: {p.border}; color: {p.muted}; }}
QPushButton[role="enter"] {{ background: {p.enter}; color: {p.enter_text}; }}
QPushButton[role="clear"] {{ background: {p.clear}; color: {p.clear_text}; }}
QPushButton[role="cancel"] {{ background: {p.cancel}; color: {p.cancel_text}; }}
QPushButton[role="key"] {{ background: {p.panel}; color: {p.text}; border: 3px solid {p.border};
    font-size: {self.px(44)}px; min-width: 100px; min-height: 80px; padding: 4px; }}
QPushButton[role="lang"] {{ background: {p.panel}; color: {p.text}; border: 2px solid {p.border};
    font-size: {self.px(22)}px; padding: 10px 16px; min-height: {self.px(40)}px; font-weight: normal; }}
QPushButton[role="lang"][current="true"] {{ background: {p.primary}; color: {p.primary_text}; font-weight: bold; }}
QPushButton[role="small"] {{ font-size: {self.px(20)}px; padding: 8px 16px; min-height: {self.px(36)}px; }}
QPushButton[role="choice"] {{ background: {p.panel}; color: {p.text}; border: 2px solid {p.border};
    font-size: {self.px(20)}px; padding: 8px 16px; min-height: {self.px(36)}px; font-weight: normal; }}
QPushButton[role="choice"]:checked {{ background: {p.primary}; color: {p.primary_text}; font-weight: bold; }}
QPushButton[role="small"][tone="enter"] {{ background: {p.enter}; color: {p.enter_text}; }}
QListWidget::item {{ padding: 10px 6px; border-bottom: 1px solid {p.border}; }}
QListWidget::item:selected {{ background: {p.primary}; color: {p.primary_text}; }}
QListWidget, QTableWidget, QPlainTextEdit {{ background: {p.panel}; color: {p.text}; border: 2px solid {p.border};
    border-radius: 10px; font-size: {self.px(24)}px; }}
QHeaderView::section {{ background: {p.panel}; color: {p.text}; font-weight: bold; border: 1px solid {p.border}; }}
QTabBar::tab {{ background: {p.panel}; color: {p.text}; padding: 12px 20px; border: 2px solid {p.border}; }}
QTabBar::tab:selected {{ background: {p.primary}; color: {p.primary_text}; }}
"""


def has_font() -> bool:
    return FONT_FAMILY in QFontDatabase.families()
