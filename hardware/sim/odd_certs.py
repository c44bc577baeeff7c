"""Odd and hostile certificates for tests: a JPKI user certificate edited in its DER and signed again by the CA.

``cryptography``'s builder refuses what a hostile card may carry (a version 4, a duplicated extension, a general
name type it does not support), so these edit the TBSCertificate's bytes with a small DER walker and sign the result
with the CA key again. The signature then verifies, so a kiosk that trusts the CA gets as far as it can with each
certificate: the tests prove that nothing but a typed refusal comes out of any of them.
"""

from __future__ import annotations

import enum

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from hardware.sim.certs import Issued

#: sha256WithRSAEncryption, NULL parameters
_SHA256_RSA = bytes.fromhex("300d06092a864886f70d01010b0500")
#: subjectAltName's OID, DER
_SAN_OID = bytes.fromhex("0603551d11")


class OddCert(enum.Enum):
    VERSION_4 = "version_4"  # version INTEGER 3: X.509 knows v1-v3 only
    DUPLICATE_EXTENSION = "duplicate_extension"  # the subject key identifier twice (RFC 5280 §4.2 forbids it)
    X400_NAME = "x400_name"  # a subjectAltName holding an x400Address, a name type cryptography does not support
    EDI_PARTY_NAME = "edi_party_name"  # a subjectAltName holding an ediPartyName (likewise)
    NEGATIVE_SERIAL = "negative_serial"  # serial number -1
    UNKNOWN_KEY = "unknown_key"  # a public key of an algorithm nobody knows
    UNKNOWN_SIGNATURE = "unknown_signature"  # the signature algorithm an unknown OID (the outer one too)


def tlv(tag: int, value: bytes) -> bytes:
    """One DER element (low tag numbers only, which is all X.509 needs)."""
    n = len(value)
    if n < 0x80:
        head = bytes([n])
    else:
        body = n.to_bytes((n.bit_length() + 7) // 8, "big")
        head = bytes([0x80 | len(body)]) + body
    return bytes([tag]) + head + value


def elements(der: bytes) -> list[tuple[int, bytes]]:
    """The (tag, value) elements one after another in ``der``; raises ValueError on anything malformed."""
    out: list[tuple[int, bytes]] = []
    i = 0
    while i < len(der):
        if i + 2 > len(der):
            raise ValueError("truncated element")
        tag, first = der[i], der[i + 1]
        i += 2
        if first < 0x80:
            n = first
        else:
            k = first & 0x7F
            if not 1 <= k <= 3 or i + k > len(der):
                raise ValueError("bad length")
            n = int.from_bytes(der[i : i + k], "big")
            i += k
        if i + n > len(der):
            raise ValueError("element runs past the end")
        out.append((tag, der[i : i + n]))
        i += n
    return out


def tbs_of(cert_der: bytes) -> bytes:
    """The TBSCertificate (whole element, with its tag and length) of a certificate."""
    [(tag, body)] = elements(cert_der)
    if tag != 0x30:
        raise ValueError("not a certificate")
    tbs_tag, tbs_body = elements(body)[0]
    return tlv(tbs_tag, tbs_body)


def sign_tbs(tbs: bytes, ca: Issued, algorithm: bytes = _SHA256_RSA) -> bytes:
    """A certificate around ``tbs`` (any bytes), signed by ``ca`` with SHA-256 and PKCS #1 v1.5."""
    signature = ca.key.sign(tbs, padding.PKCS1v15(), hashes.SHA256())
    return tlv(0x30, tbs + algorithm + tlv(0x03, b"\x00" + signature))


def _general_name_san(name: bytes) -> bytes:
    return tlv(0x30, _SAN_OID + tlv(0x04, tlv(0x30, name)))


def odd_user_cert(user: Issued, ca: Issued, kind: OddCert) -> bytes:
    """``user``'s certificate with one oddity, signed again by ``ca``."""
    [(_, tbs_body)] = elements(tbs_of(user.der))
    parts = elements(tbs_body)  # [0] version, serial, signature, issuer, validity, subject, spki, [3] extensions
    algorithm = _SHA256_RSA
    if kind is OddCert.VERSION_4:
        parts[0] = (0xA0, tlv(0x02, b"\x03"))
    elif kind is OddCert.NEGATIVE_SERIAL:
        parts[1] = (0x02, b"\xff")
    elif kind is OddCert.UNKNOWN_KEY:
        odd_algorithm = tlv(0x30, tlv(0x06, bytes.fromhex("2b0601040182e01a0101")))  # 1.3.6.1.4.1.28698.1.1
        parts[6] = (0x30, odd_algorithm + tlv(0x03, b"\x00" + bytes(64)))
    elif kind is OddCert.UNKNOWN_SIGNATURE:
        algorithm = tlv(0x30, tlv(0x06, bytes.fromhex("2b0601040182e01a0102")) + b"\x05\x00")
        parts[2] = (0x30, algorithm[2:])
    else:
        [(_, ext_list)] = elements(parts[7][1])
        extensions = [tlv(t, v) for t, v in elements(ext_list)]
        if kind is OddCert.DUPLICATE_EXTENSION:
            extensions.append(extensions[-1])
        elif kind is OddCert.X400_NAME:
            extensions.append(_general_name_san(tlv(0xA3, tlv(0x30, tlv(0x30, b"")))))
        elif kind is OddCert.EDI_PARTY_NAME:
            extensions.append(_general_name_san(tlv(0xA5, tlv(0xA1, tlv(0x0C, b"x")))))
        parts[7] = (0xA3, tlv(0x30, b"".join(extensions)))
    tbs = tlv(0x30, b"".join(tlv(t, v) for t, v in parts))
    return sign_tbs(tbs, ca, algorithm)
