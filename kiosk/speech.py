"""Spoken guidance: what the kiosk says, and when. Pure: no audio, no files, no Qt.

Every screen and every refusal is spoken in the patron's language (ADA 707, EN 301 549 for closed terminals), with
the words the screens show: a phrase is a few English source texts of the catalogue (context ``Kiosk``, the texts
``ui/screens.py`` and the reason registry give Qt), spoken as :mod:`kiosk.i18n` translates them. The table below
names those texts, it does not copy them: ``tests/core/test_speech.py`` checks that each is a text a screen shows,
translated in every language, so a screen whose words change makes the test name the phrase to follow.

What is never spoken: the PIN (a digit is a tone, ``key``; Clear is another, ``clear``), and anything of a patron
(no title, no patron or item number, no due date, no library message): items are counted ("Borrowed so far: 2")
or said by kind (the registry's line for a book not lent).

:func:`decide` maps the view before and the view now to an :class:`Utterance` (pure; the ui plays it):

=============================================  ==============================================================
what changed                                   said
=============================================  ==============================================================
the phase                                      that screen's phrase (:func:`screen_key`); arriving at the idle
                                               screen says nothing and stops what is playing, except after the
                                               goodbye, which is left to finish
the language (same phase)                      the screen's phrase again, in the new language
a PIN digit typed / the PIN cleared            the tone ``key`` / ``clear``
items finished (items screen)                  the line of a book not lent, else the count lent so far
                                               (up to :data:`MAX_COUNTED`; past it the "lent" cue alone)
the inactivity countdown appeared              "Are you still there? …" with the configured seconds
=============================================  ==============================================================

:func:`repeat` is the "repeat" key: the current screen's phrase again.

Adding a screen: a new :class:`kiosk.session.Phase` needs one line in :data:`SCREENS` (its texts) or in
:data:`SILENT` (the test fails until one is there). Refusals and item lines need nothing: every message of the
reason registry is a phrase (:func:`refusal_key`, :func:`item_key`), so a code added there is spoken with its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk import i18n, reasons, return_words
from kiosk.session import ItemState, Phase, ReturnLine, ReturnState, View

#: counts spoken after each lent book and on the receipt question; past it the count is not said (rendering one
#: phrase per count, per language, must stay bounded)
MAX_COUNTED = 10
#: the tones the PIN pad makes (never a digit's name)
TONES = ("key", "clear")


@dataclass(frozen=True)
class Part:
    """One text of a phrase: an English source of the catalogue, with the count for a ``%n`` text."""

    source: str
    n: int | None = None


@dataclass(frozen=True)
class Phrase:
    key: str
    parts: tuple[Part, ...]


@dataclass(frozen=True)
class Settings:
    """What the phrases depend on besides the language (from the configuration)."""

    #: identification methods offered: the idle phrase names only those
    methods: tuple[str, ...] = ("mynumber", "barcode")
    #: the seconds the inactivity countdown starts from (``[ui].inactivity_warning_s``, rounded up)
    countdown_s: int = 20


@dataclass(frozen=True)
class Utterance:
    """A phrase to say (its key), or a tone; neither: stop what is playing and say nothing."""

    phrase: str = ""
    tone: str = ""


SILENCE = Utterance()


# ------------------------------------------------------------------------------------------------ the phrase table

#: phrase key → the screen's texts it says, in order (English sources; as ``ui/screens.py`` shows them). The key of a
#: phase's own screen is the phase's value; variants of one screen add a suffix (see :func:`screen_key`).
SCREENS: dict[str, tuple[str, ...]] = {
    "reading": ("Reading your card…", "Please leave the card on the reader."),
    "last_try": (
        "Only one try left",
        "If the PIN is wrong once more, the card locks and only the city office can reset it.",
        "Not sure of your PIN? Press Cancel and ask at your city or town office.",
    ),
    "pin": ("Enter your 4-digit PIN", "The PIN for user authentication (利用者証明用) that you set for the card."),
    "pin_wrong": ("That PIN was not right. Please try again.",),
    "pin_last_try": ("Last try: a wrong PIN locks the card.", "Enter your 4-digit PIN"),
    "pin_password": ("Enter your library card password", "The 4-digit password you registered with the library."),
    "verifying": ("Checking your PIN…", "Please leave the card on the reader."),
    "checking": ("Checking with the library…", "This takes a moment."),
    "items": ("Put your books on the pad", "Each book appears below once the pad has read it."),
    "set_incomplete": ("A set is not complete: please put all of its parts on the pad.",),
    "receipt": ("Would you like a receipt with the due dates?",),
    "printing": ("Printing your receipt…", "Please take it from the slot below."),
    "ending": ("Finishing…", "This takes a moment."),
    "goodbye": ("Thank you! Enjoy your reading.", "Please take your card and your books with you."),
    "loading": ("Looking up your account…", "This takes a moment."),
    "returns": ("Return books", "Put the books on the pad, or scan the barcode on each one."),
    "renew": ("Renew your loans", 'Tap a book, then "Renew this book". Or renew them all at once.'),
    # the title only: what the account screen lists (loans, reservations) is the patron's own
    "account": ("My account",),
    "count": (
        "How many books did you put on the pad?",
        "Count only the books you want to borrow now, type the number and press Enter.",
    ),
    "count_check": ("Reading the books on the pad…", "Please do not move the books."),
    "count_retry": (
        "The number of books does not match",
        'Please spread the books out on the pad so that they do not overlap, then press "Check again".',
    ),
}
#: the idle screen: its title, then the way of identifying each offered method shows
IDLE_TITLE = "Welcome! Borrow books here."
IDLE_METHODS = {
    "mynumber": "Place your My Number Card on the reader",
    "barcode": "Or scan the barcode of your library card",
}
#: texts with a count
LENT_SO_FAR = "Borrowed so far: %n"
YOU_BORROWED = "You borrowed %n item(s)"
COUNTDOWN = "Are you still there? This session ends in %n second(s)."
#: phases deliberately without a phrase of their own (none now: the idle screen's is said on a language choice and
#: on "repeat", a refusal's is the registry's message)
SILENT: set[Phase] = set()


def _registry_keys(field: str) -> dict[object, str]:
    """Each distinct patron message of the reason registry (``refusal`` or ``item``) → its phrase key, named after
    the first code that has it as its own (codes that only inherit it, from a family or the generic entry, share
    that key)."""
    keys: dict[object, str] = {}
    prefix = "refused" if field == "refusal" else "item"
    for r in [*reasons.CODES.values(), *reasons.FAMILIES.values(), reasons.GENERIC]:
        words = getattr(r, field)
        if words is not None:
            keys.setdefault(words, f"{prefix}_{r.code}")
    return keys


_REFUSAL_KEYS = _registry_keys("refusal")
_ITEM_KEYS = _registry_keys("item")


def refusal_key(code: str) -> str:
    """The phrase of the refusal screen for ``code`` (the registry's words, an unknown code the generic ones)."""
    return _REFUSAL_KEYS[reasons.refusal(code)]


def item_key(code: str) -> str:
    """The phrase of the line under a book not lent for ``code``."""
    return _ITEM_KEYS[reasons.item_line(code)]


def phrases(settings: Settings) -> dict[str, Phrase]:
    """Every phrase the kiosk may say, by key."""
    out: dict[str, Phrase] = {}

    def add(key: str, *parts: Part) -> None:
        out[key] = Phrase(key, parts)

    add("idle", Part(IDLE_TITLE), *(Part(IDLE_METHODS[m]) for m in IDLE_METHODS if m in settings.methods))
    for key, sources in SCREENS.items():
        add(key, *(Part(src) for src in sources))
    for words, key in _REFUSAL_KEYS.items():
        assert isinstance(words, reasons.Refusal)
        add(key, Part(words.title), Part(words.body))
    for line, key in _ITEM_KEYS.items():
        assert isinstance(line, str)
        add(key, Part(line))
    for outcome, line in return_words.WORDS.items():
        add(f"return_{outcome}", Part(line))
    for n in range(1, MAX_COUNTED + 1):
        add(f"lent_{n}", Part(LENT_SO_FAR, n))
        add(f"receipt_{n}", Part(YOU_BORROWED, n), *(Part(src) for src in SCREENS["receipt"]))
    add("countdown", Part(COUNTDOWN, settings.countdown_s))
    return out


# ------------------------------------------------------------------------------------------------ the words

#: an aside in parentheses written in Japanese (the card's own term, 利用者証明用): only the Japanese voice reads it
_JAPANESE_ASIDE = re.compile(r"\s*[(（][^()（）]*[\u3040-\u30ff\u3400-\u9fff][^()（）]*[)）]")
_SENTENCE_END = ("。", ".", "!", "?", "！", "？")
#: languages written without spaces: a space beside their characters ("2 冊") is a pause the voice should not make
_UNSPACED = ("ja", "zh_CN")
_SPACE_BESIDE_WIDE = re.compile(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])")


def text(phrase: Phrase, language: str) -> str:
    """What is said for ``phrase`` in ``language``: its texts translated, each ending a sentence, cleaned for a
    voice (no ellipsis, no Japanese aside in another language, no space inside Japanese or Chinese)."""
    said = []
    for part in phrase.parts:
        if part.n is None:
            words = i18n.translate(language, part.source)
        else:
            words = i18n.translate_n(language, part.source, part.n)
        words = words.replace("…", "").replace(" · ", ", ")
        if language != "ja":
            words = _JAPANESE_ASIDE.sub("", words)
        words = " ".join(words.split())
        if words and not words.endswith(_SENTENCE_END):
            words += "。" if language in _UNSPACED else "."
        said.append(words)
    joined = " ".join(w for w in said if w)
    return _SPACE_BESIDE_WIDE.sub("", joined) if language in _UNSPACED else joined


# ------------------------------------------------------------------------------------------------ when


def screen_key(view: View) -> str | None:
    """The phrase of the screen ``view`` shows (the idle screen's too, for "repeat" and a new language)."""
    phase = view.phase
    if phase is Phase.REFUSED:
        return refusal_key(view.refusal)
    if phase is Phase.IDLE:
        return "idle"
    if phase is Phase.PIN:
        if view.method == "barcode":
            return "pin_password"
        if view.last_try:
            return "pin_last_try"
        return "pin_wrong" if view.pin_was_wrong else "pin"
    if phase is Phase.RECEIPT and 1 <= view.lent_count <= MAX_COUNTED:
        return f"receipt_{view.lent_count}"
    return phase.value if phase.value in SCREENS else None


def return_key(line: ReturnLine) -> str:
    """The phrase of a settled return: its outcome's words (:mod:`kiosk.return_words`), as the screen shows them."""
    return f"return_{return_words.outcome(line)}"


def _finished(before: View, now: View) -> list[tuple[ItemState, str]]:
    """Items that were pending before and are settled now, in the order of the list."""
    pending = {i.item_id for i in before.items if i.state is ItemState.PENDING}
    return [(i.state, i.reason) for i in now.items if i.item_id in pending and i.state is not ItemState.PENDING]


def decide(before: View | None, now: View) -> Utterance | None:
    """What to say now that the screen went from ``before`` to ``now`` (None: let what plays go on)."""
    if before is None:
        return None
    if now.phase is not before.phase:
        if now.phase is Phase.IDLE:
            return None if before.phase is Phase.GOODBYE else SILENCE
        key = screen_key(now)
        return Utterance(phrase=key) if key else SILENCE
    if now.countdown is not None and before.countdown is None:
        return Utterance(phrase="countdown")
    if now.language != before.language:
        key = screen_key(now)
        return Utterance(phrase=key) if key else None
    if now.phase is Phase.PIN:
        if now.pin_length > before.pin_length:
            return Utterance(tone="key")
        if now.pin_length < before.pin_length:
            return Utterance(tone="clear")
        return None
    if now.phase is Phase.ITEMS:
        done = _finished(before, now)
        refused = [reason for state, reason in done if state is ItemState.REFUSED]
        if refused:
            return Utterance(phrase=item_key(refused[-1]))
        if done and 1 <= now.lent_count <= MAX_COUNTED:
            return Utterance(phrase=f"lent_{now.lent_count}")
    if now.phase is Phase.RETURNS:
        pending = {r.item_id for r in before.returns if r.state is ReturnState.PENDING}
        settled = [r for r in now.returns if r.item_id in pending and r.state is not ReturnState.PENDING]
        if settled:
            return Utterance(phrase=return_key(settled[-1]))
    return None


def repeat(now: View | None) -> Utterance | None:
    """The "repeat" key: the screen's phrase again (the busy screens' too)."""
    if now is None:
        return None
    key = screen_key(now)
    return Utterance(phrase=key) if key else None


def settings_from(methods: tuple[str, ...] | list[str], warning_s: float) -> Settings:
    """The settings from the configuration's values (``[kiosk].identification``, ``[ui].inactivity_warning_s``)."""
    return Settings(tuple(methods), countdown_s=max(1, int(round(warning_s + 0.499))))
