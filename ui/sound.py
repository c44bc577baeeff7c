"""Sound cues (read, lent, refused, warning): short tones written once as WAV files and played with ``aplay``.

PySide6-Essentials has no QtMultimedia, so the cue is played by an ``aplay`` child process (QProcess, which never
blocks the event loop); without ``aplay`` the system beep is used. The last cue is kept for tests.
"""

from __future__ import annotations

import math
import shutil
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QProcess
from PySide6.QtWidgets import QApplication

from kiosk.session import Cue

#: (frequency Hz, milliseconds) notes per cue: rising = good, falling = refused, repeated = warning
TONES: dict[Cue, list[tuple[int, int]]] = {
    Cue.READ: [(880, 90)],
    Cue.LENT: [(660, 90), (990, 140)],
    Cue.REFUSED: [(520, 160), (390, 260)],
    Cue.WARNING: [(750, 120), (0, 80), (750, 120)],
}


def write_wavs(dest: Path, rate: int = 22050) -> dict[Cue, Path]:
    dest.mkdir(parents=True, exist_ok=True)
    out = {}
    for cue, notes in TONES.items():
        path = dest / f"{cue.value}.wav"
        frames = bytearray()
        for freq, ms in notes:
            n = rate * ms // 1000
            for i in range(n):
                env = min(1.0, i / 200, (n - i) / 200)
                v = 0.0 if freq == 0 else math.sin(2 * math.pi * freq * i / rate) * 0.4 * env
                frames += struct.pack("<h", int(v * 32767))
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(bytes(frames))
        out[cue] = path
    return out


class SoundPlayer(QObject):
    def __init__(self, enabled: bool, files: dict[Cue, Path] | None = None) -> None:
        super().__init__()
        self.enabled = enabled
        self.files = files or {}
        self.player = shutil.which("aplay")
        self.played: list[Cue] = []
        self._procs: list[QProcess] = []

    def set_files(self, files: dict[Cue, Path]) -> None:
        self.files = files

    def play(self, cue: Cue) -> None:
        if not self.enabled:
            return
        self.played.append(cue)
        del self.played[:-20]
        path = self.files.get(cue)
        if self.player and path:
            proc = QProcess(self)
            proc.finished.connect(lambda *_: self._procs.remove(proc) if proc in self._procs else None)
            self._procs.append(proc)
            proc.start(self.player, ["-q", str(path)])
        else:
            QApplication.beep()
