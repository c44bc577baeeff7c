"""Technician passcode, lockout, masked configuration, diagnostic bundle."""

from __future__ import annotations

import json
import logging
import math
import os
import stat
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import config, maintenance
from kiosk.maintenance import MaintenanceError, PasscodeGate, hash_passcode, verify_passcode
from kiosk.services import DeviceHealth, DeviceState

GOOD = "24681357"


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_passcode(GOOD)


def test_hash_is_salted_scrypt_and_verifies(stored):
    assert stored.startswith("scrypt$") and GOOD not in stored
    assert hash_passcode(GOOD) != stored  # a fresh salt every time
    assert verify_passcode(GOOD, stored)
    assert not verify_passcode("24681358", stored)


@pytest.mark.parametrize("bad", ["12345", "abcdefgh", "１２３４５６７", "1" * 17, ""])
def test_passcode_form(bad):
    with pytest.raises(MaintenanceError) as e:
        hash_passcode(bad)
    assert e.value.reason == "passcode_form"


@pytest.mark.parametrize("junk", ["", "scrypt$", "scrypt$x$8$1$aa$bb", "md5$1$2$3$4$5", "scrypt$16384$8$1$!!$??"])
def test_malformed_hash_never_verifies(junk):
    assert not verify_passcode(GOOD, junk)


def test_hash_in_config_is_checked(stored):
    assert config.from_dict({"maintenance": {"passcode_hash": stored}}).maintenance.passcode_hash == stored
    with pytest.raises(config.ConfigError):
        config.from_dict({"maintenance": {"passcode_hash": GOOD}})


class Clock:
    def __init__(self) -> None:
        self.t = 1_000_000.0

    def __call__(self) -> float:
        return self.t


def test_lockout_after_five_failures_then_unlocks(stored, tmp_path):
    clock = Clock()
    gate = PasscodeGate(stored, 5, 300, clock=clock, state_file=tmp_path / "gate.json")
    results = [gate.try_enter("00000000") for _ in range(5)]
    assert [r.reason for r in results] == ["wrong"] * 4 + ["locked"]
    assert [r.failures_left for r in results[:4]] == [4, 3, 2, 1]
    # even the right passcode is refused while locked
    r = gate.try_enter(GOOD)
    assert not r.ok and r.reason == "locked" and r.locked_for_s == 300
    # a restart does not reset the lock
    gate2 = PasscodeGate(stored, 5, 300, clock=clock, state_file=tmp_path / "gate.json")
    assert gate2.try_enter(GOOD).reason == "locked"
    clock.t += 301
    assert gate2.try_enter(GOOD).ok


def test_success_resets_failures(stored):
    gate = PasscodeGate(stored, 3, 60, clock=Clock())
    gate.try_enter("11111111")
    gate.try_enter("11111111")
    assert gate.try_enter(GOOD).ok
    assert gate.try_enter("11111111").failures_left == 2


def test_no_hash_means_no_entry():
    assert PasscodeGate("").try_enter(GOOD).reason == "not_configured"


DAMAGED_STATES = {
    "not_json": b"{not json",
    "not_utf8": b'{"failures": 1, "locked_until": 0, "x": "\xff\xfe"}',
    "a_list": b"[]",
    "a_number": b"3",
    "failures_text": b'{"failures": "x", "locked_until": 0}',
    "failures_null": b'{"failures": null, "locked_until": 0}',
    "failures_bool": b'{"failures": true, "locked_until": 0}',
    "failures_negative": b'{"failures": -4, "locked_until": 0}',
    "locked_nan": b'{"failures": 0, "locked_until": NaN}',
    "locked_infinite": b'{"failures": 0, "locked_until": 1e999}',
    "locked_object": b'{"failures": 0, "locked_until": {}}',
    "missing_keys": b"{}",
    "deeply_nested": b"[" * 100_000,
    "too_large": b'{"failures": 0, "locked_until": 0, "pad": "' + b"x" * 1_000_000 + b'"}',
}


@pytest.mark.parametrize("content", list(DAMAGED_STATES.values()), ids=list(DAMAGED_STATES))
def test_a_damaged_lock_state_locks_maintenance_for_a_lockout_and_says_so(stored, tmp_path, captured_logs, content):
    """Fail safe: a state file that cannot be read as the gate wrote it never unlocks maintenance (and never
    raises): entry is locked for one lockout from the start, the condition is logged with its reason code, and
    the file is written anew so that the lock ends by itself."""
    f = tmp_path / "gate.json"
    f.write_bytes(content)
    clock = Clock()
    gate = PasscodeGate(stored, 5, 300, state_file=f, clock=clock)
    assert gate.state_problem == "gate_state_damaged"
    r = gate.try_enter(GOOD)
    assert (r.ok, r.reason, r.locked_for_s) == (False, "locked", 300)
    assert any('"maintenance.state_damaged"' in line and "gate_state_damaged" in line for line in captured_logs)
    again = PasscodeGate(stored, 5, 300, state_file=f, clock=clock)  # a restart neither unlocks nor extends it
    assert again.state_problem == "" and again.locked_for() == 300
    clock.t += 301
    assert gate.try_enter(GOOD).ok


def test_a_lock_state_that_cannot_be_read_locks_maintenance(stored, tmp_path, captured_logs):
    """A folder, or a FIFO (which would block an open for reading forever), where the state file should be."""
    (tmp_path / "dir.json").mkdir()
    os.mkfifo(tmp_path / "fifo.json")
    for name in ("dir.json", "fifo.json"):
        gate = PasscodeGate(stored, 5, 300, state_file=tmp_path / name, clock=Clock())
        assert gate.state_problem in ("gate_state_damaged", "gate_state_unreadable")
        assert gate.try_enter(GOOD).reason == "locked"


def test_a_lock_from_the_future_is_capped_to_one_lockout(stored, tmp_path):
    """A clock set back (or a hand-edited file) cannot lock maintenance for longer than one lockout."""
    f = tmp_path / "gate.json"
    f.write_text(json.dumps({"failures": 99, "locked_until": Clock().t + 10 * 365 * 86400}))
    gate = PasscodeGate(stored, 5, 300, state_file=f, clock=Clock())
    assert gate.state_problem == "" and gate.locked_for() == 300 and gate.failures < 5


def test_no_state_file_yet_is_no_lock(stored, tmp_path):
    gate = PasscodeGate(stored, 5, 300, state_file=tmp_path / "gate.json", clock=Clock())
    assert gate.state_problem == "" and gate.try_enter(GOOD).ok


@settings(max_examples=200, deadline=None)
@given(content=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_lock_state_file_is_a_state_or_a_typed_problem(content):
    try:
        failures, locked_until = maintenance.parse_gate_state(content)
    except maintenance.GateStateError as e:
        assert e.reason == "gate_state_damaged"
    else:
        assert isinstance(failures, int) and failures >= 0 and math.isfinite(locked_until)


def test_masked_config_hides_secrets(stored):
    cfg = config.from_dict(
        {
            "maintenance": {"passcode_hash": stored},
            "identity": {"link_database": "postgresql://kiosk:hunter2@127.0.0.1/links"},
        }
    )
    text = json.dumps(maintenance.masked_config(cfg), ensure_ascii=False)
    assert stored not in text and "hunter2" not in text
    assert maintenance.MASK in text and "postgresql://kiosk:" in text
    assert maintenance._mask_value("password", "pw") == maintenance.MASK
    assert maintenance._mask_value("link_key_file", "/x/link.key") == "/x/link.key"


def test_masked_config_shows_settings_that_are_not_secrets(stored):
    """[ui].barcode_password says whether a library card needs its password: a setting, not a password."""
    cfg = config.from_dict(
        {
            "ui": {"barcode_password": True},
            "sip2": {"password": "hunter2"},
            "maintenance": {"passcode_hash": stored, "technician_cards": ["TECH-1"], "max_failures": 4},
        }
    )
    view = maintenance.masked_config(cfg)
    assert view["ui"]["barcode_password"] is True
    assert view["maintenance"]["max_failures"] == 4
    assert view["sip2"]["password"] == maintenance.MASK
    assert view["maintenance"]["technician_cards"] == [maintenance.MASK]
    assert view["maintenance"]["passcode_hash"] == maintenance.MASK


def test_bundle_holds_no_personal_data(stored, tmp_path):
    cfg = config.from_dict({"maintenance": {"passcode_hash": stored}})
    recent = maintenance.RecentErrors(capacity=3).install()
    try:
        lg = logging.getLogger("kiosk.test")
        for i in range(5):
            lg.warning("device.flaky", extra={"fields": {"reason": f"r{i}", "patron": "P0099", "item": "ITEM42"}})
        lg.info("not kept")
    finally:
        recent.remove()
    assert len(recent.lines) == 3
    devices = [DeviceState("printer", DeviceHealth.WARNING, "paper_low")]
    path = maintenance.diagnostic_bundle(
        tmp_path / "out", cfg, devices=devices, queue={"waiting": 2}, recent=recent.lines
    )
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        blob = "".join(z.read(n).decode() for n in names)
    assert {"versions.json", "config.json", "devices.json", "queue.json", "recent.jsonl"} <= names
    assert "paper_low" in blob and "r4" in blob and "not kept" not in blob
    for secret in ("P0099", "ITEM42", stored):
        assert secret not in blob


def test_bundle_into_unwritable_place_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(MaintenanceError) as e:
        maintenance.diagnostic_bundle(blocker / "sub", config.Config())
    assert e.value.reason == "bundle_dir"


@pytest.fixture
def umask_022():
    """The umask of the demo and of a bookmobile laptop's session: files are 0644 unless made otherwise."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_lock_state_and_bundle_are_the_owners_whatever_the_umask(stored, tmp_path, umask_022):
    gate = PasscodeGate(stored, 5, 300, clock=Clock(), state_file=tmp_path / "gate.json")
    gate.try_enter("00000000")
    path = maintenance.diagnostic_bundle(tmp_path / "diagnostics", config.Config())
    for p in (tmp_path / "gate.json", path):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name
    assert stat.S_IMODE((tmp_path / "diagnostics").stat().st_mode) == 0o700
    assert sorted(p.name for p in tmp_path.iterdir()) == ["diagnostics", "gate.json"]  # no temporary files left
    assert PasscodeGate(stored, 5, 300, clock=Clock(), state_file=tmp_path / "gate.json").failures == 1


def test_a_lock_state_that_cannot_be_written_keeps_the_count_and_says_so(stored, tmp_path, captured_logs):
    gate = PasscodeGate(stored, 3, 300, clock=Clock(), state_file=tmp_path / "missing-folder" / "gate.json")
    assert gate.try_enter("00000000").failures_left == 2
    assert gate.try_enter("00000000").failures_left == 1  # counted in memory all the same
    assert any('"maintenance.state_unsaved"' in line and "state_unwritable" in line for line in captured_logs)
