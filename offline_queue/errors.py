"""Typed errors of the offline queue, each with a short ``reason`` code for staff."""

from __future__ import annotations


class QueueError(Exception):
    reason = "queue_error"

    def __init__(self, message: str = "", reason: str | None = None) -> None:
        if reason is not None:
            self.reason = reason
        super().__init__(message or self.reason)


class KeyFileError(QueueError):
    """The key file is missing, unreadable, damaged or readable by others."""

    reason = "key_file"


class PayloadError(QueueError):
    """A journal row cannot be decrypted (wrong key, tampered row)."""

    reason = "payload"


class JournalFull(QueueError):
    """The disk (or the journal's size limit) is full: the transaction was NOT recorded."""

    reason = "disk_full"


class JournalUnavailable(QueueError):
    """The journal file cannot be opened or written."""

    reason = "journal_unavailable"


class OfflineRefused(QueueError):
    """Offline lending is not allowed for this request (the rules of :mod:`offline_queue.policy`,
    or ``already_queued``)."""

    reason = "offline_refused"
