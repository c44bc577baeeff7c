"""`kiosk status` as a technician or a script runs it: a separate process reading the snapshot file of a kiosk that
is running (this test process stands for it: the snapshot names its pid), has stopped, or hangs."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import subprocess
import sys
import time

import pytest

from kiosk import status as st
from kiosk_app.cli import main


def snapshot(**changes) -> st.Snapshot:
    me = st.this_process()
    now = time.time()
    base = st.Snapshot(
        kiosk_id="kiosk-07",
        version="0.1.0",
        pid=me.pid,
        boot_id=me.boot_id,
        proc_start=me.start,
        started=now - 7300,
        written=now - 1,
        interval_s=5.0,
        activity="idle",
        devices=(st.Row("card_reader", "ok"), st.Row("printer", "ok")),
        links=(st.Row("library_system", "ok"), st.Row("validation", "ok", "", "ocsp 9 ms")),
        queue=st.Queue(0),
        metrics="",
    )
    return dataclasses.replace(base, **changes)


@pytest.fixture
def kiosk(tmp_path, capsys, monkeypatch):
    """``kiosk status`` run in this process (its output captured); the snapshot still names a process by pid."""
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'[kiosk]\ndata_dir = "{tmp_path}"\n', encoding="utf-8")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:{os.environ['PATH']}")

    def run(*args: str) -> subprocess.CompletedProcess:
        code = main(["--config", str(cfg), "status", *args])
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out, err)

    run.config = cfg
    run.status_file = tmp_path / "status.json"
    run.bin = tmp_path / "bin"
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield run
    root.handlers[:] = handlers  # main() set up logging to the captured stderr, which is gone after the test
    root.setLevel(level)


def test_all_fine_is_exit_0_also_from_another_process(kiosk):
    st.write(kiosk.status_file, snapshot())
    done = subprocess.run([sys.executable, "-m", "kiosk_app", "--config", str(kiosk.config), "status"],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "kiosk kiosk-07 (0.1.0): all fine, idle, up 2 h 1 min" in done.stdout
    assert "validation" in done.stdout and "ocsp 9 ms" in done.stdout
    out = json.loads(kiosk("--json").stdout)
    assert out["ok"] and out["state"] == "ok" and out["snapshot"]["kiosk_id"] == "kiosk-07"


def test_something_to_do_is_exit_1_with_each_finding(kiosk):
    now = time.time()
    snap = snapshot(devices=(st.Row("printer", "error", "paper_out"),), queue=st.Queue(2, now - 5400, 1),
                    last_sync=st.LastSync(now - 60, 0, 0, 2, "unreachable"))  # fmt: skip
    st.write(kiosk.status_file, snap)
    done = kiosk()
    assert done.returncode == 1
    assert "NEEDS ATTENTION" in done.stdout and "printer: paper_out" in done.stdout
    assert "offline queue    2 waiting, oldest 1 h 30 min; 1 for staff" in done.stdout
    assert "stopped: unreachable" in done.stdout
    out = json.loads(kiosk("--json").stdout)
    assert out["state"] == "attention" and {"what": "offline_queue", "reason": "rows_need_staff"} in out["findings"]


def test_no_status_file_is_exit_3_not_running(kiosk):
    done = kiosk()
    assert done.returncode == 3 and "not running (no status file at" in done.stdout


def test_a_snapshot_whose_process_has_ended_is_not_running(kiosk):
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    st.write(kiosk.status_file, snapshot(pid=child.pid))
    done = kiosk()
    assert done.returncode == 3 and f"came from pid {child.pid}, now gone" in done.stdout
    assert json.loads(kiosk("--json").stdout)["state"] == "not_running"


def test_a_running_kiosk_that_stopped_writing_is_stale(kiosk):
    st.write(kiosk.status_file, snapshot(written=time.time() - 120))
    done = kiosk()
    assert done.returncode == 3 and "NOT REPORTING: its status is 2 min old" in done.stdout
    assert json.loads(kiosk("--json").stdout)["state"] == "stale"


def test_a_broken_status_file_is_a_clear_error(kiosk):
    kiosk.status_file.write_text("{", encoding="utf-8")
    done = kiosk("--json")
    assert done.returncode == 3
    assert json.loads(done.stdout)["reason"] == "status_unreadable"
    assert "Traceback" not in done.stderr


def test_when_the_kiosk_is_down_its_last_warnings_are_shown_from_the_journal(kiosk):
    # a stand-in for journalctl: journald does not run on this machine (no systemd as PID 1)
    kiosk.bin.mkdir()
    stub = kiosk.bin / "journalctl"
    stub.write_text('#!/bin/sh\necho "$@" > "$(dirname "$0")/args"\n'
                    'echo \'{"level": "ERROR", "event": "wiring.card_unavailable", "reason": "anchor_missing"}\'\n')  # fmt: skip
    stub.chmod(0o755)
    done = kiosk()
    assert done.returncode == 3
    assert "last warnings of kiosk.service" in done.stdout and "anchor_missing" in done.stdout
    assert (kiosk.bin / "args").read_text().split()[:4] == ["-u", "kiosk.service", "-p", "warning"]
    st.write(kiosk.status_file, snapshot())
    assert "last warnings" not in kiosk().stdout  # a running kiosk: no need to dig
