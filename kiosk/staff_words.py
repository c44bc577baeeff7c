"""What a technician reads in maintenance, in the staff language (``[kiosk].staff_language``): devices by name, their
state in words, each row as a sentence saying what to do (from :mod:`kiosk.reasons`) with its code kept beside it for
the supplier, recent errors in local time, and self-test results as sentences.

Pure: states, log lines and results in, words out. The English sources below are translated in the staff catalogue
(``kiosk/i18n/staff_<lang>.ts``, context ``Staff``); ``scripts/i18n_update.py`` adds new ones (:data:`TEXTS`) as
unfinished, like the reason registry's.

A row is (what, state, sentence, code)::

    DeviceState("printer", ERROR, "paper_out")
    → ("Receipt printer", "Not working", "Printer: paper out. Load a new roll.", "paper_out")    (in English)
    → ("レシートプリンター", "異常", "プリンターの用紙がありません。…", "paper_out")            (in Japanese)
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk import reasons
from kiosk.i18n import QT_TRANSLATE_NOOP, translate
from kiosk.services import DeviceHealth, DeviceState, SelfTestResult

#: device key (``DeviceState.name``, a supervisor's ``device``) → its name for staff
DEVICE_NAMES = {
    "card_reader": QT_TRANSLATE_NOOP("Staff", "My Number Card reader"),
    "rfid": QT_TRANSLATE_NOOP("Staff", "RFID pad"),
    "scanner": QT_TRANSLATE_NOOP("Staff", "Barcode scanner"),
    "printer": QT_TRANSLATE_NOOP("Staff", "Receipt printer"),
    "library_system": QT_TRANSLATE_NOOP("Staff", "Library system link"),
    "validation_link": QT_TRANSLATE_NOOP("Staff", "Card validation service"),
    "offline_queue": QT_TRANSLATE_NOOP("Staff", "Offline journal"),
    "threads": QT_TRANSLATE_NOOP("Staff", "Kiosk programs (threads)"),
    "lanes": QT_TRANSLATE_NOOP("Staff", "Kiosk programs (threads)"),
    "log_writer": QT_TRANSLATE_NOOP("Staff", "Log writer"),
    "lending": QT_TRANSLATE_NOOP("Staff", "Lending"),
    "monitoring": QT_TRANSLATE_NOOP("Staff", "Monitoring"),
    "maintenance": QT_TRANSLATE_NOOP("Staff", "Maintenance"),
    "kiosk": QT_TRANSLATE_NOOP("Staff", "Kiosk"),
}

HEALTH_WORDS = {
    DeviceHealth.OK: QT_TRANSLATE_NOOP("Staff", "Working"),
    DeviceHealth.WARNING: QT_TRANSLATE_NOOP("Staff", "Needs attention"),
    DeviceHealth.ERROR: QT_TRANSLATE_NOOP("Staff", "Not working"),
    DeviceHealth.UNKNOWN: QT_TRANSLATE_NOOP("Staff", "Not checked yet"),
    DeviceHealth.ABSENT: QT_TRANSLATE_NOOP("Staff", "Not configured"),
}

#: a row without a reason code
NO_REASON = {
    DeviceHealth.OK: QT_TRANSLATE_NOOP("Staff", "Working. Nothing to do."),
    DeviceHealth.WARNING: QT_TRANSLATE_NOOP("Staff", "Needs attention soon. See the recent errors."),
    DeviceHealth.ERROR: QT_TRANSLATE_NOOP("Staff", "Not working. See the recent errors."),
    DeviceHealth.UNKNOWN: QT_TRANSLATE_NOOP("Staff", "Not checked yet: it is checked when it is next used."),
    DeviceHealth.ABSENT: QT_TRANSLATE_NOOP("Staff", "Not configured at this kiosk."),
}

LEVEL_WORDS = {
    "WARNING": QT_TRANSLATE_NOOP("Staff", "Warning"),
    "ERROR": QT_TRANSLATE_NOOP("Staff", "Error"),
    "CRITICAL": QT_TRANSLATE_NOOP("Staff", "Error"),
}

#: a logged event without a reason code: what it means (the event's name is the code shown beside it)
EVENTS = {
    "maintenance.entry": QT_TRANSLATE_NOOP(
        "Staff", "Too many wrong technician passcodes: entry is locked for a while ([maintenance].lockout_s)."
    ),
    "maintenance.state_unsaved": QT_TRANSLATE_NOOP(
        "Staff", "The passcode lock could not be saved. Check that [kiosk].data_dir is writable."
    ),
    "worker.failed": QT_TRANSLATE_NOOP(
        "Staff", "A task of the kiosk failed unexpectedly. If it repeats, send a diagnostic bundle to the supplier."
    ),
    "card.given_up": QT_TRANSLATE_NOOP(
        "Staff", "A card stopped answering and was given up. Ask the patron to place it again."
    ),
}
UNKNOWN_EVENT = QT_TRANSLATE_NOOP(
    "Staff",
    "Something went wrong; the code beside this names it. Send a diagnostic bundle to the supplier if it repeats.",
)

#: the recent-errors fields that name the device a line is about, and the event prefixes that say it otherwise
_EVENT_SUBJECT = {
    "rfid": "rfid",
    "scan": "scanner",
    "printer": "printer",
    "card": "card_reader",
    "link": "library_system",
    "sip2": "library_system",
    "validation": "validation_link",
    "journal": "offline_queue",
    "queue": "offline_queue",
    "lend": "lending",
    "supervisor": "threads",
    "worker": "threads",
    "watchdog": "monitoring",
    "status": "monitoring",
    "metrics": "monitoring",
    "systemd": "monitoring",
    "maintenance": "maintenance",
    "wiring.card_unavailable": "card_reader",
    "wiring.journal_unavailable": "offline_queue",
    "wiring.scanner_unavailable": "scanner",
}

# ------------------------------------------------------------------------------------------------ self-tests

SELF_TESTS = {
    "test_receipt_printed": QT_TRANSLATE_NOOP(
        "Staff", "A test receipt was printed. Check that it came out whole, cut, and marked as a test."
    ),
    "card_tries": QT_TRANSLATE_NOOP(
        "Staff", "The card on the reader was read: PIN tries left: {tries_left}. No PIN was used."
    ),
    "tags_read": QT_TRANSLATE_NOOP(
        "Staff", "Tags on the pad: {tags} (unreadable: {unreadable}, partly readable: {partial})."
    ),
    "validation_ok": QT_TRANSLATE_NOOP("Staff", "The card validation service works: it gave a signed, current answer."),
    "validation_warning": QT_TRANSLATE_NOOP("Staff", "The card validation service works, but:"),
}
SELF_TEST_FAILED = QT_TRANSLATE_NOOP("Staff", "The test failed:")
NOT_AVAILABLE = QT_TRANSLATE_NOOP("Staff", "This test is not available on this kiosk (the device is not configured).")

#: every text of this module, for the catalogue (scripts/i18n_update.py)
TEXTS = [
    *dict.fromkeys(DEVICE_NAMES.values()),
    *HEALTH_WORDS.values(),
    *NO_REASON.values(),
    *dict.fromkeys(LEVEL_WORDS.values()),
    *EVENTS.values(),
    UNKNOWN_EVENT,
    *SELF_TESTS.values(),
    SELF_TEST_FAILED,
    NOT_AVAILABLE,
]


def _t(lang: str, source: str) -> str:
    return translate(lang, source, "staff")


def device_name(key: str, lang: str) -> str:
    """A device key in words (a key this table lacks is shown as it is: better than nothing)."""
    source = DEVICE_NAMES.get(key)
    return _t(lang, source) if source else key


def health_word(health: DeviceHealth, lang: str) -> str:
    return _t(lang, HEALTH_WORDS[health])


def explain(code: str, lang: str) -> str:
    """What a reason code means and what to do, or "" for no code."""
    return reasons.staff_text(code, lang) if code else ""


@dataclass(frozen=True)
class Row:
    """One line a technician reads: what, its state, a sentence saying what to do, and the code for the supplier."""

    what: str
    state: str
    sentence: str
    code: str = ""


def device_row(st: DeviceState, lang: str) -> Row:
    sentence = explain(st.reason, lang) if st.reason else _t(lang, NO_REASON[st.health])
    return Row(device_name(st.name, lang), health_word(st.health, lang), sentence, st.reason)


# ------------------------------------------------------------------------------------------------ recent errors


def _subject(obj: Mapping[str, Any]) -> str:
    device = obj.get("device")
    if isinstance(device, str) and device in DEVICE_NAMES:
        return device
    event = str(obj.get("event", ""))
    for key in sorted(_EVENT_SUBJECT, key=len, reverse=True):
        if event == key or event.startswith(key + "."):
            return _EVENT_SUBJECT[key]
    return "kiosk"


def _when(ts: float, now: dt.datetime) -> str:
    """Local time: the time of day for today, with the date before it otherwise."""
    t = dt.datetime.fromtimestamp(ts, now.tzinfo)
    return t.strftime("%H:%M:%S") if t.date() == now.date() else t.strftime("%Y-%m-%d %H:%M")


def error_row(line: str, lang: str, now: dt.datetime | None = None) -> Row:
    """A recent-errors line (the kiosk's JSON log line) as staff read it: ``what`` is when and where, ``state`` the
    level in words. A line that is not the kiosk's JSON is shown as it is."""
    now = now or dt.datetime.now().astimezone()
    try:
        obj = json.loads(line)
        if not isinstance(obj, dict):
            raise ValueError
        when = _when(float(obj["ts"]), now)
    except (ValueError, KeyError, TypeError, OverflowError, OSError):
        return Row("", "", line, "")
    reason = obj.get("reason")
    event = str(obj.get("event", ""))
    if isinstance(reason, str) and reason:
        sentence, code = explain(reason, lang), reason
    else:
        sentence, code = _t(lang, EVENTS.get(event, UNKNOWN_EVENT)), event
    level = _t(lang, LEVEL_WORDS.get(str(obj.get("level", "")), LEVEL_WORDS["WARNING"]))
    return Row(f"{when}  {device_name(_subject(obj), lang)}", level, sentence, code)


# ------------------------------------------------------------------------------------------------ self-tests


def self_test_sentence(result: object, lang: str) -> Row:
    """A self-test's result as a sentence (``state`` ✔ or ✖). Anything else than a :class:`SelfTestResult` (an
    older self-test's text) is shown as it is."""
    if not isinstance(result, SelfTestResult):
        return Row("", "✔", str(result))
    source = SELF_TESTS.get(result.code)
    if source is None:
        return Row("", "✔", result.code, result.code)
    try:
        sentence = _t(lang, source).format(**result.counts)
    except (KeyError, IndexError, ValueError):  # a translation that names another field: the source then
        sentence = source.format_map(_Blank(result.counts))
    if result.reason:
        sentence += " " + explain(result.reason, lang)
    return Row("", "✔", sentence, result.reason)


def self_test_failure(code: str, lang: str) -> Row:
    return Row("", "✖", f"{_t(lang, SELF_TEST_FAILED)} {explain(code, lang)}", code)


def not_available(lang: str) -> Row:
    return Row("", "", _t(lang, NOT_AVAILABLE))


class _Blank(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "?"
