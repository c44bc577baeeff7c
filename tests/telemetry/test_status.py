"""kiosk.status: the snapshot the running kiosk writes and `kiosk status` judges, on real files and processes."""

from __future__ import annotations

import dataclasses
import json
import os
import stat
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from kiosk import status as st
from kiosk.services import DeviceHealth, DeviceState

NOW = 1_800_000_000.0


def snapshot(**changes) -> st.Snapshot:
    me = st.this_process()
    base = st.Snapshot(
        kiosk_id="kiosk-01",
        version="0.1.0",
        pid=me.pid,
        boot_id=me.boot_id,
        proc_start=me.start,
        started=NOW - 3600,
        written=NOW - 2,
        interval_s=5.0,
        activity="idle",
        devices=(st.Row("printer", "ok"), st.Row("rfid", "ok", "", "items=0")),
        links=(st.Row("library_system", "ok"), st.Row("validation", "ok", "", "ocsp 12 ms")),
        queue=st.Queue(0),
        last_sync=st.LastSync(NOW - 600, 2, 0, 0),
        metrics="127.0.0.1:9464",
    )
    return dataclasses.replace(base, **changes)


def test_the_snapshot_round_trips_through_its_file(tmp_path):
    snap = snapshot(queue=st.Queue(3, NOW - 4000, 1))
    path = tmp_path / "status.json"
    st.write(path, snap)
    assert st.read(path) == snap
    assert stat.S_IMODE(path.stat().st_mode) & 0o022 == 0
    assert not list(tmp_path.glob("*.tmp"))


def test_no_file_is_no_snapshot(tmp_path):
    assert st.read(tmp_path / "status.json") is None


@pytest.mark.parametrize(
    "data",
    [b"", b"{", b"[]", b'{"format": 2}', b"\xff\xfe", json.dumps({"format": 1}).encode(), b" " * (st.MAX_BYTES + 1)],
)
def test_a_broken_file_is_a_clear_error(tmp_path, data):
    path = tmp_path / "status.json"
    path.write_bytes(data)
    with pytest.raises(st.StatusError) as e:
        st.read(path)
    assert e.value.reason == "status_unreadable"


@settings(max_examples=150, deadline=None)
@given(hs.recursive(hs.none() | hs.booleans() | hs.integers() | hs.floats() | hs.text(max_size=10),
                    lambda inner: hs.lists(inner, max_size=4) | hs.dictionaries(hs.text(max_size=10), inner, max_size=4),
                    max_leaves=20))  # fmt: skip
def test_any_json_is_a_snapshot_or_a_status_error(value):
    good = json.loads(st.encode(snapshot()))
    for candidate in (value, {**good, "devices": value}, {**good, "queue": value}, {**good, "pid": value}):
        try:
            st.decode(json.dumps(candidate).encode())
        except st.StatusError:
            pass


def test_a_field_of_the_wrong_type_is_refused():
    good = json.loads(st.encode(snapshot()))
    for key, value in (("pid", "12"), ("pid", True), ("devices", {}), ("queue", {"waiting": "3"})):
        with pytest.raises(st.StatusError):
            st.decode(json.dumps({**good, key: value}).encode())


def test_the_verdict_table():
    assert st.judge(snapshot(), True, NOW) == st.Verdict("ok", 0, (), 2.0)
    printer = snapshot(devices=(st.Row("printer", "error", "paper_out"),))
    assert st.judge(printer, True, NOW).findings == (st.Finding("printer", "paper_out"),)
    assert st.judge(printer, True, NOW).exit_code == 1
    waiting = snapshot(queue=st.Queue(2, NOW - 3700, 1))
    assert [f.reason for f in st.judge(waiting, True, NOW).findings] == ["loans_waiting_long", "rows_need_staff"]
    assert st.judge(snapshot(queue=st.Queue(2, NOW - 1800)), True, NOW).exit_code == 0
    offline = snapshot(links=(st.Row("library_system", "warning", "offline"),))
    assert st.judge(offline, True, NOW).findings == (st.Finding("library_system", "offline"),)
    unknown = snapshot(links=(st.Row("validation", "unknown"),))
    assert st.judge(unknown, True, NOW).exit_code == 0
    assert st.judge(snapshot(written=NOW - 16), True, NOW).state == "stale"
    assert st.judge(snapshot(written=NOW - 16), True, NOW).exit_code == 3
    assert st.judge(snapshot(interval_s=10.0, written=NOW - 25), True, NOW).state == "ok"
    assert st.judge(snapshot(), False, NOW) == st.Verdict("not_running", 3, (), 2.0)
    assert st.judge(None, False, NOW).state == "not_running"


def test_the_process_that_wrote_it_is_recognised_and_a_dead_or_reused_one_is_not():
    assert st.is_running(snapshot())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not st.is_running(snapshot(pid=child.pid, proc_start=st.start_ticks(os.getpid()) or 1))
    assert not st.is_running(snapshot(proc_start=st.this_process().start + 1))  # the pid reused by another process
    assert not st.is_running(snapshot(boot_id="another-boot"))


def test_the_words_for_systemd():
    assert st.words(snapshot(), NOW) == "idle; all devices and links ok"
    busy = snapshot(activity="session", devices=(st.Row("printer", "error", "paper_out"),),
                    links=(st.Row("library_system", "error", "unreachable"),), queue=st.Queue(3, NOW - 4000, 1))  # fmt: skip
    assert st.words(busy, NOW) == (
        "session; printer paper_out, library_system unreachable; 3 offline loans waiting, oldest 1 h 6 min; 1 for staff"
    )
    assert "\n" not in st.words(busy, NOW)


def test_health_rows_become_devices_and_links_and_the_journal_row_is_left_to_the_queue():
    devices, links = st.rows(
        [
            DeviceState("card_reader", DeviceHealth.OK),
            DeviceState("library_system", DeviceHealth.WARNING, "offline"),
            DeviceState("validation_link", DeviceHealth.ERROR, "validation_timeout"),
            DeviceState("offline_queue", DeviceHealth.WARNING, "refused=1"),
        ]
    )
    assert devices == (st.Row("card_reader", "ok"),)
    assert links == (
        st.Row("library_system", "warning", "offline"),
        st.Row("validation", "error", "validation_timeout"),
    )


def test_spans():
    assert [st.span(x) for x in (5, 125, 3 * 3600 + 300, 2 * 86400 + 4 * 3600)] == [
        "5 s",
        "2 min",
        "3 h 5 min",
        "2 d 4 h",
    ]
