"""Japanese and Korean lines break between words, never inside one ("パス/コード"); Chinese and the Latin scripts
break as they always do."""

from __future__ import annotations

import os
from itertools import accumulate

from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

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


def line_starts(painted: str, font, width: int) -> list[int]:
    """Where each line after the first starts (as an offset into the text without joiners) when Qt lays out
    ``painted`` at ``width``."""
    layout = QTextLayout(painted, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append(len(typography.plain(painted[: line.textStart()])))
    layout.endLayout()
    return starts[1:]


def test_a_label_breaks_its_lines_only_between_words(qtbot):
    text = "保守モード：技術者パスコードを入力してください"
    between_words = set(accumulate(len(w) for w in typography.segments(text)))
    label = Text(text)
    qtbot.addWidget(label)
    label.setWordWrap(True)
    font = label.font()
    font.setPixelSize(30)
    label.setFont(font)
    inside_a_word_if_plain = 0
    for width in range(250, 700, 10):
        label.resize(width, 400)
        painted = QLabel.text(label)  # what Qt paints: with the word joiners
        assert set(line_starts(painted, label.font(), width)) <= between_words, width
        inside_a_word_if_plain += not set(line_starts(text, label.font(), width)) <= between_words
    assert inside_a_word_if_plain  # without the joiners Qt would have cut a word somewhere
    assert label.text() == text  # as it was set
