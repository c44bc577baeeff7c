"""A virtual My Number Card (JPKI application) for tests, benchmarks and the demo.

Two parts, following the sans-I/O rule:

- :class:`JpkiCardModel`: the card itself, ``execute(command APDU) -> response APDU``, with the JPKI files, the
  PIN counter, the signature, and hostile variants (see :class:`Variant`).
- :class:`VirtualCard`: connects the model to pcscd through the vsmartcard ``vpcd`` driver (a 2-byte big-endian
  length before every message; a 1-byte message is a control code: 0 power off, 1 power on, 2 reset, 4 get ATR).
  ``insert()`` connects, ``remove()`` closes the socket, which pcscd sees as the card leaving the reader.

The model is faithful enough that OpenSC's ``pkcs15-tool`` reads the certificate byte for byte and lists the PIN
tries (``shared/reference/jpki.md`` §2–3). vpcd listens on every address; this connects only to 127.0.0.1.
"""

from __future__ import annotations

import enum
import os
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils

from hardware.smartcard import jpki

#: the one ATR OpenSC's jpki driver matches; the kiosk itself never looks at the ATR
DEFAULT_ATR = bytes.fromhex("3BE000FF8131FE4514")
EF_SIGN_PIN = 0x001B
VPCD_HOST = "127.0.0.1"
VPCD_PORT = int(os.environ.get("KIOSK_VPCD_PORT", "35963"))


class Variant(enum.Enum):
    """Hostile or odd cards the kiosk must refuse, each with its own reason."""

    NORMAL = "normal"
    HUGE_CERT = "huge_cert"  # the certificate file claims 60 KB
    BROKEN_DER = "broken_der"  # the certificate file holds bytes that are not a certificate
    ANY_PIN_GARBAGE_SIGNATURE = "any_pin_garbage_signature"  # accepts any PIN, signs garbage
    NO_JPKI = "no_jpki"  # a card without the JPKI application
    T0 = "t0"  # answers with T=0 procedure bytes: 61xx before data, 6Cxx for a wrong Le
    PIN_TRIES_15 = "pin_tries_15"  # an empty VERIFY answers 63CF: 15 tries, where the user PIN has 3 at most
    OVERSIZE_ANSWER = "oversize_answer"  # READ BINARY of the certificate answers 4000 bytes whatever Le asked
    ENDLESS_61XX = "endless_61xx"  # every answer with data comes as 61xx, and GET RESPONSE gives 61FF again forever
    WRONG_LE_AT_VERIFY = "wrong_le_at_verify"  # the first VERIFY with a PIN answers 6C04 without judging the PIN


SW_OK = b"\x90\x00"

#: DER DigestInfo prefixes (RFC 8017 §9.2, note 1) of the hashes OpenSSL can sign a digest for in one call
_DIGEST_INFO_PREFIXES: dict[bytes, hashes.HashAlgorithm] = {
    bytes.fromhex("3021300906052b0e03021a05000414"): hashes.SHA1(),
    bytes.fromhex("3031300d060960864801650304020105000420"): hashes.SHA256(),
    bytes.fromhex("3041300d060960864801650304020205000430"): hashes.SHA384(),
    bytes.fromhex("3051300d060960864801650304020305000440"): hashes.SHA512(),
}


def _sw(v: int) -> bytes:
    return bytes([v >> 8, v & 0xFF])


@dataclass
class JpkiCardModel:
    cert_der: bytes
    key: rsa.RSAPrivateKey | None
    ca_der: bytes = b""
    pin: str = "1234"
    tries_left: int = 3
    token: str = jpki.TOKEN_MYNUMBER
    variant: Variant = Variant.NORMAL
    #: what an empty VERIFY on a blocked PIN answers: 0x63C0 or 0x6983 (both seen in the field)
    blocked_sw: int = 0x6983
    atr: bytes = DEFAULT_ATR
    # session state (cleared at power on / reset)
    _ap: bool = field(default=False, init=False)
    _ef: int | None = field(default=None, init=False)
    _verified: bool = field(default=False, init=False)
    _pending: bytes = field(default=b"", init=False)
    #: a test's odd answers: called with every command first; an answer it returns is sent instead of the model's
    #: (the model's state does not change then), ``None`` lets the model answer
    answer_hook: Callable[[bytes], bytes | None] | None = None
    #: counts of commands by INS, for tests (e.g. "never more than one VERIFY with data")
    log: list[tuple[int, int]] = field(default_factory=list, init=False)
    verify_with_data: int = field(default=0, init=False)

    def reset(self) -> None:
        self._ap = False
        self._ef = None
        self._verified = False
        self._pending = b""

    # ------------------------------------------------------------ files

    def _file(self, fid: int) -> bytes | None:
        if fid == jpki.EF_TOKEN:
            return self.token.encode("ascii").ljust(32, b" ")
        if fid == jpki.EF_AUTH_CERT:
            if self.variant is Variant.HUGE_CERT:
                # a DER header that claims 60 000 bytes, followed by filler
                return b"\x30\x82\xea\x5c" + self.cert_der[4:]
            if self.variant is Variant.BROKEN_DER:
                return b"\x30\x82\x03\x00" + bytes(range(256)) * 3
            return self.cert_der
        if fid == jpki.EF_AUTH_CA_CERT:
            return self.ca_der or None
        return None

    # ------------------------------------------------------------ APDUs

    def execute(self, apdu: bytes) -> bytes:
        if self.answer_hook is not None:
            odd = self.answer_hook(apdu)
            if odd is not None:
                self.log.append((apdu[0], apdu[1]) if len(apdu) >= 2 else (-1, -1))
                return odd
        is_get_response = apdu[:2] == b"\x00\xc0"
        if self.variant is Variant.ENDLESS_61XX and is_get_response:
            self.log.append((0x00, 0xC0))
            return b"\xa5" * (apdu[4] if len(apdu) == 5 and apdu[4] else 256) + b"\x61\xff"
        r = self._execute(apdu)
        chained = self.variant in (Variant.T0, Variant.ENDLESS_61XX)
        if chained and not is_get_response and len(r) > 2 and r[-2:] == SW_OK:
            self._pending = r[:-2]
            return bytes([0x61, len(self._pending) & 0xFF])
        return r

    def _execute(self, apdu: bytes) -> bytes:
        if len(apdu) < 4:
            return _sw(0x6700)
        cla, ins, p1, p2 = apdu[:4]
        self.log.append((cla, ins))
        body = apdu[4:]
        if cla == 0x00 and ins == 0xC0:
            data, self._pending = self._pending, b""
            if not data:
                return _sw(0x6985)
            return data + SW_OK
        self._pending = b""
        if cla not in (0x00, 0x80):
            return _sw(0x6E00)
        if ins == 0xA4:
            return self._select(p1, p2, body)
        if ins == 0xB0:
            return self._read_binary(p1, p2, body)
        if ins == 0x20:
            return self._verify(p2, body)
        if ins == 0x2A and cla == 0x80:
            return self._sign(p1, p2, body)
        if ins in (0xCA, 0xCB):
            return _sw(0x6A82)
        return _sw(0x6D00)

    def _select(self, p1: int, p2: int, body: bytes) -> bytes:
        if not body or body[0] != len(body) - 1 and body[0] != len(body) - 2:
            return _sw(0x6700)
        data = body[1 : 1 + body[0]]
        if p1 == 0x04:
            if self.variant is not Variant.NO_JPKI and data == jpki.AID_JPKI:
                self._ap, self._ef = True, None
                return SW_OK
            return _sw(0x6A82)
        if p1 == 0x02 and self._ap and len(data) == 2:
            fid = int.from_bytes(data, "big")
            if fid in (jpki.EF_AUTH_PIN, EF_SIGN_PIN, jpki.EF_AUTH_KEY) or self._file(fid) is not None:
                self._ef = fid
                return SW_OK
        return _sw(0x6A82)

    def _read_binary(self, p1: int, p2: int, body: bytes) -> bytes:
        if self._ef is None:
            return _sw(0x6986)
        content = self._file(self._ef)
        if content is None:
            return _sw(0x6981)
        if len(body) != 1:
            return _sw(0x6700)
        offset = ((p1 & 0x7F) << 8) | p2
        le = body[0] or 256
        if offset >= len(content):
            return _sw(0x6B00)
        if self.variant is Variant.OVERSIZE_ANSWER and self._ef == jpki.EF_AUTH_CERT:
            return (content * (4000 // len(content) + 1))[:4000] + SW_OK
        chunk = content[offset : offset + le]
        if len(chunk) < le:
            if self.variant is Variant.T0:
                return _sw(0x6C00 | len(chunk))
            return chunk + _sw(0x6282)
        return chunk + SW_OK

    def _pin_sw(self) -> bytes:
        if self.tries_left == 0:
            return _sw(self.blocked_sw)
        return _sw(0x63C0 | self.tries_left)

    def _verify(self, p2: int, body: bytes) -> bytes:
        if self._ef == EF_SIGN_PIN:
            return _sw(0x63C5) if not body else _sw(0x63C4)
        if self._ef != jpki.EF_AUTH_PIN:
            return _sw(0x6986)
        if not body:
            if self._verified and self.tries_left > 0:
                return SW_OK
            if self.variant is Variant.PIN_TRIES_15 and self.tries_left > 0:
                return _sw(0x63CF)
            return self._pin_sw()
        if body[0] != len(body) - 1:
            return _sw(0x6700)
        self.verify_with_data += 1
        if self.variant is Variant.WRONG_LE_AT_VERIFY and self.verify_with_data == 1:
            return _sw(0x6C04)
        if self.tries_left == 0:
            return _sw(self.blocked_sw)
        given = body[1:]
        if self.variant is Variant.ANY_PIN_GARBAGE_SIGNATURE or given == self.pin.encode("ascii"):
            self.tries_left = 3
            self._verified = True
            return SW_OK
        self.tries_left -= 1
        self._verified = False
        return _sw(0x63C0 | self.tries_left)

    def _sign(self, p1: int, p2: int, body: bytes) -> bytes:
        if self._ef != jpki.EF_AUTH_KEY:
            return _sw(0x6986)
        if not self._verified:
            return _sw(0x6982)
        if not body or body[0] == 0:
            return _sw(0x6700)
        digest_info = body[1 : 1 + body[0]]
        if len(digest_info) != body[0] or len(digest_info) > 245:
            return _sw(0x6A80)
        if self.variant is Variant.ANY_PIN_GARBAGE_SIGNATURE:
            return os.urandom(256) + SW_OK
        assert self.key is not None
        for prefix, algorithm in _DIGEST_INFO_PREFIXES.items():
            digest = digest_info[len(prefix) :]
            if digest_info.startswith(prefix) and len(digest) == algorithm.digest_size:
                # the same PKCS #1 v1.5 signature as below (it is deterministic), computed by OpenSSL, which lets other
                # threads run meanwhile; the big-integer arithmetic below holds the GIL for ~12 ms of a process that
                # may be the kiosk's own (the demo, the bench), where the event loop would wait for it
                return self.key.sign(digest, padding.PKCS1v15(), utils.Prehashed(algorithm)) + SW_OK
        priv = self.key.private_numbers()
        n = priv.public_numbers.n
        k = (n.bit_length() + 7) // 8
        em = int.from_bytes(b"\x00\x01" + b"\xff" * (k - 3 - len(digest_info)) + b"\x00" + digest_info, "big")
        # RSA with the Chinese remainder theorem, as a card does it
        m1 = pow(em % priv.p, priv.dmp1, priv.p)
        m2 = pow(em % priv.q, priv.dmq1, priv.q)
        h = (priv.iqmp * (m1 - m2)) % priv.p
        return (m2 + h * priv.q).to_bytes(k, "big") + SW_OK


class VirtualCard:
    """A :class:`JpkiCardModel` in a vpcd slot: ``insert()`` puts it on the reader, ``remove()`` takes it off.

    ``latency_s`` is added to every command and ``sign_latency_s`` to the signature, to model a contactless reader.
    ``pull_when(apdu) -> bool`` pulls the card out when a command arrives, before answering it (a card taken away
    mid-read or mid-VERIFY); the model still executes a VERIFY it received, as a real card may have.
    ``stall_when(apdu) -> bool`` makes the card stop answering at that command while it stays on the reader (a hostile
    or broken card): the model executes the command, as a card may have, and the answer is withheld until
    :meth:`answer_late` sends it or :meth:`remove` lifts the card. ``stalled`` is set when it happens.
    """

    #: vpcd (3.3) must notice that a card left before the next one connects; a card connecting within a few hundred
    #: milliseconds of a removal is accepted on the socket but never reported present. So ``insert`` waits this long
    #: after the last removal on the same slot, as a patron lifting and placing a card would.
    REINSERT_GAP_S = 1.0
    _last_removed: dict[int, float] = {}

    def __init__(
        self,
        model: JpkiCardModel,
        *,
        port: int = VPCD_PORT,
        latency_s: float = 0.0,
        sign_latency_s: float = 0.0,
        pull_when: Callable[[bytes], bool] | None = None,
        stall_when: Callable[[bytes], bool] | None = None,
    ) -> None:
        self.model = model
        self.port = port
        self.latency_s = latency_s
        self.sign_latency_s = sign_latency_s
        self.pull_when = pull_when
        self.stall_when = stall_when
        self.stalled = threading.Event()
        self._late = threading.Event()
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.pulled = threading.Event()
        self.commands = 0
        #: seconds the card spent on its commands, from each one's arrival to its answer sent (the card's own time)
        self.busy_s = 0.0

    @property
    def inserted(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def insert(self, timeout: float = 5.0) -> None:
        if self.inserted:
            return
        gap = VirtualCard._last_removed.get(self.port, 0.0) + self.REINSERT_GAP_S - time.monotonic()
        if gap > 0:
            time.sleep(gap)
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._sock = socket.create_connection((VPCD_HOST, self.port), timeout=1.0)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise ConnectionError(
                        f"no vpcd on {VPCD_HOST}:{self.port}: is pcscd running with vsmartcard-vpcd?"
                    ) from None
                time.sleep(0.05)
        self._sock.settimeout(None)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._stop.clear()
        self._late.clear()
        self.pulled.clear()
        self.stalled.clear()
        self.model.reset()
        self._thread = threading.Thread(target=self._serve, name="virtual-card", daemon=True)
        self._thread.start()

    def answer_late(self) -> None:
        """A stalled card answers after all (the kiosk has given up on it by then)."""
        self._late.set()

    def remove(self) -> None:
        self._stop.set()
        self._late.set()
        sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
            VirtualCard._last_removed[self.port] = time.monotonic()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self._thread = None

    def __enter__(self) -> VirtualCard:
        self.insert()
        return self

    def __exit__(self, *exc: object) -> None:
        self.remove()

    def _recv_exact(self, sock: socket.socket, n: int) -> bytes | None:
        buf = bytearray()
        while len(buf) < n:
            try:
                # vpcd writes the length and the message in two sends; a delayed ACK from us would hold the second
                # one back by Nagle's algorithm for ~40 ms, so acknowledge at once (Linux resets this after a read)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
                chunk = sock.recv(n - len(buf))
            except OSError:
                return None
            if not chunk:
                return None
            buf += chunk
        return bytes(buf)

    def _serve(self) -> None:
        sock = self._sock
        assert sock is not None
        while not self._stop.is_set():
            head = self._recv_exact(sock, 2)
            if head is None:
                break
            arrived = time.monotonic()  # the command reached the card: its own time starts
            (length,) = struct.unpack(">H", head)
            msg = self._recv_exact(sock, length)
            if msg is None:
                break
            if length == 1:
                code = msg[0]
                if code in (0, 1, 2):
                    self.model.reset()
                elif code == 4:
                    self._send(sock, self.model.atr)
                continue
            if self.pull_when is not None and self.pull_when(msg):
                if msg[1:2] == b"\x20" and len(msg) > 5:
                    self.model.execute(msg)  # the card may well have counted the try
                self.pulled.set()
                threading.Thread(target=self.remove, daemon=True).start()
                break
            self.commands += 1
            started = arrived
            answer = self.model.execute(msg)
            if self.stall_when is not None and self.stall_when(msg):
                self.stalled.set()
                self._late.wait()
                if self._stop.is_set():
                    break
                self._late.clear()
            # the modelled card takes exactly this long per command, its own reading and computing included
            budget = self.latency_s + (self.sign_latency_s if msg[:2] == b"\x80\x2a" else 0.0)
            rest = budget - (time.monotonic() - started)
            if rest > 0:
                time.sleep(rest)
            self._send(sock, answer)
            self.busy_s += time.monotonic() - started

    def _send(self, sock: socket.socket, payload: bytes) -> None:
        try:
            sock.sendall(struct.pack(">H", len(payload)) + payload)
        except OSError:
            pass
