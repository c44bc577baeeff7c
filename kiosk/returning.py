"""Taking one item back: library system first, security back on second; no returns while the library is away.

For each item (issue 16 "Return"):

1. Check-in at the library system (SIP2 09). A refusal is shown with the library system's reason; nothing is written
   to the tag.
2. Only on yes: switch the tag's security back on ("on the shelf": AFI, or EAS) and read it back (the pad retries a
   bounded number of times). An item whose security could not be switched is **reported, never left looking
   returned**: the patron is asked to take it to the desk (``desk`` "security") and staff see a log line. The
   check-in is not undone: the library's records are right, the tag is what is wrong.
3. Whatever the library system says about where the item goes (a hold for another patron, another branch, magnetic
   media) sends it to the desk, with the library system's own words for where.

When the library system cannot be reached nothing is done (offline returns are not journalled): the patron is asked
to use the return slot or the counter (``library_unavailable``). A check-in whose outcome is unknown after a lost
reply is not sent again (``outcome_unknown``: to the counter).

Every call blocks (network, RFID): the runner calls :meth:`Returner.give_back` on the library lane.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import eventlog
from kiosk.services import LibrarySystem, LibraryUnavailable, SecurityTags, ServiceError, TagError
from kiosk.session import ItemReturned, ReturnState

_log = logging.getLogger("kiosk.returning")


@dataclass
class Returner:
    library: LibrarySystem
    tags: SecurityTags

    def give_back(self, item_id: str, source: str = "rfid") -> ItemReturned:
        try:
            reply = self.library.checkin(item_id)
        except LibraryUnavailable:
            eventlog.event(_log, "return.refused", reason="library_unavailable")
            return ItemReturned(item_id, ReturnState.REFUSED, reason="library_unavailable")
        except ServiceError as e:
            eventlog.event(_log, "return.refused", level=logging.WARNING, reason=e.reason)
            return ItemReturned(item_id, ReturnState.REFUSED, reason=e.reason or "refused")
        if not reply.ok:
            eventlog.event(_log, "return.refused", reason=reply.reason or "refused")
            return ItemReturned(item_id, ReturnState.REFUSED, reply.title, reply.reason or "refused", reply.message)
        problem = self._secure(item_id)
        if problem:
            # the library's records say "returned" while the tag still says "lent": staff must see this one
            eventlog.event(_log, "return.security_failed", level=logging.ERROR, reason=problem, source=source)
            return ItemReturned(item_id, ReturnState.DESK, reply.title, problem, reply.message, "security",
                                reply.route)  # fmt: skip
        if reply.desk:
            eventlog.event(_log, "return.to_desk", desk=reply.desk)
            return ItemReturned(item_id, ReturnState.DESK, reply.title, "", reply.message, reply.desk, reply.route)
        eventlog.event(_log, "return.ok")
        return ItemReturned(item_id, ReturnState.RETURNED, reply.title, message=reply.message, route=reply.route)

    def _secure(self, item_id: str) -> str:
        """Security back on ("on the shelf"), read back; a reason code on failure, "" on success."""
        try:
            state = self.tags.set_lent(item_id, False)
        except TagError as e:
            return e.reason or "security_failed"
        return "" if state is False else "security_failed"
