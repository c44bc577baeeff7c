"""The journal's encryption keys: a small JSON file with mode 0600, made on first run, rotatable, always written
whole (:mod:`safefile`).

The file holds one or more AES-256 keys by id and names the current one. Rows name the key that sealed them, so a
rotation that was cut short (the file then holds two keys) is finished the next time the journal opens.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

import safefile
from offline_queue.errors import JournalFull, KeyFileError, PayloadError

NONCE_BYTES = 12


@dataclass(frozen=True)
class Keyring:
    current: str
    keys: dict[str, bytes]
    _aead: dict[str, AESGCM] = field(default_factory=dict, compare=False, repr=False)
    _tag_keys: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def _cipher(self, key_id: str) -> AESGCM:
        c = self._aead.get(key_id)
        if c is None:
            key = self.keys.get(key_id)
            if key is None:
                raise PayloadError("the row was sealed with a key that is no longer in the key file", "key_missing")
            c = self._aead[key_id] = AESGCM(key)
        return c

    def seal(self, plaintext: bytes, aad: bytes, nonce: bytes | None = None) -> tuple[str, bytes]:
        """Encrypt with the current key: returns (key id, nonce + ciphertext). ``nonce``, when given, must be
        :data:`NONCE_BYTES` fresh random bytes (the caller drew them together with other random bytes)."""
        if nonce is None:
            nonce = secrets.token_bytes(NONCE_BYTES)
        elif len(nonce) != NONCE_BYTES:
            raise ValueError("an AES-GCM nonce is 12 random bytes")
        return self.current, nonce + self._cipher(self.current).encrypt(nonce, plaintext, aad)

    def open(self, key_id: str, blob: bytes, aad: bytes) -> bytes:
        cipher = self._cipher(key_id)
        try:
            return cipher.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
        except (InvalidTag, ValueError):
            raise PayloadError("a journal row failed its integrity check", "payload_tampered") from None

    def tag(self, key_id: str, value: str) -> str:
        """A keyed hash of a patron number or item id, to count and find rows without storing them in clear:
        HMAC-SHA256 under a key derived from the row key, truncated to 16 bytes.

        It is on every enqueue's path, so the HMAC (RFC 2104) is computed from SHA-256 states that have already
        absorbed the inner and outer padded key: two state copies per tag instead of a new ``hmac`` object
        (the result is the same as ``hmac.new(sub, value, sha256)``; a test checks it)."""
        pads = self._tag_keys.get(key_id)
        if pads is None:
            sub = hmac.new(self.keys[key_id], b"offline-queue tag key", hashlib.sha256).digest()
            block = sub.ljust(hashlib.sha256().block_size, b"\0")  # a 32-byte key is padded, never hashed
            pads = self._tag_keys[key_id] = (
                hashlib.sha256(bytes(b ^ 0x36 for b in block)),
                hashlib.sha256(bytes(b ^ 0x5C for b in block)),
            )
        inner, outer = pads[0].copy(), pads[1].copy()
        inner.update(value.encode("utf-8"))
        outer.update(inner.digest())
        return outer.digest()[:16].hex()


def _encode(ring: Keyring) -> bytes:
    return json.dumps(
        {
            "version": 1,
            "current": ring.current,
            "keys": {k: base64.b64encode(v).decode("ascii") for k, v in ring.keys.items()},
        }
    ).encode("ascii")


def _write(path: Path, ring: Keyring, *, exclusive: bool = False) -> None:
    """Atomically, 0600 (:mod:`safefile`); a full disk is :class:`JournalFull`, leaving the old file (or none)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        safefile.write(path, _encode(ring), exclusive=exclusive)
    except FileExistsError:
        raise
    except OSError as e:
        if safefile.disk_full(e):
            raise JournalFull(f"the disk is full: the key file {path} could not be written") from None
        raise KeyFileError(f"cannot write the key file {path} ({e.strerror})", "key_file_unwritable") from None


def new_key_id() -> str:
    return "k" + secrets.token_hex(4)


def load_or_create(path: str | Path, *, create: bool = True) -> Keyring:
    """Read the key file, or make it (mode 0600) when it does not exist yet and ``create`` is true. A missing file
    that may not be made (the journal holds rows sealed with it) is :class:`KeyFileError` ``key_missing``."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise KeyFileError(
                f"the key file {path} is missing, and the journal holds transactions sealed with it: restore the"
                " key file from a backup (nothing is sent or deleted until then)",
                "key_missing",
            )
        kid = new_key_id()
        ring = Keyring(kid, {kid: AESGCM.generate_key(bit_length=256)})
        try:
            _write(path, ring, exclusive=True)
        except FileExistsError:  # another process (the kiosk, a shell) made it a moment ago: use that one
            return load_or_create(path, create=False)
        return ring
    try:
        st = path.stat()
        if stat.S_IMODE(st.st_mode) & 0o077:
            raise KeyFileError(
                f"the key file {path} can be read by others (mode {stat.S_IMODE(st.st_mode):o}); run chmod 600",
                "key_file_mode",
            )
        raw = json.loads(path.read_bytes())
        keys = {k: base64.b64decode(v, validate=True) for k, v in raw["keys"].items()}
        current = raw["current"]
        if current not in keys or any(len(v) != 32 for v in keys.values()):
            raise ValueError("bad key")
    except KeyFileError:
        raise
    except OSError as e:
        raise KeyFileError(f"cannot read the key file {path} ({e.strerror})", "key_file_unreadable") from None
    except (ValueError, KeyError, TypeError):
        raise KeyFileError(f"the key file {path} is damaged", "key_file_damaged") from None
    return Keyring(current, keys)


def save(path: str | Path, ring: Keyring) -> None:
    _write(Path(path), ring)
