"""The JPKI command logic with plain bytes: the emulator model answers directly, no reader involved."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.sim.jpki_card import Variant
from hardware.smartcard import jpki
from hardware.smartcard.card import JpkiCard

from .conftest import direct, model_for


def test_apdus_are_the_documented_bytes():
    assert bytes(jpki.select_df(jpki.AID_JPKI)).hex() == "00a4040c0ad392f000260100000001"
    assert bytes(jpki.select_ef(0x000A)).hex() == "00a4020c02000a"
    assert bytes(jpki.read_binary(0x100, 256)).hex() == "00b0010000"
    assert bytes(jpki.verify_empty()).hex() == "00200080"
    assert bytes(jpki.verify_pin("1234")).hex() == "002000800431323334"
    di = jpki.sha256_digest_info(bytes(32))
    assert len(di) == 51
    assert bytes(jpki.sign(di))[:5].hex() == "802a008033" and bytes(jpki.sign(di))[-1] == 0


@pytest.mark.parametrize("pin", ["123", "12345", "12a4", "", "１２３４", " 1234", "12 4"])
def test_malformed_pin_is_refused_before_anything_is_sent(model, pin):
    card = JpkiCard(direct(model))
    card.probe()
    sent_before = len(model.log)
    with pytest.raises(jpki.BadPinFormat):
        card.verify_pin(pin)
    assert len(model.log) == sent_before
    assert model.tries_left == 3


def test_probe_reads_token_certificate_and_tries_without_spending_one(model, pki):
    card = JpkiCard(direct(model))
    info = card.probe()
    assert info.token == jpki.TOKEN_MYNUMBER
    assert info.cert_der == pki.user.der
    assert info.pin == jpki.PinStatus(jpki.PinState.OK, 3)
    assert model.tries_left == 3 and model.verify_with_data == 0


def test_certificate_is_read_in_256_byte_chunks_with_an_exact_last_read(model, pki):
    card = JpkiCard(direct(model))
    card.probe()
    reads = [apdu for apdu in _sent(model) if apdu[1] == 0xB0]
    n = len(pki.user.der)
    # token read, then ceil(n / 256) certificate reads
    assert len(reads) == 1 + -(-n // 256)


def _sent(model):
    return [bytes([cla, ins]) for cla, ins in model.log]


def test_wrong_pins_count_down_and_block(model):
    card = JpkiCard(direct(model))
    card.probe()
    r = card.verify_pin("0000")
    assert (r.ok, r.tries_left, r.blocked) == (False, 2, False)
    assert card.pin_status() == jpki.PinStatus(jpki.PinState.OK, 2)
    r = card.verify_pin("0000")
    assert card.pin_status().last_try
    r = card.verify_pin("0000")
    assert r.blocked and r.tries_left == 0
    assert card.pin_status().state is jpki.PinState.BLOCKED
    # a blocked card refuses even the right PIN
    assert not card.verify_pin("1234").ok


@pytest.mark.parametrize("blocked_sw", [0x6983, 0x6984, 0x63C0])
def test_both_blocked_answers_mean_blocked(pki, blocked_sw):
    m = model_for(pki.user, pki.ca, tries_left=0, blocked_sw=blocked_sw)
    assert JpkiCard(direct(m)).probe().pin.state is jpki.PinState.BLOCKED


def test_verified_state_is_not_read_as_zero_tries(model):
    card = JpkiCard(direct(model))
    card.probe()
    assert card.verify_pin("1234").ok
    status = card.pin_status()
    assert status.state is jpki.PinState.VERIFIED and not status.last_try


def test_right_pin_resets_the_counter(model):
    card = JpkiCard(direct(model))
    card.probe()
    card.verify_pin("9999")
    assert card.verify_pin("1234").ok
    assert model.tries_left == 3


def test_sign_without_pin_is_refused_by_the_card(model):
    card = JpkiCard(direct(model))
    card.probe()
    with pytest.raises(jpki.UnexpectedStatus):
        card.sign(jpki.sha256_digest_info(bytes(32)))


def test_t0_procedure_bytes_are_followed(pki):
    m = model_for(pki.user, pki.ca, variant=Variant.T0)
    card = JpkiCard(direct(m))
    info = card.probe()
    assert info.cert_der == pki.user.der
    assert info.token == jpki.TOKEN_MYNUMBER
    assert card.verify_pin("1234").ok
    sig = card.sign(jpki.sha256_digest_info(bytes(32)))
    assert len(sig) == 256


def test_exchange_resends_with_the_le_from_6cxx():
    sent = []

    def transmit(apdu):
        sent.append(apdu)
        if apdu[-1] != 0x10:
            return jpki.Response(b"", 0x6C10)
        return jpki.Response(b"x" * 16, 0x9000)

    r = jpki.exchange(transmit, jpki.read_binary(0, 256))
    assert r.data == b"x" * 16 and sent[-1][-1] == 0x10


def test_a_6cxx_to_a_verify_never_sends_the_pin_again():
    """6Cxx asks for the command again with another Le: only a command without data has an Le to fix. Re-sending a
    VERIFY (with the last PIN digit replaced by the card's byte) would spend a try the patron never gave (found by
    ``python -m fuzz card``)."""
    sent = []

    def transmit(apdu):
        sent.append(apdu)
        return jpki.Response(b"", 0x6C04 if apdu[1] == 0x20 else 0x9000)

    card = JpkiCard(transmit)
    with pytest.raises(jpki.CardError):
        card.verify_pin("1234")
    assert [a for a in sent if a[1] == 0x20 and len(a) > 4] == [bytes(jpki.verify_pin("1234"))]


def test_endless_procedure_bytes_are_an_error():
    with pytest.raises(jpki.UnexpectedStatus):
        jpki.exchange(lambda apdu: jpki.Response(b"", 0x6101), jpki.verify_empty())


def test_smartphone_token_refused_by_default_and_accepted_when_configured(pki):
    m = model_for(pki.user, pki.ca, token=jpki.TOKEN_SMARTPHONE)
    with pytest.raises(jpki.TokenRefused) as e:
        JpkiCard(direct(m)).probe()
    assert e.value.reason == "token_smartphone"
    info = JpkiCard(direct(m), accept_smartphone=True).probe()
    assert info.cert_der is None  # a smartphone shows its certificate only after the PIN


def test_card_without_jpki_is_not_jpki(pki):
    with pytest.raises(jpki.NotJpki):
        JpkiCard(direct(model_for(pki.user, pki.ca, variant=Variant.NO_JPKI))).probe()


def test_huge_certificate_claim_is_refused_without_reading_it(pki):
    m = model_for(pki.user, pki.ca, variant=Variant.HUGE_CERT)
    with pytest.raises(jpki.CertificateTooLarge):
        JpkiCard(direct(m), max_certificate_bytes=8192).probe()
    assert sum(1 for _, ins in m.log if ins == 0xB0) == 2  # the token and one chunk, no more


@given(st.binary(min_size=0, max_size=8))
@settings(max_examples=300)
def test_der_length_parser_never_fails_with_anything_but_its_error(head):
    try:
        n = jpki.der_total_length(head)
    except jpki.MalformedCertificate:
        return
    assert n >= 2


@given(st.integers(min_value=0, max_value=0xFFFFFF))
def test_der_length_round_trip(length):
    if length < 0x80:
        head = bytes([0x30, length])
    else:
        body = length.to_bytes((length.bit_length() + 7) // 8, "big")
        head = bytes([0x30, 0x80 | len(body)]) + body
    assert jpki.der_total_length(head) == len(head) + length


@given(st.binary(min_size=0, max_size=300))
@settings(max_examples=300)
def test_random_answers_give_typed_errors(garbage):
    """Whatever a hostile card answers, the kiosk gets a CardError (or a result), never another exception."""
    answers = iter([garbage])

    def transmit(apdu):
        raw = next(answers, b"\x90\x00")
        if len(raw) < 2:
            raise jpki.UnexpectedStatus("short answer", 0)
        return jpki.Response.parse(raw)

    card = JpkiCard(transmit)
    try:
        card.probe()
    except jpki.CardError:
        pass


def _raw_rsa_verify(model, digest_info: bytes, sig: bytes) -> bool:
    """The public-key operation by hand: the signature opens to the PKCS #1 v1.5 block around ``digest_info``."""
    pub = model.key.public_key().public_numbers()
    k = (pub.n.bit_length() + 7) // 8
    em = pow(int.from_bytes(sig, "big"), pub.e, pub.n).to_bytes(k, "big")
    return em == b"\x00\x01" + b"\xff" * (k - 3 - len(digest_info)) + b"\x00" + digest_info


@settings(max_examples=25, deadline=None)
@given(
    digest=st.sampled_from([20, 32, 48, 64]).flatmap(lambda n: st.binary(min_size=n, max_size=n)),
)
def test_the_virtual_card_signs_usual_digest_infos_as_a_card_does(pki, digest):
    """The virtual card signs a SHA-1/256/384/512 DigestInfo through OpenSSL (other threads of the demo keep
    running): the block under the signature is exactly the DigestInfo the kiosk sent."""
    prefixes = {20: "3021300906052b0e03021a05000414", 32: "3031300d060960864801650304020105000420",
                48: "3041300d060960864801650304020205000430", 64: "3051300d060960864801650304020305000440"}  # fmt: skip
    digest_info = bytes.fromhex(prefixes[len(digest)]) + digest
    model = model_for(pki.user, pki.ca)
    card = JpkiCard(direct(model))
    card.probe()
    assert card.verify_pin("1234").ok
    assert _raw_rsa_verify(model, digest_info, card.sign(digest_info))


@pytest.mark.parametrize(
    "digest_info",
    [
        bytes.fromhex("3031300d060960864801650304020105000420") + bytes(31),  # a SHA-256 prefix, a short digest
        bytes.fromhex("302d300d06096086480165030402040500041c") + bytes(28),  # SHA-224: not in the table
        b"\x01\x02\x03",  # not a DigestInfo at all: a card signs what it is given
    ],
)
def test_the_virtual_card_signs_any_other_block_too(pki, digest_info):
    model = model_for(pki.user, pki.ca)
    card = JpkiCard(direct(model))
    card.probe()
    assert card.verify_pin("1234").ok
    assert _raw_rsa_verify(model, digest_info, card.sign(digest_info))
