"""``kiosk cert …`` end to end: a TOML file, the real responder, CRL files and a CRL served over HTTP."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from kiosk_app import cli

from .test_crl import make_crl


def write_config(tmp_path, pki, **validation) -> str:
    anchors = tmp_path / "anchors.pem"
    anchors.write_bytes(pki.ca.pem)
    lines = [
        "[kiosk]",
        f'data_dir = "{tmp_path / "data"}"',
        "[identity]",
        f'trust_anchors = ["{anchors}"]',
        "[validation]",
        "connect_timeout_s = 5.0",
        "read_timeout_s = 20.0",
    ]
    for k, v in validation.items():
        lines.append(f"{k} = {json.dumps(v)}")
    path = tmp_path / "kiosk.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def run(capsys, *argv):
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_check_good_and_revoked_with_json(tmp_path, pki, responder, capsys):
    cfg = write_config(tmp_path, pki, ocsp_url=responder.url)
    good = tmp_path / "good.pem"
    good.write_bytes(pki.good.pem)
    code, out, _ = run(capsys, "--config", cfg, "cert", "check", str(good), "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["allow"], data["reason"], data["source"]) == (True, "ocsp_good", "ocsp")
    revoked = tmp_path / "revoked.der"
    revoked.write_bytes(pki.revoked.der)  # DER works as well
    code, out, _ = run(capsys, "--config", cfg, "cert", "check", str(revoked), "--json")
    data = json.loads(out)
    assert code == 3
    assert (data["allow"], data["reason"], data["revocation_reason"]) == (False, "cert_revoked", "key_compromise")
    assert data["revocation_time"] == pki.revoked_at.isoformat()
    for who in (pki.good, pki.revoked):
        s = who.cert.serial_number
        assert str(s) not in out and f"{s:x}" not in out.lower()


def test_check_without_configuration_fails_closed(tmp_path, pki, capsys):
    cfg = write_config(tmp_path, pki)
    good = tmp_path / "good.pem"
    good.write_bytes(pki.good.pem)
    code, out, _ = run(capsys, "--config", cfg, "cert", "check", str(good), "--json")
    assert code == 3
    assert json.loads(out)["reason"] == "validation_not_configured"


def test_check_names_bad_input(tmp_path, pki, capsys):
    cfg = write_config(tmp_path, pki, ocsp_url="http://127.0.0.1:9/")
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"not a certificate")
    code, out, err = run(capsys, "--config", cfg, "cert", "check", str(junk), "--json")
    assert code == 1 and json.loads(out)["reason"] == "cert_malformed"
    code, _, err = run(capsys, "--config", cfg, "cert", "check", str(tmp_path / "missing.pem"))
    assert code == 1 and "cannot read" in err
    from hardware.sim.certs import make_ca, make_user_cert

    stranger = tmp_path / "stranger.pem"
    stranger.write_bytes(make_user_cert(make_ca()).pem)
    code, out, _ = run(capsys, "--config", cfg, "cert", "check", str(stranger), "--json")
    assert code == 1 and json.loads(out)["reason"] == "issuer_not_found"


def test_bad_validation_config_names_the_key(tmp_path, pki, capsys):
    cfg = write_config(tmp_path, pki, mode="ldap")
    code, out, err = run(capsys, "--config", cfg, "cert", "crl", "status", "--json")
    assert code == 2
    assert "[validation].mode" in err


def test_crl_import_status_and_offline_check(tmp_path, pki, capsys):
    now = dt.datetime.now(dt.UTC)
    cfg = write_config(tmp_path, pki, mode="crl", offline_acceptance=True, offline_max_crl_age_s=7200)
    crl_file = tmp_path / "jpki.crl"
    crl_file.write_bytes(make_crl(pki.ca, [(pki.revoked.cert.serial_number, pki.revoked_at, None)], pem=True))
    code, out, _ = run(capsys, "--config", cfg, "cert", "crl", "import", str(crl_file), "--json")
    assert code == 0
    assert json.loads(out)["imported"]["entries"] == 1
    code, out, _ = run(capsys, "--config", cfg, "cert", "crl", "status", "--json")
    status = json.loads(out)
    assert code == 0 and len(status["crls"]) == 1
    (entry,) = status["crls"]
    assert entry["valid"] and entry["current"] and entry["offline_usable"]
    assert 0 < entry["offline_usable_for_s"] <= 7200
    good = tmp_path / "good.pem"
    good.write_bytes(pki.good.pem)
    code, out, _ = run(capsys, "--config", cfg, "cert", "check", str(good), "--json")
    assert (code, json.loads(out)["reason"]) == (0, "offline_crl_good")
    rev = tmp_path / "rev.pem"
    rev.write_bytes(pki.revoked.pem)
    code, out, _ = run(capsys, "--config", cfg, "cert", "check", str(rev), "--json")
    assert (code, json.loads(out)["reason"]) == (3, "cert_revoked")
    # a forged or stale file is refused and the stored one kept
    forged = tmp_path / "forged.crl"
    forged.write_bytes(make_crl(pki.ca, signer=pki.impostor, number=50))
    code, out, _ = run(capsys, "--config", cfg, "cert", "crl", "import", str(forged), "--json")
    assert (code, json.loads(out)["reason"]) == (1, "crl_bad_signature")
    stale = tmp_path / "stale.crl"
    stale.write_bytes(make_crl(pki.ca, this_update=now - dt.timedelta(days=3), next_update=now - dt.timedelta(days=2)))
    code, out, _ = run(capsys, "--config", cfg, "cert", "crl", "import", str(stale), "--json")
    assert (code, json.loads(out)["reason"]) == (1, "crl_stale")
    code, out, _ = run(capsys, "--config", cfg, "cert", "crl", "status", "--json")
    assert json.loads(out)["crls"][0]["entries"] == 1


def test_crl_fetch(tmp_path, pki, servers, capsys, closed_port_url):
    srv = servers["static"](make_crl(pki.ca, number=3), "application/pkix-crl")
    cfg = write_config(tmp_path, pki, mode="crl", crl_url=srv.url)
    code, out, _ = run(capsys, "--config", cfg, "cert", "crl", "fetch", "--json")
    assert code == 0 and json.loads(out)["fetched"]["crl_number"] == 3
    cfg2 = write_config(tmp_path, pki, mode="crl", crl_url=closed_port_url, retries=0)
    code, out, _ = run(capsys, "--config", cfg2, "cert", "crl", "fetch", "--json")
    assert (code, json.loads(out)["reason"]) == (1, "validation_unreachable")


def test_entry_point_runs(tmp_path, pki):
    cfg = write_config(tmp_path, pki)
    r = subprocess.run(
        [sys.executable, "-m", "kiosk_app", "--config", cfg, "cert", "crl", "status"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert "no CRL stored" in r.stdout


@pytest.mark.parametrize("key, value, words", [("retries", 9, "between 0 and 3"), ("proxy", "gateway:8080", "http://")])
def test_config_checks(tmp_path, pki, key, value, words):
    from kiosk import config

    with pytest.raises(config.ConfigError) as e:
        config.load(write_config(tmp_path, pki, **{key: value}))
    assert e.value.key == f"[validation].{key}"
    assert words in str(e.value)
