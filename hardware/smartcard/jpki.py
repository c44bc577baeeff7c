"""JPKI (My Number Card) command logic, sans I/O.

Each card operation is a generator that yields :class:`Command` s and receives the card's answers
(:class:`Response`); its return value is the result. Nothing here touches a reader: :func:`run` drives an operation
with any ``transmit(apdu) -> Response`` function (the PC/SC adapter, the emulator directly, or a test's list of
canned answers), so every branch is testable with plain bytes.

Everything a card sends is hostile input. :func:`exchange` is the one place that reads T=0 procedure bytes, and it
holds every answer to what its command asked for: no more data than the command's Le, at most
:data:`MAX_GET_RESPONSES` chained answers, a command sent again after 6Cxx only if it reads and changes nothing
(so a VERIFY, which spends a try, goes to the card exactly once whatever it answers). :class:`CardBudget` caps what
one connection may send in all. Errors are :class:`CardError` s only.

Facts and sources: ``shared/reference/jpki.md`` §1 (AID, files, READ BINARY, VERIFY, the signature), §5 (pitfalls).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
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


class ProtocolError(CardError):
    """The card broke the protocol: an answer that cannot be, more data than asked, too many chained answers."""

    reason = "card_protocol"


class UnexpectedStatus(ProtocolError):
    def __init__(self, what: str, sw: int) -> None:
        super().__init__(f"{what}: card answered {sw:04X}")
        self.sw = sw


class CardRemoved(CardError):
    """The card left the reader in the middle of a command."""

    reason = "card_removed"


class CardTimeout(CardError):
    """A card command did not finish before its deadline (the card stalled, or sits badly on the reader): the
    connection is given up and the patron places the card again."""

    reason = "card_timeout"


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


@dataclass(frozen=True)
class Command:
    """One command APDU with its ISO 7816-4 case made explicit (short APDUs only, ``jpki.md`` §1).

    ``le`` is how many bytes the answer may carry (1..256; ``None``: none, as for SELECT with P2=0C and VERIFY).
    ``rereadable`` marks a command that only reads and changes nothing on the card: only such a command may be sent
    again, with the card's Le, after 6Cxx. Commands that change the card (VERIFY spends a try, a signature) are not,
    so :func:`exchange` cannot send them twice whatever the card answers.
    """

    header: bytes
    #: kept out of the repr: a VERIFY's data is the PIN
    data: bytes = field(default=b"", repr=False)
    le: int | None = None
    rereadable: bool = False

    def __post_init__(self) -> None:
        if len(self.header) != 4 or len(self.data) > 255:
            raise ValueError("not a short command APDU")
        if self.le is not None and not 1 <= self.le <= 256:
            raise ValueError("le out of range")

    def __bytes__(self) -> bytes:
        lc = bytes([len(self.data)]) + self.data if self.data else b""
        le = bytes([self.le & 0xFF]) if self.le is not None else b""
        return self.header + lc + le

    @property
    def ins(self) -> int:
        return self.header[1]

    def with_le(self, le: int) -> Command:
        """The same read with another Le (after 6Cxx); refused for anything that is not a plain read."""
        if not self.rereadable or self.le is None:
            raise ProtocolError(f"the card asked for INS {self.ins:02X} again with another length")
        return Command(self.header, self.data, le, rereadable=True)


def select_df(aid: bytes) -> Command:
    return Command(bytes([0x00, 0xA4, 0x04, 0x0C]), aid)


def select_ef(fid: int) -> Command:
    return Command(bytes([0x00, 0xA4, 0x02, 0x0C]), bytes([fid >> 8, fid & 0xFF]))


def read_binary(offset: int, le: int) -> Command:
    """READ BINARY with a 15-bit offset; ``le`` 1..256 (256 is sent as 00). Short APDUs only."""
    if not 0 <= offset <= 0x7FFF:
        raise ValueError("offset out of range")
    if not 1 <= le <= 256:
        raise ValueError("le out of range")
    return Command(bytes([0x00, 0xB0, offset >> 8, offset & 0xFF]), le=le, rereadable=True)


def verify_empty() -> Command:
    """Case-1 VERIFY: reads the tries left without spending one."""
    return Command(bytes([0x00, 0x20, 0x00, 0x80]))


def verify_pin(pin: str) -> Command:
    check_pin_format(pin)
    return Command(bytes([0x00, 0x20, 0x00, 0x80]), pin.encode("ascii"))


def sign(digest_info: bytes) -> Command:
    if not 1 <= len(digest_info) <= 245:
        raise ValueError("DigestInfo length out of range")
    return Command(bytes([0x80, 0x2A, 0x00, 0x80]), digest_info, le=256)


def get_response(le: int) -> Command:
    return Command(bytes([0x00, 0xC0, 0x00, 0x00]), le=le)


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
    #: the tries left as the card last said (empty VERIFY or a wrong PIN); a wrong PIN must leave fewer
    tries_left: int | None = None


def _select_ef(state: CardState, fid: int) -> Generator[Command, Response, None]:
    if state.current_ef == fid:
        return
    state.current_ef = None
    _expect_ok((yield select_ef(fid)), f"SELECT EF {fid:04X}")
    state.current_ef = fid


def _expect_ok(resp: Response, what: str) -> Response:
    if resp.ok:
        return resp
    raise UnexpectedStatus(what, resp.sw)


def op_select_jpki(state: CardState) -> Generator[Command, Response, None]:
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


def op_read_token(state: CardState) -> Generator[Command, Response, str]:
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


def op_read_der_file(state: CardState, fid: int, max_bytes: int) -> Generator[Command, Response, bytes]:
    """Read a DER file in 256-byte chunks; the first chunk's DER header gives the length, the last read is exact.

    ``max_bytes`` bounds what a card may claim, so a hostile card cannot make the kiosk read 60 KB. Reading 256
    bytes at once from offset 0 (rather than a 4-byte header first) saves one command per authentication. No
    answer is longer than its read asked (:func:`exchange` sees to it), so the buffer never outgrows ``total``.
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
        buf += resp.data
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
    """The PIN counter from a VERIFY's status word. The user-authentication PIN has 3 tries (``jpki.md`` §1), so
    63C4..63CF cannot come from a My Number Card: a protocol error, never a count to believe or show."""
    if sw == 0x9000:
        return PinStatus(PinState.VERIFIED, PIN_MAX_TRIES)
    if sw & 0xFFF0 == 0x63C0:
        left = sw & 0x0F
        if left > PIN_MAX_TRIES:
            raise UnexpectedStatus(f"PIN status: {left} tries, the PIN has {PIN_MAX_TRIES}", sw)
        return PinStatus(PinState.BLOCKED if left == 0 else PinState.OK, left)
    if sw in (0x6983, 0x6984):
        return PinStatus(PinState.BLOCKED, 0)
    raise UnexpectedStatus("PIN status", sw)


def op_pin_status(state: CardState) -> Generator[Command, Response, PinStatus]:
    """The tries left, read with an empty VERIFY that spends none."""
    yield from _select_ef(state, EF_AUTH_PIN)
    resp = yield verify_empty()
    status = pin_status_from_sw(resp.sw)
    state.tries_left = status.tries_left if status.state is not PinState.VERIFIED else None
    return status


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    tries_left: int
    blocked: bool


def op_verify(state: CardState, pin: str) -> Generator[Command, Response, VerifyResult]:
    """One VERIFY with the patron's PIN. Never retried here: every VERIFY with data costs a try."""
    apdu = verify_pin(pin)  # format checked before anything goes to the card
    yield from _select_ef(state, EF_AUTH_PIN)
    resp = yield apdu
    if resp.sw == 0x9000:
        state.tries_left = PIN_MAX_TRIES
        return VerifyResult(True, PIN_MAX_TRIES, False)
    status = pin_status_from_sw(resp.sw)  # 9000 is handled above: OK (tries left) or BLOCKED
    before = PIN_MAX_TRIES if state.tries_left is None else state.tries_left
    if status.tries_left >= max(before, 1):
        # a wrong PIN spends a try: a card that says otherwise cannot be believed about the count
        raise UnexpectedStatus(f"VERIFY: {status.tries_left} tries left after a wrong PIN, {before} before", resp.sw)
    state.tries_left = status.tries_left
    return VerifyResult(False, status.tries_left, status.state is PinState.BLOCKED)


def op_sign(state: CardState, digest_info: bytes) -> Generator[Command, Response, bytes]:
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

#: GET RESPONSE rounds allowed for one command: a card answers 256 bytes in one or two; a chain beyond this is hostile
MAX_GET_RESPONSES = 8


def exchange(transmit: Transmit, cmd: Command) -> Response:
    """Send one command, following T=0 procedure bytes, and hold the answer to what the command asked for.

    ``cmd`` goes to the card once. After ``6Cxx`` (wrong length) a rereadable command is sent once more with Le=xx,
    which may not exceed the Le first asked; any other command is a protocol error, so a VERIFY can never be sent
    twice. ``61xx`` is followed by GET RESPONSE for at most what is still due, :data:`MAX_GET_RESPONSES` times; a
    command that asked for no data gets no GET RESPONSE. An answer carrying more data than asked is refused as soon
    as it arrives, so what one command can make the kiosk hold is bounded by its Le.
    """
    resp = transmit(bytes(cmd))
    if resp.sw1 == 0x6C:
        exact = resp.sw2 or 256
        if cmd.le is None or exact > cmd.le:
            raise UnexpectedStatus(f"INS {cmd.ins:02X}: the card wants Le={exact}", resp.sw)
        cmd = cmd.with_le(exact)
        resp = transmit(bytes(cmd))
        if resp.sw1 == 0x6C:
            raise UnexpectedStatus(f"INS {cmd.ins:02X}: wrong length twice", resp.sw)
    due = cmd.le or 0
    _check_length(cmd, resp, due)
    data = bytearray(resp.data)
    rounds = 0
    while resp.sw1 == 0x61:
        left = due - len(data)
        more = resp.sw2 or 256
        if more > left:
            raise UnexpectedStatus(f"INS {cmd.ins:02X}: the card offers more than was asked", resp.sw)
        if rounds == MAX_GET_RESPONSES:
            raise UnexpectedStatus(f"INS {cmd.ins:02X}: endless chain of answers", resp.sw)
        rounds += 1
        ask = get_response(more)
        resp = transmit(bytes(ask))
        _check_length(ask, resp, more)
        data += resp.data
    return Response(bytes(data), resp.sw)


def _check_length(cmd: Command, resp: Response, allowed: int) -> None:
    if len(resp.data) > allowed:
        raise ProtocolError(f"INS {cmd.ins:02X}: {len(resp.data)} bytes answered, {allowed} asked")


class CardBudget:
    """Wraps a transmit function for one card connection: counts the commands sent and the data received, and
    refuses to go on once a card has taken more than any JPKI dialogue needs (:meth:`for_certificate`). Per command
    :func:`exchange` already holds an answer to its Le; this bounds the whole connection, whatever the card does."""

    def __init__(self, transmit: Transmit, *, max_commands: int, max_bytes: int) -> None:
        self._transmit = transmit
        self.max_commands = max_commands
        self.max_bytes = max_bytes
        self.commands = 0
        self.received = 0

    @classmethod
    def for_certificate(cls, transmit: Transmit, max_certificate_bytes: int) -> CardBudget:
        """Room for one authentication (the certificate read once, three PIN attempts, a signature) with every
        command sent again after 6Cxx and followed by a GET RESPONSE. A usual one needs 13 commands and about
        1.2 KB (``bench/identify.py``)."""
        chunks = -(-max_certificate_bytes // 256)
        return cls(transmit, max_commands=3 * chunks + 24, max_bytes=max_certificate_bytes + 1024)

    def __call__(self, apdu: bytes) -> Response:
        if self.commands >= self.max_commands:
            raise ProtocolError(f"the card needed more than {self.max_commands} commands on one connection")
        self.commands += 1
        resp = self._transmit(apdu)
        self.received += len(resp.data)
        if self.received > self.max_bytes:
            raise ProtocolError(f"the card sent more than {self.max_bytes} bytes on one connection")
        return resp


def run(op: Generator[Command, Response, T], transmit: Transmit) -> T:
    """Drive an operation to its end with ``transmit``; errors from either side propagate."""
    try:
        cmd = next(op)
        while True:
            cmd = op.send(exchange(transmit, cmd))
    except StopIteration as stop:
        return stop.value
