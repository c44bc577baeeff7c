"""Technician passcode, lockout, masked configuration, diagnostic bundle."""

from __future__ import annotations

import json
import logging
import os
import stat
import zipfile

import pytest

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


def test_corrupt_state_file_is_ignored(stored, tmp_path):
    f = tmp_path / "gate.json"
    f.write_text("{not json")
    assert PasscodeGate(stored, state_file=f, clock=Clock()).try_enter(GOOD).ok


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
