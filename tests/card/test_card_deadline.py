"""A card that stops answering in the middle of a command, through the real pcscd + vpcd + pyscard: every command has
a deadline, the kiosk's card lane comes free, the reader is given back as soon as the card answers or is lifted, and
the next tap works."""

from __future__ import annotations

import json
import threading
import time

import pytest

from hardware.smartcard import jpki, pcsc
from hardware.smartcard.card import JpkiCard
from hardware.smartcard.pcsc import CardConnection
from kiosk import config
from kiosk.workers import CallQueue, Lane
from kiosk_app.adapters.card import CardAuthSession, PcscCardService

from .conftest import kiosk_config, kiosk_toml, linked_authenticator, run_kiosk, wait_present

pytestmark = pytest.mark.pcsc

#: short deadlines keep these tests quick; the kiosk's defaults are in [card]
COMMAND_S = 1.0
STEP_S = 3.0


def is_cert_read(apdu: bytes) -> bool:
    return apdu[1] == 0xB0 and apdu[2] >= 1  # the second chunk of the certificate


def is_pin_verify(apdu: bytes) -> bool:
    return apdu[1] == 0x20 and len(apdu) > 5


def in_thread(fn, limit_s: float):
    """Run ``fn`` and give up waiting after ``limit_s``: returns (finished, result or exception)."""
    box: dict = {}

    def target():
        try:
            box["r"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed to the test
            box["r"] = e

    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(limit_s)
    return not t.is_alive(), box.get("r")


def card_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("pcsc-")]


def wait_until(check, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


@pytest.fixture
def cfg(tmp_path, pki, pcscd):
    return kiosk_config(tmp_path, pki, pcscd, command_timeout_s=COMMAND_S, step_timeout_s=STEP_S)


@pytest.fixture
def auth(cfg, pki):
    with linked_authenticator(cfg, pki) as a:
        yield a


def test_a_stalled_card_is_dropped_at_the_default_deadline(insert, pcscd, model):
    """No deadline given: the connection's own default still holds (a probe used to wait until the card was lifted)."""
    card = insert(model, stall_when=is_cert_read)

    def probe():
        with CardConnection(pcscd) as conn:
            return JpkiCard(conn.transmit).probe()

    started = time.monotonic()
    finished, result = in_thread(probe, pcsc.COMMAND_TIMEOUT_S + 5)
    assert card.stalled.is_set()
    assert finished, "the probe still waits for the stalled card"
    assert isinstance(result, jpki.CardTimeout) and result.reason == "card_timeout"
    assert time.monotonic() - started < pcsc.COMMAND_TIMEOUT_S + 2


def test_stalled_card_then_the_next_tap_works(cfg, auth, insert, pcscd, model):
    card = insert(model, stall_when=is_cert_read)
    with CardAuthSession(cfg, auth) as s:
        finished, first = in_thread(s.begin, STEP_S + 3)
        assert finished and first.reason == "card_timeout"
        # the command that never came back still holds the reader in pcscd (its connection is exclusive)
        assert pcsc.held_readers() and pcsc.held_readers()[0][0] == pcscd
    with CardAuthSession(cfg, auth) as s:  # another try while the stalled card still sits on the reader
        started = time.monotonic()
        assert s.begin().reason == "card_timeout"  # not "another program is using the reader"
        assert time.monotonic() - started < COMMAND_S + 1
    card.remove()  # the patron lifts the card: the blocked call returns and its thread gives the reader back
    wait_until(lambda: not pcsc.held_readers())
    wait_until(lambda: not card_threads())
    wait_present(pcscd, False)
    insert(model)
    with CardAuthSession(cfg, auth) as s:
        assert s.begin().reason == "pin_needed"
        assert s.submit_pin("1234").ok
    assert model.verify_with_data == 1


def test_a_card_that_answers_after_the_deadline_gives_the_reader_back(cfg, auth, insert, pcscd, model):
    """The late answer is thrown away and the connection closed (the card powered off), without lifting the card."""
    stalls = iter([True])
    card = insert(model, stall_when=lambda apdu: is_cert_read(apdu) and next(stalls, False))
    with CardAuthSession(cfg, auth) as s:
        assert s.begin().reason == "card_timeout"
    card.answer_late()
    wait_until(lambda: not pcsc.held_readers())
    with CardAuthSession(cfg, auth) as s:
        assert s.begin().reason == "pin_needed"
        assert s.submit_pin("1234").ok


def test_a_reading_given_up_sends_nothing_more_when_the_late_answer_comes(cfg, auth, insert, pcscd, model):
    """The reading after a tap runs on the connection's own thread (one hand-over): once the kiosk has given up on
    it, the rest of the dialogue is not sent when the stalled command finally comes back."""
    stalls = iter([True])
    card = insert(model, stall_when=lambda apdu: is_cert_read(apdu) and next(stalls, False))
    with CardAuthSession(cfg, auth) as s:
        assert s.begin().reason == "card_timeout"
    sent = card.commands
    card.answer_late()
    wait_until(lambda: not pcsc.held_readers())
    assert card.commands == sent


def test_a_stall_at_verify_sends_nothing_more_and_the_next_tap_reads_the_tries(cfg, auth, insert, pcscd, model):
    card = insert(model, stall_when=is_pin_verify)
    with CardAuthSession(cfg, auth) as s:
        assert s.begin().reason == "pin_needed"
        finished, r = in_thread(lambda: s.submit_pin("0000"), STEP_S + 3)
        assert finished and r.reason == "card_timeout" and not r.ok
    assert model.verify_with_data == 1  # the card took the try; the kiosk sent no second VERIFY
    card.remove()
    wait_present(pcscd, False)
    insert(model)
    with CardAuthSession(cfg, auth) as s:
        first = s.begin()
    assert (first.reason, first.tries_left) == ("pin_needed", 2)
    assert model.verify_with_data == 1


def test_a_card_that_answers_each_command_just_in_time_is_stopped_by_the_step_deadline(cfg, auth, insert, model):
    """Every command within its own deadline, yet the whole reading after a tap is bounded."""
    insert(model, latency_s=COMMAND_S * 0.8)
    started = time.monotonic()
    with CardAuthSession(cfg, auth) as s:
        assert s.begin().reason == "card_timeout"
    assert time.monotonic() - started < STEP_S + COMMAND_S + 1


def test_the_kiosk_card_lane_comes_free_and_health_says_why(cfg, auth, insert, pcscd, model):
    """Through the kiosk's card lane: the stalled tap answers card_timeout, the lane takes the next tap, and while
    the stalled card holds the reader the device view says so."""
    service = PcscCardService(cfg, auth)
    calls = CallQueue()
    lane = Lane("card", calls.call_soon)
    answers = []
    card = insert(model, stall_when=is_cert_read)
    lane.submit(service.inspect, lambda r, e: answers.append(r if e is None else e))
    assert lane.wait(int((STEP_S + 3) * 1000)), "the card lane is still busy with the stalled card"
    calls.run_pending()
    assert answers[-1].reason == "card_timeout"
    assert service.health().reason == "card_stalled"
    card.remove()
    wait_until(lambda: not pcsc.held_readers())
    assert service.health().reason == ""
    wait_present(pcscd, False)
    insert(model)
    lane.submit(service.inspect, lambda r, e: answers.append(r if e is None else e))
    assert lane.wait(10_000)
    calls.run_pending()
    assert answers[-1].reason == "pin_needed" and answers[-1].tries_left == 3
    service.forget()
    lane.stop()


def test_cli_probe_of_a_stalled_card_exits_with_a_clear_message(tmp_path, pki, pcscd, insert, model):
    p = kiosk_toml(tmp_path, pki, pcscd, card=f"command_timeout_s = {COMMAND_S}\nstep_timeout_s = {STEP_S}\n")
    card = insert(model, stall_when=is_cert_read)
    started = time.monotonic()
    r = run_kiosk(["card", "probe", "--json"], p, timeout=30)
    assert time.monotonic() - started < 15
    assert r.returncode == 3, r.stdout + r.stderr
    out = json.loads(r.stdout)
    # in the staff language, Japanese by default: place the card again
    assert out["reason"] == "card_timeout" and "もう一度カードを置いて" in r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    card.remove()
    wait_present(pcscd, False)
    insert(model)
    r = run_kiosk(["card", "probe", "--json"], p, timeout=30)
    assert r.returncode == 0 and json.loads(r.stdout)["tries_left"] == 3, r.stdout + r.stderr


@pytest.mark.parametrize(
    "text, key",
    [
        ("[card]\ncommand_timeout_s = 0\n", "[card].command_timeout_s"),
        ("[card]\ncommand_timeout_s = 5.0\nstep_timeout_s = 2.0\n", "[card].step_timeout_s"),
    ],
)
def test_card_deadlines_are_checked(tmp_path, text, key):
    p = tmp_path / "kiosk.toml"
    p.write_text(text)
    with pytest.raises(config.ConfigError, match=key.replace("[", r"\[").replace("]", r"\]")):
        config.load(p)
    p.write_text("[card]\ncommand_timeout_s = 2\nstep_timeout_s = 6\n")
    assert config.load(p).card.command_timeout_s == 2
