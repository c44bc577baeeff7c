"""The library's offline lending rules (``[offline]`` in the configuration): one type, one reason code per rule.

Both the lender (per patron session) and the journal (per patron among the loans still waiting) apply the same
rules through :meth:`OfflinePolicy.refusal`:

============================== ===========================================================
reason                         rule
============================== ===========================================================
``offline_disabled``           offline lending is switched off (``lending = false``)
``offline_method``             the patron's identification method may not lend offline
``offline_limit``              the patron already has ``items_per_patron`` items offline
``offline_barcode_unverified`` a library card number the library's patron pattern does not
                               recognise (:meth:`OfflinePolicy.patron_refusal`): offline, no
                               library system checks it, so "ABC" or a lost card's typo
                               must not lend
============================== ===========================================================

Whether a number is a library card is the barcode layer's to say (its patron patterns and check digit): the
composition root gives the policy that test as ``barcode_patron``. Without one no barcode patron lends offline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any


@dataclass(frozen=True)
class OfflinePolicy:
    lending: bool = False
    #: items one patron may borrow offline
    items_per_patron: int = 5
    #: identification methods that may lend offline
    identification: tuple[str, ...] = ("mynumber",)
    #: loan period promised for offline checkouts
    loan_period_days: int = 14
    #: whether a library card number (as scanned, normalised) is one of the library's cards; None: none is
    barcode_patron: Callable[[str], bool] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_config(cls, section: Any, barcode_patron: Callable[[str], bool] | None = None) -> OfflinePolicy:
        return cls(
            section.lending,
            section.items_per_patron,
            tuple(section.identification),
            section.loan_period_days,
            barcode_patron,
        )

    def due_date(self, now: datetime | None = None) -> datetime:
        """The due date shown for an offline loan made at ``now``: the loan period on, at the day's end."""
        now = now or datetime.now()
        return (now + timedelta(days=self.loan_period_days)).replace(hour=23, minute=59, second=0, microsecond=0)

    def refusal(self, method: str, already: int) -> str:
        """The rule an offline loan would break, as its reason code ("" when it may be lent); ``already`` is how
        many items this patron has offline so far."""
        if not self.lending:
            return "offline_disabled"
        if method not in self.identification:
            return "offline_method"
        if already >= self.items_per_patron:
            return "offline_limit"
        return ""

    def patron_refusal(self, method: str, number: str) -> str:
        """Whether this patron may lend offline at all, as a reason code ("" when they may): a library card number
        must be one the library's patron pattern recognises (nobody else checks it while offline)."""
        if method == "barcode" and (self.barcode_patron is None or not self.barcode_patron(number)):
            return "offline_barcode_unverified"
        return ""
