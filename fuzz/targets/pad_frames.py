"""The RFID pad's frames (:mod:`hardware.rfid.protocol_3m`): the fuzzer's bytes arrive from the pad in pieces into
the :class:`FrameDecoder` (which must never raise and must always advance), and every frame is decoded as the
answer to each request the kiosk sends (and as a request, as the simulator reads them). Allowed:
:class:`hardware.rfid.errors.RfidError` (ReaderProtocolError from ``decode_answer``)."""

from __future__ import annotations

from fuzz.harness import Reader, Target
from hardware.rfid import protocol_3m as p
from hardware.rfid.errors import RfidError

UID = "E004015000000001"
_REQUESTS = [
    p.Inventory(),
    p.ReadBlocks(uid=UID, start=0, count=9),
    p.ReadAfi(uid=UID),
    p.CheckEas(uid=UID),
    p.WriteAfi(uid=UID, afi=0xC2),
    p.SetEas(uid=UID, on=False),
    p.Probe(),
]
#: events taken for one input at most (each consumes at least one byte; more would be a decoder that does not advance)
_MAX_EVENTS = 100_000


def _answer(req: p.Request, answer: p.Answer) -> bytes:
    return p.encode_answer(req, answer)


def seeds() -> list[bytes]:
    inv = _answer(_REQUESTS[0], p.InventoryResult([UID, "E004015000000002"], False))
    blocks = _answer(_REQUESTS[1], p.BlocksResult(UID, {i: bytes([i]) * 4 for i in range(9)}))
    afi = _answer(_REQUESTS[2], p.AfiResult(UID, 0x07))
    failed = _answer(_REQUESTS[3], p.Failed(p.CMD_CHECK_EAS, UID, 0x06))
    version = _answer(_REQUESTS[6], p.VersionResult("10.5.0.2"))
    return [b"\x00" + inv, b"\x10" + blocks + afi, b"\x00\x55" + failed + inv, b"\x30" + version, b"\x00" + inv[:5]]


def run(data: bytes) -> str:
    r = Reader(data)
    mode = r.byte()
    piece = 1 + (mode >> 4) * 8
    msb_first = bool(mode & 1)
    body = r.rest()
    decoder = p.FrameDecoder()
    label = "waiting"
    events = 0
    for start in range(0, len(body), piece):
        decoder.receive_data(body[start : start + piece])
        while True:
            before = decoder.pending
            event = decoder.next_event()
            if event is None:
                break
            events += 1
            if decoder.pending >= before or events > _MAX_EVENTS:
                raise AssertionError("the frame decoder did not advance")
            if isinstance(event, p.Garbage):
                label = event.why
                continue
            label = f"frame_{event.cmd:02x}"
            for req in _REQUESTS:
                try:
                    p.decode_answer(req, event, msb_first)
                except RfidError:
                    pass
            p.decode_request(event, msb_first)
    return label


TARGET = Target(
    "pad_frames",
    "hardware/rfid/protocol_3m.py: FrameDecoder in pieces, decode_answer to every request, decode_request",
    run,
    (RfidError,),
    seeds,
    max_len=8192,
    dictionary=(bytes([p.SOF]), bytes([p.SOF_PROBE]), b"\x00\x03", b"\x00\x0b", b"\xe0\x04", b"\x04\x01"),
)
