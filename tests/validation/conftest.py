"""Fixtures for the validation client: a JPKI-shaped PKI, a real ``openssl ocsp`` responder, and small real servers
on 127.0.0.1 (silent, static, replaying, proxy). Everything listens on 127.0.0.1 only, on ephemeral ports."""

from __future__ import annotations

import dataclasses
import datetime as dt
import http.server
import socket
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from hardware.sim.certs import Issued, make_ca, make_user_cert, new_key
from kiosk.config import ValidationSection
from kiosk.validation.client import ValidationClient
from kiosk.validation.sim import IndexEntry, OpensslOcspResponder
from kiosk.validation.store import CrlStore

LOOPBACK = "127.0.0.1"
NOW = dt.datetime.now(dt.UTC)


def make_responder_cert(issuer: Issued, *, eku: bool = True, cn: str = "JPKI OCSP Responder") -> Issued:
    key = new_key()
    b = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"), x509.NameAttribute(NameOID.COMMON_NAME, cn)])
        )
        .issuer_name(issuer.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    )
    if eku:
        b = b.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.OCSP_SIGNING]), critical=False)
    return Issued(b.sign(issuer.key, hashes.SHA256()), key)


@dataclass
class Pki:
    ca: Issued
    impostor: Issued  # same name as ca, another key
    good: Issued
    revoked: Issued
    unknown: Issued  # issued by ca, absent from the index
    delegated: Issued  # OCSP signer with id-kp-OCSPSigning, issued by ca
    no_eku: Issued  # issued by ca, without id-kp-OCSPSigning
    foreign_delegated: Issued  # OCSP signer issued by the impostor
    revoked_at: dt.datetime

    def entries(self) -> list[IndexEntry]:
        return [
            IndexEntry(self.good.cert.serial_number),
            IndexEntry(self.revoked.cert.serial_number, self.revoked_at, "keyCompromise"),
        ]


@pytest.fixture(scope="session")
def pki() -> Pki:
    ca = make_ca()
    impostor = make_ca()
    return Pki(
        ca=ca,
        impostor=impostor,
        good=make_user_cert(ca),
        revoked=make_user_cert(ca),
        unknown=make_user_cert(ca),
        delegated=make_responder_cert(ca),
        no_eku=make_responder_cert(ca, eku=False),
        foreign_delegated=make_responder_cert(impostor),
        revoked_at=(NOW - dt.timedelta(days=3)).replace(microsecond=0),
    )


@pytest.fixture(scope="session")
def responder_factory(tmp_path_factory) -> Iterator[Callable[..., OpensslOcspResponder]]:
    """Start ``openssl ocsp`` responders; all are stopped at the end of the session."""
    started: list[OpensslOcspResponder] = []

    def start(ca: Issued, signer: Issued, entries, **kw) -> OpensslOcspResponder:
        r = OpensslOcspResponder(tmp_path_factory.mktemp("ocsp"), ca.cert, signer.cert, signer.key, entries, **kw)
        r.start()
        started.append(r)
        return r

    yield start
    for r in started:
        r.stop()


@pytest.fixture(scope="session")
def responder(pki, responder_factory) -> OpensslOcspResponder:
    """The standard responder: signed by the CA itself, nextUpdate in 60 minutes."""
    return responder_factory(pki.ca, pki.ca, pki.entries())


def settings(**changes) -> ValidationSection:
    base = ValidationSection(connect_timeout_s=5.0, read_timeout_s=20.0, retries=0)
    return dataclasses.replace(base, **changes)


@pytest.fixture
def client_factory(tmp_path, pki) -> Iterator[Callable[..., ValidationClient]]:
    clients: list[ValidationClient] = []

    def make(clock=None, trusted=(), anchors=None, **changes) -> ValidationClient:
        store = CrlStore(tmp_path / "crl", anchors if anchors is not None else [pki.ca.cert])
        kw = {"clock": clock} if clock else {}
        c = ValidationClient(settings(**changes), store=store, trusted_responders=trusted, **kw)
        clients.append(c)
        return c

    yield make
    for c in clients:
        c.close()


# -- small real servers -----------------------------------------------------------------------------------------
class _Server:
    def __init__(self, handler: type[http.server.BaseHTTPRequestHandler]) -> None:
        self.httpd = http.server.ThreadingHTTPServer((LOOPBACK, 0), handler)
        self.httpd.daemon_threads = True
        self.httpd.owner = self  # type: ignore[attr-defined]
        self.port = self.httpd.server_address[1]
        self.url = f"http://{LOOPBACK}:{self.port}/"
        self.hits = 0
        self._t = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._t.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _Quiet(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _reply(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class StaticServer(_Server):
    """Answers every GET and POST with the same bytes (settable), counting requests."""

    def __init__(self, body: bytes = b"", ctype: str = "application/ocsp-response", status: int = 200) -> None:
        self.body, self.ctype, self.status = body, ctype, status

        class H(_Quiet):
            def _any(self) -> None:
                owner = self.server.owner  # type: ignore[attr-defined]
                owner.hits += 1
                n = int(self.headers.get("Content-Length") or 0)
                if n:
                    self.rfile.read(n)
                self._reply(owner.status, owner.body, owner.ctype)

            do_GET = do_POST = _any  # noqa: N815

        super().__init__(H)


class ReplayProxy(_Server):
    """Forwards OCSP POSTs and GETs to ``upstream`` and keeps the first response; later requests get that old one."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.first: bytes | None = None

        class H(_Quiet):
            def do_POST(self) -> None:  # noqa: N802
                owner = self.server.owner  # type: ignore[attr-defined]
                owner.hits += 1
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if owner.first is None:
                    r = requests.post(
                        owner.upstream, data=body, headers={"Content-Type": "application/ocsp-request"}, timeout=60
                    )
                    owner.first = r.content
                self._reply(200, owner.first, "application/ocsp-response")

            def do_GET(self) -> None:  # noqa: N802 - the request rides in the path (RFC 6960 A.1)
                owner = self.server.owner  # type: ignore[attr-defined]
                owner.hits += 1
                if owner.first is None:
                    owner.first = requests.get(owner.upstream.rstrip("/") + self.path, timeout=60).content
                self._reply(200, owner.first, "application/ocsp-response")

        super().__init__(H)


class ForwardProxy(_Server):
    """A plain HTTP proxy (absolute-URI requests), only to 127.0.0.1 targets; counts what passed through."""

    def __init__(self) -> None:
        self.targets: list[str] = []
        self.methods: list[str] = []

        class H(_Quiet):
            def _any(self) -> None:
                owner = self.server.owner  # type: ignore[attr-defined]
                owner.hits += 1
                u = urllib.parse.urlsplit(self.path)
                if u.hostname != LOOPBACK:
                    self._reply(403, b"", "text/plain")
                    return
                owner.targets.append(self.path)
                owner.methods.append(self.command)
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n) if n else None
                ctype = self.headers.get("Content-Type", "")
                r = requests.request(
                    self.command, self.path, data=body, headers={"Content-Type": ctype} if ctype else {}, timeout=60
                )
                self._reply(r.status_code, r.content, r.headers.get("Content-Type", "application/octet-stream"))

            do_GET = do_POST = _any  # noqa: N815

            def do_CONNECT(self) -> None:  # noqa: N802 - HTTPS through the proxy: a byte tunnel
                owner = self.server.owner  # type: ignore[attr-defined]
                owner.hits += 1
                host, _, port = self.path.rpartition(":")
                if host != LOOPBACK:
                    self._reply(403, b"", "text/plain")
                    return
                owner.targets.append(self.path)
                upstream = socket.create_connection((host, int(port)), timeout=60)
                self.send_response(200, "Connection established")
                self.end_headers()
                self.close_connection = True

                def pump(src: socket.socket, dst: socket.socket) -> None:
                    try:
                        while data := src.recv(65536):
                            dst.sendall(data)
                    except OSError:
                        pass
                    try:
                        dst.shutdown(socket.SHUT_WR)
                    except OSError:
                        pass

                t = threading.Thread(target=pump, args=(upstream, self.connection), daemon=True)
                t.start()
                pump(self.connection, upstream)
                t.join(60)
                upstream.close()

        super().__init__(H)


class SilentServer:
    """Accepts TCP connections and never answers (to exercise the read timeout)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind((LOOPBACK, 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://{LOOPBACK}:{self.port}/"
        self.conns: list[socket.socket] = []
        self._stop = False
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self) -> None:
        while not self._stop:
            try:
                c, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(c)

    def stop(self) -> None:
        self._stop = True
        self.sock.close()
        for c in self.conns:
            c.close()


@pytest.fixture
def servers() -> Iterator[dict[str, Callable[..., object]]]:
    made: list = []

    def track(cls):
        def make(*a, **kw):
            s = cls(*a, **kw)
            made.append(s)
            return s

        return make

    yield {
        "static": track(StaticServer),
        "replay": track(ReplayProxy),
        "proxy": track(ForwardProxy),
        "silent": track(SilentServer),
        "tls": track(TlsFront),
    }
    for s in made:
        s.stop()


@pytest.fixture
def closed_port_url() -> str:
    """A 127.0.0.1 URL where nothing listens (connection refused)."""
    s = socket.socket()
    s.bind((LOOPBACK, 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://{LOOPBACK}:{port}/"


def write_pem(path: Path, issued: Issued) -> Path:
    path.write_bytes(issued.pem)
    return path


# -- TLS ---------------------------------------------------------------------------------------------------------
def make_tls_ca(cn: str = "Test LGWAN TLS CA") -> Issued:
    key = new_key()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Issued(cert, key)


def make_tls_leaf(ca: Issued, *, server: bool = True, cn: str = "127.0.0.1") -> Issued:
    import ipaddress

    key = new_key()
    b = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)]))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH]),
            critical=False,
        )
    )
    if server:
        b = b.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(LOOPBACK))]), critical=False
        )
    return Issued(b.sign(ca.key, hashes.SHA256()), key)


class TlsFront(_Server):
    """HTTPS on 127.0.0.1 relaying OCSP POSTs to ``upstream`` (plain HTTP); optionally requires a client certificate."""

    def __init__(self, upstream: str, cert_file: Path, key_file: Path, client_ca_file: Path | None = None) -> None:
        import ssl

        self.upstream = upstream

        class H(_Quiet):
            def do_POST(self) -> None:  # noqa: N802
                owner = self.server.owner  # type: ignore[attr-defined]
                owner.hits += 1
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                r = requests.post(
                    owner.upstream, data=body, headers={"Content-Type": "application/ocsp-request"}, timeout=60
                )
                self._reply(r.status_code, r.content, "application/ocsp-response")

        super().__init__(H)
        self.url = f"https://{LOOPBACK}:{self.port}/"
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert_file, key_file)
        if client_ca_file is not None:
            ctx.verify_mode = ssl.CERT_REQUIRED
            ctx.load_verify_locations(client_ca_file)
        self.httpd.socket = ctx.wrap_socket(self.httpd.socket, server_side=True)


@pytest.fixture
def tls_files(tmp_path) -> dict[str, Path]:
    ca = make_tls_ca()
    other_ca = make_tls_ca("Another TLS CA")
    server = make_tls_leaf(ca)
    other_server = make_tls_leaf(ca)
    client = make_tls_leaf(ca, server=False, cn="kiosk-01")
    files = {}
    for name, issued in {
        "ca": ca,
        "other_ca": other_ca,
        "server": server,
        "other_server": other_server,
        "client": client,
    }.items():
        files[name] = tmp_path / f"{name}.pem"
        files[name].write_bytes(issued.pem)
        files[name + "_key"] = tmp_path / f"{name}.key"
        files[name + "_key"].write_bytes(issued.key_pem())
    return files
