"""Certificate validity through the LGWAN-side validation service (OCSP), with stored CRLs for offline use.

Layers (imports point downwards):

- :mod:`kiosk.validation.ocsp`, :mod:`kiosk.validation.crl`, :mod:`kiosk.validation.policy`: sans-I/O cores
  (:mod:`kiosk.validation.der`: the few DER walks and encodings they share)
- :mod:`kiosk.validation.transport` (HTTP via ``requests``), :mod:`kiosk.validation.store` (CRL files)
- :mod:`kiosk.validation.client`: :class:`ValidationClient`, the ``RevocationChecker`` authentication asks

The client is built from the configuration in :mod:`kiosk_app.build` (``validation_checker``: fails closed when
nothing is configured).
"""

from __future__ import annotations

from kiosk.validation.client import GoodCache, Result, ValidationClient
from kiosk.validation.errors import (
    CrlError,
    OcspError,
    OcspResponderError,
    StoreError,
    TransportError,
    ValidationError,
)
from kiosk.validation.store import CrlStore

__all__ = [
    "CrlError",
    "CrlStore",
    "GoodCache",
    "OcspError",
    "OcspResponderError",
    "Result",
    "StoreError",
    "TransportError",
    "ValidationClient",
    "ValidationError",
]
