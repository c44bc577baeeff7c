"""The PC/SC card watcher as the kiosk runs it: under the supervisor, so a watcher that dies is reported as the
card reader's state and started again, and cards are seen again after it (real pcscd, virtual card)."""

from __future__ import annotations

import threading

from hardware.smartcard import pcsc
from kiosk.services import DeviceHealth
from kiosk.supervisor import Supervisor
from kiosk_app.adapters.card import watch_cards
from tests.waiting import wait_for


def test_a_watcher_that_dies_is_reported_and_started_again(insert, pcscd, model, monkeypatch):
    real = pcsc._pyscard
    calls = []

    def failing_once():  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("pyscard failed in a way nobody expected")
        return real()

    monkeypatch.setattr(pcsc, "_pyscard", failing_once)
    sup = Supervisor(backoff_s=1.0)
    arrived = threading.Event()
    stop = watch_cards(pcscd, lambda present: present and arrived.set(), sup)
    try:
        assert wait_for(lambda: sup.device_state("card_reader") is not None, timeout=5)
        state = sup.device_state("card_reader")
        assert state.health is DeviceHealth.ERROR and state.reason == "thread_died"
        assert wait_for(sup.alive, timeout=5)
        insert(model)
        assert arrived.wait(10)
    finally:
        stop()
        sup.stop()
    assert sup.states() == []  # stopped on purpose: nothing left that could be reported down
