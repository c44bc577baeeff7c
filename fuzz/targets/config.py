"""The configuration file (:mod:`kiosk.config`): the fuzzer's bytes are ``kiosk.toml`` as :func:`kiosk.config.load`
reads it, and a configuration it accepts must then build the rules the kiosk takes from it (the session's, the
link monitor's, the offline policy, the scan classifier, the tag model, the printer's settings): a value the loader
let through that a part cannot use is a finding too. Allowed: :class:`kiosk.config.ConfigError` (naming the key)."""

from __future__ import annotations

import os
import tempfile

from fuzz.harness import Target
from hardware.barcode.classify import Classifier
from hardware.printer.printer import ReceiptPrinter
from hardware.rfid.tagmodels import get_model
from kiosk import config
from kiosk_app.build import link_policy, session_config
from kiosk_app.cli.config import example_text
from offline_queue import OfflinePolicy

_FD, _PATH = tempfile.mkstemp(prefix="fuzz-kiosk-", suffix=".toml")
os.close(_FD)

_DEMO = """\
[kiosk]
kiosk_id = "kiosk-01"
identification = ["mynumber", "barcode"]
languages = ["ja", "en", "ko"]

[sip2]
host = "127.0.0.1"
port = 6001
encoding = "cp850"
terminator = "CRLF"

[offline]
lending = true
items_per_patron = 5
identification = ["barcode"]

[validation]
mode = "ocsp+crl"
ocsp_url = "http://127.0.0.1:8080/ocsp"
offline_max_crl_age_s = 86400

[barcode]
patron_patterns = ["1\\\\d{7}"]
item_patterns = ["T\\\\d{7}"]
check_digit = "mod11w27"
mod11_ten = "X"

[rfid]
port = "/dev/ttyUSB0"
tag_model = "iso28560-2"
afi_lent = 0xC2

[printer]
port = "/dev/ttyUSB1"
mode = "raster"
paper_width_mm = 58

[ui]
inactivity_timeout_s = 45
receipt = "always"
"""


def seeds() -> list[bytes]:
    return [example_text().encode("utf-8"), _DEMO.encode("utf-8"), b"[kiosk]\n", b""]


def run(data: bytes) -> str:
    with open(_PATH, "wb") as f:
        f.write(data)
    cfg = config.load(_PATH)
    session_config(cfg)
    link_policy(cfg)
    OfflinePolicy.from_config(cfg.offline)
    Classifier.from_config(cfg.barcode)
    get_model(cfg.rfid.tag_model)
    if cfg.printer.port:
        ReceiptPrinter.from_config(cfg.printer)
    return "accepted"


TARGET = Target(
    "config",
    "kiosk/config.py: load, then the session, link, offline, barcode, tag and printer rules built from it",
    run,
    (config.ConfigError,),
    seeds,
    max_len=16384,
    dictionary=(
        b"[kiosk]",
        b"[sip2]",
        b"[offline]",
        b"[validation]",
        b" = ",
        b'"',
        b"\n",
        b"true",
        b"[]",
        b"1e9",
        b"-1",
        b"nan",
        b"inf",
        b"0x",
        b"'''",
        b"[[",
        b"\\u",
    ),  # fmt: skip
)
