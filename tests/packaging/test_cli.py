"""The command line parts the package uses: ``kiosk --version``, ``kiosk config example --commented`` (the file
postinst installs as /etc/kiosk/kiosk.toml) and ``kiosk keys init`` (postinst makes the keys with it)."""

from __future__ import annotations

import importlib.metadata
import json
import re
import stat
import tomllib

import pytest

from kiosk import config
from kiosk_app.cli import main
from kiosk_app.cli.config import example_text


def test_version_comes_from_the_package_metadata(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert capsys.readouterr().out.strip() == f"kiosk {importlib.metadata.version('mynumber-kiosk')}"


def test_commented_example_sets_nothing_and_uncommented_is_the_full_example():
    text = example_text(commented=True)
    raw = tomllib.loads(text)
    assert all(section == {} for section in raw.values()), "a key is not commented out"
    assert config.from_dict(raw) == config.Config()
    # line for line the plain example (its header aside), each key behind "# "
    commented_lines = text[text.index("\n[") :].splitlines()
    plain_lines = (plain := example_text())[plain.index("\n[") :].splitlines()
    assert len(commented_lines) == len(plain_lines)
    keys = 0
    for c, p in zip(commented_lines, plain_lines, strict=True):
        if re.match(r"\w+ = ", p):
            keys += 1
            assert c == f"# {p}"
        else:
            assert c == p
    assert keys > 50


def test_config_example_command_prints_the_commented_file(capsys):
    assert main(["config", "example", "--commented"]) == 0
    assert capsys.readouterr().out == example_text(commented=True) + "\n"


def _config(tmp_path, data_dir):
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[kiosk]\ndata_dir = "{data_dir}"\n')
    return str(path)


def test_keys_init_makes_both_keys_private_and_never_replaces_them(tmp_path, capsys):
    data = tmp_path / "state"
    cfg = _config(tmp_path, data)
    assert main(["--config", cfg, "keys", "init", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["journal_key"]["state"] == first["link_key"]["state"] == "made"
    keys = [data / "offline.key", data / "link.key"]
    assert [k.name for k in keys] == [
        first["journal_key"]["path"].split("/")[-1],
        first["link_key"]["path"].split("/")[-1],
    ]
    before = [k.read_bytes() for k in keys]
    assert all(stat.S_IMODE(k.stat().st_mode) == 0o600 for k in keys)
    assert main(["--config", cfg, "keys", "init", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["journal_key"]["state"] == again["link_key"]["state"] == "kept"
    assert [k.read_bytes() for k in keys] == before


def test_keys_init_follows_the_configured_paths(tmp_path, capsys):
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'[kiosk]\ndata_dir = "{tmp_path / "state"}"\n'
        f'[identity]\nlink_key_file = "{tmp_path / "keys" / "links.key"}"\n'
        f'[offline]\nkey_file = "{tmp_path / "keys" / "journal.key"}"\n'
    )
    assert main(["--config", str(path), "keys", "init"]) == 0
    assert (tmp_path / "keys" / "links.key").is_file() and (tmp_path / "keys" / "journal.key").is_file()
    assert not (tmp_path / "state" / "link.key").exists()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [("offline.key", b'{"version": 1}', "key_file_damaged"), ("link.key", b"short", "link_key")],
)
def test_keys_init_refuses_a_damaged_key_and_leaves_it(tmp_path, capsys, name, content, reason):
    data = tmp_path / "state"
    data.mkdir()
    (data / name).write_bytes(content)
    (data / name).chmod(0o600)
    assert main(["--config", _config(tmp_path, data), "keys", "init", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["reason"] == reason
    assert (data / name).read_bytes() == content


def test_keys_init_refuses_a_key_others_can_read(tmp_path, capsys):
    data = tmp_path / "state"
    cfg = _config(tmp_path, data)
    assert main(["--config", cfg, "keys", "init"]) == 0
    capsys.readouterr()
    key = data / "offline.key"
    before = key.read_bytes()
    key.chmod(0o644)
    assert main(["--config", cfg, "keys", "init", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["reason"] == "key_file_mode"
    assert key.read_bytes() == before
