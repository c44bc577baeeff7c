"""Check-digit schemes used on Japanese library barcodes (NW-7/Codabar), as pure functions.

Names (the ``[barcode].check_digit`` setting) and rules. "DR" uses the remainder as it is, "DSR" the modulus minus
the remainder. Weights run from the rightmost data digit.

============== =================================================================================== ===========
name           rule                                                                                12345678
============== =================================================================================== ===========
none           no check digit
mod10w21       weights 2,1,… ; two-digit products split (Luhn, 分割); (10 − sum mod 10) mod 10      2
mod10w21-sum   weights 2,1,… ; products not split (一括)                                            4
mod10w31       weights 3,1,… (JAN style); (10 − sum mod 10) mod 10                                  4
mod11w27       weights 2…7 cycling; 11 − sum mod 11; the two-digit results are mapped by ``mod11_ten``  5
7dr / 7dsr     number mod 7 / 7 − (number mod 7)                                                   2 / 5
9dr / 9dsr     digit sum mod 9 / 9 − that                                                          0 / 9
mod16          NW-7 native: values 0–9, - $ : / . + = 10–15, A–D = 16–19, start/stop included;        A37859B → +
               check character = (16 − sum mod 16) mod 16, placed before the stop character
============== =================================================================================== ===========

Modulus 11 results 10 and 11 (remainders 1 and 0) are handled differently by different libraries:
``mod11_ten`` is ``"0"`` (both become 0, the common card rule), ``"X"`` (10 → "X", 11 → 0) or ``"invalid"``
(a number whose check would be 10 is not issued: refuse it).
"""

from __future__ import annotations

from hardware.barcode.errors import CheckDigitError

SCHEMES = ("none", "mod10w21", "mod10w21-sum", "mod10w31", "mod11w27", "7dr", "7dsr", "9dr", "9dsr", "mod16")
MOD11_TEN = ("0", "X", "invalid")
NW7_VALUES = {**{str(d): d for d in range(10)}, "-": 10, "$": 11, ":": 12, "/": 13, ".": 14, "+": 15}
NW7_VALUES.update({"A": 16, "B": 17, "C": 18, "D": 19})
_NW7_CHARS = {v: k for k, v in NW7_VALUES.items()}


def _digits(data: str) -> list[int]:
    if not data or not data.isascii() or not data.isdigit():
        raise CheckDigitError("check digits need a string of digits")
    return [int(c) for c in data]


def _weighted(data: str, weights: tuple[int, ...], split: bool) -> int:
    total = 0
    for i, d in enumerate(reversed(_digits(data))):
        prod = d * weights[i % len(weights)]
        total += (prod // 10 + prod % 10) if split else prod
    return total


def compute(data: str, scheme: str, mod11_ten: str = "0") -> str:
    """The check character for ``data`` (without start/stop, except for ``mod16`` where they are included)."""
    if scheme == "mod10w21":
        return str((10 - _weighted(data, (2, 1), True) % 10) % 10)
    if scheme == "mod10w21-sum":
        return str((10 - _weighted(data, (2, 1), False) % 10) % 10)
    if scheme == "mod10w31":
        return str((10 - _weighted(data, (3, 1), False) % 10) % 10)
    if scheme == "mod11w27":
        c = 11 - _weighted(data, (2, 3, 4, 5, 6, 7), False) % 11
        if c == 11:
            return "0"
        if c == 10:
            if mod11_ten == "X":
                return "X"
            if mod11_ten == "invalid":
                raise CheckDigitError("modulus 11 gives 10 for this number: not a valid number", reason="check_mod11")
            return "0"
        return str(c)
    if scheme == "7dr":
        return str(int("".join(map(str, _digits(data)))) % 7)
    if scheme == "7dsr":
        return str(7 - int("".join(map(str, _digits(data)))) % 7)
    if scheme == "9dr":
        return str(sum(_digits(data)) % 9)
    if scheme == "9dsr":
        return str(9 - sum(_digits(data)) % 9)
    if scheme == "mod16":
        try:
            total = sum(NW7_VALUES[c] for c in data.upper())
        except KeyError:
            raise CheckDigitError("not an NW-7 string") from None
        return _NW7_CHARS[(16 - total % 16) % 16]
    if scheme == "none":
        return ""
    raise ValueError(f"unknown check-digit scheme {scheme!r}; known: {', '.join(SCHEMES)}")


def verify(data_with_check: str, scheme: str, mod11_ten: str = "0") -> str:
    """Check the last character (the one before the stop character for ``mod16``) and return the data without it.

    Raises :class:`CheckDigitError` on a mismatch or a malformed number.
    """
    if scheme == "none":
        return data_with_check
    if scheme == "mod16":
        if len(data_with_check) < 4:
            raise CheckDigitError("too short for a modulus 16 check character")
        body = data_with_check[:-2] + data_with_check[-1]
        if compute(body, scheme) != data_with_check[-2].upper():
            raise CheckDigitError("check character does not match")
        return data_with_check[:-2] + data_with_check[-1]
    if len(data_with_check) < 2:
        raise CheckDigitError("too short for a check digit")
    data, check = data_with_check[:-1], data_with_check[-1]
    if compute(data, scheme, mod11_ten) != check.upper():
        raise CheckDigitError("check digit does not match")
    return data


def ean_check(data12: str) -> str:
    """The EAN-13/JAN check digit (weights 1,3 from the left = 3,1 from the right)."""
    return compute(data12, "mod10w31")


def isbn10_check(data9: str) -> str:
    total = sum((10 - i) * d for i, d in enumerate(_digits(data9)))
    c = (11 - total % 11) % 11
    return "X" if c == 10 else str(c)
