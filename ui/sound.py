"""Sound cues (read, lent, refused, warning): short tones written once as WAV files and played with ``aplay``.

PySide6-Essentials has no QtMultimedia, so the cue is played by an ``aplay`` child process. Starting a process forks
the whole kiosk process (milliseconds for a process of this size), so it happens in the sound worker lane, never on
the event loop; one cue plays at a time and at most one more waits, so a burst of lent books does not queue seconds
of beeps. Without ``aplay`` the system beep is used. The last cues are kept for tests.
"""

from __future__ import annotations

import math
import shutil
import struct
import subprocess
import wave
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from kiosk.session import Cue
from kiosk.workers import Lane
from ui.workers import qt_lane

#: (frequency Hz, milliseconds) notes per cue: rising = good, falling = refused, repeated = warning
TONES: dict[Cue, list[tuple[int, int]]] = {
    Cue.READ: [(880, 90)],
    Cue.LENT: [(660, 90), (990, 140)],
    Cue.REFUSED: [(520, 160), (390, 260)],
    Cue.WARNING: [(750, 120), (0, 80), (750, 120)],
}


def write_wavs(
    dest: Path, rate: int = 22050, volume: int = 80, tones: Mapping[Any, list[tuple[int, int]]] | None = None
) -> dict[Any, Path]:
    """One WAV file per tone of ``tones`` (the cues unless given; a key is a :class:`Cue` or a name) in ``dest``, at
    ``volume`` (0–100, ``[ui].volume``; 80 is the level they always had)."""
    dest.mkdir(parents=True, exist_ok=True)
    amplitude = 0.5 * max(0, min(100, volume)) / 100
    out = {}
    for cue, notes in (TONES if tones is None else tones).items():
        path = dest / f"{getattr(cue, 'value', cue)}.wav"
        frames = bytearray()
        for freq, ms in notes:
            n = rate * ms // 1000
            for i in range(n):
                env = min(1.0, i / 200, (n - i) / 200)
                v = 0.0 if freq == 0 else math.sin(2 * math.pi * freq * i / rate) * amplitude * env
                frames += struct.pack("<h", int(v * 32767))
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(bytes(frames))
        out[cue] = path
    return out


class SoundPlayer(QObject):
    #: a cue waits behind the one playing; more than this many waiting are dropped
    MAX_WAITING = 1

    def __init__(
        self, enabled: bool, files: dict[Cue, Path] | None = None, lane: Lane | None = None, volume: int = 80
    ) -> None:
        super().__init__()
        self.enabled = enabled
        self.volume = volume
        self.files = files or {}
        self.player = shutil.which("aplay")
        self.lane = lane or qt_lane("sound")
        self.played: list[Cue] = []
        self.dropped = 0
        self._in_lane = 0

    def set_files(self, files: dict[Cue, Path]) -> None:
        self.files = files

    def set_volume(self, volume: int) -> None:
        """A new ``[ui].volume``: the cues are written again at it (in the sound lane); 0 is silence."""
        self.volume = volume
        folder = next(iter(self.files.values())).parent if self.files else None
        if folder is not None and volume > 0:
            self.lane.submit(
                lambda: write_wavs(folder, volume=volume), lambda files, err: files and self.set_files(files)
            )

    def play(self, cue: Cue) -> None:
        if not self.enabled or self.volume == 0:
            return
        self.played.append(cue)
        del self.played[:-20]
        path = self.files.get(cue)
        if not (self.player and path):
            QApplication.beep()
            return
        if self._in_lane > self.MAX_WAITING:
            self.dropped += 1
            return
        self._in_lane += 1
        self.lane.submit(lambda: _play(self.player, path), self._done)  # type: ignore[arg-type]

    def _done(self, result: object, error: BaseException | None) -> None:
        self._in_lane -= 1


def _play(player: str, path: Path) -> None:
    """Play one cue to its end (a cue is under half a second; a stuck sound device is given up after 5 s)."""
    try:
        subprocess.run([player, "-q", str(path)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=5, check=False)  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        pass
