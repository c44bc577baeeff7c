"""The owner-library ISIL (ISO 28560-2 relative OID 3) in its application-defined 4/5-bit latch/shift coding.

Source, and how sure this is
----------------------------
GOST R ISO 28560-2-2014 (the Russian identical adoption of ISO 28560-2:2014), Annex C, read in its public copy
(ajdocs.ru/gsp/38726/35 and /36). It gives the rules and two worked examples; the first one is reproduced bit for bit
by :func:`encode` (a test checks it): ``DE-Heu1`` → ``21 40 8E 16 BF 1F``. The 32-code tables below match that annex
wherever the examples touch them, and the Helsinki ``HelmetRfidTag`` parser (code index, [HEL] in hardware.md) has
the same tables in full. Fairly sure for letters, digits and the latch/shift codes; the places of ``:`` and ``/``
(code 27 of the upper and lower sets, code 11 of the numeric set) rest on [HEL] alone.

The coding
----------
Three character sets, the string starting in the upper-case set:

* upper (5 bits): 0 ``-``, 1–26 ``A``–``Z``, 27 ``:``, 28 latch lower, 29 shift lower, 30 latch numeric,
  31 shift numeric;
* lower (5 bits): 0 ``-``, 1–26 ``a``–``z``, 27 ``/``, 28 latch upper, 29 shift upper, 30 latch numeric,
  31 shift numeric;
* numeric (4 bits): 0–9 the digits, 10 ``-``, 11 ``:``, 12 latch upper, 13 shift upper, 14 latch lower,
  15 shift lower.

A latch changes the set until the next latch; a shift changes it for one character. The bit string is padded to a
whole byte with 1 bits. No character's code is all ones, so trailing 1 bits shorter than a byte are padding.

The encoder follows the annex's recommended rule (look one character ahead: latch when the next character is in
the new set too and not in the current one, else shift). The decoder accepts any valid latch/shift sequence and
raises :class:`IsilCodeError` for anything else: a shift not followed by a character, a code cut short, padding
that is not all 1 bits.
"""

from __future__ import annotations

from hardware.rfid.errors import TagFormatError

UPPER, LOWER, NUMERIC = "upper", "lower", "numeric"
_CHARS = {
    UPPER: "-ABCDEFGHIJKLMNOPQRSTUVWXYZ:",
    LOWER: "-abcdefghijklmnopqrstuvwxyz/",
    NUMERIC: "0123456789-:",
}
_WIDTH = {UPPER: 5, LOWER: 5, NUMERIC: 4}
#: control codes per set: code → (action, target set)
_CONTROLS = {
    UPPER: {28: ("latch", LOWER), 29: ("shift", LOWER), 30: ("latch", NUMERIC), 31: ("shift", NUMERIC)},
    LOWER: {28: ("latch", UPPER), 29: ("shift", UPPER), 30: ("latch", NUMERIC), 31: ("shift", NUMERIC)},
    NUMERIC: {12: ("latch", UPPER), 13: ("shift", UPPER), 14: ("latch", LOWER), 15: ("shift", LOWER)},
}
_CONTROL_CODE = {
    (s, action, target): code for s, table in _CONTROLS.items() for code, (action, target) in table.items()
}
#: every character the coding can carry (the ISIL repertoire of ISO 15511)
ALPHABET = frozenset("".join(_CHARS.values()))


class IsilCodeError(TagFormatError):
    reason = "tag_isil_malformed"


def encodable(text: str) -> bool:
    return all(c in ALPHABET for c in text)


def encode(text: str) -> bytes:
    """The coded bytes of ``text`` (characters of :data:`ALPHABET` only)."""
    bits: list[tuple[int, int]] = []  # (value, width)
    mode = UPPER
    for i, c in enumerate(text):
        if c in _CHARS[mode]:
            bits.append((_CHARS[mode].index(c), _WIDTH[mode]))
            continue
        sets = [s for s in (UPPER, LOWER, NUMERIC) if c in _CHARS[s]]
        if not sets:
            raise IsilCodeError("character outside the ISIL repertoire")
        nxt = text[i + 1] if i + 1 < len(text) else None
        target = next((s for s in sets if nxt is not None and nxt in _CHARS[s]), sets[0])
        latch = nxt is not None and nxt in _CHARS[target] and nxt not in _CHARS[mode]
        bits.append((_CONTROL_CODE[(mode, "latch" if latch else "shift", target)], _WIDTH[mode]))
        bits.append((_CHARS[target].index(c), _WIDTH[target]))
        if latch:
            mode = target
    acc, nbits = 0, 0
    for value, width in bits:
        acc = (acc << width) | value
        nbits += width
    pad = -nbits % 8
    acc = (acc << pad) | ((1 << pad) - 1)
    return acc.to_bytes((nbits + pad) // 8, "big") if nbits else b""


def decode(data: bytes) -> str:
    """The ISIL coded in ``data``; raises :class:`IsilCodeError` if it is not a valid latch/shift string."""
    total = len(data) * 8
    acc = int.from_bytes(data, "big") if data else 0
    pos = 0
    out: list[str] = []
    mode = UPPER
    shifted: str | None = None

    def take(width: int) -> int:
        nonlocal pos
        value = (acc >> (total - pos - width)) & ((1 << width) - 1)
        pos += width
        return value

    while pos < total:
        left = total - pos
        if left < 8 and acc & ((1 << left) - 1) == (1 << left) - 1:
            break  # padding
        active = shifted or mode
        width = _WIDTH[active]
        if left < width:
            raise IsilCodeError("ISIL code cut short")
        code = take(width)
        if code < len(_CHARS[active]):
            out.append(_CHARS[active][code])
            shifted = None
            continue
        if shifted is not None:
            raise IsilCodeError("a shift must be followed by a character")
        action, target = _CONTROLS[active][code]
        if action == "latch":
            mode = target
        else:
            shifted = target
    if shifted is not None:
        raise IsilCodeError("a shift must be followed by a character")
    return "".join(out)
