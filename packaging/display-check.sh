#!/usr/bin/env bash
# The installed kiosk on a Wayland kiosk compositor, as the two units run it, without systemd and without a GPU:
#   bash packaging/display-check.sh OUTDIR        (as root, with mynumber-kiosk installed; used by ci-package.sh)
# cage (headless backend, pixman renderer) runs as the user "kiosk" with the placeholder client of
# kiosk-display.service; `kiosk run` connects to /run/kiosk-display/wayland-0 with kiosk.service's environment; a
# datagram socket stands in for systemd and must receive READY=1 (the window is shown and its event loop runs, with
# W^X memory as under MemoryDenyWriteExecute=); the kiosk must then stay up; the shared libraries it loaded are
# listed (OUTDIR/kiosk-libraries.txt). grim takes a screenshot (OUTDIR/kiosk-under-cage.png), which must not be
# blank.
# Everything runs in private mount and network namespaces: a /tmp of its own (cage's Xwayland sockets, as with
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

# kiosk-display.service's command, the headless backend standing in for the GPU and the seat
runuser -u kiosk -- env XDG_RUNTIME_DIR=/run/kiosk-display WLR_BACKENDS=headless WLR_RENDERER=pixman \
    WLR_LIBINPUT_NO_DEVICES=1 /usr/bin/cage -d -- /bin/sleep infinity >"$out/cage.log" 2>&1 &
pids+=($!)

# systemd's notify socket
/opt/mynumber-kiosk/bin/python - <<'PY' &
import os, socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind("/run/notify")
os.chmod("/run/notify", 0o666)
s.settimeout(120)
try:
    print(s.recv(4096).decode(), file=open("/run/notify.out", "w"), flush=True)
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
/opt/mynumber-kiosk/bin/python - "$out/kiosk-under-cage.png" <<'PY'
import sys
from PIL import Image
im = Image.open(sys.argv[1]).convert("RGB")
colours = im.getcolors(1 << 20) or []
print(f"display-check: screenshot {im.width}x{im.height}, {len(colours)} colours", file=sys.stderr)
sys.exit(0 if len(colours) > 16 else "display-check: the screenshot is blank")
PY
