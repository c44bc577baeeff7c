"""``kiosk queue …`` and ``kiosk sip2 status`` run in-process against real files and the demo library system."""

import json

import pytest

from kiosk.sip2 import demo_data
from kiosk_app import cli
from offline_queue import Journal


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
