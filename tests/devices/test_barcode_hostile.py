"""Anyone can hold anything under the scanner: the classifier, the check digits and the wedge decoder take any input,
under every configuration a library may choose, and answer with a kind or a typed error, in bounded work."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware.barcode import checkdigit as cd
from hardware.barcode.classify import Classifier, ClassifierConfig, ScanKind
from hardware.barcode.errors import CheckDigitError
from hardware.barcode.keymap import EV_KEY, WedgeDecoder

BUDGET = settings(deadline=500, max_examples=300, suppress_health_check=[HealthCheck.too_slow])

#: scanner text: NW-7's own characters, digits, the start/stop spellings, AIM prefixes, and anything else
scanned = st.one_of(
    st.text(alphabet="0123456789-$:/.+ABCDabcdTN*E]F0", max_size=40),
    st.text(max_size=80),
    st.builds(lambda b: b.decode("latin-1"), st.binary(max_size=40)),
)
configs = st.builds(
    ClassifierConfig,
    patron_patterns=st.just((r"1\d{7}",)),
    item_patterns=st.just((r"T\d{7}",)),
    technician_patterns=st.just(("^TECH-",)),
    check_digit=st.sampled_from(cd.SCHEMES),
    check_digit_transmitted=st.booleans(),
    mod11_ten=st.sampled_from(cd.MOD11_TEN),
)


@BUDGET
@given(cfg=configs, raw=scanned)
def test_any_scan_under_any_configuration_gets_a_kind(cfg, raw):
    c = Classifier(cfg)
    scan = c.classify(raw, "serial:/dev/ttyACM0")
    assert isinstance(scan.kind, ScanKind)
    if scan.kind is ScanKind.PATRON:
        assert c.is_patron_number(scan.value)  # what the scanner calls a library card, the offline rule agrees
    assert c.is_patron_number(raw) in (True, False)


@BUDGET
@given(data=st.text(max_size=30), scheme=st.sampled_from(cd.SCHEMES), ten=st.sampled_from(cd.MOD11_TEN))
def test_check_digits_of_anything_are_a_result_or_a_typed_error(data, scheme, ten):
    for f in (lambda: cd.compute(data, scheme, ten), lambda: cd.verify(data, scheme, ten)):
        try:
            assert isinstance(f(), str)
        except CheckDigitError as e:
            assert e.reason in ("check_digit", "check_mod11")


@pytest.mark.parametrize("digits", ["١٢٣", "１２３", "12³", "٣"])
def test_check_digits_take_ascii_digits_only(digits):
    # str.isdigit() says yes to these; int() reads some of them: a check over them would be a check over nothing
    for scheme in [s for s in cd.SCHEMES if s not in ("none", "mod16")]:
        with pytest.raises(CheckDigitError):
            cd.compute(digits, scheme)


events = st.lists(
    st.tuples(
        st.sampled_from([EV_KEY, 0, 4]), st.integers(0, 300), st.integers(-1, 3), st.floats(0, 1e9, allow_nan=False)
    ),
    max_size=200,
)


@BUDGET
@given(evs=events, layout=st.sampled_from(["jis", "us"]))
def test_the_wedge_decoder_takes_any_events_and_keeps_scans_bounded(evs, layout):
    dec = WedgeDecoder(layout)
    for ev in evs:
        done = dec.feed(*ev)
        if done is not None:
            assert 0 < len(done.text) <= dec.max_length


def test_a_wedge_scanner_without_evdev_stays_up_and_says_why(monkeypatch):
    """python-evdev missing raised out of the reader loop and ended its thread silently; now the loop waits for it
    like for an unplugged scanner, and the reason is what maintenance shows."""
    import builtins
    import threading

    from hardware.barcode.scanner import EvdevScanner

    real_import = builtins.__import__

    def no_evdev(name, *a, **kw):  # type: ignore[no-untyped-def]
        if name == "evdev":
            raise ImportError("no evdev")
        return real_import(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", no_evdev)
    sc = EvdevScanner("/dev/input/event0", Classifier(ClassifierConfig()), reopen_s=0.05)
    loop = threading.Thread(target=sc.run, daemon=True)
    loop.start()
    try:
        loop.join(0.5)
        assert loop.is_alive() and not sc.connected and sc.reason == "evdev_missing"
    finally:
        sc.stop()
        loop.join(5)
    assert not loop.is_alive()
