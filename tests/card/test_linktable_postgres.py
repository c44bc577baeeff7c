"""The link table on a real PostgreSQL server, as a regional library network shares it."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from kiosk.identity.linktable import LinkTable

PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_url():
    if PG_BIN is None:
        pytest.fail("PostgreSQL is not installed (packaging/debian-packages.txt lists it); run the README test command")
    # not under pytest's tmp folder: its parents are private to root, and the server runs as postgres
    base = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
    data = base / "data"
    as_user: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(base, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run(
        [*as_user, str(PG_BIN / "initdb"), "-D", str(data), "-U", "kiosk", "--auth=trust"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    subprocess.run(
        [
            *as_user,
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(base / "log"),
            "-w",
            "-o",
            f"-c listen_addresses=127.0.0.1 -p {port} -k {base}",
            "start",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    try:
        url = f"postgresql+psycopg://kiosk@127.0.0.1:{port}/postgres"
        yield url
    finally:
        subprocess.run(
            [*as_user, str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], capture_output=True, timeout=120
        )
        shutil.rmtree(base, ignore_errors=True)


def test_shared_link_table_on_postgresql(pg_url, tmp_path):
    secret_file = tmp_path / "link.key"
    exp = dt.datetime.now(dt.UTC) + dt.timedelta(days=365)
    # two kiosks of two libraries, the same table and the same key file (the network's)
    with LinkTable.open(pg_url, secret_file) as city, LinkTable.open(pg_url, secret_file) as town:
        k1 = city.link_key(b"\x1a" * 20, 0x0705D990)
        k2 = city.link_key(b"\x1a" * 20, 0x0705D991)
        city.link(k1, "city", "100", exp)
        town.link(k2, "town", "100", exp)
        assert town.lookup(k1, "city").patron_number == "100"
        assert town.lookup(k1, "town") is None
        assert city.count() == 2
        # renewal: the new certificate replaces the old one for the same patron
        k3 = city.link_key(b"\x1a" * 20, 0x0805D990)
        city.link(k3, "city", "100", exp + dt.timedelta(days=1000))
        assert city.lookup(k1) is None and city.lookup(k3).cert_not_after.tzinfo is not None
        assert city.unlink_patron("city", "100") == 1
        assert town.count("town") == 1
        assert town.purge_expired(dt.datetime.now(dt.UTC) + dt.timedelta(days=400)) == 1
