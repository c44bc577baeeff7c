"""The whole authentication from the command line, with the real validation client against a real OCSP
responder (openssl ocsp on 127.0.0.1) and the card on the real pcscd."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kiosk.validation.sim import IndexEntry, OpensslOcspResponder

from .conftest import kiosk_toml, model_for, run_kiosk

pytestmark = pytest.mark.pcsc


@pytest.fixture(scope="module")
def revoked_user(pki):
    from hardware.sim import certs

    return certs.make_user_cert(pki.ca)


@pytest.fixture(scope="module")
def ocsp(pki, revoked_user, tmp_path_factory):
    entries = [
        IndexEntry(pki.user.cert.serial_number),
        IndexEntry(
            revoked_user.cert.serial_number,
            revoked_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=1),
            reason="keyCompromise",
        ),
    ]
    r = OpensslOcspResponder(tmp_path_factory.mktemp("ocsp"), pki.ca.cert, pki.ca.cert, pki.ca.key, entries)
    r.start()
    yield r
    r.stop()


@pytest.fixture
def cfg_path(tmp_path, pki, pcscd, ocsp):
    return kiosk_toml(
        tmp_path, pki, pcscd, more=f'[validation]\nocsp_url = "{ocsp.url}"\nretries = 0\nread_timeout_s = 20.0\n'
    )


def kiosk(args, cfg_path, stdin=""):
    return run_kiosk(args, cfg_path, stdin, timeout=120)


def test_link_at_the_counter_then_authenticate_at_the_kiosk(cfg_path, insert, model):
    insert(model)
    r = kiosk(["card", "authenticate", "--pin-stdin", "--json"], cfg_path, "1234\n")
    assert r.returncode == 1 and json.loads(r.stdout)["reason"] == "not_linked", r.stderr
    r = kiosk(["link", "add", "--patron", "10000001", "--pin-stdin", "--json"], cfg_path, "1234\n")
    assert r.returncode == 0, r.stdout + r.stderr
    assert json.loads(r.stdout)["linked"] is True
    assert kiosk(["link", "count"], cfg_path).stdout.strip() == "1"
    r = kiosk(["card", "authenticate", "--pin-stdin", "--json"], cfg_path, "1234\n")
    out = json.loads(r.stdout)
    assert r.returncode == 0 and out["ok"] and out["patron_number"] == "10000001", r.stderr
    assert kiosk(["link", "remove", "--patron", "10000001"], cfg_path).returncode == 0
    r = kiosk(["card", "authenticate", "--pin-stdin", "--json"], cfg_path, "1234\n")
    assert json.loads(r.stdout)["reason"] == "not_linked"


def test_linking_needs_the_right_pin(cfg_path, insert, model):
    insert(model)
    r = kiosk(["link", "add", "--patron", "10000001", "--pin-stdin", "--json"], cfg_path, "9999\n")
    assert r.returncode == 1 and json.loads(r.stdout)["reason"] == "pin_wrong"
    assert kiosk(["link", "count"], cfg_path).stdout.strip() == "0"


def test_revoked_card_is_refused_and_cannot_be_linked(cfg_path, insert, pki, revoked_user):
    insert(model_for(revoked_user, pki.ca))
    r = kiosk(["link", "add", "--patron", "10000003", "--pin-stdin", "--json"], cfg_path, "1234\n")
    out = json.loads(r.stdout)
    assert r.returncode == 1 and out["reason"] == "cert_revoked", out
    assert kiosk(["link", "count"], cfg_path).stdout.strip() == "0"


def test_responder_down_fails_closed(tmp_path, pki, pcscd, insert, model):
    p = kiosk_toml(
        tmp_path,
        pki,
        pcscd,
        more='[validation]\nocsp_url = "http://127.0.0.1:9/ocsp"\nretries = 0\nconnect_timeout_s = 2.0\n',
    )
    insert(model)
    r = kiosk(["card", "authenticate", "--pin-stdin", "--json"], p, "1234\n")
    out = json.loads(r.stdout)
    assert r.returncode == 1 and not out["ok"] and out["reason"].startswith("validation_"), out
