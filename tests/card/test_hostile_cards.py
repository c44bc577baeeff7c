"""Cards that answer oddly or hostilely, with the card model answering directly (no reader): each ends in a typed
refusal, the kiosk never sends a VERIFY twice, and no card can make it hold more than its caps."""

from __future__ import annotations

import pytest

from hardware.sim.jpki_card import Variant
from hardware.sim.odd_certs import OddCert, odd_user_cert
from hardware.smartcard import jpki
from hardware.smartcard.card import JpkiCard
from kiosk.identity.authenticate import Authenticator

from .conftest import AllowGood, direct, model_for


@pytest.fixture
def auth(pki, links):
    return Authenticator([pki.ca.cert, pki.old_ca.cert], AllowGood(), links, kiosk_id="k1", library_system="main")


def run(auth, card, pin="1234"):
    insp = auth.inspect(card)
    if insp.result.reason != "pin_needed":
        return insp.result
    return auth.finish(card, insp, pin)


class Recording:
    """A transmit that counts what the kiosk sent and what the card gave it."""

    def __init__(self, model):
        self.model = model
        self.sent: list[bytes] = []
        self.received = 0

    def __call__(self, apdu):
        self.sent.append(bytes(apdu))
        resp = jpki.Response.parse(self.model.execute(bytes(apdu)))
        self.received += len(resp.data)
        return resp

    def verifies(self):
        return [a for a in self.sent if a[1:2] == b"\x20" and len(a) > 4]


# ------------------------------------------------------------------ 1. the PIN counter can only be 0..3


def test_a_card_claiming_fifteen_tries_is_a_protocol_error(auth, pki):
    m = model_for(pki.user, pki.ca, variant=Variant.PIN_TRIES_15)
    r = auth.inspect(JpkiCard(direct(m))).result
    assert (r.ok, r.reason) == (False, "card_protocol")
    assert m.verify_with_data == 0


@pytest.mark.parametrize("tries", [4, 5, 9, 15])
def test_an_empty_verify_above_three_tries_is_refused(tries):
    with pytest.raises(jpki.CardError) as e:
        jpki.pin_status_from_sw(0x63C0 | tries)
    assert e.value.reason == "card_protocol"


@pytest.mark.parametrize("tries", [3, 4, 15])
def test_a_wrong_pin_cannot_leave_three_or_more_tries(pki, tries):
    """A wrong PIN spends a try: 63C3 or more after it cannot be."""
    m = model_for(pki.user, pki.ca)
    card = JpkiCard(direct(m))
    card.probe()
    m.answer_hook = lambda apdu: bytes([0x63, 0xC0 | tries]) if apdu[1] == 0x20 and len(apdu) > 4 else None
    with pytest.raises(jpki.CardError) as e:
        card.verify_pin("0000")
    assert e.value.reason == "card_protocol"


# ------------------------------------------------------------------ 2. never more than was asked


def test_an_answer_longer_than_le_is_refused(auth, pki):
    m = model_for(pki.user, pki.ca, variant=Variant.OVERSIZE_ANSWER)
    assert run(auth, JpkiCard(direct(m))).reason == "card_protocol"
    assert m.verify_with_data == 0


@pytest.mark.parametrize("ins, extra", [(0xA4, 1), (0xB0, 1), (0x20, 1), (0xB0, 4000)])
def test_no_command_takes_data_beyond_its_le(pki, ins, extra):
    """A SELECT or VERIFY asks for no data, a READ BINARY for Le bytes: anything more is a protocol error."""
    m = model_for(pki.user, pki.ca)

    def hook(apdu):
        if apdu[1] != ins:
            return None
        asked = (apdu[4] or 256) if ins == 0xB0 else 0
        return b"\x00" * (asked + extra) + b"\x90\x00"

    m.answer_hook = hook
    with pytest.raises(jpki.CardError) as e:
        JpkiCard(direct(m)).probe()
    assert e.value.reason == "card_protocol"


# ------------------------------------------------------------------ 4. a VERIFY is never sent again


def test_6cxx_to_verify_sends_no_second_verify(auth, links, pki):
    m = model_for(pki.user, pki.ca, variant=Variant.WRONG_LE_AT_VERIFY)
    rec = Recording(m)
    r = run(auth, JpkiCard(rec), pin="1234")
    assert r.reason == "card_protocol"
    assert len(rec.verifies()) == 1 and m.verify_with_data == 1
    assert m.tries_left == 3  # no try spent that the patron never typed


def _card_answering_at_verify(sw: int):
    """A transmit for a card whose every VERIFY answers ``sw`` (everything else 9000, GET RESPONSE nothing)."""
    sent: list[bytes] = []

    def transmit(apdu):
        apdu = bytes(apdu)
        sent.append(apdu)
        if apdu[1] == 0x20:
            return jpki.Response(b"", sw)
        if apdu[1] == 0xC0:
            return jpki.Response(b"", 0x6F00)
        return jpki.Response(b"", 0x9000)

    return transmit, sent


def test_every_status_word_at_verify_gives_one_verify_and_a_typed_answer():
    """All 65 536 status words: exactly one VERIFY goes to the card, and the kiosk gets a result or a CardError."""
    outcomes: dict[str, int] = {}
    for sw in range(0x10000):
        transmit, sent = _card_answering_at_verify(sw)
        card = JpkiCard(transmit)
        try:
            r = card.verify_pin("1234")
            kind = "ok" if r.ok else ("blocked" if r.blocked else "wrong")
        except jpki.CardError as e:
            kind = e.reason
        verifies = [a for a in sent if a[1] == 0x20]
        assert len(verifies) == 1, f"{sw:04X}: {len(verifies)} VERIFYs"
        assert verifies[0] == bytes.fromhex("002000800431323334"), f"{sw:04X}: the PIN was changed"
        outcomes[kind] = outcomes.get(kind, 0) + 1
    # 9000; 63C0 (blocked), 63C1/63C2 (wrong); 6983/6984 (blocked); everything else a protocol error
    assert outcomes == {"ok": 1, "wrong": 2, "blocked": 3, "card_protocol": 0x10000 - 6}


def test_every_status_word_at_the_empty_verify_gives_at_most_three_tries():
    outcomes: dict[str, int] = {}
    for sw in range(0x10000):
        transmit, sent = _card_answering_at_verify(sw)
        try:
            status = JpkiCard(transmit).pin_status()
            kind = status.state.value
            assert 0 <= status.tries_left <= jpki.PIN_MAX_TRIES
        except jpki.CardError as e:
            kind = e.reason
        assert sum(1 for a in sent if a[1] == 0x20) == 1
        outcomes[kind] = outcomes.get(kind, 0) + 1
    # 9000 (verified in this session); 63C1..63C3; 63C0, 6983, 6984 (blocked); all else a protocol error
    assert outcomes == {"verified": 1, "ok": 3, "blocked": 3, "card_protocol": 0x10000 - 7}


# ------------------------------------------------------------------ 5. caps on what a card may send


def test_endless_61xx_chains_stop_at_the_cap(pki):
    m = model_for(pki.user, pki.ca, variant=Variant.ENDLESS_61XX)
    rec = Recording(m)
    with pytest.raises(jpki.CardError) as e:
        JpkiCard(rec).probe()
    assert e.value.reason == "card_protocol"
    get_responses = [a for a in rec.sent if a[1] == 0xC0]
    assert len(get_responses) <= jpki.MAX_GET_RESPONSES
    assert rec.received <= 256


def test_huge_chained_answers_are_refused_at_once(pki):
    """A card that pours 60 000 bytes into each GET RESPONSE answer is refused at the first one."""
    m = model_for(pki.user, pki.ca)
    state = {"n": 0}

    def hook(apdu):
        if apdu[1] == 0xB0:
            return b"\x61\x20"  # the 32 bytes of the token follow
        if apdu[1] == 0xC0:
            state["n"] += 1
            return b"\xa5" * 60000 + b"\x61\x00"
        return None

    m.answer_hook = hook
    rec = Recording(m)
    with pytest.raises(jpki.CardError) as e:
        JpkiCard(rec).probe()
    assert e.value.reason == "card_protocol"
    assert state["n"] == 1


def test_a_connection_takes_no_more_than_its_budget(pki):
    """However a card answers, one connection sends at most ``max_commands`` commands and takes ``max_bytes``."""
    m = model_for(pki.user, pki.ca)
    card = JpkiCard(direct(m), max_certificate_bytes=2048)
    card.probe()
    budget = card.budget
    assert budget.max_bytes < 2048 + 4096 and budget.max_commands <= 64
    with pytest.raises(jpki.CardError) as e:
        for _ in range(10_000):
            card.pin_status()
    assert e.value.reason == "card_protocol"
    assert card.commands == budget.max_commands


# ------------------------------------------------------------------ odd certificates: typed refusals only


@pytest.mark.filterwarnings("ignore:Parsed a serial number:cryptography.utils.CryptographyDeprecationWarning")
@pytest.mark.parametrize("kind", list(OddCert))
def test_odd_certificates_give_a_typed_refusal(auth, pki, kind):
    m = model_for(pki.user, pki.ca)
    m.cert_der = odd_user_cert(pki.user, pki.ca, kind)
    r = run(auth, JpkiCard(direct(m)))
    assert not r.ok
    assert r.reason == ("cert_untrusted" if kind is OddCert.UNKNOWN_SIGNATURE else "cert_malformed")
    assert m.verify_with_data == 0


def test_a_verify_command_does_not_show_the_pin():
    cmd = jpki.verify_pin("4862")
    assert "4862" not in repr(cmd) and b"4862" not in repr(cmd).encode()
    assert bytes(cmd).endswith(b"4862")
