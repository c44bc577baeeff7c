"""The two ways inputs are made for a target.

- :func:`fuzz_atheris`: coverage-guided (libFuzzer through ``atheris``), the target's modules instrumented when
  they are imported; it runs in a process of its own because libFuzzer ends the process when its time is up.
- :func:`fuzz_plain`: no coverage, no extra package: random mutations of a corpus that starts from the target's
  seeds and keeps every input that made the parser answer something it had not answered before (a new result type
  or a new reason code), a cheap stand-in for coverage.

Both run each input through :func:`fuzz.harness.execute` and keep the findings with a
:class:`fuzz.harness.Recorder`; both write their figures (:class:`Stats`) to a JSON file as they go.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from fuzz import harness
from fuzz.harness import Recorder, Target

#: byte values that tend to sit on boundaries (lengths, signs, ASCII digits and separators)
_INTERESTING = (0x00, 0x01, 0x02, 0x7F, 0x80, 0x81, 0x82, 0x83, 0x84, 0xFF, 0x30, 0x39, 0x7C, 0x0D, 0x0A, 0x20)


@dataclass
class Stats:
    target: str
    engine: str
    seconds: float = 0.0
    executions: int = 0
    corpus: int = 0
    #: the distinct answers seen (result types and reason codes), with how often
    labels: dict[str, int] = field(default_factory=dict)
    findings: list[dict] = field(default_factory=list)
    slowest_ms: float = 0.0
    rss_start: int = 0
    rss_end: int = 0

    def save(self, path: Path | None) -> None:
        if path is not None:
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(asdict(self), indent=1))
            tmp.replace(path)


class _Session:
    """What both engines do with each input: execute it, count it, keep a finding."""

    def __init__(self, target: Target, recorder: Recorder, stats: Stats, stats_path: Path | None) -> None:
        self.target = target
        self.recorder = recorder
        self.stats = stats
        self.stats_path = stats_path
        self._saved = time.monotonic()
        #: slow inputs are confirmed later (best of three, outside any instrumentation)
        self.slow: list[bytes] = []

    def one(self, data: bytes) -> harness.Outcome:
        out = harness.execute(self.target, data)
        st = self.stats
        st.executions += 1
        st.slowest_ms = max(st.slowest_ms, out.seconds * 1000)
        if out.label:
            st.labels[out.label] = st.labels.get(out.label, 0) + 1
        if out.kind == "slow":
            if len(self.slow) < 20:
                self.slow.append(bytes(data))
        elif out.finding:
            self._keep(data, out)
        if time.monotonic() - self._saved > 1.0:
            self._saved = time.monotonic()
            st.rss_end = harness.current_rss()
            st.save(self.stats_path)
        return out

    def _keep(self, data: bytes, out: harness.Outcome) -> None:
        path = self.recorder.record(bytes(data), out)
        if path is not None:
            self.stats.findings.append({"kind": out.kind, "error": out.error, "where": out.where, "file": str(path)})
            self.stats.save(self.stats_path)

    def finish(self, confirm: Callable[[bytes], float] | None) -> None:
        """Confirm the slow inputs (``confirm`` times one the way it should be timed; without it they are left in
        :attr:`slow` for the caller) and save the figures."""
        if confirm is not None:
            for data in self.slow:
                best = confirm(data)
                if best > harness.SLOW_S:
                    self._keep(data, harness.Outcome("slow", best))
            self.slow.clear()
        self.stats.rss_end = harness.current_rss()
        self.stats.save(self.stats_path)


# ------------------------------------------------------------------------------------------------ plain


def mutate(data: bytes, rng: random.Random, corpus: list[bytes], dictionary: tuple[bytes, ...], max_len: int) -> bytes:
    """One to four random edits of ``data``."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(10)
        pos = rng.randint(0, len(buf))
        if op == 0 and buf:  # flip a bit
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
        elif op == 1 and buf:  # a boundary value
            buf[rng.randrange(len(buf))] = rng.choice(_INTERESTING)
        elif op == 2 and buf:  # a random byte
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        elif op == 3 and buf:  # delete a run
            end = min(len(buf), pos + rng.randint(1, 16))
            del buf[pos:end]
        elif op == 4:  # insert random bytes
            buf[pos:pos] = rng.randbytes(rng.randint(1, 8))
        elif op == 5 and buf:  # repeat a run many times (finds quadratic behaviour)
            start = rng.randrange(len(buf))
            run = bytes(buf[start : start + rng.randint(1, 8)])
            buf[pos:pos] = run * rng.choice((2, 16, 256, 2048))
        elif op == 6 and dictionary:  # a keyword
            buf[pos:pos] = rng.choice(dictionary)
        elif op == 7 and corpus:  # splice with another input
            other = rng.choice(corpus)
            cut = rng.randint(0, len(other))
            buf[pos:] = other[cut:]
        elif op == 8:  # truncate
            del buf[pos:]
        elif op == 9 and len(buf) > 1:  # swap two bytes
            i, j = rng.randrange(len(buf)), rng.randrange(len(buf))
            buf[i], buf[j] = buf[j], buf[i]
    return bytes(buf[:max_len])


def fuzz_plain(
    target: Target,
    seconds: float,
    recorder: Recorder,
    *,
    seed: int | None = None,
    stats_path: Path | None = None,
    max_executions: int | None = None,
) -> Stats:
    rng = random.Random(seed)
    stats = Stats(target.name, "plain", rss_start=harness.current_rss())
    session = _Session(target, recorder, stats, stats_path)
    corpus = [s[: target.max_len] for s in target.seeds()] or [b""]
    seen_labels: set[str] = set()
    started = time.monotonic()
    for data in list(corpus):
        seen_labels.add(session.one(data).label)
    while time.monotonic() - started < seconds:
        if max_executions is not None and stats.executions >= max_executions:
            break
        data = mutate(rng.choice(corpus), rng, corpus, target.dictionary, target.max_len)
        out = session.one(data)
        if out.label and out.label not in seen_labels and len(corpus) < 10000:
            seen_labels.add(out.label)
            corpus.append(data)
    stats.corpus = len(corpus)
    stats.seconds = time.monotonic() - started
    session.finish(lambda d: harness.confirm_slow(target, d))
    return stats


# ------------------------------------------------------------------------------------------------ atheris


def atheris_available() -> bool:
    try:
        import atheris  # noqa: F401 - only whether it can be imported
    except ImportError:
        return False
    return True


def fuzz_atheris(
    load: Callable[[], Target],
    seconds: float,
    recorder: Recorder,
    *,
    corpus_dir: Path,
    stats_path: Path,
    slow_dir: Path,
    seed: int | None = None,
) -> None:
    """Coverage-guided fuzzing for ``seconds``, then the process ends (libFuzzer does not return). ``load`` imports
    the target, under atheris's instrumentation. The figures are written to ``stats_path`` every second and at the
    end; the slow inputs go to ``slow_dir`` unconfirmed: the caller times them again without the instrumentation,
    which makes everything several times slower."""
    import atheris  # an optional package: the plain engine runs without it

    with atheris.instrument_imports(include=["kiosk", "hardware", "offline_queue"]):
        target = load()
    stats = Stats(target.name, "atheris", rss_start=harness.current_rss())
    session = _Session(target, recorder, stats, stats_path)
    started = time.monotonic()
    deadline = started + seconds

    def one(data: bytes) -> None:
        session.one(data)
        if time.monotonic() >= deadline:
            stats.seconds = time.monotonic() - started
            slow_dir.mkdir(parents=True, exist_ok=True)
            for i, d in enumerate(session.slow):
                (slow_dir / f"slow-{i}.bin").write_bytes(d)
            session.finish(None)
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)  # libFuzzer would otherwise go on until its own limit

    corpus_dir.mkdir(parents=True, exist_ok=True)
    for i, s in enumerate(target.seeds()):
        path = corpus_dir / f"seed-{i}"
        if not path.exists():
            path.write_bytes(s[: target.max_len])
    args = [
        sys.argv[0],
        str(corpus_dir),
        f"-max_total_time={int(seconds) + 60}",
        f"-max_len={target.max_len}",
        "-timeout=30",
        "-rss_limit_mb=4096",
        "-print_final_stats=1",
    ]
    if seed is not None:
        args.append(f"-seed={seed}")
    if target.dictionary:
        dict_path = corpus_dir.parent / f"{target.name}.dict"
        dict_path.write_text("".join(f'"{_escape(w)}"\n' for w in target.dictionary))
        args.append(f"-dict={dict_path}")
    atheris.Setup(args, one)
    atheris.Fuzz()


def _escape(word: bytes) -> str:
    return "".join(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else f"\\x{b:02X}" for b in word)
