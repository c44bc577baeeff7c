"""A stack lent in a pipeline: while the library system answers the checkout of one item, the tag of the item before
is switched and read back.

Each item goes through the three steps of :class:`kiosk.lending.Lender`, by its rules (nothing is decided here)::

    library lane    checkout 1 │ checkout 2 │ checkout 3 │ …  (│ undo k)
    security lane              │ secure 1   │ secure 2   │ …

- SIP2 stays one request at a time on its connection, in order: every checkout goes onto the library lane, and so
  does the undo (a check-in) of an item whose switch failed, behind what is already there.
- An item's security is switched only after the library system said yes to it: its step 2 is submitted from the
  answer of its step 1. A loan made offline is done whole in step 1 by the offline rules, as when lent alone.
- Each item is finished exactly once, as soon as its own steps are: ``done(result, error)`` on the owner's thread,
  with the :class:`~kiosk.session.ItemFinished` or the error of the step that raised. A switch that raises is a
  failed switch: the checkout is undone, so no item stays lent upstream without anyone seeing it.
- The steps of an item go on whether or not anybody still waits for its answer: a checkout the library system
  approved is always secured or undone.

Like the runner it serves, it runs on the owner's thread: each step's answer comes back there (the lanes deliver it),
and the next step is submitted from it. The pad's reader is shared with its poller; the pad adapter serialises them.
"""

from __future__ import annotations

import logging
from typing import Any

import eventlog
from kiosk.services import Approved, Lending
from kiosk.session import ItemFinished, Patron
from kiosk.workers import Callback, Lane

_log = logging.getLogger("kiosk.lending")


class LendingPipeline:
    def __init__(self, library: Lane, security: Lane) -> None:
        self.library = library
        self.security = security

    def lend(self, lender: Lending, patron: Patron, item_id: str, done: Callback) -> None:
        """Lend one item of a stack; ``done`` is called once with its outcome (see the module text)."""

        def checked(step: Any, error: BaseException | None) -> None:
            if error is not None or isinstance(step, ItemFinished):
                done(step, error)  # refused, lent offline, or the checkout failed
                return
            self.security.submit(lambda: lender.secure(step), lambda problem, e: secured(step, problem, e))

        def secured(approved: Approved, problem: Any, error: BaseException | None) -> None:
            if error is not None:
                eventlog.event(_log, "lend.security_error", level=logging.ERROR, error=type(error).__name__)
                problem = getattr(error, "reason", "") or "security_failed"
            if problem:
                self.library.submit(lambda: lender.settle(approved, problem), done)
                return
            try:
                finished = lender.settle(approved, "")  # lent: nothing to undo, no I/O
            except Exception as e:  # noqa: BLE001 - the item must still be finished once
                done(None, e)
                return
            done(finished, None)

        self.library.submit(lambda: lender.checkout(patron, item_id), checked)
