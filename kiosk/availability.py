"""Which identification methods the idle screen offers now: the configured ones whose devices and services work.

The idle screen invites only what works now (a kiosk whose card reader is unplugged, or whose certificate checks
cannot work, does not ask for the My Number Card). A pure rule over the health probes' latest states:

=========  ==========================================================================================
method     not offered while one of these is in ERROR, or not configured (ABSENT)
=========  ==========================================================================================
mynumber   ``card_reader`` (unplugged, no trust anchor…), ``validation_link`` (every card is refused)
barcode    ``scanner`` (a library card cannot be read)
=========  ==========================================================================================

A state not known yet (no probe has answered) does not take a method away: the kiosk starts by offering what is
configured, and the first round of probes corrects it within seconds.
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.services import DeviceHealth, DeviceState

#: method → the devices and services it needs
NEEDS = {"mynumber": ("card_reader", "validation_link"), "barcode": ("scanner",)}
_DOWN = (DeviceHealth.ERROR, DeviceHealth.ABSENT)


def offered(configured: Iterable[str], states: Iterable[DeviceState]) -> tuple[str, ...]:
    """The configured methods, in their order, that the latest ``states`` allow now."""
    down = {st.name for st in states if st.health in _DOWN}
    return tuple(m for m in configured if not down.intersection(NEEDS.get(m, ())))
