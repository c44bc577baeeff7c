"""Patron-facing words for every refusal: what happened, kindly, and what to do next.

Each text goes through Qt's translation system (context "Kiosk"); the reason code itself is shown small, for staff.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication as Q

from kiosk.session import ItemLine, ItemState
from kiosk.validation.policy import is_service_away


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    code: str


_CARD_UNUSABLE = {"not_jpki", "token_smartphone", "cert_malformed", "cert_too_large", "cert_untrusted",
                  "cert_not_yet_valid", "signature_invalid", "pin_format"}  # fmt: skip
_CARD_UNREAD = {"card_removed", "card_protocol", "no_card", "no_reader", "card_timeout", "card_session_ended"}
_CERT_BAD = {"cert_revoked", "cert_on_hold", "revoked", "cert_unknown"}
_CERT_EXPIRED = {"cert_expired", "ca_expired"}


def refusal(reason: str) -> Message:
    """The message for a session-ending refusal."""
    r = reason
    if r == "pin_blocked":
        title = Q.translate("Kiosk", "Your card's PIN is locked")
        body = Q.translate(
            "Kiosk",
            "The PIN was entered wrongly too many times, so the card has locked it to protect you. "
            "The library cannot unlock it. Please have the PIN reset at your city or town office "
            "(bring the card). Until then you can borrow with a library card.",
        )
    elif r in _CERT_BAD:
        title = Q.translate("Kiosk", "This card's certificate cannot be used")
        body = Q.translate(
            "Kiosk",
            "The electronic certificate on your card is no longer valid. Please ask at your city or town office. "
            "You can borrow with a library card in the meantime.",
        )
    elif r in _CERT_EXPIRED:
        title = Q.translate("Kiosk", "The certificate on your card has expired")
        body = Q.translate(
            "Kiosk",
            "Please renew the electronic certificate at your city or town office. "
            "You can borrow with a library card in the meantime.",
        )
    elif r == "not_linked":
        title = Q.translate("Kiosk", "This card is not registered with the library yet")
        body = Q.translate(
            "Kiosk",
            "To borrow with your My Number Card, please register it once at the library counter. "
            "Bring the card; it only takes a few minutes.",
        )
    elif r in _CARD_UNUSABLE:
        title = Q.translate("Kiosk", "This card cannot be used here")
        body = Q.translate("Kiosk", "Please use your My Number Card or your library card, or ask a member of staff.")
    elif r in _CARD_UNREAD:
        title = Q.translate("Kiosk", "The card could not be read")
        body = Q.translate(
            "Kiosk",
            "Please place your card on the reader again and leave it there until the PIN screen appears.",
        )
    elif is_service_away(r):
        title = Q.translate("Kiosk", "Your card cannot be checked right now")
        body = Q.translate(
            "Kiosk",
            "The service that checks My Number Cards is not reachable. Please try again later, "
            "use your library card, or ask a member of staff.",
        )
    elif r.startswith(("validation_", "ocsp_", "crl_")):
        # the check could not be made or its answer cannot be believed (forged, replayed, stale, misconfigured):
        # nothing the patron did and nothing a retry fixes; staff must look (the code is shown below)
        title = Q.translate("Kiosk", "Your card cannot be checked right now")
        body = Q.translate(
            "Kiosk",
            "The check of My Number Cards is not working on this kiosk at the moment. Please use your library card, "
            "or ask a member of staff and show them the code below.",
        )
    elif r == "wrong_password":
        title = Q.translate("Kiosk", "The password was not right")
        body = Q.translate("Kiosk", "Please scan your card and enter the password again, or ask at the counter.")
    elif r in {"patron_blocked", "card_lost"}:
        title = Q.translate("Kiosk", "Borrowing is paused on your library account")
        body = Q.translate("Kiosk", "Please ask at the counter; staff will gladly help.")
    elif r == "patron_expired":
        title = Q.translate("Kiosk", "Your library registration has expired")
        body = Q.translate("Kiosk", "Please renew it at the counter. Bring something that shows your address.")
    elif r in {"too_many", "too_many_items", "too_many_overdue"}:
        title = Q.translate("Kiosk", "You have reached your borrowing limit")
        body = Q.translate("Kiosk", "Please return some items first, or ask at the counter.")
    elif r in {"fines", "excessive_fines"}:
        title = Q.translate("Kiosk", "There is something to settle on your account")
        body = Q.translate("Kiosk", "Please ask at the counter.")
    elif r in {"patron_unknown", "patron_invalid"}:
        title = Q.translate("Kiosk", "This library card was not recognised")
        body = Q.translate("Kiosk", "Please check the card, or ask at the counter.")
    elif r == "count_mismatch":
        title = Q.translate("Kiosk", "The number of books did not match")
        body = Q.translate(
            "Kiosk",
            "Please take your books to the counter; staff will lend them to you. Nothing was lent from this stack.",
        )
    elif r in {"library_unavailable", "offline"}:
        title = Q.translate("Kiosk", "The library system cannot be reached")
        body = Q.translate("Kiosk", "Please try again in a little while, or ask at the counter.")
    else:
        title = Q.translate("Kiosk", "Sorry, that did not work")
        body = Q.translate("Kiosk", "Please ask a member of staff and show them the code below.")
    return Message(title, body, reason)


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
    r = item.reason
    if r in {"hold_for_other", "item_on_hold"}:
        return Q.translate("Kiosk", "Not lent: reserved for another patron. Please leave it at the counter.")
    if r in {"not_circulating", "not_for_loan"}:
        return Q.translate("Kiosk", "Not lent: this item is for use in the library only.")
    if r in {
        "security_failed",
        "tag_error",
        "lent_to_other",
        "item_unknown",
        "outcome_unknown",
        "already_queued",
        "journal_full",
        "journal_failed",
        "rfid_not_configured",
        "already_lent_to_you",
    }:
        return Q.translate("Kiosk", "Not lent: please take this item to the counter.")
    if r == "tag_not_on_pad":
        return Q.translate("Kiosk", "Please put this item on the pad and scan it again.")
    if r == "offline_limit":
        return Q.translate("Kiosk", "Not lent: the offline limit is reached. Please borrow it when we are online.")
    if r.startswith("offline") or r in {"library_unavailable", "method_not_allowed"}:
        return Q.translate("Kiosk", "Not lent: the library system cannot be reached. Please ask at the counter.")
    return Q.translate("Kiosk", "Not lent. Please ask at the counter.")


def tries_text(tries: int | None) -> str:
    if tries is None:
        return ""
    return Q.translate("Kiosk", "Tries left: %n", "", tries)
