"""The library's offline lending rules (``[offline]`` in the configuration): one type, one reason code per rule.

Both the lender (per patron session) and the journal (per patron among the loans still waiting) apply the same
rules through :meth:`OfflinePolicy.refusal`:

==================== ===========================================================
reason               rule
==================== ===========================================================
``offline_disabled`` offline lending is switched off (``lending = false``)
``offline_method``   the patron's identification method may not lend offline
``offline_limit``    the patron already has ``items_per_patron`` items offline
==================== ===========================================================
"""

from __future__ import annotations

from dataclasses import dataclass
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

    @classmethod
    def from_config(cls, section: Any) -> OfflinePolicy:
        return cls(section.lending, section.items_per_patron, tuple(section.identification), section.loan_period_days)

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
