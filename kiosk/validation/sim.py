"""A real OCSP responder for tests, the benchmark and the demo: Debian's ``openssl ocsp`` serving an index file.

``openssl ocsp -port`` (OpenSSL 3.0) can only listen on every address of the machine. The kiosk's rule is that
nothing listens or connects anywhere but 127.0.0.1, so the responder is run inside a private network namespace
(``unshare -rn``: a user and network namespace with only its own loopback), and a small forwarder in this module
relays connections from a socket bound to 127.0.0.1 in our namespace (created here and passed down) to it.
Where namespaces are not permitted, the fallback runs ``openssl ocsp -index … -reqin … -respout …`` once per
request behind a 127.0.0.1 HTTP server: the same OpenSSL responder code, without OpenSSL's listener.

Index lines follow ``openssl ca``'s ``index.txt``: status (V valid, R revoked), expiry, revocation time[,reason],
serial in upper-case hex, file name, subject. Serials missing from the index are answered "unknown".

Run as ``python -m kiosk.validation.sim --listen-fd N -- openssl ocsp …`` it is the forwarder (inside the namespace).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import datetime as dt
import fcntl
import http.server
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import typing
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

import safefile
from kiosk.validation import der

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class IndexEntry:
    serial: int
    revoked_at: dt.datetime | None = None
    #: openssl's reason names: unspecified, keyCompromise, CACompromise, affiliationChanged, superseded,
    #: cessationOfOperation, certificateHold
    reason: str | None = None
    expires: dt.datetime = dt.datetime(2049, 12, 31, 0, 0, 0, tzinfo=dt.UTC)


def _asn1_time(t: dt.datetime) -> str:
    t = t.astimezone(dt.UTC)
    return t.strftime("%y%m%d%H%M%SZ") if t.year < 2050 else t.strftime("%Y%m%d%H%M%SZ")


def _serial_hex(serial: int) -> str:
    h = f"{serial:X}"
    return h if len(h) % 2 == 0 else "0" + h


def index_text(entries: Iterable[IndexEntry]) -> str:
    lines = []
    for e in entries:
        if e.revoked_at is None:
            status, rev = "V", ""
        else:
            status, rev = "R", _asn1_time(e.revoked_at) + (f",{e.reason}" if e.reason else "")
        sh = _serial_hex(e.serial)
        lines.append(f"{status}\t{_asn1_time(e.expires)}\t{rev}\t{sh}\tunknown\t/CN=s{sh}\n")
    return "".join(lines)


# -- CRLs of JPKI size ----------------------------------------------------------------------------------------------
def build_crl(
    issuer: x509.Certificate,
    key: rsa.RSAPrivateKey,
    entries: Iterable[tuple[int, int | None]],
    *,
    revoked_at: dt.datetime,
    this_update: dt.datetime,
    next_update: dt.datetime | None,
    number: int | None = 1,
) -> bytes:
    """A DER CRL (v2, sha256WithRSAEncryption, authority key identifier, CRL number) listing ``entries``
    (serial, RFC 5280 reason code or None), all revoked at ``revoked_at``.

    ``cryptography``'s CertificateRevocationListBuilder copies its list on every added entry; this writes the DER
    directly, so a JPKI-sized list (hundreds of thousands of entries) takes about a second."""
    when = _time(revoked_at)
    reasons = {
        code: der.encode(
            der.SEQUENCE,
            der.encode(
                der.SEQUENCE, _REASON_OID + der.encode(der.OCTET_STRING, der.encode(der.ENUMERATED, bytes((code,))))
            ),
        )
        for code in der.REASON_NAMES
    }
    parts = []
    for serial, reason in entries:
        body = der.integer(serial) + when + (reasons[reason] if reason is not None else b"")
        parts.append(b"\x30" + der.length(len(body)) + body)
    revoked = der.encode(der.SEQUENCE, b"".join(parts)) if parts else b""
    del parts
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key()).digest
    exts = der.encode(
        der.SEQUENCE, _AKI_OID + der.encode(der.OCTET_STRING, der.encode(der.SEQUENCE, der.encode(0x80, ski)))
    )
    if number is not None:
        exts += der.encode(der.SEQUENCE, _CRL_NUMBER_OID + der.encode(der.OCTET_STRING, der.integer(number)))
    tbs = der.encode(
        der.SEQUENCE,
        der.integer(1)
        + _SHA256_RSA
        + issuer.subject.public_bytes()
        + _time(this_update)
        + (_time(next_update) if next_update is not None else b"")
        + revoked
        + der.encode(0xA0, der.encode(der.SEQUENCE, exts)),
    )
    del revoked
    signature = key.sign(tbs, padding.PKCS1v15(), hashes.SHA256())
    return der.encode(der.SEQUENCE, tbs + _SHA256_RSA + der.encode(der.BIT_STRING, b"\x00" + signature))


def _time(t: dt.datetime) -> bytes:
    t = t.astimezone(dt.UTC)
    if t.year < 2050:
        return der.encode(der.UTC_TIME, t.strftime("%y%m%d%H%M%SZ").encode())
    return der.encode(der.GENERALIZED_TIME, t.strftime("%Y%m%d%H%M%SZ").encode())


_SHA256_RSA = der.encode(der.SEQUENCE, der.oid("1.2.840.113549.1.1.11") + b"\x05\x00")
_REASON_OID = der.oid("2.5.29.21")
_AKI_OID = der.oid("2.5.29.35")
_CRL_NUMBER_OID = der.oid("2.5.29.20")


def namespaces_available() -> bool:
    """True when ``unshare -rn`` (a private user and network namespace) may be used here."""
    if shutil.which("unshare") is None:
        return False
    try:
        r = subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return False
    return r.returncode == 0


class OpensslOcspResponder:
    """``openssl ocsp`` answering for ``ca`` from an index, reachable at :attr:`url` on 127.0.0.1.

    ``signer``/``signer_key`` sign the responses (default: the CA itself); ``minutes`` sets nextUpdate
    (``-nmin``; None: no nextUpdate); ``delay_s`` is how long each request waits before it is answered (the round
    trip to the validation service over LGWAN, where J-LIS answers every request itself). Use as a context manager
    or call :meth:`start` and :meth:`stop`.
    """

    def __init__(
        self,
        folder: str | Path,
        ca: x509.Certificate,
        signer: x509.Certificate,
        signer_key: rsa.RSAPrivateKey,
        entries: Sequence[IndexEntry] = (),
        *,
        minutes: int | None = 60,
        extra_args: Sequence[str] = (),
        use_namespace: bool | None = None,
        startup_timeout_s: float = 30.0,
        delay_s: float = 0.0,
    ) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.ca_path = self.folder / "ocsp-ca.pem"
        self.signer_path = self.folder / "ocsp-signer.pem"
        self.key_path = self.folder / "ocsp-signer.key"
        self.index_path = self.folder / "index.txt"
        self.ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
        self.signer_path.write_bytes(signer.public_bytes(serialization.Encoding.PEM))
        key_pem = signer_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        safefile.write(self.key_path, key_pem)  # 0600 from the start, never readable by others
        (self.folder / "index.txt.attr").write_text("unique_subject = no\n")
        self.set_entries(entries)
        self.minutes = minutes
        self.extra_args = list(extra_args)
        self.use_namespace = namespaces_available() if use_namespace is None else use_namespace
        self.startup_timeout_s = startup_timeout_s
        self.delay_s = max(delay_s, 0.0)
        self.url = ""
        self.port = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._http: http.server.HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._log: typing.BinaryIO | None = None

    def set_entries(self, entries: Sequence[IndexEntry]) -> None:
        tmp = self.index_path.with_suffix(".tmp")
        tmp.write_text(index_text(entries))
        os.replace(tmp, self.index_path)

    def openssl_args(self) -> list[str]:
        args = [
            "openssl",
            "ocsp",
            "-index",
            str(self.index_path),
            "-CA",
            str(self.ca_path),
            "-rsigner",
            str(self.signer_path),
            "-rkey",
            str(self.key_path),
            "-rmd",
            "sha256",
        ]
        if self.minutes is not None:
            args += ["-nmin", str(self.minutes)]
        return args + self.extra_args

    # -- lifecycle ---------------------------------------------------------------------------------------------
    def start(self, port: int = 0) -> str:
        """Listen on ``port`` of 127.0.0.1 (0: any free one); returns the URL. ``start(port)`` after :meth:`stop`
        brings the same responder back at the same URL (the demo's "validation service down" switch)."""
        if self.use_namespace:
            self._start_namespace(port)
        else:
            self._start_reqin(port)
        self.url = f"http://{LOOPBACK}:{self.port}/"
        return self.url

    def _start_namespace(self, port: int = 0) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((LOOPBACK, port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        fd = listener.fileno()
        cmd = ["unshare", "-rn", sys.executable, "-m", "kiosk.validation.sim", "--listen-fd", str(fd)]
        cmd += ["--delay-s", repr(self.delay_s), "--"]
        cmd += self.openssl_args() + ["-port", "0"]
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        self._log = open(self.folder / "forwarder.log", "ab")  # noqa: SIM115 - closed in stop()
        self._proc = subprocess.Popen(
            cmd,
            pass_fds=(fd,),
            stdout=subprocess.PIPE,
            stderr=self._log,
            start_new_session=True,
            env=env,
        )
        listener.close()
        ready = _read_line_with_timeout(self._proc, self.startup_timeout_s)
        if ready.strip() != b"READY":
            self.stop()
            raise RuntimeError(f"the OCSP responder did not start ({ready!r})")

    def _start_reqin(self, port: int = 0) -> None:
        responder = self
        lock = threading.Lock()

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                n = int(self.headers.get("Content-Length") or 0)
                self._answer(self.rfile.read(n))

            def do_GET(self) -> None:  # noqa: N802 - RFC 6960 A.1: /{url-encoded base64 of the DER request}
                encoded = urllib.parse.unquote(self.path.rsplit("/", 1)[-1])
                try:
                    body = base64.b64decode(encoded, validate=True)
                except ValueError:
                    self.send_response(400)
                    self.end_headers()
                    return
                self._answer(body)

            def _answer(self, body: bytes) -> None:
                if responder.delay_s:
                    time.sleep(responder.delay_s)
                with lock, tempfile.TemporaryDirectory() as tmp:
                    reqf, respf = Path(tmp, "req.der"), Path(tmp, "resp.der")
                    reqf.write_bytes(body)
                    r = subprocess.run(
                        responder.openssl_args() + ["-reqin", str(reqf), "-respout", str(respf)],
                        capture_output=True,
                        timeout=60,
                    )
                    data = respf.read_bytes() if r.returncode == 0 and respf.exists() else b""
                if not data:
                    self.send_response(500)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/ocsp-response")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self._http = http.server.ThreadingHTTPServer((LOOPBACK, port), Handler)
        self._http.daemon_threads = True
        self.port = self._http.server_address[1]
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, signal.SIGTERM)
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self._proc.pid, signal.SIGKILL)
                self._proc.wait(timeout=10)
            if self._proc.stdout is not None:
                self._proc.stdout.close()
            self._proc = None
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
            self._http = None

    def restart(self) -> str:
        """Stop and start again on the same port (``openssl ocsp`` reads its index when it starts: call this after
        :meth:`set_entries`, or to bring a stopped responder back)."""
        port = self.port
        self.stop()
        return self.start(port)

    def __enter__(self) -> OpensslOcspResponder:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _read_line_with_timeout(proc: subprocess.Popen[bytes], timeout: float) -> bytes:
    out: list[bytes] = []

    def reader() -> None:
        assert proc.stdout is not None
        out.append(proc.stdout.readline())

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    t.join(timeout)
    return out[0] if out else b""


# -- the forwarder, run inside the namespace ---------------------------------------------------------------------
def _loopback_up() -> None:
    siocgifflags, siocsifflags, iff_up = 0x8913, 0x8914, 0x1
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        ifr = struct.pack("16sH22x", b"lo", 0)
        flags = struct.unpack("16sH22x", fcntl.ioctl(s, siocgifflags, ifr))[1]
        fcntl.ioctl(s, siocsifflags, struct.pack("16sH22x", b"lo", flags | iff_up))


#: how long a client may take to send its whole request before it is dropped
REQUEST_TIMEOUT_S = 10.0
MAX_REQUEST_BYTES = 64 * 1024


def _read_request(client: socket.socket) -> bytes | None:
    """One whole HTTP request (headers and Content-Length body), or None for a slow, silent or oversized client.

    ``openssl ocsp`` serves one connection at a time and waits without limit for a request, so a client that
    connects and says nothing would stall it for everyone; only complete requests are passed on."""
    client.settimeout(REQUEST_TIMEOUT_S)
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            chunk = client.recv(65536)
            if not chunk or len(data) > MAX_REQUEST_BYTES:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        m = re.search(rb"(?im)^content-length:\s*(\d+)\s*$", head)
        need = int(m.group(1)) if m else 0
        if need > MAX_REQUEST_BYTES:
            return None
        while len(body) < need:
            chunk = client.recv(65536)
            if not chunk:
                return None
            body += chunk
    except OSError:
        return None
    return head + b"\r\n\r\n" + body


def _relay(client: socket.socket, port: int, delay_s: float = 0.0) -> None:
    try:
        request = _read_request(client)
        if request is None:
            print("incomplete request dropped", file=sys.stderr, flush=True)
            return
        if delay_s:
            time.sleep(delay_s)  # the modelled network: each request is answered this much later
        with socket.create_connection((LOOPBACK, port), timeout=60) as upstream:
            upstream.sendall(request)
            client.settimeout(60)
            while True:
                chunk = upstream.recv(65536)
                if not chunk:
                    break
                client.sendall(chunk)
    except OSError as e:
        print(f"relay failed: {type(e).__name__}: {e}", file=sys.stderr, flush=True)
    finally:
        client.close()


def _forwarder_main(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(prog="kiosk.validation.sim")
    p.add_argument("--listen-fd", type=int, required=True)
    p.add_argument("--delay-s", type=float, default=0.0)
    p.add_argument("command", nargs=argparse.REMAINDER)
    a = p.parse_args(argv)
    cmd = [c for c in a.command if c != "--"] if a.command and a.command[0] == "--" else a.command
    listener = socket.socket(fileno=a.listen_fd)
    _loopback_up()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)

    def stop(*_: object) -> None:
        with contextlib.suppress(ProcessLookupError):
            proc.terminate()
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)

    def follow_parent(parent: int) -> None:
        # the responder runs in its own session (so a terminal's Ctrl+C does not reach it); it must still not
        # outlive the process that started it when that one is killed before it could call stop()
        while os.getppid() == parent:
            time.sleep(0.5)
        stop()

    threading.Thread(target=follow_parent, args=(os.getppid(),), daemon=True).start()
    assert proc.stdout is not None
    port = 0
    for raw in proc.stdout:
        m = re.match(rb"ACCEPT \S*:(\d+)", raw)
        if m:
            port = int(m.group(1))
            break
    if not port:
        print("FAILED", flush=True)
        return 1

    def drain() -> None:  # openssl's own messages go to the forwarder's log
        assert proc.stdout is not None
        for line in proc.stdout:
            sys.stderr.write("openssl: " + line.decode(errors="replace"))
            sys.stderr.flush()

    threading.Thread(target=drain, daemon=True).start()
    print("READY", flush=True)
    while True:
        client, _ = listener.accept()
        threading.Thread(target=_relay, args=(client, port, a.delay_s), daemon=True).start()


if __name__ == "__main__":
    sys.exit(_forwarder_main(sys.argv[1:]))
