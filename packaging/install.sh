#!/usr/bin/env bash
# Install the kiosk as an appliance on Debian 12 (as root, from the project folder):
#   bash packaging/install.sh
# Copies the project to /opt/kiosk, makes its virtual environment, creates the "kiosk" user, writes
# /etc/kiosk/kiosk.toml from the example if there is none, and enables kiosk.service (cage on tty1).
# The test-only parts (vsmartcard-vpcd, the virtual card) are not installed on a kiosk.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends pcscd libccid python3 python3-venv fonts-noto-cjk cage \
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 >/dev/null
install -d -m 0755 /opt/kiosk
tar --exclude=.venv --exclude=.git --exclude=tests --exclude=bench -cf - . | tar -xf - -C /opt/kiosk
python3 -m venv /opt/kiosk/.venv
/opt/kiosk/.venv/bin/pip install -q /opt/kiosk
id kiosk >/dev/null 2>&1 || useradd --system --home-dir /var/lib/kiosk --shell /usr/sbin/nologin kiosk
install -d -m 0700 -o kiosk -g kiosk /var/lib/kiosk
install -d -m 0755 /etc/kiosk
if [ ! -f /etc/kiosk/kiosk.toml ]; then
  /opt/kiosk/.venv/bin/kiosk config example > /etc/kiosk/kiosk.toml
  chmod 0640 /etc/kiosk/kiosk.toml; chgrp kiosk /etc/kiosk/kiosk.toml
  echo "install: wrote /etc/kiosk/kiosk.toml: set the trust anchors, the library system and the validation service" >&2
fi
install -m 0644 kiosk.service /etc/systemd/system/kiosk.service
systemctl daemon-reload
systemctl enable kiosk.service
echo "install: done; check the configuration with: /opt/kiosk/.venv/bin/kiosk --config /etc/kiosk/kiosk.toml config check" >&2
