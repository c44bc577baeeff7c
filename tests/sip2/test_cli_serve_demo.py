"""``kiosk sip2 serve-demo``: the demo library system as its own process, as the demo mode and technicians run it."""

import os
import re
import subprocess
import sys
from pathlib import Path

from kiosk.sip2 import demo_data
from kiosk.sip2.client import Sip2Client


def test_serve_demo_process(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk_app", "sip2", "serve-demo", "--port", "0", "--db", str(tmp_path / "ils.sqlite")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, bufsize=0,
    )  # fmt: skip
    try:
        line = proc.stdout.readline().decode()
        m = re.search(r"127\.0\.0\.1:(\d+)", line)
        assert m, line
        c = Sip2Client(port=int(m.group(1)), username=demo_data.LOGIN_USER, password=demo_data.LOGIN_PASSWORD,
                       institution=demo_data.INSTITUTION_ID, keepalive=0)  # fmt: skip
        c.connect()
        assert c.checkout(demo_data.PATRON_OK, "T0000020").fixed["ok"] == "1"
        c.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
