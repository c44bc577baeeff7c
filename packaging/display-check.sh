#!/usr/bin/env bash
# The installed kiosk on a Wayland kiosk compositor, as the two units run it, without systemd and without a GPU:
#   bash packaging/display-check.sh OUTDIR        (as root, with mynumber-kiosk installed; used by ci-package.sh)
# cage (pixman renderer) runs as the user "kiosk" with the placeholder client of kiosk-display.service; `kiosk run`
# connects to /run/kiosk-display/wayland-0 with kiosk.service's environment; a datagram socket stands in for systemd
# and must receive READY=1 (the window is shown and its event loop runs, with W^X memory as under
# MemoryDenyWriteExecute=); the kiosk must then stay up and fill cage's output: the window it reports (its "ui.window"
# log event) is its screen's size, grim's screenshot of the output (OUTDIR/kiosk-under-cage.png) is that size, is not
# blank, and has no compositor background at its corners. The shared libraries the kiosk loaded are listed
# (OUTDIR/kiosk-libraries.txt).
# The display: on the appliance cage drives the screen through DRM; here it runs on wlroots' X11 backend in an Xvfb
# (an output and a seat, like a kiosk's screen and touch panel). Its headless backend cannot stand in: with cage 0.1.4
# and wlroots 0.15 it stopped sending frame callbacks, so a screenshot showed a client's first frame only, and none
# at all once the client's buffer was scanned out directly.
# Everything runs in private mount and network namespaces: a /tmp of its own (the X and Xwayland sockets, as with
# PrivateTmp=), loopback only.
set -euo pipefail
out=$(realpath -m "${1:?usage: display-check.sh OUTDIR}")
mkdir -p "$out"
if [ -z "${KIOSK_DISPLAY_CHECK_INSIDE:-}" ]; then
    exec env KIOSK_DISPLAY_CHECK_INSIDE=1 unshare --mount --net --propagation private "$0" "$@"
fi
exec 9<"$out"  # OUTDIR stays reachable through this descriptor under the mounts below
out=/proc/$$/fd/9
ip link set lo up
mount -t tmpfs -o mode=1777 tmpfs /tmp
mount -t tmpfs -o mode=755 tmpfs /run  # /run/kiosk-display and /run/kiosk as RuntimeDirectory= makes them
install -d -m 0700 -o kiosk -g kiosk /run/kiosk-display /run/kiosk /tmp/cache
say() { echo "display-check: $*" >&2; }
pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT

# the screen: an X server without a GPU, larger than the output wlroots opens on it (1024x768)
runuser -u kiosk -- Xvfb :9 -screen 0 1280x1024x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -S /tmp/.X11-unix/X9 ] && break; sleep 0.1; done
[ -S /tmp/.X11-unix/X9 ] || { say "Xvfb made no socket"; cat "$out/xvfb.log" >&2; exit 1; }

# kiosk-display.service's command, on that screen
runuser -u kiosk -- env XDG_RUNTIME_DIR=/run/kiosk-display DISPLAY=:9 WLR_BACKENDS=x11 WLR_RENDERER=pixman \
    /usr/bin/cage -d -- /bin/sleep infinity >"$out/cage.log" 2>&1 &
pids+=($!)

# systemd's notify socket
/opt/mynumber-kiosk/bin/python - <<'PY' &
import os, socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind("/run/notify")
os.chmod("/run/notify", 0o666)
s.settimeout(120)
# as systemd reads it: each datagram holds lines of assignments (READY=1 comes with the first STATUS=)
try:
    while True:
        lines = s.recv(4096).decode().splitlines()
        if "READY=1" in lines:
            print("READY=1", file=open("/run/notify.out", "w"), flush=True)
            break
except TimeoutError:
    pass
PY
notify_pid=$!

# kiosk.service's ExecStartPre (wait for the compositor's socket, check the configuration) and ExecStart
export WAYLAND_DISPLAY=/run/kiosk-display/wayland-0
for _ in $(seq 100); do [ -S "$WAYLAND_DISPLAY" ] && break; sleep 0.1; done
[ -S "$WAYLAND_DISPLAY" ] || { say "cage made no socket"; cat "$out/cage.log" >&2; exit 1; }
runuser -u kiosk -- /opt/mynumber-kiosk/bin/kiosk --config /etc/kiosk/kiosk.toml config check >/dev/null
start=$(date +%s)
# with writable memory never made executable, as kiosk.service's MemoryDenyWriteExecute=yes has it (the kernel's
# PR_SET_MDWE, Linux 6.3 and later; where it is missing the kiosk runs without and the log says so)
w_xor_x='import ctypes, os, sys
if ctypes.CDLL(None).prctl(65, 1, 0, 0, 0) != 0:
    print("display-check: no PR_SET_MDWE here: running without W^X", file=sys.stderr)
os.execv(sys.argv[1], sys.argv[1:])'
runuser -u kiosk -- env QT_QPA_PLATFORM=wayland WAYLAND_DISPLAY="$WAYLAND_DISPLAY" XDG_RUNTIME_DIR=/run/kiosk \
    XDG_CACHE_HOME=/tmp/cache NOTIFY_SOCKET=/run/notify \
    /opt/mynumber-kiosk/bin/python -c "$w_xor_x" \
    /opt/mynumber-kiosk/bin/kiosk --config /etc/kiosk/kiosk.toml run >"$out/kiosk-run.log" 2>&1 &
kiosk_pid=$!
pids+=($kiosk_pid)
wait "$notify_pid" || true
if [ "$(cat /run/notify.out 2>/dev/null)" != "READY=1" ]; then
    say "no READY=1 from the kiosk"; tail -20 "$out/kiosk-run.log" >&2; exit 1
fi
say "READY=1 after $(( $(date +%s) - start )) s"
sleep 5
kiosk_python=$(pgrep -u kiosk -f "kiosk --config /etc/kiosk/kiosk.toml run" | head -1)
[ -n "$kiosk_python" ] || { say "the kiosk stopped"; tail -20 "$out/kiosk-run.log" >&2; exit 1; }
# the shared libraries the running kiosk loaded (ci-package.sh checks that the package's dependencies bring them)
awk '$6 ~ /\.so/ {print $6}' "/proc/$kiosk_python/maps" | sort -u >"$out/kiosk-libraries.txt"
runuser -u kiosk -- env XDG_RUNTIME_DIR=/run/kiosk-display grim /run/kiosk-display/shot.png
cp /run/kiosk-display/shot.png "$out/kiosk-under-cage.png"
/opt/mynumber-kiosk/bin/python - "$out/kiosk-under-cage.png" "$out/kiosk-run.log" <<'PY'
import json, sys
from PIL import Image
im = Image.open(sys.argv[1]).convert("RGB")
colours = im.getcolors(1 << 20) or []
print(f"display-check: screenshot {im.width}x{im.height}, {len(colours)} colours", file=sys.stderr)
if len(colours) <= 16:
    sys.exit("display-check: the screenshot is blank")
windows = []
for line in open(sys.argv[2], encoding="utf-8", errors="replace"):
    try:
        record = json.loads(line)
    except ValueError:
        continue
    if isinstance(record, dict) and record.get("event") == "ui.window":
        windows.append(record)
if not windows:
    sys.exit("display-check: the kiosk logged no ui.window event")
w = windows[-1]
window, screen = (w["width"], w["height"]), (w["screen_width"], w["screen_height"])
print(f"display-check: the kiosk's window {window[0]}x{window[1]} on a {screen[0]}x{screen[1]} screen",
      file=sys.stderr)
if window != screen or screen != im.size:
    sys.exit("display-check: the kiosk does not fill cage's output")
# where no client covers the output, cage shows its black background
corners = [(0, 0), (im.width - 8, 0), (0, im.height - 8), (im.width - 8, im.height - 8)]
bare = [c for c in corners if all(px == (0, 0, 0) for px in im.crop((*c, c[0] + 8, c[1] + 8)).getdata())]
sys.exit(f"display-check: cage's background shows at {bare}" if bare else 0)
PY
