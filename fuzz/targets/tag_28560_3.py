"""ISO 28560-3 tags on the pad (:mod:`hardware.rfid.iso28560_3`, through :mod:`hardware.rfid.tagmodels` as the
reader uses it): the fuzzer's bytes are the tag's user memory, read as far as :func:`blocks_wanted` asks (the
reader's loop), then decoded. Allowed: :class:`hardware.rfid.errors.RfidError` (TagFormatError and its kinds)."""

from __future__ import annotations

from fuzz.harness import Target
from hardware.rfid import iso28560_3
from hardware.rfid.errors import RfidError
from hardware.rfid.model import ExtensionBlock, ItemData
from hardware.rfid.tagmodels import get_model

_MODEL = get_model("iso28560-3")
UID = "E004015000000001"


def seeds() -> list[bytes]:
    return [
        iso28560_3.encode(ItemData("1000000001", country="JP", isil="JP-1000001")),
        iso28560_3.encode(ItemData("1000000002", parts_in_set=2, part_number=1), byte_order="reversed"),
        iso28560_3.encode(ItemData("T" * 28, title="吾輩は猫である")),
        iso28560_3.encode(ItemData("1000000003", other_blocks=(ExtensionBlock(9, b"abc"),))),
        iso28560_3.encode(ItemData("1000000004"), length=iso28560_3.SHORT_LENGTH),
    ]


def run(data: bytes) -> str:
    have = min(len(data), iso28560_3.BLOCKS * iso28560_3.BLOCK_SIZE)
    for _ in range(iso28560_3.MAX_BLOCKS + 1):  # the reader reads on while the tag asks for more
        wanted = _MODEL.blocks_wanted(data[:have]) * iso28560_3.BLOCK_SIZE
        if wanted <= have or have >= len(data):
            break
        have = min(len(data), wanted)
    item = _MODEL.decode(UID, data[:have])
    _ = (item.is_set, item.circulating, repr(item))
    return "decoded" if not item.problems else item.problems[0].reason


TARGET = Target(
    "tag_28560_3",
    "hardware/rfid/iso28560_3.py: blocks_wanted (the reader's read-on loop) and decode via tagmodels",
    run,
    (RfidError,),
    seeds,
    max_len=400,
    dictionary=(b"\x11\x01\x01", b"\x01", b"\x02", b"\x00\x00", b"JP"),
)
