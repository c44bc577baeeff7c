"""``build_checker``: what the authentication gets for a configuration."""

from __future__ import annotations

import pytest

from kiosk import config
from kiosk.identity.revocation import RefuseAll, Status
from kiosk.validation import ValidationClient
from kiosk_app.build import validation_checker as build_checker


def test_default_configuration_fails_closed(pki):
    checker = build_checker(config.Config())
    assert isinstance(checker, RefuseAll)
    v = checker.check(pki.good.cert, pki.ca.cert)
    assert (v.allow, v.status) == (False, Status.UNAVAILABLE)


def test_configured_checker_answers(tmp_path, pki, responder):
    anchors = tmp_path / "ca.pem"
    anchors.write_bytes(pki.ca.pem)
    cfg = config.from_dict(
        {
            "kiosk": {"data_dir": str(tmp_path)},
            "identity": {"trust_anchors": [str(anchors)]},
            "validation": {"ocsp_url": responder.url, "read_timeout_s": 20.0},
        }
    )
    checker = build_checker(cfg)
    assert isinstance(checker, ValidationClient)
    try:
        assert checker.check(pki.good.cert, pki.ca.cert).allow is True
        assert checker.check(pki.revoked.cert, pki.ca.cert).reason == "cert_revoked"
    finally:
        checker.close()


def test_crl_mode_without_url_still_builds_a_client(tmp_path, pki):
    cfg = config.from_dict({"kiosk": {"data_dir": str(tmp_path)}, "validation": {"mode": "crl"}})
    checker = build_checker(cfg)
    assert isinstance(checker, ValidationClient)
    assert checker.check(pki.good.cert, pki.ca.cert).reason == "crl_missing"
    checker.close()


@pytest.mark.parametrize(
    "section, key",
    [
        ({"responder_certs": ["/nonexistent/resp.pem"]}, "[validation].responder_certs"),
        ({"ocsp_url": "http://127.0.0.1:9/", "pinned_cert": "/nonexistent/pin.pem"}, "[validation].pinned_cert"),
        ({"ocsp_url": "http://127.0.0.1:9/", "ca_bundle": "/nonexistent/ca.pem"}, "[validation].ca_bundle"),
    ],
)
def test_unreadable_files_name_the_key(tmp_path, section, key):
    cfg = config.from_dict({"kiosk": {"data_dir": str(tmp_path)}, "validation": section})
    with pytest.raises(config.ConfigError) as e:
        build_checker(cfg)
    assert e.value.key == key


def test_client_cert_needs_its_key():
    with pytest.raises(config.ConfigError) as e:
        config.from_dict({"validation": {"client_cert": "/etc/kiosk/client.pem"}})
    assert e.value.key == "[validation].client_key"


def test_ocsp_method_is_post_or_get():
    assert config.from_dict({}).validation.ocsp_method == "post"
    assert config.from_dict({"validation": {"ocsp_method": "get"}}).validation.ocsp_method == "get"
    with pytest.raises(config.ConfigError) as e:
        config.from_dict({"validation": {"ocsp_method": "put"}})
    assert e.value.key == "[validation].ocsp_method"
