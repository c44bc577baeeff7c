"""The card through the real PC/SC stack: pcscd, the vpcd driver, pyscard, and the virtual JPKI card."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading

import pytest
from cryptography import x509

from hardware.sim.jpki_card import Variant
from hardware.smartcard import jpki, pcsc
from hardware.smartcard.card import JpkiCard
from hardware.smartcard.pcsc import CardConnection, CardEvent, CardWatcher
from kiosk.identity import trust
from kiosk.identity.authenticate import Authenticator

from .conftest import AllowGood, kiosk_toml, model_for, run_kiosk, wait_present

pytestmark = pytest.mark.pcsc


@pytest.fixture
def auth(pki, links):
    return Authenticator([pki.ca.cert, pki.old_ca.cert], AllowGood(), links, kiosk_id="k1", library_system="main")


def tap(auth, reader, pin):
    """One patron tap: connect, inspect, PIN, finish."""
    with CardConnection(reader) as conn:
        card = JpkiCard(conn.transmit)
        insp = auth.inspect(card)
        if insp.result.reason != "pin_needed":
            return insp.result
        return auth.finish(card, insp, pin)


def test_happy_path(auth, links, pki, insert, pcscd, model):
    links.link(
        links.link_key(trust.ski(pki.ca.cert), pki.user.cert.serial_number),
        "main",
        "10000001",
        pki.user.cert.not_valid_after_utc,
    )
    insert(model)
    r = tap(auth, pcscd, "1234")
    assert r.ok and r.patron_number == "10000001"


def test_connection_is_exclusive(insert, pcscd, model):
    insert(model)
    with CardConnection(pcscd):
        with pytest.raises(jpki.ReaderError):
            CardConnection(pcscd)


def test_a_reader_found_once_is_not_listed_again_at_each_tap_and_is_forgotten_when_it_fails(
    insert, pcscd, model, monkeypatch
):
    listed = []
    real = pcsc._system_readers
    monkeypatch.setattr(pcsc, "_system_readers", lambda: listed.append(1) or real())
    monkeypatch.setattr(pcsc, "_found", {})
    part = pcscd[:-3]  # a unique part of the name, as [card].reader may give it
    card = insert(model)
    for _ in range(3):
        with CardConnection(part) as conn:
            assert conn.reader == pcscd and JpkiCard(conn.transmit).probe().pin.tries_left == 3
    assert len(listed) == 1 and pcsc._found == {part: pcscd}
    card.remove()
    wait_present(pcscd, False)
    with pytest.raises(jpki.NoCard):
        CardConnection(part)
    assert pcsc._found == {} and len(listed) == 2  # looked for again, as the first time: the same answer
    with pytest.raises(jpki.NoReader):
        CardConnection("no such reader")


def test_wrong_pin_three_strikes(auth, insert, pcscd, model):
    insert(model)
    seen = []
    for _ in range(3):
        with CardConnection(pcscd) as conn:
            card = JpkiCard(conn.transmit)
            insp = auth.inspect(card)
            seen.append((insp.result.tries_left, insp.result.last_try))
            r = auth.finish(card, insp, "0000")
    assert seen == [(3, False), (2, False), (1, True)]
    assert r.reason == "pin_blocked"
    assert model.verify_with_data == 3
    assert tap(auth, pcscd, "1234").reason == "pin_blocked"
    assert model.verify_with_data == 3  # a blocked card gets no VERIFY at all


def test_unlinked(auth, insert, pcscd, model):
    insert(model)
    assert tap(auth, pcscd, "1234").reason == "not_linked"


def test_card_pulled_during_certificate_read(auth, insert, pcscd, pki, model):
    # pulled at the second certificate chunk
    card = insert(model, pull_when=lambda apdu: apdu[1] == 0xB0 and apdu[2] >= 1)
    r = tap(auth, pcscd, "1234")
    assert r.reason == "card_removed"
    assert card.pulled.is_set()
    wait_present(pcscd, False)
    insert(model)
    with CardConnection(pcscd) as conn:
        assert auth.inspect(JpkiCard(conn.transmit)).result.tries_left == 3


def test_card_pulled_during_verify_then_tries_are_read_again(auth, insert, pcscd, model):
    insert(model, pull_when=lambda apdu: apdu[1] == 0x20 and len(apdu) > 5)
    r = tap(auth, pcscd, "0000")
    assert r.reason == "card_removed"
    assert model.verify_with_data == 1  # the card took the try; the kiosk sent nothing more
    wait_present(pcscd, False)
    insert(model)
    with CardConnection(pcscd) as conn:
        insp = auth.inspect(JpkiCard(conn.transmit))
    assert insp.result.tries_left == 2
    assert model.verify_with_data == 1


@pytest.mark.parametrize(
    "variant, reason",
    [
        (Variant.HUGE_CERT, "cert_too_large"),
        (Variant.BROKEN_DER, "cert_malformed"),
        (Variant.NO_JPKI, "not_jpki"),
        (Variant.ANY_PIN_GARBAGE_SIGNATURE, "signature_invalid"),
    ],
)
def test_hostile_variants(auth, insert, pcscd, pki, variant, reason):
    insert(model_for(pki.user, pki.ca, variant=variant))
    assert tap(auth, pcscd, "9999").reason == reason


def test_foreign_and_expired_certificates(auth, insert, pcscd, pki, foreign_user, expired_user):
    insert(model_for(foreign_user, pki.impostor_ca))
    assert tap(auth, pcscd, "1234").reason == "cert_untrusted"


def test_expired_certificate(auth, insert, pcscd, pki, expired_user):
    insert(model_for(expired_user, pki.ca))
    assert tap(auth, pcscd, "1234").reason == "cert_expired"


def test_t0_card_through_pcscd(auth, links, insert, pcscd, pki):
    links.link(
        links.link_key(trust.ski(pki.ca.cert), pki.user.cert.serial_number),
        "main",
        "10000001",
        pki.user.cert.not_valid_after_utc,
    )
    insert(model_for(pki.user, pki.ca, variant=Variant.T0))
    assert tap(auth, pcscd, "1234").ok


def test_watcher_reports_insertion_and_removal(insert, pcscd, model):
    events: list[CardEvent] = []
    arrived, left = threading.Event(), threading.Event()

    def on_event(ev: CardEvent) -> None:
        if ev.reader == pcscd:
            events.append(ev)
            (arrived if ev.present else left).set()

    watcher = CardWatcher(on_event, poll_s=0.2).start()
    try:
        card = insert(model)
        assert arrived.wait(10)
        card.remove()
        assert left.wait(10)
    finally:
        watcher.stop()
    assert [e.present for e in events][-2:] == [True, False]


# ------------------------------------------------------------------ OpenSC agrees with the emulator


def test_opensc_reads_the_certificate_byte_for_byte(insert, pcscd, pki, model, tmp_path):
    insert(model)
    out = tmp_path / "cert.pem"
    subprocess.run(
        ["pkcs15-tool", "--reader", pcscd, "--read-certificate", "01", "-o", str(out)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    got = x509.load_pem_x509_certificate(out.read_bytes())
    from cryptography.hazmat.primitives.serialization import Encoding

    assert got.public_bytes(Encoding.DER) == pki.user.der


def test_opensc_lists_the_tries(insert, pcscd, pki, auth):
    m = model_for(pki.user, pki.ca)
    m.tries_left = 2
    insert(m)
    r = subprocess.run(
        ["pkcs15-tool", "--reader", pcscd, "--list-pins"], check=True, capture_output=True, text=True, timeout=60
    )
    blocks = r.stdout.split("PIN [")
    auth_block = next(b for b in blocks if b.startswith("User Authentication PIN"))
    assert re.search(r"Tries left\s*:\s*2", auth_block)


# ------------------------------------------------------------------ the command line


def kiosk(args, cfg_path, stdin="", timeout=60):
    return run_kiosk(["--log-level", "DEBUG", *args], cfg_path, stdin, timeout)


@pytest.fixture
def cfg_path(tmp_path, pki, pcscd):
    return kiosk_toml(tmp_path, pki, pcscd, old_ca=True)


def test_cli_probe(cfg_path, insert, model, pki):
    insert(model)
    r = kiosk(["card", "probe", "--json"], cfg_path)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["token"] == "JPKIAPICCTOKEN2" and out["tries_left"] == 3 and out["pin_state"] == "ok"
    assert out["issuer_key_id"] == trust.ski(pki.ca.cert).hex()
    assert out["certificate_not_after"].startswith(str(pki.user.cert.not_valid_after_utc.year))
    assert len(out["link_key"]) == 64
    assert model.verify_with_data == 0


def test_cli_wrong_pin_then_last_try_warning(cfg_path, insert, model):
    insert(model)
    r = kiosk(["card", "authenticate", "--pin-stdin", "--json"], cfg_path, stdin="0000\n")
    assert r.returncode == 1
    out = json.loads(r.stdout)
    assert (out["ok"], out["reason"], out["tries_left"]) == (False, "pin_wrong", 2)
    r = kiosk(["card", "authenticate", "--pin-stdin"], cfg_path, stdin="0000\n")
    assert r.returncode == 1 and "one try left" in r.stdout
    assert model.verify_with_data == 2


def test_cli_refuses_a_malformed_pin_without_touching_the_card(cfg_path, insert, model):
    insert(model)
    r = kiosk(["card", "authenticate", "--pin-stdin", "--json"], cfg_path, stdin="12345\n")
    assert r.returncode == 1 and json.loads(r.stdout)["reason"] == "pin_format"
    assert model.verify_with_data == 0 and model.log == []


def test_cli_blocked_card(cfg_path, insert, pki):
    insert(model_for(pki.user, pki.ca, tries_left=0))
    r = kiosk(["card", "authenticate", "--pin-stdin", "--json"], cfg_path, stdin="1234\n")
    assert r.returncode == 1
    assert json.loads(r.stdout)["reason"] == "pin_blocked"
    assert "Traceback" not in r.stderr


def test_cli_no_card_and_no_reader(cfg_path, pcscd, tmp_path):
    r = kiosk(["card", "probe", "--json"], cfg_path)
    assert r.returncode == 3 and json.loads(r.stdout)["reason"] == "no_card" and "Traceback" not in r.stderr
    r = kiosk(["card", "probe", "--reader", "No Such Reader", "--json"], cfg_path)
    assert r.returncode == 3 and json.loads(r.stdout)["reason"] == "no_reader"


def test_cli_when_pcscd_is_not_running_says_so(cfg_path, tmp_path):
    # pcsc-lite finds pcscd through this socket; one that does not exist is a machine where pcscd is not running
    env = dict(os.environ, PCSCLITE_CSOCK_NAME=str(tmp_path / "no-pcscd.sock"))
    r = subprocess.run(
        [sys.executable, "-m", "kiosk_app", "--config", str(cfg_path), "card", "probe", "--json"],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert r.returncode == 3 and "Traceback" not in r.stderr
    assert json.loads(r.stdout)["reason"] == "no_reader"


def test_cli_without_validation_fails_closed(cfg_path, insert, model):
    insert(model)
    r = kiosk(["card", "authenticate", "--pin-stdin", "--json"], cfg_path, stdin="1234\n")
    assert r.returncode == 1
    assert json.loads(r.stdout)["reason"] == "validation_not_configured"


def test_cli_bad_config_is_one_clear_line(tmp_path):
    p = tmp_path / "bad.toml"
    p.write_text("[card]\nreader = 5\n")
    r = kiosk(["card", "probe"], p)
    assert r.returncode == 2 and "[card].reader" in r.stderr and "Traceback" not in r.stderr


def test_pin_is_in_no_log_and_no_file(cfg_path, insert, model, tmp_path):
    insert(model)
    pin = "0468"
    logs = ""
    for _ in range(2):
        r = kiosk(["card", "authenticate", "--pin-stdin", "--json"], cfg_path, stdin=pin + "\n")
        logs += r.stderr
    model.tries_left = 3
    r = kiosk(["card", "authenticate", "--pin-stdin", "--json"], cfg_path, stdin="1234\n")
    logs += r.stderr
    assert "auth." in logs  # the logs are there, and say what happened
    standalone = re.compile(rf"(?<![0-9A-Fa-f]){pin}(?![0-9A-Fa-f])")
    for line in logs.splitlines():
        obj = json.loads(line)
        obj.pop("ts", None)
        assert not standalone.search(json.dumps(obj)), line
    for f in tmp_path.rglob("*"):
        if f.is_file():
            data = f.read_bytes()
            assert b"\x04" + pin.encode() not in data, f
            assert not standalone.search(data.decode("latin-1")), f


_RACE = """
import threading
from hardware.smartcard import pcsc

start = threading.Barrier(8)
errors = []

def first_touch(touch):
    start.wait()
    try:
        touch()
    except ImportError as e:
        errors.append(repr(e))
    except Exception:
        pass  # no pcscd here is another matter: only a half-imported pyscard is the fault

touches = [pcsc.list_readers, lambda: pcsc.card_present("no such reader")]
threads = [threading.Thread(target=first_touch, args=(touches[i % 2],)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors)
"""


def test_threads_that_first_touch_pyscard_at_once_all_get_it():
    """The card watcher and a reader listing start together at boot; pyscard's modules import each other in a
    cycle, so unguarded concurrent first imports handed one thread a half-made module and killed the watcher."""
    for _ in range(10):  # fresh interpreters: the race is only at the first import
        out = subprocess.run([sys.executable, "-c", _RACE], capture_output=True, text=True, timeout=60, check=True)
        assert out.stdout.strip() == "[]", out.stdout
