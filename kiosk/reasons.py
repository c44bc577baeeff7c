"""Every reason code in one typed registry: what it means, what the patron reads, what staff read and do.

A reason code is the short snake_case string a layer gives when something did not happen (``pin_blocked``,
``ocsp_stale``, ``paper_out``). Each one has one :class:`Reason` here:

- ``kind`` (:class:`Kind`): who can act. The patron (or the city office, or the counter); nobody but time (a
  service is away or busy: a later try may succeed); staff (an answer that cannot be trusted, or a set-up fault:
  retrying does not help); one item not lent; a device's or the kiosk's state; or nothing went wrong.
- ``staff``: a sentence or two a technician or librarian reads, saying what it means and what to do (maintenance,
  ``kiosk card|device|cert`` on the command line). Staff texts exist in :data:`kiosk.i18n.STAFF_LANGUAGES`.
- the patron's words, only where a patron meets the code: ``refusal`` (title and body of the screen that ends a
  session), ``item`` (the line under a book that was not lent) and ``verdict`` (the one sentence a revocation
  verdict carries, ``kiosk cert check`` prints it). Patron texts exist in every language of
  :data:`kiosk.i18n.LANGUAGES`. Many codes share one message; each message is defined once below.

All texts are English source strings; their translations are in the catalogue of :mod:`kiosk.i18n` (patron texts
in ``kiosk_<lang>.ts``, context ``Kiosk``, which the screens also use through Qt; staff texts in
``staff_<lang>.ts``). :func:`lookup` resolves a code: its own entry, then the families its prefix belongs to
(longest first: ``validation_http_5`` is the HTTP 5xx answers), then :data:`GENERIC`; each text comes from the first
of these that has one, so an unknown ``ocsp_…`` code still gets the words for an answer that cannot be believed.

Adding a code (the integrator registers the codes other layers add):

1. One line in the table (``_CODES``), in its layer's group: ``R("code", KIND, "What it means. What to do.",
   refusal=…)``, reusing a message below when one fits (a new patron message is a new constant, marked
   ``QT_TRANSLATE_NOOP``). Without ``refusal``/``item`` the patron gets the generic words (or the family's).
2. ``python scripts/i18n_update.py`` adds the new texts to the ``.ts`` files as unfinished; translate them there
   (Japanese as a librarian writes to a colleague: polite, saying what to do) and drop ``type="unfinished"``.
3. ``pytest tests/core/test_reasons.py`` checks that every code has its texts in every language it needs.
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass, replace
from typing import Any

from kiosk.i18n import QT_TRANSLATE_NOOP, translate


class Kind(enum.Enum):
    """Who can act on a reason."""

    #: nothing went wrong (``ok``, ``pin_needed``, ``ocsp_good``)
    OK = "ok"
    #: the patron or their card: they can act (place the card again, the city office, the counter)
    PATRON = "patron"
    #: a service (library system, validation) is away or busy: a later try may succeed
    AWAY = "away"
    #: an answer that cannot be trusted, or a set-up fault at the kiosk: staff must look; retrying does not help
    FAULT = "fault"
    #: one item was not lent; the session goes on
    ITEM = "item"
    #: a device's or the kiosk's state, for maintenance and technicians
    DEVICE = "device"


OK, PATRON, AWAY, FAULT, ITEM, DEVICE = Kind


@dataclass(frozen=True)
class Refusal:
    """The screen that ends a patron session: a title and what to do next."""

    title: str
    body: str


@dataclass(frozen=True)
class Reason:
    code: str
    kind: Kind
    #: what staff read (English source)
    staff: str
    refusal: Refusal | None = None
    item: str | None = None
    verdict: str | None = None


def R(  # noqa: N802 - reads as a table row
    code: str,
    kind: Kind,
    staff: str,
    *,
    refusal: Refusal | None = None,
    item: str | None = None,
    verdict: str | None = None,
) -> Reason:
    return Reason(code, kind, staff, refusal, item, verdict)


# ------------------------------------------------------------------------------------------------ session refusals

PIN_LOCKED = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "Your card's PIN is locked"),
    QT_TRANSLATE_NOOP(
        "Kiosk",
        "The PIN was entered wrongly too many times, so the card has locked it to protect you. The library cannot "
        "unlock it. Please have the PIN reset at your city or town office (bring the card). Until then you can "
        "borrow with a library card.",
    ),
)
CERT_INVALID = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "This card's certificate cannot be used"),
    QT_TRANSLATE_NOOP(
        "Kiosk",
        "The electronic certificate on your card is no longer valid. Please ask at your city or town office. "
        "You can borrow with a library card in the meantime.",
    ),
)
CERT_EXPIRED = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "The certificate on your card has expired"),
    QT_TRANSLATE_NOOP(
        "Kiosk",
        "Please renew the electronic certificate at your city or town office. "
        "You can borrow with a library card in the meantime.",
    ),
)
NOT_LINKED = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "This card is not registered with the library yet"),
    QT_TRANSLATE_NOOP(
        "Kiosk",
        "To borrow with your My Number Card, please register it once at the library counter. "
        "Bring the card; it only takes a few minutes.",
    ),
)
CARD_UNUSABLE = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "This card cannot be used here"),
    QT_TRANSLATE_NOOP("Kiosk", "Please use your My Number Card or your library card, or ask a member of staff."),
)
CARD_UNREAD = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "The card could not be read"),
    QT_TRANSLATE_NOOP(
        "Kiosk", "Please place your card on the reader again and leave it there until the PIN screen appears."
    ),
)
#: the validation service is away or busy: try later, or the library card
VALIDATION_AWAY = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "Your card cannot be checked right now"),
    QT_TRANSLATE_NOOP(
        "Kiosk",
        "The service that checks My Number Cards is not reachable. Please try again later, "
        "use your library card, or ask a member of staff.",
    ),
)
#: the check could not be made or its answer cannot be believed (forged, replayed, stale, misconfigured): nothing the
#: patron did and nothing a retry fixes; staff must look (the code is shown below)
VALIDATION_FAULT = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "Your card cannot be checked right now"),
    QT_TRANSLATE_NOOP(
        "Kiosk",
        "The check of My Number Cards is not working on this kiosk at the moment. Please use your library card, "
        "or ask a member of staff and show them the code below.",
    ),
)
WRONG_PASSWORD = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "The password was not right"),
    QT_TRANSLATE_NOOP("Kiosk", "Please scan your card and enter the password again, or ask at the counter."),
)
ACCOUNT_PAUSED = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "Borrowing is paused on your library account"),
    QT_TRANSLATE_NOOP("Kiosk", "Please ask at the counter; staff will gladly help."),
)
REGISTRATION_EXPIRED = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "Your library registration has expired"),
    QT_TRANSLATE_NOOP("Kiosk", "Please renew it at the counter. Bring something that shows your address."),
)
LIMIT_REACHED = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "You have reached your borrowing limit"),
    QT_TRANSLATE_NOOP("Kiosk", "Please return some items first, or ask at the counter."),
)
TO_SETTLE = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "There is something to settle on your account"),
    QT_TRANSLATE_NOOP("Kiosk", "Please ask at the counter."),
)
PATRON_UNKNOWN = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "This library card was not recognised"),
    QT_TRANSLATE_NOOP("Kiosk", "Please check the card, or ask at the counter."),
)
LIBRARY_AWAY = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "The library system cannot be reached"),
    QT_TRANSLATE_NOOP("Kiosk", "Please try again in a little while, or ask at the counter."),
)
COUNT_MISMATCH = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "The number of books did not match"),
    QT_TRANSLATE_NOOP(
        "Kiosk",
        "Please take your books to the counter; staff will lend them to you. Nothing was lent from this stack.",
    ),
)
GENERIC_REFUSAL = Refusal(
    QT_TRANSLATE_NOOP("Kiosk", "Sorry, that did not work"),
    QT_TRANSLATE_NOOP("Kiosk", "Please ask a member of staff and show them the code below."),
)

# ------------------------------------------------------------------------------------------------ item lines

ITEM_RESERVED = QT_TRANSLATE_NOOP("Kiosk", "Not lent: reserved for another patron. Please leave it at the counter.")
ITEM_LIBRARY_USE_ONLY = QT_TRANSLATE_NOOP("Kiosk", "Not lent: this item is for use in the library only.")
ITEM_TO_COUNTER = QT_TRANSLATE_NOOP("Kiosk", "Not lent: please take this item to the counter.")
ITEM_PUT_ON_PAD = QT_TRANSLATE_NOOP("Kiosk", "Please put this book on the pad: it is lent once the pad has read it.")
ITEM_ALREADY_YOURS = QT_TRANSLATE_NOOP("Kiosk", "Already lent to you: you may take it with you.")
ITEM_OFFLINE_LIMIT = QT_TRANSLATE_NOOP(
    "Kiosk", "Not lent: the offline limit is reached. Please borrow it when we are online."
)
ITEM_LIBRARY_AWAY = QT_TRANSLATE_NOOP(
    "Kiosk", "Not lent: the library system cannot be reached. Please ask at the counter."
)
GENERIC_ITEM = QT_TRANSLATE_NOOP("Kiosk", "Not lent. Please ask at the counter.")

# ------------------------------------------------------------------------------------------------ verdict sentences

VERDICT_OK = QT_TRANSLATE_NOOP("Kiosk", "The certificate was checked.")
VERDICT_REVOKED = QT_TRANSLATE_NOOP(
    "Kiosk",
    "The user-authentication certificate on this card has been revoked, so the card cannot be used. "
    "Please ask at your city or town office.",
)
VERDICT_UNKNOWN = QT_TRANSLATE_NOOP(
    "Kiosk", "The electronic certificate on this card could not be confirmed. Please tell a member of staff."
)
VERDICT_AWAY = QT_TRANSLATE_NOOP(
    "Kiosk",
    "The validity of electronic certificates cannot be checked right now. Please try again later or use your "
    "library card, and let a member of staff know too.",
)
VERDICT_OFFLINE = QT_TRANSLATE_NOOP(
    "Kiosk",
    "My Number Cards cannot be checked on this kiosk right now. Please use your library card or tell a member of "
    "staff.",
)
VERDICT_FAULT = QT_TRANSLATE_NOOP(
    "Kiosk",
    "The validity of electronic certificates cannot be checked on this kiosk right now. Please use your library "
    "card or tell a member of staff (show them the code on the screen).",
)

# ------------------------------------------------------------------------------------------------ the registry

#: what an unknown code gets
GENERIC = R(
    "unknown",
    FAULT,
    "A code this kiosk has no explanation for. Note it and tell the supplier.",
    refusal=GENERIC_REFUSAL,
    item=GENERIC_ITEM,
    verdict=VERDICT_FAULT,
)

# one line per code, grouped by the layer that gives it; a few older names (revoked, cert_on_hold, too_many, fines,
# patron_invalid, hold_for_other, not_circulating, tag_error, method_not_allowed, card_timeout) no layer gives now
# are kept with their words
# fmt: off
_CODES = [
    # ---- nothing wrong
    R("ok", OK, "OK: the card was authenticated, or the device is ready. Nothing to do."),
    R("pin_needed", OK, "The card was read; the PIN is needed next."),
    R("ocsp_good", OK, "The OCSP responder said the certificate is good.", verdict=VERDICT_OK),
    R("crl_good", OK, "The certificate is not on the current CRL.", verdict=VERDICT_OK),
    R("offline_crl_good", OK, "Offline, the certificate was checked against the stored CRL, which is recent enough to accept cards: it is not on it.", verdict=VERDICT_OK),
    # ---- the card (hardware.smartcard, kiosk.identity)
    R("pin_blocked", PATRON, "The PIN is locked after three wrong tries. Only the city or town office can reset it (the kiosk never tries again); offer the library card.", refusal=PIN_LOCKED),
    R("pin_wrong", PATRON, "The PIN was wrong; the tries left are shown. After the last one the card locks."),
    R("pin_format", PATRON, "The PIN must be exactly 4 digits. Nothing was sent to the card, so no try was spent.", refusal=CARD_UNUSABLE),
    R("not_linked", PATRON, "The card is authenticated but not linked to a library patron. Link it at the counter (kiosk link add; the patron types the PIN).", refusal=NOT_LINKED),
    R("not_jpki", PATRON, "The card has no JPKI application: it is not a My Number Card, or its user-authentication certificate was never issued. Offer the library card; the city or town office issues the certificate.", refusal=CARD_UNUSABLE),
    R("token_smartphone", PATRON, "A smartphone's JPKI is not accepted at this kiosk ([card].accept_smartphone is off). Ask the patron to use the card itself or the library card.", refusal=CARD_UNUSABLE),
    R("token_juki", PATRON, "A Basic Resident Register card (Juki card) is not accepted. Offer the library card; a My Number Card can be used instead.", refusal=CARD_UNUSABLE),
    R("token_unknown", PATRON, "The card holds a JPKI token this kiosk does not know, so it was refused. Offer the library card and tell the supplier which card it was.", refusal=CARD_UNUSABLE),
    R("cert_too_large", PATRON, "The card announced a certificate larger than [card].max_certificate_bytes and was refused as possibly hostile. Offer the library card; if a genuine card keeps doing this, tell the supplier.", refusal=CARD_UNUSABLE),
    R("cert_malformed", PATRON, "The certificate read from the card is not a valid X.509 certificate. Ask the patron to place the card again; if it repeats, offer the library card and suggest the city or town office.", refusal=CARD_UNUSABLE),
    R("cert_expired", PATRON, "The card's user-authentication certificate has expired. The patron renews it at the city or town office; offer the library card meanwhile.", refusal=CERT_EXPIRED),
    R("cert_revoked", PATRON, "The card's certificate is revoked (OCSP or a CRL says so). Send the patron to the city or town office; offer the library card.", refusal=CERT_INVALID, verdict=VERDICT_REVOKED),
    R("cert_unknown", PATRON, "The validation service does not know this certificate. If genuine cards get this answer, check [validation] (responder, trust anchors); otherwise send the patron to the city or town office.", refusal=CERT_INVALID, verdict=VERDICT_UNKNOWN),
    R("cert_on_hold", PATRON, "The card's certificate is suspended. Send the patron to the city or town office; offer the library card.", refusal=CERT_INVALID),
    R("revoked", PATRON, "The card's certificate is revoked. Send the patron to the city or town office; offer the library card.", refusal=CERT_INVALID),
    R("card_removed", PATRON, "The card was taken off the reader during the operation. Ask the patron to place it again and leave it there until the PIN screen appears.", refusal=CARD_UNREAD),
    R("no_card", PATRON, "No card is on the reader.", refusal=CARD_UNREAD),
    R("card_timeout", PATRON, "The card did not answer in time. Ask the patron to place it again.", refusal=CARD_UNREAD),
    R("card_session_ended", PATRON, "The card session had already ended when the PIN arrived (the card was taken off, or the session was reset); nothing was sent to the card. Ask the patron to start again.", refusal=CARD_UNREAD),
    R("card_protocol", DEVICE, "The card answered something unexpected. Ask the patron to place it again; if several cards do this, restart the card reader.", refusal=CARD_UNREAD),
    R("no_reader", DEVICE, "No card reader is connected, or pcscd is not running. Check the reader's USB cable, then restart pcscd or the kiosk.", refusal=CARD_UNREAD),
    R("reader_missing", DEVICE, "The card reader named in [card].reader is not among the connected readers. Check its cable, or the name in the configuration."),
    R("pcsc_error", DEVICE, "The smart-card service (pcscd) failed. Restart pcscd or the kiosk."),
    R("reader_error", DEVICE, "A reader (the card reader or the RFID pad, whichever is named) is in use by another program or failing. Close the other program or reconnect the reader; if it persists, restart the kiosk."),
    R("card_error", DEVICE, "The card or its reader failed in an unexpected way. Ask the patron to place the card again; if it repeats, restart the card reader."),
    R("card_stalled", DEVICE, "A card stopped answering in the middle of a command and the reader is still held by it. Ask the patron to lift the card; if this stays, unplug and replug the card reader or restart pcscd."),
    R("cert_untrusted", FAULT, "The certificate was not issued by a configured JPKI user-authentication CA, or its signature or key is not acceptable. If genuine cards are refused, check [identity].trust_anchors (the 2015 and the 2023 CA).", refusal=CARD_UNUSABLE),
    R("cert_not_yet_valid", FAULT, "The certificate is not valid yet: the kiosk's clock is probably wrong. Check the date and time (NTP).", refusal=CARD_UNUSABLE),
    R("ca_expired", FAULT, "The issuing CA certificate has expired. Check that [identity].trust_anchors holds the current JPKI CA certificates.", refusal=CERT_EXPIRED),
    R("signature_invalid", FAULT, "The card's signature does not match its certificate: the card may be damaged or forged. Do not lend with it; offer the library card and look at the card at the counter.", refusal=CARD_UNUSABLE),
    R("link_error", FAULT, "The link table or its key file cannot be used (key file too short or readable by others, empty patron number). Fix it as the log says; the key file must be mode 0600."),
    R("link_key", FAULT, "The link table's key file cannot be used. Check [identity].link_key_file (mode 0600, 32 bytes or more)."),
    R("link_table", FAULT, "The link table cannot be opened. Check [identity].link_database and that [kiosk].data_dir is writable."),
    R("anchor_missing", FAULT, "No JPKI trust anchor is configured, or its file is missing: set [identity].trust_anchors. Until then every My Number Card is refused."),
    R("anchor_invalid", FAULT, "A trust anchor in [identity].trust_anchors cannot be used (not a CA certificate, or without a key identifier). Replace the file with the JPKI CA certificate."),
    R("identity_setup", FAULT, "My Number Card identification could not be set up; the log says which setting to fix."),
    R("config", FAULT, "The configuration has an error; the message names the key and the fix (kiosk config check)."),
    # ---- the patron session (kiosk.session, kiosk.runner)
    R("auth_failed", FAULT, "Identification failed without a more precise reason. See the recent errors in maintenance."),
    R("patron_refused", FAULT, "The library system refused the patron without a more precise reason. Look at the patron's record in the library system."),
    R("session_misuse", FAULT, "The patron session was driven in a way it does not allow (a program fault). Export a diagnostic bundle and send it to the supplier."),
    R("lend_failed", ITEM, "Lending failed in an unexpected way. See the recent errors, and check the item at the counter."),
    R("count_mismatch", PATRON, "Twice the number of books the patron typed did not match what the pad read, so nothing was lent from the stack. Lend the books at the counter; if the pad often misses books, check it (maintenance: read a tag).", refusal=COUNT_MISMATCH),
    R("returns_unavailable", ITEM, "Returns are not possible here now (the library system cannot be reached, or its connector cannot take returns). The patron uses the return slot or the counter.", item=ITEM_TO_COUNTER),
    R("return_failed", ITEM, "A return failed in an unexpected way. Check the item at the counter (is it still lent?) and see the recent errors.", item=ITEM_TO_COUNTER),
    R("renew_failed", ITEM, "A renewal failed in an unexpected way. Check the loan at the counter and see the recent errors."),
    R("account_unavailable", DEVICE, "The patron's account (loans, holds) could not be read from the library system. See the library link's state."),
    R("printer_failed", DEVICE, "The receipt could not be printed. Look at the printer's state."),
    R("no_printer", DEVICE, "No receipt printer is configured ([printer].port), so no receipt was printed."),
    # ---- validation (kiosk.validation): the service away or busy
    R("validation_unavailable", AWAY, "The validation service could not be used just now. Cards are refused until it answers; if it lasts, check the network to the LGWAN.", refusal=VALIDATION_AWAY, verdict=VERDICT_AWAY),
    R("validation_unreachable", AWAY, "The validation server cannot be reached (connection refused, or no route). Check the network and [validation].ocsp_url and proxy; cards are refused meanwhile.", refusal=VALIDATION_AWAY, verdict=VERDICT_AWAY),
    R("validation_timeout", AWAY, "The validation server did not answer in time. If it lasts, check the network and the [validation] timeouts; cards are refused meanwhile.", refusal=VALIDATION_AWAY, verdict=VERDICT_AWAY),
    R("validation_proxy_failed", AWAY, "The proxy to the validation server failed. Check [validation].proxy and the LGWAN gateway.", refusal=VALIDATION_AWAY, verdict=VERDICT_AWAY),
    R("ocsp_try_later", AWAY, "The OCSP responder is busy and asks to try later. Cards are refused until it answers.", refusal=VALIDATION_AWAY, verdict=VERDICT_AWAY),
    R("ocsp_responder_error", AWAY, "The OCSP responder reported an internal error. Cards are refused until it recovers; if it lasts, tell its operator.", refusal=VALIDATION_AWAY, verdict=VERDICT_AWAY),
    R("crl_stale", AWAY, "The CRL is past its nextUpdate and no newer one could be fetched. Check [validation].crl_url and the network, or import a new CRL (kiosk cert crl import).", refusal=VALIDATION_AWAY, verdict=VERDICT_AWAY),
    R("crl_missing", AWAY, "No CRL is stored for the issuing CA. Fetch one (kiosk cert crl fetch) or import one from USB (kiosk cert crl import).", refusal=VALIDATION_AWAY, verdict=VERDICT_OFFLINE),
    R("crl_too_old", AWAY, "Offline, and the stored CRL is older than [validation].offline_max_crl_age_s, so cards are refused. Bring the kiosk online, or import a fresh CRL.", refusal=VALIDATION_AWAY, verdict=VERDICT_OFFLINE),
    R("offline_not_allowed", AWAY, "The validation service cannot be reached and offline acceptance is off ([validation].offline_acceptance), so cards are refused. Check the network.", refusal=VALIDATION_AWAY, verdict=VERDICT_OFFLINE),
    # ---- validation: an answer that cannot be believed, or a set-up fault
    R("validation_tls_failed", FAULT, "The TLS connection to the validation server failed (its certificate, the pinning, or the client certificate). Check ca_bundle, pinned_cert, client_cert and client_key in [validation].", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("validation_bad_content", FAULT, "The validation server answered with the wrong content type or too much data. Check that the URL points at the OCSP responder or the CRL.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("validation_config", FAULT, "The validation settings cannot be used (for example an unreadable pinned certificate). Fix [validation] as the log says.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("validation_not_configured", FAULT, "No validation service is configured, so every My Number Card is refused (fail closed). Set up [validation].", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("validation_error", FAULT, "The validation check failed in an unexpected way. See the recent errors and tell the supplier.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("ocsp_invalid", FAULT, "The OCSP answer must not be believed. The recent errors give the precise reason; tell the responder's operator.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("ocsp_bad_signature", FAULT, "The OCSP answer's signature does not verify, or uses an algorithm not supported: forged or damaged. Cards are refused; tell the responder's operator.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("ocsp_certid_mismatch", FAULT, "The OCSP answer is about another certificate than the one asked. Check that [validation].ocsp_url is the right responder.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("ocsp_malformed", FAULT, "The OCSP answer does not decode. Check that [validation].ocsp_url points at an OCSP responder.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("ocsp_malformed_request", FAULT, "The OCSP responder says the kiosk's request is malformed. Tell the supplier (and try [validation].ocsp_method = \"post\").", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("ocsp_nonce_mismatch", FAULT, "The OCSP answer carries another request's nonce: a replayed or cached answer. Check that no proxy caches the answers; cards are refused meanwhile.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("ocsp_nonce_missing", FAULT, "The OCSP answer carries no nonce, so it may be replayed. The responder must return the nonce; tell its operator.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("ocsp_not_yet_valid", FAULT, "The OCSP answer is dated in the future: the kiosk's or the responder's clock is wrong. Check the kiosk's date and time (NTP).", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("ocsp_stale", FAULT, "The OCSP answer is out of date (past its nextUpdate, or too old): a stale cache, or a wrong clock. Check the proxies and the kiosk's date and time.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("ocsp_responder_not_authorized", FAULT, "The OCSP answer is signed by a certificate the issuing CA did not delegate for OCSP. Check [validation].responder_certs, or tell the responder's operator.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("ocsp_signer_unknown", FAULT, "The OCSP answer is signed by neither the issuing CA nor a responder it names. Check [validation].responder_certs and the trust anchors.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("ocsp_sig_required", FAULT, "The OCSP responder wants signed requests, which this kiosk does not send. Tell the responder's operator.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("ocsp_unauthorized", FAULT, "The OCSP responder refuses to answer this kiosk. Check its access rights with the responder's operator ([validation].client_cert).", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("crl_invalid", FAULT, "A CRL that must not be used; the log says why. Fetch or import a correct one.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("crl_bad_signature", FAULT, "The CRL's signature does not verify with the CA's key: damaged or forged. It was not used; fetch or import it again.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("crl_malformed", FAULT, "The file is not a CRL, or it does not decode. Fetch or import the right file.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("crl_not_yet_valid", FAULT, "The CRL is dated in the future. Check the kiosk's date and time (NTP).", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("crl_scope_unsupported", FAULT, "Delta CRLs, and CRLs that cover only part of the certificates, are not supported. Use the CA's full CRL.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("crl_wrong_issuer", FAULT, "The CRL is not from a configured CA. Check [validation].crl_url and [identity].trust_anchors.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("crl_older", FAULT, "The CRL is older than the one already stored, so it was not stored (--force replaces it anyway).", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("crl_store_failed", FAULT, "The CRL store on disk could not be read or written (full disk, permissions). Check [kiosk].data_dir.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("crl_store_missing", FAULT, "This validation client has no CRL store: a set-up fault. Tell the supplier.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("crl_url_not_configured", FAULT, "[validation].crl_url is not set, so no CRL can be fetched. Set it, or import CRLs from USB.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    # ---- validation: the live check in maintenance (kiosk.validation.probe)
    R("crl_ageing", DEVICE, "The stored CRL is past 80 % of the age allowed offline. Fetch or import a new one soon."),
    R("probe_cert_revoked", DEVICE, "The responder says [validation].probe_cert is revoked: the test card's certificate was revoked, or the setting names the wrong file."),
    R("probe_cert_unknown", DEVICE, "The responder does not know [validation].probe_cert. Check the setting, and that the responder is the right one."),
    R("probe_cert_foreign", DEVICE, "[validation].probe_cert was issued by none of the trust anchors. Use a certificate from a configured JPKI CA."),
    R("probe_cert_unreadable", DEVICE, "[validation].probe_cert cannot be read as a certificate. Check the file."),
    R("probe_failed", DEVICE, "The live check of the validation link failed unexpectedly. See the recent errors."),
    # ---- the library system: the patron (kiosk.circulation)
    R("patron_unknown", PATRON, "The library system does not know this card number. Check the card at the counter.", refusal=PATRON_UNKNOWN),
    R("patron_invalid", PATRON, "The library system says the patron record is not valid. Check it at the counter.", refusal=PATRON_UNKNOWN),
    R("wrong_password", PATRON, "The library card's password was wrong. The patron can try again, or staff can reset it in the library system.", refusal=WRONG_PASSWORD),
    R("card_lost", PATRON, "The library card is reported lost, so lending is blocked. Confirm the patron's identity at the counter and issue a new card.", refusal=ACCOUNT_PAUSED),
    R("patron_blocked", PATRON, "The library system blocks lending to this patron. Look at the patron's record at the counter.", refusal=ACCOUNT_PAUSED),
    R("patron_expired", PATRON, "The patron's registration has expired. Renew it at the counter (with proof of address).", refusal=REGISTRATION_EXPIRED),
    R("too_many_items", PATRON, "The patron has reached the borrowing limit. Returns first, or the counter decides.", refusal=LIMIT_REACHED),
    R("too_many_overdue", PATRON, "The patron has too many overdue items. Ask for them back at the counter.", refusal=LIMIT_REACHED),
    R("too_many", PATRON, "The patron has reached a limit of the library system. Check it at the counter.", refusal=LIMIT_REACHED),
    R("excessive_fines", PATRON, "The patron's fines or fees are above the library's limit. Settle them at the counter.", refusal=TO_SETTLE),
    R("fines", PATRON, "The patron has fines or fees to settle at the counter.", refusal=TO_SETTLE),
    # ---- the library system: the link (kiosk.sip2, kiosk.link, the journal's replay)
    R("library_unavailable", AWAY, "The library system could not be reached. Loans go to the offline journal where allowed; if it lasts, check the network and the library system ([sip2]).", refusal=LIBRARY_AWAY, item=ITEM_LIBRARY_AWAY),
    R("offline", AWAY, "Offline: the library system (or, on the printer's line, the printer) says it is offline. Check the network or the device's online switch.", refusal=LIBRARY_AWAY, item=ITEM_LIBRARY_AWAY),
    R("unreachable", AWAY, "The library system cannot be reached (no connection). Check the network and [sip2].host and port.", refusal=LIBRARY_AWAY, item=ITEM_LIBRARY_AWAY),
    R("timeout", AWAY, "The library system did not answer in time. Check its load and the network; [sip2].timeout_s sets the wait.", refusal=LIBRARY_AWAY, item=ITEM_LIBRARY_AWAY),
    R("connection_lost", AWAY, "The connection to the library system closed or failed. It reconnects by itself; if it keeps happening, check the network.", refusal=LIBRARY_AWAY, item=ITEM_LIBRARY_AWAY),
    R("link_down", AWAY, "The library system went away during a replay; the rest waits for the next sync."),
    R("no_library_system", DEVICE, "No library system is configured ([sip2]), so nothing can be synced."),
    R("replay_busy", DEVICE, "Another sync of the offline journal is running (the kiosk, or another command); nothing was sent. Run it again when that one has finished."),
    R("login_refused", FAULT, "The library system refused the kiosk's login. Check [sip2].username and password with the library system's administrator."),
    R("sip2_error", FAULT, "An error in the conversation with the library system (SIP2). See the recent errors."),
    R("malformed", FAULT, "The library system sent bytes that are not a valid SIP2 message. Check [sip2].encoding and terminator; if it lasts, tell the library system's supplier."),
    R("bad_checksum", FAULT, "A SIP2 message's checksum does not match: noise on the line, or error detection set differently on the two sides ([sip2].error_detection)."),
    R("unknown_command", FAULT, "The library system sent a SIP2 command this kiosk does not know; it was ignored."),
    R("encode", FAULT, "A SIP2 message could not be encoded (text the character set cannot carry). Check [sip2].encoding (utf-8 for Japanese)."),
    R("frame_too_long", FAULT, "The library system sent more data without a terminator than any SIP2 message holds. Check [sip2].terminator."),
    R("bad_number", FAULT, "The library system sent a number the kiosk cannot read (not plain ASCII digits). The kiosk ignores that field; tell the library system's supplier if it repeats."),
    R("protocol", FAULT, "The library system broke the SIP2 conversation rules (a reply of the wrong type, endless resend requests). Tell its supplier."),
    R("busy", FAULT, "A SIP2 request was sent while another still waited for its reply (a program fault). Tell the supplier."),
    R("checkin_refused", FAULT, "A loan had to be undone (the tag's security could not be switched) and the library system refused the check-in. Check the item at the counter."),
    # ---- items (kiosk.circulation, kiosk.lending, the RFID pad)
    R("item_unknown", ITEM, "The library system does not know this item. Check its barcode or tag at the counter.", item=ITEM_TO_COUNTER),
    R("item_on_hold", ITEM, "The item is reserved for another patron. Put it on the hold shelf.", item=ITEM_RESERVED),
    R("hold_for_other", ITEM, "The item is reserved for another patron. Put it on the hold shelf.", item=ITEM_RESERVED),
    R("not_for_loan", ITEM, "The item is for use in the library only.", item=ITEM_LIBRARY_USE_ONLY),
    R("not_circulating", ITEM, "The item does not circulate.", item=ITEM_LIBRARY_USE_ONLY),
    R("lent_to_other", ITEM, "The library system shows the item as lent to someone else. Check it in at the counter, then lend it.", item=ITEM_TO_COUNTER),
    R("already_lent_to_you", ITEM, "The item is already lent to this patron. Renew it at the counter if wanted.", item=ITEM_ALREADY_YOURS),
    R("outcome_unknown", ITEM, "The link failed after the request was sent and the outcome could not be looked up. Check the item's status in the library system before lending it again.", item=ITEM_TO_COUNTER),
    R("renewal_refused", ITEM, "The library system refused the renewal."),
    R("not_checked_out", ITEM, "The item is not lent to this patron, so it cannot be renewed or returned as such."),
    R("refused", ITEM, "The library system refused without a reason the kiosk knows; the patron was shown its own message."),
    R("security_failed", ITEM, "The tag's security could not be switched to lent, so the loan was undone. Lend the item at the counter.", item=ITEM_TO_COUNTER),
    R("tag_error", ITEM, "The item's tag could not be used. Lend the item at the counter.", item=ITEM_TO_COUNTER),
    R("rfid_not_configured", ITEM, "No RFID pad is configured, so no tag's security can be switched and nothing is lent. Set [rfid].port.", item=ITEM_TO_COUNTER),
    R("tag_not_on_pad", ITEM, "The item was scanned but its tag is not on the pad, so its security could not be switched. The patron puts it on the pad and scans it again.", item=ITEM_PUT_ON_PAD),
    R("item_not_on_pad", ITEM, "The item's tag is not on the pad."),
    R("set_incomplete", ITEM, "Not every part of the set is on the pad, so it was not lent ([rfid] sets)."),
    R("method_not_allowed", ITEM, "This identification method may not lend offline.", item=ITEM_LIBRARY_AWAY),
    # ---- the offline journal (offline_queue)
    R("offline_disabled", ITEM, "The library system is away and offline lending is off ([offline].lending)."),
    R("offline_method", ITEM, "The library system is away and this identification method may not lend offline ([offline].identification)."),
    R("offline_limit", ITEM, "The patron has reached the offline limit ([offline].items_per_patron).", item=ITEM_OFFLINE_LIMIT),
    R("offline_barcode_unverified", PATRON, "The library system is away and this library card number does not match [barcode].patron_patterns (or its check digit), so it may not borrow offline. Check the card at the counter.", refusal=LIBRARY_AWAY, item=ITEM_LIBRARY_AWAY),
    R("offline_refused", ITEM, "The offline journal refused the loan; the log says why."),
    R("already_queued", ITEM, "The item already waits in the offline journal. Check it at the counter.", item=ITEM_TO_COUNTER),
    R("journal_full", ITEM, "The disk is full, so the offline journal cannot record more loans. Free space in [kiosk].data_dir and sync.", item=ITEM_TO_COUNTER),
    R("journal_failed", ITEM, "The offline journal could not record the loan. See the recent errors.", item=ITEM_TO_COUNTER),
    R("bad_identifier", ITEM, "The patron number or the item number is not valid text, so the loan could not be recorded offline."),
    R("disk_full", DEVICE, "The disk of the offline journal is full. Free space in [kiosk].data_dir."),
    R("key_file_unwritable", FAULT, "A key file could not be written (a full disk, or a folder the kiosk user cannot write). Free space or fix the folder's permissions in [kiosk].data_dir; nothing was overwritten."),
    R("check_at_counter", DEVICE, "Some offline loans could not be confirmed with the library system after several tries. Check each at the counter, then answer \"it is lent\" or \"not lent: send it\" in maintenance (or kiosk queue check)."),
    R("lookup_failed", DEVICE, "The library system could not say whether this offline loan reached it. Check the item at the counter and answer in maintenance (or kiosk queue check --lent/--send)."),
    R("gate_state_damaged", DEVICE, "The maintenance lock state file is damaged or is not the file the kiosk writes, so maintenance entry is locked for one lockout (as after too many wrong passcodes). Wait for it to end; if this repeats, check the file in [kiosk].data_dir."),
    R("gate_state_unreadable", DEVICE, "The maintenance lock state file cannot be opened (permissions), so maintenance entry is locked for one lockout (as after too many wrong passcodes). Let the kiosk user read and write the file in [kiosk].data_dir."),
    R("state_unwritable", DEVICE, "The maintenance lock state could not be saved (disk full or folder not writable); it is kept in memory until the kiosk restarts. Free space in [kiosk].data_dir."),
    R("file_error", DEVICE, "A file the command needs could not be read or written; the message names it."),
    R("journal_unavailable", DEVICE, "The offline journal cannot be opened, so offline lending is off. Check [kiosk].data_dir and the key file."),
    R("queue_error", DEVICE, "The offline journal failed. See the recent errors."),
    R("key_file", DEVICE, "The offline journal's key file cannot be used. Check data_dir/offline.key (mode 0600)."),
    R("key_file_unreadable", DEVICE, "The offline journal's key file cannot be read (permissions, or the file is missing)."),
    R("key_file_damaged", DEVICE, "The offline journal's key file is damaged. Restore it from the backup: without it the waiting loans cannot be read."),
    R("key_missing", DEVICE, "A journal row is sealed with a key that is no longer in the key file (a key rotation went wrong). Restore the previous key file."),
    R("payload", DEVICE, "A journal row cannot be read. See the recent errors."),
    R("payload_tampered", DEVICE, "A journal row failed its integrity check: damaged or tampered with. Do not delete the journal; tell the supplier."),
    # ---- the RFID pad and tags (hardware.rfid)
    R("rfid_error", DEVICE, "The RFID pad failed. See the recent errors."),
    R("tag_decoder_failed", DEVICE, "A tag on the pad could not be decoded because of a fault in the kiosk's tag decoder (only that tag is skipped). Lend the item at the counter, and send a diagnostic bundle to the supplier."),
    R("uid_table_not_utf8", FAULT, "The UID table ([rfid].uid_table) is not UTF-8 text. Save it as UTF-8 and restart the kiosk."),
    R("reader_unplugged", DEVICE, "The RFID reader is not present. Check the USB cable and [rfid].port."),
    R("reader_timeout", DEVICE, "The RFID reader does not answer. Switch it off and on again."),
    R("reader_protocol", DEVICE, "The RFID reader sent bytes that are not a valid frame. Check [rfid].port and the cable, then switch the reader off and on again."),
    R("forbidden_command", FAULT, "Something tried to send a command the kiosk never sends to tags (a lock); it was stopped. Tell the supplier."),
    R("tag_not_found", DEVICE, "The tag did not answer (it left the pad, or the radio link failed). Put the item back on the pad."),
    R("tag_write_failed", DEVICE, "The reader could not write to the tag. Try again; if it keeps failing, replace the tag."),
    R("readback_mismatch", DEVICE, "The tag's security read back differently from what was written. Try again (kiosk device security); if it keeps failing, replace the tag."),
    R("tag_malformed", DEVICE, "The tag's memory does not hold a valid record of the configured data model ([rfid].tag_model). Encode the tag again."),
    R("tag_crc", DEVICE, "The tag's basic block fails its CRC: the tag is damaged or badly written. Encode it again."),
    R("tag_foreign", DEVICE, "The tag is written in another data model or an unknown version. Check [rfid].tag_model, or encode the tag again."),
    R("tag_blank", DEVICE, "The tag is blank. Encode it at the counter."),
    R("tag_block_checksum", DEVICE, "An extension block of the tag fails its checksum; the item still lends if its number reads. Encode the tag again."),
    R("tag_block_chain", DEVICE, "The chain of the tag's extension blocks is broken; the item number may still read. Encode the tag again."),
    R("tag_block_malformed", DEVICE, "An extension block of the tag does not decode. Encode the tag again."),
    R("tag_isil_malformed", DEVICE, "The tag's owner library (ISIL) does not decode; the item still lends. Encode the tag again when convenient."),
    R("tag_numeric_malformed", DEVICE, "A numeric field of the tag does not decode. Encode the tag again."),
    R("tag_unsupported_compaction", DEVICE, "The tag uses an ISO 28560-2 compaction this kiosk does not support. Encode it again (UTF-8 for Japanese titles)."),
    R("tag_uid_malformed", DEVICE, "A UID is 8 bytes in hex (16 digits), as kiosk device inventory shows it."),
    R("tag_uid_unknown", DEVICE, "The tag's UID is not in the UID table ([rfid].uid_table). Add it."),
    R("uid_table_malformed", DEVICE, "A line of the UID table ([rfid].uid_table) is not in the form uid,item. Correct the file."),
    # ---- the receipt printer (hardware.printer)
    R("paper_out", DEVICE, "Printer: paper out. Load a new roll."),
    R("paper_near_end", DEVICE, "Printer: the paper is nearly finished. Have a new roll ready."),
    R("cover_open", DEVICE, "Printer: the cover is open. Close it."),
    R("printer_error", DEVICE, "Printer error (a cutter jam?). Open the printer, clear it and close the cover."),
    R("printer_not_ready", DEVICE, "The printer cannot print now (paper, cover or an error); its state says which."),
    R("printer_no_answer", DEVICE, "The printer does not answer status requests. Is it switched on and online?"),
    R("printer_unplugged", DEVICE, "The printer is not present. Check the cable and [printer].port."),
    R("printer_bad_status", DEVICE, "The device on the printer port does not answer like an ESC/POS printer. Check [printer].port."),
    # ---- barcode scanners (hardware.barcode)
    R("barcode_error", DEVICE, "A barcode scanner failed. See the recent errors."),
    R("scanner_unplugged", DEVICE, "The scanner is not present. Check its cable and its port in [barcode]."),
    R("evdev_missing", DEVICE, "python-evdev is not installed, so keyboard-wedge scanners cannot be read. Install python3-evdev."),
    R("check_digit", DEVICE, "The scanned code's check digit is wrong: a misread, or the wrong scheme in [barcode].check_digit."),
    R("check_mod11", DEVICE, "Modulus 11 gives 10 for this number, which the configured scheme does not allow: not a valid number."),
    R("no_scan", DEVICE, "Nothing was scanned within the time allowed."),
    # ---- device states (kiosk device list, maintenance)
    R("absent", DEVICE, "Not configured at this kiosk."),
    R("present", DEVICE, "The device node is present."),
    R("missing", DEVICE, "The device node is missing. Check the cable and the path."),
    # ---- maintenance and the command line
    R("passcode_form", DEVICE, "A technician passcode is 6 to 16 digits."),
    R("passcode_mismatch", DEVICE, "The two passcodes typed differ. Type them again."),
    R("bundle_dir", DEVICE, "The folder for the diagnostic bundle cannot be created. Check [kiosk].data_dir."),
    R("bundle_write", DEVICE, "The diagnostic bundle could not be written (a full disk?)."),
    R("settings_invalid", DEVICE, "The settings were not changed: a value is not allowed (the message names the key and the fix), or data_dir/site-settings.toml was edited by hand and cannot be read."),
    R("settings_unwritable", DEVICE, "The settings could not be saved to data_dir/site-settings.toml, so nothing was changed. Check that [kiosk].data_dir exists and is writable by the kiosk user."),
    R("i18n_build", DEVICE, "The screens' translations could not be built (pyside6-lrelease), so the screens show English. Reinstall PySide6-Essentials."),
    R("file", DEVICE, "A file given on the command line cannot be read."),
    R("usage", DEVICE, "The command was given wrongly; see its --help."),
    R("issuer_not_found", DEVICE, "No configured trust anchor issued this certificate. Give --issuer, or set [identity].trust_anchors."),
    R("issuer_mismatch", DEVICE, "The certificate was not issued by the CA given with --issuer."),
    R("demo_setup", DEVICE, "The demo could not prepare its folder."),
    R("demo_card", DEVICE, "The demo could not set up its virtual card reader. Is pcscd running with the vpcd driver?"),
    R("no_display", DEVICE, "There is no graphical display. Run it in a desktop session, or over ssh -X."),
    R("listen", DEVICE, "The demo library system cannot listen on that port (is it in use?)."),
    R("not_found", DEVICE, "There is no refused transaction with that number; kiosk queue refusals lists them."),
    R("error", DEVICE, "The command failed; its message says why."),
    R("thread_died", DEVICE, "One of the kiosk's threads for this device stopped because of a fault; it is being restarted. If this repeats, restart the kiosk and send a diagnostic bundle to the supplier."),
    R("thread_exited", DEVICE, "One of the kiosk's threads for this device ended on its own; it is being restarted. If this repeats, restart the kiosk."),
    R("lane_stuck", DEVICE, "One of the kiosk's threads has been busy with one task far longer than it ever should (a device or a server that never answers). The kiosk is restarted by its watchdog; if this repeats, send a diagnostic bundle to the supplier."),
    # ---- the kiosk's status and monitoring (kiosk.status, kiosk_app.telemetry),
    R("status_unreadable", DEVICE, "The kiosk's status file cannot be read (missing, damaged or too large). If the kiosk is running, wait a few seconds; otherwise start it, and check [metrics].status_file."),
    R("status_file_unwritable", DEVICE, "The kiosk cannot write its status file. Check that [metrics].status_file's folder exists and is writable by the kiosk user."),
    R("journal_unreadable", DEVICE, "The offline journal could not be read for the status; the counts shown may be old. Run kiosk queue status to see why."),
    R("port_in_use", DEVICE, "The metrics endpoint's port is already used by another program. Choose another [metrics].port or stop the other program."),
    R("metrics_unavailable", DEVICE, "The metrics endpoint could not be started. See the recent errors, and check [metrics].port."),
    R("loans_waiting_long", DEVICE, "Offline loans have been waiting for more than an hour. Check the library system link, then sync (maintenance, F5 on the bookmobile, or kiosk queue sync)."),
    R("rows_need_staff", DEVICE, "Some offline loans need staff: refused by the library system, or not settled. See the refusal list in maintenance or kiosk queue refusals."),
    # ---- the spoken guidance (kiosk_app.speech_render, kiosk speech render): the kiosk works without it, with tones
    R("speech_engine_missing", DEVICE, "A speech engine is missing, so the spoken guidance of some languages cannot be rendered: pyopenjtalk for Japanese (reinstall the kiosk's Python packages), espeak-ng for the others (Debian package espeak-ng). Then run kiosk speech render."),
    R("speech_dictionary_missing", DEVICE, "Open JTalk's dictionary is not installed, so the Japanese spoken guidance cannot be rendered. Install the Debian package open-jtalk-mecab-naist-jdic, then run kiosk speech render."),
    R("speech_render_failed", DEVICE, "A phrase of the spoken guidance could not be rendered, so it is not spoken. See the recent errors; kiosk speech render tries again."),
    R("speech_render_timeout", DEVICE, "Rendering the spoken guidance did not finish in time (a busy machine). What was rendered is kept; the rest is rendered at the next start, or run kiosk speech render."),
    R("speech_cache_unwritable", DEVICE, "The spoken guidance cannot be written to the speech folder of [kiosk].data_dir (permissions, or a full disk). Fix it, then run kiosk speech render."),
]
# a family: every code that starts with its prefix and has no entry (or leaves a text out) takes it from here
_FAMILIES = [
    R("validation_http_5", AWAY, "The validation server answered with an HTTP server error (5xx): it is busy or failing. Cards are refused until it recovers; if it lasts, tell its operator.", refusal=VALIDATION_AWAY, verdict=VERDICT_AWAY),
    R("validation_http_", FAULT, "The validation server answered with an HTTP status that is not an answer (404, a redirect). Check [validation].ocsp_url and crl_url.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("validation_", FAULT, "A validation problem this kiosk has no explanation for; cards are refused. See the recent errors and tell the supplier.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("ocsp_", FAULT, "An OCSP answer that cannot be believed, for a reason this kiosk has no explanation for; cards are refused. Tell the supplier.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("crl_", FAULT, "A CRL problem this kiosk has no explanation for; cards are refused when the CRL is needed. Tell the supplier.", refusal=VALIDATION_FAULT, verdict=VERDICT_FAULT),
    R("offline", ITEM, "Offline lending could not take this item, for a reason this kiosk has no explanation for. Lend it at the counter.", item=ITEM_LIBRARY_AWAY),
]
# fmt: on

#: code → its entry
CODES: dict[str, Reason] = {r.code: r for r in _CODES}
#: prefix → the entry of the codes that start with it
FAMILIES: dict[str, Reason] = {r.code: r for r in _FAMILIES}
_BY_LENGTH = sorted(FAMILIES.values(), key=lambda r: -len(r.code))


@functools.lru_cache(maxsize=1024)
def lookup(code: str) -> Reason:
    """The entry for ``code`` with every field filled: from its own entry, else the families its prefix belongs to
    (longest first), else :data:`GENERIC`."""
    chain = [CODES[code]] if code in CODES else []
    chain += [f for f in _BY_LENGTH if code.startswith(f.code)]
    if not chain:
        return replace(GENERIC, code=code)
    chain.append(GENERIC)

    def first(field: str) -> Any:
        return next(getattr(r, field) for r in chain if getattr(r, field) is not None)

    return Reason(code, chain[0].kind, chain[0].staff, first("refusal"), first("item"), first("verdict"))


def known(code: str) -> bool:
    """Whether ``code`` has its own entry (a family's member is not known by name)."""
    return code in CODES


def is_service_away(code: str) -> bool:
    """Whether ``code`` only says a service is away or busy: a later try may succeed (an HTTP 5xx counts)."""
    return lookup(code).kind is Kind.AWAY


def refusal(code: str) -> Refusal:
    """The patron's words (English source) when ``code`` ends a session."""
    return lookup(code).refusal or GENERIC_REFUSAL


def item_line(code: str) -> str:
    """The patron's line (English source) under an item not lent for ``code``."""
    return lookup(code).item or GENERIC_ITEM


def staff_text(code: str, language: str) -> str:
    """What staff read for ``code``, in ``language`` (one of :data:`kiosk.i18n.STAFF_LANGUAGES`)."""
    return translate(language, lookup(code).staff, "staff")


def verdict_text(code: str, language: str = "ja") -> str:
    """The sentence a revocation verdict carries for ``code``, in ``language`` (Japanese unless asked)."""
    return translate(language, lookup(code).verdict or VERDICT_FAULT)
