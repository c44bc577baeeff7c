"""kiosk_app.notify: READY=1 and the other sd_notify lines reach a real datagram socket, as systemd's would."""

from __future__ import annotations

import os
import socket

import pytest

from kiosk_app import notify


@pytest.fixture
def listener(tmp_path, monkeypatch):
    """A datagram socket where systemd would listen, named in $NOTIFY_SOCKET."""
    path = tmp_path / "notify"
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s.bind(str(path))
    s.settimeout(2)
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    yield s
    s.close()


def test_ready_is_one_datagram(listener):
    assert notify.ready() is True
    assert listener.recv(4096) == b"READY=1"


def test_several_lines_go_in_one_datagram(listener):
    assert notify.notify("STATUS=idle screen", "WATCHDOG=1") is True
    assert listener.recv(4096) == b"STATUS=idle screen\nWATCHDOG=1"


def test_abstract_socket(monkeypatch):
    name = f"@kiosk-notify-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
        s.bind("\0" + name[1:])
        s.settimeout(2)
        monkeypatch.setenv("NOTIFY_SOCKET", name)
        assert notify.ready() is True
        assert s.recv(4096) == b"READY=1"


def test_outside_systemd_nothing_is_sent(monkeypatch):
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert notify.ready() is False


@pytest.mark.parametrize("value", ["relative/path", "/nonexistent/dir/notify"])
def test_a_socket_that_cannot_be_reached_never_raises(monkeypatch, value):
    monkeypatch.setenv("NOTIFY_SOCKET", value)
    assert notify.ready() is False
