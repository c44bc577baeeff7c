"""The spoken guidance rendered with the real engines: Open JTalk (pyopenjtalk on Debian's dictionary) for Japanese,
espeak-ng for the other languages, in the renderer's child processes as the kiosk runs them.

Every phrase of every language is rendered once per run (about a minute on 2 cores) and each file is checked with the
wave module as speech: mono 16-bit, a duration the text's length allows (a voice that stalls, spells out or skips
words falls outside), loud enough and sounding for most of its length, at the configured volume. Also: nothing is
fetched from the network, the cache renders only what changed, and each way of failing has its reason code.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pyopenjtalk
import pytest

from kiosk import config, i18n, speech, speech_files
from kiosk_app import speech_cache, speech_render
from kiosk_app.cli import main

VOLUME = 80
#: characters a second (spaces not counted) each voice may speak: slower, it spells out or stalls; faster, it skipped
#: words. Measured: ja 3.5–7.2, en 7.9–15.8, zh_CN 3.4–5.1, ko 4.0–5.7, pt 8.5–12.5, vi 6.9–13.5
PACE = {
    "ja": (2.5, 10.0),
    "en": (5.5, 22.0),
    "zh_CN": (2.2, 7.5),
    "ko": (2.6, 8.5),
    "pt": (5.5, 18.0),
    "vi": (4.5, 19.0),
}
#: a 20 ms frame sounds from this RMS; speech sounds in most frames (pauses between sentences excepted)
FRAME_FLOOR, SOUNDING = 0.02, 0.3


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("speech")
    files = speech_files.plan(folder, i18n.LANGUAGES, speech.Settings(), VOLUME)
    summary = speech_cache.ensure(files, folder)
    return files, folder, summary


def _read(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2), path
        rate = w.getframerate()
        data = w.readframes(w.getnframes())
    return np.frombuffer(data, dtype="<i2").astype(np.float64) / 32768.0, rate


def test_every_phrase_of_every_language_was_rendered(rendered):
    files, _, summary = rendered
    assert summary.ok, summary.failed[:5]
    assert (
        summary.rendered
        == summary.phrases
        == len(files)
        == len(i18n.LANGUAGES) * len(speech.phrases(speech.Settings()))
    )
    assert all(e.path.is_file() for e in files.values())


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_each_file_is_speech_of_a_plausible_length(rendered, lang):
    files, _, _ = rendered
    slow, fast = PACE[lang]
    wrong = []
    for (language, key), entry in files.items():
        if language != lang:
            continue
        samples, rate = _read(entry.path)
        seconds = samples.size / rate
        chars = len(entry.text.replace(" ", ""))
        frame = rate // 50
        frames = samples[: samples.size // frame * frame].reshape(-1, frame)
        sounding = float((np.sqrt((frames**2).mean(axis=1)) > FRAME_FLOOR).mean())
        rms = float(np.sqrt((samples**2).mean()))
        peak = float(np.abs(samples).max())
        if rate not in (22050, 24000):
            wrong.append(f"{key}: {rate} Hz")
        if not chars / fast <= seconds <= chars / slow + 1.0:
            wrong.append(f"{key}: {seconds:.2f} s for {chars} characters ({entry.text})")
        if rms < 0.03 or sounding < SOUNDING:
            wrong.append(f"{key}: not speech (RMS {rms:.3f}, sounding {sounding:.0%})")
        if abs(peak - speech_render.PEAK * VOLUME / 100) > 0.003:
            wrong.append(f"{key}: peak {peak:.3f}, not the volume's")
    assert not wrong, "\n".join(wrong)


def test_chinese_is_read_as_mandarin_not_through_english(rendered):
    """espeak-ng's plain cmn voice (1.51) reads characters' pinyin with its tone numbers in English ("qing three"):
    the voice the kiosk uses reads them as Mandarin."""
    files, _, _ = rendered
    texts = [e.text for (lang, _), e in files.items() if lang == "zh_CN"]
    assert not any(c.isascii() and c.isalpha() for t in texts for c in t)  # no Latin words that could switch
    voice = speech_files.VOICES["zh_CN"].name
    out = subprocess.run(["espeak-ng", "-q", "-x", "-v", voice, "--stdin"], input="\n".join(texts).encode(),
                         capture_output=True, timeout=60, check=True).stdout.decode()  # fmt: skip
    assert out.strip() and "(en)" not in out
    plain = subprocess.run(["espeak-ng", "-q", "-x", "-v", "cmn", texts[0]], capture_output=True, timeout=60,
                           check=True).stdout.decode()  # fmt: skip
    assert "(en)" in plain  # the failure this guards against still exists in the plain voice


def test_rendering_again_renders_nothing(rendered):
    files, folder, _ = rendered
    again = speech_cache.ensure(files, folder)
    assert (again.rendered, again.present, again.removed, again.failed) == (0, len(files), 0, [])


def test_a_changed_volume_renders_again_and_removes_the_old_files(tmp_path):
    keys = ["items", "lent_1", "refused_pin_blocked"]
    loud = {k: v for k, v in speech_files.plan(tmp_path, ["en"], speech.Settings(), 80).items() if k[1] in keys}
    assert speech_cache.ensure(loud, tmp_path).rendered == 3
    soft = {k: v for k, v in speech_files.plan(tmp_path, ["en"], speech.Settings(), 40).items() if k[1] in keys}
    summary = speech_cache.ensure(soft, tmp_path)
    assert (summary.rendered, summary.removed, summary.present) == (3, 3, 0)
    assert sorted(p.name for p in (tmp_path / "en").iterdir()) == sorted(e.path.name for e in soft.values())
    quiet, _ = _read(soft[("en", "items")].path)
    assert abs(np.abs(quiet).max() - speech_render.PEAK * 0.4) < 0.003


def test_nothing_is_fetched_from_the_network(tmp_path):
    """The renderer in a network namespace with no network at all (and an empty home): Japanese and English are
    rendered, and pyopenjtalk's own download of a dictionary never happened."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is not installed")
    jobs = [e for k, e in speech_files.plan(tmp_path / "out", ["ja", "en"], speech.Settings(), VOLUME).items()
            if k[1] == "goodbye"]  # fmt: skip
    request = json.dumps({"jobs": [speech_cache._job(e) for e in jobs]}, ensure_ascii=False).encode()
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("OPEN_JTALK_DICT_DIR", None)
    done = subprocess.run(["unshare", "--net", "--", sys.executable, "-m", "kiosk_app.speech_render"], input=request,
                          capture_output=True, env=env, timeout=120, check=False)  # fmt: skip
    if done.returncode != 0 and b"unshare" in done.stderr:
        pytest.skip(f"no network namespace here: {done.stderr.decode().strip()}")
    report = json.loads(done.stdout)
    assert (done.returncode, report["rendered"], report["failed"]) == (0, 2, [])
    assert all(e.path.is_file() for e in jobs)
    assert not (Path(pyopenjtalk.__file__).parent / "open_jtalk_dic_utf_8-1.11").exists()


# ------------------------------------------------------------------------------------------------ failures


def _entries(folder: Path, lang: str, *keys: str) -> list[speech_files.Entry]:
    plan = speech_files.plan(folder, [lang], speech.Settings(), VOLUME)
    return [plan[(lang, k)] for k in keys]


def test_without_debian_s_dictionary_japanese_fails_with_its_reason(tmp_path):
    entries = _entries(tmp_path, "ja", "items", "goodbye")
    rendered, failed = speech_cache.render(entries, dictionary=tmp_path / "no-dictionary")
    assert rendered == 0 and [f["reason"] for f in failed] == ["speech_dictionary_missing"] * 2
    assert "open-jtalk-mecab-naist-jdic" in failed[0]["error"]
    assert not any(e.path.exists() for e in entries)


def test_without_espeak_ng_the_other_languages_fail_with_their_reason(tmp_path, monkeypatch):
    (entry,) = _entries(tmp_path, "en", "items")
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine where espeak-ng is not installed
    job = speech_render.Job.from_json(speech_cache._job(entry))
    with pytest.raises(speech_render.RenderError) as e:
        speech_render.Renderer().render(job)
    assert e.value.reason == "speech_engine_missing"


def test_silence_and_an_unwritable_folder_are_failures_not_files(tmp_path):
    (entry,) = _entries(tmp_path, "en", "items")
    job = speech_render.Job.from_json(speech_cache._job(entry))
    renderer = speech_render.Renderer()
    with pytest.raises(speech_render.RenderError) as e:
        renderer.render(speech_render.Job(**{**job.__dict__, "text": ""}))
    assert e.value.reason == "speech_render_failed"
    (tmp_path / "a-file").write_text("")
    with pytest.raises(speech_render.RenderError) as e:
        renderer.render(speech_render.Job(**{**job.__dict__, "path": tmp_path / "a-file" / "x.wav"}))
    assert e.value.reason == "speech_cache_unwritable"
    assert not entry.path.exists()


def test_a_renderer_past_its_deadline_leaves_whole_files_only(tmp_path):
    entries = _entries(tmp_path, "ja", *speech.SCREENS)
    rendered, failed = speech_cache.render(entries, timeout_s=1.0)
    assert failed and {f["reason"] for f in failed} == {"speech_render_timeout"}
    assert rendered + len(failed) == len(entries)
    plan = {(e.language, e.key): e for e in entries}
    found = speech_cache.survey(plan, tmp_path)
    assert found.present == rendered and all(p.name.endswith((".wav", ".tmp")) for p in found.stale)
    for e in entries:
        if e.path.exists():
            _read(e.path)  # whole
    summary = speech_cache.ensure(plan, tmp_path)  # the next start finishes the work and clears what was left
    assert summary.ok and summary.rendered == len(failed)
    assert not list(tmp_path.glob("*/.*.tmp"))


def test_a_bad_request_to_the_renderer_is_refused(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kiosk_app.speech_render"], input=b"{not json", capture_output=True,
                          timeout=60, check=False)  # fmt: skip
    assert done.returncode == 2 and json.loads(done.stdout)["error"].startswith("bad request")


# ------------------------------------------------------------------------------------------------ the command line


@pytest.fixture
def cli_logging():
    """main() logs to the captured stderr, which is gone after the test: the root logger is put back."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_kiosk_speech_render_and_status(tmp_path, capsys, cli_logging):
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'[kiosk]\ndata_dir = "{tmp_path}"\nlanguages = ["en"]\ndefault_language = "en"\n[ui]\nvolume = 60\n'
    )
    assert main(["--config", str(path), "speech", "status", "--json"]) == 1
    status = json.loads(capsys.readouterr().out)
    cfg = config.load(path)
    n = len(speech_cache.plan(cfg))
    assert n > 60  # every screen, every registry message, the counts
    assert status["languages"] == {"en": {"phrases": n, "missing": n}} and status["speech"] is True
    assert main(["--config", str(path), "speech", "render", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["rendered"] == n and report["directory"] == str(tmp_path / "speech")
    assert main(["--config", str(path), "speech", "status"]) == 0
    assert f"en: {n} of {n} rendered" in capsys.readouterr().out
    next(iter(speech_cache.plan(cfg).values())).path.unlink()
    assert main(["--config", str(path), "speech", "render"]) == 0
    assert f"1 rendered now, {n - 1} already there" in capsys.readouterr().out
