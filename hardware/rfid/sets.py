"""The stack on the pad, as a pure state machine: tags seen → items ready to lend.

* The same tag read twice (in one inventory or in successive ones) counts once: the key is the UID.
* A multi-part item (parts in set > 1) is *complete* only when every part number 1…N is on the pad. With the policy
  ``"all_parts"`` (the default) an incomplete set is not lendable and is reported with its missing part numbers;
  ``"any_part"`` lends whatever is there.
* A tag that disappears (lifted mid-transaction) is reported in ``removed`` by :meth:`Stack.update`, so the
  circulation layer can stop working on it.
* Tags that could not be decoded are kept apart as ``unreadable`` (shown to the patron as "ask staff").
* A tag whose type of usage is "patron card" (8) is never an item: it is listed in ``patron_cards`` (a library
  card with an RFID tag laid on the pad) and left out of ``items()``.
"""

from __future__ import annotations

from dataclasses import dataclass

from hardware.rfid.model import USAGE_PATRON_CARD
from hardware.rfid.reader import Tag

POLICIES = ("all_parts", "any_part")


@dataclass(frozen=True)
class StackItem:
    item_id: str
    parts_in_set: int
    #: part number → UID
    parts: dict[int, str]

    @property
    def complete(self) -> bool:
        return all(n in self.parts for n in range(1, self.parts_in_set + 1))

    @property
    def missing_parts(self) -> list[int]:
        return [n for n in range(1, self.parts_in_set + 1) if n not in self.parts]

    @property
    def uids(self) -> list[str]:
        return [self.parts[n] for n in sorted(self.parts)]


@dataclass(frozen=True)
class StackChange:
    added: list[str]
    removed: list[str]


class Stack:
    """``misses_before_removed``: a tag at the edge of the antenna's field can drop out of one inventory and come
    back in the next; it counts as gone only after that many inventories in a row without it (1 = at once)."""

    def __init__(self, policy: str = "all_parts", misses_before_removed: int = 1) -> None:
        if policy not in POLICIES:
            raise ValueError(f"sets policy must be one of {POLICIES}")
        if misses_before_removed < 1:
            raise ValueError("misses_before_removed must be at least 1")
        self.policy = policy
        self.misses_before_removed = misses_before_removed
        self._tags: dict[str, Tag] = {}
        self._missed: dict[str, int] = {}

    def update(self, tags: list[Tag]) -> StackChange:
        """Take a fresh inventory; returns the UIDs that came and (after the allowed misses) went."""
        fresh: dict[str, Tag] = {}
        for t in tags:
            fresh.setdefault(t.uid, t)
        added = [u for u in fresh if u not in self._tags]
        removed = []
        kept: dict[str, Tag] = {}
        for uid, old in self._tags.items():
            if uid in fresh:
                continue
            misses = self._missed.get(uid, 0) + 1
            if misses >= self.misses_before_removed:
                removed.append(uid)
                self._missed.pop(uid, None)
            else:
                self._missed[uid] = misses
                kept[uid] = old
        for uid in fresh:
            self._missed.pop(uid, None)
        self._tags = {**kept, **fresh}
        return StackChange(added, removed)

    def remove(self, uid: str) -> None:
        self._tags.pop(uid, None)
        self._missed.pop(uid, None)

    def clear(self) -> None:
        self._tags.clear()
        self._missed.clear()

    @property
    def tags(self) -> list[Tag]:
        return list(self._tags.values())

    @property
    def unreadable(self) -> list[Tag]:
        return [t for t in self._tags.values() if t.item is None]

    @property
    def patron_cards(self) -> list[Tag]:
        return [t for t in self._tags.values() if t.item is not None and t.item.usage == USAGE_PATRON_CARD]

    def items(self) -> list[StackItem]:
        """Items on the pad (sets grouped), in the order their first tag arrived; patron cards are not items."""
        groups: dict[str, tuple[int, dict[int, str]]] = {}
        for t in self._tags.values():
            if t.item is None or t.item.usage == USAGE_PATRON_CARD:
                continue
            total, parts = groups.setdefault(t.item.item_id, (t.item.parts_in_set, {}))
            parts.setdefault(t.item.part_number, t.uid)
            if t.item.parts_in_set > total:
                groups[t.item.item_id] = (t.item.parts_in_set, parts)
        return [StackItem(i, total, parts) for i, (total, parts) in groups.items()]

    def lendable(self) -> list[StackItem]:
        return [s for s in self.items() if s.complete or self.policy == "any_part"]

    def incomplete(self) -> list[StackItem]:
        return [s for s in self.items() if not s.complete]
