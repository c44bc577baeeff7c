"""What a library tag says about its item, whatever data model wrote it."""

from __future__ import annotations

from dataclasses import dataclass

#: type-of-usage values (low nibble of byte 0 in ISO 28560-3; class nibble in ISO 28560-2)
USAGE_ACQUISITION = 0
USAGE_CIRCULATING = 1
USAGE_NOT_FOR_CIRCULATION = 2
USAGE_DISCARDED = 7
USAGE_PATRON_CARD = 8
USAGE_EQUIPMENT = 9


@dataclass(frozen=True)
class ElementProblem:
    """An optional data element or extension block that could not be decoded, while the rest of the tag could.

    ``element`` names it (``owner_isil``, ``title``, ``block_4``…) and ``reason`` is the error's reason code; neither
    holds any tag data, so both may be logged and shown to staff.
    """

    element: str
    reason: str


@dataclass(frozen=True)
class ExtensionBlock:
    """An ISO 28560-3 extension block kept as found (a block this decoder does not interpret): its data block ID and
    the data after the 4-byte frame. The encoder writes it back unchanged."""

    block_id: int
    data: bytes


@dataclass(frozen=True)
class ItemData:
    """The decoded content of one tag.

    ``item_id`` is the library's item key (for the UID model: the mapped item number or the UID itself).
    ``parts_in_set``/``part_number`` describe multi-part items (1/1 for a single item).
    ``byte_order`` ("normal" or "reversed") records how the tag's 4-byte blocks were found, so a rewrite keeps it.
    ``problems`` lists the optional parts of the tag that could not be decoded (the item stays lendable: its
    identifier was read); ``other_blocks`` holds ISO 28560-3 extension blocks kept aside uninterpreted.
    """

    item_id: str
    parts_in_set: int = 1
    part_number: int = 1
    usage: int = USAGE_CIRCULATING
    usage_qualifier: int = 0
    version: int = 1
    country: str = ""
    isil: str = ""
    title: str = ""
    model: str = ""
    byte_order: str = "normal"
    problems: tuple[ElementProblem, ...] = ()
    other_blocks: tuple[ExtensionBlock, ...] = ()

    @property
    def is_set(self) -> bool:
        return self.parts_in_set > 1

    @property
    def circulating(self) -> bool:
        return self.usage == USAGE_CIRCULATING

    @property
    def offline_issue_allowed(self) -> bool:
        """ISO 28560-2 type-of-usage sub-qualifiers 1/3 ("not for issue while offline") and 1/5 (neither issue nor
        return while offline) forbid lending it while the library system is unreachable."""
        return self.usage == USAGE_CIRCULATING and self.usage_qualifier not in (3, 5)
