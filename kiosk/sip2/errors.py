"""Typed errors of the SIP2 layer. Every error carries a short ``reason`` code staff can read.

Messages never quote patron numbers, item identifiers or titles, so an error can be logged as it is.
"""

from __future__ import annotations


class Sip2Error(Exception):
    """Base of every SIP2 error; ``reason`` is a short code such as ``"bad_checksum"``."""

    reason = "sip2_error"

    def __init__(self, message: str = "", reason: str | None = None) -> None:
        if reason is not None:
            self.reason = reason
        super().__init__(message or self.reason)


class DecodeError(Sip2Error):
    """Bytes that are not a valid SIP2 message (too short, bad command, bad fixed fields, undecodable text)."""

    reason = "malformed"


class ChecksumError(DecodeError):
    """The AZ checksum does not match the bytes received."""

    reason = "bad_checksum"


class UnknownCommand(DecodeError):
    """A well-formed frame with a command code this codec does not know (the spec says: ignore it)."""

    reason = "unknown_command"


class EncodeError(Sip2Error):
    """A message that cannot be put on the wire (wrong fixed-field width, text the charset cannot carry)."""

    reason = "encode"


class FrameTooLong(DecodeError):
    """More bytes than any sane SIP2 message arrived without a terminator."""

    reason = "frame_too_long"


class ProtocolError(Sip2Error):
    """The peer broke the conversation rules (reply of the wrong type, endless 96, login refused)."""

    reason = "protocol"


class LoginRefused(ProtocolError):
    reason = "login_refused"


class ConnectionLost(Sip2Error):
    """The connection closed or failed. ``maybe_committed`` is True when a request was sent and no reply read."""

    reason = "connection_lost"

    def __init__(self, message: str = "", reason: str | None = None, maybe_committed: bool = False) -> None:
        super().__init__(message, reason)
        self.maybe_committed = maybe_committed


class Timeout(ConnectionLost):
    """No reply within the timeout."""

    reason = "timeout"


class Offline(Sip2Error):
    """The library system is not reachable or says it is offline (98 online=N or timeout 000)."""

    reason = "offline"
