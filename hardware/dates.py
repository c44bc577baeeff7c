"""Dates as people read them, one format per language, for the screens and the receipt alike.

======  ==========================
ja      2026年12月20日（日）
zh_CN   2026年12月20日（周日）
ko      2026년 12월 20일 (일)
en      Sun 20 Dec 2026
pt      dom., 20/12/2026
vi      CN, 20/12/2026
======  ==========================

Day and month first where the language reads them so, never a bare ISO date, and the weekday always (a due date is
planned by the day of the week). It lives at the bottom of the layers because the receipt (``hardware.printer``)
and the screens (``ui``) both print it.
"""

from __future__ import annotations

import datetime as dt

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "ja": tuple("月火水木金土日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "zh_CN": tuple("一二三四五六日"),
    "ko": tuple("월화수목금토일"),
    "pt": ("seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."),
    "vi": ("T2", "T3", "T4", "T5", "T6", "T7", "CN"),
}
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(d: dt.date, language: str) -> str:
    """``d`` with its weekday, as ``language`` writes it (English for a language not listed)."""
    day = WEEKDAYS.get(language, WEEKDAYS["en"])[d.weekday()]
    if language == "ja":
        return f"{d.year}年{d.month}月{d.day}日（{day}）"
    if language == "zh_CN":
        return f"{d.year}年{d.month}月{d.day}日（周{day}）"
    if language == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일 ({day})"
    if language in ("pt", "vi"):
        return f"{day}, {d.day:02d}/{d.month:02d}/{d.year}"
    return f"{day} {d.day} {MONTHS_EN[d.month - 1]} {d.year}"
