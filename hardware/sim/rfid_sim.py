"""A 3M/Bibliotheca 810-style RFID pad on a pseudo-terminal: the real driver talks to it byte for byte.

The virtual pad holds tags (UID, user memory, AFI, EAS bit). Tests and the demo add and remove tags, make the next
writes to a tag fail (reported, or silently lost so only the read-back catches it), make a tag vanish when a given
command reaches it, inject garbage, answer in short pieces, or unplug the whole reader.

    sim = RfidSim()
    path = sim.start()
    uid = sim.add_item(ItemData(item_id="1234567890"), afi=0x07)
    ...
    sim.stop()
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from pathlib import Path

from hardware.rfid import iso28560_2, iso28560_3
from hardware.rfid import protocol_3m as p
from hardware.rfid.errors import ForbiddenCommand, ReaderProtocolError
from hardware.rfid.model import ItemData
from hardware.sim.pty_device import PtyDevice

FAIL = 0x06
_uid_counter = itertools.count(1)


def make_uid(n: int | None = None) -> str:
    """A plausible NXP ICODE SLIX UID (E0 04 01 …), unique per call unless ``n`` is given."""
    n = next(_uid_counter) if n is None else n
    return f"E0040150{n:08X}"


@dataclass
class VirtualTag:
    uid: str
    memory: bytearray
    afi: int = 0x07
    eas: bool = True
    #: the next N writes (AFI, EAS or blocks) are refused by the tag (the reader answers with a failure)
    fail_writes: int = 0
    #: the next N writes are acknowledged but not stored (only a read-back notices)
    lose_writes: int = 0
    #: remove the tag from the pad when this command byte next reaches it (a patron lifts the book mid-command)
    vanish_on: int | None = None
    #: the next N inventories miss this tag (at the edge of the antenna's field)
    missed_inventories: int = 0
    writes: int = 0


class RfidSim(PtyDevice):
    def __init__(self, name: str = "ttyRFID", link_dir: str | Path | None = None, version: str = "10.5.0.2") -> None:
        PtyDevice.__init__(self, name, link_dir)
        self.version = version
        self.tags: dict[str, VirtualTag] = {}
        self._decoder = p.FrameDecoder()
        self.received: list[p.Request] = []
        #: when each of ``received`` arrived and when its answer had left (time.monotonic; the same for one left
        #: unanswered): benches time what the pad was asked and how long it took itself
        self.received_at: list[float] = []
        self.answered_at: list[float] = []
        self.forbidden_received = 0
        self.garbage_received = 0
        #: bytes sent before the next answer (noise on the line)
        self.garbage_before_answer = b""
        #: the next N commands get no answer at all
        self.mute_next = 0
        #: unplug while the next command is being answered (half an answer, then gone)
        self.unplug_mid_answer = False
        #: seconds the reader takes per command (the air interface, its own computing included); 0 = instant
        self.latency_s = 0.0
        #: UIDs on the wire most significant byte first (E0 first) instead of least first
        self.uid_msb_first = False

    # -- the pad --------------------------------------------------------------------------------------------------

    def add_tag(self, uid: str | None = None, memory: bytes = b"", afi: int = 0x07, eas: bool = True) -> str:
        uid = (uid or make_uid()).upper()
        with self.lock:
            self.tags[uid] = VirtualTag(uid, bytearray(memory), afi, eas)
        return uid

    def add_item(
        self,
        item: ItemData,
        *,
        model: str = "iso28560-3",
        uid: str | None = None,
        afi: int = 0x07,
        eas: bool = True,
        byte_order: str = "normal",
        memory_blocks: int = 28,
    ) -> str:
        """Encode ``item`` in the given data model onto a new tag of ``memory_blocks`` 4-byte blocks; returns its UID.

        ISO 28560-3 items with an identifier longer than 16 characters, a title or ``other_blocks`` get extension
        blocks after the basic block; ISO 28560-2 items get their elements (numeric compaction for identifiers with
        a leading zero, the ISIL in its latch/shift coding). Data larger than the tag raises ValueError."""
        if model == "iso28560-3":
            data = iso28560_3.encode(item, byte_order=byte_order)
        elif model == "iso28560-2":
            data = iso28560_2.encode(item)
        elif model == "uid":
            data = b""
        else:
            raise ValueError(f"unknown model {model!r}")
        if len(data) > memory_blocks * 4:
            raise ValueError(
                f"the item needs {len(data)} bytes, a tag of {memory_blocks} blocks holds {memory_blocks * 4}"
            )
        memory = data.ljust(memory_blocks * 4, b"\x00") if data else b""
        return self.add_tag(uid, memory, afi, eas)

    def remove_tag(self, uid: str) -> None:
        with self.lock:
            self.tags.pop(uid.upper(), None)

    def clear(self) -> None:
        with self.lock:
            self.tags.clear()

    def tag(self, uid: str) -> VirtualTag:
        with self.lock:
            return self.tags[uid.upper()]

    def fail_next_writes(self, uid: str, n: int, *, silently: bool = False) -> None:
        with self.lock:
            t = self.tags[uid.upper()]
            if silently:
                t.lose_writes = n
            else:
                t.fail_writes = n

    def flicker(self, uid: str, inventories: int = 1) -> None:
        """The next ``inventories`` inventories miss this tag, though it stays on the pad."""
        with self.lock:
            self.tags[uid.upper()].missed_inventories = inventories

    def vanish_on(self, uid: str, cmd: int) -> None:
        with self.lock:
            self.tags[uid.upper()].vanish_on = cmd

    # -- the protocol ---------------------------------------------------------------------------------------------

    def on_data(self, data: bytes) -> None:
        self._decoder.receive_data(data)
        while (ev := self._decoder.next_event()) is not None:
            if isinstance(ev, p.Garbage):
                self.garbage_received += len(ev.data)
                continue
            try:
                req = p.decode_request(ev, self.uid_msb_first)
            except ForbiddenCommand:
                self.forbidden_received += 1
                continue
            except ReaderProtocolError:
                self.send(p.encode_frame(ev.cmd, bytes([FAIL])))
                continue
            started = time.monotonic()
            with self.lock:
                self.received.append(req)
                self.received_at.append(started)
                if self.mute_next:
                    self.mute_next -= 1
                    self.answered_at.append(started)
                    continue
                answer = self._answer(req)
            out = p.encode_answer(req, answer, self.uid_msb_first)
            # the modelled reader takes exactly this long per command, its own computing included
            rest = self.latency_s - (time.monotonic() - started)
            if rest > 0:
                time.sleep(rest)
            if self.garbage_before_answer:
                out = self.garbage_before_answer + out
                self.garbage_before_answer = b""
            if self.unplug_mid_answer:
                self.unplug_mid_answer = False
                self.send(out[: len(out) // 2])
                self.answered_at.append(time.monotonic())
                self.unplug()
                return
            self.send(out)
            self.answered_at.append(time.monotonic())

    def _answer(self, req: p.Request) -> p.Answer:
        if isinstance(req, p.Probe):
            return p.VersionResult(self.version)
        if isinstance(req, p.Inventory):
            seen = []
            for t in self.tags.values():
                if t.missed_inventories:
                    t.missed_inventories -= 1
                else:
                    seen.append(t.uid)
            return p.InventoryResult(seen)
        t = self.tags.get(req.uid or "")
        if t is not None and t.vanish_on == req.cmd:
            del self.tags[t.uid]
            t = None
        if t is None:
            return p.Failed(req.cmd, req.uid, FAIL)
        if isinstance(req, p.ReadBlocks):
            end = (req.start + req.count) * 4
            if end > len(t.memory):
                return p.Failed(req.cmd, t.uid, FAIL)
            return p.BlocksResult(
                t.uid, {n: bytes(t.memory[n * 4 : n * 4 + 4]) for n in range(req.start, req.start + req.count)}
            )
        if isinstance(req, p.ReadAfi):
            return p.AfiResult(t.uid, t.afi)
        if isinstance(req, p.CheckEas):
            return p.EasResult(t.uid, t.eas)
        if isinstance(req, p.WriteAfi | p.SetEas | p.WriteBlocks):
            t.writes += 1
            if t.fail_writes:
                t.fail_writes -= 1
                return p.Failed(req.cmd, t.uid, FAIL)
            if t.lose_writes:
                t.lose_writes -= 1
                return p.Done(t.uid)
            if isinstance(req, p.WriteAfi):
                t.afi = req.afi
            elif isinstance(req, p.SetEas):
                t.eas = req.on
            else:
                start = req.start * 4
                if start + len(req.data) > len(t.memory):
                    return p.Failed(req.cmd, t.uid, FAIL)
                t.memory[start : start + len(req.data)] = req.data
            return p.Done(t.uid)
        return p.Failed(req.cmd, req.uid, FAIL)
