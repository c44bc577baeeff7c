"""``kiosk sip2 checkin``, ``renew`` and ``account``: a technician checks the library system's answers from the kiosk,
through the configured connector, against the demo library system over TCP. Run as the real command (a process);
patron numbers and titles go to the terminal that asked (stdout) and never into a log line (stderr), even at DEBUG."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.sip2 import demo_data
from kiosk.sip2.demo import DemoLibrary

ROOT = Path(__file__).resolve().parents[2]
HOLDER = demo_data.PATRON_WITH_HOLDS


@pytest.fixture
def lib():
    server = DemoLibrary()
    server.start()
    yield server
    server.close()


def config_file(tmp_path: Path, port: int) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f"""
[kiosk]
data_dir = "{tmp_path}"

[sip2]
port = {port}
username = "{demo_data.LOGIN_USER}"
password = "{demo_data.LOGIN_PASSWORD}"
institution = "{demo_data.INSTITUTION_ID}"
location = "{demo_data.LOCATION_CODE}"
retries = 0
connect_timeout_s = 2.0
timeout_s = 3.0
keepalive_s = 0
""",
        encoding="utf-8",
    )
    return path


def kiosk(cfg: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "kiosk_app", "--config", str(cfg), "--log-level", "DEBUG", "sip2", *args],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip


def no_identities_in(log: str) -> None:
    for secret in (HOLDER, demo_data.PATRON_OK, "T2000001", "T2000002", "T2000003", "おくのほそ道", "方丈記",
                   "枕草子", "注文の多い料理店", "予約 さくら"):  # fmt: skip
        assert secret not in log, f"a log line carries {secret!r}"


def test_account_shows_loans_overdue_and_holds_to_the_technician_only(tmp_path, lib):
    cfg = config_file(tmp_path, lib.port)
    done = kiosk(cfg, "account", "--patron", HOLDER)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert f"patron {HOLDER}: 3 loan(s), 2 hold(s) ready for pickup" in out
    assert "T2000001  おくのほそ道 / 松尾芭蕉  due" in out and "OVERDUE" in out
    assert f"T0000019  草枕 / 夏目漱石  at {demo_data.OTHER_BRANCH}  kept until" in out
    assert "予約 さくら" not in out  # never the name
    assert "circ.patron_info" in done.stderr  # the log has the events...
    no_identities_in(done.stderr)  # ...and nothing that says whose or which
    as_json = json.loads(kiosk(cfg, "account", "--patron", HOLDER, "--json").stdout)
    assert [ln["item_id"] for ln in as_json["loans"]] == ["T2000001", "T2000002", "T2000003"]
    assert [h["pickup"] for h in as_json["holds"]] == [demo_data.HOLD_SHELF, demo_data.OTHER_BRANCH]


def test_renew_says_the_new_due_date_or_the_library_systems_reason(tmp_path, lib):
    cfg = config_file(tmp_path, lib.port)
    done = kiosk(cfg, "renew", "--patron", HOLDER, "T2000003")
    assert done.returncode == 0, done.stderr
    assert f"renew T2000003 for patron {HOLDER}: renewed, due " in done.stdout
    assert lib.state.loan("T2000003").renewals == 1
    refused = kiosk(cfg, "renew", "--patron", HOLDER, demo_data.ITEM_RESERVED_LOAN)
    assert refused.returncode == 1
    assert "refused (renewal_refused)" in refused.stdout and "予約が入っているため更新できません" in refused.stdout
    no_identities_in(done.stderr + refused.stderr)


def test_checkin_says_where_the_item_goes(tmp_path, lib):
    cfg = config_file(tmp_path, lib.port)
    done = kiosk(cfg, "checkin", demo_data.ITEM_RESERVED_LOAN)
    assert done.returncode == 0, done.stderr
    assert f"checkin {demo_data.ITEM_RESERVED_LOAN}: returned" in done.stdout
    assert f"to the desk: hold (goes to: {demo_data.HOLD_SHELF})" in done.stdout
    assert lib.state.loan(demo_data.ITEM_RESERVED_LOAN) is None
    again = kiosk(cfg, "checkin", demo_data.ITEM_RESERVED_LOAN, "--json")
    assert again.returncode == 1 and json.loads(again.stdout)["reason"] == "not_checked_out"
    no_identities_in(done.stderr + again.stderr)


def test_an_unreachable_library_system_is_exit_3_with_its_reason(tmp_path, lib):
    cfg = config_file(tmp_path, lib.port)
    lib.stop()
    done = kiosk(cfg, "checkin", "T0000001", "--json")
    assert done.returncode == 3
    assert json.loads(done.stdout)["reason"] == "unreachable" and "cannot be reached" in done.stderr


def test_an_unknown_connector_is_a_configuration_error(tmp_path, lib):
    cfg = config_file(tmp_path, lib.port)
    cfg.write_text(cfg.read_text() + '\n[library]\nconnector = "nosuch"\n', encoding="utf-8")
    done = kiosk(cfg, "account", "--patron", HOLDER)
    assert done.returncode == 2 and "[library].connector" in done.stderr
