"""Patron-facing words for every refusal and every item line: what happened, kindly, and what to do next.

The words are the reason registry's (:mod:`kiosk.reasons`), translated here through Qt's translation system
(context "Kiosk"); the reason code itself is shown small, for staff. The library system's own words (a refusal's
message) are shown only to a patron who reads the library's language (``[kiosk].default_language``): in every other
language the kiosk's translated words for the reason stand alone, never a Japanese sentence among them.
Dates are :func:`hardware.dates.format_date`'s, the receipt's format.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication as Q

from hardware.dates import format_date
from kiosk import reasons
from kiosk.session import ItemLine, ItemState

#: item lines that are not a failure: the patron may take the item, or has something simple to do
_ALREADY_YOURS = ("already_lent_to_you",)
_PUT_ON_PAD = ("tag_not_on_pad",)


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    code: str


def refusal(reason: str) -> Message:
    """The message for a session-ending refusal."""
    words = reasons.refusal(reason)
    return Message(Q.translate("Kiosk", words.title), Q.translate("Kiosk", words.body), reason)


def library_words(message: str, language: str, library_language: str) -> str:
    """The library system's own words, for a patron who reads its language; "" for everyone else."""
    return message if language == library_language else ""


def date(d: dt.date | None, language: str) -> str:
    return format_date(d, language) if d is not None else "—"


def item_title(item: ItemLine) -> str:
    """The item's title, or its number labelled as such when neither the tag nor the library system gave one."""
    return item.title or Q.translate("Kiosk", "Item no. {id}").format(id=item.item_id)


def item_status(item: ItemLine, language: str = "", library_language: str = "ja") -> str:
    """One line under an item: its due date, or why it was not lent (in the patron's ``language``)."""
    if item.state is ItemState.PENDING:
        return Q.translate("Kiosk", "Checking…")
    if item.state is ItemState.LENT_OFFLINE:
        return Q.translate("Kiosk", "Due back {date} (lent offline: sent to the library later)").format(
            date=date(item.due, language)
        )
    if item.state is ItemState.LENT:
        return Q.translate("Kiosk", "Due back {date}").format(date=date(item.due, language))
    theirs = library_words(item.message, language, library_language)
    if theirs and item.reason not in _ALREADY_YOURS:
        return theirs
    return Q.translate("Kiosk", reasons.item_line(item.reason))


def row_kind(item: ItemLine) -> str:
    """How an item's row looks: "ok" (lent, or already the patron's), "hint" (something simple to do), "pending",
    or "bad" (not lent)."""
    if item.state is ItemState.PENDING:
        return "pending"
    if item.state in (ItemState.LENT, ItemState.LENT_OFFLINE) or item.reason in _ALREADY_YOURS:
        return "ok"
    return "hint" if item.reason in _PUT_ON_PAD else "bad"


def tries_text(tries: int | None) -> str:
    if tries is None:
        return ""
    return Q.translate("Kiosk", "Tries left: %n", "", tries)
