"""The kiosk's translations: one catalogue of Qt Linguist ``.ts`` files in this folder, read here without Qt.

Every text is an English source string; the catalogue gives its translation in each language:

- ``kiosk_<lang>.ts`` (context ``Kiosk``): what patrons read and the screens show, in every language of
  :data:`LANGUAGES`. The screens translate with Qt (``ui.i18n`` builds the ``.qm`` files from these); the headless
  core and the command line read the same files with :func:`translate`.
- ``staff_<lang>.ts`` (context ``Staff``): what staff read (the reason registry's staff texts), in the
  :data:`STAFF_LANGUAGES` other than English, the language the sources are written in.

Texts with a count (``%n``, Qt's "numerus" messages) are read with :func:`translate_n`: the spoken guidance
(:mod:`kiosk.speech`) says the counts the screens show.

A patron text outside a ``QCoreApplication.translate`` call is marked with :func:`QT_TRANSLATE_NOOP`, so that
``pyside6-lupdate ui/*.py kiosk/reasons.py -ts kiosk/i18n/kiosk_*.ts`` (run from the project folder) finds it with
the screens' texts. ``scripts/i18n_update.py`` adds what the reason registry needs and the catalogue lacks as
unfinished entries, staff texts included; a translator fills them in (and removes ``type="unfinished"``).

The files are the kiosk's own (installed with it), not outside input.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).parent
#: the languages patrons can choose, the first the default
LANGUAGES = ("ja", "en", "zh_CN", "ko", "pt", "vi")
#: the languages staff texts are written in (``[kiosk].staff_language``)
STAFF_LANGUAGES = ("ja", "en")
#: the language of the source strings: it needs no translation
SOURCE_LANGUAGE = "en"
#: catalogue → (Qt context, the languages it must cover)
CATALOGUES = {"kiosk": ("Kiosk", LANGUAGES), "staff": ("Staff", STAFF_LANGUAGES)}


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``source`` as a text of ``context`` to translate later; returns it unchanged."""
    return source


def ts_path(catalogue: str, lang: str) -> Path:
    return HERE / f"{catalogue}_{lang}.ts"


def ts_files(catalogue: str = "kiosk") -> dict[str, Path]:
    """Language → ``.ts`` file of a catalogue, for the languages that have one."""
    _, languages = CATALOGUES[catalogue]
    return {lang: ts_path(catalogue, lang) for lang in languages if ts_path(catalogue, lang).exists()}


def _messages(catalogue: str, lang: str) -> Iterator[tuple[str, str, ET.Element, ET.Element]]:
    """(context, source, message, translation) of each message of one ``.ts`` file with a translation that is not
    obsolete; nothing from a missing or unreadable file."""
    try:
        root = ET.parse(ts_path(catalogue, lang)).getroot()
    except (OSError, ET.ParseError):
        return
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if (
                source is not None
                and translation is not None
                and translation.get("type") not in ("obsolete", "vanished")
            ):
                yield name, source, message, translation


@functools.cache
def entries(catalogue: str, lang: str) -> dict[tuple[str, str], str]:
    """(context, source) → translation of one ``.ts`` file: the non-empty singular translations that are not
    obsolete, as ``lrelease`` takes them (plural forms: :func:`plural_entries`). A missing or unreadable file is
    an empty catalogue."""
    return {
        (name, source): translation.text
        for name, source, _, translation in _messages(catalogue, lang)
        if translation.text and translation.text.strip()
    }


def translate(lang: str, source: str, catalogue: str = "kiosk") -> str:
    """``source`` in ``lang``; the source itself when the catalogue has no translation for it (as Qt does)."""
    if lang == SOURCE_LANGUAGE and catalogue == "staff":
        return source
    context, _ = CATALOGUES[catalogue]
    return entries(catalogue, lang).get((context, source), source)


#: languages whose catalogue has one plural form: every count takes it (Qt's rule for these languages)
_ONE_FORM = {"ja", "zh_CN", "ko", "vi"}


@functools.cache
def plural_entries(catalogue: str, lang: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source) → the plural forms of each ``numerus`` message of one ``.ts`` file, as :func:`entries`
    takes the others."""
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for name, source, message, translation in _messages(catalogue, lang):
        forms = tuple(f.text or "" for f in translation.iter("numerusform"))
        if message.get("numerus") == "yes" and forms and all(f.strip() for f in forms):
            out[(name, source)] = forms
    return out


def translate_n(lang: str, source: str, n: int, catalogue: str = "kiosk") -> str:
    """``source`` (a text with ``%n``) for the count ``n`` in ``lang``, as Qt shows it: the plural form the
    language's rule picks (one form in Japanese, Chinese, Korean and Vietnamese; singular for 1 in English and
    Portuguese), the source itself when the catalogue has no translation."""
    context, _ = CATALOGUES[catalogue]
    forms = plural_entries(catalogue, lang).get((context, source), (source,))
    form = forms[0] if n == 1 or lang in _ONE_FORM or len(forms) == 1 else forms[1]
    return form.replace("%n", str(n))
