"""Spoken guidance on the kiosk: says what :func:`kiosk.speech.decide` chooses, from the files rendered once
(:mod:`kiosk.speech_files`), with ``aplay`` on the sound lane (as :mod:`ui.sound` plays its cues).

Every view the session controller shows comes here; the core decides what to say, this module only plays it. A new
utterance stops the one playing (the patron moved on: a digit typed, a book lent, the next screen), and one waiting
on the lane that was overtaken is dropped. The "repeat" key (``[ui].speech_repeat_key``, a window shortcut, so it
works whatever has the focus) says the screen again. A PIN digit is a short tone, never a spoken digit.

Nothing touches the disk on the event loop: whether a phrase's file is there (it may not be rendered yet) is asked
on the lane, and a phrase whose file is missing is simply not said. Stopping a player is a signal to its process.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import threading
import wave
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut

from kiosk import speech
from kiosk.session import Phase, View
from kiosk.workers import Lane
from ui.main_window import KioskWindow

#: (frequency Hz, milliseconds) of the PIN pad's tones: a digit typed (a short tick), the PIN cleared (two falling)
TONE_NOTES: dict[str, list[tuple[int, int]]] = {"key": [(1320, 45)], "clear": [(700, 70), (520, 90)]}
#: a phrase is given up this long after its own length (a sound device that hangs)
GRACE_S = 5.0


class SpeechPlayer(QObject):
    """Plays the guidance for the views it is shown. ``files``: (language, phrase key) → its WAV file."""

    def __init__(self, files: Mapping[tuple[str, str], Path], lane: Lane, player: str | None = None) -> None:
        super().__init__()
        self.files = dict(files)
        self.tones: dict[str, Path] = {}
        #: the volume (``[ui].volume``) its phrases and tones were rendered at
        self.volume = 0
        self.lane = lane
        self.player = player if player is not None else shutil.which("aplay")
        #: what was said last (phrase keys; tones as "tone:<name>"), for tests and the demo; never a patron's datum
        self.said: list[str] = []
        #: the files handed to the player, in order (for tests)
        self.played: list[Path] = []
        self.view: View | None = None
        self._incomplete = 0
        self._lock = threading.Lock()
        self._generation = 0
        self._current: subprocess.Popen[bytes] | None = None

    def set_tones(self, files: Mapping[str, Path]) -> None:
        self.tones = dict(files)

    def set_files(self, files: Mapping[tuple[str, str], Path]) -> None:
        """The phrases at a new volume (none: say nothing, the volume is 0)."""
        self.files = dict(files)

    # ------------------------------------------------------------------ what to say (event loop)

    def on_view(self, view: View) -> None:
        before, self.view = self.view, view
        if view.phase is not Phase.ITEMS:
            self._incomplete = 0
        utterance = speech.decide(before, view)
        if utterance is not None:
            self.say(utterance, view.language)

    def on_incomplete_sets(self, n: int) -> None:
        """The items screen asks for the rest of a set: said when one more set is incomplete."""
        more, self._incomplete = n > self._incomplete, n
        if more and self.view is not None and self.view.phase is Phase.ITEMS:
            self.say(speech.Utterance(phrase="set_incomplete"), self.view.language)

    def repeat(self) -> None:
        utterance = speech.repeat(self.view)
        if utterance is not None and self.view is not None:
            self.say(utterance, self.view.language)

    def stop(self) -> None:
        self.say(speech.SILENCE, "")

    def say(self, utterance: speech.Utterance, language: str) -> None:
        with self._lock:
            self._generation += 1
            generation = self._generation
            playing, self._current = self._current, None
        if playing is not None:
            _stop(playing)
        if utterance.tone:
            self._remember(f"tone:{utterance.tone}")
            path = self.tones.get(utterance.tone)
        elif utterance.phrase:
            self._remember(utterance.phrase)
            path = self.files.get((language, utterance.phrase))
        else:
            return
        if path is None or not self.player:
            return  # not rendered (or no player on this machine): the screen and the cues carry on alone
        self.played.append(path)
        del self.played[:-50]
        self.lane.submit(lambda: self._play(generation, path), _ignore)

    def _remember(self, what: str) -> None:
        self.said.append(what)
        del self.said[:-50]

    # ------------------------------------------------------------------ playing (sound lane)

    def _play(self, generation: int, path: Path) -> str:
        """Play one file to its end, unless a newer utterance came first or comes meanwhile."""
        if generation != self._generation:
            return "overtaken"
        try:
            with wave.open(str(path), "rb") as w:
                seconds = w.getnframes() / max(1, w.getframerate())
        except (OSError, EOFError, wave.Error):
            return "missing"  # not rendered yet (or damaged): the next rendering makes it again
        try:
            proc = subprocess.Popen([self.player or "aplay", "-q", str(path)], stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        except OSError:
            return "no_player"
        with self._lock:
            overtaken = generation != self._generation
            if not overtaken:
                self._current = proc
        if overtaken:
            _stop(proc)
        try:
            proc.wait(timeout=seconds + GRACE_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        finally:
            with self._lock:
                if self._current is proc:
                    self._current = None
        return "played"


def _stop(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        proc.terminate()


def _ignore(result: object, error: BaseException | None) -> None:
    pass


def attach(win: KioskWindow, player: SpeechPlayer, repeat_key: str) -> QShortcut:
    """Let ``player`` speak for ``win``: the session's views and incomplete sets, and the "repeat" key (a window
    shortcut, so it works whatever has the focus; a keypad's ``*`` too, as Qt retries a shortcut without the keypad
    modifier). Not in maintenance mode."""
    player.view = win.controller.view  # the screen shown now ("repeat" before anything happened)
    win.controller.viewChanged.connect(player.on_view)
    win.controller.incompleteSets.connect(player.on_incomplete_sets)

    def on_repeat() -> None:
        if not win.maintenance_active:
            player.repeat()

    return QShortcut(QKeySequence(repeat_key), win, activated=on_repeat)
