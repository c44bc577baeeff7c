"""What keeps the event loop free: the stall watchdog, rows updated in place, lazy retranslation, warm-up, sound cues
off the event loop. Behaviour only; the speed figures are in bench/ui_latency.py."""

from __future__ import annotations

import datetime as dt
import gc
import os
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk import session as s
from kiosk.services import DeviceHealth
from ui import warmup
from ui.sound import SoundPlayer
from ui.stallwatch import StallWatch
from ui.workers import qt_lane

from .test_screens import window  # noqa: F401 - the fixture

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DUE = dt.date(2026, 12, 5)


def _hold_the_loop() -> None:
    end = time.perf_counter() + 0.15
    while time.perf_counter() < end:
        sum(range(1000))


def test_stall_watch_names_the_code_that_held_the_loop(qtbot):
    watch = StallWatch(threshold_ms=15)
    watch.start()
    watch.step = "holding"
    QTimer.singleShot(20, _hold_the_loop)
    qtbot.wait(400)
    stalls = watch.stop()
    held = [st for st in stalls if any("_hold_the_loop" in frame for stack in st.samples for frame in stack)]
    assert held, [st.describe() for st in stalls]
    assert held[0].step == "holding" and held[0].ms > 15
    assert "_hold_the_loop" in "\n".join(held[0].where())
    # samples are code locations, never values
    assert all(":" in frame for stack in held[0].samples for frame in stack)


def test_items_list_rows_are_updated_in_place(window):  # noqa: F811
    """A row whose item changed is updated, a new one goes on top (the newest book is always in sight), a row whose
    item did not change is not touched."""
    pending = s.ItemLine("a", s.ItemState.PENDING)
    window.render(s.View(s.Phase.ITEMS, "en", items=(pending,), pending=1))
    lst = window.by_phase[s.Phase.ITEMS].list
    first = lst.item(0)
    assert lst.count() == 1 and "Checking" in first.text()
    lent = s.ItemLine("a", s.ItemState.LENT, "Kokoro", DUE)
    window.render(s.View(s.Phase.ITEMS, "en", items=(lent, s.ItemLine("b", s.ItemState.PENDING)), pending=1))
    assert lst.count() == 2
    assert lst.item(1) is first  # the same row, new text, below the newest
    assert "Kokoro" in first.text() and "Due back" in first.text()
    refused = s.ItemLine("b", s.ItemState.REFUSED, "Neko", reason="hold_for_other")
    window.render(s.View(s.Phase.ITEMS, "en", items=(lent, refused), lent_count=1))
    assert "hold_for_other" in lst.item(0).text()
    window.render(s.View(s.Phase.ITEMS, "en", items=(lent,), lent_count=1))
    assert lst.count() == 1 and lst.item(0) is first
    window.wipe()
    assert lst.count() == 0


def test_a_screen_shown_after_a_language_change_speaks_the_new_language(window):  # noqa: F811
    window.render(s.View(s.Phase.IDLE, "ja"))
    window.render(s.View(s.Phase.IDLE, "en"))
    assert window.idle.title.text() == "Welcome! Borrow books here."
    window.render(s.View(s.Phase.GOODBYE, "en", lent_count=1))
    assert window.by_phase[s.Phase.GOODBYE].title.text() == "Thank you! Enjoy your reading."
    window.render(s.View(s.Phase.IDLE, "ko"))
    window.render(s.View(s.Phase.RECEIPT, "ko", lent_count=1))
    assert "영수증" in window.by_phase[s.Phase.RECEIPT].question.text()
    window.render(s.View(s.Phase.IDLE, "en"))
    window.ask_passcode()  # the staff screens speak the staff language (Japanese here), whatever the patron chose
    assert any("パスコード" in t for t in window.visible_texts())
    window.leave_maintenance()
    # and back: the idle screen is Japanese again, every screen shown afterwards too
    window.render(s.View(s.Phase.IDLE, "ja"))
    window.render(s.View(s.Phase.GOODBYE, "ja", lent_count=1))
    assert "ありがとう" in window.by_phase[s.Phase.GOODBYE].title.text()


def test_warm_up_covers_every_language_then_freezes_the_start_up_heap(window, qtbot):  # noqa: F811
    from ui.app import after_start

    chars = "".join(warmup.characters())
    for ch in "ようこそ환영합니다Tiếng Việt简体中文Português".replace(" ", ""):
        assert ch in chars, ch
    try:
        after_start(window)
        qtbot.waitUntil(lambda: window.warmed, timeout=60000)
        assert window.warmup.drawn > 100
        assert gc.get_freeze_count() > 0
        # between sessions a full collection runs on the idle screen
        assert collections_during(warmup.collect_between_sessions) == 1
    finally:
        gc.unfreeze()
    assert collections_during(warmup.collect_between_sessions) == 0  # nothing frozen: left to Python


def collections_during(fn) -> int:  # type: ignore[no-untyped-def]
    """How many full collections ``fn`` ran."""
    started = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            started.append(1)

    gc.callbacks.append(seen)
    try:
        fn()
    finally:
        gc.callbacks.remove(seen)
    return len(started)


@pytest.fixture
def slow_player(tmp_path):
    script = tmp_path / "player"
    script.write_text("#!/bin/sh\nsleep 0.3\n")
    script.chmod(0o755)
    return str(script)


def test_sound_cues_play_in_their_lane_and_never_pile_up(qtbot, slow_player):
    from pathlib import Path

    lane = qt_lane("sound-test")
    player = SoundPlayer(True, {cue: Path("/dev/null") for cue in s.Cue}, lane=lane)
    player.player = slow_player
    for _ in range(5):
        player.play(s.Cue.LENT)
    # one plays, one waits, the rest are dropped rather than beeping for seconds after the patron left
    assert player.dropped == 3
    assert player.played[-5:] == [s.Cue.LENT] * 5
    assert lane.submitted == 2
    assert lane.wait(20000)
    qtbot.waitUntil(lambda: player._in_lane == 0, timeout=10000)
    player.play(s.Cue.READ)
    assert lane.submitted == 3
    lane.wait(20000)
    QApplication.processEvents()


def test_log_lines_are_written_by_a_thread_and_keep_the_session_id():
    import json
    import logging
    import threading

    import eventlog as log

    class Stream:
        def __init__(self) -> None:
            self.lines: list[tuple[str, str]] = []

        def write(self, text: str) -> None:
            if text.strip():
                self.lines.append((threading.current_thread().name, text))

        def flush(self) -> None:
            pass

    out = Stream()
    log.setup("INFO", stream=out)
    try:
        listener = log.write_in_background()
        assert listener is not None
        sid = log.new_session_id()
        log.event(logging.getLogger("test"), "card.read", patron="10000001", result="ok")
        log.end_session()
        listener.stop()
        (writer, text), *_ = out.lines
        assert writer != threading.current_thread().name
        obj = json.loads(text)
        assert obj["session"] == sid and obj["event"] == "card.read" and obj["result"] == "ok"
        assert "10000001" not in text
    finally:
        log.setup("WARNING")


def test_the_running_kiosk_writes_its_log_lines_in_a_thread_its_supervisor_runs(window, qtbot, monkeypatch):  # noqa: F811
    import logging
    import threading

    import eventlog as log
    from kiosk.supervisor import Supervisor
    from kiosk_app import gui

    class Stream:
        def __init__(self) -> None:
            self.writers: set[str] = set()

        def write(self, text: str) -> None:
            if text.strip():
                self.writers.add(threading.current_thread().name)

        def flush(self) -> None:
            pass

    out, sup, seen = Stream(), Supervisor(), []

    def loop_while_looking(app) -> int:  # type: ignore[no-untyped-def]
        # qtbot runs the events instead of app.exec(): a QApplication's exec() that returned leaves the windows of
        # the tests after this one without their queued signals
        log.event(logging.getLogger("test"), "test.running")
        qtbot.waitUntil(lambda: bool(out.writers), timeout=5000)
        seen.extend((st.name, st.health, st.detail) for st in sup.states())
        # the glyph warm-up gui.run started ends (and freezes the heap) before the window closes
        qtbot.waitUntil(lambda: window.warmed, timeout=60000)
        return 0

    monkeypatch.setattr(gui, "exec_until_stopped", loop_while_looking)
    log.setup("INFO", stream=out)
    try:
        assert gui.run(window, None, sup) == 0
    finally:
        gc.unfreeze()
        sup.stop()
        log.setup("WARNING")
    assert seen == [("log_writer", DeviceHealth.OK, "thread=log-writer deaths=0")]
    assert out.writers == {"log-writer"}


PRIORITY_CHILD = """
import os, threading, time, json
from ui.app import prioritise
stop = threading.Event()
early = threading.Thread(target=stop.wait)  # a thread that already runs, like the card watcher
early.start()
before = os.getpriority(os.PRIO_PROCESS, 0)
ok = prioritise(before - 2)
late = threading.Thread(target=stop.wait)  # one started afterwards inherits the value
late.start()
def nice(tid):
    return int(open(f"/proc/self/task/{tid}/stat").read().rsplit(")", 1)[1].split()[16])
print(json.dumps({"ok": ok, "before": before, "zero": prioritise(0),
                  "nices": [nice(t.native_id) for t in (threading.main_thread(), early, late)]}))
stop.set()
"""


def test_the_kiosk_asks_for_a_priority_for_all_its_threads_or_carries_on():
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", PRIORITY_CHILD], capture_output=True, text=True, timeout=120,
                          cwd=root, env={**os.environ, "PYTHONPATH": str(root)})  # fmt: skip
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["zero"] is False  # 0 leaves the priority alone
    if got["ok"]:  # every thread, the ones running and the ones started later: no worker left behind with the GIL
        assert got["nices"] == [got["before"] - 2] * 3
    else:  # not permitted here: nothing changes and the kiosk carries on
        assert got["nices"] == [got["before"]] * 3
