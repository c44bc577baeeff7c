"""The reason registry: every code has its texts in every language it needs, and it covers what the layers produce.

The registry is walked, not the sources: each code's staff text must be translated (and finished) in the catalogue
of every staff language, each patron text in every language the kiosk offers. What the layers produce is found by
asking them: the ``reason`` of every typed error class, the validation policy and the offline rules run over their
inputs, the patron status flags, the session machine and the runner's fallbacks.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import itertools
import json
import pkgutil
import re
import xml.etree.ElementTree as ET
import zipfile

import pytest

from kiosk import circulation, i18n, maintenance, reasons, runner, supervisor, workers
from kiosk import config as config_mod
from kiosk import session as s
from kiosk.identity.revocation import Status
from kiosk.services import DeviceHealth, DeviceState
from kiosk.validation import ocsp, policy
from kiosk_app.cli import main
from offline_queue.policy import OfflinePolicy

ENTRIES = [*reasons.CODES.values(), *reasons.FAMILIES.values(), reasons.GENERIC]


def _catalogue(catalogue: str, lang: str) -> dict[str, ET.Element]:
    """source → translation element of the catalogue's own context in one ``.ts`` file."""
    context, _ = i18n.CATALOGUES[catalogue]
    root = ET.parse(i18n.ts_path(catalogue, lang)).getroot()
    out = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                out[message.findtext("source")] = message.find("translation")
    return out


def _untranslated(catalogue: str, lang: str, sources: set[str]) -> list[str]:
    found = _catalogue(catalogue, lang)
    missing = []
    for source in sorted(sources):
        tr = found.get(source)
        if tr is None or tr.get("type") is not None or not (tr.text or "").strip():
            missing.append(source)
    return missing


def _patron_texts(r: reasons.Reason) -> list[str]:
    texts = [r.refusal.title, r.refusal.body] if r.refusal is not None else []
    return texts + [t for t in (r.item, r.verdict) if t is not None]


# ------------------------------------------------------------------------------------------------ the registry


def test_codes_are_short_snake_case_and_registered_once():
    codes = [r.code for r in reasons._CODES]
    assert len(codes) == len(set(codes)), sorted(c for c in codes if codes.count(c) > 1)
    for code in codes:
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", code) and len(code) <= 32, code
    for prefix in reasons.FAMILIES:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", prefix), prefix


def test_every_entry_says_what_it_means_and_who_acts():
    for r in ENTRIES:
        assert isinstance(r.kind, reasons.Kind), r.code
        assert r.staff.strip() and r.staff.rstrip().endswith((".", ")", "?")), r.code


@pytest.mark.parametrize("lang", [lang for lang in i18n.STAFF_LANGUAGES if lang != i18n.SOURCE_LANGUAGE])
def test_every_staff_text_is_translated_in_every_staff_language(lang):
    missing = _untranslated("staff", lang, {r.staff for r in ENTRIES})
    assert not missing, f"staff_{lang}.ts lacks (scripts/i18n_update.py adds them): {missing}"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_patron_text_is_translated_in_every_language(lang):
    missing = _untranslated("kiosk", lang, {t for r in ENTRIES for t in _patron_texts(r)})
    assert not missing, f"kiosk_{lang}.ts lacks (scripts/i18n_update.py adds them): {missing}"


def test_japanese_staff_texts_are_typeset_in_japanese():
    for r in ENTRIES:
        ja = i18n.translate("ja", r.staff, "staff")
        assert ja != r.staff, r.code
        assert ja.endswith(("。", "）")), (r.code, ja)
        # full-width punctuation after Japanese text; no space before a counter
        assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff][,.;!?]", ja), (r.code, ja)
        assert not re.search(r"\s[冊点件]", ja), (r.code, ja)


# ------------------------------------------------------------------------------------------------ looking up


def test_an_unknown_code_gets_the_generic_texts_and_a_family_member_its_family_s():
    unknown = reasons.lookup("something_new")
    assert unknown.code == "something_new"
    assert (unknown.kind, unknown.staff, unknown.refusal) == (
        reasons.GENERIC.kind,
        reasons.GENERIC.staff,
        reasons.GENERIC.refusal,
    )
    assert reasons.lookup("validation_http_503").staff == reasons.FAMILIES["validation_http_5"].staff
    assert reasons.lookup("validation_http_404").staff == reasons.FAMILIES["validation_http_"].staff
    # a text an entry leaves out comes from its family: a validation code without its own item line
    assert reasons.lookup("offline_not_allowed").item == reasons.ITEM_LIBRARY_AWAY
    assert reasons.lookup("crl_ageing").refusal == reasons.VALIDATION_FAULT


def test_service_away_is_a_question_to_the_registry():
    away = ["validation_unreachable", "validation_timeout", "ocsp_try_later", "validation_http_503", "crl_stale",
            "library_unavailable"]  # fmt: skip
    not_away = ["ocsp_bad_signature", "validation_tls_failed", "validation_http_404", "cert_revoked", "something_new"]
    assert [c for c in away if not reasons.is_service_away(c)] == []
    assert [c for c in not_away if reasons.is_service_away(c)] == []


def test_staff_texts_in_the_staff_languages():
    assert reasons.staff_text("paper_out", "en") == "Printer: paper out. Load a new roll."
    assert reasons.staff_text("paper_out", "ja") == "プリンターの用紙がありません。新しいロール紙を入れてください。"
    assert reasons.staff_text("validation_http_502", "ja").startswith("検証サーバーがHTTPのサーバーエラー")


def test_the_catalogue_reader_takes_what_lrelease_takes(tmp_path, monkeypatch):
    ts = tmp_path / "kiosk_ja.ts"
    ts.write_text(
        "<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"ja\">\n"
        "<context><name>Kiosk</name>"
        "<message><source>Done</source><translation>完了</translation></message>"
        '<message><source>Draft</source><translation type="unfinished">下書き</translation></message>'
        '<message><source>Gone</source><translation type="vanished">消えた</translation></message>'
        '<message><source>Empty</source><translation type="unfinished" /></message>'
        "</context></TS>\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "HERE", tmp_path)
    i18n.entries.cache_clear()
    try:
        got = {src: i18n.translate("ja", src) for src in ("Done", "Draft", "Gone", "Empty", "Missing")}
        assert got == {"Done": "完了", "Draft": "下書き", "Gone": "Gone", "Empty": "Empty", "Missing": "Missing"}
        assert i18n.translate("ko", "Done") == "Done"  # no file: the source, as Qt shows it
    finally:
        i18n.entries.cache_clear()


# ------------------------------------------------------------------------------------------------ coverage


def _core_modules():
    for package in ("hardware", "kiosk", "offline_queue"):
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, f"{package}."):
            if not info.name.endswith("__main__"):
                yield importlib.import_module(info.name)


def _error_class_reasons() -> dict[str, str]:
    """The class-level ``reason`` of every typed error of the core's layers (name → code)."""
    found = {}
    for module in _core_modules():
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and issubclass(obj, Exception) and obj.__module__ == module.__name__:
                code = obj.__dict__.get("reason")
                if isinstance(code, str):
                    found[f"{module.__name__}.{name}"] = code
    return found


def test_every_typed_error_s_reason_is_registered():
    found = _error_class_reasons()
    # the walk must see the layers (a move of the packages would otherwise empty it silently)
    assert {"hardware.rfid.errors.ReaderTimeout", "kiosk.sip2.errors.Timeout", "kiosk.validation.errors.OcspError",
            "hardware.smartcard.jpki.PinBlocked", "offline_queue.errors.JournalFull"} <= set(found)  # fmt: skip
    missing = {name: code for name, code in found.items() if not reasons.known(code)}
    assert not missing, missing


def _policy_reasons() -> set[str]:
    out = set(policy.ALLOW_REASONS)
    ages = [None, dt.timedelta(0), dt.timedelta(days=2)]
    for source, status, online, age, current, accept in itertools.product(
        ("ocsp", "crl", "none"), Status, (True, False), ages, (True, False), (True, False)
    ):
        ev = policy.Evidence(source, status, online=online, crl_age=age, crl_current=current)
        out.add(policy.decide(ev, policy.PolicySettings(offline_acceptance=accept)).reason)
    return out


def test_the_validation_policy_s_decisions_are_registered_with_their_sentence():
    decided = _policy_reasons()
    assert {"cert_revoked", "crl_too_old", "offline_not_allowed", "offline_crl_good"} <= decided
    assert [c for c in decided if not reasons.known(c)] == []
    assert [c for c in decided if reasons.CODES[c].verdict is None] == []
    responder = set(ocsp._RESPONDER_ERRORS.values())
    assert [c for c in responder if not reasons.known(c)] == []


def test_the_offline_rules_and_patron_statuses_are_registered():
    rules = {
        OfflinePolicy(lending=on, identification=("mynumber",), items_per_patron=1).refusal(method, n)
        for on, method, n in itertools.product((True, False), ("mynumber", "barcode"), (0, 1))
    } - {""}
    assert rules == {"offline_disabled", "offline_method", "offline_limit"}
    statuses = {
        circulation.patron_reason("".join("Y" if i == flag else " " for i in range(14)), valid, password)
        for flag, valid, password in itertools.product(range(15), (True, False), (None, True, False))
    }
    assert "card_lost" in statuses and "patron_unknown" in statuses
    assert [c for c in rules | statuses if not reasons.known(c)] == []


def _session_refusal(*events: s.Event) -> str:
    machine = s.Session()
    for event in events:
        machine.handle(event, 0.0)
    assert machine.phase is s.Phase.REFUSED
    return machine.view.refusal


def test_the_session_s_own_codes_and_the_runner_s_fallbacks_are_registered():
    pin = [s.PinDigit(d) for d in "1234"] + [s.PinEnter()]
    ready = [s.CardInserted(), s.CardInspected("pin_needed", 3), *pin]
    own = {
        _session_refusal(s.CardInserted(), s.CardInspected("pin_needed", 0)),
        _session_refusal(*ready, s.AuthFinished(False, "pin_wrong", 0)),
        _session_refusal(*ready, s.AuthFinished(False, "")),
        _session_refusal(s.PatronBarcode("10000001"), s.PatronChecked(False, "")),
    }
    assert own == {"pin_blocked", "auth_failed", "patron_refused"}
    failure = Exception("a service raised without a reason")
    fallbacks = {
        runner._inspected(None, failure).reason,
        runner._authenticated(None, failure).reason,
        runner._checked(None, failure).reason,
        runner._lend_failed("x", failure).reason,
        runner._printed(None, failure).reason,
    }
    assert [c for c in own | fallbacks if not reasons.known(c)] == []


def _gate_state_reason(read) -> str:  # type: ignore[no-untyped-def]
    try:
        read()
    except maintenance.GateStateError as e:
        return e.reason
    raise AssertionError("the lock state was read")


def test_the_supervisor_s_and_the_maintenance_lock_s_codes_are_registered(tmp_path):
    (tmp_path / "file").write_text("")
    gate = {
        _gate_state_reason(lambda: maintenance.parse_gate_state(b"\xff")),
        _gate_state_reason(lambda: maintenance.read_gate_state(tmp_path)),  # a folder, not a file
        _gate_state_reason(lambda: maintenance.read_gate_state(tmp_path / "file" / "gate.json")),
    }
    assert gate == {"gate_state_damaged", "gate_state_unreadable"}
    threads = {supervisor.THREAD_DIED, supervisor.THREAD_EXITED, workers.LANE_STUCK}
    assert [c for c in gate | threads if not reasons.known(c)] == []


# ------------------------------------------------------------------------------------------------ readers


def test_the_diagnostic_bundle_explains_device_states_in_the_staff_language(tmp_path):
    cfg = config_mod.from_dict({"kiosk": {"data_dir": str(tmp_path), "staff_language": "en"}})
    states = [DeviceState("printer", DeviceHealth.ERROR, "paper_out"), DeviceState("rfid", DeviceHealth.OK, "")]
    path = maintenance.diagnostic_bundle(tmp_path / "diag", cfg, devices=states)
    with zipfile.ZipFile(path) as z:
        rows = json.loads(z.read("devices.json"))
    assert rows[0]["explanation"] == "Printer: paper out. Load a new roll."
    assert "explanation" not in rows[1]


def test_config_names_the_staff_languages():
    assert config_mod.from_dict({}).kiosk.staff_language == "ja"
    with pytest.raises(config_mod.ConfigError, match=r"\[kiosk\].staff_language"):
        config_mod.from_dict({"kiosk": {"staff_language": "ko"}})


@pytest.mark.parametrize(
    "language, words", [("", "この端末には設定されていません。"), ("en", "Not configured at this kiosk.")]
)
def test_the_command_line_explains_in_the_staff_language(tmp_path, capsys, language, words):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'[kiosk]\nstaff_language = "{language}"\n' if language else "[kiosk]\n", encoding="utf-8")
    assert main(["--config", str(cfg), "device", "list"]) == 0  # nothing configured: every device absent
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and all(line.split()[2] == "absent" and line.endswith(words) for line in lines)
