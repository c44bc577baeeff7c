"""Explaining a long stall: the heartbeat the watchdog writes, the hypervisor's share read from /proc/stat, and the
outside catcher (bench/stallcatch.py) that snapshots every thread of a process whose heartbeat is late."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ui import stallwatch
from ui.stallwatch import Stall, StallWatch

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]


def _fake_stat(tmp_path: Path, text: str) -> int:
    path = tmp_path / "stat"
    path.write_text(text)
    fd = os.open(path, os.O_RDONLY)
    return fd


def test_steal_is_read_from_the_cpu_line_in_milliseconds(tmp_path):
    fd = _fake_stat(tmp_path, "cpu  1378273 0 203563 1362382 30175 0 16881 36085 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n")
    try:
        assert stallwatch._steal_ms(fd) == 36085 * 1000 / stallwatch._HZ
    finally:
        os.close(fd)


@pytest.mark.parametrize("text", ["", "intr 1 2 3\n", "cpu 1 2 3\n", "cpu a b c d e f g h\n"])
def test_a_stat_file_without_a_steal_column_gives_none(tmp_path, text):
    fd = _fake_stat(tmp_path, text)
    try:
        assert stallwatch._steal_ms(fd) is None
    finally:
        os.close(fd)


def test_a_stall_says_what_the_hypervisor_took_and_when_it_ended():
    st = Stall(400.0, 0.0, cpu_ms=1.0, runq_ms=2.0, steal_ms=780.0, step="card placed", ended=time.time())
    text = st.describe()
    assert "taken by the hypervisor 780" in text and "during card placed" in text and "ended " in text
    assert "hypervisor" not in Stall(20.0, 0.0, steal_ms=0.0).describe()


def _beat(path: Path) -> float:
    return struct.unpack("<d", path.read_bytes()[:8])[0]


def test_the_watchdog_writes_its_heartbeat_and_clears_it_when_stopped(qtbot, tmp_path):
    hb = tmp_path / "heartbeat"
    watch = StallWatch(threshold_ms=15, heartbeat=hb)
    watch.start()
    first = _beat(hb)
    assert 0 < first <= time.monotonic()
    qtbot.waitUntil(lambda: _beat(hb) > first, timeout=10000)  # the GUI thread's beats move it on
    watch.stop()
    assert _beat(hb) == 0.0  # not watching: an outside catcher ignores it


def test_the_catcher_snapshots_every_thread_of_a_process_whose_heartbeat_is_late(tmp_path):
    hb = tmp_path / "heartbeat"
    hb.write_bytes(struct.pack("<d", time.monotonic() - 5.0))  # five seconds late, and it stays late
    stop = threading.Event()
    sleeper = threading.Thread(target=stop.wait, daemon=True)
    sleeper.start()
    out = tmp_path / "stalls"
    catcher = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "stallcatch.py"), "--pid", str(os.getpid()), "--heartbeat", str(hb),
         "--after", "150", "--out", str(out)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        line = catcher.stdout.readline()  # type: ignore[union-attr]
        assert "captured" in line, line
        text = (out / "stall-001.txt").read_text()
    finally:
        catcher.terminate()
        catcher.wait(30)
        stop.set()
    assert "heartbeat late by" in text and "taken by the hypervisor" in text
    rows = [r for r in text.splitlines() if r.strip().startswith(str(sleeper.native_id) + " ")]
    assert rows, text
    assert " S wchan=" in rows[0]  # asleep on its event, as it was
    assert "py-spy dump --nonblocking" in text  # the dump, or why there is none
