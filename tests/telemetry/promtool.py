"""promtool (Debian package ``prometheus``, installed by packaging/debian-packages.txt) for the tests that check the
metrics' output and the alert rules. Where it is absent these tests are skipped, except in CI (``CI`` set), where
they must run."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(
                "promtool is missing in CI: install the Debian package prometheus (packaging/debian-packages.txt)"
            )
        pytest.skip("promtool is not installed (Debian package prometheus)")
    return path


def check_metrics(text: str) -> subprocess.CompletedProcess:
    """``promtool check metrics`` on an exposition: exit 0 and no lint finding when it is well formed."""
    return subprocess.run([promtool(), "check", "metrics"], input=text.encode(), capture_output=True, timeout=60)
