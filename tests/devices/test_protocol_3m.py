import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware.rfid import protocol_3m as p
from hardware.rfid.errors import ReaderProtocolError

# every ISO 15693 UID starts with E0 (the order on the wire is told by that byte)
uids = st.binary(min_size=7, max_size=7).map(lambda b: ("E0" + b.hex()).upper())
requests = st.one_of(
    st.just(p.Inventory()),
    st.just(p.Probe()),
    st.builds(p.ReadBlocks, uid=uids, start=st.integers(0, 200), count=st.integers(1, 8)),
    st.builds(
        p.WriteBlocks, uid=uids, start=st.integers(0, 20), data=st.binary(min_size=1, max_size=8).map(lambda b: b * 4)
    ),
    st.builds(p.ReadAfi, uid=uids),
    st.builds(p.WriteAfi, uid=uids, afi=st.integers(0, 255)),
    st.builds(p.CheckEas, uid=uids),
    st.builds(p.SetEas, uid=uids, on=st.booleans()),
)


def frames_of(data: bytes):
    d = p.FrameDecoder()
    d.receive_data(data)
    out = []
    while (ev := d.next_event()) is not None:
        out.append(ev)
    return out, d


def test_captured_frames():
    assert p.encode_frame(p.CMD_VERSION, p.PROBE_FIELDS, sof=p.SOF_PROBE) == bytes.fromhex("d500050400118c66")
    (ans,), _ = frames_of(bytes.fromhex("d5000904001 10a0500027250".replace(" ", "")))
    assert p.decode_answer(p.Probe(), ans) == p.VersionResult("10.5.0.2")
    (none,), _ = frames_of(bytes.fromhex("d60007fe00000700af19"))
    assert p.decode_answer(p.Inventory(), none) == p.InventoryResult([])


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=150)
@given(req=requests)
def test_requests_round_trip(req):
    (frame,), d = frames_of(p.encode_request(req))
    assert d.pending == 0
    assert p.decode_request(frame) == req


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100)
@given(req=requests, junk=st.binary(max_size=40), split=st.integers(1, 7))
def test_frames_survive_leading_garbage_and_any_chunking(req, junk, split):
    wire = junk + p.encode_request(req)
    d = p.FrameDecoder()
    frames = []
    for i in range(0, len(wire), split):
        d.receive_data(wire[i : i + split])
        while (ev := d.next_event()) is not None:
            if isinstance(ev, p.Frame):
                frames.append(ev)
    assert frames[-1:] and p.decode_request(frames[-1]) == req


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=300)
@given(st.binary(max_size=300))
def test_decoder_never_raises_on_noise(data):
    frames, _ = frames_of(data)
    for f in frames:
        if isinstance(f, p.Frame):
            try:
                p.decode_answer(p.Inventory(), f)
            except ReaderProtocolError:
                pass


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100)
@given(ids=st.lists(uids, max_size=12), msb_first=st.booleans())
def test_inventory_answers_round_trip(ids, msb_first):
    wire = p.encode_answer(p.Inventory(), p.InventoryResult(ids), msb_first)
    (frame,), _ = frames_of(wire)
    assert p.decode_answer(p.Inventory(), frame, msb_first).uids == ids


def test_answer_from_another_tag_is_refused():
    a, b = "E004015000000001", "E004015000000002"
    (frame,), _ = frames_of(p.encode_answer(p.ReadAfi(uid=a), p.AfiResult(b, 0x07)))
    try:
        p.decode_answer(p.ReadAfi(uid=a), frame)
    except ReaderProtocolError:
        pass
    else:
        raise AssertionError("an answer from another tag was accepted")


def test_hardware_packages_do_not_import_qt():
    code = (
        "import sys, hardware.rfid, hardware.barcode, hardware.printer, hardware.sim.rfid_sim, "
        "hardware.sim.printer_sim, hardware.sim.scanner_sim; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_noise_claiming_a_long_frame_does_not_hide_the_real_one():
    wire = b"\xd5\x00" + p.encode_request(p.Inventory())  # D5 00 D6 … reads as "a 214-byte frame follows"
    frames, _ = frames_of(wire)
    assert [f for f in frames if isinstance(f, p.Frame)] == [p.Frame(p.SOF, p.CMD_INVENTORY, p.INVENTORY_FIELDS)]


def _decoder_lines(noise: bytes) -> int:
    """Python lines the frame decoder runs to take ``noise`` byte by byte (a count, not a time: the same on every
    machine)."""
    executed = 0
    own = p.__file__

    def tracer(frame, event, arg):
        nonlocal executed
        if frame.f_code.co_filename != own:
            return None
        if event == "line":
            executed += 1
        return tracer

    d = p.FrameDecoder()
    sys.settrace(tracer)
    try:
        for i in range(len(noise)):
            d.receive_data(noise[i : i + 1])
            while d.next_event() is not None:
                pass
    finally:
        sys.settrace(None)
    return executed


def test_noise_of_start_bytes_costs_the_decoder_the_same_whatever_length_they_claim():
    """Start bytes that claim long frames, arriving one at a time: each byte is looked at a bounded number of times,
    not once for every byte waiting behind a claimed frame (found by ``python -m fuzz pad_frames``: 4 KB of such
    noise held the pad's thread for a second)."""
    short_claims = _decoder_lines(bytes([p.SOF, 0x01, 0x00]) * 600)  # each claims a 256-byte frame
    long_claims = _decoder_lines(bytes([p.SOF, 0x03, 0x00]) * 600)  # each claims a 768-byte frame
    assert long_claims < 1.5 * short_claims
