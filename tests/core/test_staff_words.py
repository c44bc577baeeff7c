"""What technicians read in maintenance (kiosk.staff_words): devices by name, states in words, sentences saying
what to do with the code beside them, recent errors in local time, self-test results as sentences."""

from __future__ import annotations

import datetime as dt
import json
import re
import string

import pytest

from kiosk import i18n, reasons, staff_words
from kiosk.services import DeviceHealth, DeviceState, SelfTestResult

from .test_reasons import _untranslated


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", [lang for lang in i18n.STAFF_LANGUAGES if lang != i18n.SOURCE_LANGUAGE])
def test_every_text_is_translated_with_the_same_blanks(lang):
    assert not _untranslated("staff", lang, set(staff_words.TEXTS))
    for source in staff_words.TEXTS:
        assert _fields(i18n.translate(lang, source, "staff")) == _fields(source), source


def test_every_device_the_kiosk_reports_has_a_name():
    # the health probes' names (kiosk_app.build, the adapters) and the supervisor's devices (kiosk.workers…)
    keys = {"card_reader", "rfid", "scanner", "printer", "library_system", "validation_link", "offline_queue",
            "threads", "lanes"}  # fmt: skip
    for key in keys:
        name = staff_words.device_name(key, "ja")
        assert name != key and not re.search(r"[a-z]_[a-z]", name), key


def test_a_device_row_says_what_to_do_with_the_code_beside_it():
    row = staff_words.device_row(DeviceState("printer", DeviceHealth.ERROR, "paper_out"), "ja")
    assert row == staff_words.Row("レシートプリンター", "異常", reasons.staff_text("paper_out", "ja"), "paper_out")
    assert row.sentence.startswith("プリンターの用紙がありません。")
    ok = staff_words.device_row(DeviceState("library_system", DeviceHealth.OK), "ja")
    assert (ok.what, ok.state, ok.code) == ("図書館システムとの接続", "正常", "") and ok.sentence.endswith("。")
    absent = staff_words.device_row(DeviceState("rfid", DeviceHealth.ABSENT, "absent"), "en")
    assert (absent.what, absent.state, absent.sentence) == (
        "RFID pad",
        "Not configured",
        "Not configured at this kiosk.",
    )


def test_recent_errors_in_local_time_and_words():
    now = dt.datetime(2026, 12, 6, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    today = now.replace(hour=14, minute=3, second=9).timestamp()
    line = json.dumps({"ts": today, "level": "WARNING", "logger": "kiosk_app.devices", "event": "rfid.pad_error",
                       "reason": "reader_unplugged"})  # fmt: skip
    row = staff_words.error_row(line, "ja", now)
    assert row.what == "14:03:09  RFIDパッド" and row.state == "警告" and row.code == "reader_unplugged"
    assert row.sentence == reasons.staff_text("reader_unplugged", "ja")
    # a day before: the date too; an event without a reason code: what it means, and the event as the code
    yesterday = json.dumps({"ts": today - 86400, "level": "ERROR", "event": "worker.failed", "error": "KeyError"})
    row = staff_words.error_row(yesterday, "ja", now)
    assert row.what.startswith("2026-12-05 14:03") and row.state == "エラー" and row.code == "worker.failed"
    assert "保守業者" in row.sentence and "{" not in row.sentence
    # an event this table does not know still gets words; a line that is not JSON is shown as it is
    assert staff_words.error_row(json.dumps({"ts": today, "event": "x.y"}), "ja", now).sentence
    assert staff_words.error_row("not json", "ja", now) == staff_words.Row("", "", "not json", "")
    assert staff_words.error_row(json.dumps({"ts": 1e300}), "ja", now).sentence  # a time out of range: as it is


def test_self_test_results_are_sentences():
    tries = staff_words.self_test_sentence(SelfTestResult("card_tries", {"tries_left": 3}), "ja")
    assert tries.state == "✔" and "3回" in tries.sentence and "tries_left" not in tries.sentence
    tags = staff_words.self_test_sentence(SelfTestResult("tags_read", {"tags": 2, "unreadable": 1, "partial": 0}), "en")
    assert tags.sentence == "Tags on the pad: 2 (unreadable: 1, partly readable: 0)."
    ageing = staff_words.self_test_sentence(SelfTestResult("validation_warning", reason="crl_ageing"), "ja")
    assert ageing.code == "crl_ageing" and reasons.staff_text("crl_ageing", "ja") in ageing.sentence
    failed = staff_words.self_test_failure("paper_out", "ja")
    assert failed.state == "✖" and failed.code == "paper_out" and "用紙" in failed.sentence
    # counts a translation does not have are never a crash
    assert "?" in staff_words.self_test_sentence(SelfTestResult("card_tries"), "en").sentence
