"""Reusable widgets: the PIN pad, the language bar, big buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

#: language codes and their names in their own language (never translated)
LANGUAGES: dict[str, str] = {
    "ja": "日本語",
    "en": "English",
    "zh_CN": "简体中文",
    "ko": "한국어",
    "pt": "Português",
    "vi": "Tiếng Việt",
}


def button(text: str = "", role: str = "", parent: QWidget | None = None) -> QPushButton:
    b = QPushButton(text, parent)
    if role:
        b.setProperty("role", role)
    b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    return b


def label(text: str = "", role: str = "", wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    lb = QLabel(text, parent)
    if role:
        lb.setProperty("role", role)
    lb.setWordWrap(wrap)
    lb.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return lb


class PinDots(QLabel):
    """Four masked positions: ● for a typed digit, ○ for an empty one. Never the digits."""

    def __init__(self, length: int = 4) -> None:
        super().__init__()
        self.length = length
        self.setProperty("role", "dots")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_count(0)

    def set_count(self, n: int) -> None:
        self.setText("●" * n + "○" * (self.length - n))
        self.setAccessibleName(Q.translate("Kiosk", "%n of 4 digits entered", "", n))


class PinPad(QWidget):
    """Big keys 0–9; Cancel (red), Clear (yellow), Enter (green). A physical numeric keypad works the same way.

    The pad holds no digits: it only reports keys; the session keeps (and wipes) the PIN.
    """

    digit = Signal(str)
    clear = Signal()
    enter = Signal()
    cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        grid = QGridLayout(self)
        grid.setSpacing(10)
        self.keys: dict[str, QPushButton] = {}
        for i, d in enumerate("123456789"):
            self._key(grid, d, i // 3, i % 3)
        self._key(grid, "0", 3, 1)
        self.cancel_button = button("", "cancel")
        self.clear_button = button("", "clear")
        self.enter_button = button("", "enter")
        for b in (self.cancel_button, self.clear_button, self.enter_button):
            b.setMinimumHeight(80)
        grid.addWidget(self.cancel_button, 0, 3)
        grid.addWidget(self.clear_button, 1, 3)
        grid.addWidget(self.enter_button, 2, 3, 2, 1)
        self.cancel_button.clicked.connect(self.cancel)
        self.clear_button.clicked.connect(self.clear)
        self.enter_button.clicked.connect(self.enter)
        # focus order for a keypad user: digits in reading order, 0, then Enter, Clear, Cancel
        order = [self.keys[d] for d in "1234567890"] + [self.enter_button, self.clear_button, self.cancel_button]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.retranslate()

    def _key(self, grid: QGridLayout, d: str, row: int, col: int) -> None:
        b = button(d, "key")
        b.setAccessibleName(d)
        b.clicked.connect(lambda _=False, d=d: self.digit.emit(d))
        self.keys[d] = b
        grid.addWidget(b, row, col)

    def retranslate(self) -> None:
        self.cancel_button.setText(Q.translate("Kiosk", "Cancel"))
        self.clear_button.setText(Q.translate("Kiosk", "Clear"))
        self.enter_button.setText(Q.translate("Kiosk", "Enter"))

    def set_enter_enabled(self, on: bool) -> None:
        self.enter_button.setEnabled(on)

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        text = event.text()
        if text and text in "0123456789" and len(text) == 1:
            self.digit.emit(text)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter.emit()
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Period, Qt.Key.Key_Comma):
            self.clear.emit()
        elif key == Qt.Key.Key_Escape:
            self.cancel.emit()
        else:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if not self.handle_key(event):
            super().keyPressEvent(event)


class LanguageBar(QWidget):
    chosen = Signal(str)

    def __init__(self, languages: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addStretch(1)
        self._row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        self.set_languages(languages)

    def set_languages(self, languages: list[str]) -> None:
        """The languages offered (a technician changed them in maintenance)."""
        for b in self.buttons.values():
            self._row.removeWidget(b)
            b.deleteLater()
        self.buttons = {}
        for i, code in enumerate(languages):
            b = button(LANGUAGES.get(code, code), "lang")
            b.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            self.buttons[code] = b
            self._row.insertWidget(1 + i, b)

    def set_current(self, code: str) -> None:
        """Mark the current language. Re-polishing a style-sheet widget costs milliseconds, so only the buttons
        whose state changed are re-polished, and nothing when the language stays (every render calls this)."""
        for c, b in self.buttons.items():
            want = "true" if c == code else "false"
            if b.property("current") == want:
                continue
            b.setProperty("current", want)
            b.style().unpolish(b)
            b.style().polish(b)


def vbox(widget: QWidget, margins: int = 40, spacing: int = 24) -> QVBoxLayout:
    lay = QVBoxLayout(widget)
    lay.setContentsMargins(margins, margins, margins, margins)
    lay.setSpacing(spacing)
    return lay


class Icon(QWidget):
    """Simple drawn pictograms (no emoji font needed): card, barcode, wait, warning, info, done."""

    def __init__(self, kind: str, size: int = 96, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFixedHeight(size)
        self.setMinimumWidth(size)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = self.palette().color(self.foregroundRole())
        h = self.height()
        x0 = (self.width() - h) / 2
        r = QRectF(x0 + h * 0.08, h * 0.08, h * 0.84, h * 0.84)
        pen = QPen(color, max(3.0, h / 18))
        p.setPen(pen)
        k = self.kind
        if k == "card":
            card = QRectF(x0 + h * 0.05, h * 0.2, h * 0.9, h * 0.6)
            p.drawRoundedRect(card, h * 0.08, h * 0.08)
            p.drawRect(QRectF(x0 + h * 0.15, h * 0.35, h * 0.2, h * 0.15))
            p.drawLine(QPointF(x0 + h * 0.45, h * 0.62), QPointF(x0 + h * 0.85, h * 0.62))
        elif k == "barcode":
            for i, wdt in enumerate([2, 1, 3, 1, 2, 1, 1, 3, 2, 1]):
                xx = x0 + h * 0.1 + i * h * 0.08
                p.fillRect(QRectF(xx, h * 0.2, wdt * h / 60, h * 0.6), color)
        elif k == "wait":
            p.drawEllipse(r)
            c = r.center()
            p.drawLine(c, QPointF(c.x(), r.top() + h * 0.18))
            p.drawLine(c, QPointF(r.right() - h * 0.22, c.y()))
        elif k == "warning":
            tri = QPolygonF(
                [QPointF(x0 + h / 2, h * 0.08), QPointF(x0 + h * 0.95, h * 0.9), QPointF(x0 + h * 0.05, h * 0.9)]
            )
            p.setBrush(QColor("#F5C400"))
            p.setPen(QPen(QColor("#111111"), max(3.0, h / 18)))
            p.drawPolygon(tri)
            p.drawLine(QPointF(x0 + h / 2, h * 0.35), QPointF(x0 + h / 2, h * 0.62))
            p.drawPoint(QPointF(x0 + h / 2, h * 0.76))
        elif k == "info":
            p.drawEllipse(r)
            p.drawLine(QPointF(x0 + h / 2, h * 0.45), QPointF(x0 + h / 2, h * 0.72))
            p.drawPoint(QPointF(x0 + h / 2, h * 0.3))
        elif k == "done":
            p.drawEllipse(r)
            p.drawPolyline(QPolygonF([QPointF(x0 + h * 0.3, h * 0.5), QPointF(x0 + h * 0.45, h * 0.65),
                                      QPointF(x0 + h * 0.72, h * 0.35)]))  # fmt: skip
        p.end()
