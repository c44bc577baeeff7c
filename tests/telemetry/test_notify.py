"""kiosk_app.notify: systemd's notification protocol over a real Unix datagram socket (the test plays systemd's
side: it binds the socket and reads what the kiosk sends), and the watchdog's rule."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading

import pytest

from kiosk.supervisor import Supervisor
from kiosk.workers import CALL_DEADLINE_S, CallQueue, Lanes
from kiosk_app.notify import Notifier, Watchdog, default_liveness, watchdog_interval_s


@pytest.fixture
def systemd(tmp_path):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    path = tmp_path / "notify"
    sock.bind(str(path))
    sock.settimeout(2)
    yield sock, str(path)
    sock.close()


def received(sock: socket.socket) -> list[str]:
    out = []
    sock.setblocking(False)
    try:
        while True:
            out.append(sock.recv(4096).decode())
    except BlockingIOError:
        pass
    finally:
        sock.settimeout(2)
    return out


def test_ready_status_watchdog_and_stopping_reach_systemd(systemd):
    sock, path = systemd
    n = Notifier({"NOTIFY_SOCKET": path})
    assert n.ready("idle; all devices and links ok")
    assert n.status("session; printer paper_out\nsecond line")
    assert n.watchdog() and n.stopping()
    assert received(sock) == [
        "READY=1\nSTATUS=idle; all devices and links ok",
        "STATUS=session; printer paper_out second line",
        "WATCHDOG=1",
        "STOPPING=1\nSTATUS=stopping",
    ]


def test_an_abstract_socket_is_reached():
    name = f"kiosk-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        assert Notifier({"NOTIFY_SOCKET": "@" + name}).watchdog()
        assert sock.recv(100) == b"WATCHDOG=1"


def test_without_systemd_nothing_is_sent_and_a_gone_socket_is_logged_once(tmp_path, caplog):
    assert not Notifier({}).ready("idle")
    gone = Notifier({"NOTIFY_SOCKET": str(tmp_path / "nobody")})
    assert not gone.watchdog() and not gone.watchdog()
    assert [r.getMessage() for r in caplog.records].count("systemd.notify_failed") == 1


def test_the_watchdog_interval_is_half_of_systemds_and_only_for_this_process():
    assert watchdog_interval_s({"WATCHDOG_USEC": "30000000"}) == 15.0
    assert watchdog_interval_s({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getpid())}) == 15.0
    under_cage = {"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getppid())}
    assert watchdog_interval_s(under_cage) == 15.0  # the service's main process is cage, our parent
    stray = subprocess.Popen([sys.executable, "-c", "pass"])
    stray.wait()
    assert watchdog_interval_s({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(stray.pid)}) is None
    assert watchdog_interval_s({}) is None and watchdog_interval_s({"WATCHDOG_USEC": "x"}) is None


def test_the_watchdog_pings_when_due_and_only_while_alive(systemd, caplog):
    sock, path = systemd
    now, alive = [0.0], [True]
    dog = Watchdog(Notifier({"NOTIFY_SOCKET": path}), 5.0, lambda: alive[0], clock=lambda: now[0])
    dog.beat()
    dog.beat()
    now[0] = 5.0
    dog.beat()
    assert received(sock) == ["WATCHDOG=1", "WATCHDOG=1"]
    alive[0] = False
    for t in (10.0, 15.0, 20.0):
        now[0] = t
        dog.beat()
    assert received(sock) == [] and dog.withheld
    assert [r.getMessage() for r in caplog.records].count("watchdog.withheld") == 1
    alive[0] = True
    now[0] = 25.0
    dog.beat()
    assert received(sock) == ["WATCHDOG=1"] and not dog.withheld


def test_a_liveness_check_that_raises_withholds_the_ping(systemd):
    sock, path = systemd

    def broken() -> bool:
        raise RuntimeError("supervisor gone")

    Watchdog(Notifier({"NOTIFY_SOCKET": path}), 5.0, broken).beat()
    assert received(sock) == []


def test_default_liveness_sees_dead_lanes_and_device_threads(caplog):
    lanes = Lanes(CallQueue().call_soon)
    stop = threading.Event()
    scanner = threading.Thread(target=stop.wait, name="scanner-/dev/ttyACM0", daemon=True)
    scanner.start()
    alive = default_liveness(lanes)
    try:
        lanes.misc.submit(lambda: None, lambda r, e: None)
        lanes.misc.wait()
        assert alive()
        stop.set()
        scanner.join(5)
        assert not alive()
        assert any(getattr(r, "fields", {}).get("threads") == ["scanner-/dev/ttyACM0"] for r in caplog.records)
    finally:
        lanes.stop()
    assert not alive()  # a stopped lane is no longer alive either


def test_the_watchdog_is_withheld_while_a_lane_is_stuck(systemd):
    """Fed from the owner's loop with the kiosk's liveness (its supervisor's), the watchdog stops pinging while a
    worker lane's call runs past its deadline (systemd then restarts the kiosk after WatchdogSec), and pings again
    once it returned."""
    sock, path = systemd
    now = [1000.0]
    sup = Supervisor(clock=lambda: now[0])
    lanes = Lanes(CallQueue().call_soon, sup)
    dog = Watchdog(Notifier({"NOTIFY_SOCKET": path}), 1.0, sup.alive, lambda: now[0])
    held, entered = threading.Event(), threading.Event()

    def hangs() -> None:
        entered.set()
        held.wait(30)

    try:
        lanes.card.submit(hangs, lambda r, e: None)
        assert entered.wait(5)
        dog.beat()
        assert received(sock) == ["WATCHDOG=1"]
        now[0] += CALL_DEADLINE_S["card"] + 1
        dog.beat()
        assert received(sock) == [] and dog.withheld
        held.set()
        assert lanes.card.wait(5000)
        now[0] += 1
        dog.beat()
        assert received(sock) == ["WATCHDOG=1"]
    finally:
        held.set()
        lanes.stop()
        sup.stop()
