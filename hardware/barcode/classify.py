"""From a raw scan to a classified one: NW-7 normalisation, check digits, ISBN/JAN recognition, patterns.

Steps, in order:

1. An AIM symbology identifier (``]F0`` Codabar, ``]E0`` EAN-13, ``]A0`` Code 39, ``]C0`` Code 128…), which
   scanners can be set to prefix, is removed and remembered. An EAN/UPC symbol is never an item or a card.
2. NW-7 start/stop characters (A–D, also the a–d / T N * E spellings) are removed when the scanner transmits them.
3. Without a symbology identifier, a valid EAN-13 starting 978/979 (ISBN), 191/192 (the price/classification row
   of the two-row book code) or 491 (magazines) is recognised and ignored: every copy has its own item label, and
   the patron scanning the cover barcode is told so. (ISBN-10 is never printed as a barcode, and a 10-digit item
   number would pass its check one time in eleven, so it is not guessed at.)
4. Technician patterns are matched on the value as scanned (technician cards need not carry a check digit).
5. The configured NW-7 check digit is verified (if the scanner transmits it) and removed; then the configured
   regular expressions decide patron card or item, in that order.

:class:`Scan` values can be identities: never log them (log the kind and reason only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from hardware.barcode import checkdigit
from hardware.barcode.errors import CheckDigitError

_START_STOP = {"A": "A", "B": "B", "C": "C", "D": "D", "T": "A", "N": "B", "*": "C", "E": "D"}
_NW7_BODY = re.compile(r"^[0-9\-$:/.+]+$")
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_AIM_SYMBOLOGY = {"F": "nw7", "E": "ean", "A": "code39", "C": "code128", "I": "itf", "Q": "qr", "d": "datamatrix"}
IGNORED_EAN_PREFIXES = {
    "978": "isbn",
    "979": "isbn",
    "191": "book_price_row",
    "192": "book_price_row",
    "491": "magazine",
}


class ScanKind(StrEnum):
    PATRON = "patron"
    ITEM = "item"
    TECHNICIAN = "technician"
    #: a book's own ISBN/JAN/price row, a magazine code: recognised, never an item number
    IGNORED = "isbn-ignored"
    #: a bad check digit or garbage from the scanner
    INVALID = "invalid"
    #: well-formed, but no configured pattern matches
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Scan:
    kind: ScanKind
    #: the normalised value (start/stop and check digit removed). An identity: never log it.
    value: str
    #: "nw7", "ean", "isbn10", "code39", … or "" when unknown
    symbology: str = ""
    #: why it was ignored or invalid (isbn, book_price_row, magazine, check_digit, garbage…)
    reason: str = ""
    #: "serial:<port>" or "evdev:<path>", for diagnostics
    source: str = ""

    def __repr__(self) -> str:  # keep identities out of tracebacks and debug prints
        return f"Scan(kind={self.kind.value!r}, symbology={self.symbology!r}, reason={self.reason!r})"


@dataclass(frozen=True)
class ClassifierConfig:
    patron_patterns: tuple[str, ...] = ()
    item_patterns: tuple[str, ...] = ()
    technician_patterns: tuple[str, ...] = ()
    check_digit: str = "none"
    #: the scanner sends the check digit (False: it verifies and strips it itself)
    check_digit_transmitted: bool = True
    mod11_ten: str = "0"


def _valid_ean13(code: str) -> bool:
    return len(code) == 13 and code.isascii() and code.isdigit() and checkdigit.ean_check(code[:12]) == code[12]


class Classifier:
    @classmethod
    def from_config(cls, section: Any) -> Classifier:
        """Build from the ``[barcode]`` configuration section."""
        return cls(
            ClassifierConfig(
                patron_patterns=tuple(section.patron_patterns),
                item_patterns=tuple(section.item_patterns),
                technician_patterns=tuple(section.technician_patterns),
                check_digit=section.check_digit,
                check_digit_transmitted=section.check_digit_transmitted,
                mod11_ten=section.mod11_ten,
            )
        )

    def __init__(self, cfg: ClassifierConfig) -> None:
        if cfg.check_digit not in checkdigit.SCHEMES:
            raise ValueError(f"unknown check-digit scheme {cfg.check_digit!r}")
        self.cfg = cfg
        self._technician = [re.compile(p) for p in cfg.technician_patterns]
        self._patron = [re.compile(p) for p in cfg.patron_patterns]
        self._item = [re.compile(p) for p in cfg.item_patterns]

    def is_patron_number(self, value: str) -> bool:
        """Whether ``value``, a scan's normalised value (start/stop and check digit removed, as :meth:`classify`
        gives it), is one of the library's cards by the configured patron patterns (none configured: no value is).
        Offline nothing else checks a library card number: lending to one needs this."""
        return (
            bool(value) and len(value) <= 64 and value.isprintable() and any(p.fullmatch(value) for p in self._patron)
        )

    def classify(self, raw: str, source: str = "") -> Scan:
        text = raw.strip("\r\n\t ")
        if not text or not text.isprintable() or len(text) > 64:
            return Scan(ScanKind.INVALID, "", "", "garbage", source)
        symbology = ""
        if _AIM.match(text):
            symbology = _AIM_SYMBOLOGY.get(text[1], text[1:3])
            text = text[3:]
            if symbology == "ean":
                detail = IGNORED_EAN_PREFIXES.get(text[:3], "jan")
                return Scan(ScanKind.IGNORED, text, symbology, detail, source)
        # NW-7 with start/stop characters transmitted
        nw7_full = ""
        if len(text) >= 3 and text[0].upper() in _START_STOP and text[-1].upper() in _START_STOP:
            if _NW7_BODY.match(text[1:-1]):
                nw7_full = text.upper()
                text = text[1:-1]
                symbology = symbology or "nw7"
        if not symbology:
            if _valid_ean13(text) and text[:3] in IGNORED_EAN_PREFIXES:
                return Scan(ScanKind.IGNORED, text, "ean", IGNORED_EAN_PREFIXES[text[:3]], source)
        if any(p.fullmatch(text) for p in self._technician):
            return Scan(ScanKind.TECHNICIAN, text, symbology, "", source)
        value = text
        if self.cfg.check_digit != "none" and self.cfg.check_digit_transmitted and _NW7_BODY.match(text):
            try:
                if self.cfg.check_digit == "mod16":
                    if not nw7_full:
                        return Scan(ScanKind.INVALID, "", symbology, "check_digit_needs_start_stop", source)
                    value = checkdigit.verify(nw7_full, "mod16")[1:-1]
                else:
                    value = checkdigit.verify(text, self.cfg.check_digit, self.cfg.mod11_ten)
            except CheckDigitError as e:
                return Scan(ScanKind.INVALID, "", symbology, e.reason, source)
        for kind, patterns in ((ScanKind.PATRON, self._patron), (ScanKind.ITEM, self._item)):
            if any(p.fullmatch(value) for p in patterns):
                return Scan(kind, value, symbology, "", source)
        return Scan(ScanKind.UNKNOWN, value, symbology, "no_pattern", source)
