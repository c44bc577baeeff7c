"""Configuration accepted, failing later: every number is bounded, text files are strict UTF-8, rules that span
sections are checked at load, and whatever the file holds only ConfigError comes out of the loader."""

from __future__ import annotations

import base64
import dataclasses
import json
import math
import tomllib
import typing

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk import config
from kiosk.maintenance import hash_passcode, verify_passcode

BUDGET = settings(deadline=1000, max_examples=200, suppress_health_check=[HealthCheck.too_slow])
#: for the structured fuzzers, whose examples cost more to make
SMALL_BUDGET = settings(BUDGET, max_examples=80)


def write(tmp_path, data: bytes | str, name: str = "kiosk.toml"):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def numeric_fields() -> list[tuple[str, str, type]]:
    out = []
    hints = typing.get_type_hints(config.Config)
    for section in dataclasses.fields(config.Config):
        if section.name == "source":
            continue
        cls = hints[section.name]
        for name, tp in typing.get_type_hints(cls).items():
            number = next((t for t in (float, int) if t is tp or t in typing.get_args(tp)), None)
            if number is not None:
                out.append((section.name, name, number))
    return out


ABSURD = {int: [2**62, -(2**62)], float: [1e300, -1e300, math.inf, -math.inf, math.nan]}


def test_the_walk_finds_every_sections_numbers():
    sections = {section for section, _, _ in numeric_fields()}
    assert len(numeric_fields()) >= 38 and {"identity", "printer", "sip2", "validation", "rfid", "ui"} <= sections


@pytest.mark.parametrize(("section", "name", "tp"), numeric_fields(), ids=lambda v: getattr(v, "__name__", v))
def test_every_number_in_the_configuration_has_a_bound(section, name, tp):
    for value in ABSURD[tp]:
        with pytest.raises(config.ConfigError) as e:
            config.from_dict({section: {name: value}})
        assert e.value.key == f"[{section}].{name}", value


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[identity]\nclock_skew_s = 1000000000\n", "[identity].clock_skew_s"),  # a long-expired card would pass
        ("[identity]\nclock_skew_s = -1\n", "[identity].clock_skew_s"),
        ("[printer]\nstatus_timeout_s = 1e300\n", "[printer].status_timeout_s"),
        ("[printer]\nstatus_timeout_s = -1.0\n", "[printer].status_timeout_s"),
        ("[printer]\nstatus_timeout_s = 1e99999\n", "[printer].status_timeout_s"),  # TOML reads this as inf
        ("[sip2]\ntimeout_s = nan\n", "[sip2].timeout_s"),
        ("[kiosk]\nkiosk_id = 0x" + "f" * 5000 + "\n", "[kiosk].kiosk_id"),  # repr() of it would raise
        ('[barcode]\npatron_patterns = ["a{4294967296}"]\n', "[barcode].patron_patterns"),
        ('[barcode]\nitem_patterns = ["' + "(" * 2000 + ")" * 2000 + '"]\n', "[barcode].item_patterns"),
    ],
)
def test_values_that_used_to_pass_or_crash_are_refused_with_their_key(tmp_path, text, key):
    with pytest.raises(config.ConfigError) as e:
        config.load(write(tmp_path, text))
    assert e.value.key == key


# ---- the passcode hash ------------------------------------------------------------------------------------------


def with_params(stored: str, n: str, r: str, p: str) -> str:
    tag, _n, _r, _p, salt, digest = stored.split("$")
    return "$".join([tag, n, r, p, salt, digest])


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_passcode("24681357")


@pytest.mark.parametrize(
    ("n", "r", "p", "words"),
    [
        ("16383", "8", "1", "power of two"),  # hashlib.scrypt raised ValueError at the first passcode
        ("1048576", "32", "1", "MiB"),  # beyond the check's memory: raised at the first passcode
        ("16384", "8", "64", "n·r·p"),  # a check of tens of seconds
        ("2", "1", "1", "n·r·p"),  # so weak a copy of the file gives the passcode away
        ("１６３８４", "8", "1", "not a number"),  # full-width digits int() would read
        ("16384", "0", "1", "at least 1"),
    ],
)
def test_scrypt_parameters_are_checked_when_the_configuration_is_loaded(stored, n, r, p, words):
    bad = with_params(stored, n, r, p)
    with pytest.raises(config.ConfigError) as e:
        config.from_dict({"maintenance": {"passcode_hash": bad}})
    assert e.value.key == "[maintenance].passcode_hash" and words in str(e.value)
    assert "hash-passcode" in str(e.value)
    assert verify_passcode("24681357", bad) is False  # and a kiosk given one anyway refuses, never raises


def test_salt_and_hash_lengths_are_checked(stored):
    tag, n, r, p, salt, digest = stored.split("$")
    short_salt = base64.b64encode(b"x" * 8).decode()
    for bad in ("$".join([tag, n, r, p, short_salt, digest]), "$".join([tag, n, r, p, salt, "AAAA"])):
        with pytest.raises(config.ConfigError):
            config.from_dict({"maintenance": {"passcode_hash": bad}})
    assert config.from_dict({"maintenance": {"passcode_hash": stored}}).maintenance.passcode_hash == stored


# ---- text files are UTF-8 ---------------------------------------------------------------------------------------


def test_a_shift_jis_configuration_is_refused_with_the_fix(tmp_path, capsys):
    from kiosk_app.cli import main

    path = write(tmp_path, '[kiosk]\nlibrary_name = "みどり市立図書館"\n'.encode("shift_jis"))
    with pytest.raises(config.ConfigError) as e:
        config.load(path)
    assert e.value.key == str(path) and "not UTF-8" in e.value.problem and "UTF-8" in e.value.fix
    # `kiosk config check` says so in one line, no traceback
    assert main(["--config", str(path), "config", "check"]) == 2
    err = capsys.readouterr().err
    assert "not UTF-8" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_byte_order_mark_is_fine(tmp_path):
    path = write(tmp_path, '\ufeff[kiosk]\nkiosk_id = "k2"\n'.encode())
    assert config.load(path).kiosk.kiosk_id == "k2"


def test_a_uid_table_that_is_not_utf8_is_refused_at_load(tmp_path):
    table = write(tmp_path, "uid,item\nE004015000000001,本-1\n".encode("shift_jis"), "uids.csv")
    with pytest.raises(config.ConfigError) as e:
        config.from_dict({"rfid": {"tag_model": "uid", "uid_table": str(table)}})
    assert e.value.key == "[rfid].uid_table" and "UTF-8" in str(e.value)
    for bad, words in ((b"uid,item\nnot-a-uid,x\n", "line 2"), (b"uid,item\nE004015000000001\n", "line 2")):
        with pytest.raises(config.ConfigError, match=words):
            config.from_dict({"rfid": {"tag_model": "uid", "uid_table": str(write(tmp_path, bad, "t.csv"))}})
    with pytest.raises(config.ConfigError, match="cannot read"):
        config.from_dict({"rfid": {"tag_model": "uid", "uid_table": str(tmp_path / "none.csv")}})
    good = write(tmp_path, "uid,item\nE004015000000001,本-1\n", "good.csv")
    assert config.from_dict({"rfid": {"tag_model": "uid", "uid_table": str(good)}}).rfid.uid_table == str(good)


# ---- offline identification -------------------------------------------------------------------------------------


def test_offline_lending_by_barcode_needs_a_patron_pattern():
    offline = {"lending": True, "identification": ["mynumber", "barcode"]}
    with pytest.raises(config.ConfigError) as e:
        config.from_dict({"offline": offline})
    assert e.value.key == "[offline].identification" and "patron_patterns" in e.value.fix
    ok = config.from_dict({"offline": offline, "barcode": {"patron_patterns": [r"1\d{7}"]}})
    assert ok.barcode.patron_patterns == [r"1\d{7}"]
    # where barcodes may not lend offline, or the kiosk takes no library cards, nothing is needed
    config.from_dict({"offline": {"lending": True, "identification": ["mynumber"]}})
    config.from_dict({"offline": offline, "kiosk": {"identification": ["mynumber"]}})
    config.from_dict({"offline": {**offline, "lending": False}})


# ---- hostile files: only ConfigError ----------------------------------------------------------------------------


def loads_only_config_errors(path) -> None:
    try:
        config.load(path)
    except config.ConfigError:
        pass


@BUDGET
@given(data=st.binary(max_size=400))
def test_any_bytes_give_a_configuration_or_a_config_error(tmp_path_factory, data):
    loads_only_config_errors(write(tmp_path_factory.mktemp("cfg"), data))


SECTIONS = [f.name for f in dataclasses.fields(config.Config) if f.name != "source"]
toml_scalar = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.datetimes(),
    st.dates(),
)
toml_value = st.recursive(
    toml_scalar, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)  # fmt: skip


def section_keys(name: str) -> st.SearchStrategy[str]:
    cls = typing.get_type_hints(config.Config)[name]
    return st.sampled_from([f.name for f in dataclasses.fields(cls)]) | st.text(max_size=10)


@SMALL_BUDGET
@given(
    raw=st.dictionaries(
        st.sampled_from(SECTIONS) | st.text(max_size=8),
        st.dictionaries(st.sampled_from(SECTIONS).flatmap(section_keys), toml_value, max_size=6) | toml_value,
        max_size=5,
    )
)
def test_any_table_gives_a_configuration_or_a_config_error(raw):
    try:
        config.from_dict(raw)
    except config.ConfigError:
        pass


def quote(text: str) -> str:
    """A TOML basic string (JSON's escapes, and DEL, which TOML wants escaped and JSON does not)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def to_toml(raw: dict) -> str:
    def value(v):  # type: ignore[no-untyped-def]
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float):
            return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf") if math.isinf(v) else repr(v)
        if isinstance(v, int):
            return str(v)
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return quote(v)

    lines = []
    for section, keys in raw.items():
        lines.append(f"[{quote(section)}]")
        lines += [f"{quote(k)} = {value(v)}" for k, v in keys.items()]
    return "\n".join(lines) + "\n"


scalar_or_list = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.text(max_size=30),
    st.lists(st.text(max_size=10) | st.integers(), max_size=3),
)


@SMALL_BUDGET
@given(
    raw=st.dictionaries(
        st.sampled_from(SECTIONS),
        st.dictionaries(st.sampled_from(SECTIONS).flatmap(section_keys), scalar_or_list, max_size=6),
        max_size=4,
    ),
    noise=st.sampled_from(["", "\x00", "[[", "a = [" * 3000, "x = " + "9" * 5000, "\ufeff", "\udcff"]),
)
def test_any_toml_file_gives_a_configuration_or_a_config_error(tmp_path_factory, raw, noise):
    text = to_toml(raw)
    tomllib.loads(text)  # the generator writes valid TOML; the noise then spoils it
    data = (text + noise).encode("utf-8", "surrogateescape")
    loads_only_config_errors(write(tmp_path_factory.mktemp("cfg"), data))
