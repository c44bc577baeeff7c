"""The connector contract (:mod:`kiosk.connector_contract`) run against the SIP2 connector and the demo library
system over TCP on 127.0.0.1, the connector made through its entry point as the kiosk makes it. This is the example a
connector package follows: a ``world`` fixture with a fresh test library system, and the data the suite relies on.

The fixture is parametrised, as a package with several connectors (or one connector for several systems) would do:
here the demo library system as the spec has it, and with the quirks of real servers (CRLF, no AY/AZ in replies, a
97 answered under AY0)."""

from __future__ import annotations

import socket

import pytest

from kiosk import config
from kiosk.connector_contract import ConnectorContract, ContractWorld
from kiosk.session import Patron
from kiosk.sip2 import demo_data
from kiosk.sip2.demo import DemoLibrary
from kiosk_app.connectors import load_connector

#: the connector's request kinds as the demo library system logs them (circ_log op) and their SIP2 commands
COMMANDS = {"checkout": "11", "checkin": "09", "renew": "29"}


#: the demo library system's settings, and the kiosk's [sip2] terminator, per parametrised world
SYSTEMS = {
    "spec": ({}, "CR"),
    "quirks": ({"terminator": b"\r\n", "error_detection": False, "resend_seq": 0}, "CRLF"),
}


def sip2_config(port: int, terminator: str = "CR") -> config.Config:
    return config.from_dict(
        {
            "library": {"connector": "sip2"},
            "sip2": {"port": port, "username": demo_data.LOGIN_USER, "password": demo_data.LOGIN_PASSWORD,
                     "institution": demo_data.INSTITUTION_ID, "location": demo_data.LOCATION_CODE, "retries": 0,
                     "connect_timeout_s": 2.0, "timeout_s": 3.0, "keepalive_s": 0, "terminator": terminator},
        }
    )  # fmt: skip


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then closed: connections are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TestSip2Connector(ConnectorContract):
    @pytest.fixture(params=sorted(SYSTEMS))
    def world(self, request):
        settings, terminator = SYSTEMS[request.param]
        lib = DemoLibrary(**settings)
        lib.start()
        connector = load_connector(sip2_config(lib.port, terminator))

        def executed(kind: str, item: str) -> int:
            return sum(1 for op, _p, i, ok, _nb in lib.state.circ_log() if op == kind and i == item and ok)

        yield ContractWorld(
            connector=connector,
            unreachable=lambda: load_connector(sip2_config(closed_port())),
            patron=Patron("barcode", demo_data.PATRON_OK),
            other_patron=Patron("barcode", demo_data.PATRON_WITH_HOLDS),
            blocked_patron=Patron("barcode", demo_data.PATRON_BLOCKED),
            unknown_patron=Patron("barcode", "99999999"),
            items=("T0000001", "T0000002", "T0000003", "T0000004"),
            not_for_loan=demo_data.ITEM_NOT_FOR_LOAN,
            unknown_item="T9999999",
            holds_patron=Patron("barcode", demo_data.PATRON_WITH_HOLDS),
            lose_reply=lambda kind: lib.inject("lose_reply", command=COMMANDS[kind]),
            executed=executed,
            server_loggers=("kiosk.sip2.demo",),
        )
        connector.close()
        lib.close()
