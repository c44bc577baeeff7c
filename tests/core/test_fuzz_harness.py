"""The fuzz harness (fuzz/): what counts as a finding, how reproducers are kept and replayed, that the plain engine
finds a planted defect, and that every target still runs its seeds against today's parsers (a target that no longer
fits its parser would fuzz nothing)."""

from __future__ import annotations

import json
import time

import pytest

from fuzz import engines, harness, targets
from fuzz.harness import Reader, Recorder, Target


class LayerError(Exception):
    reason = "layer_reason"


def parser(data: bytes) -> str:
    """A small parser with one planted defect: a length byte of 0xFF reads past the end (IndexError)."""
    if not data:
        raise LayerError("empty")
    n = data[0]
    if n == 0xFF:
        return str(data[1000])
    return data[1 : 1 + n].hex()


TOY = Target("toy", "a parser with a planted defect", parser, (LayerError,), lambda: [b"\x02ab", b"\x01x"])


def test_typed_errors_are_answers_and_anything_else_is_a_crash():
    answered = harness.execute(TOY, b"\x01a")
    assert (answered.kind, answered.label) == ("ok", "61")
    typed = harness.execute(TOY, b"")
    assert typed.kind == "ok" and typed.label == "layer_reason"
    crash = harness.execute(TOY, b"\xff")
    assert crash.kind == "crash" and crash.error.startswith("IndexError")
    assert crash.where.startswith("tests/core/test_fuzz_harness.py:") and crash.where.endswith("in parser")


def test_an_input_slower_than_the_limit_is_a_finding():
    slow = Target("slow", "sleeps", lambda data: time.sleep(harness.SLOW_S * 1.5), (), lambda: [b""])
    assert harness.execute(slow, b"").kind == "slow"


def test_an_endless_input_is_cut_and_reported_as_a_hang(monkeypatch):
    monkeypatch.setattr(harness, "HANG_S", 0.2)

    def endless(data: bytes) -> None:
        while True:
            pass

    out = harness.execute(Target("loop", "spins", endless, (), lambda: []), b"")
    assert out.kind == "hang" and out.where.endswith("in endless")


def test_one_reproducer_per_finding_the_smallest_and_it_replays(tmp_path):
    rec = Recorder("toy", tmp_path)
    big = b"\xff" + b"x" * 50
    first = rec.record(big, harness.execute(TOY, big))
    assert first is not None and first.read_bytes() == big
    assert rec.record(b"\xffy", harness.execute(TOY, b"\xffy")) is None  # the same finding: kept, not new
    assert first.read_bytes() == b"\xffy"  # the smaller input replaced it
    info = json.loads(first.with_suffix(".json").read_text())
    assert info["target"] == "toy" and info["kind"] == "crash" and "IndexError" in info["error"]
    again = Recorder("toy", tmp_path)
    again.load()
    assert again.record(big, harness.execute(TOY, big)) is None  # a later run knows it already
    assert harness.replay(TOY, first.read_bytes()).kind == "crash"


def test_the_plain_engine_finds_the_planted_defect_and_keeps_its_reproducer(tmp_path):
    rec = Recorder("toy", tmp_path)
    stats = engines.fuzz_plain(TOY, 30.0, rec, seed=1, max_executions=5000)
    assert [f["kind"] for f in stats.findings] == ["crash"]
    (path,) = (tmp_path / "toy").glob("crash-*.bin")
    assert path.read_bytes()[0] == 0xFF
    assert stats.executions <= 5000 + len(TOY.seeds()) and stats.labels


def test_the_reader_never_fails_past_the_end():
    r = Reader(b"\x00\x03ab")
    assert r.chunk() == b"ab" and r.byte() == 0 and r.u16() == 0 and r.chunk() == b"" and r.rest() == b""
    assert Reader(harness.chunks(b"x", b"yz")).chunk() == b"x"


@pytest.mark.parametrize("name", list(targets.NAMES))
def test_every_target_answers_its_seeds(name):
    target = targets.load(name)
    seeds = target.seeds()
    assert seeds, f"{name} has no seed"
    outcomes = [harness.execute(target, s) for s in seeds]
    assert [o.kind for o in outcomes if o.kind == "crash"] == [], [o.error for o in outcomes]
