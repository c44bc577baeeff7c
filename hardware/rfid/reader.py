"""The RFID pad driver: the 3M/Bibliotheca 810 protocol (:mod:`hardware.rfid.protocol_3m`) over pyserial.

One request in flight at a time (a lock serialises callers). Every failure is typed: an unplugged reader raises
:class:`ReaderUnplugged` and the next call opens the port again, so a reader that comes back is found without a
restart; a missing answer raises :class:`ReaderTimeout`; noise on the line is skipped and counted.
"""

from __future__ import annotations

import logging
import termios
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import serial

import eventlog
from hardware.rfid import protocol_3m as p
from hardware.rfid.errors import (
    ReaderProtocolError,
    ReaderTimeout,
    ReaderUnplugged,
    RfidError,
    TagFormatError,
    TagNotFound,
    TagWriteError,
)
from hardware.rfid.model import ItemData
from hardware.rfid.security import SecurityPolicy, SecurityResult, switch_security
from hardware.rfid.tagmodels import TagModel, get_model, load_uid_table

logger = logging.getLogger("hardware.rfid")

#: blocks per read command (the 810 answers at most this many in one frame)
READ_CHUNK = 8
#: decoded tags remembered by UID
DECODED_CACHE = 512
#: the reason of a tag whose decoder failed in a way it should not (a defect: logged at ERROR with its type)
DECODER_FAILED = "tag_decoder_failed"


@dataclass(frozen=True)
class Tag:
    """One tag on the pad.

    ``item`` is None when the tag could not be read or decoded; ``error`` then holds the reason code
    (``tag_crc``, ``tag_blank``, ``tag_foreign``, ``tag_not_found``…; ``tag_decoder_failed`` when the decoder
    failed other than with its typed error, a defect that costs this one tag). A tag whose item identifier was read but some
    optional part was not (an ISIL, a title, an extension block) has ``item`` set and ``item.problems`` listing what
    was not. ``lent`` is the security state read from the tag (True lent, False secured, None unknown).
    """

    uid: str
    item: ItemData | None
    afi: int | None
    lent: bool | None
    error: str | None = None

    @property
    def item_id(self) -> str | None:
        return self.item.item_id if self.item else None


class RfidReader:
    def __init__(
        self,
        port: str,
        *,
        baud: int = 19200,
        model: TagModel | None = None,
        policy: SecurityPolicy | None = None,
        timeout_s: float = 2.0,
    ) -> None:
        self.port = port
        self.baud = baud
        self.model = model or get_model("iso28560-3")
        self.policy = policy or SecurityPolicy()
        self.timeout_s = timeout_s
        self._serial: serial.Serial | None = None
        self._decoder = p.FrameDecoder()
        self._lock = threading.RLock()
        self.garbage_bytes = 0
        self.version: str | None = None
        #: the reader's UID byte order, learnt from the first inventory (least significant first until then)
        self.uid_msb_first = False
        #: decoded user memory by UID (tag data does not change on the pad; the security state is read every time)
        self._decoded: OrderedDict[str, tuple[ItemData | None, str | None]] = OrderedDict()
        #: the (tags, unreadable) counts last logged (rfid.inventory is logged when they change)
        self._inventory_logged: tuple[int, int] | None = None

    @classmethod
    def from_config(cls, section: Any) -> RfidReader:
        """Build from the ``[rfid]`` configuration section (any object with its attributes)."""
        table = load_uid_table(section.uid_table) if section.tag_model == "uid" and section.uid_table else None
        policy = SecurityPolicy(section.security, section.afi_on_shelf, section.afi_lent, section.retries)
        return cls(
            section.port,
            baud=section.baud,
            model=get_model(section.tag_model, table),
            policy=policy,
            timeout_s=section.timeout_s,
        )

    # -- connection -----------------------------------------------------------------------------------------------

    def open(self) -> None:
        with self._lock:
            if self._serial is not None:
                return
            try:
                self._serial = serial.Serial(self.port, self.baud, timeout=0.05, write_timeout=self.timeout_s)
            except (serial.SerialException, OSError, ValueError):
                self._serial = None
                raise ReaderUnplugged("RFID reader not present") from None
            self._decoder = p.FrameDecoder()
            eventlog.event(logger, "rfid.open")

    def close(self) -> None:
        with self._lock:
            if self._serial is not None:
                try:
                    self._serial.close()
                except (serial.SerialException, OSError):
                    pass
                self._serial = None

    def __enter__(self) -> RfidReader:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connected(self) -> bool:
        return self._serial is not None

    def wait_present(self, timeout_s: float) -> bool:
        """Poll until the reader answers the version probe (after a replug); False on timeout."""
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                self.probe()
                return True
            except (ReaderUnplugged, ReaderTimeout):
                if time.monotonic() >= deadline:
                    return False
                time.sleep(0.1)

    def _lost(self) -> ReaderUnplugged:
        self.close()
        eventlog.event(logger, "rfid.unplugged", logging.WARNING)
        return ReaderUnplugged("RFID reader went away")

    def transact(self, req: p.Request) -> p.Answer:
        """Send one request and wait for its answer (raises ReaderTimeout, ReaderUnplugged)."""
        frame_bytes = p.encode_request(req, self.uid_msb_first)
        with self._lock:
            self.open()
            ser = self._serial
            assert ser is not None
            try:
                ser.reset_input_buffer()
                self._decoder = p.FrameDecoder()
                ser.write(frame_bytes)
                ser.flush()
                deadline = time.monotonic() + self.timeout_s
                while True:
                    ev = self._decoder.next_event()
                    if ev is None:
                        if time.monotonic() > deadline:
                            raise ReaderTimeout("no answer from the RFID reader")
                        chunk = ser.read(ser.in_waiting or 1)
                        if chunk:
                            self._decoder.receive_data(chunk)
                        continue
                    if isinstance(ev, p.Garbage):
                        self.garbage_bytes += len(ev.data)
                        eventlog.event(logger, "rfid.garbage", logging.DEBUG, why=ev.why, size=len(ev.data))
                        continue
                    try:
                        return p.decode_answer(req, ev, self.uid_msb_first)
                    except ReaderProtocolError as e:
                        # a stale answer to an earlier request or a malformed one: skip it, keep waiting
                        eventlog.event(logger, "rfid.unexpected_frame", logging.DEBUG, why=str(e))
                        continue
            except (serial.SerialException, OSError, TypeError, termios.error):
                # EIO surfaces as SerialException, OSError or termios.error (tcdrain) depending on the call;
                # TypeError is pyserial working on a port closed under it
                raise self._lost() from None

    # -- commands -------------------------------------------------------------------------------------------------

    def probe(self) -> str:
        ans = self.transact(p.Probe())
        assert isinstance(ans, p.VersionResult)
        self.version = ans.version
        return ans.version

    def inventory_uids(self) -> list[str]:
        """The UIDs of the tags in the field, each once."""
        ans = self.transact(p.Inventory())
        if not isinstance(ans, p.InventoryResult):
            raise ReaderProtocolError("inventory failed")
        if ans.msb_first is not None:
            self.uid_msb_first = ans.msb_first
        return list(dict.fromkeys(ans.uids))

    def read_blocks(self, uid: str, start: int, count: int) -> bytes:
        out = b""
        n = start
        while n < start + count:
            k = min(READ_CHUNK, start + count - n)
            ans = self.transact(p.ReadBlocks(uid=uid, start=n, count=k))
            if isinstance(ans, p.Failed):
                raise TagNotFound("tag did not answer the read")
            assert isinstance(ans, p.BlocksResult)
            out += ans.data(n, k)
            n += k
        return out

    def _read_memory(self, uid: str) -> bytes:
        """Read the model's blocks, and on while the model asks for more (an ISO 28560-3 extension-block chain);
        a tag smaller than that ends early."""
        out, ended = self._read_span(uid, 0, self.model.blocks)
        wanted = getattr(self.model, "blocks_wanted", None)
        while wanted is not None and not ended:
            have = len(out) // 4
            more = wanted(out) - have
            if more <= 0:
                break
            chunk, ended = self._read_span(uid, have, more)
            out += chunk
        return out

    def _read_span(self, uid: str, start: int, count: int) -> tuple[bytes, bool]:
        """Blocks ``start``…``start + count − 1``, and whether the tag ended before them (past its last block)."""
        out = b""
        n = start
        while n < start + count:
            k = min(READ_CHUNK, start + count - n)
            try:
                out += self.read_blocks(uid, n, k)
            except TagNotFound:
                if n == 0:
                    raise
                # past the end of a small tag: try the remaining blocks one by one up to the end
                try:
                    while n < start + count:
                        out += self.read_blocks(uid, n, 1)
                        n += 1
                except TagNotFound:
                    pass
                return out, True
            n += k
        return out, False

    def write_blocks(self, uid: str, start: int, data: bytes) -> None:
        self._decoded.pop(uid, None)
        ans = self.transact(p.WriteBlocks(uid=uid, start=start, data=data))
        if isinstance(ans, p.Failed):
            raise TagWriteError("tag refused the write")

    def read_afi(self, uid: str) -> int:
        ans = self.transact(p.ReadAfi(uid=uid))
        if isinstance(ans, p.Failed):
            raise TagNotFound("tag did not answer")
        assert isinstance(ans, p.AfiResult)
        return ans.afi

    def write_afi(self, uid: str, afi: int) -> None:
        """Write the AFI of the one tag with this UID (never unaddressed)."""
        ans = self.transact(p.WriteAfi(uid=uid, afi=afi))
        if isinstance(ans, p.Failed):
            raise TagWriteError("tag refused the AFI write")

    def read_eas(self, uid: str) -> bool:
        ans = self.transact(p.CheckEas(uid=uid))
        if isinstance(ans, p.Failed):
            raise TagNotFound("tag did not answer")
        assert isinstance(ans, p.EasResult)
        return ans.on

    def set_eas(self, uid: str, on: bool) -> None:
        ans = self.transact(p.SetEas(uid=uid, on=on))
        if isinstance(ans, p.Failed):
            raise TagWriteError("tag refused the EAS write")

    # -- what the kiosk calls -------------------------------------------------------------------------------------

    def read_tag(self, uid: str, *, cached: bool = True) -> Tag:
        """Read and decode one tag; a tag that cannot be read or decoded comes back with ``error`` set.

        With ``cached`` the decoded data of a UID still on the pad since the last inventory is reused (a poll of a
        full pad then costs one security read per tag instead of three commands); the security state is always read
        from the tag, and a tag that leaves the pad is forgotten, so one re-written elsewhere is read afresh.
        """
        item: ItemData | None = None
        error: str | None = None
        afi: int | None = None
        lent: bool | None = None
        try:
            if cached and uid in self._decoded:
                item, error = self._decoded[uid]
                self._decoded.move_to_end(uid)
            else:
                memory = self._read_memory(uid) if self.model.blocks else b""
                try:
                    item = self.model.decode(uid, memory)
                except TagFormatError as e:
                    error = e.reason
                except Exception as e:  # noqa: BLE001 - a decoder defect costs this tag, never the pad's thread
                    error = DECODER_FAILED
                    eventlog.event(logger, "rfid.decoder_failed", logging.ERROR, error=type(e).__name__)
                if item is not None and item.problems:
                    # what could not be read, never what the tag holds
                    problems = ",".join(f"{p.element}:{p.reason}" for p in item.problems)
                    eventlog.event(logger, "rfid.tag_partial", logging.INFO, problems=problems)
                self._decoded[uid] = (item, error)
                while len(self._decoded) > DECODED_CACHE:
                    self._decoded.popitem(last=False)
            if self.policy.method == "eas":
                lent = self.policy.is_lent(eas=self.read_eas(uid))
            else:
                afi = self.read_afi(uid)
                lent = self.policy.is_lent(afi=afi)
        except TagNotFound as e:
            error = e.reason
            item = None
            # lifted mid-read: what was decoded may be cut short, so it is read afresh when the tag comes back
            self._decoded.pop(uid, None)
        return Tag(uid=uid, item=item, afi=afi, lent=lent, error=error)

    def inventory(self, *, fresh: bool = False) -> list[Tag]:
        """Every tag on the pad, read and decoded, each UID once. Tags that left during the read are dropped.

        ``fresh`` reads every tag's data again instead of reusing what was decoded for its UID before.
        """
        tags = []
        uids = self.inventory_uids()
        # a tag that left the pad may be re-written elsewhere (the staff desk): forget what was decoded for it
        for gone in [u for u in self._decoded if u not in uids]:
            del self._decoded[gone]
        for uid in uids:
            tag = self.read_tag(uid, cached=not fresh)
            if tag.error == TagNotFound.reason:
                eventlog.event(logger, "rfid.tag_left")
                continue
            tags.append(tag)
        # the pad is polled several times a second: a line when what lies on it changes, not one per poll
        counts = (len(tags), sum(1 for t in tags if t.error))
        if counts != self._inventory_logged:
            self._inventory_logged = counts
            eventlog.event(logger, "rfid.inventory", tags=counts[0], unreadable=counts[1])
        return tags

    def set_security(self, uid: str, lent: bool) -> SecurityResult:
        """Switch security for one tag, confirmed by read-back, with the configured bounded retries."""
        return switch_security(self, uid, lent, self.policy)


__all__ = ["RfidReader", "Tag", "RfidError"]
