#!/usr/bin/env bash
# One entry point for a fresh Debian machine (run as root from the project folder):
#   bash scripts/setup.sh demo   install everything, then run the kiosk in demo mode
#   bash scripts/setup.sh test   install everything, then run the test suite (and the core's suites again in a
#                                virtual environment without PySide6, when no test paths are given)
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
# a pcscd that answers on this machine's socket (a pcscd seen by pgrep may live in another mount namespace)
pcscd_answers() { python3 -c "import socket; socket.socket(socket.AF_UNIX).connect('/run/pcscd/pcscd.comm')" 2>/dev/null; }
if ! pcscd_answers; then
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
    run_tests() {  # run_tests PYTHON ARGS…
      set +e
      setsid "$@" &
      test_pid=$!
      trap 'kill -- -"$test_pid" 2>/dev/null; stop_pcscd' EXIT INT TERM
      wait "$test_pid"
      local rc=$?
      kill -- -"$test_pid" 2>/dev/null
      trap stop_pcscd EXIT
      set -e
      return "$rc"
    }
    rc=0
    run_tests .venv/bin/python -m pytest "$@" || rc=$?
    # The core is headless: its suites (everything but tests/ui) run again where PySide6 is not installed. Only
    # for a whole run (options only, no test paths given), as CI runs it.
    only_options=1
    for a in "$@"; do case "$a" in -*) ;; *) only_options=0 ;; esac; done
    if [ "$rc" = 0 ] && [ "$only_options" = 1 ]; then
      if [ ! -x .venv-core/bin/python ]; then python3 -m venv .venv-core; fi
      core_stamp=.venv-core/.installed-$(sha256sum pyproject.toml | cut -c1-16)
      if [ ! -f "$core_stamp" ]; then
        echo "setup: installing the core's Python packages (no Qt) into .venv-core" >&2
        .venv-core/bin/pip install -q --upgrade pip >/dev/null
        .venv-core/bin/pip install -q -e ".[test]"
        rm -f .venv-core/.installed-*; touch "$core_stamp"
      fi
      if .venv-core/bin/python -c "import PySide6" 2>/dev/null; then
        echo "setup: .venv-core has PySide6; the core's headless run proves nothing" >&2
        exit 1
      fi
      echo "setup: the core's suites again, without PySide6 installed" >&2
      run_tests .venv-core/bin/python -m pytest -p no:cacheprovider "$@" tests --ignore=tests/ui || rc=$?
    fi
    exit "$rc"
    ;;
esac
