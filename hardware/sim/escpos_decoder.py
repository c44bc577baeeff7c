"""A sans-I/O ESC/POS decoder for the printer simulator and the tests: bytes in → tokens out.

Decodes what the kiosk sends — Kanji-mode Shift_JIS text (and single-byte text with the Katakana table), raster
images, QR codes, cuts, feeds, status requests — and skips other known commands by their length. Neither the PHP
``escpos-tools`` (CP437 text only) nor the C# ``EscPosUtils`` can run here, so this small decoder is ours; Shift_JIS
text is decoded with Python's own codec, an independent check of the encoder.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ESC, GS, FS, DLE, LF, CR = 0x1B, 0x1D, 0x1C, 0x10, 0x0A, 0x0D


@dataclass(frozen=True)
class TextLine:
    text: str
    align: str = "left"
    big: bool = False
    bold: bool = False


@dataclass(frozen=True)
class Raster:
    width_bytes: int
    height: int
    data: bytes


@dataclass(frozen=True)
class Qr:
    data: str


@dataclass(frozen=True)
class Cut:
    partial: bool


@dataclass(frozen=True)
class StatusRequest:
    n: int


@dataclass(frozen=True)
class Init:
    pass


@dataclass(frozen=True)
class Unknown:
    data: bytes


Token = TextLine | Raster | Qr | Cut | StatusRequest | Init | Unknown

# fixed-length commands: prefix → total length
_FIXED = {
    (ESC, ord("@")): 2, (ESC, ord("t")): 3, (ESC, ord("a")): 3, (ESC, ord("E")): 3, (ESC, ord("d")): 3,
    (ESC, ord("!")): 3, (ESC, ord("-")): 3, (ESC, ord("J")): 3, (ESC, ord("2")): 2, (ESC, ord("3")): 3,
    (ESC, ord("M")): 3, (ESC, ord("G")): 3, (ESC, ord("{")): 3, (ESC, ord("R")): 3, (ESC, ord("p")): 5,
    (GS, ord("!")): 3, (GS, ord("B")): 3, (GS, ord("L")): 4, (GS, ord("W")): 4, (GS, ord("H")): 3,
    (GS, ord("h")): 3, (GS, ord("w")): 3, (GS, ord("f")): 3, (GS, ord("a")): 3,
    (FS, ord("&")): 2, (FS, ord(".")): 2, (FS, ord("C")): 3, (FS, ord("!")): 3, (FS, ord("-")): 3,
    (DLE, 0x04): 3,
}  # fmt: skip


@dataclass
class EscPosDecoder:
    kanji: bool = False
    code_table: int = 0
    align: str = "left"
    big: bool = False
    bold: bool = False
    _buf: bytearray = field(default_factory=bytearray)
    _line: bytearray = field(default_factory=bytearray)
    _qr_store: bytes = b""

    def receive_data(self, data: bytes) -> None:
        self._buf += data

    def _flush_line(self) -> TextLine:
        raw = bytes(self._line)
        self._line.clear()
        if self.kanji:
            text = raw.decode("shift_jis", errors="replace")
        else:
            text = "".join(
                chr(b) if b < 0x80 else (chr(0xFF61 + b - 0xA1) if self.code_table == 1 and 0xA1 <= b <= 0xDF else "?")
                for b in raw
            )
        return TextLine(text, self.align, self.big, self.bold)

    def next_event(self) -> Token | None:  # noqa: C901 - one switch over the command set
        buf = self._buf
        while buf:
            b = buf[0]
            if b == LF:
                del buf[0]
                return self._flush_line()
            if b == CR:
                del buf[0]
                continue
            if b in (ESC, GS, FS, DLE):
                if len(buf) < 2:
                    return None
                key = (b, buf[1])
                if key == (GS, ord("v")):  # GS v 0 m xL xH yL yH data
                    if len(buf) < 8:
                        return None
                    w = buf[4] | buf[5] << 8
                    h = buf[6] | buf[7] << 8
                    if len(buf) < 8 + w * h:
                        return None
                    raster = Raster(w, h, bytes(buf[8 : 8 + w * h]))
                    del buf[: 8 + w * h]
                    return raster
                if key == (GS, ord("(")):  # GS ( k pL pH cn fn …
                    if len(buf) < 5:
                        return None
                    n = buf[3] | buf[4] << 8
                    if len(buf) < 5 + n:
                        return None
                    body = bytes(buf[5 : 5 + n])
                    del buf[: 5 + n]
                    if len(body) >= 2 and body[0] == 49:  # QR (cn = 49)
                        fn = body[1]
                        if fn == 80:
                            self._qr_store = body[3:]
                        elif fn == 81:
                            return Qr(self._qr_store.decode("utf-8", "replace"))
                    continue
                if key == (FS, ord("(")):
                    if len(buf) < 5:
                        return None
                    n = buf[3] | buf[4] << 8
                    if len(buf) < 5 + n:
                        return None
                    del buf[: 5 + n]
                    continue
                if key == (GS, ord("V")):
                    if len(buf) < 3:
                        return None
                    m = buf[2]
                    size = 4 if m in (65, 66) else 3
                    if len(buf) < size:
                        return None
                    del buf[:size]
                    return Cut(partial=m in (1, 49, 66))
                if key == (GS, ord("k")):
                    if len(buf) < 3:
                        return None
                    m = buf[2]
                    if m <= 6:
                        end = buf.find(0, 3)
                        if end < 0:
                            return None
                        del buf[: end + 1]
                    else:
                        if len(buf) < 4 or len(buf) < 4 + buf[3]:
                            return None
                        del buf[: 4 + buf[3]]
                    continue
                fixed = _FIXED.get(key)
                if fixed is None:
                    tok = Unknown(bytes(buf[:2]))
                    del buf[:2]
                    return tok
                if len(buf) < fixed:
                    return None
                cmd = bytes(buf[:fixed])
                del buf[:fixed]
                if key == (DLE, 0x04):
                    return StatusRequest(cmd[2])
                if key == (ESC, ord("@")):
                    self.kanji, self.code_table, self.align, self.big, self.bold = False, 0, "left", False, False
                    return Init()
                if key == (ESC, ord("t")):
                    self.code_table = cmd[2]
                elif key == (ESC, ord("a")):
                    self.align = {0: "left", 1: "center", 2: "right", 48: "left", 49: "center", 50: "right"}.get(
                        cmd[2], "left"
                    )
                elif key == (GS, ord("!")):
                    self.big = cmd[2] != 0
                elif key == (ESC, ord("E")):
                    self.bold = bool(cmd[2] & 1)
                elif key == (FS, ord("&")):
                    self.kanji = True
                elif key == (FS, ord(".")):
                    self.kanji = False
                continue
            # text
            if self.kanji and (0x81 <= b <= 0x9F or 0xE0 <= b <= 0xFC):
                if len(buf) < 2:
                    return None
                self._line += buf[:2]
                del buf[:2]
                continue
            self._line.append(b)
            del buf[0]
        return None

    def events(self) -> list[Token]:
        out = []
        while (ev := self.next_event()) is not None:
            out.append(ev)
        return out
