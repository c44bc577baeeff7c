"""Property-based tests of everything that reads what a card sends: answers and status words through the dialogue
layer, the certificate file's length, and a certificate through the authenticator. Only typed errors come out, and
the caps hold for every input (asserted as counts and sizes, never as timings)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware.sim.odd_certs import elements, sign_tbs, tbs_of, tlv
from hardware.smartcard import jpki
from hardware.smartcard.card import JpkiCard
from kiosk.identity import trust
from kiosk.identity.authenticate import Authenticator

from .conftest import AllowGood, direct, model_for

#: an edited serial may come out negative: cryptography warns about it as it parses (the kiosk refuses it)
pytestmark = pytest.mark.filterwarnings(
    "ignore:Parsed a serial number:cryptography.utils.CryptographyDeprecationWarning"
)

FIXTURES_OK = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]

#: status words a hostile card would try first, and any other
status_words = st.one_of(
    st.sampled_from([0x9000, 0x6282, 0x6983, 0x6984, 0x6A82, 0x6B00, 0x6700, 0x6F00]),
    st.integers(0x6100, 0x61FF),
    st.integers(0x6C00, 0x6CFF),
    st.integers(0x63C0, 0x63CF),
    st.integers(0, 0xFFFF),
)
answers = st.builds(jpki.Response, st.binary(max_size=300), status_words)

commands = st.one_of(
    st.just(jpki.select_df(jpki.AID_JPKI)),
    st.integers(0, 0xFFFF).map(jpki.select_ef),
    st.builds(jpki.read_binary, st.integers(0, 0x7FFF), st.integers(1, 256)),
    st.just(jpki.verify_empty()),
    st.just(jpki.verify_pin("1234")),
    st.binary(min_size=1, max_size=245).map(jpki.sign),
)


class Scripted:
    """A card that gives the scripted answers in turn, then ``9000`` forever; records what was sent."""

    def __init__(self, script: list[jpki.Response]):
        self.script = list(script)
        self.sent: list[bytes] = []

    def __call__(self, apdu: bytes) -> jpki.Response:
        self.sent.append(bytes(apdu))
        return self.script.pop(0) if self.script else jpki.Response(b"", 0x9000)


@given(commands, st.lists(answers, max_size=20))
@settings(max_examples=200, deadline=None)
def test_exchange_holds_every_answer_to_what_its_command_asked(cmd, script):
    card = Scripted(script)
    try:
        resp = jpki.exchange(card, cmd)
    except jpki.CardError as e:
        assert e.reason == "card_protocol"
    else:
        assert len(resp.data) <= (cmd.le or 0)
    assert card.sent[0] == bytes(cmd)
    assert len(card.sent) <= 2 + jpki.MAX_GET_RESPONSES
    if cmd.ins in (0x20, 0x2A):  # VERIFY and SIGN change the card: never sent twice
        assert sum(1 for a in card.sent if a[1] == cmd.ins) == 1


@given(st.lists(answers, max_size=60), st.sampled_from(["1234", "0000"]))
@settings(max_examples=300, deadline=None)
def test_a_whole_card_dialogue_gives_results_or_typed_errors_within_its_budget(script, pin):
    """Probe, PIN and signature against any sequence of answers."""
    card_io = Scripted(script)
    card = JpkiCard(card_io, accept_smartphone=True, max_certificate_bytes=2048)
    try:
        card.probe()
        card.verify_pin(pin)
        card.sign(jpki.sha256_digest_info(bytes(32)))
    except jpki.CardError:
        pass
    assert card.commands == len(card_io.sent) <= card.budget.max_commands
    assert card.budget.received <= card.budget.max_bytes
    assert sum(1 for a in card_io.sent if a[1] == 0x20 and len(a) > 5) <= 1


@given(st.binary(max_size=12), st.binary(max_size=3000))
@settings(max_examples=300, deadline=None, suppress_health_check=FIXTURES_OK)
def test_any_certificate_file_reads_within_its_limit_or_is_refused(pki, head, tail):
    """Whatever the certificate file holds (a DER-like head and anything after), the read returns at most the
    limit or a typed error, and asks the card for no more than the file's claimed length."""
    m = model_for(pki.user, pki.ca)
    m.cert_der = b"\x30" + head + tail if head[:1] != b"\x30" else head + tail
    card = JpkiCard(direct(m), max_certificate_bytes=2048)
    try:
        info = card.probe()
    except jpki.CardError as e:
        assert e.reason in {"cert_malformed", "cert_too_large", "card_protocol"}
    else:
        assert info.cert_der is not None and len(info.cert_der) <= 2048
        assert info.cert_der == m.cert_der[: len(info.cert_der)]
    assert card.budget.received <= card.budget.max_bytes


# ------------------------------------------------------------------ certificates through the authenticator

#: every reason the authenticator may give a card whose certificate is odd, before any PIN
CERT_REFUSALS = {"cert_malformed", "cert_untrusted", "cert_expired", "cert_not_yet_valid", "ca_expired"}


@pytest.fixture(scope="module")
def tbs_parts(pki):
    [(_, body)] = elements(tbs_of(pki.user.der))
    return elements(body)


@pytest.fixture
def auth(pki, links):
    return Authenticator([pki.ca.cert], AllowGood(), links, kiosk_id="k1", library_system="main")


def inspect(auth, pki, cert_der: bytes):
    m = model_for(pki.user, pki.ca)
    m.cert_der = cert_der
    return auth.inspect(JpkiCard(direct(m))).result, m


@given(st.binary(max_size=2000))
@settings(max_examples=200, deadline=None, suppress_health_check=FIXTURES_OK)
def test_random_bytes_as_a_certificate_give_a_typed_refusal(auth, pki, der):
    r, m = inspect(auth, pki, der)
    assert not r.ok and r.reason in CERT_REFUSALS | {"card_protocol", "cert_too_large"}
    assert m.verify_with_data == 0


edits = st.lists(
    st.tuples(st.integers(0, 7), st.sampled_from(["flip", "drop", "dup", "tag", "junk"]), st.binary(max_size=8)),
    min_size=1,
    max_size=3,
)


@given(edits, st.integers(0, 2**32))
@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURES_OK)
def test_edited_certificates_signed_by_the_ca_give_a_typed_refusal(auth, pki, tbs_parts, edits, salt):
    """The user certificate's TBS edited field by field (bytes flipped, fields dropped or doubled, tags changed,
    junk added) and signed by the real CA again: the certificate passes the signature check wherever it still
    parses, so every later step meets it. Only a typed refusal (or, if the edit left it valid, the PIN pad)."""
    parts = list(tbs_parts)
    for index, op, junk in edits:
        i = index % len(parts)
        tag, value = parts[i]
        if op == "flip" and value:
            pos = salt % len(value)
            value = value[:pos] + bytes([value[pos] ^ (1 << (salt % 8))]) + value[pos + 1 :]
            parts[i] = (tag, value)
        elif op == "drop" and len(parts) > 1:
            parts.pop(i)
        elif op == "dup":
            parts.insert(i, (tag, value))
        elif op == "tag":
            parts[i] = ((tag ^ (1 + salt % 255)) or 0x04, value)
        elif op == "junk":
            parts[i] = (tag, value + junk)
    cert_der = sign_tbs(tlv(0x30, b"".join(tlv(t, v) for t, v in parts)), pki.ca)
    r, m = inspect(auth, pki, cert_der)
    assert r.reason in CERT_REFUSALS | {"pin_needed", "card_protocol", "cert_too_large"}
    assert m.verify_with_data == 0


#: general-name tags: otherName, rfc822Name, dNSName, x400Address, directoryName, ediPartyName, URI, IP, registeredID
general_name_tags = st.sampled_from([0xA0, 0x81, 0x82, 0xA3, 0xA4, 0xA5, 0x86, 0x87, 0x88, 0x80])
extension_values = st.one_of(
    st.binary(max_size=40),
    st.builds(lambda t, v: tlv(0x30, tlv(t, v)), general_name_tags, st.binary(max_size=20)),
)
extension_oids = st.sampled_from(
    [
        bytes.fromhex("551d11"),  # subjectAltName
        bytes.fromhex("551d12"),  # issuerAltName
        bytes.fromhex("551d23"),  # authorityKeyIdentifier
        bytes.fromhex("551d0e"),  # subjectKeyIdentifier
        bytes.fromhex("551d1f"),  # cRLDistributionPoints
        bytes.fromhex("551d13"),  # basicConstraints
        bytes.fromhex("551d0f"),  # keyUsage
        bytes.fromhex("2b06010505070101"),  # authorityInfoAccess
        bytes.fromhex("2b0601040182e01a"),  # somebody's private arc
    ]
)


@given(st.lists(st.tuples(extension_oids, st.booleans(), extension_values), max_size=4), st.booleans())
@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURES_OK)
def test_odd_extensions_give_a_typed_refusal(auth, pki, tbs_parts, added, keep_original):
    """Extensions added to the certificate (duplicates, odd general names, undecodable values, critical ones)."""
    parts = list(tbs_parts)
    [(_, ext_list)] = elements(parts[7][1])
    extensions = [tlv(t, v) for t, v in elements(ext_list)] if keep_original else []
    for oid, critical, value in added:
        extensions.append(tlv(0x30, tlv(0x06, oid) + (b"\x01\x01\xff" if critical else b"") + tlv(0x04, value)))
    parts[7] = (0xA3, tlv(0x30, b"".join(extensions)))
    cert_der = sign_tbs(tlv(0x30, b"".join(tlv(t, v) for t, v in parts)), pki.ca)
    r, m = inspect(auth, pki, cert_der)
    assert r.reason in CERT_REFUSALS | {"pin_needed"}
    assert m.verify_with_data == 0


@given(st.binary(max_size=64))
@settings(max_examples=200, deadline=None)
def test_parse_certificate_raises_only_its_typed_error(der):
    try:
        trust.parse_certificate(der)
    except trust.TrustError as e:
        assert e.reason == "cert_malformed"
