import gc
import logging
import queue
import threading
import time
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware.barcode import Classifier, ClassifierConfig, EvdevScanner, Scan, ScanKind, SerialScanner
from hardware.barcode import checkdigit as cd
from hardware.barcode.errors import CheckDigitError
from hardware.barcode.keymap import EV_KEY, KEY_ENTER, KEY_LEFTSHIFT, WedgeDecoder, char_for, keys_for
from hardware.barcode.scanner import PENDING_MAX
from hardware.sim.scanner_sim import ScannerSim
from tests.waiting import wait_for

digits = st.text(alphabet="0123456789", min_size=1, max_size=20)


@pytest.mark.parametrize(
    "scheme, expected",
    [
        ("mod10w21", "2"),
        ("mod10w21-sum", "4"),
        ("mod10w31", "4"),
        ("mod11w27", "5"),
        ("7dr", "2"),
        ("7dsr", "5"),
        ("9dr", "0"),
        ("9dsr", "9"),
    ],
)
def test_check_digit_reference_vectors(scheme, expected):
    assert cd.compute("12345678", scheme) == expected
    assert cd.verify("12345678" + expected, scheme) == "12345678"


def test_mod16_reference_vector_and_placement():
    assert cd.compute("A37859B", "mod16") == "+"
    assert cd.verify("A37859+B", "mod16") == "A37859B"
    with pytest.raises(CheckDigitError):
        cd.verify("A37859-B", "mod16")


def test_mod11_ten_variants():
    # find a number whose modulus-11 check is 10
    n = next(str(i) for i in range(100000, 200000) if 11 - cd._weighted(str(i), (2, 3, 4, 5, 6, 7), False) % 11 == 10)
    assert cd.compute(n, "mod11w27", "0") == "0"
    assert cd.compute(n, "mod11w27", "X") == "X"
    with pytest.raises(CheckDigitError):
        cd.compute(n, "mod11w27", "invalid")


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=200)
@given(data=digits, scheme=st.sampled_from([s for s in cd.SCHEMES if s not in ("none", "mod16")]))
def test_check_digit_round_trip_and_single_digit_errors_caught(data, scheme):
    check = cd.compute(data, scheme)
    assert cd.verify(data + check, scheme) == data
    # changing the check digit to any other digit is always caught
    for other in "0123456789":
        if other != check:
            with pytest.raises(CheckDigitError):
                cd.verify(data + other, scheme)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=200)
@given(data=digits, pos=st.data())
def test_luhn_catches_every_single_digit_substitution(data, pos):
    i = pos.draw(st.integers(0, len(data) - 1))
    full = data + cd.compute(data, "mod10w21")
    wrong = str((int(full[i]) + pos.draw(st.integers(1, 9))) % 10)
    with pytest.raises(CheckDigitError):
        cd.verify(full[:i] + wrong + full[i + 1 :], "mod10w21")


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100)
@given(body=st.text(alphabet="0123456789-$:/.+", min_size=1, max_size=15), ss=st.sampled_from("ABCD"))
def test_mod16_round_trip(body, ss):
    full = ss + body + ss
    check = cd.compute(full, "mod16")
    assert cd.verify(ss + body + check + ss, "mod16") == full


def classifier(**kw):
    base = dict(
        patron_patterns=(r"2\d{9}",),
        item_patterns=(r"1\d{9}",),
        technician_patterns=(r"TECH-\d{4}",),
        check_digit="mod10w21",
    )
    base.update(kw)
    return Classifier(ClassifierConfig(**base))


def with_luhn(s):
    return s + cd.compute(s, "mod10w21")


def test_classification_by_pattern_with_start_stop_and_check_digit():
    c = classifier()
    item = with_luhn("1000000001")
    s = c.classify("A" + item + "B")
    assert (s.kind, s.value, s.symbology) == (ScanKind.ITEM, "1000000001", "nw7")
    assert c.classify(item).kind == ScanKind.ITEM  # scanner set to strip start/stop
    assert c.classify("a" + with_luhn("2000000001") + "d").kind == ScanKind.PATRON
    assert c.classify("TECH-0001").kind == ScanKind.TECHNICIAN
    bad = c.classify("A" + item[:-1] + str((int(item[-1]) + 1) % 10) + "B")
    assert bad.kind == ScanKind.INVALID and bad.reason == "check_digit" and bad.value == ""
    assert c.classify(with_luhn("3000000001")).kind == ScanKind.UNKNOWN
    assert c.classify("\x00\x01junk").kind == ScanKind.INVALID
    assert "1000000001" not in repr(s)  # identities stay out of reprs


def test_scanner_that_strips_the_check_digit():
    c = classifier(check_digit_transmitted=False)
    assert c.classify("1000000001").kind == ScanKind.ITEM


@pytest.mark.parametrize(
    "code, reason",
    [
        ("9784101010014", "isbn"),  # ISBN-13 (upper row of the book code)
        ("9791234567896", "isbn"),
        ("1920193016000", "book_price_row"),  # C-code and price row
        ("4910012340123", "magazine"),
    ],
)
def test_book_codes_are_never_items(code, reason):
    assert cd.ean_check(code[:12]) == code[12]
    c = classifier(item_patterns=(r"\d{13}",), check_digit="none")
    s = c.classify(code)
    assert s.kind == ScanKind.IGNORED and s.reason == reason


def test_aim_symbology_identifiers():
    c = classifier(item_patterns=(r"\d{13}",), check_digit="none")
    assert c.classify("]E04901234567894").kind == ScanKind.IGNORED  # any EAN/JAN symbol
    s = classifier(check_digit="none").classify("]F0A1000000001B")
    assert s.kind == ScanKind.ITEM and s.symbology == "nw7"


# ---- keyboard wedge ---------------------------------------------------------------------------------------------


def events_for(text, layout, t0=100.0):
    t = t0
    out = []
    for code, shift in keys_for(text, layout) + [(KEY_ENTER, False)]:
        if shift:
            out.append((EV_KEY, KEY_LEFTSHIFT, 1, t))
        out += [(EV_KEY, code, 1, t), (EV_KEY, code, 0, t + 0.001)]
        if shift:
            out.append((EV_KEY, KEY_LEFTSHIFT, 0, t + 0.002))
        t += 0.005
    return out


def feed_all(decoder, events):
    return [s for e in events if (s := decoder.feed(*e)) is not None]


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100)
@given(
    text=st.text(alphabet="0123456789-$:/.+ABCDabcdTECH", min_size=1, max_size=20),
    layout=st.sampled_from(["jis", "us"]),
)
def test_wedge_round_trip_in_the_scanners_own_layout(text, layout):
    (scan,) = feed_all(WedgeDecoder(layout), events_for(text, layout))
    assert scan.ok and scan.text == text


def test_codabar_symbols_differ_between_jis_and_us():
    # '+' on a JIS scanner is Shift+';' — read with the US layout it would become ':'
    assert keys_for("+", "jis") == [(39, True)]
    assert char_for(39, True, "us") == ":"
    assert keys_for(":", "jis") == [(40, False)]
    (wrong,) = feed_all(WedgeDecoder("us"), events_for("A12:34+B", "jis"))
    assert wrong.text != "A12:34+B"
    (right,) = feed_all(WedgeDecoder("jis"), events_for("A12:34+B", "jis"))
    assert right.text == "A12:34+B"


def test_wedge_partial_scan_is_dropped_after_a_pause_and_unknown_keys_flag_it():
    d = WedgeDecoder("jis")
    partial = events_for("123", "jis")[:-2]  # no Enter
    assert feed_all(d, partial) == []
    (scan,) = feed_all(d, events_for("456", "jis", t0=200.0))
    assert scan.text == "456"
    (bad,) = feed_all(d, [(EV_KEY, 2, 1, 300.0), (EV_KEY, 183, 1, 300.0), (EV_KEY, KEY_ENTER, 1, 300.0)])
    assert not bad.ok
    assert d.feed(3, 0, 0, 301.0) is None  # non-key events are ignored


@dataclass
class FakeEvent:
    type: int
    code: int
    value: int
    sec: int
    usec: int


class FakeInputDevice:
    """Stands in for evdev.InputDevice: this machine has no /dev/input and no uinput."""

    def __init__(self, events, fail_after=False):
        self.events = events
        self.grabbed = False
        self.fail_after = fail_after
        self.closed = threading.Event()

    def grab(self):
        self.grabbed = True

    def ungrab(self):
        self.grabbed = False

    def close(self):
        self.closed.set()

    def read_loop(self):
        for t, c, v, ts in self.events:
            yield FakeEvent(t, c, v, int(ts), int((ts % 1) * 1e6))
        if self.fail_after:
            raise OSError(19, "No such device")
        self.closed.wait(30)


def test_evdev_scanner_grabs_decodes_and_reconnects():
    item = with_luhn("1000000001")
    devices = [
        FakeInputDevice(events_for("A" + item + "B", "jis"), fail_after=True),  # then unplugged
        FakeInputDevice(events_for("TECH-0001", "jis", t0=500.0)),
    ]
    opened = []

    def factory(path):
        dev = devices[len(opened)]
        opened.append(dev)
        return dev

    sc = EvdevScanner(
        "/dev/input/by-id/usb-scanner-event-kbd", classifier(), layout="jis", device_factory=factory, reopen_s=0.05
    )
    sc.start()
    try:
        first = sc.read(timeout=10)
        assert first.kind == ScanKind.ITEM and first.value == "1000000001"
        assert devices[0].grabbed or devices[0].closed.is_set()
        second = sc.read(timeout=10)
        assert second.kind == ScanKind.TECHNICIAN
        assert devices[1].grabbed
    finally:
        sc.stop()
    assert len(opened) == 2 and not devices[1].grabbed


def test_evdev_missing_is_a_typed_error(monkeypatch):
    import builtins

    from hardware.barcode.errors import EvdevUnavailable

    real_import = builtins.__import__

    def no_evdev(name, *a, **kw):
        if name == "evdev":
            raise ImportError("no evdev")
        return real_import(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", no_evdev)
    sc = EvdevScanner("/dev/input/event0", classifier())
    with pytest.raises(EvdevUnavailable):
        sc._open()


# ---- serial scanner over a pty ----------------------------------------------------------------------------------


@pytest.fixture
def scanner_sim(tmp_path):
    sim = ScannerSim(link_dir=tmp_path)
    sim.start()
    yield sim
    sim.stop()


def test_serial_scanner_delivers_classified_scans(scanner_sim, caplog):
    caplog.set_level(logging.DEBUG)
    got: queue.Queue = queue.Queue()
    sc = SerialScanner(scanner_sim.path, classifier(), reopen_s=0.05)
    sc.start(on_scan=got.put)
    try:
        assert sc.wait_connected(10)
        item = with_luhn("1000000001")
        scanner_sim.scan("A" + item + "B")
        s = got.get(timeout=10)
        assert s.kind == ScanKind.ITEM and s.value == "1000000001" and s.source.startswith("serial:")
        scanner_sim.scan("9784101010014", suffix=b"\r\n")
        assert got.get(timeout=10).kind == ScanKind.IGNORED
        # garbage, then a good scan split in small pieces
        scanner_sim.send_raw(b"\x00\xff\xfe\r")
        assert got.get(timeout=10).kind == ScanKind.INVALID
        scanner_sim.chunk_size = 2
        scanner_sim.scan(with_luhn("2000000001"))
        assert got.get(timeout=10).kind == ScanKind.PATRON
        assert got.empty()
    finally:
        sc.stop()
    text = "\n".join(r.getMessage() + str(getattr(r, "fields", "")) for r in caplog.records)
    assert "1000000001" not in text and "2000000001" not in text and "barcode.scan" in text


def test_a_scanner_with_a_callback_keeps_no_scan_once_delivered(scanner_sim):
    # the kiosk's way: every scan to the callback; none may stay behind in the scanner (a patron's card number
    # after their session, and memory that grows with the patrons up to a queue nobody reads)
    got = []
    sc = SerialScanner(scanner_sim.path, classifier(), reopen_s=0.05)
    sc.start(on_scan=lambda scan: got.append(scan.kind))
    try:
        assert sc.wait_connected(10)
        patrons = [with_luhn(f"20000000{n:02d}") for n in range(5)]
        for code in patrons:
            scanner_sim.scan(code)
        wait_for(lambda: len(got) == 5, 10)
        assert got == [ScanKind.PATRON] * 5
        assert sc.read(timeout=0.2) is None
        gc.collect()
        kept = [o for o in gc.get_objects() if isinstance(o, Scan) and o.value in patrons]
        assert kept == []
    finally:
        sc.stop()


def test_a_scanner_read_by_hand_keeps_only_the_latest_scans_until_it_stops(scanner_sim):
    """Without a callback the scans wait for read(), a few at most (the newest), and none once it stops."""
    sc = SerialScanner(scanner_sim.path, classifier(), reopen_s=0.05)
    sc.start()
    try:
        assert sc.wait_connected(10)
        sent = [with_luhn(f"2{n:09d}") for n in range(PENDING_MAX + 5)]
        for code in sent:
            scanner_sim.scan(code)
        deadline = time.monotonic() + 10
        while sc.scans < len(sent) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert sc.scans == len(sent)
        kept = []
        while (s := sc.read(timeout=0)) is not None:
            kept.append(s.value)
        assert kept == [c[:-1] for c in sent[-PENDING_MAX:]]
        scanner_sim.scan(sent[0])  # one more nobody reads before the scanner stops
        while sc.scans == len(sent) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert sc.scans == len(sent) + 1
    finally:
        sc.stop()
    assert sc.read(timeout=0) is None


def test_serial_scanner_unplugged_and_back(scanner_sim):
    sc = SerialScanner(scanner_sim.path, classifier(), reopen_s=0.05, line_timeout_s=0.3)
    sc.start()
    try:
        assert sc.wait_connected(10)
        scanner_sim.send_raw(b"A10000")  # half a code, then the cable is pulled
        scanner_sim.unplug()
        deadline = threading.Event()
        for _ in range(200):
            if not sc.connected:
                break
            deadline.wait(0.05)
        assert not sc.connected
        scanner_sim.replug()
        assert sc.wait_connected(10)
        scanner_sim.scan("TECH-0002")
        s = sc.read(timeout=10)
        assert s.kind == ScanKind.TECHNICIAN and s.value == "TECH-0002"  # the half code did not stick to it
    finally:
        sc.stop()


@pytest.mark.skipif(not __import__("os").path.exists("/dev/uinput"), reason="no /dev/uinput on this machine")
def test_real_keyboard_wedge_through_uinput():  # pragma: no cover - runs only where uinput exists
    evdev = pytest.importorskip("evdev")
    from evdev import UInput
    from evdev import ecodes as e

    with UInput({e.EV_KEY: list(range(1, 128))}, name="kiosk-test-scanner") as ui:
        import time as _t

        _t.sleep(0.5)
        sc = EvdevScanner(ui.device.path, classifier(), layout="us")
        sc.start()
        try:
            assert sc.wait_connected(10)
            for code, shift in keys_for("TECH-0003", "us") + [(KEY_ENTER, False)]:
                if shift:
                    ui.write(e.EV_KEY, KEY_LEFTSHIFT, 1)
                ui.write(e.EV_KEY, code, 1)
                ui.write(e.EV_KEY, code, 0)
                if shift:
                    ui.write(e.EV_KEY, KEY_LEFTSHIFT, 0)
                ui.syn()
            assert sc.read(timeout=10).kind == ScanKind.TECHNICIAN
        finally:
            sc.stop()
        assert evdev is not None


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=150)
@given(
    prefix=st.sampled_from(["978", "979", "191", "192", "491"]),
    body=st.text(alphabet="0123456789", min_size=9, max_size=9),
)
def test_book_codes_are_ignored_even_when_an_item_pattern_matches_everything(prefix, body):
    code = prefix + body
    code += cd.ean_check(code)
    c = Classifier(ClassifierConfig(item_patterns=(r".*",), patron_patterns=(r".*",)))
    assert c.classify(code).kind == ScanKind.IGNORED


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=300)
@given(st.text(max_size=80))
def test_any_input_gets_a_kind_and_never_an_exception(raw):
    s = classifier().classify(raw)
    assert isinstance(s.kind, ScanKind)
    if s.kind in (ScanKind.INVALID,):
        assert s.value == ""
