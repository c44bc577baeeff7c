"""JPKI (My Number Card) command logic, sans I/O.

Each card operation is a generator that yields command APDUs (``bytes``) and receives the card's answers
(:class:`Response`); its return value is the result. Nothing here touches a reader: :func:`run` drives an operation
with any ``transmit(apdu) -> Response`` function (the PC/SC adapter, the emulator directly, or a test's list of
canned answers), so every branch is testable with plain bytes.

Facts and sources: ``shared/reference/jpki.md`` §1 (AID, files, READ BINARY, VERIFY, the signature), §5 (pitfalls).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

AID_JPKI = bytes.fromhex("D392F000260100000001")
EF_TOKEN = 0x0006
EF_AUTH_CERT = 0x000A
EF_AUTH_CA_CERT = 0x000B
EF_AUTH_KEY = 0x0017
EF_AUTH_PIN = 0x0018

TOKEN_MYNUMBER = "JPKIAPICCTOKEN2"
TOKEN_JUKI = "JPKIAPICCTOKEN"
TOKEN_SMARTPHONE = "JPKIAPGPSETOKEN"

#: DigestInfo prefix for SHA-256 (RFC 8017 §9.2 note 1): the card adds the PKCS#1 v1.5 padding itself
SHA256_DIGESTINFO_PREFIX = bytes.fromhex("3031300d060960864801650304020105000420")

PIN_MAX_TRIES = 3


# ---------------------------------------------------------------- errors


class CardError(Exception):
    """Base of every card-level failure. ``reason`` is a short code for staff and for the patron message."""

    reason = "card_error"


class NotJpki(CardError):
    """The card has no JPKI application (another card, or a My Number Card without the user certificate)."""

    reason = "not_jpki"


class TokenRefused(CardError):
    def __init__(self, token: str, reason: str) -> None:
        super().__init__(f"JPKI token {token!r} refused")
        self.token = token
        self.reason = reason


class CertificateTooLarge(CardError):
    reason = "cert_too_large"


class MalformedCertificate(CardError):
    reason = "cert_malformed"


class PinBlocked(CardError):
    reason = "pin_blocked"


class BadPinFormat(CardError, ValueError):
    """Refused before anything is sent: a VERIFY with data always costs a try."""

    reason = "pin_format"


class UnexpectedStatus(CardError):
    reason = "card_protocol"

    def __init__(self, what: str, sw: int) -> None:
        super().__init__(f"{what}: card answered {sw:04X}")
        self.sw = sw


class CardRemoved(CardError):
    """The card left the reader (or stopped answering) in the middle of a command."""

    reason = "card_removed"


class ReaderError(CardError):
    reason = "reader_error"


class NoCard(CardError):
    reason = "no_card"


class NoReader(CardError):
    reason = "no_reader"


# ---------------------------------------------------------------- APDUs


@dataclass(frozen=True)
class Response:
    data: bytes
    sw: int

    @classmethod
    def parse(cls, raw: bytes) -> Response:
        if len(raw) < 2:
            raise UnexpectedStatus("short answer", 0)
        return cls(bytes(raw[:-2]), (raw[-2] << 8) | raw[-1])

    @property
    def sw1(self) -> int:
        return self.sw >> 8

    @property
    def sw2(self) -> int:
        return self.sw & 0xFF

    @property
    def ok(self) -> bool:
        return self.sw == 0x9000


def select_df(aid: bytes) -> bytes:
    return bytes([0x00, 0xA4, 0x04, 0x0C, len(aid)]) + aid


def select_ef(fid: int) -> bytes:
    return bytes([0x00, 0xA4, 0x02, 0x0C, 0x02, fid >> 8, fid & 0xFF])


def read_binary(offset: int, le: int) -> bytes:
    """READ BINARY with a 15-bit offset; ``le`` 1..256 (256 is sent as 00). Short APDUs only."""
    if not 0 <= offset <= 0x7FFF:
        raise ValueError("offset out of range")
    if not 1 <= le <= 256:
        raise ValueError("le out of range")
    return bytes([0x00, 0xB0, offset >> 8, offset & 0xFF, le & 0xFF])


def verify_empty() -> bytes:
    """Case-1 VERIFY: reads the tries left without spending one."""
    return bytes([0x00, 0x20, 0x00, 0x80])


def verify_pin(pin: str) -> bytes:
    check_pin_format(pin)
    return bytes([0x00, 0x20, 0x00, 0x80, 0x04]) + pin.encode("ascii")


def sign(digest_info: bytes) -> bytes:
    if not 1 <= len(digest_info) <= 245:
        raise ValueError("DigestInfo length out of range")
    return bytes([0x80, 0x2A, 0x00, 0x80, len(digest_info)]) + digest_info + b"\x00"


def get_response(le: int) -> bytes:
    return bytes([0x00, 0xC0, 0x00, 0x00, le & 0xFF])


def check_pin_format(pin: str) -> None:
    if not (isinstance(pin, str) and len(pin) == 4 and all("0" <= c <= "9" for c in pin)):
        raise BadPinFormat("the PIN is exactly 4 digits")


def sha256_digest_info(digest: bytes) -> bytes:
    if len(digest) != 32:
        raise ValueError("a SHA-256 digest is 32 bytes")
    return SHA256_DIGESTINFO_PREFIX + digest


# ---------------------------------------------------------------- operations


@dataclass
class CardState:
    """What the operations know about one card connection: the file selected now, so a SELECT is not repeated.

    Make a new one for every connection (a reset or reconnect forgets the selection).
    """

    current_ef: int | None = None
    selected_ap: bool = False


def _select_ef(state: CardState, fid: int) -> Generator[bytes, Response, None]:
    if state.current_ef == fid:
        return
    state.current_ef = None
    _expect_ok((yield select_ef(fid)), f"SELECT EF {fid:04X}")
    state.current_ef = fid


def _expect_ok(resp: Response, what: str) -> Response:
    if resp.ok:
        return resp
    raise UnexpectedStatus(what, resp.sw)


def op_select_jpki(state: CardState) -> Generator[bytes, Response, None]:
    """Select the JPKI application by its AID; a card without it is not a My Number Card (never judged by ATR)."""
    state.current_ef = None
    state.selected_ap = False
    resp = yield select_df(AID_JPKI)
    if resp.sw in (0x6A82, 0x6A86, 0x6D00, 0x6E00, 0x6A80):
        raise NotJpki("no JPKI application on this card")
    _expect_ok(resp, "SELECT JPKI AP")
    state.selected_ap = True


def parse_token(data: bytes) -> str:
    return data.rstrip(b"\x00 \t\r\n").decode("ascii", errors="replace")


def op_read_token(state: CardState) -> Generator[bytes, Response, str]:
    yield from _select_ef(state, EF_TOKEN)
    resp = _expect_ok((yield read_binary(0, 0x20)), "READ token")
    return parse_token(resp.data)


def check_token(token: str, accept_smartphone: bool) -> None:
    if token == TOKEN_MYNUMBER:
        return
    if token == TOKEN_SMARTPHONE:
        if accept_smartphone:
            return
        raise TokenRefused(token, "token_smartphone")
    if token == TOKEN_JUKI:
        raise TokenRefused(token, "token_juki")
    raise TokenRefused(token, "token_unknown")


def der_total_length(head: bytes) -> int:
    """The full length of a DER SEQUENCE from its first bytes (tag, length octets). Raises on anything else."""
    if len(head) < 2 or head[0] != 0x30:
        raise MalformedCertificate("the certificate file does not start with a DER SEQUENCE")
    first = head[1]
    if first < 0x80:
        return 2 + first
    n = first & 0x7F
    if n == 0 or n > 3:
        raise MalformedCertificate("unsupported DER length form")
    if len(head) < 2 + n:
        raise MalformedCertificate("truncated DER length")
    length = int.from_bytes(head[2 : 2 + n], "big")
    if length < 0x80 or (n > 1 and head[2] == 0):
        raise MalformedCertificate("DER length not in its minimal form")
    return 2 + n + length


def op_read_der_file(state: CardState, fid: int, max_bytes: int) -> Generator[bytes, Response, bytes]:
    """Read a DER file in 256-byte chunks; the first chunk's DER header gives the length, the last read is exact.

    ``max_bytes`` bounds what a card may claim, so a hostile card cannot make the kiosk read 60 KB. Reading 256
    bytes at once from offset 0 (rather than a 4-byte header first) saves one command per authentication.
    """
    yield from _select_ef(state, fid)
    head_resp = yield read_binary(0, 256)
    if not head_resp.data:
        if head_resp.ok or head_resp.sw in (0x6B00, 0x6282):
            raise MalformedCertificate("empty certificate file")
        raise UnexpectedStatus("READ certificate", head_resp.sw)
    if not (head_resp.ok or head_resp.sw == 0x6282):
        raise UnexpectedStatus("READ certificate", head_resp.sw)
    head = head_resp.data
    total = der_total_length(head)
    if total > max_bytes:
        raise CertificateTooLarge(f"the card claims a {total}-byte certificate (limit {max_bytes})")
    buf = bytearray(head[:total])
    while len(buf) < total:
        want = min(256, total - len(buf))
        resp = yield read_binary(len(buf), want)
        if not resp.ok and not (resp.sw == 0x6282 and resp.data):
            raise UnexpectedStatus("READ BINARY", resp.sw)
        if not resp.data:
            raise MalformedCertificate("the card stopped sending before the certificate's end")
        buf += resp.data[:want]
    return bytes(buf)


class PinState(enum.Enum):
    OK = "ok"  # tries_left known, > 0
    VERIFIED = "verified"  # already verified in this card session (9000 to an empty VERIFY)
    BLOCKED = "blocked"


@dataclass(frozen=True)
class PinStatus:
    state: PinState
    tries_left: int

    @property
    def last_try(self) -> bool:
        return self.state is PinState.OK and self.tries_left == 1


def pin_status_from_sw(sw: int) -> PinStatus:
    if sw == 0x9000:
        return PinStatus(PinState.VERIFIED, PIN_MAX_TRIES)
    if sw & 0xFFF0 == 0x63C0:
        left = sw & 0x0F
        return PinStatus(PinState.BLOCKED if left == 0 else PinState.OK, left)
    if sw in (0x6983, 0x6984):
        return PinStatus(PinState.BLOCKED, 0)
    raise UnexpectedStatus("PIN status", sw)


def op_pin_status(state: CardState) -> Generator[bytes, Response, PinStatus]:
    """The tries left, read with an empty VERIFY that spends none."""
    yield from _select_ef(state, EF_AUTH_PIN)
    resp = yield verify_empty()
    return pin_status_from_sw(resp.sw)


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    tries_left: int
    blocked: bool


def op_verify(state: CardState, pin: str) -> Generator[bytes, Response, VerifyResult]:
    """One VERIFY with the patron's PIN. Never retried here: every VERIFY with data costs a try."""
    apdu = verify_pin(pin)  # format checked before anything goes to the card
    yield from _select_ef(state, EF_AUTH_PIN)
    resp = yield apdu
    if resp.sw == 0x9000:
        return VerifyResult(True, PIN_MAX_TRIES, False)
    status = pin_status_from_sw(resp.sw)
    return VerifyResult(False, status.tries_left, status.state is PinState.BLOCKED)


def op_sign(state: CardState, digest_info: bytes) -> Generator[bytes, Response, bytes]:
    """Sign a DigestInfo with the user-authentication key (the PIN must be verified on this connection)."""
    yield from _select_ef(state, EF_AUTH_KEY)
    resp = yield sign(digest_info)
    if resp.sw in (0x6982, 0x6985):
        raise UnexpectedStatus("SIGN without a verified PIN", resp.sw)
    _expect_ok(resp, "SIGN")
    if not resp.data:
        raise UnexpectedStatus("SIGN returned no signature", resp.sw)
    return resp.data


# ---------------------------------------------------------------- T=0 and the runner

Transmit = Callable[[bytes], Response]

#: GET RESPONSE / 6Cxx rounds allowed for one command before the card counts as misbehaving
_MAX_T0_ROUNDS = 32


def exchange(transmit: Transmit, apdu: bytes) -> Response:
    """Send one command, following T=0 procedure bytes: ``61xx`` → GET RESPONSE, ``6Cxx`` → resend a command
    without data with Le=xx."""
    resp = transmit(apdu)
    data = bytearray()
    for _ in range(_MAX_T0_ROUNDS):
        if resp.sw1 == 0x61:
            data += resp.data
            resp = transmit(get_response(resp.sw2 or 256))
            continue
        if resp.sw1 == 0x6C and len(apdu) == 5:
            # only a command without data (case 2: header and Le) has an Le to fix; a VERIFY is never sent again
            apdu = apdu[:-1] + bytes([resp.sw2])
            resp = transmit(apdu)
            continue
        return Response(bytes(data) + resp.data, resp.sw)
    raise UnexpectedStatus("endless T=0 procedure bytes", resp.sw)


class Counter:
    """Wraps a transmit function and counts the commands sent (for the benchmark and tests)."""

    def __init__(self, transmit: Transmit) -> None:
        self._transmit = transmit
        self.commands = 0

    def __call__(self, apdu: bytes) -> Response:
        self.commands += 1
        return self._transmit(apdu)


def run(op: Generator[bytes, Response, T], transmit: Transmit) -> T:
    """Drive an operation to its end with ``transmit``; errors from either side propagate."""
    try:
        apdu = next(op)
        while True:
            apdu = op.send(exchange(transmit, apdu))
    except StopIteration as stop:
        return stop.value
