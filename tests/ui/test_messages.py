"""Every reason code the other layers produce gets a specific, kind message (not the generic fallback)."""

from __future__ import annotations

import os

import pytest

from kiosk import i18n, reasons, return_words
from kiosk.session import ItemLine, ItemState, ReturnLine, ReturnState
from ui import i18n as ui_i18n
from ui import messages

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SESSION_REASONS = [
    # card and identity (kiosk.identity.authenticate)
    "pin_blocked", "cert_revoked", "cert_expired", "ca_expired", "not_linked", "not_jpki", "token_smartphone",
    "cert_malformed", "cert_too_large", "cert_untrusted", "cert_not_yet_valid", "signature_invalid", "card_removed",
    "card_protocol", "no_card", "no_reader", "card_session_ended",
    # validation client
    "validation_unavailable", "validation_not_configured", "validation_error", "cert_unknown", "crl_stale",
    "crl_missing", "crl_too_old", "offline_not_allowed",
    # library system (kiosk.circulation)
    "patron_unknown", "patron_blocked", "card_lost", "excessive_fines", "too_many_items", "too_many_overdue",
    "patron_expired", "wrong_password", "library_unavailable",
    # the library system away during the patron check, and tokens that are not My Number Cards
    "unreachable", "timeout", "connection_lost", "token_juki", "token_unknown",
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


def _validation_reasons() -> set[str]:
    """Every refusal code of the validation client, from the reason registry (tests/core/test_reasons.py shows the
    registry covers what the layers produce): the codes that mean the service is away and those that mean its answer
    cannot be believed or the kiosk is at fault, with an HTTP status of each family."""
    found = {
        code
        for code, entry in reasons.CODES.items()
        if entry.kind in (reasons.Kind.AWAY, reasons.Kind.FAULT) and code.startswith(("ocsp_", "validation_", "crl_"))
    }
    return found | {"validation_http_503", "validation_http_404"}


VALIDATION_REASONS = sorted(_validation_reasons())


def test_the_validation_reasons_are_found():
    # the walk above must see the codes (a change of the registry's kinds would otherwise empty the list silently)
    assert {"ocsp_bad_signature", "ocsp_nonce_mismatch", "ocsp_try_later", "validation_timeout"} <= set(
        VALIDATION_REASONS
    )


@pytest.mark.parametrize("reason", VALIDATION_REASONS)
def test_each_validation_refusal_has_a_specific_message(app, reason):
    generic = messages.refusal("something_new")
    m = messages.refusal(reason)
    assert m.code == reason and m.title and m.body
    assert m.title != generic.title, reason


def test_a_service_away_says_try_later_and_an_untrustworthy_answer_sends_to_staff(app):
    away = {messages.refusal(r).body for r in ("validation_unreachable", "ocsp_try_later", "validation_http_503")}
    faulty = {messages.refusal(r).body for r in ("ocsp_bad_signature", "ocsp_nonce_mismatch", "validation_tls_failed")}
    assert len(away) == 1 and len(faulty) == 1 and away != faulty
    # away: the words of the offline refusals (try again later, or the library card)...
    assert away == {messages.refusal("offline_not_allowed").body}
    # ...not believed: a retry does not help, staff look at the code (whatever language a test before left on)
    assert faulty != {messages.refusal("something_new").body}
    # neither blames the patron's card
    assert messages.refusal("ocsp_stale").title == messages.refusal("validation_timeout").title


@pytest.mark.parametrize("reason", ITEM_REASONS)
def test_each_item_refusal_says_what_to_do(app, reason):
    generic = messages.item_status(ItemLine("x", ItemState.REFUSED, reason="something_new"))
    text = messages.item_status(ItemLine("x", ItemState.REFUSED, reason=reason))
    assert text and text != generic, reason


def test_the_library_systems_words_only_in_its_language(app):
    """A patron reading the library's language gets the library system's own words; in any other language the
    kiosk's words for the reason, never a Japanese sentence."""
    line = ItemLine("x", ItemState.REFUSED, reason="item_on_hold", message="予約者がいます")
    assert messages.item_status(line, "ja", "ja") == "予約者がいます"
    ours = messages.item_status(line, "en", "ja")
    assert ours == messages.item_status(ItemLine("x", ItemState.REFUSED, reason="item_on_hold"), "en", "ja")
    assert ours != "予約者がいます"
    assert messages.library_words("予約者がいます", "vi", "ja") == ""


RETURN_LINES = [
    ReturnLine("x", ReturnState.RETURNED),
    ReturnLine("x", ReturnState.DESK, desk="hold"),
    ReturnLine("x", ReturnState.DESK, desk="transfer"),
    ReturnLine("x", ReturnState.DESK, desk="magnetic"),
    ReturnLine("x", ReturnState.DESK, desk="security"),
    ReturnLine("x", ReturnState.DESK, desk="alert"),
    ReturnLine("x", ReturnState.REFUSED, reason="library_unavailable"),
    ReturnLine("x", ReturnState.REFUSED, reason="not_checked_out"),
    ReturnLine("x", ReturnState.REFUSED, reason="blocked"),
]


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_returns_screen_shows_what_the_voice_says_of_each_returned_book(app, tmp_path, lang):
    """One outcome, one sentence: the line under a returned book is the words the spoken guidance says of it (the
    screen's catalogue and the voice's are the same texts), and every outcome has words of its own."""
    from ui.main_window import Translations
    from ui.service_screens import return_status

    translations = Translations(ui_i18n.build(tmp_path))
    translations.set_language(lang)
    try:
        shown = [return_status(line, lang, "ja") for line in RETURN_LINES]
        assert shown == [i18n.translate(lang, return_words.WORDS[return_words.outcome(line)]) for line in RETURN_LINES]
        assert len(set(shown)) == len(RETURN_LINES), shown
    finally:
        translations.set_language("")
