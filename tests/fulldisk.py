"""A real full disk for tests: a small tmpfs, filled to the last byte, mounted in a private mount namespace of a
child process (``unshare -m``: needs root, as on the test machines; the test is skipped elsewhere), where a command
runs with its files on it. Nothing is mounted where the test process or anyone else can see it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

_SCRIPT = r"""
set -e
mnt=$1; before=$2; after=$3; size_kb=$4; shift 4
mount -t tmpfs -o size=${size_kb}k,mode=0755 kiosk-full-disk "$mnt"
cp -a "$before"/. "$mnt"/
# fill what is left: the writes of the command under test find no free block
head -c $((size_kb * 1024)) /dev/zero > "$mnt/.filler" 2>/dev/null || true
set +e
"$@"
rc=$?
rm -f "$mnt/.filler"
cp -a "$mnt"/. "$after"/
exit $rc
"""


def available() -> bool:
    return os.geteuid() == 0 and shutil.which("unshare") is not None and shutil.which("mount") is not None


def run_on_full_disk(
    folder: Path, argv: Sequence[str], *, size_kb: int = 512, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run ``argv`` with ``folder`` on a full disk: ``folder``'s files are copied onto a full tmpfs mounted at
    ``folder`` (inside the child's namespace only), and whatever is there when the command ends is copied back."""
    if not available():
        pytest.skip("a real full disk needs root (unshare -m, mount -t tmpfs)")
    folder.mkdir(parents=True, exist_ok=True)
    before = folder.with_name(folder.name + ".before")
    after = folder.with_name(folder.name + ".after")
    for d in (before, after):
        shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(folder, before)
    after.mkdir()
    done = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c", _SCRIPT, "sh",
         str(folder), str(before), str(after), str(size_kb), *argv],
        capture_output=True, text=True, env=env, timeout=timeout,
    )  # fmt: skip
    # the folder as the command left it, in place of what it was before
    shutil.rmtree(folder)
    after.rename(folder)
    shutil.rmtree(before)
    return done
