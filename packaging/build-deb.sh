#!/usr/bin/env bash
# Build the kiosk's Debian package, for Debian 12, from this project folder:
#   bash packaging/build-deb.sh [OUTDIR]          -> OUTDIR/mynumber-kiosk_VERSION_ARCH.deb (default OUTDIR: build)
# Needs Debian's python3.11 with python3-venv and python3-dev, gcc (for python-evdev) and dpkg-deb; fetches the
# Python packages from PyPI. The version is pyproject.toml's (KIOSK_DEB_VERSION overrides it).
#
# What goes where:
#   /opt/mynumber-kiosk        a private virtual environment on Debian's /usr/bin/python3.11 with the kiosk
#                              (".[ui,postgres]") and python-evdev; /usr/bin/kiosk points at its `kiosk`
#   packaging/root/...         copied as is: the units, udev rules, PAM, logind and sysctl settings, desktop entry
#                              (docs/install.md says what each is for)
#   packaging/debian/...       the maintainer scripts and the control file
set -euo pipefail
cd "$(dirname "$0")/.."

PKG=mynumber-kiosk
PREFIX=/opt/mynumber-kiosk
PYTHON=/usr/bin/python3.11
out=$(realpath -m "${1:-build}")
work=$PWD/build/deb
root=$work/root
venv=$root$PREFIX

version=${KIOSK_DEB_VERSION:-$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')}
arch=$(dpkg --print-architecture)
deb=$out/${PKG}_${version}_${arch}.deb
say() { echo "build-deb: $*" >&2; }

rm -rf "$work"
mkdir -p "$root" "$out"

say "virtual environment in $PREFIX (staged in $root)"
"$PYTHON" -m venv "$venv"
# the screens (ui), a link table shared on PostgreSQL (postgres), and python-evdev for keyboard-wedge scanners:
# nothing can be added to /opt later on a kiosk, so everything a site may configure is in
"$venv/bin/python" -m pip install --quiet --no-cache-dir --no-compile --disable-pip-version-check \
    ".[ui,postgres]" "evdev>=1.6"
mkdir -p "$root/usr/share/doc/$PKG"
"$venv/bin/python" -m pip freeze --all --disable-pip-version-check \
    | sed -E "s|^mynumber-kiosk @ .*|mynumber-kiosk==$version|" | grep -v -E '^(pip|setuptools)==' \
    >"$root/usr/share/doc/$PKG/python-packages.txt"
"$venv/bin/python" -m pip uninstall --quiet --yes pip setuptools

say "pruning what the kiosk never runs (Qt's developer tools, QML, headers, type stubs)"
sp=$venv/lib/python3.11/site-packages
rm -rf "$sp"/PySide6/{assistant,designer,linguist,lrelease,lupdate,qmlformat,qmllint,qmlls,svgtoqml} \
    "$sp"/PySide6/{include,typesystems,glue,scripts,doc,support/generate_pyi.py} \
    "$sp"/PySide6/Qt/{qml,metatypes,libexec,plugins/designer} \
    "$venv"/bin/pyside6-* "$venv"/bin/Activate.ps1 "$venv"/bin/activate.csh "$venv"/bin/activate.fish
find "$sp" -name '*.pyi' -delete
rm -f "$sp"/mynumber_kiosk-*.dist-info/direct_url.json  # the build machine's source folder

say "moving the environment from the staging folder to $PREFIX"
# a venv names its own path in its scripts and pyvenv.cfg; the byte code is made anew below with the final paths
find "$venv" -name __pycache__ -type d -prune -exec rm -rf {} +
grep -rlIF "$root" "$venv" | while read -r f; do sed -i "s|$root||g" "$f"; done
"$venv/bin/python" -m compileall -q -j 0 --invalidation-mode unchecked-hash -s "$root" -p / "$venv/lib" >/dev/null
if grep -rlF "$root" "$root" >/dev/null; then
    say "the staging path is still written in:"; grep -rlF "$root" "$root" >&2; exit 1
fi
# the environment starts at all, with the screens' Qt modules
"$venv/bin/python" -c "import kiosk_app.cli, PySide6.QtWidgets, smartcard, evdev, psycopg" 

say "the system files"
cp -a packaging/root/. "$root/"
mkdir -p "$root/usr/bin" "$root/usr/share/$PKG"
ln -s "$PREFIX/bin/kiosk" "$root/usr/bin/kiosk"
"$venv/bin/python" -m kiosk_app config example --commented >"$root/usr/share/$PKG/kiosk.toml.example"
"$venv/bin/python" -m kiosk_app --config "$root/usr/share/$PKG/kiosk.toml.example" config check >/dev/null
cp docs/install.md "$root/usr/share/doc/$PKG/install.md"

say "control files"
mkdir -p "$root/DEBIAN"
install -m 0755 packaging/debian/postinst packaging/debian/prerm packaging/debian/postrm "$root/DEBIAN/"
install -m 0644 packaging/debian/conffiles "$root/DEBIAN/"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$size/" \
    packaging/debian/control.in >"$root/DEBIAN/control"
# every file root's, nothing writable but by root; the state and keys are made by postinst
chmod -R u+rwX,go+rX,go-w "$root"

say "building $deb"
dpkg-deb --root-owner-group -Zxz --threads-max="$(nproc)" --build "$root" "$deb" >/dev/null
say "done: $deb ($(du -h "$deb" | cut -f1), installed $((size / 1024)) MiB)"
echo "$deb"
