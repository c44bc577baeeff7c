"""Sans-I/O SIP2 conversations: the self-check (client) side and the ACS (server) side.

In the style of h11: bytes in with ``receive_data``, events out with ``next_event``; messages in, bytes out. No
sockets, no clocks. The error-detection rules of the spec (``reference/sip2.md`` §1.3):

client side
  * each new request gets the next sequence digit (wrapping 9 -> 0);
  * a reply with a bad checksum -> send 97 (bounded);
  * a 96 -> re-send the original (bounded), unless the last thing sent was a 97;
  * a reply whose AY does not match -> discarded, except after a 97: the 97 carries no AY, so the ACS has nothing
    to echo and servers repeat their last reply under whatever AY they like (AY0, their own counter). The reply of
    the expected type that comes after a 97 is the one asked for;
  * a 98 in place of the expected reply -> the command is to be sent again;
  * a frame over :data:`kiosk.sip2.codec.MAX_FRAME_BYTES` -> :class:`Broken`: asking again would bring the same
    frame, so the link is dropped (the caller resets it).

Replies without AY/AZ while error detection is on are **accepted** (decided in issue 13): an ACS with error
detection switched off sends none, and older servers leave AY out for sequence 0. A reply that carries AZ is always
verified and one that carries AY must match, so what error detection adds is kept wherever the ACS offers it; TCP
(and TLS) already protect the bytes in between, which is what AY/AZ were made for on serial lines. Refusing them
would turn such a server into "offline" for good. They are counted in :attr:`ClientProtocol.unchecked` (the client
logs that the library system does not use error detection). A reply can only belong to the pending request: one
request is in flight at a time and a timeout resets the connection.

server side
  * a request with a bad checksum -> 96;
  * a 97 -> the last reply again;
  * a request with the same AY and AZ as the previous one -> the last reply again (duplicate suppression).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.sip2 import codec
from kiosk.sip2.codec import Message
from kiosk.sip2.errors import ChecksumError, DecodeError, ProtocolError, UnknownCommand


@dataclass(frozen=True)
class Reply:
    """The reply the pending request was waiting for."""

    message: Message


@dataclass(frozen=True)
class StatusInstead:
    """A 98 came where another reply was expected: the command was not executed and must be sent again."""

    message: Message


@dataclass(frozen=True)
class ResendRequested:
    """The ACS answered 96: our request arrived damaged; call :meth:`ClientProtocol.resend`."""


@dataclass(frozen=True)
class Garbled:
    """The reply arrived damaged; call :meth:`ClientProtocol.request_resend` to ask for it again (97)."""

    reason: str


@dataclass(frozen=True)
class Broken:
    """The byte stream cannot be trusted any more (a frame over the limit): drop the connection."""

    reason: str


ClientEvent = Reply | StatusInstead | ResendRequested | Garbled | Broken


class ClientProtocol:
    def __init__(
        self,
        *,
        encoding: str = "utf-8",
        error_detection: bool = True,
        terminator: bytes = b"\r",
        max_resends: int = 3,
    ) -> None:
        self.encoding = encoding
        self.error_detection = error_detection
        self.terminator = terminator
        self.max_resends = max_resends
        self._reader = codec.FrameReader()
        self._seq = 0
        self._pending: Message | None = None
        self._pending_bytes = b""
        #: every sequence number the pending request went out under (a 98 in its place gives it a new one)
        self._pending_seqs: set[int] = set()
        self._resends = 0
        self._last_was_97 = False
        #: replies dropped because their sequence number or type did not match (for diagnostics)
        self.discarded = 0
        #: replies accepted without an AZ checksum while error detection is on
        self.unchecked = 0

    @property
    def pending(self) -> Message | None:
        return self._pending

    def reset(self) -> None:
        """A new connection: sequence numbers start again at 0 and nothing is pending."""
        self._reader = codec.FrameReader()
        self._seq = 0
        self._pending = None
        self._pending_bytes = b""
        self._pending_seqs = set()

    def request(self, msg: Message) -> bytes:
        """Bytes for a new request. Only one request may be pending at a time."""
        if self._pending is not None:
            raise ProtocolError("a request is already pending", "busy")
        if msg.code not in codec.REPLY_CODE:
            raise ProtocolError(f"{msg.code} is not a request", "not_a_request")
        seq = self._seq
        self._seq = (self._seq + 1) % 10
        data = codec.encode(
            msg, encoding=self.encoding, seq=seq, error_detection=self.error_detection, terminator=self.terminator
        )
        self._pending, self._pending_bytes, self._pending_seqs = msg, data, {seq}
        self._resends = 0
        self._last_was_97 = False
        return data

    def resend(self) -> bytes:
        """The pending request again (after a 96, a 98 in its place, or a timeout for a read-only request)."""
        if self._pending is None:
            raise ProtocolError("nothing to re-send", "nothing_pending")
        self._count_resend()
        self._last_was_97 = False
        return self._pending_bytes

    def resend_as_new(self) -> bytes:
        """The pending request again under a new sequence number (after a 98 in its place: the ACS would
        otherwise take it for a duplicate and repeat the 98)."""
        if self._pending is None:
            raise ProtocolError("nothing to re-send", "nothing_pending")
        self._count_resend()
        self._last_was_97 = False
        seq = self._seq
        self._seq = (self._seq + 1) % 10
        self._pending_bytes = codec.encode(
            self._pending,
            encoding=self.encoding,
            seq=seq,
            error_detection=self.error_detection,
            terminator=self.terminator,
        )
        self._pending_seqs.add(seq)
        return self._pending_bytes

    def request_resend(self) -> bytes:
        """A 97 asking the ACS to send its last reply again."""
        if self._pending is None:
            raise ProtocolError("nothing pending", "nothing_pending")
        self._count_resend()
        self._last_was_97 = True
        return codec.encode(Message("97"), error_detection=self.error_detection, terminator=self.terminator)

    def abandon(self) -> None:
        """Forget the pending request (after a timeout, before the connection is reset)."""
        self._pending = None

    def _count_resend(self) -> None:
        self._resends += 1
        if self._resends > self.max_resends:
            raise ProtocolError("too many re-sends", "too_many_resends")

    def receive_data(self, data: bytes) -> None:
        self._reader.feed(data)

    def next_event(self) -> ClientEvent | None:
        """The next event from the bytes received so far, or None if more bytes are needed."""
        while True:
            try:
                frame = next(self._reader.frames(), None)
            except codec.FrameTooLong as e:
                return Broken(e.reason)
            if frame is None:
                return None
            if self._pending is None:
                self.discarded += 1
                continue
            try:
                msg = codec.decode(frame, encoding=self.encoding)
            except UnknownCommand:
                self.discarded += 1
                continue
            except ChecksumError:
                return Garbled("bad_checksum")
            except DecodeError as e:
                return Garbled(e.reason)
            if msg.code == "96":
                if self._last_was_97:
                    return Garbled("resend_refused")
                return ResendRequested()
            expected = codec.REPLY_CODE[self._pending.code]
            if self.error_detection and msg.seq is not None and msg.seq not in self._pending_seqs:
                if not (self._last_was_97 and msg.code == expected):
                    self.discarded += 1
                    continue
            if msg.code == expected:
                if self.error_detection and not msg.checksummed:
                    self.unchecked += 1
                self._pending = None
                return Reply(msg)
            if msg.code == "98":
                return StatusInstead(msg)
            self.discarded += 1


# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """A request to answer with :meth:`ServerProtocol.reply`."""

    message: Message


@dataclass(frozen=True)
class AutoReply:
    """Bytes the server must send without executing anything (96, a repeat of the last reply)."""

    data: bytes
    reason: str


ServerEvent = Request | AutoReply


class ServerProtocol:
    def __init__(self, *, encoding: str = "utf-8", terminator: bytes = b"\r", error_detection: bool = True) -> None:
        self.encoding = encoding
        self.terminator = terminator
        #: False: replies never carry AY/AZ (an ACS with error detection switched off); True: a reply carries them
        #: when its request did
        self.error_detection = error_detection
        self._reader = codec.FrameReader()
        self._last_reply = b""
        self._last_key: tuple[int | None, bytes] | None = None
        self._current_key: tuple[int | None, bytes] | None = None
        self._current: Message | None = None
        #: frames ignored (unknown commands, garbage)
        self.ignored = 0

    def receive_data(self, data: bytes) -> None:
        self._reader.feed(data)

    def next_event(self) -> ServerEvent | None:
        while True:
            try:
                frame = next(self._reader.frames(), None)
            except codec.FrameTooLong:
                self.ignored += 1
                continue
            if frame is None:
                return None
            try:
                msg = codec.decode(frame, encoding=self.encoding, verify=self.error_detection)
            except ChecksumError:
                return AutoReply(codec.encode(Message("96"), terminator=self.terminator), "bad_checksum")
            except DecodeError:
                self.ignored += 1
                continue
            if msg.code == "97":
                if self._last_reply:
                    return AutoReply(self._last_reply, "resend_requested")
                self.ignored += 1
                continue
            if msg.code not in codec.REPLY_CODE:
                self.ignored += 1
                continue
            key = (msg.seq, frame[-4:]) if b"AZ" in frame[-6:-4] else None
            if key is not None and key == self._last_key and self._last_reply:
                return AutoReply(self._last_reply, "duplicate")
            self._current, self._current_key = msg, key
            return Request(msg)

    def reply(self, msg: Message, to: Message | None = None) -> bytes:
        """Bytes for the reply to ``to`` (default: the last request), echoing its sequence number."""
        req = to if to is not None else self._current
        ed = self.error_detection and req is not None and req.seq is not None
        data = codec.encode(
            msg,
            encoding=self.encoding,
            seq=req.seq if req is not None else None,
            error_detection=ed,
            terminator=self.terminator,
            errors="replace",
        )
        self._last_reply = data
        self._last_key = self._current_key
        return data
