"""One date format per language, the receipt's and the screens' alike (hardware.dates): the weekday always, the
day and month in the language's order, never an ISO date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.dates import WEEKDAYS, format_date
from hardware.printer.receipt import LABELS, Receipt, ReceiptItem, layout

SUNDAY = dt.date(2026, 12, 20)
AS_READ = {
    "ja": "2026年12月20日（日）",
    "zh_CN": "2026年12月20日（周日）",
    "ko": "2026년 12월 20일 (일)",
    "en": "Sun 20 Dec 2026",
    "pt": "dom., 20/12/2026",
    "vi": "CN, 20/12/2026",
}


@pytest.mark.parametrize("lang", AS_READ)
def test_each_language_reads_its_own_date(lang):
    assert format_date(SUNDAY, lang) == AS_READ[lang]


def test_every_receipt_language_has_a_date_format():
    assert set(LABELS) == set(AS_READ) == set(WEEKDAYS)


@pytest.mark.parametrize("lang", AS_READ)
def test_the_receipt_prints_the_due_date_and_the_day_as_the_screen_shows_them(lang):
    receipt = Receipt(
        "みどり市立図書館", dt.datetime(2026, 12, 6, 14, 5), [ReceiptItem("こころ", SUNDAY)], language=lang
    )
    text = "\n".join(line.text for line in layout(receipt, 48).lines)
    assert AS_READ[lang] in text and format_date(dt.date(2026, 12, 6), lang) in text
    assert "2026-12-20" not in text and "2026-12-06" not in text


@settings(max_examples=200, deadline=None)
@given(d=st.dates(), lang=st.sampled_from([*AS_READ, "xx"]))
def test_any_date_has_its_weekday_and_no_iso_form(d, lang):
    text = format_date(d, lang)
    assert WEEKDAYS.get(lang, WEEKDAYS["en"])[d.weekday()] in text
    assert d.isoformat() not in text and str(d.year) in text
