"""The link table's files on real disks: owner-only whatever the umask, a key written whole or not at all (a real
full disk), a key file left empty by an earlier version, and the CLI's words for a full disk."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.identity.linktable import LinkError, LinkTable, load_or_create_key
from tests.fulldisk import run_on_full_disk

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def links_expiry() -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(days=365)


def test_link_table_files_are_private_under_umask_022(tmp_path):
    old = os.umask(0o022)  # a bookmobile laptop's shell, the demo, the CLI
    try:
        with LinkTable.open(f"sqlite:///{tmp_path / 'links.sqlite'}", tmp_path / "link.key") as links:
            links.link("ab" * 32, "main", "10000001", links_expiry())
            made = sorted(p.name for p in tmp_path.iterdir())
            assert made == ["link.key", "links.sqlite", "links.sqlite-shm", "links.sqlite-wal"]
            assert {n: mode(tmp_path / n) for n in made} == dict.fromkeys(made, 0o600)
    finally:
        os.umask(old)


def test_an_older_link_table_readable_by_others_is_tightened(tmp_path):
    with LinkTable.open(f"sqlite:///{tmp_path / 'links.sqlite'}", tmp_path / "link.key"):
        pass
    (tmp_path / "links.sqlite").chmod(0o644)
    with LinkTable.open(f"sqlite:///{tmp_path / 'links.sqlite'}", tmp_path / "link.key"):
        assert mode(tmp_path / "links.sqlite") == 0o600


def test_the_link_key_on_a_full_disk_is_never_left_empty(tmp_path):
    disk = tmp_path / "disk"
    script = (
        "import sys\n"
        "from kiosk.identity.linktable import LinkError, load_or_create_key\n"
        "try:\n"
        "    load_or_create_key(sys.argv[1] + '/link.key')\n"
        "except LinkError as e:\n"
        "    print(e.reason)\n"
    )
    done = run_on_full_disk(disk, [sys.executable, "-c", script, str(disk)], env=ENV)
    assert done.stdout.strip() == "disk_full", done.stderr
    assert list(disk.iterdir()) == []  # was: a 0-byte link.key, refused for ever after
    key = load_or_create_key(disk / "link.key")  # with space, it is made
    assert len(key) == 32 and mode(disk / "link.key") == 0o600


def test_an_empty_key_file_is_replaced_only_while_nothing_is_linked(tmp_path):
    url, key_file = f"sqlite:///{tmp_path / 'links.sqlite'}", tmp_path / "link.key"
    key_file.touch(mode=0o600)  # what an earlier version left on a full disk
    with LinkTable.open(url, key_file) as links:
        assert len(links.secret) == 32 and key_file.read_bytes() == links.secret
        links.link("cd" * 32, "main", "10000002", links_expiry())
    key_file.write_bytes(b"")  # a key lost while links exist: they could never match again; say so
    with pytest.raises(LinkError) as e:
        LinkTable.open(url, key_file)
    assert e.value.reason == "link_key"


def test_first_start_on_a_full_disk_is_a_clear_refusal(tmp_path):
    data = tmp_path / "data"
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'[kiosk]\ndata_dir = "{data}"\n')
    argv = [sys.executable, "-m", "kiosk_app", "--config", str(cfg), "link", "count"]
    done = run_on_full_disk(data, argv, env=ENV)
    assert done.returncode == 1 and "disk is full" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert not (data / "link.key").exists()
    done = subprocess.run(argv, capture_output=True, text=True, env=ENV, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "0", done.stderr
    assert len((data / "link.key").read_bytes()) == 32 and mode(data / "link.key") == 0o600
