"""The running kiosk telling the library, end to end: a whole patron session through the real window, card stack,
demo library system and simulated devices, with the metrics endpoint on 127.0.0.1, the status file and systemd's
notification socket (the test binds it and reads what the kiosk sends, as systemd would)."""

from __future__ import annotations

import json
import logging
import re
import socket
import threading
import time
import urllib.request

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import status as st
from kiosk.session import Phase
from kiosk_app import gui
from kiosk_app.cli import main

from ..telemetry.promtool import check_metrics
from .conftest import PATRON_NO

KOKORO, NEKO = "T0000011", "T0000001"
TITLES = ("こころ", "吾輩は猫である")

pytestmark = pytest.mark.pcsc


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Systemd:
    """systemd's end of NOTIFY_SOCKET: every datagram the kiosk sent, in order, read as it comes, as systemd reads
    them. Read only when a test looked, the socket's queue filled (this machine's net.unix.max_dgram_qlen is 10) and
    each later notification waited its 1 s timeout on the event loop, which a busy run then missed."""

    def __init__(self, path) -> None:
        self.path = str(path)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.sock.settimeout(0.05)
        self.messages: list[str] = []
        self._stop = threading.Event()
        self._reader = threading.Thread(target=self._drain, name="fake-systemd", daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        while not self._stop.is_set():
            try:
                self.messages.append(self.sock.recv(4096).decode())
            except TimeoutError:
                continue
            except OSError:
                return

    def read(self) -> list[str]:
        return list(self.messages)

    def close(self) -> None:
        self._stop.set()
        self._reader.join(timeout=2)
        self.sock.close()


@pytest.fixture
def telling(kiosk_factory, tmp_path):
    port = free_port()
    k = kiosk_factory(metrics={"enabled": True, "port": port, "status_interval_s": 1.0})
    systemd = Systemd(tmp_path / "notify")
    # the kiosk's own supervision is the watchdog's liveness, as kiosk run gives it
    t = gui.telemetry(k.win, env={"NOTIFY_SOCKET": systemd.path, "WATCHDOG_USEC": "400000"}, liveness=k.kiosk.alive)
    ticker = gui.start_telemetry(t)
    k.qtbot.waitUntil(lambda: any(m.startswith("READY=1") for m in systemd.read()), timeout=10000)
    yield k, t, systemd, port
    ticker.stop()
    t.stop()
    systemd.close()


def scrape(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as r:
        return r.read().decode()


def value(text: str, series: str) -> float:
    for line in text.splitlines():
        if line.startswith(series + " "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def leaks(text: str, secrets: list[str]) -> list[str]:
    """The secrets found in ``text``: each as a whole token (a patron number inside a longer timestamp is not one)."""
    return [x for x in secrets if re.search(rf"(?<![0-9A-Za-z]){re.escape(x)}(?![0-9A-Za-z])", text)]


def test_a_whole_session_is_counted_and_nothing_of_the_patron_reaches_the_scrape_the_file_or_systemd(telling, pki):
    k, t, systemd, port = telling
    k.insert()
    k.wait_phase(Phase.PIN)
    k.type_pin("0000")  # a wrong PIN first
    k.qtbot.waitUntil(lambda: k.view.phase is Phase.PIN and k.view.tries_left == 2, timeout=20000)
    k.type_pin("1234")
    k.wait_phase(Phase.ITEMS)
    k.put(KOKORO, NEKO)
    k.qtbot.waitUntil(lambda: k.view.lent_count == 2 and k.view.pending == 0, timeout=20000)
    k.qtbot.waitUntil(lambda: t.status.snapshot is not None and t.status.snapshot.activity == "session", timeout=5000)
    k.finish_with_receipt()
    k.wait_phase(Phase.GOODBYE)
    QTest.mouseClick(k.win.by_phase[Phase.GOODBYE].done, Qt.MouseButton.LeftButton)
    k.wait_phase(Phase.IDLE)
    k.qtbot.waitUntil(lambda: t.status.snapshot.activity == "idle" and t.status.snapshot.written > time.time() - 1,
                      timeout=5000)  # fmt: skip

    text = scrape(port)
    assert value(text, 'kiosk_sessions_total{method="mynumber"}') == 1
    assert value(text, 'kiosk_loans_total{mode="online"}') == 2
    assert value(text, "kiosk_pin_failures_total") == 1 and value(text, "kiosk_pin_lockouts_total") == 0
    assert value(text, 'kiosk_identification_seconds_count{method="mynumber",result="ok"}') == 1
    assert value(text, 'kiosk_checkout_seconds_count{result="lent"}') == 2
    assert value(text, 'kiosk_receipts_total{result="printed"}') == 1
    assert value(text, 'kiosk_device_state{device="printer",state="ok"}') == 1
    assert value(text, 'kiosk_link_state{link="library_system",state="ok"}') == 1
    assert value(text, "kiosk_session_active") == 0

    serial = pki.user.cert.serial_number
    secrets = [PATRON_NO, KOKORO, NEKO, "1234", "0000", str(serial), format(serial, "x"), format(serial, "X")]
    status_file = (st.status_path(k.win.cfg)).read_text(encoding="utf-8")
    said = "\n".join(systemd.read())
    assert "STATUS=session;" in said and "STATUS=idle; all devices and links ok" in said
    for where, content in (("scrape", text), ("status file", status_file), ("systemd", said)):
        assert leaks(content, secrets) == [], where
        assert not [x for x in TITLES if x in content], where


def test_the_scrape_of_a_running_kiosk_passes_promtool(telling):
    k, t, systemd, port = telling
    k.qtbot.waitUntil(lambda: t.status.snapshot is not None, timeout=5000)
    done = check_metrics(scrape(port))
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_kiosk_status_reads_the_running_kiosk(telling, tmp_path, capsys):
    k, t, systemd, port = telling
    k.qtbot.waitUntil(lambda: t.status.snapshot is not None, timeout=5000)
    cfg = tmp_path / "status-only.toml"
    cfg.write_text(f'[kiosk]\ndata_dir = "{tmp_path}"\n', encoding="utf-8")
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        code = main(["--config", str(cfg), "status", "--json"])
    finally:
        root.handlers[:] = handlers  # main() logs to the captured stderr, which is gone after the test
        root.setLevel(level)
    out = json.loads(capsys.readouterr().out)
    assert out["state"] == "ok" and code == 0, out
    snap = out["snapshot"]
    # the devices, and the kiosk's supervised threads (one row: "threads")
    assert {d["name"] for d in snap["devices"]} == {"card_reader", "rfid", "printer", "scanner", "threads"}
    assert {link["name"]: link["state"] for link in snap["links"]} == {"library_system": "ok", "validation": "ok"}
    assert snap["queue"]["waiting"] == 0 and snap["metrics"] == f"127.0.0.1:{port}"


def test_the_watchdog_is_fed_from_the_event_loop_only_while_the_device_threads_live(telling, caplog):
    k, t, systemd, port = telling
    k.qtbot.waitUntil(lambda: systemd.read().count("WATCHDOG=1") >= 3, timeout=5000)
    before = len(systemd.read())
    time.sleep(1.0)  # the event loop is frozen for 2.5 watchdog intervals
    assert len(systemd.read()) == before, "WATCHDOG=1 was sent while the event loop did not run"
    k.qtbot.waitUntil(lambda: systemd.read()[before:].count("WATCHDOG=1") >= 2, timeout=5000)
    pad = k.services.rescan.__self__
    k.kiosk.supervisor.backoff_s = 60.0  # once dead, the pad's thread stays dead for the rest of the test

    def broken() -> None:
        raise RuntimeError("a defect in the pad's thread")

    pad.pad.refresh = broken  # the RFID pad's thread dies at its next poll
    k.qtbot.waitUntil(lambda: t.watchdog.withheld, timeout=5000)
    quiet_from = len(systemd.read())
    k.qtbot.wait(1000)
    assert "WATCHDOG=1" not in systemd.read()[quiet_from:]
    assert "watchdog.withheld" in [r.getMessage() for r in caplog.records]
