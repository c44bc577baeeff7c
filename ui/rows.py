"""The patron's lists (books on the pad, returns, renewals, loans, reservations): built one way, updated in place.

A row's text is a title line, then, after a line break and a run of spaces, what became of it ("✔  こころ\n      Due
back …"). The list's own drawing would start a wrapped status line at the row's margin, under the mark; here the
status is drawn as one block at the indent its spaces give, so a long line ("Not lent: … [hold_for_other]") keeps
it. The row's text stays as it is (what tests and screen readers read); only its drawing and height change.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QScroller,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

#: a list's least height: it gives way first (it scrolls), before words or buttons would be cut
LIST_MIN_HEIGHT = 100
_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_TALL = 1 << 20
#: the spaces a row's status is indented by, under its title (after a mark and two spaces, where there is one)
STATUS_INDENT = " " * 6
#: what Qt's item views show a row's line break as (the text given to a delegate has it in place of "\n")
_LINE_SEPARATOR = "\u2028"

Index = QModelIndex | QPersistentModelIndex


def row_text(title: str, status: str) -> str:
    """A row: its title line (with a mark before it, where the list has marks) and what became of it, under it."""
    return f"{title}\n{STATUS_INDENT}{status}"


def split_row(text: str) -> tuple[str, str, str]:
    """A row's title line, the spaces its status is indented by, and the status ("" and "" for a one-line row)."""
    head, newline, rest = text.replace(_LINE_SEPARATOR, "\n").partition("\n")
    if not newline:
        return head, "", ""
    status = rest.lstrip(" ")
    return head, rest[: len(rest) - len(status)], status


class IndentedRows(QStyledItemDelegate):
    """Draws each row as its title, wrapped to the row's width, and its status, wrapped as one indented block."""

    def _blocks(self, opt: QStyleOptionViewItem, text: str, area: QRect) -> list[tuple[QRect, str]]:
        fm = QFontMetrics(opt.font)
        head, indent, status = split_row(text)
        top = area.top()
        blocks = []
        for left, part in ((area.left(), head), (area.left() + fm.horizontalAdvance(indent), status)):
            if not part:
                continue
            width = max(1, area.right() + 1 - left)
            height = fm.boundingRect(QRect(left, top, width, _TALL), _WRAP, part).height()
            blocks.append((QRect(left, top, width, height), part))
            top += height
        return blocks

    def _text_area(self, opt: QStyleOptionViewItem) -> QRect:
        style = opt.widget.style() if opt.widget is not None else None
        if style is None:
            return opt.rect
        return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        area = self._text_area(opt)
        opt.text = ""  # the style draws the row (its background, selection and border), the text is drawn below
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour: QColor = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(colour)
        for rect, part in self._blocks(opt, text, area):
            painter.drawText(rect, _WRAP, part)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else opt.rect.width()
        opt.rect = QRect(0, 0, max(width, 1), _TALL)
        area = self._text_area(opt)
        padding = _TALL - area.height()
        text_height = sum(r.height() for r, _ in self._blocks(opt, opt.text, area))
        return QSize(width, text_height + padding)


def rows_list(*, selectable: bool = False) -> QListWidget:
    """A list of rows: words wrap (a status block keeps its indent), it scrolls by pixel and with a finger, never
    sideways; rows are taken by a tap only where ``selectable``."""
    lst = QListWidget()
    lst.setWordWrap(True)
    lst.setItemDelegate(IndentedRows(lst))
    lst.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    lst.setMinimumHeight(LIST_MIN_HEIGHT)
    if not selectable:
        lst.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lst.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        QScroller.grabGesture(lst.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return lst


def set_rows(lst: QListWidget, rows: list[tuple[str, QColor]]) -> None:
    """Update a list in place: a row whose text and colour did not change is not touched, new rows are appended (and
    shown). Rebuilding a whole word-wrapped list on every answer made the event loop stall as the list grew."""
    while lst.count() > len(rows):
        lst.takeItem(lst.count() - 1)
    added = False
    for i, (text, color) in enumerate(rows):
        li = lst.item(i)
        if li is None:
            li = QListWidgetItem(text)
            li.setForeground(color)
            lst.addItem(li)
            added = True
        elif li.text() != text or li.foreground().color() != color:
            li.setText(text)
            li.setForeground(color)
    if added:
        lst.scrollToBottom()
