"""``python -m fuzz``: run fuzz targets for a while, or replay reproducers (see ``fuzz/README.md``).

    python -m fuzz --list
    python -m fuzz sip2_codec --seconds 300          # one target (coverage-guided when atheris is installed)
    python -m fuzz --all --seconds 120               # every target in turn
    python -m fuzz --engine plain ocsp --seconds 60  # random mutation, without atheris
    python -m fuzz --replay fuzz/findings/sip2_codec/crash-0123456789.bin

Exit status: 0 nothing new found, 1 a new finding (or a replayed reproducer still fails), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from fuzz import engines, harness, targets

WORK_DIR = Path(__file__).resolve().parent / "work"


def _summary(st: engines.Stats) -> str:
    rate = st.executions / st.seconds if st.seconds else 0.0
    top = sorted(st.labels.items(), key=lambda kv: -kv[1])[:6]
    answers = ", ".join(f"{k} {v}" for k, v in top) or "-"
    lines = [
        f"{st.target} [{st.engine}]: {st.executions} executions in {st.seconds:.0f} s ({rate:.0f}/s), "
        f"corpus {st.corpus}, slowest {st.slowest_ms:.1f} ms, RSS {st.rss_start / 2**20:.0f} -> "
        f"{st.rss_end / 2**20:.0f} MB",
        f"  answers: {answers}",
    ]
    for f in st.findings:
        lines.append(f"  FINDING {f['kind']}: {f['error'] or ''} {f['where'] or ''} -> {f['file']}".rstrip())
    if not st.findings:
        lines.append("  no new finding")
    return "\n".join(lines)


def _run_plain(name: str, seconds: float, findings: Path, seed: int | None) -> engines.Stats:
    target = targets.load(name)
    recorder = harness.Recorder(name, findings)
    recorder.load()
    stats_path = WORK_DIR / f"{name}.stats.json"
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    return engines.fuzz_plain(target, seconds, recorder, seed=seed, stats_path=stats_path)


def _run_atheris(name: str, seconds: float, findings: Path, seed: int | None) -> engines.Stats:
    """In a child process (libFuzzer ends its process); its slow inputs are then timed here, uninstrumented."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    stats_path = WORK_DIR / f"{name}.stats.json"
    slow_dir = WORK_DIR / f"{name}.slow"
    stats_path.unlink(missing_ok=True)
    for old in slow_dir.glob("*.bin") if slow_dir.is_dir() else []:
        old.unlink()
    log = WORK_DIR / f"{name}.libfuzzer.log"
    cmd = [sys.executable, "-m", "fuzz", "--worker", name, "--seconds", str(seconds), "--findings", str(findings)]
    if seed is not None:
        cmd += ["--seed", str(seed)]
    with open(log, "wb") as out:
        subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, timeout=seconds + 600, check=False)
    if not stats_path.exists():
        raise SystemExit(f"{name}: the atheris worker wrote no figures; see {log}")
    data = json.loads(stats_path.read_text())
    st = engines.Stats(**data)
    target = targets.load(name)
    recorder = harness.Recorder(name, findings)
    recorder.load()
    for path in sorted(slow_dir.glob("*.bin")) if slow_dir.is_dir() else []:
        d = path.read_bytes()
        best = harness.confirm_slow(target, d)
        if best > harness.SLOW_S:
            saved = recorder.record(d, harness.Outcome("slow", best))
            if saved is not None:
                st.findings.append({"kind": "slow", "error": f"{best * 1000:.0f} ms", "where": "", "file": str(saved)})
    st.corpus = len(list((WORK_DIR / "corpus" / name).glob("*")))
    return st


def _worker(name: str, seconds: float, findings: Path, seed: int | None) -> None:
    recorder = harness.Recorder(name, findings)
    recorder.load()
    engines.fuzz_atheris(
        lambda: targets.load(name),
        seconds,
        recorder,
        corpus_dir=WORK_DIR / "corpus" / name,
        stats_path=WORK_DIR / f"{name}.stats.json",
        slow_dir=WORK_DIR / f"{name}.slow",
        seed=seed,
    )


def _replay(paths: list[Path], name: str | None) -> int:
    failing = 0
    for path in paths:
        target_name = name
        info = path.with_suffix(".json")
        if target_name is None and info.exists():
            target_name = json.loads(info.read_text())["target"]
        if target_name is None:
            target_name = path.parent.name
        target = targets.load(target_name)
        outcome = harness.replay(target, path.read_bytes())
        failing += outcome.finding
        print(f"{path}: {target_name}: {harness.describe(outcome)}")
        if outcome.kind == "crash":
            print(outcome.trace.rstrip())
    return 1 if failing else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.split("\n\n")[0])
    ap.add_argument("targets", nargs="*", help="targets to fuzz (see --list)")
    ap.add_argument("--all", action="store_true", help="every target, one after the other")
    ap.add_argument("--seconds", type=float, default=60.0, help="time per target (default 60)")
    ap.add_argument("--engine", choices=("auto", "atheris", "plain"), default="auto")
    ap.add_argument("--seed", type=int, help="random seed (repeatable runs)")
    ap.add_argument("--findings", type=Path, default=harness.FINDINGS_DIR, help="where reproducers are saved")
    ap.add_argument("--list", action="store_true", help="list the targets")
    ap.add_argument("--replay", nargs="+", type=Path, metavar="FILE", help="run reproducers again")
    ap.add_argument("--target", help="with --replay: the target (default: from the reproducer's .json)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        _worker(args.worker, args.seconds, args.findings, args.seed)
        return 0
    if args.list:
        for name in targets.NAMES:
            print(f"{name:16} {targets.load(name).what}")
        return 0
    if args.replay:
        return _replay(args.replay, args.target)
    names = list(targets.NAMES) if args.all else args.targets
    unknown = [n for n in names if n not in targets.NAMES]
    if not names or unknown:
        ap.error(f"unknown target {unknown[0]!r}" if unknown else "name a target, or --all")
    engine = args.engine
    if engine == "auto":
        engine = "atheris" if engines.atheris_available() else "plain"
    elif engine == "atheris" and not engines.atheris_available():
        ap.error("atheris is not installed (pip install -e '.[fuzz]'), use --engine plain")
    new = 0
    for name in names:
        run = _run_atheris if engine == "atheris" else _run_plain
        st = run(name, args.seconds, args.findings, args.seed)
        print(_summary(st), flush=True)
        new += len(st.findings)
    return 1 if new else 0


if __name__ == "__main__":
    raise SystemExit(main())
