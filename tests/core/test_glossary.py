"""The patron catalogue follows docs/glossary.md: no translation uses a word the glossary says to avoid (the library
lends, the patron borrows), and Japanese is set as Japanese: full-width punctuation, no space between a number and
its counter."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk import i18n

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.md"


def translations(lang: str) -> list[str]:
    root = ET.parse(i18n.ts_path("kiosk", lang)).getroot()
    out = []
    for message in root.iter("message"):
        t = message.find("translation")
        if t is None or t.get("type") in ("obsolete", "vanished"):
            continue
        out += [f.text or "" for f in t] if len(t) else [t.text or ""]
    return out


def avoided() -> list[tuple[str, str]]:
    """(language, word) rows of the glossary's "Words to avoid" table."""
    text = GLOSSARY.read_text(encoding="utf-8")
    table = text.split("## Words to avoid", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0] in i18n.LANGUAGES:
            rows.append((cells[0], cells[1]))
    return rows


def test_the_glossary_has_its_tables():
    text = GLOSSARY.read_text(encoding="utf-8")
    for term in ("borrow", "return", "due date", "PIN", "certificate", "library card"):
        assert f"| {term}" in text, term
    assert {lang for lang, _ in avoided()} >= {"pt", "vi", "ja"}


@pytest.mark.parametrize("lang, word", avoided())
def test_no_translation_uses_a_word_to_avoid(lang, word):
    if word.isascii() or any(c.isalpha() and ord(c) < 0x2000 for c in word):
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    else:
        pattern = re.compile(re.escape(word))
    found = [t for t in translations(lang) if pattern.search(t)]
    assert not found, found


JAPANESE = r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]"


@pytest.mark.parametrize(
    "rule, pattern",
    [
        ("half-width ! or ? in Japanese", rf"{JAPANESE}[!?]|[!?]{JAPANESE}"),
        ("half-width colon after Japanese", rf"{JAPANESE}:"),
        ("half-width brackets next to Japanese", rf"{JAPANESE}\s?[()]|[()]\s?{JAPANESE}"),
        ("a space between a number and its counter", r"(%n|\d|\})\s+[冊件回秒桁点分]"),
        ("a space before a number in Japanese", rf"{JAPANESE} (%n)"),
        ("a Western middle dot", "·"),
    ],
)
def test_japanese_is_set_as_japanese(rule, pattern):
    found = [t for t in translations("ja") if re.search(pattern, t)]
    assert not found, (rule, found)
