"""HTTPS to the validation service: the configured CA bundle, a pinned server certificate, a client certificate."""

from __future__ import annotations


def test_https_with_the_configured_ca_bundle(pki, responder, client_factory, servers, tls_files):
    front = servers["tls"](responder.url, tls_files["server"], tls_files["server_key"])
    c = client_factory(ocsp_url=front.url, ca_bundle=str(tls_files["ca"]))
    assert c.check(pki.good.cert, pki.ca.cert).reason == "ocsp_good"
    assert front.hits == 1


def test_https_refuses_a_server_outside_the_bundle(pki, responder, client_factory, servers, tls_files):
    front = servers["tls"](responder.url, tls_files["server"], tls_files["server_key"])
    c = client_factory(ocsp_url=front.url, ca_bundle=str(tls_files["other_ca"]))
    v = c.check(pki.good.cert, pki.ca.cert)
    assert (v.allow, v.reason) == (False, "validation_tls_failed")
    assert front.hits == 0


def test_pinned_certificate_must_match(pki, responder, client_factory, servers, tls_files):
    front = servers["tls"](responder.url, tls_files["server"], tls_files["server_key"])
    ok = client_factory(ocsp_url=front.url, ca_bundle=str(tls_files["ca"]), pinned_cert=str(tls_files["server"]))
    assert ok.check(pki.good.cert, pki.ca.cert).allow is True
    # same CA, another server certificate: the bundle would trust it, the pin does not
    wrong = client_factory(
        ocsp_url=front.url, ca_bundle=str(tls_files["ca"]), pinned_cert=str(tls_files["other_server"])
    )
    v = wrong.check(pki.good.cert, pki.ca.cert)
    assert (v.allow, v.reason) == (False, "validation_tls_failed")
    assert front.hits == 1


def test_client_certificate_is_presented(pki, responder, client_factory, servers, tls_files):
    front = servers["tls"](responder.url, tls_files["server"], tls_files["server_key"], client_ca_file=tls_files["ca"])
    without = client_factory(ocsp_url=front.url, ca_bundle=str(tls_files["ca"]))
    v = without.check(pki.good.cert, pki.ca.cert)
    assert v.allow is False
    assert v.reason in {"validation_tls_failed", "validation_unreachable"}
    with_cert = client_factory(
        ocsp_url=front.url,
        ca_bundle=str(tls_files["ca"]),
        client_cert=str(tls_files["client"]),
        client_key=str(tls_files["client_key"]),
    )
    assert with_cert.check(pki.good.cert, pki.ca.cert).allow is True
