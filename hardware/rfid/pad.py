"""The pad as the circulation layer sees it: items (not tags) on the pad, and security switched per item.

:class:`RfidPad` keeps the last inventory in a :class:`Stack` and maps an item id to its tag(s): a multi-part set
has one tag per part, and lending it switches every part. ``set_item_security`` returns a typed
:class:`ItemSecurityResult`; it is ``ok`` only when every part's read-back confirmed the state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hardware.rfid.errors import TagNotFound
from hardware.rfid.reader import RfidReader
from hardware.rfid.security import SecurityResult
from hardware.rfid.sets import Stack, StackChange, StackItem


@dataclass(frozen=True)
class ItemSecurityResult:
    ok: bool
    #: "ok", "item_not_on_pad", "set_incomplete", or the first failing part's reason
    reason: str
    parts: tuple[SecurityResult, ...] = ()

    @property
    def lent_state_confirmed(self) -> bool:
        return self.ok


class RfidPad:
    @classmethod
    def from_config(cls, section: Any) -> RfidPad:
        """The pad from the ``[rfid]`` section: reader, sets policy and flicker tolerance."""
        return cls(RfidReader.from_config(section), section.sets, section.misses_before_removed)

    def __init__(self, reader: RfidReader, sets_policy: str = "all_parts", misses_before_removed: int = 1) -> None:
        self.reader = reader
        self.stack = Stack(sets_policy, misses_before_removed)

    def refresh(self) -> StackChange:
        """Inventory the pad; returns the UIDs that arrived and left since the last call."""
        return self.stack.update(self.reader.inventory())

    def items(self) -> list[StackItem]:
        return self.stack.items()

    def lendable(self) -> list[StackItem]:
        return self.stack.lendable()

    def incomplete(self) -> list[StackItem]:
        return self.stack.incomplete()

    def set_item_security(self, item_id: str, lent: bool) -> ItemSecurityResult:
        item = next((s for s in self.stack.items() if s.item_id == item_id), None)
        if item is None:
            return ItemSecurityResult(False, "item_not_on_pad")
        if lent and not item.complete and self.stack.policy == "all_parts":
            return ItemSecurityResult(False, "set_incomplete")
        results = tuple(self.reader.set_security(uid, lent) for uid in item.uids)
        failed = next((r for r in results if not r.ok), None)
        if failed is not None:
            if failed.reason == TagNotFound.reason:
                self.stack.remove(failed.uid)
            return ItemSecurityResult(False, failed.reason, results)
        return ItemSecurityResult(True, "ok", results)
