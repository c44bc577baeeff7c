"""kiosk_app.metrics_http: the endpoint over real HTTP on 127.0.0.1."""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request

import pytest

from kiosk.metrics import Metrics
from kiosk.supervisor import Supervisor
from kiosk_app.metrics_http import CONTENT_TYPE, MetricsServer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server():
    m = Metrics()
    srv = MetricsServer(m.render, free_port())
    srv.start()
    yield srv, m
    srv.stop()


def test_metrics_are_served_on_loopback(server):
    srv, m = server
    m.session_started("barcode")
    with urllib.request.urlopen(f"http://127.0.0.1:{srv.port}/metrics", timeout=5) as r:
        assert r.headers["Content-Type"] == CONTENT_TYPE
        body = r.read().decode()
    assert 'kiosk_sessions_total{method="barcode"} 1' in body
    assert srv.alive and srv.host == "127.0.0.1"


def test_other_paths_are_not_found(server):
    srv, _ = server
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(f"http://127.0.0.1:{srv.port}/config", timeout=5)
    assert e.value.code == 404


def test_a_taken_port_is_an_oserror_and_the_first_server_keeps_serving(server):
    srv, _ = server
    with pytest.raises(OSError):
        MetricsServer(lambda: "", srv.port).start()
    with urllib.request.urlopen(f"http://127.0.0.1:{srv.port}/metrics", timeout=5) as r:
        assert r.status == 200


def test_a_failing_render_is_a_500_not_a_dead_server():
    def broken() -> str:
        raise RuntimeError("boom")

    srv = MetricsServer(broken, free_port())
    srv.start()
    try:
        for _ in range(2):
            with pytest.raises(urllib.error.HTTPError) as e:
                urllib.request.urlopen(f"http://127.0.0.1:{srv.port}/metrics", timeout=5)
            assert e.value.code == 500
        assert srv.alive
    finally:
        srv.stop()
    assert not srv.alive


def test_a_client_that_leaves_mid_answer_is_one_json_log_line_not_a_traceback(capfd, caplog):
    srv = MetricsServer(lambda: "x" * 8_000_000, free_port())
    srv.start()
    try:
        for _ in range(3):
            with socket.create_connection(("127.0.0.1", srv.port)) as c:
                c.sendall(b"GET /metrics HTTP/1.0\r\n\r\n")
                c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        with urllib.request.urlopen(f"http://127.0.0.1:{srv.port}/", timeout=5) as r:
            assert r.status == 200  # still serving
    finally:
        srv.stop()
    assert "Traceback" not in capfd.readouterr().err
    assert "metrics.request_failed" in [r.getMessage() for r in caplog.records]


def test_under_the_supervisor_a_loop_that_died_serves_again_and_a_stop_is_no_death(caplog):
    supervisor = Supervisor(backoff_s=0.05)
    srv = MetricsServer(Metrics().render, free_port())
    srv.start(supervisor.starter("metrics"))
    try:
        wait_for(lambda: srv.alive)
        server = srv._server
        deaths = []

        def dies_once() -> None:
            if not deaths:
                deaths.append(1)
                raise OSError("the loop's select failed")

        server.service_actions = dies_once  # called by the server's loop on each turn
        wait_for(lambda: deaths and supervisor.states()[0].detail.endswith("deaths=1") and srv.alive)
        with urllib.request.urlopen(f"http://127.0.0.1:{srv.port}/metrics", timeout=5) as r:
            assert r.status == 200
    finally:
        srv.stop()
    assert not srv.alive and supervisor.states() == []  # retired: not started again
    died = [r for r in caplog.records if r.getMessage() == "supervisor.thread_died"]
    assert [r.fields["error"] for r in died] == ["OSError"], "stopping it was logged as a death"
    supervisor.stop()


def wait_for(condition, timeout_s: float = 5.0) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.02)
