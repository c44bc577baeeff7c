"""Certificate validity through the LGWAN-side validation service (OCSP), with stored CRLs for offline use.

Layers (imports point downwards):

- :mod:`kiosk.validation.ocsp`, :mod:`kiosk.validation.crl`, :mod:`kiosk.validation.policy`: sans-I/O cores
  (:mod:`kiosk.validation.der`: the few DER walks and encodings they share)
- :mod:`kiosk.validation.transport` (HTTP via ``requests``), :mod:`kiosk.validation.store` (CRL files)
- :mod:`kiosk.validation.client`: :class:`ValidationClient`, the ``RevocationChecker`` authentication asks
- :func:`build_checker`: the checker for a configuration (fails closed when nothing is configured)
"""

from __future__ import annotations

from pathlib import Path

from cryptography import x509

from kiosk.config import Config, ConfigError
from kiosk.identity.revocation import RefuseAll, RevocationChecker
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
    "build_checker",
    "build_client",
    "crl_folder",
    "load_certificates",
]


def load_certificates(paths: list[str], key: str) -> list[x509.Certificate]:
    """Every certificate in the given PEM files; a missing or unreadable file is a :class:`ConfigError` on ``key``."""
    out: list[x509.Certificate] = []
    for p in paths:
        try:
            data = Path(p).read_bytes()
        except OSError as e:
            raise ConfigError(key, f"cannot read {p} ({e.strerror})", "give the path of a PEM file") from None
        try:
            out.extend(x509.load_pem_x509_certificates(data))
        except ValueError:
            raise ConfigError(key, f"{p} holds no PEM certificate", "give the path of a PEM file") from None
    return out


def crl_folder(config: Config) -> Path:
    return config.data_dir / "validation" / "crl"


def build_client(config: Config) -> ValidationClient:
    """The validation client for ``config`` (raises :class:`ConfigError` for unreadable files it names)."""
    anchors, responders = _check_files(config)
    store = CrlStore(crl_folder(config), anchors)
    return ValidationClient(config.validation, store=store, trusted_responders=responders)


def _check_files(config: Config) -> tuple[list[x509.Certificate], list[x509.Certificate]]:
    v = config.validation
    anchors = load_certificates(config.identity.trust_anchors, "[identity].trust_anchors")
    responders = load_certificates(v.responder_certs, "[validation].responder_certs")
    for key, path in (("pinned_cert", v.pinned_cert), ("client_cert", v.client_cert), ("client_key", v.client_key),
                      ("probe_cert", v.probe_cert)):  # fmt: skip
        if path and not Path(path).is_file():
            raise ConfigError(f"[validation].{key}", f"{path} does not exist", "give the path of a PEM file")
    if v.ca_bundle and not Path(v.ca_bundle).exists():
        raise ConfigError("[validation].ca_bundle", f"{v.ca_bundle} does not exist", "give a PEM bundle")
    return anchors, responders


def build_checker(config: Config) -> RevocationChecker:
    """The revocation checker the authentication uses. Nothing configured (no OCSP URL in "ocsp" mode) → the
    fail-closed :class:`RefuseAll`. Configuration problems raise :class:`ConfigError` naming the key."""
    v = config.validation
    _check_files(config)  # a wrong path is reported at start even when nothing else is configured
    if v.mode == "ocsp" and not v.ocsp_url:
        return RefuseAll()
    return build_client(config)
