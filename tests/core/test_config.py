import pytest

from kiosk import config


def write(tmp_path, text):
    p = tmp_path / "kiosk.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_defaults_without_file(tmp_path):
    cfg = config.load(None) if not config.DEFAULT_PATH.exists() else config.Config()
    assert cfg.card.accept_smartphone is False
    assert cfg.kiosk.default_language == "ja"


def test_values_are_read(tmp_path):
    cfg = config.load(write(tmp_path, '[kiosk]\nkiosk_id = "k7"\n[card]\naccept_smartphone = true\n'))
    assert cfg.kiosk.kiosk_id == "k7"
    assert cfg.card.accept_smartphone is True
    assert cfg.source.endswith("kiosk.toml")


@pytest.mark.parametrize(
    "text, key, words",
    [
        ('[card]\naccept_smartphone = "yes"\n', "[card].accept_smartphone", "true or false"),
        ("[card]\nmax_certificate_bytes = 100000\n", "[card].max_certificate_bytes", "between"),
        ('[card]\nreadr = "x"\n', "[card].readr", "known keys"),
        ('[kard]\nreader = "x"\n', "[kard]", "known sections"),
        ('[kiosk]\nidentification = ["serial"]\n', "[kiosk].identification", "unknown method"),
        ('[kiosk]\nidentification = "mynumber"\n', "[kiosk].identification", "list"),
        ("[kiosk\n", "kiosk.toml", "TOML"),
    ],
)
def test_errors_name_the_key(tmp_path, text, key, words):
    with pytest.raises(config.ConfigError) as e:
        config.load(write(tmp_path, text))
    assert e.value.key.endswith(key)
    assert words in str(e.value)


def test_missing_file_names_the_fix(tmp_path):
    with pytest.raises(config.ConfigError, match="--config"):
        config.load(tmp_path / "nope.toml")


def test_mynumber_cannot_be_configured_without_pin():
    # There is no key that skips the PIN or the signature: unknown keys are refused outright.
    with pytest.raises(config.ConfigError, match="unknown key"):
        config.from_dict({"card": {"skip_pin": True}})


def test_example_configuration_is_valid_and_lists_every_key(tmp_path):
    import dataclasses
    import tomllib
    import typing

    from kiosk_app.cli.config import example_text

    text = example_text()
    raw = tomllib.loads(text)
    cfg = config.from_dict(raw)
    assert cfg == config.Config()
    hints = typing.get_type_hints(config.Config)
    for f in dataclasses.fields(config.Config):
        if f.name == "source":
            continue
        keys = {sf.name for sf in dataclasses.fields(hints[f.name])}
        assert set(raw[f.name]) == keys, f.name
    assert "# the largest certificate" in text


def test_config_check_command(tmp_path, capsys):
    from kiosk_app.cli import main

    good = write(tmp_path, '[kiosk]\nkiosk_id = "k1"\n')
    assert main(["--config", str(good), "config", "check"]) == 0
    assert "configuration OK" in capsys.readouterr().out
    bad = tmp_path / "bad.toml"
    bad.write_text("[card]\nmax_certificate_bytes = 1\n")
    assert main(["--config", str(bad), "config", "check"]) == 2
    assert "[card].max_certificate_bytes" in capsys.readouterr().err
