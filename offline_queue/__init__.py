"""The durable, encrypted offline transaction journal and its replay.

>>> j = Journal("offline.sqlite", "offline.key")
>>> t = j.enqueue("10000001", "T0000001", due=due, method="mynumber", policy=policy)   # durable on return
>>> j.status(); j.replay(Circulation(client)); j.refusals(); j.checks()
"""

from offline_queue.errors import (
    JournalFull,
    JournalUnavailable,
    KeyFileError,
    OfflineRefused,
    PayloadError,
    QueueError,
)
from offline_queue.journal import (
    CounterCheck,
    Journal,
    LinkDown,
    QueueStatus,
    Refusal,
    ReplayAnswer,
    ReplayReport,
    ReplayTarget,
    Transaction,
)
from offline_queue.policy import OfflinePolicy

__all__ = [
    "CounterCheck",
    "Journal",
    "JournalFull",
    "JournalUnavailable",
    "KeyFileError",
    "LinkDown",
    "OfflinePolicy",
    "OfflineRefused",
    "PayloadError",
    "QueueError",
    "QueueStatus",
    "Refusal",
    "ReplayAnswer",
    "ReplayReport",
    "ReplayTarget",
    "Transaction",
]
