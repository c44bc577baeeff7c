"""The fuzz targets, one module per parser that reads what comes from outside; each defines ``TARGET``.

Targets are imported by name (:func:`load`) and only when asked for, so that atheris can instrument the parser's
modules as they are first imported.
"""

from __future__ import annotations

import importlib

from fuzz.harness import Target

#: target name → module (in the order ``--all`` runs them)
NAMES: dict[str, str] = {
    "sip2_codec": "fuzz.targets.sip2_codec",
    "sip2_protocol": "fuzz.targets.sip2_protocol",
    "ocsp": "fuzz.targets.ocsp",
    "crl": "fuzz.targets.crl",
    "card": "fuzz.targets.card",
    "tag_28560_2": "fuzz.targets.tag_28560_2",
    "tag_28560_3": "fuzz.targets.tag_28560_3",
    "tag_uid": "fuzz.targets.tag_uid",
    "pad_frames": "fuzz.targets.pad_frames",
    "printer_status": "fuzz.targets.printer_status",
    "barcode": "fuzz.targets.barcode",
    "config": "fuzz.targets.config",
}


def load(name: str) -> Target:
    return importlib.import_module(NAMES[name]).TARGET
