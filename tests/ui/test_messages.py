"""Every reason code the other layers produce gets a specific, kind message (not the generic fallback)."""

from __future__ import annotations

import os

import pytest

from kiosk.session import ItemLine, ItemState
from ui import messages

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SESSION_REASONS = [
    # card and identity (kiosk.identity.authenticate)
    "pin_blocked", "cert_revoked", "cert_expired", "ca_expired", "not_linked", "not_jpki", "token_smartphone",
    "cert_malformed", "cert_too_large", "cert_untrusted", "cert_not_yet_valid", "signature_invalid", "card_removed",
    "card_protocol", "no_card", "no_reader",
    # validation client
    "validation_unavailable", "validation_not_configured", "validation_error", "cert_unknown", "crl_stale",
    "crl_missing", "crl_too_old", "offline_not_allowed",
    # library system (kiosk.circulation)
    "patron_unknown", "patron_blocked", "card_lost", "excessive_fines", "too_many_items", "too_many_overdue",
    "patron_expired", "wrong_password", "library_unavailable",
]  # fmt: skip
ITEM_REASONS = ["item_on_hold", "hold_for_other", "not_for_loan", "lent_to_other", "item_unknown", "outcome_unknown",
                "security_failed", "tag_not_on_pad", "offline_limit", "offline_method", "offline_not_allowed",
                "offline_disabled", "method_not_allowed", "already_queued", "journal_full", "rfid_not_configured"]  # fmt: skip


@pytest.fixture(scope="module")
def app():
    from ui.app import application

    return application()


@pytest.mark.parametrize("reason", SESSION_REASONS)
def test_each_refusal_has_a_specific_message(app, reason):
    generic = messages.refusal("something_new")
    m = messages.refusal(reason)
    assert m.code == reason
    assert m.title and m.body
    assert m.title != generic.title, reason


@pytest.mark.parametrize("reason", ITEM_REASONS)
def test_each_item_refusal_says_what_to_do(app, reason):
    generic = messages.item_status(ItemLine("x", ItemState.REFUSED, reason="something_new"))
    text = messages.item_status(ItemLine("x", ItemState.REFUSED, reason=reason))
    assert text and text != generic, reason


def test_library_words_win_over_ours(app):
    line = ItemLine("x", ItemState.REFUSED, reason="item_on_hold", message="予約者がいます")
    assert messages.item_status(line) == "予約者がいます"
