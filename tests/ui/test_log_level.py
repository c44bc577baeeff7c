"""``[logging].level`` is the kiosk's log level (it was validated and never used); ``--log-level`` overrides it, and a
level that is not one is refused by the command line instead of a traceback."""

from __future__ import annotations

import logging

import pytest

from kiosk_app.cli import main


@pytest.fixture
def levels_seen(monkeypatch):
    from kiosk_app import gui

    seen: list[int] = []

    def run_without_the_event_loop(win, telemetry=None, supervisor=None) -> int:  # type: ignore[no-untyped-def]
        # the window is built for real; only the event loop is not run (the test reads the level it would run with)
        assert supervisor is not None  # the kiosk's, for the log writer
        seen.append(logging.getLogger().level)
        if telemetry is not None:
            telemetry.stop()
        win.close()
        return 0

    monkeypatch.setattr(gui, "run", run_without_the_event_loop)
    before = logging.getLogger().level
    yield seen
    logging.getLogger().setLevel(before)


def config_file(tmp_path, level: str):
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'[kiosk]\ndata_dir = "{tmp_path}"\nidentification = ["barcode"]\n[logging]\nlevel = "{level}"\n',
        encoding="utf-8",
    )
    return str(path)


def test_the_kiosk_logs_at_the_configured_level(tmp_path, levels_seen):
    assert main(["--config", config_file(tmp_path, "debug"), "run", "--windowed"]) == 0
    assert main(["--config", config_file(tmp_path, "ERROR"), "run", "--windowed"]) == 0
    assert levels_seen == [logging.DEBUG, logging.ERROR]


def test_the_command_line_overrides_it(tmp_path, levels_seen):
    assert main(["--log-level", "warning", "--config", config_file(tmp_path, "DEBUG"), "run", "--windowed"]) == 0
    assert levels_seen == [logging.WARNING]


def test_a_level_that_is_not_one_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        main(["--log-level", "LOUD", "--config", config_file(tmp_path, "INFO"), "config", "check"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "must be one of DEBUG, INFO, WARNING, ERROR" in err and "Traceback" not in err
