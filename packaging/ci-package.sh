#!/usr/bin/env bash
# CI for the Debian package (run by .ci/run after the tests; as root on a Debian 12 machine where systemd need not
# run): the units' sandbox score, the build, an install with apt, the installed kiosk as the kiosk user, the screen
# under cage, an upgrade, a removal, a purge that must refuse while loans wait, and a purge that leaves nothing but
# what policy keeps. Ends with "package: N passed, 0 failed"; any failed check fails the run at once.
#   bash packaging/ci-package.sh    KIOSK_CI_OUT: where the package and the screenshot go (default build/ci);
#                                   KIOSK_CI_DEB: check this package instead of building one
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
PKG=mynumber-kiosk
UNITS="kiosk.service kiosk-display.service"
MAX_EXPOSURE=20  # systemd-analyze's --threshold is in tenths: 2.0
out=$(realpath -m "${KIOSK_CI_OUT:-build/ci}")
mkdir -p "$out"
passed=0
check() { passed=$((passed + 1)); echo "ci-package: ok - $*" >&2; }
fail() { echo "ci-package: FAIL - $*" >&2; echo "package: $passed passed, 1 failed"; exit 1; }
as_kiosk() { runuser -u kiosk -- "$@"; }
kiosk_cli() { as_kiosk /usr/bin/kiosk --config /etc/kiosk/kiosk.toml "$@"; }

# the tools of the checks themselves (not the package's): Xvfb is the screen cage drives, grim takes the
# screenshot, desktop-file-validate
apt-cache show cage grim desktop-file-utils xvfb >/dev/null 2>&1 || apt-get update -qq
apt-get install -y -qq --no-install-recommends grim desktop-file-utils xvfb >/dev/null

# a machine that had the package before (a developer's) starts from scratch: purged, as on CI
if dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q ' installed\| config-files'; then
    apt-get purge -y -qq "$PKG" >/dev/null || fail "mynumber-kiosk is on this machine and cannot be purged"
fi

# --- 1. the sandbox, offline from the unit files
for unit in $UNITS; do
    file=packaging/root/lib/systemd/system/$unit
    systemd-analyze security --offline=true "$file" | grep -E '^✗' >&2 || true
    score=$(systemd-analyze security --offline=true "$file" | tail -1)
    echo "ci-package: $score" >&2
    systemd-analyze security --offline=true --threshold=$MAX_EXPOSURE "$file" >/dev/null \
        || fail "$unit is exposed above 2.0"
    check "$unit exposure at most 2.0"
done

# --- 2. build
if [ -n "${KIOSK_CI_DEB:-}" ]; then
    deb=$(realpath "$KIOSK_CI_DEB")  # a package built before (by build-deb.sh), to check it again without a build
else
    deb=$(bash packaging/build-deb.sh "$out" | tail -1)
fi
version=$(dpkg-deb -f "$deb" Version)
check "built $(basename "$deb") ($(du -h "$deb" | cut -f1), Installed-Size $(dpkg-deb -f "$deb" Installed-Size) KiB)"

# --- 3. a first install and purge: brings the dependencies, makes the user (which purge keeps, by policy); then
# the machine's files are written down, to compare with after the real cycle below
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
getent passwd kiosk >/dev/null || fail "no kiosk user after install"
apt-get purge -y -qq "$PKG" >/dev/null
check "first install and purge"
snapshot() {  # every path the package may touch, with the content of /etc's files
    find /etc /opt /usr /lib /var/lib /var/cache -xdev \
        \( -path /var/lib/apt -o -path /var/lib/dpkg -o -path /var/cache/apt -o -path /var/cache/debconf \
        -o -path /var/cache/man -o -path /var/lib/postgresql -o -path /etc/ld.so.cache -o -name __pycache__ \
        -o -path /var/lib/ucf -o -path /var/lib/systemd/timers \) -prune -o -print | sort
    find /etc -xdev -type f ! -name ld.so.cache -exec sha256sum {} + 2>/dev/null | sort -k2
}
snapshot >"$out/before.txt"

# --- 4. install, and the installed kiosk as the kiosk user
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
app_version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
[ "$(as_kiosk kiosk --version)" = "kiosk $app_version" ] || fail "kiosk --version: $(as_kiosk kiosk --version)"
check "kiosk --version, as the kiosk user, says $app_version"
kiosk_cli config check || fail "kiosk config check on the example file"
check "kiosk config check on /etc/kiosk/kiosk.toml (the example)"
cmp -s /etc/kiosk/kiosk.toml /usr/share/$PKG/kiosk.toml.example || fail "/etc/kiosk/kiosk.toml is not the example"
if grep -E '^[a-z_0-9]+ *=' /etc/kiosk/kiosk.toml; then fail "a key is not commented out in the example"; fi
check "the example configuration has every key commented"
[ "$(stat -c '%a %U %G' /etc/kiosk/kiosk.toml)" = "640 root kiosk" ] || fail "mode of kiosk.toml"
[ "$(stat -c '%a %U %G' /var/lib/kiosk)" = "700 kiosk kiosk" ] || fail "mode of /var/lib/kiosk"
for key in offline.key link.key; do
    [ "$(stat -c '%a %U %G' /var/lib/kiosk/$key)" = "600 kiosk kiosk" ] || fail "mode of $key"
done
check "configuration 0640 root:kiosk, state 0700 and keys 0600 kiosk:kiosk"
# exit status 0: every phrase of every configured language is there (postinst rendered them with the packaged
# engines and dictionary, as the kiosk user)
kiosk_cli speech status >"$out/speech-status.txt" || fail "speech phrases missing after install: $(cat "$out/speech-status.txt")"
check "the spoken guidance was rendered at install ($(tr '\n' ' ' <"$out/speech-status.txt"))"
for unit in $UNITS; do
    [ -L /etc/systemd/system/graphical.target.wants/$unit ] || fail "$unit is not enabled"
    systemd-analyze security --offline=true --threshold=$MAX_EXPOSURE /lib/systemd/system/$unit >/dev/null \
        || fail "installed $unit exposed above 2.0"
done
systemd-analyze verify /lib/systemd/system/kiosk.service /lib/systemd/system/kiosk-display.service \
    || fail "systemd-analyze verify"
check "units enabled (without a running systemd), installed exposure at most 2.0, systemd-analyze verify passes"
desktop-file-validate /usr/share/applications/$PKG.desktop || fail "desktop entry"
check "desktop entry for the bookmobile laptop validates"

# --- 5. the screen: the installed kiosk under cage as kiosk-display.service and kiosk.service run them (cage with a
# placeholder client on /run/kiosk-display/wayland-0, `kiosk run` connecting to it), cage on an Xvfb since CI has
# no GPU. systemd is stood in for by a datagram socket that must receive READY=1.
bash packaging/display-check.sh "$out" || fail "the kiosk did not come up full screen under cage"
check "the installed kiosk comes up under cage, says READY=1, stays up and fills the output (screenshot $out/kiosk-under-cage.png)"
! grep -q '"i18n.unavailable"' "$out/kiosk-run.log" || fail "the installed kiosk has no translations: $(grep i18n "$out/kiosk-run.log")"
check "the installed kiosk has its translations (no i18n.unavailable)"
# every system library the running kiosk loaded comes with the package's dependencies (and not, say, with a
# package this machine has only for the tests)
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
    --no-enhances "$PKG" 2>/dev/null | grep -v '^ ' | sed 's/:.*//' | sort -u)
missing=""
while read -r lib; do
    case "$lib" in /opt/$PKG/*) continue ;; esac
    owner=""
    for path in "$lib" "${lib#/usr}" "/usr$lib"; do  # Debian 12 packages name /lib, the loader /usr/lib
        owner=$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$owner" ] && break
    done
    if ! grep -qx "$owner" <<<"$closure"; then missing="$missing $lib(${owner:-no package})"; fi
done <"$out/kiosk-libraries.txt"
[ -z "$missing" ] || fail "loaded libraries that the dependencies do not bring:$missing"
check "the $(grep -vc "^/opt/" "$out/kiosk-libraries.txt") system libraries the kiosk loads all come with its dependencies"

# --- 6. an upgrade keeps the configuration and the state, and restarts the application. systemd is stood in for
# by stubs that write down what the maintainer scripts ask of it
sed -i 's/^# kiosk_id = .*/kiosk_id = "ci-upgrade"/' /etc/kiosk/kiosk.toml
kept_before=$(sha256sum /etc/kiosk/kiosk.toml /var/lib/kiosk/offline.key /var/lib/kiosk/link.key)
# the same package under a newer version (a second build would only cost time)
repack() {  # repack DEB VERSION -> the new .deb's path
    local dir
    dir=$(mktemp -d)
    dpkg-deb --raw-extract "$1" "$dir/root"
    sed -i "s/^Version: .*/Version: $2/" "$dir/root/DEBIAN/control"
    dpkg-deb --root-owner-group -Zzstd -z1 --build "$dir/root" "$out/${PKG}_$2_$(dpkg-deb -f "$1" Architecture).deb" >/dev/null
    rm -rf "$dir"
    echo "$out/${PKG}_$2_$(dpkg-deb -f "$1" Architecture).deb"
}
next=$(repack "$deb" "$version+ci1")
stubs=$(mktemp -d)
for tool in systemctl deb-systemd-invoke udevadm; do
    printf '#!/bin/sh\necho "%s $*" >>%s/calls\n' "$tool" "$stubs" >"$stubs/$tool"
    chmod 755 "$stubs/$tool"
done
made_run_dir=""
if [ ! -d /run/systemd/system ]; then mkdir -p /run/systemd/system; made_run_dir=yes; fi
# apt gives dpkg a PATH of its own (DPkg::Path): the stubs go first in it
apt-get install -y -qq --no-install-recommends -o DPkg::Path="$stubs:/usr/sbin:/usr/bin:/sbin:/bin" "$next" >/dev/null
if [ -n "$made_run_dir" ]; then rmdir /run/systemd/system; fi
[ "$(dpkg-query -W -f='${Version}' "$PKG")" = "$version+ci1" ] || fail "the upgrade did not install $version+ci1"
as_kiosk kiosk --version >/dev/null || fail "kiosk --version after the upgrade"
[ "$(sha256sum /etc/kiosk/kiosk.toml /var/lib/kiosk/offline.key /var/lib/kiosk/link.key)" = "$kept_before" ] \
    || fail "the upgrade changed the configuration or a key"
grep -qx "deb-systemd-invoke stop kiosk.service" "$stubs/calls" || fail "prerm upgrade did not stop kiosk.service"
grep -qx "deb-systemd-invoke restart kiosk.service" "$stubs/calls" || fail "postinst did not restart kiosk.service"
rm -rf "$stubs"
check "upgrade to $version+ci1 keeps kiosk.toml and both keys, stops and restarts kiosk.service"

# --- 7. loans waiting in the journal: remove keeps them, purge refuses until they are sent
as_kiosk /opt/$PKG/bin/python -c '
from offline_queue import Journal
with Journal("/var/lib/kiosk/offline.sqlite", "/var/lib/kiosk/offline.key") as j:
    j.enqueue("10000001", "T0000001")
'
[ "$(kiosk_cli queue status --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["waiting"])')" = 1 ] \
    || fail "the test loan is not waiting"
apt-get remove -y -qq "$PKG" >/dev/null
[ ! -e /opt/$PKG ] || fail "remove left /opt/$PKG"
for f in /etc/kiosk/kiosk.toml /var/lib/kiosk/offline.sqlite /var/lib/kiosk/offline.key /var/lib/kiosk/link.key; do
    [ -e "$f" ] || fail "remove deleted $f"
done
check "remove deletes the program and keeps the configuration, the journal and the keys"
if apt-get purge -y -qq "$PKG" >"$out/purge-refused.txt" 2>&1; then fail "purge deleted a journal with a waiting loan"; fi
grep -q "NOT purged" "$out/purge-refused.txt" || fail "purge did not say why it stopped"
[ -e /var/lib/kiosk/offline.sqlite ] && [ -e /var/lib/kiosk/offline.key ] || fail "the refused purge deleted the journal"
sed -n '/NOT purged/,/purge again/p' "$out/purge-refused.txt" >&2
check "purge refuses while a loan waits, keeps the journal and says how to sync or keep it"

# as the message says: install again, sync to the library system (the demo one here), purge again
apt-get install -y -qq --no-install-recommends "$next" >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
/opt/$PKG/bin/kiosk sip2 serve-demo --port "$port" >"$out/sip2-demo.log" 2>&1 &
sip2_pid=$!
trap 'kill $sip2_pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done
cat >>/etc/kiosk/kiosk.toml <<EOF
# CI: the demo library system
[sip2]
host = "127.0.0.1"
port = $port
username = "kiosk"
password = "kiosk-pass"
institution = "JPLIB"
EOF
sed -i '0,/^\[sip2\]$/{/^\[sip2\]$/d}' /etc/kiosk/kiosk.toml  # the example's empty [sip2] table: one table a name
kiosk_cli queue sync || fail "kiosk queue sync"
kill $sip2_pid; wait $sip2_pid 2>/dev/null || true
trap - EXIT
check "after reinstalling, kiosk queue sync sends the waiting loan"

# --- 8. remove and purge: nothing left but the user and group "kiosk" (kept by policy)
apt-get purge -y -qq "$PKG" >/dev/null || fail "purge after the sync"
[ "$(dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null || true)" != "install ok installed" ] || fail "still installed"
snapshot >"$out/after.txt"
if ! diff -u "$out/before.txt" "$out/after.txt" >"$out/left-over.diff"; then
    cat "$out/left-over.diff" >&2
    fail "the purge left files behind or changed /etc"
fi
getent passwd kiosk >/dev/null || fail "purge removed the kiosk user"
check "purge leaves nothing but the kiosk user and group (policy keeps system users)"

echo "ci-package: the package $(basename "$deb"): $(du -h "$deb" | cut -f1), installed $(( $(dpkg-deb -f "$deb" Installed-Size) / 1024 )) MiB" >&2
echo "package: $passed passed, 0 failed"
