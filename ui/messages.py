"""Patron-facing words for every refusal: what happened, kindly, and what to do next.

The words are the reason registry's (:mod:`kiosk.reasons`), translated here through Qt's translation system
(context "Kiosk"); the reason code itself is shown small, for staff.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication as Q

from kiosk import reasons
from kiosk.session import ItemLine, ItemState


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    code: str


def refusal(reason: str) -> Message:
    """The message for a session-ending refusal."""
    words = reasons.refusal(reason)
    return Message(Q.translate("Kiosk", words.title), Q.translate("Kiosk", words.body), reason)


def item_status(item: ItemLine) -> str:
    """One line under an item: its due date, or why it was not lent."""
    if item.state is ItemState.PENDING:
        return Q.translate("Kiosk", "Checking…")
    if item.state in (ItemState.LENT, ItemState.LENT_OFFLINE):
        due = item.due.isoformat() if item.due else "—"
        if item.state is ItemState.LENT_OFFLINE:
            return Q.translate("Kiosk", "Lent · due back {date} (recorded offline)").format(date=due)
        return Q.translate("Kiosk", "Lent · due back {date}").format(date=due)
    if item.message:
        return item.message
    return Q.translate("Kiosk", reasons.item_line(item.reason))


def tries_text(tries: int | None) -> str:
    if tries is None:
        return ""
    return Q.translate("Kiosk", "Tries left: %n", "", tries)
