"""SIP2 conversations (:mod:`kiosk.sip2.protocol`): the kiosk's :class:`ClientProtocol` waiting for a reply while the
library system's bytes arrive in pieces (answering garbled replies with 97 and 96s with a re-send, as the client
does), and the :class:`ServerProtocol` of the demo library system reading requests. Allowed:
:class:`kiosk.sip2.errors.Sip2Error` (too many re-sends is a ProtocolError)."""

from __future__ import annotations

from fuzz.harness import Reader, Target
from kiosk.sip2 import codec, protocol
from kiosk.sip2.errors import Sip2Error

_REQUESTS = [
    codec.make(
        "11",
        [("AO", "JPLIB"), ("AA", "10000001"), ("AB", "T0000001")],
        no_block="N",
        renewal_policy="N",
        transaction_date="20261206    101500",
        nb_due_date="20261206    101500",
    ),  # fmt: skip
    codec.make("23", [("AO", "JPLIB"), ("AA", "10000001")], language="014", transaction_date="20261206    101500"),
    codec.make("99", status_code="0", max_print_width="040", protocol_version="2.00"),
    codec.make("93", [("CN", "kiosk"), ("CO", "pw")], uid_algorithm="0", pwd_algorithm="0"),
]
#: the most events taken for one input (each consumes a frame or ends the loop; more would be a loop that
#: does not advance)
_MAX_EVENTS = 100_000


def seeds() -> list[bytes]:
    reply = codec.encode(
        codec.make(
            "12",
            [("AO", "JPLIB"), ("AA", "10000001"), ("AB", "T0000001"), ("AJ", "本"), ("AH", "2026-12-20")],
            ok="1",
            renewal_ok="N",
            magnetic_media="N",
            desensitize="Y",
            transaction_date="20261206    101500",
        ),  # fmt: skip
        seq=0,
    )
    status = codec.encode(
        codec.make(
            "98",
            [("AO", "JPLIB"), ("BX", "YYYYYYYYYYYYYYYY")],
            online="Y",
            checkin_ok="Y",
            checkout_ok="Y",
            renewal_policy="Y",
            status_update_ok="N",
            offline_ok="Y",
            timeout_period="050",
            retries_allowed="003",
            date_time_sync="20261206    101500",
            protocol_version="2.00",
        ),  # fmt: skip
        seq=0,
    )
    return [b"\x00" + reply, b"\x01" + b"96AZFEF6\r" + reply, b"\x02" + status, b"\x20" + reply[:20] + b"\r" + reply]


def run(data: bytes) -> str:
    r = Reader(data)
    mode = r.byte()
    request = _REQUESTS[mode & 3]
    piece = 1 + ((mode >> 2) & 7) * 16
    server_side = bool(mode & 0x20)
    body = r.rest()
    if server_side:
        return _server(body, piece)
    client = protocol.ClientProtocol(encoding=codec.ENCODINGS[(mode >> 6) & 1])
    client.request(request)
    label = "waiting"
    events = 0
    for start in range(0, len(body), piece):
        client.receive_data(body[start : start + piece])
        while (event := client.next_event()) is not None:
            events += 1
            if events > _MAX_EVENTS:
                raise AssertionError("next_event does not advance")
            label = type(event).__name__
            if isinstance(event, protocol.Garbled):
                client.request_resend()
            elif isinstance(event, protocol.ResendRequested):
                client.resend()
            elif isinstance(event, protocol.StatusInstead):
                client.resend_as_new()
            elif isinstance(event, protocol.Reply):
                client.request(request)
    return label


def _server(body: bytes, piece: int) -> str:
    server = protocol.ServerProtocol()
    label = "waiting"
    events = 0
    for start in range(0, len(body), piece):
        server.receive_data(body[start : start + piece])
        while (event := server.next_event()) is not None:
            events += 1
            if events > _MAX_EVENTS:
                raise AssertionError("next_event does not advance")
            label = type(event).__name__
            if isinstance(event, protocol.Request) and event.message.code in codec.REPLY_CODE:
                server.reply(codec.make("96"), event.message)
    return label


TARGET = Target(
    "sip2_protocol",
    "kiosk/sip2/protocol.py: ClientProtocol (97/96/98 handling) and ServerProtocol over bytes in pieces",
    run,
    (Sip2Error,),
    seeds,
    max_len=8192,
    dictionary=(b"|", b"AY0", b"AZ", b"\r", b"96", b"97", b"98", b"12", b"AO", b"AA"),
)
