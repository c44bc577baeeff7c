"""Keyboard-wedge decoding: Linux input key codes → characters, with the *scanner's* keyboard layout.

A USB HID scanner types its data as key presses. Which key it presses for a character depends on the layout the
scanner is configured for, and NW-7's symbols sit on different keys on a JIS (106/109) keyboard than on a US one:
``:`` is the unshifted key right of ``;`` on JIS but Shift+``;`` on US, and ``+`` is Shift+``;`` on JIS but
Shift+``=`` on US. Decoding with the wrong layout turns ``+`` into ``:``. So the layout is a setting
(``[barcode].keyboard_layout``), and reading goes through evdev, never through a focused widget and the OS layout.

:class:`WedgeDecoder` is pure: feed it (type, code, value, time) events, get finished strings out.
"""

from __future__ import annotations

from dataclasses import dataclass

EV_KEY = 1
KEY_LEFTSHIFT, KEY_RIGHTSHIFT = 42, 54
KEY_ENTER, KEY_KPENTER, KEY_TAB = 28, 96, 15
KEY_CAPSLOCK = 58

_LETTERS = {
    16: "q", 17: "w", 18: "e", 19: "r", 20: "t", 21: "y", 22: "u", 23: "i", 24: "o", 25: "p",
    30: "a", 31: "s", 32: "d", 33: "f", 34: "g", 35: "h", 36: "j", 37: "k", 38: "l",
    44: "z", 45: "x", 46: "c", 47: "v", 48: "b", 49: "n", 50: "m",
}  # fmt: skip
_DIGITS = {2: "1", 3: "2", 4: "3", 5: "4", 6: "5", 7: "6", 8: "7", 9: "8", 10: "9", 11: "0"}
_KEYPAD = {
    71: "7", 72: "8", 73: "9", 74: "-", 75: "4", 76: "5", 77: "6", 78: "+", 79: "1", 80: "2", 81: "3",
    82: "0", 83: ".", 98: "/", 55: "*",
}  # fmt: skip

# (unshifted, shifted) for the punctuation keys, by Linux key code
_US = {
    12: ("-", "_"), 13: ("=", "+"), 26: ("[", "{"), 27: ("]", "}"), 39: (";", ":"), 40: ("'", '"'),
    41: ("`", "~"), 43: ("\\", "|"), 51: (",", "<"), 52: (".", ">"), 53: ("/", "?"), 57: (" ", " "),
}  # fmt: skip
_US_SHIFTED_DIGITS = dict(zip("1234567890", "!@#$%^&*()", strict=True))
_JIS = {
    12: ("-", "="), 13: ("^", "~"), 26: ("@", "`"), 27: ("[", "{"), 39: (";", "+"), 40: (":", "*"),
    43: ("]", "}"), 51: (",", "<"), 52: (".", ">"), 53: ("/", "?"), 57: (" ", " "),
    89: ("\\", "_"),  # KEY_RO (ろ)
    124: ("\\", "|"),  # KEY_YEN (¥, sent as a backslash in ASCII)
}  # fmt: skip
_JIS_SHIFTED_DIGITS = {"1": "!", "2": '"', "3": "#", "4": "$", "5": "%", "6": "&", "7": "'", "8": "(", "9": ")"}
LAYOUTS = ("jis", "us")


def char_for(code: int, shift: bool, layout: str) -> str | None:
    """The character a key code types in ``layout``; None for keys that type nothing we know."""
    if code in _LETTERS:
        return _LETTERS[code].upper() if shift else _LETTERS[code]
    if code in _DIGITS:
        d = _DIGITS[code]
        if not shift:
            return d
        return (_JIS_SHIFTED_DIGITS if layout == "jis" else _US_SHIFTED_DIGITS).get(d)
    if code in _KEYPAD:
        return _KEYPAD[code]
    table = _JIS if layout == "jis" else _US
    pair = table.get(code)
    if pair is None:
        return None
    return pair[1] if shift else pair[0]


def keys_for(text: str, layout: str) -> list[tuple[int, bool]]:
    """(key code, shift) presses that type ``text`` in ``layout`` — what a scanner configured so would send."""
    out: list[tuple[int, bool]] = []
    for ch in text:
        for code in list(_LETTERS) + list(_DIGITS) + list(_JIS if layout == "jis" else _US):
            hit = next((s for s in (False, True) if char_for(code, s, layout) == ch), None)
            if hit is not None:
                out.append((code, hit))
                break
        else:
            raise ValueError(f"{ch!r} cannot be typed in the {layout} layout")
    return out


@dataclass(frozen=True)
class WedgeScan:
    text: str
    #: False when a key the layout does not know was typed in the middle (the text is then incomplete)
    ok: bool


class WedgeDecoder:
    """Key events in → finished scans out. A scan ends with Enter (or Tab); a long pause discards a partial one."""

    def __init__(self, layout: str = "jis", *, max_gap_s: float = 0.5, max_length: int = 64) -> None:
        if layout not in LAYOUTS:
            raise ValueError(f"keyboard layout must be one of {LAYOUTS}")
        self.layout = layout
        self.max_gap_s = max_gap_s
        self.max_length = max_length
        self._buf: list[str] = []
        self._ok = True
        self._shift: set[int] = set()
        self._caps = False
        self._last: float | None = None
        self.dropped = 0

    def reset(self) -> None:
        if self._buf:
            self.dropped += 1
        self._buf = []
        self._ok = True

    def feed(self, ev_type: int, code: int, value: int, timestamp: float | None = None) -> WedgeScan | None:
        """One input event; returns a scan when Enter finishes one."""
        if ev_type != EV_KEY:
            return None
        if code in (KEY_LEFTSHIFT, KEY_RIGHTSHIFT):
            if value == 0:
                self._shift.discard(code)
            else:
                self._shift.add(code)
            return None
        if value != 1:  # release (0) and auto-repeat (2) type nothing
            return None
        if timestamp is not None:
            if self._last is not None and timestamp - self._last > self.max_gap_s:
                self.reset()  # a partial scan from before (scanner unplugged, a stray key): drop it
            self._last = timestamp
        if code == KEY_CAPSLOCK:
            self._caps = not self._caps
            return None
        if code in (KEY_ENTER, KEY_KPENTER, KEY_TAB):
            if not self._buf:
                return None
            scan = WedgeScan("".join(self._buf), self._ok)
            self._buf, self._ok = [], True
            return scan
        ch = char_for(code, bool(self._shift), self.layout)
        if ch is None:
            self._ok = False
            return None
        if self._caps and ch.isalpha():
            ch = ch.swapcase()
        if len(self._buf) >= self.max_length:
            self._ok = False
            return None
        self._buf.append(ch)
        return None
