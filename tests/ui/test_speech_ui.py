"""Spoken guidance in the real window: a My Number Card session through the real card stack is spoken screen by
screen from phrases rendered with the real engine, PIN digits are tones, the keypad's repeat key says the screen
again, and a new utterance stops the one playing."""

from __future__ import annotations

import stat
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import config, speech
from kiosk.session import Phase, View
from kiosk_app import gui, speech_cache
from ui.sound import write_wavs
from ui.speech import SpeechPlayer
from ui.workers import qt_lane

from .test_flows import KOKORO

pytestmark = pytest.mark.pcsc


def test_a_session_is_spoken_screen_by_screen_and_the_pin_only_as_tones(kiosk):
    k = kiosk
    player = k.win.speech
    assert isinstance(player, SpeechPlayer)
    # the phrases of this session, rendered with Open JTalk as `kiosk speech render` does
    wanted = ("idle", "reading", "pin", "verifying", "checking", "items", "lent_1")
    files = speech_cache.plan(k.win.cfg)
    rendered, failed = speech_cache.render([files[("ja", key)] for key in wanted])
    assert (rendered, failed) == (len(wanted), [])
    k.qtbot.waitUntil(lambda: set(player.tones) == set(speech.TONES), timeout=10000)

    k.insert()
    k.wait_phase(Phase.PIN)
    k.type_pin("1234")
    k.wait_phase(Phase.ITEMS)
    k.put(KOKORO)
    k.qtbot.waitUntil(lambda: k.view.lent_count == 1, timeout=20000)
    assert player.said == ["reading", "pin", *["tone:key"] * 4, "verifying", "checking", "items", "lent_1"]
    expected = [files[("ja", key)].path for key in ("reading", "pin")]
    assert player.played[:2] == expected and player.played[2] == player.tones["key"]
    assert files[("ja", "lent_1")].path in player.played

    # the keypad's "*" (the default [ui].speech_repeat_key) says the screen again, wherever the focus is
    QTest.keyClick(k.win, Qt.Key.Key_Asterisk, Qt.KeyboardModifier.KeypadModifier)
    assert player.said[-1] == "items"
    # a language chosen: the screen again, in it
    k.win.language_bar.buttons["en"].click()
    assert player.said[-1] == "items" and player.played[-1] == files[("en", "items")].path  # said in English now


def test_the_repeat_key_is_silent_in_maintenance(kiosk):
    k = kiosk
    player = k.win.speech
    QTest.keyClick(k.win, Qt.Key.Key_Asterisk)
    assert player.said[-1:] == ["idle"]
    k.win.ask_passcode()
    assert k.win.maintenance_active
    QTest.keyClick(k.win, Qt.Key.Key_Asterisk)
    assert player.said == ["idle"]


def test_speech_off_has_no_player(kiosk_factory):
    k = kiosk_factory(ui={"speech": False})
    assert k.win.speech is None


def test_a_new_utterance_stops_the_one_playing(qtbot, tmp_path):
    """The player process is a stand-in that "plays" for 30 s (aplay ends at once where no sound card is): the
    kiosk must stop it when the patron moves on, and play the next phrase."""
    fake = tmp_path / "player"
    fake.write_text("#!/bin/sh\nexec sleep 30\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    # two valid WAV files to "play", made by the cues' writer
    long_phrase = tmp_path / "long.wav"
    short_phrase = tmp_path / "short.wav"
    made = write_wavs(tmp_path, tones={"long": [(440, 500)], "short": [(880, 100)]})
    assert made == {"long": long_phrase, "short": short_phrase}
    player = SpeechPlayer({("ja", "pin"): long_phrase, ("ja", "items"): short_phrase}, qt_lane("sound-test"),
                          player=str(fake))  # fmt: skip
    player.say(speech.Utterance(phrase="pin"), "ja")
    qtbot.waitUntil(lambda: player._current is not None, timeout=5000)
    first = player._current
    player.say(speech.Utterance(phrase="items"), "ja")
    assert first.wait(timeout=5) == -15  # stopped (SIGTERM), not left to finish
    qtbot.waitUntil(lambda: player._current is not None and player._current is not first, timeout=5000)
    second = player._current
    player.stop()
    assert second.wait(timeout=5) == -15
    player.say(speech.Utterance(phrase="not_rendered"), "ja")  # no file for it: nothing is played
    assert player.played == [long_phrase, short_phrase]
    time.sleep(0.1)
    player.lane.stop()


def test_the_kiosk_renders_what_is_missing_in_the_background_and_stops_when_it_closes(qtbot, tmp_path):
    cfg = config.from_dict(
        {"kiosk": {"data_dir": str(tmp_path), "languages": ["ja", "en"]}, "ui": {"fullscreen": False, "sounds": False}}
    )
    win = gui.build_window(cfg, qm_dir=tmp_path / "qm")
    qtbot.addWidget(win)
    files = speech_cache.plan(cfg)
    stop = gui.render_speech(win)
    qtbot.waitUntil(lambda: sum(e.path.is_file() for e in files.values()) >= 4, timeout=60000)
    stop.set()  # the kiosk is closing: the renderers are stopped, the misc lane is free again at once
    assert win.lanes.misc.wait(5000)
    found = speech_cache.survey(files, speech_cache.directory(cfg))
    assert 4 <= found.present < len(files)
    for path in found.stale:
        assert path.name.endswith(".tmp")  # at most a file the stopped renderer had begun, removed next time
    win.close()


def test_an_incomplete_set_is_said_when_one_more_set_misses_a_part(qtbot, tmp_path):
    player = SpeechPlayer({}, qt_lane("sound-test"), player="")
    player.on_incomplete_sets(1)  # not on the items screen: nothing
    player.on_view(View(Phase.IDLE, "ja"))
    player.on_view(View(Phase.ITEMS, "ja"))
    for n in (1, 1, 2, 0, 1):
        player.on_incomplete_sets(n)
    assert player.said == ["items", "set_incomplete", "set_incomplete", "set_incomplete"]
    player.lane.stop()


def test_a_new_volume_is_spoken_at_that_volume_and_zero_says_nothing(qtbot, tmp_path):
    """[ui].volume is one knob for the tones and the speech: changed in maintenance (a site setting), the phrases
    are planned and rendered again at it, and at 0 nothing is said."""
    cfg = config.from_dict(
        {
            "kiosk": {"data_dir": str(tmp_path), "languages": ["en"], "default_language": "en"},
            "ui": {"fullscreen": False, "sounds": False},
        }
    )
    win = gui.build_window(cfg, qm_dir=tmp_path / "qm")
    qtbot.addWidget(win)
    player = win.speech
    assert player.volume == 80 and player.files == {k: e.path for k, e in speech_cache.plan(cfg).items()}
    quieter = config.replace(cfg, "ui", volume=40)
    win.apply_settings(quieter)
    planned = speech_cache.plan(quieter)
    assert player.volume == 40 and player.files == {k: e.path for k, e in planned.items()}
    assert {e.volume for e in planned.values()} == {40}
    # rendered at the new volume in the background
    qtbot.waitUntil(lambda: planned[("en", "idle")].path.is_file(), timeout=60000)
    win.apply_settings(config.replace(cfg, "ui", volume=0))
    assert player.volume == 0 and player.files == {} and player.tones == {}
    player.player = "/bin/true"  # a player that is there: only the missing phrase keeps it quiet
    before = list(player.played)
    player.say(speech.Utterance(phrase="idle"), "en")
    assert player.said[-1] == "idle" and player.played == before
    win.close()
