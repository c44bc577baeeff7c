"""Tags read by their UID (:mod:`hardware.rfid.tagmodels`, ``tag_model = "uid"``): the UID as the reader reports it
through :func:`normalise_uid` and the UID model, with and without a UID table, and a UID table file as
:func:`load_uid_table` reads it. Allowed: :class:`hardware.rfid.errors.RfidError` (TagFormatError)."""

from __future__ import annotations

import os
import tempfile

from fuzz.harness import Reader, Target, chunks
from hardware.rfid.errors import RfidError
from hardware.rfid.tagmodels import UidModel, load_uid_table

_TABLE = UidModel({"E004015000000001": "1000000001"})
_PLAIN = UidModel()
_FD, _PATH = tempfile.mkstemp(prefix="fuzz-uid-table-", suffix=".csv")
os.close(_FD)


def seeds() -> list[bytes]:
    table = b"uid,item\nE0:04:01:50:00:00:00:01,1000000001\n# comment\ne004015000000002,T0000002\n"
    return [
        chunks(b"E004015000000001", table),
        chunks(b"e0 04 01 50 00 00 00 01", b""),
        chunks(b"E0040150000000", b"E004015000000001\n"),
    ]


def run(data: bytes) -> str:
    r = Reader(data)
    uid = r.chunk().decode("latin-1")
    table = r.chunk()
    label = "decoded"
    for model in (_PLAIN, _TABLE):
        try:
            model.decode(uid, b"")
        except RfidError as e:
            label = e.reason
    if table:
        with open(_PATH, "wb") as f:
            f.write(table)
        load_uid_table(_PATH)
    return label


TARGET = Target(
    "tag_uid",
    "hardware/rfid/tagmodels.py: normalise_uid, UidModel.decode, load_uid_table",
    run,
    (RfidError,),
    seeds,
    max_len=2048,
    dictionary=(b"E004", b":", b",", b"\n", b"uid", b"#"),
)
