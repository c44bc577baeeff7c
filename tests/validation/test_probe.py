"""The maintenance probe of the validation link: a real OCSP responder (openssl) and small servers on 127.0.0.1,
CRLs in a real store on disk."""

from __future__ import annotations

import datetime as dt
import json
import logging

from kiosk.validation import probe as probe_mod
from kiosk.validation.probe import ERROR, OK, WARNING, ProbeResult, judge_crl, probe

from .test_crl import SKEW, make_crl


def test_a_signed_fresh_answer_about_a_serial_no_card_carries_is_ok(pki, responder, client_factory):
    c = client_factory(ocsp_url=responder.url)
    r = probe(c, [pki.ca.cert])
    assert r.health == OK and r.reason == "" and "signed by issuer" in r.detail
    assert not c.cache._items  # nothing of the probe goes into the cache of card answers


def test_a_configured_probe_certificate_must_be_good(pki, responder, client_factory):
    c = client_factory(ocsp_url=responder.url)
    good = probe(c, [pki.ca.cert], probe_cert=pki.good.cert)
    assert (good.health, good.reason) == (OK, "")
    revoked = probe(c, [pki.ca.cert], probe_cert=pki.revoked.cert)
    assert (revoked.health, revoked.reason) == (WARNING, "probe_cert_revoked")
    unknown = probe(c, [pki.ca.cert], probe_cert=pki.unknown.cert)
    assert (unknown.health, unknown.reason) == (WARNING, "probe_cert_unknown")
    foreign = probe(c, [pki.ca.cert], probe_cert=pki.impostor.cert)
    assert (foreign.health, foreign.reason) == (WARNING, "probe_cert_foreign")


def test_responder_down_is_an_error_with_the_transport_reason(pki, client_factory, closed_port_url):
    r = probe(client_factory(ocsp_url=closed_port_url), [pki.ca.cert])
    assert (r.health, r.reason) == (ERROR, "validation_unreachable")


def test_an_answer_that_would_not_be_believed_is_an_error(pki, responder, responder_factory, client_factory, servers):
    replay = servers["replay"](responder.url)
    c = client_factory(ocsp_url=replay.url)
    assert probe(c, [pki.ca.cert]).health == OK  # the first passes through
    r = probe(c, [pki.ca.cert])  # the same old answer again: another nonce
    assert (r.health, r.reason) == (ERROR, "ocsp_nonce_mismatch")
    garbage = servers["static"](b"\x30\x03\x02\x01\x00")
    r = probe(client_factory(ocsp_url=garbage.url), [pki.ca.cert])
    assert (r.health, r.reason) == (ERROR, "ocsp_malformed")
    wrong_key = responder_factory(pki.ca, pki.impostor, pki.entries())
    r = probe(client_factory(ocsp_url=wrong_key.url), [pki.ca.cert])
    assert r.health == ERROR and r.reason.startswith("ocsp_")


def test_nothing_configured_is_an_error(pki, client_factory):
    assert probe(None, [pki.ca.cert]).reason == "validation_not_configured"
    assert probe(client_factory(ocsp_url=""), [pki.ca.cert]).reason == "validation_not_configured"
    assert probe(client_factory(ocsp_url="http://127.0.0.1:9/"), []).reason == "anchor_missing"


def test_crl_mode_judges_the_stored_crl_against_the_age_limit(pki, client_factory):
    c = client_factory(mode="crl", offline_max_crl_age_s=24 * 3600)
    now = dt.datetime.now(dt.UTC)
    assert probe(c, [pki.ca.cert]).reason == "crl_missing"
    this_update = now - dt.timedelta(minutes=10)
    c.store.put(
        make_crl(pki.ca, this_update=this_update, next_update=this_update + dt.timedelta(days=7)),
        now=now,
        clock_skew=SKEW,
    )
    fresh = probe(c, [pki.ca.cert])
    assert fresh.health == OK and "crl age 0h10m of 24h00m" in fresh.detail

    def at(hours: float) -> ProbeResult:
        return probe(c, [pki.ca.cert], clock=lambda: now + dt.timedelta(hours=hours))

    assert (at(20).health, at(20).reason) == (WARNING, "crl_ageing")
    assert (at(25).health, at(25).reason) == (ERROR, "crl_too_old")


def test_judge_crl_is_pure_and_covers_every_case(pki):
    from kiosk.validation import crl as crl_mod

    now = dt.datetime.now(dt.UTC)
    day = dt.timedelta(days=1)
    young = crl_mod.verify(make_crl(pki.ca, this_update=now - dt.timedelta(hours=1), next_update=now + day),
                           [pki.ca.cert], now=now, clock_skew=SKEW)  # fmt: skip
    assert judge_crl(None, now, day, SKEW).reason == "crl_missing"
    assert judge_crl(young, now, day, SKEW).health == OK
    assert judge_crl(young, now + dt.timedelta(hours=20), day, SKEW).reason == "crl_ageing"
    assert judge_crl(young, now + dt.timedelta(hours=25), 2 * day, SKEW).reason == "crl_stale"
    assert judge_crl(young, now + 2 * day, day, SKEW).reason == "crl_too_old"


def test_ocsp_with_crl_fallback_warns_when_only_the_crl_is_usable(pki, client_factory, closed_port_url):
    c = client_factory(mode="ocsp+crl", ocsp_url=closed_port_url)
    now = dt.datetime.now(dt.UTC)
    assert probe(c, [pki.ca.cert]).health == ERROR  # neither
    c.store.put(make_crl(pki.ca), now=now, clock_skew=SKEW)
    r = probe(c, [pki.ca.cert])
    assert (r.health, r.reason) == (WARNING, "validation_unreachable") and r.detail.startswith("crl fallback")


def test_probe_logs_carry_no_serial(pki, responder, client_factory, caplog):
    c = client_factory(ocsp_url=responder.url)
    with caplog.at_level(logging.INFO):
        probe(c, [pki.ca.cert], probe_cert=pki.good.cert)
    lines = [r for r in caplog.records if r.name == probe_mod._log.name]
    assert lines and all(getattr(r, "event", r.getMessage()) for r in lines)
    text = json.dumps([r.__dict__ for r in caplog.records], default=str)
    for serial in (pki.good.cert.serial_number,):
        assert str(serial) not in text and format(serial, "x") not in text.lower()


def test_device_view_asks_at_most_every_interval_and_the_self_test_at_once(pki, responder, client_factory, servers):
    import pytest

    from kiosk import config
    from kiosk.services import DeviceHealth, ServiceError
    from kiosk_app.adapters.card import ValidationLink

    counting = servers["replay"](responder.url)  # counts the requests (and answers the first one's bytes)
    c = client_factory(ocsp_url=counting.url)
    t = [1000.0]
    link = ValidationLink(config.from_dict({}), c, [pki.ca.cert], min_interval_s=30.0, clock=lambda: t[0])
    first = link.health()
    assert first.name == "validation_link" and first.health is DeviceHealth.OK and counting.hits == 1
    t[0] += 10
    assert link.health() == first and counting.hits == 1  # cached
    with pytest.raises(ServiceError) as e:
        link.self_test()  # asked at once: the replayed old answer is not believed
    assert e.value.reason == "ocsp_nonce_mismatch" and counting.hits == 2
    assert link.health().reason == "ocsp_nonce_mismatch"  # the view shows the latest finding
    unreadable = ValidationLink(config.from_dict({"validation": {"probe_cert": "/nonexistent.pem"}}), c, [pki.ca.cert])
    assert unreadable.health().reason == "probe_cert_unreadable"


def test_the_probe_asks_the_way_card_checks_ask(pki, responder, client_factory):
    """With ``ocsp_method = "get"`` the probe uses GET too (a proxy that only lets GET through is found out)."""
    c = client_factory(ocsp_url=responder.url, ocsp_method="get")
    calls = []
    get = c.http.get_ocsp
    c.http.get_ocsp = lambda *a, **kw: calls.append("get") or get(*a, **kw)  # type: ignore[method-assign]
    r = probe(c, [pki.ca.cert])
    assert r.health == OK and calls == ["get"]
