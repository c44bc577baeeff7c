"""The alert rules shipped in packaging/prometheus/: valid for Prometheus, and each alert unit-tested with
`promtool test rules` (tests/telemetry/kiosk-alerts.test.yml). Skipped only where promtool is absent outside CI."""

from __future__ import annotations

import subprocess
from pathlib import Path

from .promtool import promtool

HERE = Path(__file__).parent
RULES = HERE.parents[1] / "packaging" / "prometheus" / "kiosk-alerts.yml"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([promtool(), *args], capture_output=True, text=True, timeout=120)


def test_the_rules_are_valid():
    done = run("check", "rules", str(RULES))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "9 rules found" in done.stdout


def test_every_alert_behaves_as_its_unit_tests_say():
    done = run("test", "rules", str(HERE / "kiosk-alerts.test.yml"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_alert_has_a_unit_test_and_a_place_in_the_operator_guide():
    alerts = [line.split(":", 1)[1].strip() for line in RULES.read_text().splitlines() if "- alert:" in line]
    tests = (HERE / "kiosk-alerts.test.yml").read_text()
    docs = HERE.parents[1] / "docs"
    for alert in alerts:
        assert f"alertname: {alert}" in tests, alert
        for guide in ("operator-guide.en.md", "operator-guide.ja.md"):
            assert alert in (docs / guide).read_text(encoding="utf-8"), (alert, guide)
