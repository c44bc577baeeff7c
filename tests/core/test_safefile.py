"""safefile: written whole or not at all, owner-only whatever the umask, on real files (and a real full disk)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import safefile
from tests.fulldisk import run_on_full_disk

ROOT = Path(__file__).resolve().parents[2]


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


@pytest.fixture
def umask_022():
    """The umask of a shell, a bookmobile laptop or the demo: files are 0644 unless made otherwise."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_write_is_private_whatever_the_umask(tmp_path, umask_022):
    safefile.write(tmp_path / "state.json", b"{}")
    assert mode(tmp_path / "state.json") == 0o600
    os.umask(0o277)  # too tight for the owner to write: the file is still the owner's to read and write
    safefile.write(tmp_path / "other", b"x")
    assert mode(tmp_path / "other") == 0o600
    safefile.write(tmp_path / "public.crl", b"x", mode=0o644)
    assert mode(tmp_path / "public.crl") == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other", "public.crl", "state.json"]  # no temporaries


def test_write_replaces_whole_and_exclusive_refuses_an_existing_file(tmp_path):
    p = tmp_path / "k"
    safefile.write(p, b"one", exclusive=True)
    with pytest.raises(FileExistsError):
        safefile.write(p, b"two", exclusive=True)
    assert p.read_bytes() == b"one"
    safefile.write(p, b"three")
    assert p.read_bytes() == b"three"


def test_exclusive_creation_has_one_winner(tmp_path):
    """Two processes making a key at first start (the kiosk and a shell): one file, the other writer told so."""
    p, wins, errors = tmp_path / "key", [], []

    def make(data: bytes) -> None:
        try:
            safefile.write(p, data, exclusive=True)
            wins.append(data)
        except FileExistsError:
            errors.append(data)

    threads = [threading.Thread(target=make, args=(bytes([n]) * 32,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(wins) == 1 and len(errors) == 7 and p.read_bytes() == wins[0]


def test_create_private_makes_and_tightens(tmp_path, umask_022):
    db = tmp_path / "links.sqlite"
    safefile.create_private(db)
    assert mode(db) == 0o600 and db.read_bytes() == b""
    for p in (db, tmp_path / "links.sqlite-wal", tmp_path / "links.sqlite-shm"):
        p.write_bytes(b"x")
        p.chmod(0o644)  # made by an earlier version
    safefile.create_private(db)
    assert [mode(p) for p in sorted(tmp_path.iterdir())] == [0o600] * 3
    assert db.read_bytes() == b"x"


def test_stale_temporaries_are_removed(tmp_path):
    stale = tmp_path / ".k.0123abcd.tmp"
    stale.write_bytes(b"an old key a crash left")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".k.89abcdef.tmp"  # another writer's, at work right now
    fresh.write_bytes(b"")
    safefile.write(tmp_path / "k", b"new")
    assert not stale.exists() and fresh.exists()


def test_a_short_write_is_finished(tmp_path):
    """os.write may write less than asked (a signal, a file-size limit): the rest still goes, or it fails."""
    script = (
        "import resource, signal, sys, safefile\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (16, 16))\n"
        "try:\n"
        "    safefile.write(sys.argv[1], b'k' * 32)\n"
        "except OSError as e:\n"
        "    print('full' if safefile.disk_full(e) else e.errno)\n"
    )
    target = tmp_path / "link.key"
    done = subprocess.run([sys.executable, "-c", script, str(target)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=30)  # fmt: skip
    assert done.stdout.strip() == "full", done.stderr
    assert not target.exists()  # never a 16-byte key
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_leaves_the_old_file(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    (disk / "state.json").write_bytes(b'{"failures": 3}')
    script = (
        "import sys, safefile\n"
        "try:\n"
        "    safefile.write(sys.argv[1] + '/state.json', b'{\"failures\": 4}' * 4096)\n"
        "    safefile.write(sys.argv[1] + '/new.key', b'k' * 4096)\n"
        "except OSError as e:\n"
        "    print('full' if safefile.disk_full(e) else e.errno)\n"
    )
    done = run_on_full_disk(disk, [sys.executable, "-c", script, str(disk)],
                            env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    assert done.stdout.strip() == "full", done.stderr
    assert sorted(p.name for p in disk.iterdir()) == ["state.json"]
    assert (disk / "state.json").read_bytes() == b'{"failures": 3}'
