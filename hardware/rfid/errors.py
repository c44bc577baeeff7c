"""Typed errors of the RFID layer. Each carries ``reason``: a short code staff can read on the maintenance screen.

Texts never quote an item identifier, a title or tag data (they may end up in a log or on a screen).
"""

from __future__ import annotations


class RfidError(Exception):
    """Base of every RFID error."""

    reason = "rfid_error"

    def __init__(self, message: str = "", reason: str | None = None) -> None:
        if reason is not None:
            self.reason = reason
        super().__init__(message or self.reason)


class TagFormatError(RfidError):
    """The tag's user memory does not hold a well-formed record of the configured data model."""

    reason = "tag_malformed"


class TagCrcError(TagFormatError):
    """An ISO 28560-3 basic block whose CRC does not match in either block byte order."""

    reason = "tag_crc"


class ForeignTagError(TagFormatError):
    """A tag written in another data model or an unknown version: not ours to interpret (not damage)."""

    reason = "tag_foreign"


class ReaderError(RfidError):
    """The reader (not a tag) failed."""

    reason = "reader_error"


class ReaderProtocolError(ReaderError):
    """Bytes from the reader that do not form a valid frame (bad CRC, impossible length, unexpected command)."""

    reason = "reader_protocol"


class ReaderTimeout(ReaderError):
    """No complete answer within the command timeout."""

    reason = "reader_timeout"


class ReaderUnplugged(ReaderError):
    """The serial device went away (or is not there yet). The next call tries to open it again."""

    reason = "reader_unplugged"


class TagNotFound(RfidError):
    """The addressed tag did not answer (it left the pad, or the air interface failed)."""

    reason = "tag_not_found"


class TagWriteError(RfidError):
    """The reader reported that a write to the tag failed."""

    reason = "tag_write_failed"


class ForbiddenCommand(RfidError):
    """An attempt to send a command the kiosk must never send (any lock command)."""

    reason = "forbidden_command"
