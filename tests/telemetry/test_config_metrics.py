"""The [metrics] section: off by default, and every wrong value named with its key and the fix."""

from __future__ import annotations

import pytest

from kiosk import config
from kiosk import status as st


def test_defaults_keep_the_endpoint_off_and_the_status_file_in_data_dir():
    cfg = config.Config()
    assert cfg.metrics.enabled is False and cfg.metrics.port == 9464
    assert st.status_path(cfg) == cfg.data_dir / "status.json"
    tmpfs = config.from_dict({"metrics": {"status_file": "/run/kiosk/status.json"}})
    assert str(st.status_path(tmpfs)) == "/run/kiosk/status.json"


@pytest.mark.parametrize(
    "section, key, words",
    [
        ({"port": 80}, "port", "between 1024 and 65535"),
        ({"port": "9464"}, "port", "integer"),
        ({"enabled": "yes"}, "enabled", "true or false"),
        ({"status_interval_s": 0.1}, "status_interval_s", "between 1 and 60"),
        ({"validation_probe_s": 5}, "validation_probe_s", "between 30 and 86400"),
        ({"status_file": "status.json"}, "status_file", "absolute path"),
        ({"bind": "0.0.0.0"}, "bind", "unknown key"),
    ],
)
def test_errors_name_the_key_and_the_fix(section, key, words):
    with pytest.raises(config.ConfigError) as e:
        config.from_dict({"metrics": section})
    assert e.value.key == f"[metrics].{key}" and words in str(e.value)
