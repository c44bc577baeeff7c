"""Site settings a technician changes in maintenance (kiosk.site_settings): validated like the configuration file,
written atomically (0600), read by the loader after the main file, logged without secrets."""

from __future__ import annotations

import errno
import json
import os
import stat

import pytest

import safefile
from kiosk import config, site_settings


@pytest.fixture
def main_file(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'[kiosk]\ndata_dir = "{tmp_path}"\nlanguages = ["ja", "en"]\n[ui]\nreceipt = "ask"\n'
        '[sip2]\npassword = "hunter2"\n'
    )
    return path


def test_a_change_is_validated_stored_0600_and_read_after_the_main_file(main_file, tmp_path, captured_logs):
    cfg = config.load(main_file)
    old = os.umask(0)  # 0600 whatever the umask
    try:
        new = site_settings.change(
            cfg, {"ui": {"receipt": "always", "volume": 40}, "kiosk": {"languages": ["ja", "ko"]}}
        )
    finally:
        os.umask(old)
    assert (new.ui.receipt, new.ui.volume, new.kiosk.languages) == ("always", 40, ["ja", "ko"])
    path = tmp_path / "site-settings.toml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = config.load(main_file)  # the next start reads the overlay after the main file
    assert (again.ui.receipt, again.ui.volume, again.kiosk.languages) == ("always", 40, ["ja", "ko"])
    assert again.sip2.password == "hunter2"  # the main file's other keys as they were
    # a later change keeps the earlier ones
    site_settings.change(again, {"ui": {"large_text": True}})
    last = config.load(main_file)
    assert (last.ui.large_text, last.ui.receipt) == (True, "always")
    # logged: which keys became what; never a secret
    changed = [json.loads(line) for line in captured_logs if "settings_changed" in line]
    assert changed[0]["ui.receipt"] == "always" and changed[0]["kiosk.languages"] == ["ja", "ko"]
    assert not any("hunter2" in line for line in captured_logs)


@pytest.mark.parametrize(
    "changes, key",
    [
        ({"ui": {"volume": 101}}, "[ui].volume"),
        ({"ui": {"receipt": "sometimes"}}, "[ui].receipt"),
        ({"kiosk": {"languages": ["en", "fr"]}}, "[kiosk].languages"),
        ({"kiosk": {"languages": ["en"]}}, "[kiosk].default_language"),  # the default must stay offered
        ({"ui": {"large_text": "yes"}}, "[ui].large_text"),
        ({"sip2": {"password": "x"}}, "[sip2].password"),  # not a site setting
    ],
)
def test_a_wrong_value_changes_nothing_and_names_the_key(main_file, tmp_path, changes, key):
    cfg = config.load(main_file)
    with pytest.raises(site_settings.SiteSettingsError) as e:
        site_settings.change(cfg, changes)
    assert e.value.reason == "settings_invalid" and key in str(e.value)
    assert not (tmp_path / "site-settings.toml").exists()


def test_an_overlay_with_other_keys_or_wrong_values_is_refused_at_start(main_file, tmp_path):
    overlay = tmp_path / "site-settings.toml"
    overlay.write_text('[sip2]\nhost = "203.0.113.9"\n')
    with pytest.raises(config.ConfigError) as e:
        config.load(main_file)
    assert e.value.key == "[sip2].host" and "not a site setting" in str(e.value)
    overlay.write_text("[ui]\nvolume = 300\n")
    with pytest.raises(config.ConfigError) as e:
        config.load(main_file)
    assert e.value.key == "[ui].volume"
    overlay.write_bytes("[ui]\nreceipt = '常に'\n".encode("shift_jis"))
    with pytest.raises(config.ConfigError, match="UTF-8"):
        config.load(main_file)


def test_a_full_disk_changes_nothing(main_file, tmp_path, monkeypatch):
    cfg = config.load(main_file)
    site_settings.change(cfg, {"ui": {"volume": 30}})
    before = (tmp_path / "site-settings.toml").read_bytes()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    # a full disk cannot be made here: os.write is replaced (the only stand-in in this file)
    monkeypatch.setattr(os, "write", full)
    with pytest.raises(site_settings.SiteSettingsError) as e:
        site_settings.change(cfg, {"ui": {"volume": 90}})
    monkeypatch.undo()
    assert e.value.reason == "disk_full"
    assert (tmp_path / "site-settings.toml").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_the_stored_file_reads_back_whatever_the_text(tmp_path):
    settings = {"kiosk": {"languages": ["ja", "vi"]}, "ui": {"receipt": 'a"b\\c\n', "volume": 0, "large_text": False}}
    path = tmp_path / "s.toml"
    safefile.write(path, site_settings.dumps(settings).encode())
    import tomllib

    assert tomllib.loads(path.read_text()) == settings
