"""The kiosk configuration: one TOML file, validated at start.

Every section is a frozen dataclass. Loading checks every key's type and range and rejects unknown keys, so a typo
in ``/etc/kiosk/kiosk.toml`` is reported with the key and the fix instead of being silently ignored. What goes in
that cannot be used is refused here, never accepted to fail later at the first card or the first scan:

- **every number has a bound** (a ``_check_<field>`` method; ``tests/core/test_config.py`` walks every numeric field
  of every section with absurd values), and no number is NaN or infinite;
- **text files are UTF-8**, read strictly: a file in another encoding (a Shift_JIS ``kiosk.toml``, a UID table) is
  refused with the file and the fix, never misread;
- **rules that span sections** are checked once every section is built (:data:`_CROSS_CHECKS`), e.g. barcode
  patrons may lend offline only where the library's patron pattern is configured;
- whatever the file holds, only :class:`ConfigError` comes out (property-based tests feed the loader hostile bytes).

Each package owns its section (the class below named after it); add a field with a default and a ``_check_<field>``
method that returns an error message or ``None`` (a number needs one: its bound).

Site settings: the few keys a technician changes on site in maintenance (:data:`SITE_SETTINGS`: the receipt policy,
the volume, the languages offered, large text by default) are kept in ``<data_dir>/site-settings.toml``, which
:func:`load` reads after the main file (``/etc/kiosk/kiosk.toml`` belongs to the package and is read-only under the
hardened service). It holds only those keys, in the same sections, and is validated the same way: a value there
replaces the main file's, and a wrong one is a :class:`ConfigError` naming the key and the file.
"""

from __future__ import annotations

import dataclasses
import math
import re
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hardware.barcode.checkdigit import SCHEMES
from hardware.rfid.errors import TagFormatError
from hardware.rfid.tagmodels import MODEL_NAMES, load_uid_table
from kiosk import passcode_hash
from kiosk.i18n import LANGUAGES, STAFF_LANGUAGES

DEFAULT_PATH = Path("/etc/kiosk/kiosk.toml")


class ConfigError(ValueError):
    """A configuration problem, naming the key and the fix."""

    def __init__(self, key: str, problem: str, fix: str = "") -> None:
        self.key = key
        self.problem = problem
        self.fix = fix
        text = f"{key}: {problem}"
        if fix:
            text += f" (fix: {fix})"
        super().__init__(text)


@dataclass(frozen=True)
class KioskSection:
    """Who this kiosk is and where it keeps its files."""

    kiosk_id: str = "kiosk-01"
    library_name: str = "図書館"
    data_dir: str = "/var/lib/kiosk"
    languages: list[str] = field(default_factory=lambda: ["ja", "en"])
    default_language: str = "ja"
    #: the language of what staff read: reason explanations in maintenance and on the command line ("ja" or "en")
    staff_language: str = "ja"
    #: identification methods offered at this kiosk: "mynumber", "barcode"
    identification: list[str] = field(default_factory=lambda: ["mynumber", "barcode"])

    def _check_staff_language(self) -> str | None:
        if self.staff_language not in STAFF_LANGUAGES:
            return f"must be one of {', '.join(repr(x) for x in STAFF_LANGUAGES)}"
        return None

    def _check_languages(self) -> str | None:
        unknown = [x for x in self.languages if x not in LANGUAGES]
        if unknown:
            return f"unknown language(s) {unknown}; the kiosk has {', '.join(repr(x) for x in LANGUAGES)}"
        if not self.languages:
            return "at least one language is needed"
        if len(set(self.languages)) != len(self.languages):
            return "a language is listed twice"
        return None

    def _check_default_language(self) -> str | None:
        if self.default_language not in self.languages:
            return f"{self.default_language!r} must be one of [kiosk].languages ({', '.join(self.languages)})"
        return None

    def _check_identification(self) -> str | None:
        unknown = set(self.identification) - {"mynumber", "barcode"}
        if unknown:
            return f"unknown method(s) {sorted(unknown)}; allowed: 'mynumber', 'barcode'"
        if not self.identification:
            return "at least one identification method is needed"
        return None


@dataclass(frozen=True)
class CardSection:
    """The My Number Card reader."""

    #: PC/SC reader name, or a unique part of it; empty = the first reader that holds a card
    reader: str = ""
    #: accept the smartphone JPKI token (JPKIAPGPSETOKEN); refused by default
    accept_smartphone: bool = False
    #: the largest certificate (bytes) a card may claim before it is refused as hostile
    max_certificate_bytes: int = 8192
    #: the longest one card command may take (a real card signs in about a second); a card that stops answering is
    #: given up then, and the patron places it again (card_timeout)
    command_timeout_s: float = 5.0
    #: the longest one step may take in all: the reading after a tap, or the PIN check with the signature
    step_timeout_s: float = 15.0

    def _check_max_certificate_bytes(self) -> str | None:
        if not 512 <= self.max_certificate_bytes <= 16384:
            return "must be between 512 and 16384"
        return None

    def _check_command_timeout_s(self) -> str | None:
        if not 0.5 <= self.command_timeout_s <= 60:
            return "must be between 0.5 and 60 seconds"
        return None

    def _check_step_timeout_s(self) -> str | None:
        if not self.command_timeout_s <= self.step_timeout_s <= 120:
            return "must be at least [card].command_timeout_s and at most 120 seconds"
        return None


@dataclass(frozen=True)
class IdentitySection:
    """Certificate trust and the link table."""

    #: PEM files of the JPKI user-authentication CA certificates (2015 and 2023 CAs share one name)
    trust_anchors: list[str] = field(default_factory=list)
    #: SQLAlchemy URL of the link table; empty = SQLite in data_dir/links.sqlite
    link_database: str = ""
    #: file holding the link-table HMAC key (made with mode 0600 on first use); empty = data_dir/link.key
    link_key_file: str = ""
    #: this kiosk's library system code in a shared (regional) link table
    library_system: str = "main"
    #: seconds of clock difference tolerated when checking certificate dates
    clock_skew_s: int = 300

    def _check_clock_skew_s(self) -> str | None:
        return None if 0 <= self.clock_skew_s <= 3600 else "must be between 0 and 3600 seconds"


@dataclass(frozen=True)
class LibrarySection:
    """Which connector speaks to the library system (guide: docs/connectors.md)."""

    #: the connector's name: "sip2" (built in; its settings are [sip2]), or one an installed package registers under
    #: the entry point group "mynumber_kiosk.connectors"
    connector: str = "sip2"
    #: the connector's own settings, as a [library.options] table (each connector says which keys it takes)
    options: dict[str, Any] = field(default_factory=dict)

    def _check_connector(self) -> str | None:
        if not re.fullmatch(r"[a-z][a-z0-9_.-]{0,63}", self.connector):
            return "must be a connector's name (lower case, e.g. 'sip2')"
        return None


@dataclass(frozen=True)
class ServicesSection:
    """What patrons can do at the kiosk besides borrowing. Each service is also offered only when the library
    system's connector can do it (returns, renewals and the account also need the library system online)."""

    #: returns after identification: books on the pad or scanned are checked in and secured again
    returns: bool = True
    #: a "Return books" button on the idle screen: returns without identification
    returns_without_card: bool = False
    #: the patron's loans with their due dates, to renew one or all
    renewals: bool = True
    #: my account: items out with due dates (overdue marked), holds ready for pickup and how long they are kept
    account: bool = True
    #: after identification, "N reservations are ready for you" and where to collect them (when the library system
    #: says)
    holds_notice: bool = True
    #: count check (Japanese practice): the patron enters how many books they put on the pad, and the stack is lent
    #: only when the pad read as many; a mismatch asks to spread the books out, a second one sends to the desk
    count_check: bool = False
    #: seconds the pad is given to read the stack before the numbers are compared
    count_settle_s: float = 1.5

    def _check_count_settle_s(self) -> str | None:
        return None if 0.5 <= self.count_settle_s <= 10.0 else "must be between 0.5 and 10 seconds"


@dataclass(frozen=True)
class Sip2Section:
    """The library system link (SIP2). Only ever 127.0.0.1 in tests and the demo."""

    host: str = "127.0.0.1"
    port: int = 6001
    tls: bool = False
    #: CA bundle (PEM) to verify the library system's TLS certificate; empty = the system store
    tls_ca_file: str = ""
    tls_verify: bool = True
    #: login (93): user and password given by the library system's administrator
    username: str = ""
    password: str = ""
    #: institution id (AO) and location code (CP, AP)
    institution: str = ""
    location: str = ""
    #: "utf-8" (Japanese titles) or "cp850" (legacy servers)
    encoding: str = "utf-8"
    #: "CR" (the spec) or "CRLF" (some servers)
    terminator: str = "CR"
    #: send AY/AZ (sequence number and checksum)
    error_detection: bool = True
    connect_timeout_s: float = 5.0
    #: reply timeout when the library system does not announce one in its 98 status
    timeout_s: float = 10.0
    #: send a 99 status after this many idle seconds (below the server's idle timeout); 0 = never
    keepalive_s: float = 60.0
    #: re-sends (96, 98, read-only requests) and reconnect attempts
    retries: int = 3

    def _check_port(self) -> str | None:
        return None if 1 <= self.port <= 65535 else "must be between 1 and 65535"

    def _check_encoding(self) -> str | None:
        return None if self.encoding in ("utf-8", "cp850") else "must be 'utf-8' or 'cp850'"

    def _check_terminator(self) -> str | None:
        return None if self.terminator.upper() in ("CR", "CRLF") else "must be 'CR' or 'CRLF'"

    def _check_timeout_s(self) -> str | None:
        return None if 0.5 <= self.timeout_s <= 120 else "must be between 0.5 and 120 seconds"

    def _check_connect_timeout_s(self) -> str | None:
        return None if 0.5 <= self.connect_timeout_s <= 120 else "must be between 0.5 and 120 seconds"

    def _check_keepalive_s(self) -> str | None:
        return None if self.keepalive_s == 0 or 5 <= self.keepalive_s <= 3600 else "must be 0 or 5..3600 seconds"

    def _check_retries(self) -> str | None:
        return None if 0 <= self.retries <= 10 else "must be between 0 and 10"


@dataclass(frozen=True)
class OfflineSection:
    """Lending while the library system cannot be reached (the journal in data_dir)."""

    #: lend offline at all (the bookmobile: true; many branch kiosks: false)
    lending: bool = False
    #: items one patron may borrow offline in one session
    items_per_patron: int = 5
    #: identification methods that may lend offline: "mynumber", "barcode"
    identification: list[str] = field(default_factory=lambda: ["mynumber"])
    #: loan period (days) used for the due date shown to the patron offline
    loan_period_days: int = 14
    #: journal file; empty = data_dir/offline.sqlite
    journal: str = ""
    #: AES-GCM key file (made with mode 0600 on first run); empty = data_dir/offline.key
    key_file: str = ""
    #: replay waiting transactions by itself as soon as the library system answers again (off: only "Sync now")
    auto_sync: bool = True
    #: seconds between checks of the library link while it is up (and no patron session runs)
    probe_interval_s: float = 30.0
    #: while the library system is away the wait doubles after each failed check, up to this many seconds
    probe_backoff_max_s: float = 300.0
    #: transactions replayed in one step; a patron's checkout waits at most for one step
    sync_batch: int = 50

    def _check_probe_interval_s(self) -> str | None:
        return None if 1.0 <= self.probe_interval_s <= 3600.0 else "must be between 1 and 3600 seconds"

    def _check_probe_backoff_max_s(self) -> str | None:
        if not self.probe_interval_s <= self.probe_backoff_max_s <= 86400.0:
            return "must be at least probe_interval_s and at most 86400 seconds"
        return None

    def _check_sync_batch(self) -> str | None:
        return None if 1 <= self.sync_batch <= 10000 else "must be between 1 and 10000"

    def _check_items_per_patron(self) -> str | None:
        return None if 1 <= self.items_per_patron <= 100 else "must be between 1 and 100"

    def _check_staff_language(self) -> str | None:
        if self.staff_language not in STAFF_LANGUAGES:
            return f"must be one of {', '.join(repr(x) for x in STAFF_LANGUAGES)}"
        return None

    def _check_identification(self) -> str | None:
        unknown = set(self.identification) - {"mynumber", "barcode"}
        return f"unknown method(s) {sorted(unknown)}; allowed: 'mynumber', 'barcode'" if unknown else None

    def _check_loan_period_days(self) -> str | None:
        return None if 1 <= self.loan_period_days <= 365 else "must be between 1 and 365"


@dataclass(frozen=True)
class ValidationSection:
    """Certificate revocation checking: OCSP through the LGWAN-side validation service, and CRLs for offline use."""

    #: "ocsp", "crl", or "ocsp+crl" (OCSP, and the stored CRL when the responder cannot be reached)
    mode: str = "ocsp"
    #: the OCSP responder URL (http:// or https://); empty = not configured: every My Number Card is refused
    ocsp_url: str = ""
    #: "post" (RFC 6960 A.1), or "get": the request base64-encoded into the URL (RFC 5019; cacheable by proxies),
    #: used when that URL is at most 255 bytes, else POST
    ocsp_method: str = "post"
    #: HTTP proxy for the LGWAN gateway, e.g. "http://10.0.0.1:8080"; empty = direct (environment proxies ignored)
    proxy: str = ""
    #: PEM bundle of CAs trusted for the responder's TLS certificate (https only); empty = the system's
    ca_bundle: str = ""
    #: PEM file of the responder's TLS server certificate to pin (its SHA-256 must match); empty = no pinning
    pinned_cert: str = ""
    #: PEM client certificate and key presented to the responder (https only); empty = none
    client_cert: str = ""
    client_key: str = ""
    connect_timeout_s: float = 3.0
    read_timeout_s: float = 5.0
    #: further attempts after a failed one (connection refused, timeout, HTTP 5xx, tryLater)
    retries: int = 1
    #: a "good" answer is reused until its nextUpdate, but never longer than this; 0 = no cache
    cache_max_s: int = 300
    #: seconds of clock difference tolerated on thisUpdate/nextUpdate/producedAt
    clock_skew_s: int = 300
    #: refuse responses that do not echo the request's nonce
    require_nonce: bool = True
    #: how old a response without nextUpdate may be
    response_max_age_s: int = 300
    #: PEM files of OCSP responder certificates trusted directly (besides the issuing CA and responders it
    #: delegated with id-kp-OCSPSigning)
    responder_certs: list[str] = field(default_factory=list)
    #: where the CRL is fetched from when online; empty = CRLs only imported by a technician
    crl_url: str = ""
    #: fetch a new CRL when the stored one is older than this (and when past its nextUpdate)
    crl_refresh_s: int = 3600
    #: accept cards while offline on a stored CRL (bookmobile); off = fail closed when offline
    offline_acceptance: bool = False
    #: PEM certificate the maintenance probe asks the responder about (e.g. a staff test card's); it must come back
    #: "good". Empty = a random serial under each trust anchor (any believable signed answer will do)
    probe_cert: str = ""
    #: offline acceptance only with a CRL younger than this (seconds since its thisUpdate)
    offline_max_crl_age_s: int = 86400
    #: the certificate is known before the PIN pad opens, so its revocation is asked while the patron types; that
    #: answer is used after the signature when it is at most this old (else asked again). A revoked card is then
    #: refused before the PIN. 0 = ask only after the signature
    early_check_max_age_s: int = 120

    def check_deadline_s(self) -> float:
        """The longest one revocation check may take by its timeouts: every attempt connects and reads to the limit,
        and in "ocsp+crl" a CRL fetch follows the OCSP attempts."""
        attempts = (self.retries + 1) * (2 if self.mode == "ocsp+crl" else 1)
        return attempts * (self.connect_timeout_s + self.read_timeout_s)

    def _check_mode(self) -> str | None:
        if self.mode not in {"ocsp", "crl", "ocsp+crl"}:
            return "must be 'ocsp', 'crl' or 'ocsp+crl'"
        return None

    def _check_ocsp_url(self) -> str | None:
        if self.ocsp_url and not self.ocsp_url.startswith(("http://", "https://")):
            return "must start with http:// or https://"
        return None

    def _check_ocsp_method(self) -> str | None:
        return None if self.ocsp_method in {"post", "get"} else "must be 'post' or 'get'"

    def _check_crl_url(self) -> str | None:
        if self.crl_url and not self.crl_url.startswith(("http://", "https://")):
            return "must start with http:// or https://"
        return None

    def _check_proxy(self) -> str | None:
        if self.proxy and not self.proxy.startswith(("http://", "https://")):
            return "must start with http:// (e.g. http://gateway:8080)"
        return None

    def _check_client_key(self) -> str | None:
        if bool(self.client_cert) != bool(self.client_key):
            return "client_cert and client_key go together: set both or neither"
        return None

    def _check_connect_timeout_s(self) -> str | None:
        return None if 0.1 <= self.connect_timeout_s <= 60 else "must be between 0.1 and 60 seconds"

    def _check_read_timeout_s(self) -> str | None:
        return None if 0.1 <= self.read_timeout_s <= 120 else "must be between 0.1 and 120 seconds"

    def _check_retries(self) -> str | None:
        return None if 0 <= self.retries <= 3 else "must be between 0 and 3"

    def _check_cache_max_s(self) -> str | None:
        return None if 0 <= self.cache_max_s <= 86400 else "must be between 0 and 86400 seconds"

    def _check_clock_skew_s(self) -> str | None:
        return None if 0 <= self.clock_skew_s <= 3600 else "must be between 0 and 3600 seconds"

    def _check_response_max_age_s(self) -> str | None:
        return None if 0 <= self.response_max_age_s <= 86400 else "must be between 0 and 86400 seconds"

    def _check_crl_refresh_s(self) -> str | None:
        return None if 60 <= self.crl_refresh_s <= 7 * 86400 else "must be between 60 and 604800 seconds"

    def _check_early_check_max_age_s(self) -> str | None:
        return None if 0 <= self.early_check_max_age_s <= 3600 else "must be between 0 and 3600 seconds"

    def _check_offline_max_crl_age_s(self) -> str | None:
        if not 0 <= self.offline_max_crl_age_s <= 30 * 86400:
            return "must be between 0 and 2592000 seconds (30 days)"
        return None


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


@dataclass(frozen=True)
class LoggingSection:
    """Structured JSON logs on stderr (journald under systemd); never a PIN, serial, patron number or title."""

    #: the kiosk's log level (``kiosk run``, ``kiosk demo``), unless ``kiosk --log-level`` gives one
    level: str = "INFO"

    def _check_level(self) -> str | None:
        if self.level.upper() not in LOG_LEVELS:
            return f"must be one of {', '.join(LOG_LEVELS)}"
        return None


_SERIAL_BAUDS = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400)


def _check_byte(value: int) -> str | None:
    return None if 0 <= value <= 255 else "must be a byte, 0–255 (write it as 0x07)"


@dataclass(frozen=True)
class RfidSection:
    """The RFID pad (3M/Bibliotheca 810 serial protocol)."""

    #: serial device of the pad (use /dev/serial/by-id/…); empty = no RFID pad at this kiosk
    port: str = ""
    baud: int = 19200
    #: tag data model: "iso28560-3", "iso28560-2", or "uid" (no data on the tag: its UID is the item key)
    tag_model: str = "iso28560-3"
    #: for tag_model "uid": CSV file of "uid,item" lines; empty = the UID itself is the item number
    uid_table: str = ""
    #: security method: "afi" (AFI byte) or "eas" (NXP EAS bit)
    security: str = "afi"
    #: AFI of an item on the shelf, gate alarms (ISO 28560 / Danish model: 0x07 = 7); hex like 0x07 is fine in TOML
    afi_on_shelf: int = 0x07
    #: AFI of a lent item, gate silent (0xC2 = 194); 3M RFID501 sites use other values: check on site
    afi_lent: int = 0xC2
    #: write attempts, each confirmed by reading back, before an item is reported to staff
    retries: int = 3
    #: multi-part items: "all_parts" (lend only when every part is on the pad) or "any_part"
    sets: str = "all_parts"
    #: inventories in a row a tag must be missing before it counts as lifted (tags at the field's edge flicker)
    misses_before_removed: int = 2
    #: seconds to wait for the reader's answer
    timeout_s: float = 2.0

    def _check_baud(self) -> str | None:
        return None if self.baud in _SERIAL_BAUDS else f"must be one of {list(_SERIAL_BAUDS)}"

    def _check_tag_model(self) -> str | None:
        return None if self.tag_model in MODEL_NAMES else f"must be one of {', '.join(MODEL_NAMES)}"

    def _check_uid_table(self) -> str | None:
        if not self.uid_table or self.tag_model != "uid":
            return None
        try:
            load_uid_table(self.uid_table)
        except OSError as e:
            return f"cannot read {self.uid_table} ({e.strerror})"
        except TagFormatError as e:
            return f"{self.uid_table}: {e}"
        return None

    def _check_security(self) -> str | None:
        return None if self.security in ("afi", "eas") else "must be 'afi' or 'eas'"

    def _check_afi_on_shelf(self) -> str | None:
        return _check_byte(self.afi_on_shelf)

    def _check_afi_lent(self) -> str | None:
        if self.afi_lent == self.afi_on_shelf:
            return "must differ from afi_on_shelf"
        return _check_byte(self.afi_lent)

    def _check_retries(self) -> str | None:
        return None if 1 <= self.retries <= 100 else "must be between 1 and 100"

    def _check_sets(self) -> str | None:
        return None if self.sets in ("all_parts", "any_part") else "must be 'all_parts' or 'any_part'"

    def _check_timeout_s(self) -> str | None:
        return None if 0.1 <= self.timeout_s <= 30 else "must be between 0.1 and 30 seconds"

    def _check_misses_before_removed(self) -> str | None:
        return None if 1 <= self.misses_before_removed <= 10 else "must be between 1 and 10"


@dataclass(frozen=True)
class BarcodeSection:
    """Barcode scanners and what their codes mean."""

    #: serial scanners (RS-232 or USB CDC-ACM /dev/ttyACM*)
    serial_ports: list[str] = field(default_factory=list)
    serial_baud: int = 9600
    #: keyboard-wedge scanners, read through evdev with an exclusive grab (/dev/input/by-id/…-event-kbd)
    evdev_devices: list[str] = field(default_factory=list)
    #: the keyboard layout the wedge scanner is set to: "jis" or "us"
    keyboard_layout: str = "jis"
    #: NW-7 check digit: none, mod10w21, mod10w21-sum, mod10w31, mod11w27, 7dr, 7dsr, 9dr, 9dsr, mod16
    check_digit: str = "none"
    #: the scanner sends the check digit (false: the scanner checks and strips it itself)
    check_digit_transmitted: bool = True
    #: modulus 11 results of 10: "0", "X", or "invalid"
    mod11_ten: str = "0"
    #: regular expressions (whole value, after start/stop and check digit are removed)
    patron_patterns: list[str] = field(default_factory=list)
    item_patterns: list[str] = field(default_factory=list)
    technician_patterns: list[str] = field(default_factory=list)

    def _check_serial_baud(self) -> str | None:
        return None if self.serial_baud in _SERIAL_BAUDS else f"must be one of {list(_SERIAL_BAUDS)}"

    def _check_keyboard_layout(self) -> str | None:
        return None if self.keyboard_layout in ("jis", "us") else "must be 'jis' or 'us'"

    def _check_check_digit(self) -> str | None:
        return None if self.check_digit in SCHEMES else f"must be one of {', '.join(SCHEMES)}"

    def _check_mod11_ten(self) -> str | None:
        return None if self.mod11_ten in ("0", "X", "invalid") else "must be '0', 'X' or 'invalid'"

    def _patterns(self, patterns: list[str]) -> str | None:
        for p in patterns:
            try:
                re.compile(p)
            except re.error as e:
                return f"{_shown(p)} is not a valid regular expression ({e})"
            except (OverflowError, RecursionError):  # a repetition count too large, groups nested too deep
                return f"{_shown(p)} is not a regular expression Python can use (too large or nested too deep)"
        return None

    def _check_patron_patterns(self) -> str | None:
        return self._patterns(self.patron_patterns)

    def _check_item_patterns(self) -> str | None:
        return self._patterns(self.item_patterns)

    def _check_technician_patterns(self) -> str | None:
        return self._patterns(self.technician_patterns)


@dataclass(frozen=True)
class PrinterSection:
    """The ESC/POS receipt printer."""

    #: serial device, or a USB printer-class node (/dev/usb/lp0) with transport "usblp"; empty = no printer
    port: str = ""
    transport: str = "serial"
    baud: int = 115200
    #: "kanji" (printer with Japanese firmware, Shift_JIS) or "raster" (text drawn as an image)
    mode: str = "kanji"
    #: 80 or 58
    paper_width_mm: int = 80
    #: print a QR code with qr_text (for example the library's "my loans" page); never personal data
    qr: bool = False
    qr_text: str = ""
    status_timeout_s: float = 1.0
    #: in kanji mode, print a receipt as an image when a title has characters the printer's font lacks (髙, ①…)
    raster_fallback: bool = True

    def _check_transport(self) -> str | None:
        return None if self.transport in ("serial", "usblp") else "must be 'serial' or 'usblp'"

    def _check_baud(self) -> str | None:
        return None if self.baud in _SERIAL_BAUDS else f"must be one of {list(_SERIAL_BAUDS)}"

    def _check_mode(self) -> str | None:
        return None if self.mode in ("kanji", "raster") else "must be 'kanji' or 'raster'"

    def _check_paper_width_mm(self) -> str | None:
        return None if self.paper_width_mm in (58, 80) else "must be 58 or 80"

    def _check_qr(self) -> str | None:
        return "needs qr_text" if self.qr and not self.qr_text else None

    def _check_status_timeout_s(self) -> str | None:
        return None if 0.1 <= self.status_timeout_s <= 10 else "must be between 0.1 and 10 seconds"


@dataclass(frozen=True)
class ReceiptSection:
    """What the loan receipt shows (never a name)."""

    #: print the library's patron number, masked to its last 4 characters
    show_patron_number: bool = False
    #: print how many reservations wait for the patron
    show_holds_ready: bool = True
    #: also print every current loan with its due date after what was lent now (patrons ask for it); never a name
    all_loans: bool = False
    footer: list[str] = field(default_factory=list)


#: keys a keypad has that the PIN pad does not use (nor the bookmobile, whose F5 syncs): ``[ui].speech_repeat_key``
REPEAT_KEYS = ("*", "/", "+", "-", *(f"F{i}" for i in range(1, 13) if i != 5))


@dataclass(frozen=True)
class UiSection:
    """The patron screens (``ui/``)."""

    #: full screen for the unattended kiosk; ``kiosk run --windowed`` overrides it for laptops
    fullscreen: bool = True
    #: bookmobile mode: windowed, online/offline banner with waiting transactions and one-action sync
    bookmobile: bool = False
    #: seconds without a touch before the countdown shows
    inactivity_timeout_s: float = 60.0
    #: length of the countdown (seconds) before the session ends
    inactivity_warning_s: float = 20.0
    #: seconds the goodbye screen stays
    goodbye_s: float = 6.0
    #: receipt policy: "ask", "always" or "never"
    receipt: str = "ask"
    #: a library card is followed by its 4-digit password on the PIN pad (checked by the library system)
    barcode_password: bool = False
    large_text: bool = False
    high_contrast: bool = False
    sounds: bool = True
    #: loudness of everything the kiosk plays, its tones and its spoken guidance, 0–100 (0 = silent); a site setting
    #: (maintenance)
    volume: int = 80
    #: spoken guidance: every screen and refusal said in the patron's language (Open JTalk for Japanese, espeak-ng
    #: for the others); a PIN digit is a tone, never spoken. On by default: an unattended terminal speaks (ADA 707,
    #: EN 301 549). The phrases are rendered once into data_dir/speech ("kiosk speech render" at install; the kiosk
    #: renders what is missing at start and after a change of volume, in the background)
    speech: bool = True
    #: the physical keypad's key that says the screen again: "*", "/", "+", "-", or a function key but F5
    speech_repeat_key: str = "*"
    #: nice value the kiosk process asks for at start (-20..0; 0 = leave it alone). Needs room from the service
    #: (kiosk.service sets LimitNICE=25, enough for -5); without it the kiosk logs ui.priority_unchanged. Off by
    #: default: on the shared 2-core test machine -5 gave no clear gain under load (see bench/ui_latency.py)
    gui_nice: int = 0

    def _check_volume(self) -> str | None:
        return None if 0 <= self.volume <= 100 else "must be between 0 and 100"

    def _check_speech_repeat_key(self) -> str | None:
        if self.speech_repeat_key not in REPEAT_KEYS:
            return (
                f"must be one of {', '.join(repr(k) for k in REPEAT_KEYS)} (digits, Enter, Backspace, '.', ',' and "
                "Esc work the PIN pad; F5 syncs the bookmobile)"
            )
        return None

    def _check_gui_nice(self) -> str | None:
        if not -20 <= self.gui_nice <= 0:
            return "must be between -20 and 0 (0 leaves the priority alone)"
        return None

    def _check_inactivity_timeout_s(self) -> str | None:
        if not 10 <= self.inactivity_timeout_s <= 600:
            return "must be between 10 and 600 seconds"
        return None

    def _check_inactivity_warning_s(self) -> str | None:
        if not 5 <= self.inactivity_warning_s <= 120:
            return "must be between 5 and 120 seconds"
        return None

    def _check_goodbye_s(self) -> str | None:
        if not 1 <= self.goodbye_s <= 60:
            return "must be between 1 and 60 seconds"
        return None

    def _check_receipt(self) -> str | None:
        if self.receipt not in {"ask", "always", "never"}:
            return 'must be "ask", "always" or "never"'
        return None


@dataclass(frozen=True)
class MaintenanceSection:
    """Technician access (maintenance mode)."""

    #: the technician passcode as a salted scrypt hash; make it with ``kiosk maintenance hash-passcode``.
    #: Empty = maintenance mode cannot be entered with a passcode.
    passcode_hash: str = ""
    #: failed passcodes in a row before entry is locked
    max_failures: int = 5
    #: seconds entry stays locked after too many failures
    lockout_s: int = 300
    #: barcodes of technician cards: scanned on the idle screen they open the passcode screen (the passcode is
    #: still needed). Empty = only the hidden gesture (five taps on the library name) or Ctrl+Alt+M.
    technician_cards: list[str] = field(default_factory=list)
    #: seconds the passcode screen waits for a touch before it returns to the idle screen by itself
    passcode_timeout_s: float = 60.0
    #: seconds maintenance mode stays without a touch before it returns to the idle screen by itself
    idle_timeout_s: float = 600.0

    def _check_passcode_timeout_s(self) -> str | None:
        return None if 10 <= self.passcode_timeout_s <= 600 else "must be between 10 and 600 seconds"

    def _check_idle_timeout_s(self) -> str | None:
        return None if 60 <= self.idle_timeout_s <= 7200 else "must be between 60 and 7200 seconds"

    def _check_passcode_hash(self) -> str | None:
        if not self.passcode_hash:
            return None
        try:
            passcode_hash.parse(self.passcode_hash)
        except passcode_hash.PasscodeHashError as e:
            return f"not a passcode hash the kiosk can use: {e} (fix: make one with `kiosk maintenance hash-passcode`)"
        return None

    def _check_max_failures(self) -> str | None:
        if not 1 <= self.max_failures <= 20:
            return "must be between 1 and 20"
        return None

    def _check_lockout_s(self) -> str | None:
        if not 10 <= self.lockout_s <= 86400:
            return "must be between 10 and 86400 seconds"
        return None


@dataclass(frozen=True)
class MetricsSection:
    """Telling the library: the status snapshot ``kiosk status`` reads, and an optional Prometheus endpoint.

    The snapshot and the endpoint carry states and counts only: never a patron number, item, title, serial or PIN."""

    #: serve Prometheus metrics on http://127.0.0.1:<port>/metrics (loopback only: a local agent or an SSH tunnel
    #: carries them to the library's monitoring)
    enabled: bool = False
    port: int = 9464
    #: seconds between samples of the devices, the links and the queue (status file, metrics, systemd STATUS=)
    status_interval_s: float = 5.0
    #: where the running kiosk keeps its status snapshot; empty = data_dir/status.json. On flash storage that
    #: should be spared, /run/kiosk/status.json (tmpfs, gone when the service stops) is a good choice
    status_file: str = ""
    #: seconds between the status sampler's checks of the validation service (a shared service: do not ask it
    #: often). The library system is checked every [offline].probe_interval_s; neither while a patron is served
    validation_probe_s: float = 300.0

    def _check_port(self) -> str | None:
        return None if 1024 <= self.port <= 65535 else "must be between 1024 and 65535 (e.g. 9464)"

    def _check_status_interval_s(self) -> str | None:
        return None if 1.0 <= self.status_interval_s <= 60.0 else "must be between 1 and 60 seconds"

    def _check_status_file(self) -> str | None:
        if self.status_file and not Path(self.status_file).is_absolute():
            return "must be an absolute path (e.g. /run/kiosk/status.json), or empty for data_dir/status.json"
        return None

    def _check_validation_probe_s(self) -> str | None:
        return None if 30.0 <= self.validation_probe_s <= 86400.0 else "must be between 30 and 86400 seconds"


@dataclass(frozen=True)
class Config:
    kiosk: KioskSection = field(default_factory=KioskSection)
    card: CardSection = field(default_factory=CardSection)
    identity: IdentitySection = field(default_factory=IdentitySection)
    logging: LoggingSection = field(default_factory=LoggingSection)
    ui: UiSection = field(default_factory=UiSection)
    maintenance: MaintenanceSection = field(default_factory=MaintenanceSection)
    library: LibrarySection = field(default_factory=LibrarySection)
    services: ServicesSection = field(default_factory=ServicesSection)
    sip2: Sip2Section = field(default_factory=Sip2Section)
    offline: OfflineSection = field(default_factory=OfflineSection)
    validation: ValidationSection = field(default_factory=ValidationSection)
    rfid: RfidSection = field(default_factory=RfidSection)
    barcode: BarcodeSection = field(default_factory=BarcodeSection)
    printer: PrinterSection = field(default_factory=PrinterSection)
    receipt: ReceiptSection = field(default_factory=ReceiptSection)
    metrics: MetricsSection = field(default_factory=MetricsSection)
    #: where the file was read from (None = built-in defaults)
    source: str | None = None

    @property
    def data_dir(self) -> Path:
        return Path(self.kiosk.data_dir)


def _type_name(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin is list:
        (inner,) = typing.get_args(tp)
        return f"a list of {_type_name(inner)}"
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_name(a) for a in typing.get_args(tp) if a is not type(None))
    return {str: "a string", int: "an integer", float: "a number", bool: "true or false"}.get(tp, str(tp))


def _shown(value: Any) -> str:
    """A value as an error message quotes it: short, whatever it is (``repr`` of a 5000-digit integer raises)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "a very large integer"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _coerce(key: str, value: Any, tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        for a in args:
            try:
                return _coerce(key, value, a)
            except ConfigError:
                continue
        raise ConfigError(key, f"expected {_type_name(tp)}, got {_shown(value)}")
    if origin is list:
        (inner,) = typing.get_args(tp)
        if not isinstance(value, list):
            raise ConfigError(key, f"expected {_type_name(tp)}, got {_shown(value)}", f"write it as [{_shown(value)}]")
        return [_coerce(f"{key}[{i}]", v, inner) for i, v in enumerate(value)]
    if tp is bool:
        if not isinstance(value, bool):
            raise ConfigError(key, f"expected true or false, got {_shown(value)}", "write true or false without quotes")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(key, f"expected an integer, got {_shown(value)}")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(key, f"expected a number, got {_shown(value)}")
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
        if not math.isfinite(number):
            raise ConfigError(key, f"expected a finite number, got {_shown(value)}")
        return number
    if tp is str:
        if not isinstance(value, str):
            raise ConfigError(key, f"expected a string, got {_shown(value)}", "put the value in quotes")
        return value
    if origin is dict or (isinstance(tp, type) and issubclass(tp, dict)):
        if not isinstance(value, dict):
            raise ConfigError(key, f"expected a table, got {_shown(value)}")
        return value
    raise ConfigError(key, f"unsupported type {tp!r}")


def _build_section(name: str, cls: type, raw: Any) -> Any:
    if not isinstance(raw, dict):
        raise ConfigError(f"[{name}]", "must be a table", f"write it as a [{name}] section")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(raw) - set(fields))
    if unknown:
        raise ConfigError(f"[{name}].{unknown[0]}", "unknown key", f"known keys: {', '.join(sorted(fields))}")
    values = {k: _coerce(f"[{name}].{k}", v, hints[k]) for k, v in raw.items()}
    section = cls(**values)
    for fname in fields:
        check = getattr(section, f"_check_{fname}", None)
        if check is not None:
            problem = check()
            if problem:
                raise ConfigError(f"[{name}].{fname}", problem)
    return section


def _offline_barcode_needs_a_patron_pattern(cfg: Config) -> ConfigError | None:
    """Offline, nothing checks a library card number but the kiosk itself: a barcode patron may lend offline only
    where the library's patron pattern (and, where its cards carry one, the check digit) says it is a card."""
    o = cfg.offline
    if o.lending and "barcode" in o.identification and "barcode" in cfg.kiosk.identification:
        if not cfg.barcode.patron_patterns:
            return ConfigError(
                "[offline].identification",
                "barcode patrons may lend offline, but [barcode].patron_patterns is empty: any code would lend",
                "set [barcode].patron_patterns to your library cards' numbers (and [barcode].check_digit if they "
                "carry one), or remove 'barcode' from [offline].identification",
            )
    return None


#: rules that span sections, checked once every section is built: each returns the error or None
_CROSS_CHECKS = (_offline_barcode_needs_a_patron_pattern,)


def from_dict(raw: dict[str, Any], source: str | None = None) -> Config:
    if not isinstance(raw, dict):
        raise ConfigError(source or "configuration", "must be a table of sections")
    hints = typing.get_type_hints(Config)
    sections = {f.name for f in dataclasses.fields(Config)} - {"source"}
    unknown = sorted(set(raw) - sections, key=str)
    if unknown:
        raise ConfigError(f"[{unknown[0]}]", "unknown section", f"known sections: {', '.join(sorted(sections))}")
    built = {name: _build_section(name, hints[name], raw[name]) for name in sections if name in raw}
    cfg = Config(source=source, **built)
    for check in _CROSS_CHECKS:
        error = check(cfg)
        if error is not None:
            raise error
    return cfg


def read_text(path: Path, key: str, missing: str = "give the right path") -> str:
    """A configured text file, decoded strictly as UTF-8 (a byte-order mark is allowed): a file in another encoding
    is a :class:`ConfigError` on ``key`` saying so, never misread; ``missing`` is the fix when there is no file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(key, "file not found", missing) from None
    except OSError as e:
        raise ConfigError(key, f"cannot read {path} ({e.strerror})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ConfigError(
            key,
            f"{path} is not UTF-8 text (byte {e.start} is 0x{data[e.start]:02x})",
            "save the file as UTF-8 (Shift_JIS and other encodings are not read)",
        ) from None


def _toml(path: Path, missing: str) -> dict[str, Any]:
    text = read_text(path, str(path), missing=missing)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(str(path), f"not valid TOML: {e}") from None
    except RecursionError:
        raise ConfigError(str(path), "not valid TOML: arrays or tables nested too deep") from None
    except ValueError as e:  # an integer too long to convert, and the like
        raise ConfigError(str(path), f"not valid TOML: {e}") from None


def load(path: str | Path | None = None) -> Config:
    """Read and validate the configuration, then the site settings of its data_dir (:func:`with_site_settings`).
    No path and no default file means built-in defaults."""
    if path is None:
        if not DEFAULT_PATH.exists():
            return with_site_settings(Config())
        path = DEFAULT_PATH
    path = Path(path)
    raw = _toml(path, "give the right path with --config")
    return with_site_settings(from_dict(raw, source=str(path)))


#: section → the keys a technician may change on site (maintenance), kept in <data_dir>/site-settings.toml
SITE_SETTINGS: dict[str, tuple[str, ...]] = {
    "ui": ("receipt", "volume", "large_text"),
    "kiosk": ("languages",),
}
SITE_SETTINGS_FILE = "site-settings.toml"


def site_settings_path(cfg: Config) -> Path:
    return cfg.data_dir / SITE_SETTINGS_FILE


def as_dict(cfg: Config) -> dict[str, dict[str, Any]]:
    """The sections of ``cfg`` as the tables of a configuration file (``from_dict(as_dict(cfg))`` gives ``cfg``)."""
    return {
        f.name: dataclasses.asdict(getattr(cfg, f.name))
        for f in dataclasses.fields(cfg)
        if dataclasses.is_dataclass(getattr(cfg, f.name))
    }


def check_site_settings(raw: Any, where: str) -> dict[str, dict[str, Any]]:
    """``raw`` (a site-settings table) when it holds only site settings; else a :class:`ConfigError`."""
    if not isinstance(raw, dict):
        raise ConfigError(where, "must be a table of sections")
    for section, keys in raw.items():
        allowed = SITE_SETTINGS.get(section, ())
        if not isinstance(keys, dict):
            raise ConfigError(f"[{section}]", f"must be a table ({where})")
        for key in keys:
            if key not in allowed:
                known = ", ".join(f"[{s}].{k}" for s, ks in SITE_SETTINGS.items() for k in ks)
                raise ConfigError(f"[{section}].{key}", f"is not a site setting ({where} holds only {known})",
                                  "set it in the configuration file instead")  # fmt: skip
    return raw


def apply_site_settings(cfg: Config, settings: dict[str, dict[str, Any]], where: str = "site settings") -> Config:
    """``cfg`` with ``settings`` (site settings only) in place of its values, validated as the file is."""
    check_site_settings(settings, where)
    merged = as_dict(cfg)
    for section, values in settings.items():
        merged[section] = {**merged.get(section, {}), **values}
    return from_dict(merged, source=cfg.source)


def with_site_settings(cfg: Config) -> Config:
    """``cfg`` with the site settings of its data_dir applied (none there: ``cfg`` as it is)."""
    path = site_settings_path(cfg)
    if not path.is_file():
        return cfg
    return apply_site_settings(cfg, _toml(path, "remove it"), str(path))


def replace(cfg: Config, section: str, **changes: Any) -> Config:
    """A copy of ``cfg`` with some keys of one section changed (used by the CLI options and tests)."""
    return dataclasses.replace(cfg, **{section: dataclasses.replace(getattr(cfg, section), **changes)})
