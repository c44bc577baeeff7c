"""Choosing the library system's connector by configuration: ``[library].connector`` names an entry point of the group
``mynumber_kiosk.connectors`` that an installed package registers, and the kiosk makes it without touching its core.

The "installed package" here is a real distribution on ``sys.path`` (a ``.dist-info`` with ``entry_points.txt``,
as pip writes it), found by ``importlib.metadata`` like any other."""

from __future__ import annotations

import logging
import textwrap

import pytest

from kiosk import config
from kiosk.session import Patron
from kiosk.sip2 import demo_data
from kiosk.sip2.demo import DemoLibrary
from kiosk_app import connectors
from kiosk_app.adapters.library import Sip2Library
from kiosk_app.build import build_kiosk


@pytest.fixture(autouse=True)
def _root_logging_restored():
    """``kiosk_app.cli.main`` sets up logging on the stderr of the moment (pytest's capture here): put the root
    logger back, so that no later test logs into a closed capture."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def install(tmp_path, monkeypatch, module: str, entry_points: str) -> None:
    """A distribution ``acme-connector`` with the module ``acme_connector``, on sys.path."""
    (tmp_path / "acme_connector.py").write_text(textwrap.dedent(module))
    info = tmp_path / "acme_connector-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-connector\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(textwrap.dedent(entry_points))
    monkeypatch.syspath_prepend(str(tmp_path))


ACME = """
    from kiosk.config import ConfigError
    from kiosk.sip2.client import Sip2Client
    from kiosk_app.adapters.library import Sip2Library


    class AcmeConnector(Sip2Library):
        '''A vendor's adapter (here: SIP2 reached with its own options, as a gateway product would be).'''

        capabilities = frozenset({"checkin", "account"})


    def make(cfg, options):
        if "port" not in options:
            raise ConfigError("[library.options].port", "missing", "give the gateway's port")
        return AcmeConnector(Sip2Client(port=options["port"], username=options["user"], password=options["pass"],
                                        institution="JPLIB", retries=0, keepalive=0))


    def broken(cfg, options):
        return object()
"""


def cfg_with(**library) -> config.Config:
    return config.from_dict({"library": library})


def test_the_sip2_connector_is_an_installed_entry_point():
    assert "sip2" in connectors.installed()
    made = connectors.load_connector(config.Config())
    assert isinstance(made, Sip2Library) and made.capabilities == {"checkin", "renew", "account", "holds",
                                                                    "offline_replay"}  # fmt: skip
    made.close()


def test_a_connector_from_another_package_is_chosen_by_configuration(tmp_path, monkeypatch):
    install(tmp_path, monkeypatch, ACME, """
        [mynumber_kiosk.connectors]
        acme = acme_connector:make
        acme-broken = acme_connector:broken
        acme-missing = acme_connector:nothing_here
    """)  # fmt: skip
    assert {"sip2", "acme"} <= set(connectors.installed())
    lib = DemoLibrary()
    port = lib.start()
    try:
        options = {"port": port, "user": demo_data.LOGIN_USER, "pass": demo_data.LOGIN_PASSWORD}
        cfg = config.from_dict({"kiosk": {"data_dir": str(tmp_path / "data")},
                                "library": {"connector": "acme", "options": options}})  # fmt: skip
        kiosk = build_kiosk(cfg, watch=False)
        try:
            library = kiosk.services.library
            assert type(library).__name__ == "AcmeConnector"
            assert library.patron_status(Patron("barcode", demo_data.PATRON_OK)).ok  # it speaks to the system
            # the kiosk offers what the connector can do: returns and the account, no renewals, no holds notice
            assert kiosk.session.services == ("return", "account")
            assert not kiosk.session.holds_notice and kiosk.services.returner is not None
        finally:
            kiosk.close()
        with pytest.raises(config.ConfigError) as e:
            connectors.load_connector(cfg_with(connector="acme"))
        assert e.value.key == "[library.options].port"  # the connector names its own option
        with pytest.raises(config.ConfigError) as e:
            connectors.load_connector(cfg_with(connector="acme-broken"))
        assert e.value.key == "[library].connector" and "does not fit" in str(e.value)
        with pytest.raises(config.ConfigError) as e:
            connectors.load_connector(cfg_with(connector="acme-missing"))
        assert e.value.key == "[library].connector" and "cannot be loaded" in str(e.value)
    finally:
        lib.close()


def test_an_unknown_connector_names_the_key_and_what_is_installed():
    with pytest.raises(config.ConfigError) as e:
        connectors.load_connector(cfg_with(connector="nosuch"))
    assert e.value.key == "[library].connector" and "installed: " in str(e.value) and "sip2" in str(e.value)


def test_the_sip2_connector_takes_its_settings_from_its_own_section():
    with pytest.raises(config.ConfigError) as e:
        connectors.load_connector(cfg_with(connector="sip2", options={"host": "x"}))
    assert e.value.key == "[library.options].host" and "[sip2]" in str(e.value)


def test_the_connector_name_and_options_are_checked_in_the_file():
    with pytest.raises(config.ConfigError) as e:
        config.from_dict({"library": {"connector": "SIP 2"}})
    assert e.value.key == "[library].connector"
    with pytest.raises(config.ConfigError) as e:
        config.from_dict({"library": {"options": "port=1"}})
    assert e.value.key == "[library].options"


def test_kiosk_sip2_status_asks_through_another_connector(tmp_path, monkeypatch, capsys):
    from kiosk_app.cli import main

    install(tmp_path, monkeypatch, ACME, """
        [mynumber_kiosk.connectors]
        acme = acme_connector:make
    """)  # fmt: skip
    lib = DemoLibrary()
    port = lib.start()
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'[library]\nconnector = "acme"\n[library.options]\nport = {port}\nuser = "{demo_data.LOGIN_USER}"\n'
                   f'pass = "{demo_data.LOGIN_PASSWORD}"\n')  # fmt: skip
    try:
        assert main(["--config", str(cfg), "sip2", "status"]) == 0
        assert capsys.readouterr().out.strip() == "library system: online"
        lib.stop()
        assert main(["--config", str(cfg), "sip2", "status", "--json"]) == 3
        assert '"reason": "unreachable"' in capsys.readouterr().out
    finally:
        lib.close()


def test_kiosk_config_check_finds_the_connector_and_its_options(tmp_path, capsys):
    from kiosk_app.cli import main

    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('[library]\nconnector = "sip2"\n')
    assert main(["--config", str(cfg), "config", "check"]) == 0
    cfg.write_text('[library]\nconnector = "nosuch"\n')
    assert main(["--config", str(cfg), "config", "check"]) == 2
    assert "[library].connector: no connector named 'nosuch' is installed" in capsys.readouterr().err
    cfg.write_text('[library]\nconnector = "sip2"\n[library.options]\nhost = "x"\n')
    assert main(["--config", str(cfg), "config", "check"]) == 2
    assert "[library.options].host" in capsys.readouterr().err
