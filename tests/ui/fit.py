"""What a rendered window shows cut off: text clipped by its widget or an ancestor, elided list rows, a window grown
past the size it was given, and touch targets smaller than 15 mm on a 15-inch screen.

Used by the fit tests (test_fit.py) on every screen the window holds; the screens are found from the window, so a
screen added later is checked without a change here.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QWidget

from ui.rows import split_row

#: a pixel of rounding either way is not a cut
SLACK = 1


def _in_window(w: QWidget, win: QWidget) -> QRect:
    return QRect(w.mapTo(win, QPoint(0, 0)), w.size())


def _clipped_by_ancestors(w: QWidget, win: QWidget) -> bool:
    """Whether an ancestor (up to the window) cuts part of ``w`` off."""
    rect = _in_window(w, win)
    visible = QRect(rect)
    p = w.parentWidget()
    while p is not None:
        visible = visible.intersected(_in_window(p, win))
        if p is win:
            break
        p = p.parentWidget()
    return visible.width() < rect.width() - SLACK or visible.height() < rect.height() - SLACK


def _label_problem(lb: QLabel) -> str:
    text = QLabel.text(lb)  # what is painted (with the word joiners of ui.typography)
    if not text:
        return ""
    cr = lb.contentsRect()
    fm = QFontMetrics(lb.font())
    if lb.wordWrap():
        need = fm.boundingRect(QRect(0, 0, cr.width(), 100000), Qt.TextFlag.TextWordWrap | lb.alignment(), text)
    else:
        need = fm.boundingRect(QRect(0, 0, 100000, 100000), int(lb.alignment()), text)
    if need.width() > cr.width() + SLACK:
        return f"too wide ({need.width()} > {cr.width()})"
    if need.height() > cr.height() + SLACK:
        return f"too tall ({need.height()} > {cr.height()})"
    return ""


def _button_problem(b: QAbstractButton) -> str:
    hint = b.sizeHint()
    if hint.width() > b.width() + SLACK:
        return f"too narrow ({b.width()} < {hint.width()})"
    if hint.height() > b.height() + SLACK:
        return f"too low ({b.height()} < {hint.height()})"
    return ""


def _list_problem(lst: QListWidget) -> str:
    """A row is elided when a line of it has a word wider than the row (rows wrap at word boundaries; a row's status
    wraps as one block at its indent, :mod:`ui.rows`)."""
    width = lst.viewport().width() - 2 * 12  # the rows' padding and a margin
    for i in range(lst.count()):
        fm = QFontMetrics(lst.item(i).font() if lst.item(i).font().pixelSize() > 0 else lst.font())
        head, indent, status = split_row(lst.item(i).text())
        for room, text in ((width, head), (width - fm.horizontalAdvance(indent), status)):
            need = fm.boundingRect(QRect(0, 0, room, 100000), Qt.TextFlag.TextWordWrap, text)
            if need.width() > room + SLACK:
                return f"row {i} elided ({need.width()} > {room})"
    return ""


def problems(win: QWidget) -> list[str]:
    """Every visible text of ``win`` that is cut off, and the window itself if it grew past its size."""
    out: list[str] = []
    for w in win.findChildren(QWidget):
        if not w.isVisibleTo(win) or w.width() <= 0:
            continue
        if isinstance(w, QLabel):
            why = _label_problem(w)
        elif isinstance(w, QAbstractButton):
            why = _button_problem(w) if w.text() else ""
        elif isinstance(w, QListWidget):
            why = _list_problem(w)
        else:
            continue
        if not why and _clipped_by_ancestors(w, win):
            why = "cut off by its container"
        if why:
            out.append(f"{type(w).__name__} {w.text() if hasattr(w, 'text') else ''!r}: {why}")
    return out


def touch_targets_too_small(win: QWidget, min_px: int) -> list[str]:
    """Visible, enabled buttons of ``win`` whose width or height is under ``min_px``."""
    out = []
    for b in win.findChildren(QAbstractButton):
        if b.isVisibleTo(win) and b.isEnabled() and min(b.width(), b.height()) < min_px - SLACK:
            out.append(f"{b.text()!r} {b.width()}×{b.height()} < {min_px}")
    return out


def mm_to_px(mm: float, width: int, height: int, inches: float = 15.0) -> int:
    """``mm`` on a screen of ``inches`` diagonal showing ``width``×``height`` pixels."""
    per_mm = (width**2 + height**2) ** 0.5 / (inches * 25.4)
    return round(mm * per_mm)
