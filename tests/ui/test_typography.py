"""Japanese and Korean lines break between words, never inside one ("パス/コード"); Chinese and the Latin scripts
break as they always do."""

from __future__ import annotations

import os

from PySide6.QtGui import QTextLayout, QTextOption

from ui import typography
from ui.widgets import Text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def test_japanese_words():
    assert typography.segments("マイナンバーカードを読み取り機に置いてください") == [
        "マイナンバーカードを", "読み取り機に", "置いてください"]  # fmt: skip
    assert typography.segments("カードをお持ちになり、お住まいの市区町村") == [
        "カードを", "お持ちになり、", "お住まいの", "市区町村"]  # fmt: skip
    assert typography.segments("「やめる」を押して") == ["「やめる」を", "押して"]
    assert "".join(typography.segments("技術者パスコード")) == "技術者パスコード"
    assert len(typography.segments("技術者パスコード")) == 1


def test_korean_breaks_at_spaces_and_chinese_and_latin_are_left_alone():
    assert typography.segments("예약하신 자료 2권") == ["예약하신 ", "자료 ", "2권"]
    for text in ("欢迎！在这里借书。", "Welcome! Borrow books here."):
        assert typography.keep_words(text) == text


def lines(label: Text, width: int) -> list[str]:
    """The lines Qt lays the label's painted text out in at ``width``."""
    painted = type(label).__mro__[1].text(label)  # QLabel.text: with the word joiners
    layout = QTextLayout(painted, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    out = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        out.append(typography.plain(painted[line.textStart() : line.textStart() + line.textLength()]))
    layout.endLayout()
    return out


def test_a_label_never_ends_a_line_inside_a_word(qtbot):
    label = Text("保守モード：技術者パスコードを入力してください")
    qtbot.addWidget(label)
    font = label.font()
    font.setPixelSize(30)
    label.setFont(font)
    got = lines(label, 260)
    assert len(got) > 1 and all(not line.endswith("パス") for line in got)
    assert any("パスコードを" in line for line in got)
    assert label.text() == "保守モード：技術者パスコードを入力してください"  # as it was set
