"""``kiosk queue …`` and ``kiosk sip2 status`` run in-process against real files and the demo library system."""

import json
import logging
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.circulation import Circulation
from kiosk.sip2 import demo_data
from kiosk_app import cli
from offline_queue import Journal
from offline_queue.journal import LOOKUP_BACKOFF_S, LOOKUP_TRIES
from tests.fulldisk import run_on_full_disk

from .conftest import make_client

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cfg_file(tmp_path, library):
    p = tmp_path / "kiosk.toml"
    p.write_text(
        f"""
[kiosk]
data_dir = "{tmp_path}"
[sip2]
port = {library.port}
username = "{demo_data.LOGIN_USER}"
password = "{demo_data.LOGIN_PASSWORD}"
institution = "{demo_data.INSTITUTION_ID}"
retries = 1
[offline]
lending = true
identification = ["mynumber", "barcode"]
[barcode]
patron_patterns = ['1\\d{{7}}']
""",
        encoding="utf-8",
    )
    return p


@pytest.fixture(autouse=True)
def _cli_log_handlers_end_with_the_test():
    """``cli.main`` logs to the stderr of its test (captured by capsys, closed after it): a later test's log lines
    must not go there."""
    yield
    root = logging.getLogger()
    for h in [h for h in root.handlers if getattr(h, "_kiosk", False)]:
        root.removeHandler(h)


def run(capsys, *argv):
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_status_sync_refusals_json(cfg_file, tmp_path, library, capsys):
    j = Journal(tmp_path / "offline.sqlite", tmp_path / "offline.key")
    j.enqueue(demo_data.PATRON_OK, "T0000001")
    j.enqueue(demo_data.PATRON_OK, "T0000013")  # on hold for another patron: a no-block replay still lends it
    j.enqueue(demo_data.PATRON_OK, "X0000000")
    j.close()
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "status", "--json")
    assert code == 0 and json.loads(out)["queued"] == 3
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "sync", "--json")
    res = json.loads(out)
    assert code == 0 and res["acknowledged"] == 2 and res["refused"] == 1 and res["status"]["waiting"] == 0
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "refusals", "--json")
    [r] = json.loads(out)["refusals"]
    assert r["item"] == "X0000000" and r["reason"] == "item_unknown" and r["message"]
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "refusals")
    assert "item_unknown" in out and r["txn_id"] in out
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "refusals", "--dismiss", r["txn_id"])
    assert code == 0
    code, out, err = run(capsys, "--config", str(cfg_file), "queue", "refusals", "--dismiss", r["txn_id"])
    assert code == 1 and "no refused transaction" in err
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "status")
    assert "waiting:  0" in out and "refused:  0" in out


def test_sync_with_library_down_keeps_everything(cfg_file, tmp_path, library, capsys):
    j = Journal(tmp_path / "offline.sqlite", tmp_path / "offline.key")
    j.enqueue(demo_data.PATRON_OK, "T0000002")
    j.close()
    library.stop()
    code, out, err = run(capsys, "--config", str(cfg_file), "queue", "sync", "--json")
    assert code == 1 and json.loads(out)["reason"] == "unreachable" and "nothing was sent" in err
    library.start()
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "sync")
    assert code == 0 and "sent and confirmed: 1" in out


def test_rotate_key_and_sip2_status(cfg_file, tmp_path, capsys):
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "rotate-key", "--json")
    assert code == 0 and json.loads(out)["key_id"].startswith("k")
    code, out, _ = run(capsys, "--config", str(cfg_file), "sip2", "status", "--json")
    st = json.loads(out)
    assert code == 0 and st["online"] and st["institution"] == "JPLIB"


def test_bad_key_file_is_a_clear_error(cfg_file, tmp_path, capsys):
    (tmp_path / "offline.key").write_text("garbage")
    (tmp_path / "offline.key").chmod(0o600)
    code, _, err = run(capsys, "--config", str(cfg_file), "queue", "status")
    assert code == 1 and "damaged" in err and "Traceback" not in err


def test_sip2_config_is_validated(tmp_path, capsys):
    p = tmp_path / "k.toml"
    p.write_text('[sip2]\nencoding = "latin1"\n')
    code, _, err = run(capsys, "--config", str(p), "sip2", "status")
    assert code == 2 and "[sip2].encoding" in err


def cli_env():
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def kiosk_cli(cfg_file, *argv):
    return [sys.executable, "-m", "kiosk_app", "--config", str(cfg_file), *argv]


def looked_up_long_ago(path):
    """Time passes for the journal's rows: their failed look-ups lie further back than any backoff."""
    db = sqlite3.connect(path)
    db.execute("UPDATE offline_txn SET updated_at = updated_at - ?", (max(LOOKUP_BACKOFF_S) + 1,))
    db.commit()
    db.close()


def test_check_at_the_counter_from_the_cli(cfg_file, tmp_path, library, capsys):
    j = Journal(tmp_path / "offline.sqlite", tmp_path / "offline.key")
    lent = j.enqueue(demo_data.PATRON_OK, "T0000003")
    send = j.enqueue(demo_data.PATRON_OK, "T0000004")
    j.close()
    db = sqlite3.connect(tmp_path / "offline.sqlite")
    db.execute("UPDATE offline_txn SET state = 'sent', attempts = 1")  # a crash with both in flight
    db.commit()
    db.close()
    library.inject("drop", command="17", count=1000)  # and the library system cannot answer item information
    for _ in range(LOOKUP_TRIES):
        code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "sync")
        assert code == 0, out  # not a failed sync: nothing was lost, nothing waits in vain
        looked_up_long_ago(tmp_path / "offline.sqlite")  # the next look-up is due
    assert "check at counter:   2  -> see: kiosk queue check" in out
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "status")
    assert "waiting:  0" in out and "check:    2" in out
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "check")
    assert code == 0 and lent.txn_id in out and "item T0000003" in out and "kiosk queue check --send" in out
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "check", "--json")
    rows = json.loads(out)["check"]
    assert [(r["item"], r["tries"], r["sent_before"]) for r in rows] == [
        ("T0000003", LOOKUP_TRIES, True),
        ("T0000004", LOOKUP_TRIES, True),
    ]
    library.clear_faults()
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "check", "--lent", lent.txn_id)
    assert code == 0 and "forgets it" in out
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "check", "--send", send.txn_id)
    assert code == 0 and "next sync" in out
    code, _, err = run(capsys, "--config", str(cfg_file), "queue", "check", "--send", send.txn_id)
    assert code == 1 and "no loan to check" in err
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "sync", "--json")
    res = json.loads(out)
    assert code == 0 and res["acknowledged"] == 1 and res["looked_up"] == 0 and res["status"]["check"] == 0


def test_a_missing_key_file_stops_sync_and_keeps_the_rows(cfg_file, tmp_path, library, capsys):
    j = Journal(tmp_path / "offline.sqlite", tmp_path / "offline.key")
    j.enqueue(demo_data.PATRON_OK, "T0000005")
    j.enqueue(demo_data.PATRON_OK, "X0000000")
    j.replay(Circulation(make_client(library)))  # X0000000 is refused and kept for staff
    j.enqueue(demo_data.PATRON_OK, "T0000006")
    j.close()
    (tmp_path / "offline.key").unlink()
    code, out, err = run(capsys, "--config", str(cfg_file), "queue", "status")
    assert code == 1 and "waiting:  1" in out and "refused:  1" in out
    assert "key file" in err and "missing" in err and "restore" in err and "Traceback" not in err
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "status", "--json")
    res = json.loads(out)  # one document: the counts and why nothing goes
    assert code == 1 and (res["ok"], res["reason"], res["waiting"], res["key_problem"]) == (False, "key_missing", 1,
                                                                                           "key_missing")  # fmt: skip
    code, out, err = run(capsys, "--config", str(cfg_file), "queue", "sync")
    assert code == 3 and "nothing was sent" in out and "restore" in out
    code, out, _ = run(capsys, "--config", str(cfg_file), "queue", "refusals")
    assert code == 0 and "cannot be read (key_missing)" not in out and "item_unknown" in out
    assert not (tmp_path / "offline.key").exists()  # never a new key over the rows
    assert library.counts.get("11", 0) == 2  # the two sent before the key went; nothing since


def test_first_start_on_a_full_disk(tmp_path, library):
    data = tmp_path / "data"
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'[kiosk]\ndata_dir = "{data}"\n[offline]\nlending = true\n')
    done = run_on_full_disk(data, kiosk_cli(cfg, "queue", "status", "--json"), env=cli_env())
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "disk is full" in done.stderr and json.loads(done.stdout)["reason"] == "disk_full"
    assert not (data / "offline.key").exists()  # no empty, no short key file
    done = subprocess.run(kiosk_cli(cfg, "queue", "status"), capture_output=True, text=True, env=cli_env())
    assert done.returncode == 0 and "waiting:  0" in done.stdout
    assert len(json.loads((data / "offline.key").read_text())["keys"]) == 1


def test_sync_on_a_full_disk_sends_nothing_and_keeps_everything(cfg_file, tmp_path, library):
    j = Journal(tmp_path / "offline.sqlite", tmp_path / "offline.key")
    for n in (7, 8, 9):
        j.enqueue(demo_data.PATRON_OK, f"T000000{n}")
    j.close()
    done = run_on_full_disk(tmp_path, kiosk_cli(cfg_file, "queue", "sync"), env=cli_env())
    assert done.returncode == 1 and "disk is full" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert library.counts.get("11", 0) == 0
    done = subprocess.run(kiosk_cli(cfg_file, "queue", "sync"), capture_output=True, text=True, env=cli_env())
    assert done.returncode == 0 and "sent and confirmed: 3" in done.stdout


def test_files_are_the_owners_whatever_the_umask(cfg_file, tmp_path, library):
    """The CLI as a technician's shell runs it (umask 022): the journal and its key are 0600."""
    j = Journal(tmp_path / "seed.sqlite", tmp_path / "seed.key")
    j.close()
    done = subprocess.run(kiosk_cli(cfg_file, "queue", "status"), capture_output=True, text=True, env=cli_env(),
                          preexec_fn=lambda: os.umask(0o022))  # fmt: skip
    assert done.returncode == 0, done.stderr
    made = [p for p in tmp_path.iterdir() if p.name.startswith("offline.")]
    assert {p.name for p in made} >= {"offline.sqlite", "offline.key"}
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in made} == {p.name: 0o600 for p in made}
