"""kiosk_app.metrics_http: the endpoint over real HTTP on 127.0.0.1."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request

import pytest

from kiosk.metrics import Metrics
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
