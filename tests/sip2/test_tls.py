"""SIP2 over TLS (the way many libraries put stunnel in front of the ILS), with a certificate made here."""

import datetime as dt
import ipaddress
import ssl

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kiosk.sip2 import demo_data
from kiosk.sip2.demo import DemoLibrary
from kiosk.sip2.errors import Offline

from .conftest import make_client


@pytest.fixture
def tls_files(tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "demo library system")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )  # fmt: skip
    )
    return cert_path, key_path


def test_checkout_over_tls(tls_files):
    cert, key = tls_files
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    with DemoLibrary(tls_context=ctx) as lib:
        c = make_client(lib, tls=True, tls_ca_file=str(cert))
        c.connect()
        r = c.checkout(demo_data.PATRON_OK, "T0000001")
        assert r.fixed["ok"] == "1" and r.text("AJ").startswith("吾輩は猫である")
        c.close()
        # a client that does not trust the certificate never gets through
        untrusting = make_client(lib, tls=True, retries=0)
        with pytest.raises(Offline) as e:
            untrusting.connect()
        assert e.value.reason == "tls_failed"
