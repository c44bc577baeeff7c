"""Work done once, right after the idle screen is up, so that the first patron does not pay for it.

* **Glyphs.** The first time a character is drawn at a size, Qt loads its font engine and rasterises the glyph; the
  first switch to Korean or Vietnamese on a fresh kiosk cost 40–60 ms of event loop for that alone. Every character
  of every translation is drawn once, off screen, in each size and weight the theme uses. Qt's glyph caches belong
  to the thread that draws, so this runs on the GUI thread, in slices of a few milliseconds between events.
* **The garbage collector.** A full collection of the start-up heap (PySide6, cryptography, SQLAlchemy objects) takes
  50–70 ms, and Python runs one now and then on its own, on whatever thread allocates: a stall at a random moment.
  Once start-up is over its objects are moved out of the collector's sight (``gc.freeze()``); after that a full
  collection only walks what was made later and takes well under a millisecond. :func:`collect_between_sessions`
  runs one when a patron session has ended, so nothing of that patron lingers in unreachable cycles either, and gives
  malloc's free pages back to the system (:mod:`kiosk.heap`).
"""

from __future__ import annotations

import gc
import logging
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFont, QImage, QPainter

import eventlog
from kiosk import heap
from ui import i18n
from ui.theme import FONT_FAMILY, Theme
from ui.widgets import LANGUAGES

_log = logging.getLogger("ui.warmup")

#: the font sizes (px, before large-text scaling) of the theme's style sheet
SIZES = (18, 20, 22, 24, 26, 28, 30, 36, 44)
#: characters drawn per call: short enough that one call stays well under a millisecond or two
CHUNK = 40


def characters(ts_files: dict[str, Path] | None = None) -> list[str]:
    """Every distinct character the kiosk can show: sources and translations of every language, the language names.
    Reads files, so it runs in a worker lane; returns one string per language (and one for the names)."""
    out = []
    for path in (ts_files if ts_files is not None else i18n.ts_files()).values():
        chars: set[str] = set()
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError):
            continue
        for el in root.iter():
            if el.tag in ("source", "translation", "numerusform") and el.text:
                chars.update(el.text)
        out.append("".join(sorted(c for c in chars if c.isprintable() and not c.isspace())))
    out.append("".join(sorted(set("".join(LANGUAGES.values())) - {" "})))
    return out


class GlyphWarmup(QObject):
    """Draws text off screen in slices of at most ``slice_ms`` per turn of the event loop."""

    finished = Signal()

    def __init__(self, theme: Theme, slice_ms: float = 3.0) -> None:
        super().__init__()
        self.theme = theme
        self.slice = slice_ms / 1000
        self.drawn = 0
        self.done = False
        self._jobs: Iterator[tuple[QFont, str]] | None = None
        self._image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
        self._timer = QTimer(self)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._slice)

    def start(self, texts: list[str]) -> None:
        self._jobs = self._plan(texts)
        self._timer.start()

    def _plan(self, texts: list[str]) -> Iterator[tuple[QFont, str]]:
        fonts = []
        for size in SIZES:
            for bold in (False, True):
                f = QFont(FONT_FAMILY)
                f.setPixelSize(self.theme.px(size))
                f.setBold(bold)
                fonts.append(f)
        dots = QFont(FONT_FAMILY)
        dots.setPixelSize(self.theme.dim(64))
        yield dots, "●○"
        for text in texts:
            for f in fonts:
                for i in range(0, len(text), CHUNK):
                    yield f, text[i : i + CHUNK]

    def _slice(self) -> None:
        assert self._jobs is not None
        end = time.perf_counter() + self.slice
        p = QPainter(self._image)
        try:
            while time.perf_counter() < end:
                job = next(self._jobs, None)
                if job is None:
                    self._timer.stop()
                    self.done = True
                    break
                p.setFont(job[0])
                p.drawText(0, 48, job[1])
                self.drawn += 1
        finally:
            p.end()
        if self.done:
            eventlog.event(_log, "ui.glyphs_warm", drawn=self.drawn)
            self.finished.emit()


def freeze_startup_heap() -> None:
    """Collect the start-up garbage once, then keep the start-up objects out of every later collection."""
    with eventlog.Timer() as t:
        gc.collect()
        gc.freeze()
    eventlog.event(_log, "ui.gc_frozen", objects=gc.get_freeze_count(), ms=round(t.ms, 1))


def collect_between_sessions() -> float:
    """A full collection of what was made since start-up (cheap once :func:`freeze_startup_heap` ran), then malloc's
    free pages given back (:mod:`kiosk.heap`); returns ms. Without a frozen start-up heap the collection would take
    tens of milliseconds, so then it is left to Python and only the pages are given back."""
    return heap.between_sessions(collect=bool(gc.get_freeze_count()))


def warm_up(theme: Theme, submit: Callable, then: Callable[[], None] | None = None) -> GlyphWarmup:  # type: ignore[type-arg]
    """Read the characters in a worker (``submit`` is a lane's submit), draw them on the GUI thread in slices, then
    freeze the start-up heap and call ``then``."""
    warm = GlyphWarmup(theme)

    def finished() -> None:
        freeze_startup_heap()
        if then is not None:
            then()

    warm.finished.connect(finished)

    def got(texts: list[str] | None, error: BaseException | None) -> None:
        if error is not None or not texts:
            eventlog.event(_log, "ui.glyphs_not_warmed", level=logging.WARNING, error=type(error).__name__)
            finished()
            return
        warm.start(texts)

    submit(characters, got)
    return warm
