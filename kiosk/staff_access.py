"""The technician's screens end by themselves, as the patron's do (:mod:`kiosk.session`): a pure state the window
feeds with the time, touches and patron input, and that says when the passcode screen or maintenance mode is over.

::

    CLOSED ─ask─► PASSCODE ─right passcode─► OPEN
      ▲              │ no touch for passcode_timeout_s, Cancel,
      │              │ a patron's card placed or library card scanned (handed on to the patron session)
      ├──────────────┘
      └──── OPEN: no touch for idle_timeout_s, or Leave

Five taps on the library name open the passcode screen (:class:`HiddenTaps` counts them): anyone can do that, so it
must not stay. A card placed
while it shows is a patron's, not a technician's: it ends the passcode screen and starts the patron's session. In
maintenance mode cards are the technician's (the self-tests read them), so only the idle time ends it.
"""

from __future__ import annotations

import enum
import logging
from typing import Any

import eventlog

_log = logging.getLogger("kiosk.staff_access")


class HiddenTaps:
    """The hidden gesture: ``count`` taps within ``within_s`` seconds, however quick. The window reports every press
    on the library name, the second of two quick ones included (Qt turns it into a double click and the widget gets
    no press for it): five taps 0.15 s apart are five taps."""

    def __init__(self, count: int = 5, within_s: float = 4.0) -> None:
        self.count = count
        self.within_s = within_s
        self._taps: list[float] = []

    def tap(self, now: float) -> bool:
        """One tap at ``now``: True when it completes the gesture (the count starts again)."""
        self._taps = [t for t in self._taps if now - t < self.within_s] + [now]
        if len(self._taps) < self.count:
            return False
        self._taps.clear()
        return True


class Staff(enum.Enum):
    CLOSED = "closed"
    PASSCODE = "passcode"
    OPEN = "open"


class StaffAccess:
    def __init__(self, passcode_timeout_s: float = 60.0, idle_timeout_s: float = 600.0) -> None:
        self.passcode_timeout_s = passcode_timeout_s
        self.idle_timeout_s = idle_timeout_s
        self.state = Staff.CLOSED
        self._last = 0.0

    @classmethod
    def from_config(cls, section: Any) -> StaffAccess:
        """From the ``[maintenance]`` section."""
        return cls(section.passcode_timeout_s, section.idle_timeout_s)

    @property
    def active(self) -> bool:
        """The passcode screen or maintenance mode shows (patron input is not a patron's session's)."""
        return self.state is not Staff.CLOSED

    def ask(self, now: float) -> bool:
        """Open the passcode screen (True), unless a staff screen already shows (False)."""
        if self.state is not Staff.CLOSED:
            return False
        self.state = Staff.PASSCODE
        self._last = now
        return True

    def entered(self, now: float) -> bool:
        """The right passcode: maintenance mode (True), unless the passcode screen ended meanwhile (False: the
        answer came after a timeout or a patron's card)."""
        if self.state is not Staff.PASSCODE:
            return False
        self.state = Staff.OPEN
        self._last = now
        return True

    def touch(self, now: float) -> None:
        """Somebody is there (a touch, a key)."""
        if self.state is not Staff.CLOSED:
            self._last = now

    def patron_input(self) -> bool:
        """A card placed or a library card scanned. True: it ends the passcode screen and belongs to a patron
        session now; False: it is not a patron's (no staff screen shows, or maintenance mode does)."""
        if self.state is not Staff.PASSCODE:
            return False
        self.leave("patron")
        return True

    def tick(self, now: float) -> bool:
        """The clock moved: True when the screen that showed has just ended for want of a touch."""
        left = self.left_s(now)
        if left is None or left > 0:
            return False
        self.leave("timeout")
        return True

    def left_s(self, now: float) -> float | None:
        """Seconds before the screen that shows ends by itself (None: none shows)."""
        limit = {Staff.PASSCODE: self.passcode_timeout_s, Staff.OPEN: self.idle_timeout_s}.get(self.state)
        return None if limit is None else max(0.0, limit - (now - self._last))

    def leave(self, why: str = "left") -> None:
        if self.state is not Staff.CLOSED:
            eventlog.event(_log, "maintenance.closed", screen=self.state.value, why=why)
        self.state = Staff.CLOSED
