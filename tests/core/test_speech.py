"""Spoken guidance, headless: the phrase table is the screens' own texts, and what is said when (kiosk.speech), driven
by the real session machine; the file layout (kiosk.speech_files); the configuration keys. No engine, no audio:
tests/speech renders every phrase with the real engines."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk import config, i18n, reasons, return_words, speech, speech_files
from kiosk import session as s
from kiosk.session import ItemState, Phase

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = speech.Settings()
TABLE = speech.phrases(SETTINGS)
PATRON = s.Patron("mynumber", "P0012345", "main")
SECRETS = ("P0012345", "ITEM-SECRET-1", "ITEM-SECRET-2", "Secret Title", "Fines for Book X", "1357", "2468")


# ------------------------------------------------------------------------------------------------ the table


def _screen_texts() -> set[str]:
    """Every literal text the ui modules give ``Q.translate("Kiosk", …)``: what the screens show."""
    found = set()
    for path in (ROOT / "ui").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])
                and node.args[0].value == "Kiosk"
            ):
                found.add(node.args[1].value)
    return found


def _registry_texts() -> set[str]:
    out = set()
    for r in [*reasons.CODES.values(), *reasons.FAMILIES.values(), reasons.GENERIC]:
        if r.refusal is not None:
            out |= {r.refusal.title, r.refusal.body}
        if r.item is not None:
            out.add(r.item)
    return out


def test_every_phase_has_a_phrase_or_is_declared_silent():
    """A screen added for a new phase is spoken once it has its line in speech.SCREENS (or is declared silent)."""
    missing = []
    for phase in Phase:
        key = speech.screen_key(s.View(phase, "ja"))
        if phase not in speech.SILENT and (key is None or key not in TABLE):
            missing.append(phase.value)
    assert not missing, f"phases without a phrase (add a line to kiosk.speech.SCREENS): {missing}"


def test_every_phrase_says_texts_the_screens_show():
    """The table names the screens' texts (and the registry's), it does not write its own: a screen whose words
    change leaves a phrase here that this test names."""
    # the returns' words are the core's, shown by the returns screen (tests/ui/test_messages.py checks that)
    shown = _screen_texts() | _registry_texts() | set(return_words.WORDS.values())
    assert {"Enter your 4-digit PIN", "Put your books on the pad", speech.COUNTDOWN} <= shown  # the walk sees the ui
    not_shown = {p.source for phrase in TABLE.values() for p in phrase.parts} - shown
    assert not not_shown, f"phrases say texts no screen shows: {sorted(not_shown)}"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_phrase_is_translated_in_every_language(lang):
    """Finished, in the catalogue the screens use (a plural text with its plural forms)."""
    finished = {}
    for ctx in ET.parse(i18n.ts_path("kiosk", lang)).getroot().iter("context"):
        if ctx.findtext("name") == "Kiosk":
            for m in ctx.iter("message"):
                tr = m.find("translation")
                if tr is not None and tr.get("type") is None:
                    finished[m.findtext("source")] = m.get("numerus") == "yes"
    wrong = {p.source for phrase in TABLE.values() for p in phrase.parts if finished.get(p.source) != (p.n is not None)}
    assert not wrong, f"{lang}: {sorted(wrong)}"
    plural = i18n.plural_entries("kiosk", lang)
    assert all(("Kiosk", p.source) in plural for phrase in TABLE.values() for p in phrase.parts if p.n is not None)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_words_are_clean_for_a_voice(lang):
    for key, phrase in TABLE.items():
        said = speech.text(phrase, lang)
        assert said and "…" not in said and "%n" not in said and "{" not in said, (key, said)
        if lang not in ("ja", "zh_CN"):
            # the Japanese aside (利用者証明用) is for the Japanese voice only: another would spell it out
            assert not re.search(r"[\u3040-\u30ff\u3400-\u9fff]", said), (key, said)
    assert "利用者証明用" in speech.text(TABLE["pin"], "ja")


def test_keys_are_file_names():
    assert all(re.fullmatch(r"[a-z0-9_]+", key) for key in TABLE)
    assert len({k for k in TABLE}) == len(TABLE)


def test_every_refusal_and_item_line_of_the_registry_is_a_phrase_with_its_words():
    """Generic over the registry: a code added there is spoken with its words, an unknown one with the generic ones,
    a family's member with its family's."""
    for code in [*reasons.CODES, "ocsp_never_heard_of", "validation_http_503", "no_such_code"]:
        words = reasons.refusal(code)
        assert [p.source for p in TABLE[speech.refusal_key(code)].parts] == [words.title, words.body], code
        assert [p.source for p in TABLE[speech.item_key(code)].parts] == [reasons.item_line(code)], code
    assert speech.refusal_key("no_such_code") == "refused_unknown"
    assert speech.refusal_key("pin_blocked") == "refused_pin_blocked"


def test_the_idle_phrase_names_only_the_methods_offered():
    only_barcode = speech.phrases(speech.Settings(methods=("barcode",)))["idle"]
    assert [p.source for p in only_barcode.parts] == [speech.IDLE_TITLE, speech.IDLE_METHODS["barcode"]]
    assert len(TABLE["idle"].parts) == 3


def test_counts_are_said_as_the_screens_show_them():
    assert speech.text(TABLE["lent_2"], "ja") == "これまでの貸出：2冊。"  # no pause inside the count
    assert speech.text(TABLE["receipt_1"], "en").startswith("You borrowed 1 item. ")
    assert speech.text(TABLE["receipt_3"], "en").startswith("You borrowed 3 items. ")
    assert speech.text(speech.phrases(speech.Settings(countdown_s=7))["countdown"], "en") == (
        "Are you still there? This session ends in 7 seconds."
    )
    assert f"lent_{speech.MAX_COUNTED}" in TABLE and f"lent_{speech.MAX_COUNTED + 1}" not in TABLE


def test_plural_forms_follow_each_language_s_rule():
    assert i18n.translate_n("en", "You borrowed %n item(s)", 1) == "You borrowed 1 item"
    assert i18n.translate_n("pt", "You borrowed %n item(s)", 2) == "Você pegou 2 itens emprestados"
    assert i18n.translate_n("ja", "You borrowed %n item(s)", 2) == "2冊借りました"
    assert i18n.translate_n("ko", "No such text %n", 3) == "No such text 3"  # the source, as Qt shows it


# ------------------------------------------------------------------------------------------------ when


class Flow:
    """The real session machine, a fake clock, and what the guidance says after every event."""

    def __init__(self, **cfg) -> None:
        self.sess = s.Session(s.Config(**cfg))
        self.now = 1000.0
        self.view = self.sess.view
        self.said: list[speech.Utterance] = []

    def __call__(self, event) -> speech.Utterance | None:
        self.sess.handle(event, self.now)
        return self._look()

    def _look(self) -> speech.Utterance | None:
        before, self.view = self.view, self.sess.view
        said = speech.decide(before, self.view)
        if said is not None:
            self.said.append(said)
        return said

    def wait(self, seconds: float) -> list[speech.Utterance]:
        out = []
        for _ in range(int(seconds)):
            self.now += 1.0
            self.sess.handle(s.Tick(), self.now)
            said = self._look()
            if said is not None:
                out.append(said)
        return out

    def card_and_pin(self, pin: str) -> None:
        """A card placed, its tries read, ``pin`` typed and entered: the kiosk is verifying."""
        self(s.CardInserted())
        self(s.CardInspected("pin_needed", tries_left=3))
        self.pin(pin)

    def pin(self, pin: str) -> None:
        for d in pin:
            self(s.PinDigit(d))
        self(s.PinEnter())

    def to_items(self) -> None:
        self.card_and_pin("1357")
        self(s.AuthFinished(True, "ok", patron=PATRON))
        self(s.PatronChecked(True))

    def item(self, item_id: str, state: ItemState, reason: str = "") -> speech.Utterance | None:
        self(s.ItemPresented(item_id))
        due = dt.date(2026, 12, 5) if state is not ItemState.REFUSED else None
        return self(s.ItemFinished(item_id, state, "Secret Title", due, reason, "Fines for Book X" if reason else ""))


def say(key: str) -> speech.Utterance:
    return speech.Utterance(phrase=key)


KEY, CLEAR = speech.Utterance(tone="key"), speech.Utterance(tone="clear")


def test_a_whole_loan_is_guided_screen_by_screen():
    f = Flow()
    assert f(s.CardInserted()) == say("reading")
    assert f(s.CardInspected("pin_needed", tries_left=3)) == say("pin")
    assert [f(s.PinDigit(d)) for d in "24"] == [KEY, KEY]
    assert f(s.PinClear()) == CLEAR
    assert [f(s.PinDigit(d)) for d in "1357"] == [KEY] * 4
    assert f(s.PinDigit("9")) is None  # a fifth digit is not taken: no tone says it was
    assert f(s.PinEnter()) == say("verifying")
    assert f(s.AuthFinished(True, "ok", patron=PATRON)) == say("checking")
    assert f(s.PatronChecked(True)) == say("items")
    assert f(s.ItemPresented("ITEM-SECRET-1")) is None  # pending: the kiosk is working
    assert f(s.ItemFinished("ITEM-SECRET-1", ItemState.LENT, "Secret Title", dt.date(2026, 12, 5))) == say("lent_1")
    assert f.item("ITEM-SECRET-2", ItemState.REFUSED, "hold_for_other") == say(speech.item_key("hold_for_other"))
    assert f.item("ITEM-3", ItemState.LENT_OFFLINE) == say("lent_2")
    assert f(s.FinishPressed()) == say("receipt_2")
    assert f(s.ReceiptChosen(True)) == say("printing")
    assert f(s.ReceiptDone(True)) == say("goodbye")
    # back to the idle screen: the goodbye (twice as long, as one book was not lent) is left to finish, nothing more
    assert f.wait(15) == []
    assert f.sess.phase is Phase.IDLE


def test_a_wrong_pin_then_the_last_try():
    f = Flow()
    f.card_and_pin("2468")
    assert f(s.AuthFinished(False, "pin_wrong", tries_left=2)) == say("pin_wrong")
    f.pin("2468")
    assert f(s.AuthFinished(False, "pin_wrong", tries_left=1)) == say("last_try")
    assert f(s.Acknowledge()) == say("pin_last_try")


def test_a_refusal_is_said_with_its_words_and_ok_silences_it():
    f = Flow()
    f(s.CardInserted())
    assert f(s.CardInspected("pin_needed", tries_left=0)) == say("refused_pin_blocked")
    assert f(s.Acknowledge()) == speech.SILENCE  # the patron has read it: stop talking
    f = Flow()
    f(s.CardInserted())
    assert f(s.CardInspected("ocsp_something_new")) == say(speech.refusal_key("ocsp_something_new"))


def test_each_returned_book_is_said_with_its_outcome_never_the_library_s_own_words():
    f = Flow(services=("return",))
    f.to_items()
    assert f(s.ServiceChosen("return")) == say("returns")
    outcomes = [
        (s.ReturnState.RETURNED, {}, "return_returned"),
        (s.ReturnState.DESK, {"desk": "hold", "route": "Branch B"}, "return_hold"),
        (s.ReturnState.DESK, {"desk": "alert"}, "return_desk"),
        (s.ReturnState.REFUSED, {"reason": "library_unavailable"}, "return_unreachable"),
        (s.ReturnState.REFUSED, {"reason": "not_checked_out"}, "return_not_on_loan"),
        (s.ReturnState.REFUSED, {"reason": "blocked", "message": "Fines for Book X"}, "return_refused"),
    ]
    for n, (state, more, key) in enumerate(outcomes):
        item = f"ITEM-SECRET-{n}"
        assert f(s.ItemPresented(item)) is None  # returning…
        assert f(s.ItemReturned(item, state, "Secret Title", **more)) == say(key)
    for key in {k for *_, k in outcomes}:
        for lang in i18n.LANGUAGES:
            assert not any(secret in speech.text(TABLE[key], lang) for secret in SECRETS)


def test_the_library_card_password_pad():
    f = Flow(barcode_password=True)
    assert f(s.PatronBarcode("P0012345")) == say("pin_password")
    assert f(s.PinDigit("1")) == KEY


def test_the_countdown_is_said_once_with_the_seconds_it_shows():
    settings = speech.settings_from(["mynumber", "barcode"], 20.0)
    f = Flow(timeout_s=60.0, warning_s=20.0)
    f.to_items()
    said = f.wait(60)  # the countdown appears with its first second
    assert said == [say("countdown")] and f.view.countdown == settings.countdown_s == 20
    assert f.wait(5) == []  # the seconds counting down are shown, not said again
    assert speech.settings_from(["barcode"], 7.5).countdown_s == 8


def test_a_language_chosen_says_the_screen_again_in_it():
    f = Flow(languages=("ja", "en"))
    assert f(s.LanguageChosen("en")) == say("idle")
    assert f(s.LanguageChosen("xx")) is None  # not offered: nothing changed


def test_past_the_counted_books_only_the_cue_is_left():
    f = Flow()
    f.to_items()
    said = [f.item(f"ITEM-{i}", ItemState.LENT) for i in range(1, speech.MAX_COUNTED + 3)]
    assert said[: speech.MAX_COUNTED] == [say(f"lent_{n}") for n in range(1, speech.MAX_COUNTED + 1)]
    assert said[speech.MAX_COUNTED :] == [None, None]
    assert f(s.FinishPressed()) == say("receipt")  # the question alone


def test_repeat_says_the_screen_again():
    f = Flow()
    assert speech.repeat(None) is None
    assert speech.repeat(f.view) == say("idle")
    f.to_items()
    assert speech.repeat(f.view) == say("items")
    f(s.PinDigit("1"))
    assert speech.repeat(dataclasses.replace(f.view, phase=Phase.PIN, pin_length=3)) == say("pin")


def test_nothing_of_the_patron_or_the_pin_is_ever_said():
    """Every utterance over sessions full of a patron's data is a phrase of the table or a tone, and no phrase in
    any language holds any of it."""
    flows = []
    f = Flow()
    f.to_items()
    f.item("ITEM-SECRET-1", ItemState.LENT)
    f.item("ITEM-SECRET-2", ItemState.REFUSED, "fines")
    f(s.FinishPressed())
    f(s.ReceiptChosen(False))
    flows.append(f)
    f = Flow()
    f.card_and_pin("2468")
    f(s.AuthFinished(False, "patron_blocked", message="Fines for Book X"))
    flows.append(f)
    for flow in flows:
        assert flow.said
        for u in flow.said:
            if u.tone:
                assert u.tone in speech.TONES and not u.phrase
                continue
            assert u.phrase in TABLE or u == speech.SILENCE
            for lang in i18n.LANGUAGES:
                said = speech.text(TABLE[u.phrase], lang) if u.phrase else ""
                assert not any(secret in said for secret in SECRETS), (u, lang, said)


# ------------------------------------------------------------------------------------------------ the files


def test_every_patron_language_has_a_voice():
    assert set(speech_files.VOICES) == set(i18n.LANGUAGES)


def test_a_changed_text_voice_or_volume_is_a_new_file(tmp_path):
    voice = speech_files.VOICES["en"]
    base = speech_files.digest("Hello.", voice, 80)
    assert base == speech_files.digest("Hello.", voice, 80)
    assert base != speech_files.digest("Hello!", voice, 80)
    assert base != speech_files.digest("Hello.", dataclasses.replace(voice, rate=151), 80)
    assert base != speech_files.digest("Hello.", voice, 81)
    plan = speech_files.plan(tmp_path, ["ja", "en", "xx"], SETTINGS, 80)
    assert {lang for lang, _ in plan} == {"ja", "en"}  # a language without a voice is not planned
    entry = plan[("en", "items")]
    assert entry.path == tmp_path / "en" / f"items.{speech_files.digest(entry.text, voice, 80)}.wav"
    assert entry.text == speech.text(TABLE["items"], "en")
    quieter = speech_files.plan(tmp_path, ["en"], SETTINGS, 50)
    assert quieter[("en", "items")].path != entry.path
    other_countdown = speech_files.plan(tmp_path, ["en"], speech.Settings(countdown_s=9), 80)
    assert other_countdown[("en", "countdown")].path != plan[("en", "countdown")].path
    assert other_countdown[("en", "items")].path == entry.path


# ------------------------------------------------------------------------------------------------ configuration


def test_speech_is_on_by_default_with_its_keys():
    ui = config.Config().ui
    assert (ui.speech, ui.volume, ui.speech_repeat_key) == (True, 80, "*")
    cfg = config.from_dict({"ui": {"speech": False, "volume": 100, "speech_repeat_key": "F1"}})
    assert (cfg.ui.speech, cfg.ui.volume, cfg.ui.speech_repeat_key) == (False, 100, "F1")


@pytest.mark.parametrize(
    "key, value, words",
    [
        ("volume", -1, "between 0 and 100"),
        ("volume", 101, "between 0 and 100"),
        ("volume", "loud", "expected an integer"),
        ("speech_repeat_key", "5", "must be one of"),  # a digit types the PIN
        ("speech_repeat_key", ".", "must be one of"),  # the PIN pad's Clear
        ("speech_repeat_key", "F5", "must be one of"),  # the bookmobile's sync
        ("speech", "yes", "expected true or false"),
    ],
)
def test_bad_speech_settings_name_the_key_and_the_fix(key, value, words):
    with pytest.raises(config.ConfigError) as e:
        config.from_dict({"ui": {key: value}})
    assert e.value.key == f"[ui].{key}" and words in str(e.value)
