"""A card's answers through the JPKI dialogue (:mod:`hardware.smartcard.card`, :mod:`hardware.smartcard.jpki`): the
fuzzer's bytes are the card's answers in turn (each a length-prefixed ``data + SW1 SW2``; the card is pulled when
they run out), to what the kiosk asks a My Number Card: probe (select, token, certificate, tries), one VERIFY, one
signature, with T=0 procedure bytes followed. The dialogue must never send a second VERIFY with a PIN (DESIGN:
"never a second VERIFY that the patron did not ask for"). Allowed: :class:`hardware.smartcard.jpki.CardError`."""

from __future__ import annotations

import hashlib
from functools import cache

from fuzz.harness import Reader, Target, chunks
from fuzz.targets import _pki
from hardware.sim.jpki_card import JpkiCardModel
from hardware.smartcard import jpki
from hardware.smartcard.card import JpkiCard

DIGEST_INFO = jpki.sha256_digest_info(hashlib.sha256(b"challenge").digest())


@cache
def _model_answers(tries: int, pin: str) -> list[bytes]:
    p = _pki.pki()
    model = JpkiCardModel(cert_der=p.user.der, key=p.user.key, ca_der=p.ca.der, pin="1234", tries_left=tries)
    answers: list[bytes] = []

    def transmit(apdu: bytes) -> jpki.Response:
        raw = model.execute(apdu)
        answers.append(raw)
        return jpki.Response.parse(raw)

    _dialogue(JpkiCard(transmit), pin)
    return answers


def _dialogue(card: JpkiCard, pin: str) -> str:
    info = card.probe()
    if info.pin.state is not jpki.PinState.OK:
        return info.pin.state.value
    result = card.verify_pin(pin)
    if not result.ok:
        return "pin_wrong"
    card.sign(DIGEST_INFO)
    return "signed"


def seeds() -> list[bytes]:
    return [
        b"\x00" + chunks(*_model_answers(3, "1234")),
        b"\x00" + chunks(*_model_answers(1, "0000")),
        b"\x01" + chunks(*_model_answers(0, "1234")),
        b"\x00" + chunks(b"\x61\x10", b"\x90\x00"),
    ]


def run(data: bytes) -> str:
    r = Reader(data)
    accept_smartphone = bool(r.byte() & 1)
    verifies = 0

    def transmit(apdu: bytes) -> jpki.Response:
        nonlocal verifies
        if apdu[1:2] == b"\x20" and len(apdu) > 4:
            verifies += 1
            if verifies > 1:
                raise AssertionError("a second VERIFY with a PIN was sent")
        if not r.left:
            raise jpki.CardRemoved("the card left the reader")
        return jpki.Response.parse(r.chunk())

    return _dialogue(JpkiCard(transmit, accept_smartphone=accept_smartphone), "1234")


TARGET = Target(
    "card",
    "hardware/smartcard/card.py + jpki.py: probe, one VERIFY and a signature over the fuzzer's card answers",
    run,
    (jpki.CardError,),
    seeds,
    max_len=16384,
    dictionary=(
        b"\x90\x00",
        b"\x61\x00",
        b"\x6c\x10",
        b"\x63\xc1",
        b"\x69\x83",
        b"\x62\x82",
        b"\x30\x82",
        b"JPKIAPICCTOKEN2",
    ),
)
