"""The demo's My Number Card reader: a vpcd slot that virtual cards are placed in, with a cable that can be pulled.

vpcd's readers stay in pcscd's reader list whatever happens (the driver makes them when pcscd starts), so pulling
the cable of a virtual reader is two things here: the virtual card's connection to vpcd is closed (the card is
gone, as it would be with the reader), and :meth:`SimCardReader.visible` leaves the reader out of the list the
kiosk's card service is given, as pcscd leaves out a USB reader that was unplugged. The kiosk then sees what it
sees on site: its reader missing (``reader_missing``). While unplugged, no card can be placed.

Placing and taking away talk to vpcd over TCP on 127.0.0.1: call them from a worker, not an event loop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from hardware.sim.jpki_card import JpkiCardModel, VirtualCard

#: vpcd's first slot ("Virtual PCD 00 00"); each further slot is one port up
VPCD_BASE_PORT = 35963


class ReaderUnplugged(ConnectionError):
    """A card was placed on a reader whose cable is pulled."""


def reader_name(port: int) -> str:
    """The PC/SC name of the vpcd slot listening on ``port``."""
    return f"Virtual PCD 00 {port - VPCD_BASE_PORT:02d}"


class SimCardReader:
    def __init__(self, port: int = VPCD_BASE_PORT) -> None:
        self.port = port
        self.name = reader_name(port)
        self.plugged = True
        self.card: VirtualCard | None = None
        self._lock = threading.Lock()

    def place(self, model: JpkiCardModel) -> VirtualCard:
        """Put a card on the reader (the one there is taken away first)."""
        with self._lock:
            if not self.plugged:
                raise ReaderUnplugged(f"{self.name} is unplugged")
            self._take_away()
            card = VirtualCard(model, port=self.port)
            card.insert()
            self.card = card
            return card

    def take_away(self) -> None:
        with self._lock:
            self._take_away()

    def unplug(self) -> None:
        """Pull the cable: the card on it is gone and the reader leaves the kiosk's list."""
        with self._lock:
            self.plugged = False
            self._take_away()

    def replug(self) -> None:
        with self._lock:
            self.plugged = True

    def visible(self, readers: Callable[[], list[str]]) -> list[str]:
        """``readers()`` (pcscd's list) without this reader while it is unplugged."""
        found = readers()
        return found if self.plugged else [r for r in found if r != self.name]

    def _take_away(self) -> None:
        card, self.card = self.card, None
        if card is not None:
            card.remove()
