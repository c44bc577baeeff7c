"""JPKI-shaped test certificates: a user-authentication CA with the real issuer name, and user certificates.

Shapes follow ``shared/reference/jpki.md`` §4: the CA's DN is the real one (the 2015 and 2023 CAs share it, so trust
is decided by key identifier), RSA-2048 keys, sha256WithRSAEncryption, and a user certificate whose subject is only
``C=JP, CN=<opaque alphanumeric>`` — no name, address or birth date. For tests, benchmarks and the demo only.
"""

from __future__ import annotations

import datetime as dt
import secrets
import string
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

import safefile

JST = dt.timezone(dt.timedelta(hours=9))

JPKI_AUTH_CA_NAME = x509.Name(
    [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "JPKI"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "JPKI for user authentication"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Japan Agency for Local Authority Information Systems"),
    ]
)


def new_key(bits: int = 2048) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


@dataclass(frozen=True)
class Issued:
    cert: x509.Certificate
    key: rsa.RSAPrivateKey

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def key_pem(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )


def _utc(t: dt.datetime) -> dt.datetime:
    return t.astimezone(dt.UTC)


def make_ca(
    *,
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
    serial: int | None = None,
    name: x509.Name = JPKI_AUTH_CA_NAME,
    key: rsa.RSAPrivateKey | None = None,
) -> Issued:
    """A self-signed user-authentication CA with the JPKI issuer name (valid ten years from yesterday by default)."""
    key = key or new_key()
    now = dt.datetime.now(dt.UTC)
    not_before = not_before or now - dt.timedelta(days=1)
    not_after = not_after or not_before + dt.timedelta(days=3652)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(serial if serial is not None else x509.random_serial_number() >> 96)
        .not_valid_before(_utc(not_before))
        .not_valid_after(_utc(not_after))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ski, critical=False)
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DirectoryName(x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "公的個人認証サービス")]))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    return Issued(cert, key)


def opaque_cn(length: int = 24) -> str:
    alphabet = string.ascii_uppercase + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def make_user_cert(
    ca: Issued,
    *,
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
    serial: int | None = None,
    key: rsa.RSAPrivateKey | None = None,
    ocsp_url: str | None = None,
    crl_url: str | None = None,
) -> Issued:
    """A user-authentication certificate issued by ``ca``: opaque subject, 32-bit serial, ends 23:59:59 JST."""
    key = key or new_key()
    now = dt.datetime.now(dt.UTC)
    not_before = not_before or now - dt.timedelta(days=30)
    if not_after is None:
        end_day = (now + dt.timedelta(days=365 * 4)).astimezone(JST).date()
        not_after = dt.datetime.combine(end_day, dt.time(23, 59, 59), JST)
    ca_ski = ca.cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    subject = x509.Name(
        [x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"), x509.NameAttribute(NameOID.COMMON_NAME, opaque_cn())]
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(serial if serial is not None else secrets.randbits(31) | (1 << 30))
        .not_valid_before(_utc(not_before))
        .not_valid_after(_utc(not_after))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if ocsp_url:
        builder = builder.add_extension(
            x509.AuthorityInformationAccess(
                [
                    x509.AccessDescription(
                        x509.oid.AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(ocsp_url)
                    )
                ]
            ),
            critical=False,
        )
    if crl_url:
        builder = builder.add_extension(
            x509.CRLDistributionPoints(
                [x509.DistributionPoint([x509.UniformResourceIdentifier(crl_url)], None, None, None)]
            ),
            critical=False,
        )
    return Issued(builder.sign(ca.key, hashes.SHA256()), key)


@dataclass(frozen=True)
class DemoPki:
    """The certificates the tests, benchmark and demo use: today's CA, an expired 2015-style CA with the same name,
    an impostor CA (same name, other key), and a valid user certificate issued by today's CA."""

    ca: Issued
    old_ca: Issued
    impostor_ca: Issued
    user: Issued

    def write(self, folder: str | Path) -> dict[str, Path]:
        """Write PEM files (anchors: ca.pem and old_ca.pem; the user's certificate and key) and return their paths."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        paths = {
            "ca": folder / "jpki-auth-ca.pem",
            "old_ca": folder / "jpki-auth-ca-old.pem",
            "user_cert": folder / "user-cert.pem",
            "user_key": folder / "user-key.pem",
        }
        paths["ca"].write_bytes(self.ca.pem)
        paths["old_ca"].write_bytes(self.old_ca.pem)
        paths["user_cert"].write_bytes(self.user.pem)
        safefile.write(paths["user_key"], self.user.key_pem())  # 0600 from the start, never readable by others
        return paths


def make_demo_pki() -> DemoPki:
    now = dt.datetime.now(dt.UTC)
    ca = make_ca()
    old_ca = make_ca(not_before=now - dt.timedelta(days=3652 + 400), not_after=now - dt.timedelta(days=400), serial=1)
    impostor = make_ca()
    return DemoPki(ca=ca, old_ca=old_ca, impostor_ca=impostor, user=make_user_cert(ca))
