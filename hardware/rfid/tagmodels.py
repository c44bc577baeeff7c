"""The tag data model chosen per library: one interface over ISO 28560-3, ISO 28560-2 and "UID is the key".

Japanese libraries follow no single tag format, so the model is configuration (``[rfid].tag_model``), never guessed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from hardware.rfid import iso28560_2, iso28560_3
from hardware.rfid.errors import TagFormatError
from hardware.rfid.model import ItemData

MODEL_NAMES = ("iso28560-3", "iso28560-2", "uid")


class TagModel(Protocol):
    name: str
    #: 4-byte blocks to read from block 0 (0: nothing to read, the UID is enough)
    blocks: int

    def decode(self, uid: str, memory: bytes) -> ItemData: ...


class Iso28560_3Model:
    name = iso28560_3.NAME
    blocks = iso28560_3.BLOCKS

    def decode(self, uid: str, memory: bytes) -> ItemData:
        return iso28560_3.decode(memory)

    def blocks_wanted(self, memory: bytes) -> int:
        """Blocks to read from block 0 given what was read: extension blocks may run on past the basic block.

        (Optional in a model: the reader reads ``blocks`` and, when the model has this method, goes on reading while
        it asks for more.)"""
        return iso28560_3.blocks_wanted(memory)


class Iso28560_2Model:
    name = iso28560_2.NAME
    blocks = iso28560_2.BLOCKS

    def decode(self, uid: str, memory: bytes) -> ItemData:
        return iso28560_2.decode(memory)


class UidModel:
    """No data on the tag: the tag's factory UID is the item key, optionally mapped through a UID→item table."""

    name = "uid"
    blocks = 0

    def __init__(self, table: Mapping[str, str] | None = None) -> None:
        self._table = {normalise_uid(k): v for k, v in (table or {}).items()}

    def decode(self, uid: str, memory: bytes) -> ItemData:
        key = normalise_uid(uid)
        if self._table:
            item = self._table.get(key)
            if item is None:
                raise TagFormatError("UID not in the UID table", reason="tag_uid_unknown")
            return ItemData(item_id=item, model=self.name)
        return ItemData(item_id=key, model=self.name)


def normalise_uid(uid: str) -> str:
    """A UID as 16 upper-case hex digits, most significant byte first (``E004…``)."""
    text = uid.replace(":", "").replace(" ", "").upper()
    if len(text) != 16 or any(c not in "0123456789ABCDEF" for c in text):
        raise TagFormatError("a UID is 8 bytes in hex", reason="tag_uid_malformed")
    return text


def load_uid_table(path: str | Path) -> dict[str, str]:
    """Read a UID→item table: CSV lines ``uid,item`` (a header line starting with "uid" is skipped), UTF-8 text read
    strictly (a byte-order mark is allowed). Raises :class:`OSError`, or :class:`TagFormatError` naming the line:
    ``uid_table_not_utf8``, ``uid_table_malformed``, ``tag_uid_malformed``."""
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise TagFormatError(
            f"the UID table is not UTF-8 text (byte {e.start}): save it as UTF-8", reason="uid_table_not_utf8"
        ) from None
    table: dict[str, str] = {}
    rows = csv.reader(io.StringIO(text, newline=""))
    lineno = 0
    try:
        for lineno, row in enumerate(rows, 1):
            if not row or row[0].strip().lower() == "uid" or row[0].startswith("#"):
                continue
            if len(row) < 2 or not row[1].strip():
                raise TagFormatError(f"UID table line {lineno} needs 'uid,item'", reason="uid_table_malformed")
            try:
                table[normalise_uid(row[0].strip())] = row[1].strip()
            except TagFormatError as e:
                raise TagFormatError(f"UID table line {lineno}: {e}", reason=e.reason) from None
    except csv.Error:
        raise TagFormatError(f"UID table line {lineno + 1} is not CSV", reason="uid_table_malformed") from None
    return table


def get_model(name: str, uid_table: Mapping[str, str] | None = None) -> TagModel:
    if name == "iso28560-3":
        return Iso28560_3Model()
    if name == "iso28560-2":
        return Iso28560_2Model()
    if name == "uid":
        return UidModel(uid_table)
    raise ValueError(f"unknown tag model {name!r}; known: {', '.join(MODEL_NAMES)}")
