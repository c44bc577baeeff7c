"""The speech engines: each phrase of :mod:`kiosk.speech` rendered once into a WAV file, in a child process.

Japanese is spoken by Open JTalk through ``pyopenjtalk`` (PyPI, MIT), the other languages by ``espeak-ng`` (Debian
main). Nothing is fetched at run time. What was checked on Debian 12 (bookworm, main) with CPython 3.11 on x86_64:

- ``pyopenjtalk`` 0.4.1 has no wheel for CPython 3.11 on PyPI, only its source: pip builds it at install (about
  3 minutes on 2 cores; it needs ``g++``, its build requirements, cmake included, come from PyPI). The package carries
  the HTS voice "mei" (``htsvoice/mei_normal.htsvoice``, from MMDAgent, CC BY 3.0) but not the Open JTalk dictionary:
  its module-level functions (``pyopenjtalk.tts``) download that dictionary from GitHub on first use unless
  ``OPEN_JTALK_DICT_DIR`` names one. This module never calls them: it builds the ``OpenJTalk`` front end on
  Debian's dictionary, ``open-jtalk-mecab-naist-jdic`` (:data:`DICTIONARY`, the same Open JTalk 1.11 UTF-8 dictionary),
  and the ``HTSEngine`` on the voice in the package. ``tests/speech`` renders in a network namespace with no
  network.
- Debian's own ``open-jtalk`` command was not chosen: it needs an HTS voice, and Debian's one
  (``hts-voice-nitech-jp-atr503-m001``) is in non-free, which a fresh Debian 12 does not enable (apt has no
  candidate for it on main).
- Forks of pyopenjtalk publish wheels (``pyopenjtalk-ndy``, ``-prebuilt``, ``-plus``; the last with a 100 MB
  dictionary of its own and more dependencies); the upstream project was preferred to a wheel of a fork.
- espeak-ng 1.51: ``en-us``, ``cmn-latn-pinyin``, ``ko``, ``pt-br``, ``vi`` (:data:`kiosk.speech_files.VOICES`).

The audio is made uniform: mono, 16 bits, Japanese at 24 kHz (the voice's 48 kHz halved), espeak-ng at its 22.05 kHz;
silence at the ends trimmed (the phrase starts at once); the loudest sample at the configured volume, so that every
language plays equally loud. Each file is written atomically (temporary file, fsync, rename).

The kiosk never loads a synthesiser: :mod:`kiosk_app.speech_cache` runs ``python -m kiosk_app.speech_render`` with
the jobs as JSON on its standard input, at a low priority and with a deadline, and reads a JSON report back. A
synthesiser's memory (the dictionary is 100 MB) and any crash stay out of the kiosk, and the kiosk's event loop never
waits for the interpreter lock while a phrase is being synthesised.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyopenjtalk
from pyopenjtalk.htsengine import HTSEngine
from pyopenjtalk.openjtalk import OpenJTalk

#: Debian's Open JTalk dictionary (package open-jtalk-mecab-naist-jdic)
DICTIONARY = Path("/var/lib/mecab/dic/open-jtalk/naist-jdic")
#: the loudest sample at volume 100: a little under full scale
PEAK = 0.89
#: silence kept before and after the speech (seconds)
LEAD_S, TAIL_S = 0.03, 0.12
#: a sample counts as sound from this fraction of the phrase's loudest one
SILENCE_FLOOR = 0.02
#: an engine's deadline for one phrase (seconds)
PHRASE_TIMEOUT_S = 30.0
#: the longest phrase accepted (characters): the texts are the kiosk's own; anything longer is a mistake
MAX_TEXT = 2000


class RenderError(Exception):
    """A phrase could not be rendered; ``reason`` is a code staff can read."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


@dataclass(frozen=True)
class Job:
    language: str
    key: str
    text: str
    engine: str
    voice: str
    rate: float
    volume: int
    path: Path

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Job:
        return cls(
            str(obj["language"]),
            str(obj["key"]),
            str(obj["text"])[:MAX_TEXT],
            str(obj["engine"]),
            str(obj["voice"]),
            float(obj["rate"]),
            int(obj["volume"]),
            Path(obj["path"]),
        )


@dataclass
class Report:
    rendered: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"rendered": self.rendered, "failed": self.failed, "seconds": round(self.seconds, 2)}


# ------------------------------------------------------------------------------------------------ engines


class OpenJTalkVoice:
    """Open JTalk's front end on Debian's dictionary and the HTS engine on the voice pyopenjtalk carries."""

    def __init__(self, dictionary: Path = DICTIONARY) -> None:
        if not (dictionary / "sys.dic").is_file():
            raise RenderError("speech_dictionary_missing", f"{dictionary} (install open-jtalk-mecab-naist-jdic)")
        try:
            self.frontend = OpenJTalk(dn_mecab=str(dictionary).encode())
            self.engine = HTSEngine(pyopenjtalk.DEFAULT_HTS_VOICE)
        except (RuntimeError, OSError) as e:
            raise RenderError("speech_engine_missing", f"Open JTalk: {e}") from None

    def synthesise(self, text: str, rate: float) -> tuple[np.ndarray, int]:
        labels = self.frontend.make_label(self.frontend.run_frontend(text))
        self.engine.set_speed(rate)
        samples = np.asarray(self.engine.synthesize(labels), dtype=np.float64) / 32768.0
        return _halve_rate(samples), self.engine.get_sampling_frequency() // 2


class EspeakVoice:
    """The ``espeak-ng`` command, writing a WAV file that is read back."""

    def __init__(self) -> None:
        self.command = shutil.which("espeak-ng")
        if self.command is None:
            raise RenderError("speech_engine_missing", "espeak-ng is not installed (Debian package espeak-ng)")

    def synthesise(self, text: str, voice: str, rate: float) -> tuple[np.ndarray, int]:
        with tempfile.TemporaryDirectory(prefix="kiosk-espeak-") as tmp:
            out = Path(tmp) / "out.wav"
            try:
                done = subprocess.run(
                    [self.command, "-v", voice, "-s", str(int(rate)), "-b", "1", "-w", str(out), "--stdin"],
                    input=text.encode("utf-8"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                    timeout=PHRASE_TIMEOUT_S, check=False,
                )  # fmt: skip
            except subprocess.TimeoutExpired:
                raise RenderError(
                    "speech_render_failed", f"espeak-ng took more than {PHRASE_TIMEOUT_S:.0f} s"
                ) from None
            if done.returncode != 0 or not out.is_file():
                detail = done.stderr.decode("utf-8", "replace").strip()[:200]
                raise RenderError("speech_render_failed", f"espeak-ng exit {done.returncode}: {detail}")
            return read_wav(out)


def _halve_rate(samples: np.ndarray) -> np.ndarray:
    """Half the sampling rate, low-passed first (a windowed sinc at a quarter of the rate) so nothing folds back."""
    taps = np.arange(-15, 16)
    kernel = np.sinc(taps / 2) * np.hamming(len(taps))
    kernel /= kernel.sum()
    return np.convolve(samples, kernel, mode="same")[::2]


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    """A mono 16-bit WAV file as samples in -1..1, and its rate."""
    with wave.open(str(path), "rb") as w:
        if w.getnchannels() != 1 or w.getsampwidth() != 2:
            raise RenderError("speech_render_failed", "not a mono 16-bit WAV file")
        rate = w.getframerate()
        data = w.readframes(w.getnframes())
    return np.frombuffer(data, dtype="<i2").astype(np.float64) / 32768.0, rate


# ------------------------------------------------------------------------------------------------ audio


def finish(samples: np.ndarray, rate: int, volume: int) -> np.ndarray:
    """Trim the silence at both ends (keeping a little) and bring the loudest sample to the volume; 16-bit."""
    peak = float(np.max(np.abs(samples))) if samples.size else 0.0
    if peak <= 1e-4:
        raise RenderError("speech_render_failed", "the engine gave silence")
    loud = np.flatnonzero(np.abs(samples) >= peak * SILENCE_FLOOR)
    start = max(0, int(loud[0]) - int(LEAD_S * rate))
    end = min(samples.size, int(loud[-1]) + 1 + int(TAIL_S * rate))
    scaled = samples[start:end] * (PEAK * volume / 100 / peak)
    return np.clip(np.round(scaled * 32767), -32768, 32767).astype("<i2")


def write_wav(path: Path, pcm: np.ndarray, rate: int) -> None:
    """Atomically: a temporary file beside it, fsync, rename, fsync of the directory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            with wave.open(f, "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(2)
                w.setframerate(rate)
                w.writeframes(pcm.tobytes())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    dfd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


# ------------------------------------------------------------------------------------------------ the jobs


class Renderer:
    """Renders jobs, starting each engine the first time a job needs it (an engine that cannot start fails its
    jobs with its reason, the others go on)."""

    def __init__(self, dictionary: Path = DICTIONARY) -> None:
        self.dictionary = dictionary
        self._engines: dict[str, OpenJTalkVoice | EspeakVoice | RenderError] = {}

    def _engine(self, name: str) -> OpenJTalkVoice | EspeakVoice:
        if name not in self._engines:
            try:
                if name == "openjtalk":
                    self._engines[name] = OpenJTalkVoice(self.dictionary)
                elif name == "espeak-ng":
                    self._engines[name] = EspeakVoice()
                else:
                    raise RenderError("speech_engine_missing", f"no engine {name!r}")
            except RenderError as e:
                self._engines[name] = e
        engine = self._engines[name]
        if isinstance(engine, RenderError):
            raise engine
        return engine

    def render(self, job: Job) -> None:
        engine = self._engine(job.engine)
        if isinstance(engine, OpenJTalkVoice):
            samples, rate = engine.synthesise(job.text, job.rate)
        else:
            samples, rate = engine.synthesise(job.text, job.voice, job.rate)
        try:
            write_wav(job.path, finish(samples, rate, job.volume), rate)
        except OSError as e:
            raise RenderError("speech_cache_unwritable", f"{job.path.parent}: {e.strerror}") from None

    def render_all(self, jobs: list[Job]) -> Report:
        report = Report()
        started = time.monotonic()
        for job in jobs:
            try:
                self.render(job)
                report.rendered += 1
            except RenderError as e:
                report.failed.append({"language": job.language, "key": job.key, "reason": e.reason, "error": str(e)})
        report.seconds = time.monotonic() - started
        return report


def main() -> int:
    """The child process: jobs as JSON on stdin (``{"jobs": [...]}``), the report as JSON on stdout."""
    with contextlib.suppress(OSError):
        os.nice(10)  # the kiosk comes first
    try:
        request = json.load(sys.stdin)
        jobs = [Job.from_json(j) for j in request["jobs"]]
    except (ValueError, KeyError, TypeError) as e:
        json.dump({"rendered": 0, "failed": [], "error": f"bad request: {e}"}, sys.stdout)
        return 2
    report = Renderer(Path(request.get("dictionary") or DICTIONARY)).render_all(jobs)
    json.dump(report.to_json(), sys.stdout, ensure_ascii=False)
    return 0 if not report.failed else 1


if __name__ == "__main__":
    sys.exit(main())
