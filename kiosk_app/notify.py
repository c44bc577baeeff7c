"""Telling systemd how the kiosk is (``sd_notify``): one datagram to ``$NOTIFY_SOCKET`` per message.

kiosk.service is ``Type=notify``: it counts as started once :func:`ready` has been sent, which the GUI does when
the window is shown and its event loop runs. Outside systemd (``$NOTIFY_SOCKET`` unset) every call does nothing.
The socket is a path or, with a leading ``@``, an abstract name. Sending never blocks and never raises: a kiosk
must not stop because its supervisor cannot be told (the answer is ``False`` then).

The watchdog's ``WATCHDOG=1`` and the ``STATUS=`` lines use :func:`notify` too (wired by the kiosk's health part).
"""

from __future__ import annotations

import os
import socket

READY = "READY=1"


def _address(name: str) -> str | bytes:
    return b"\0" + name[1:].encode() if name.startswith("@") else name


def notify(*assignments: str) -> bool:
    """Send ``KEY=value`` lines in one datagram; ``True`` when it left, ``False`` outside systemd or on failure."""
    name = os.environ.get("NOTIFY_SOCKET", "")
    if not name or not assignments or not name.startswith(("/", "@")):
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as s:
            s.setblocking(False)
            s.sendto("\n".join(assignments).encode(), _address(name))
    except OSError:
        return False
    return True


def ready() -> bool:
    """The kiosk is up: the window shows the idle screen and the event loop runs."""
    return notify(READY)
