"""The [sip2] and [offline] configuration sections and what is built from them."""

import pytest

from kiosk import config
from kiosk.sip2.client import Sip2Client
from offline_queue import OfflinePolicy


def load(tmp_path, text):
    p = tmp_path / "kiosk.toml"
    p.write_text(text, encoding="utf-8")
    return config.load(p)


def test_defaults_are_safe():
    cfg = config.Config()
    assert cfg.sip2.host == "127.0.0.1" and cfg.sip2.encoding == "utf-8" and cfg.sip2.terminator == "CR"
    assert cfg.offline.lending is False  # offline lending is a decision the library makes, off until then


def test_sections_build_client_and_policy(tmp_path):
    cfg = load(tmp_path, """
[sip2]
port = 6100
username = "kiosk"
password = "pw"
institution = "JPLIB"
encoding = "cp850"
terminator = "CRLF"
timeout_s = 7.5
keepalive_s = 30
retries = 5
[offline]
lending = true
items_per_patron = 3
identification = ["barcode"]
loan_period_days = 21
[barcode]
patron_patterns = ['1\\d{7}']
""")  # fmt: skip
    c = Sip2Client.from_config(cfg.sip2)
    assert (c.port, c.encoding, c.terminator, c.fallback_timeout, c.keepalive, c.retries) == (
        6100, "cp850", b"\r\n", 7.5, 30.0, 5,
    )  # fmt: skip
    p = OfflinePolicy.from_config(cfg.offline)
    assert p == OfflinePolicy(lending=True, items_per_patron=3, identification=("barcode",), loan_period_days=21)


@pytest.mark.parametrize("text, key", [
    ("[sip2]\nport = 70000\n", "[sip2].port"),
    ('[sip2]\nencoding = "shift_jis"\n', "[sip2].encoding"),
    ('[sip2]\nterminator = "LF"\n', "[sip2].terminator"),
    ("[sip2]\ntimeout_s = 0.1\n", "[sip2].timeout_s"),
    ("[sip2]\nkeepalive_s = 2\n", "[sip2].keepalive_s"),
    ("[sip2]\nretries = 50\n", "[sip2].retries"),
    ("[offline]\nitems_per_patron = 0\n", "[offline].items_per_patron"),
    ('[offline]\nidentification = ["face"]\n', "[offline].identification"),
    ('[offline]\nlending = "yes"\n', "[offline].lending"),
])  # fmt: skip
def test_bad_values_name_the_key(tmp_path, text, key):
    with pytest.raises(config.ConfigError) as e:
        load(tmp_path, text)
    assert e.value.key.endswith(key)
