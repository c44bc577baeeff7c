"""ISO 28560-2 tags on the pad (:mod:`hardware.rfid.iso28560_2`, through :mod:`hardware.rfid.tagmodels` as the
reader uses it): the fuzzer's bytes are the tag's user memory. Allowed: :class:`hardware.rfid.errors.RfidError`
(TagFormatError and its kinds)."""

from __future__ import annotations

from fuzz.harness import Target
from hardware.rfid import iso28560_2
from hardware.rfid.errors import RfidError
from hardware.rfid.model import ItemData
from hardware.rfid.tagmodels import get_model

_MODEL = get_model("iso28560-2")
UID = "E004015000000001"


def seeds() -> list[bytes]:
    return [
        iso28560_2.encode(ItemData("1000000001")),
        iso28560_2.encode(ItemData("0012345", parts_in_set=3, part_number=2, isil="JP-1000001")),
        iso28560_2.encode(ItemData("T0000001", title="吾輩は猫である", isil="FI-Hki", usage=2, usage_qualifier=3)),
        iso28560_2.encode(ItemData("1234567890123456789", title="Kokoro")),
    ]


def run(data: bytes) -> str:
    item = _MODEL.decode(UID, data)
    _ = (item.is_set, item.circulating, item.offline_issue_allowed, repr(item))
    return "decoded" if not item.problems else item.problems[0].reason


TARGET = Target(
    "tag_28560_2",
    "hardware/rfid/iso28560_2.py: decode (all compactions, ISIL coding, set information) via tagmodels",
    run,
    (RfidError,),
    seeds,
    max_len=512,
    dictionary=(b"\x11", b"\x21", b"\x41", b"\x61", b"\x71", b"\x03", b"\x04", b"\x05", b"\x8f", b"\x0f", b"\x00"),
)
