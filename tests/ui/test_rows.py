"""ui.rows: a row's status wraps as one block at its indent, the row is as tall as what it draws, and a selected
row is drawn in the selection's colours, not the row's own."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from ui.rows import IndentedRows, rows_list, set_rows, split_row
from ui.theme import Theme

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LONG = "Not lent: reserved for another patron. Please leave it at the counter.  [hold_for_other]"
RED = QColor("#b3261e")


def test_a_row_splits_into_title_indent_and_status():
    assert split_row("✖  日本の歴史\n      " + LONG) == ("✖  日本の歴史", "      ", LONG)
    assert split_row("title\u2028   status") == ("title", "   ", "status")  # as Qt's views hand it over
    assert split_row("one line") == ("one line", "", "")


@pytest.fixture(params=[False, True], ids=["normal", "high-contrast"])
def theme(request):
    return Theme(request.param, True, (1280, 800))


@pytest.fixture
def narrow_list(qtbot, theme):
    lst = rows_list(selectable=True)
    lst.setStyleSheet(theme.style_sheet())
    lst.resize(420, 600)
    set_rows(lst, [("✖  日本の歴史 第3巻\n      " + LONG, RED), ("✔  こころ\n      Due back Sat 5 Dec", RED)])
    qtbot.addWidget(lst)
    lst.show()
    qtbot.waitExposed(lst)
    return lst


def blocks_of(lst, row: int) -> list[tuple[QRect, str]]:
    delegate = lst.itemDelegate()
    assert isinstance(delegate, IndentedRows)
    opt = QStyleOptionViewItem()
    opt.initFrom(lst)
    opt.widget, opt.font = lst, lst.font()  # as the view gives them
    opt.rect = lst.visualItemRect(lst.item(row))
    delegate.initStyleOption(opt, lst.model().index(row, 0))
    area = lst.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, lst)
    return delegate._blocks(opt, opt.text, area)


def test_a_wrapped_status_keeps_its_indent_and_the_row_holds_it(narrow_list):
    (title, _), (status, text) = blocks_of(narrow_list, 0)
    fm = QFontMetrics(narrow_list.font())
    assert text == LONG
    assert status.left() == title.left() + fm.horizontalAdvance("      ")  # every line of it, wrapped or not
    assert status.height() >= 2 * fm.lineSpacing()  # it did wrap at this width
    row = narrow_list.visualItemRect(narrow_list.item(0))
    assert row.bottom() >= status.bottom() and row.top() <= title.top()  # nothing of it is cut off


def test_a_selected_row_is_drawn_in_the_selection_colours(narrow_list, qtbot, theme):
    narrow_list.item(0).setSelected(True)
    qtbot.wait(50)
    image = narrow_list.viewport().grab().toImage()
    row = narrow_list.visualItemRect(narrow_list.item(0))
    colours = {image.pixelColor(x, y).name() for x in range(row.left(), row.right(), 2)
               for y in range(row.top(), row.bottom(), 2)}  # fmt: skip
    assert QColor(theme.palette.primary).name() in colours  # its background
    assert QColor(theme.palette.primary_text).name() in colours  # its words
    assert RED.name() not in colours  # not the row's own colour, unreadable on the selection
    other = narrow_list.visualItemRect(narrow_list.item(1))
    assert RED.name() in {image.pixelColor(x, y).name() for x in range(other.left(), other.right())
                          for y in range(other.top(), other.bottom())}  # fmt: skip
