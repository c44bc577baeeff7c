"""The technician passcode's stored form (``[maintenance].passcode_hash``), read strictly.

``scrypt$n$r$p$salt$hash``, the salt and the hash in base64, as ``kiosk maintenance hash-passcode`` makes it (n = 2**14,
r = 8, p = 1, a 16-byte salt, a 32-byte hash). :func:`parse` accepts only what the kiosk can verify safely, so a bad
value is refused when the configuration is loaded instead of when a technician first types the passcode:

- n a power of two (scrypt's rule), each number plain ASCII digits;
- the memory a check needs (128·r·(n + 2 + p) bytes) within :data:`MAXMEM`, what the check is allowed;
- the work (n·r·p) at least the kiosk's own (:data:`MIN_WORK`: a weaker hash would let whoever reads the file try
  passcodes fast) and at most :data:`MAX_WORK` (32 times the kiosk's, so a check stays within a few seconds);
- a salt of at least 16 bytes and a hash of 16–64 bytes, in strict base64.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

#: the memory a passcode check may use (hashlib.scrypt's maxmem)
MAXMEM = 2**26
#: n·r·p of the hashes the kiosk makes, and the most it accepts
MIN_WORK = 2**14 * 8
MAX_WORK = 32 * MIN_WORK


class PasscodeHashError(ValueError):
    """Not a passcode hash the kiosk can use; the text says what is wrong (never the hash itself)."""


@dataclass(frozen=True)
class ScryptHash:
    n: int
    r: int
    p: int
    salt: bytes = b""
    digest: bytes = b""


def _number(text: str, what: str) -> int:
    if not (text.isascii() and text.isdigit()) or len(text) > 9:
        raise PasscodeHashError(f"its {what} is not a number")
    return int(text)


def _b64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise PasscodeHashError(f"its {what} is not base64") from None


def parse(stored: str) -> ScryptHash:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        raise PasscodeHashError("not of the form scrypt$n$r$p$salt$hash")
    n, r, p = (_number(v, k) for v, k in zip(parts[1:4], ("n", "r", "p"), strict=True))
    if n < 2 or n & (n - 1):
        raise PasscodeHashError("its n is not a power of two")
    if r < 1 or p < 1:
        raise PasscodeHashError("its r and p must be at least 1")
    if 128 * r * (n + 2 + p) > MAXMEM:
        raise PasscodeHashError(f"checking it would need more than {MAXMEM // 2**20} MiB")
    if not MIN_WORK <= n * r * p <= MAX_WORK:
        raise PasscodeHashError(f"its work n·r·p must be between {MIN_WORK} and {MAX_WORK}")
    salt, digest = _b64(parts[4], "salt"), _b64(parts[5], "hash")
    if len(salt) < 16:
        raise PasscodeHashError("its salt is shorter than 16 bytes")
    if not 16 <= len(digest) <= 64:
        raise PasscodeHashError("its hash is not 16 to 64 bytes long")
    return ScryptHash(n, r, p, salt, digest)
