"""Library RFID: ISO 28560 tag codecs (sans-I/O), the 3M/Bibliotheca 810 reader driver, security switching, stacks.

Public API::

    from hardware.rfid import RfidReader, SecurityPolicy, Stack, get_model
    reader = RfidReader("/dev/serial/by-id/…", model=get_model("iso28560-3"), policy=SecurityPolicy())
    tags = reader.inventory()                  # list[Tag]: uid, item (ItemData | None), afi, lent, error
    tags[0].item.problems                      # optional parts that could not be decoded (ElementProblem)
    result = reader.set_security(uid, lent=True)  # SecurityResult: ok, attempts, reason, final_state
"""

from hardware.rfid.errors import (
    ForbiddenCommand,
    ForeignTagError,
    ReaderError,
    ReaderProtocolError,
    ReaderTimeout,
    ReaderUnplugged,
    RfidError,
    TagCrcError,
    TagFormatError,
    TagNotFound,
    TagWriteError,
)
from hardware.rfid.model import ElementProblem, ExtensionBlock, ItemData
from hardware.rfid.pad import ItemSecurityResult, RfidPad
from hardware.rfid.reader import RfidReader, Tag
from hardware.rfid.security import SecurityPolicy, SecurityResult, switch_security
from hardware.rfid.sets import Stack, StackItem
from hardware.rfid.tagmodels import get_model, load_uid_table

__all__ = [
    "ElementProblem",
    "ExtensionBlock",
    "ForbiddenCommand",
    "ForeignTagError",
    "ItemData",
    "ItemSecurityResult",
    "RfidPad",
    "ReaderError",
    "ReaderProtocolError",
    "ReaderTimeout",
    "ReaderUnplugged",
    "RfidError",
    "RfidReader",
    "SecurityPolicy",
    "SecurityResult",
    "Stack",
    "StackItem",
    "Tag",
    "TagCrcError",
    "TagFormatError",
    "TagNotFound",
    "TagWriteError",
    "get_model",
    "load_uid_table",
    "switch_security",
]
