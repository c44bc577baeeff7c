"""Where the spoken guidance's audio lives: the voice of each language, and one WAV file per phrase and language.

The phrases are rendered once (``kiosk speech render`` at install, or the kiosk at start, in the background) into
the state directory, ``<data_dir>/speech/<language>/<key>.<digest>.wav``. The digest is a hash of what the file
says and how: the text, the engine, the voice, its rate and the volume. A text that changes (a new translation, a
new count of seconds) or a new volume gives a new file name, so the kiosk never plays stale words: it plays the file
of the digest it expects, or nothing while that one is not rendered yet. Pure: the names are computed here, the
files are written by :mod:`kiosk_app.speech_render` and kept by :mod:`kiosk_app.speech_cache`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from kiosk import speech

#: change it to render every phrase again (the audio processing changed)
FORMAT = 1
#: the folder under the state directory
FOLDER = "speech"


@dataclass(frozen=True)
class Voice:
    """``engine`` "openjtalk" (Japanese) or "espeak-ng"; ``rate``: Open JTalk's speed factor, espeak-ng's words
    per minute (a little slower than their defaults, for a public place and listeners in a second language)."""

    engine: str
    name: str
    rate: float


#: the voice of each patron language (:data:`kiosk.i18n.LANGUAGES`). Chinese is espeak-ng's Mandarin voice that
#: reads characters as Mandarin: its plain ``cmn`` voice (1.51, Debian 12) reads their pinyin's tone numbers in
#: English. Portuguese is Brazil's, the Portuguese most patrons in Japan speak.
VOICES: dict[str, Voice] = {
    "ja": Voice("openjtalk", "mei_normal", 0.95),
    "en": Voice("espeak-ng", "en-us", 150),
    "zh_CN": Voice("espeak-ng", "cmn-latn-pinyin", 175),
    "ko": Voice("espeak-ng", "ko", 170),
    "pt": Voice("espeak-ng", "pt-br", 150),
    "vi": Voice("espeak-ng", "vi", 150),
}


@dataclass(frozen=True)
class Entry:
    """One phrase in one language: what to say, in which voice and volume, into which file."""

    language: str
    key: str
    text: str
    voice: Voice
    volume: int
    path: Path


def digest(text: str, voice: Voice, volume: int) -> str:
    blob = json.dumps([FORMAT, text, voice.engine, voice.name, voice.rate, volume], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def plan(
    directory: Path, languages: list[str] | tuple[str, ...], settings: speech.Settings, volume: int
) -> dict[tuple[str, str], Entry]:
    """(language, phrase key) → its entry, for every phrase in every language that has a voice."""
    out: dict[tuple[str, str], Entry] = {}
    table = speech.phrases(settings)
    for language in languages:
        voice = VOICES.get(language)
        if voice is None:
            continue
        for key, phrase in table.items():
            words = speech.text(phrase, language)
            name = f"{key}.{digest(words, voice, volume)}.wav"
            out[(language, key)] = Entry(language, key, words, voice, volume, directory / language / name)
    return out
