"""Catch a long event-loop stall in the act, from outside the process.

The in-process watchdog (ui/stallwatch.py) is a Python thread: while another thread holds the GIL, or the GUI
thread holds it inside a Qt call (PySide6 keeps the GIL through Qt calls), it cannot take a sample. This catcher is
a separate process. The GUI thread writes a heartbeat (CLOCK_MONOTONIC, 8 bytes) into a small file on every beat
(``StallWatch(heartbeat=path)``); the catcher polls it, and when the heartbeat is later than ``--after`` ms it
records at once, for every thread of the kiosk process, the kernel's view (state R/S/D, wait channel, the system
call it is blocked in, CPU and run-queue time) and then the Python stacks of every thread and which one holds the GIL
(``py-spy dump --nonblocking``; with ``--native`` also the native stacks, for which py-spy stops the process for a
second or more, so the stall it catches gets longer), while the stall is still going on.

    .venv/bin/python bench/stallcatch.py --pid PID --heartbeat FILE [--after 150] [--out DIR]

``bench/ui_latency.py --catch 150`` starts it beside the kiosk. Code locations and thread names only: nothing a
patron typed or showed is read (py-spy is not asked for local variables).
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path


def read_beat(path: Path) -> float | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) < 8:
        return None
    return struct.unpack("<d", data[:8])[0]


def steal_ms() -> float:
    """CPU time the hypervisor took from this virtual machine since boot, all CPUs summed (``/proc/stat``)."""
    try:
        with open("/proc/stat", "rb") as f:
            line = f.readline().split()
        return int(line[8]) * 1000 / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def threads(pid: int) -> list[str]:
    """One line per thread: tid, name, state, wait channel, system call, CPU ms, run-queue ms."""
    out = []
    for task in sorted(Path(f"/proc/{pid}/task").iterdir(), key=lambda p: int(p.name)):

        def get(name: str, task: Path = task) -> str:
            try:
                return (task / name).read_text().strip()
            except OSError:
                return "?"

        stat = get("stat")
        state = stat.rsplit(")", 1)[-1].split()[0] if ")" in stat else "?"
        run, wait = (get("schedstat").split() + ["0", "0"])[:2]
        try:
            cpu, runq = int(run) / 1e6, int(wait) / 1e6
        except ValueError:
            cpu = runq = float("nan")
        sc = get("syscall").split()
        # the number (or "running") and its first argument: for futex (202) the lock's address, so threads waiting
        # on the same lock show the same value; the other arguments are left out
        syscall = " ".join(sc[:2]) if sc else "?"
        out.append(
            f"{task.name:>7} {get('comm'):<16} {state} wchan={get('wchan'):<24} syscall={syscall:<22} "
            f"cpu={cpu:.1f}ms runq={runq:.1f}ms"
        )
    return out


def capture(pid: int, late_ms: float, out: Path, n: int, stolen_ms: float, native: bool = False) -> Path:
    path = out / f"stall-{n:03d}.txt"
    lines = [
        f"heartbeat late by {late_ms:.0f} ms at capture; load average {os.getloadavg()}",
        f"taken by the hypervisor (steal, all CPUs) since the last fresh heartbeat: {stolen_ms:.0f} ms",
        "",
        "threads:",
    ]
    lines += threads(pid)
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    # first without stopping the process (Python stacks, and which thread holds the GIL), then, if asked, with the
    # native frames, for which py-spy stops every thread for a second or more: that lengthens the stall it catches
    runs = [("py-spy dump --nonblocking", ["dump", "--nonblocking"])]
    if native:
        runs.append(("py-spy dump --native (stops the process meanwhile)", ["dump", "--native"]))
    for title, argv in runs:
        t0 = time.monotonic()
        try:
            r = subprocess.run([spy, *argv, "--pid", str(pid)], capture_output=True, text=True, timeout=30)
            dump = r.stdout + r.stderr
        except (OSError, subprocess.TimeoutExpired) as e:
            dump = f"py-spy failed: {e}"
        lines += ["", f"{title} ({(time.monotonic() - t0) * 1000:.0f} ms to take):", dump]
    lines += ["threads after the dump:"] + threads(pid)
    path.write_text("\n".join(lines))
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--heartbeat", type=Path, required=True)
    ap.add_argument("--after", type=float, default=150.0, help="capture when the heartbeat is this late (ms)")
    ap.add_argument("--out", type=Path, default=Path("stalls"))
    ap.add_argument("--native", action="store_true", help="also native stacks (stops the process for a moment)")
    ap.add_argument("--poll", type=float, default=5.0, help="ms between looks at the heartbeat")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    caught_beat = None
    n = 0
    steal_fresh = steal_ms()
    while Path(f"/proc/{args.pid}").exists():
        time.sleep(args.poll / 1000)
        beat = read_beat(args.heartbeat)
        if beat is None or beat == 0.0:
            continue  # not started, or paused between sessions
        late = (time.monotonic() - beat) * 1000
        if late < args.poll * 4:
            steal_fresh = steal_ms()
        if late > args.after and beat != caught_beat:
            caught_beat = beat  # one capture per stall
            n += 1
            p = capture(args.pid, late, args.out, n, steal_ms() - steal_fresh, args.native)
            print(f"stallcatch: heartbeat {late:.0f} ms late, captured {p}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
