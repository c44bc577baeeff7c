#!/usr/bin/env bash
# One entry point for a fresh Debian machine (run as root from the project folder):
#   bash scripts/setup.sh demo   install everything, then run the kiosk in demo mode
#   bash scripts/setup.sh test   install everything, then run the test suite
# It installs the Debian packages in packaging/debian-packages.txt, makes .venv with the Python packages, and starts
# pcscd (with the vpcd virtual reader driver) for as long as the command runs, unless one is already running.
set -euo pipefail
mode="${1:-}"
case "$mode" in demo|test) ;; *) echo "usage: bash scripts/setup.sh demo|test [args…]" >&2; exit 2;; esac
shift
cd "$(dirname "$0")/.."

pkgs=$(grep -v '^\s*#' packaging/debian-packages.txt | grep -v '^\s*$' | tr '\n' ' ')
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing Debian packages:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "setup: installing Python packages into .venv" >&2
  .venv/bin/pip install -q --upgrade pip >/dev/null
  .venv/bin/pip install -q -e ".[dev]"
  rm -f .venv/.installed-*; touch "$stamp"
fi

pcscd_pid=""
stop_pcscd() { if [ -n "$pcscd_pid" ]; then kill "$pcscd_pid" 2>/dev/null || true; wait "$pcscd_pid" 2>/dev/null || true; fi; }
trap stop_pcscd EXIT
if ! pgrep -x pcscd >/dev/null; then
  mkdir -p /run/pcscd
  pcscd --foreground >/tmp/kiosk-pcscd.log 2>&1 &
  pcscd_pid=$!
  for _ in $(seq 50); do [ -S /run/pcscd/pcscd.comm ] && break; sleep 0.1; done
fi

export PATH="$PWD/.venv/bin:$PATH"
case "$mode" in
  demo) .venv/bin/kiosk demo "$@" ;;
  test)
    # pytest runs in a process group of its own, so that any helper process a test leaves behind (a server, a
    # responder) is stopped with it and never holds the terminal or CI's output open
    set +e
    setsid .venv/bin/python -m pytest "$@" &
    test_pid=$!
    trap 'kill -- -"$test_pid" 2>/dev/null; stop_pcscd' EXIT INT TERM
    wait "$test_pid"
    rc=$?
    kill -- -"$test_pid" 2>/dev/null
    exit "$rc"
    ;;
esac
