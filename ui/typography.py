"""Line breaks between words, never inside one: Japanese and Korean as people set them.

Qt breaks a line of Japanese or Korean between any two characters, so "パスコード" could end a line with "パス" and
start the next with "コード". :func:`keep_words` puts a WORD JOINER (U+2060, invisible, and Qt honours it) between
the characters of each word, so a line can break only between words:

- Japanese (a text with kana) breaks after punctuation and closing brackets, before opening brackets, at spaces,
  and where a run of hiragana (particles, endings) meets the next word: "マイナンバーカードを / 読み取り機に /
  置いてください". An honorific お or ご stays with its word, and a line never starts with ー, a small kana or a
  closing mark.
- Korean breaks at spaces only (as Korean is set: keep-all).
- Other texts (Chinese, which breaks between characters, and the Latin scripts) are left as they are.

:func:`segments` gives the words, so a label can fall back to ordinary breaks when one word is wider than its line.
"""

from __future__ import annotations

WJ = "\u2060"

_CLOSERS = set("、。，．！？」』）】〕］｝：；…‥,.!?:;)]}")
_OPENERS = set("「『（【〔［｛([{")
_NO_LINE_START = set("ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・゛゜") | _CLOSERS
_HIRAGANA = "".join(chr(c) for c in range(0x3041, 0x30A0))
_PREFIXES = {"お", "ご"}
_PARTICLES = set("をにはがでとのもへやか")
_CLOSING_BRACKETS = set("」』）】〕］｝)]}")


def _is_hiragana(c: str) -> bool:
    return "\u3041" <= c <= "\u309f"


def _is_kana(c: str) -> bool:
    return "\u3041" <= c <= "\u30ff" and c != "・"


def _is_hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3" or "\u1100" <= c <= "\u11ff" or "\u3130" <= c <= "\u318f"


def segments(text: str) -> list[str]:
    """The words of ``text`` (with the spaces and marks that belong to them), in order; joined they are ``text``."""
    if any(_is_kana(c) for c in text):
        return _japanese(text)
    if any(_is_hangul(c) for c in text):
        return _split_at_spaces(text)
    return [text]


def keep_words(text: str) -> str:
    """``text`` with a word joiner between the characters of each Japanese or Korean word (other texts as they
    are: Chinese breaks between any two characters)."""
    if not any(_is_kana(c) or _is_hangul(c) for c in text):
        return text
    return "".join(WJ.join(p) if _needs_joining(p) else p for p in segments(text))


def plain(text: str) -> str:
    """``text`` without the joiners :func:`keep_words` added."""
    return text.replace(WJ, "")


def _needs_joining(word: str) -> bool:
    return any(_is_kana(c) or _is_hangul(c) or "\u4e00" <= c <= "\u9fff" for c in word)


def _split_at_spaces(text: str) -> list[str]:
    out: list[str] = []
    cur = ""
    for c in text:
        cur += c
        if c.isspace():
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def _japanese(text: str) -> list[str]:
    out: list[str] = []
    cur = ""
    for i, c in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if cur and _breaks_before(cur, c, nxt):
            out.append(cur)
            cur = ""
        cur += c
    if cur:
        out.append(cur)
    return out


def _is_kanji(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or c == "々"


def _breaks_before(word: str, c: str, nxt: str) -> bool:
    """Whether a line may break between ``word`` (the word so far) and ``c`` (followed by ``nxt``)."""
    prev = word[-1]
    if c in _NO_LINE_START:
        return False
    if prev.isspace() or c.isspace():
        return True
    if prev in _CLOSERS:
        return not (prev in _CLOSING_BRACKETS and _is_hiragana(c))  # 「やめる」を: the particle stays
    if c in _OPENERS:
        return True
    if not _is_hiragana(prev) or _is_hiragana(c):
        # お持ち, ご利用 after a particle: the break comes before the honorific
        return _is_hiragana(prev) and c in _PREFIXES and _is_kanji(nxt)
    run = len(word) - len(word.rstrip(_HIRAGANA))
    if run == len(word) and word in _PREFIXES:
        return False  # お住まい: the prefix stays with its word
    # a particle or an ending (の, を, ください) ends a word; one kana between kanji is a word's own (読み取り機)
    return run >= 2 or prev in _PARTICLES
