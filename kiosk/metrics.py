"""What happened at this kiosk, counted for the library's monitoring, and its Prometheus text exposition.

Counters and histograms are fed by the patron-session runner (:mod:`kiosk.runner`): sessions, loans online and
offline, refusals by reason code, wrong PINs and PIN lockouts, receipts, how long identification and each checkout
took. State gauges (each device, the library-system and validation links, the offline queue) are set from each status
sample (:mod:`kiosk.status_runner`). :meth:`Metrics.render` writes them all in the Prometheus text format 0.0.4; the
composition root serves it on 127.0.0.1 (``kiosk_app.metrics_http``). No Qt, no I/O; every method is thread-safe.

**Privacy.** Only names the kiosk chose (devices, links, methods, results) and reason codes become label values, and
every reason is checked against the form of a reason code (``[a-z][a-z0-9_]*``, at most 48 characters; a count
after ``=`` is dropped): anything else becomes ``other``. So a patron number, an item identifier, a title, a
certificate serial or a PIN cannot reach the output, whatever a library system or a device answers. A metric keeps
at most :data:`MAX_SERIES` label sets (further reasons count as ``other``): hostile answers cannot grow memory.

**Why the standard library** and not ``prometheus_client``: the core stays without dependencies and runs where the
kiosk's core runs (the headless test environment too); the kiosk's metrics are a small fixed set; the text format is
stable, and CI checks this output with ``promtool check metrics``. ``prometheus_client`` would bring a process-wide
default registry and collectors of its own that a kiosk does not need.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

#: label sets a metric keeps at most; later new reasons are counted as "other"
MAX_SERIES = 64
_CODE = re.compile(r"[a-z][a-z0-9_]{0,47}")

IDENTIFICATION_BUCKETS = (0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 13.0, 20.0, 30.0)
CHECKOUT_BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 20.0)
#: the states of a device or link (kiosk.services.DeviceHealth values), one gauge each
STATES = ("ok", "warning", "error", "unknown", "absent")


def code(value: str) -> str:
    """``value`` as a label value: a reason code as it is, ``refused=3`` as ``refused``, anything else ``other``."""
    value = (value or "").strip().split("=", 1)[0]
    return value if _CODE.fullmatch(value) else "other"


@dataclass(frozen=True)
class _Family:
    name: str
    kind: str  # counter | histogram | gauge
    help: str
    labels: tuple[str, ...] = ()
    buckets: tuple[float, ...] = ()


_FAMILIES = (
    _Family("kiosk_sessions_total", "counter", "Patron sessions started, by identification method.", ("method",)),
    _Family("kiosk_loans_total", "counter",
            "Items lent: online (the library system said yes) or offline (kept in the journal).", ("mode",)),
    _Family("kiosk_refusals_total", "counter",
            "Refusals by reason code; stage patron (identification, patron status) or item.", ("stage", "reason")),
    _Family("kiosk_pin_failures_total", "counter", "Wrong PINs entered for My Number Cards."),
    _Family("kiosk_pin_lockouts_total", "counter",
            "My Number Cards whose last PIN try was spent at this kiosk (the card is now blocked)."),
    _Family("kiosk_receipts_total", "counter", "Receipts asked for, by result (printed, failed).", ("result",)),
    _Family("kiosk_staff_calls_total", "counter", "Times a patron pressed \"call staff\" on the kiosk's screen."),
    _Family("kiosk_identification_seconds", "histogram",
            "Time a patron waited while the kiosk identified them (card, PIN check, signature, revocation, patron "
            "status); typing the PIN is not counted.", ("method", "result"), IDENTIFICATION_BUCKETS),
    _Family("kiosk_checkout_seconds", "histogram",
            "Time from an item presented to its answer, by result (lent, lent_offline, refused).", ("result",),
            CHECKOUT_BUCKETS),
    _Family("kiosk_info", "gauge", "The kiosk's id and software version (always 1).", ("kiosk_id", "version")),
    _Family("kiosk_start_time_seconds", "gauge", "When the kiosk process started (Unix time)."),
    _Family("kiosk_status_age_seconds", "gauge",
            "Seconds since the devices, links and queue were last sampled (grows when the kiosk is hung)."),
    _Family("kiosk_device_state", "gauge", "Each device's state: 1 for the state it is in.", ("device", "state")),
    _Family("kiosk_device_reason", "gauge", "Why a device is not ok (reason code): 1 while it applies.",
            ("device", "reason")),
    _Family("kiosk_link_state", "gauge",
            "The library-system and validation links' state: 1 for the state each is in.", ("link", "state")),
    _Family("kiosk_link_reason", "gauge", "Why a link is not ok (reason code): 1 while it applies.",
            ("link", "reason")),
    _Family("kiosk_offline_queue_waiting", "gauge", "Offline loans waiting in the journal to reach the library system."),
    _Family("kiosk_offline_queue_oldest_age_seconds", "gauge", "Age of the oldest waiting offline loan (0: none)."),
    _Family("kiosk_offline_queue_needs_staff", "gauge",
            "Offline loans the library system refused on replay: staff must settle them at the counter."),
    _Family("kiosk_last_sync_timestamp_seconds", "gauge", "When the offline journal was last replayed (Unix time)."),
    _Family("kiosk_session_active", "gauge", "1 while a patron session runs."),
    _Family("kiosk_maintenance_active", "gauge", "1 while a technician has the kiosk in maintenance mode."),
)  # fmt: skip
_BY_NAME = {f.name: f for f in _FAMILIES}


@dataclass(frozen=True)
class StatusGauges:
    """One status sample as gauges: ``devices`` and ``links`` are (name, state, reason) with a state of
    :data:`STATES`; the queue figures are None when this kiosk has no offline journal."""

    devices: tuple[tuple[str, str, str], ...] = ()
    links: tuple[tuple[str, str, str], ...] = ()
    queue_waiting: int | None = None
    queue_oldest_age_s: float | None = None
    queue_needs_staff: int | None = None
    last_sync: float | None = None
    session_active: bool = False
    maintenance_active: bool = False


class Metrics:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._lock = threading.Lock()
        self._values: dict[str, dict[tuple[str, ...], float]] = {f.name: {} for f in _FAMILIES}
        #: histogram: labels -> [count per bucket (not cumulative) + the +Inf bucket, sum]
        self._histograms: dict[str, dict[tuple[str, ...], list[float]]] = {
            f.name: {} for f in _FAMILIES if f.kind == "histogram"
        }
        self._sampled_at: float | None = None
        self._started_at = clock()
        for method in ("mynumber", "barcode"):
            self._values["kiosk_sessions_total"][(method,)] = 0.0
        for mode in ("online", "offline"):
            self._values["kiosk_loans_total"][(mode,)] = 0.0
        self._values["kiosk_pin_failures_total"][()] = 0.0
        self._values["kiosk_pin_lockouts_total"][()] = 0.0
        # from 0, so that the first call is an increase the alert rule sees
        self._values["kiosk_staff_calls_total"][()] = 0.0

    # ------------------------------------------------------------------ identity

    def describe(self, kiosk_id: str, version: str, started_unix: float) -> None:
        with self._lock:
            self._values["kiosk_info"] = {(kiosk_id, version): 1.0}
            self._values["kiosk_start_time_seconds"] = {(): started_unix}

    # ------------------------------------------------------------------ counting (the session runner)

    def session_started(self, method: str) -> None:
        self._add("kiosk_sessions_total", (code(method),))

    def identified(self, method: str, ok: bool, seconds: float) -> None:
        self._observe("kiosk_identification_seconds", (code(method), "ok" if ok else "refused"), seconds)

    def refused(self, stage: str, reason: str) -> None:
        self._add("kiosk_refusals_total", (code(stage), code(reason)))

    def pin_failed(self, locked: bool) -> None:
        self._add("kiosk_pin_failures_total", ())
        if locked:
            self._add("kiosk_pin_lockouts_total", ())

    def item_finished(self, result: str, reason: str, seconds: float) -> None:
        """An item's answer: ``result`` is lent, lent_offline or refused (``reason`` says why)."""
        result = code(result)
        self._observe("kiosk_checkout_seconds", (result,), seconds)
        if result == "lent":
            self._add("kiosk_loans_total", ("online",))
        elif result == "lent_offline":
            self._add("kiosk_loans_total", ("offline",))
        else:
            self.refused("item", reason or "refused")

    def staff_called(self) -> None:
        self._add("kiosk_staff_calls_total", ())

    def receipt(self, ok: bool) -> None:
        self._add("kiosk_receipts_total", ("printed" if ok else "failed",))

    # ------------------------------------------------------------------ states (each status sample)

    def set_status(self, g: StatusGauges) -> None:
        def states(rows: Iterable[tuple[str, str, str]]) -> tuple[dict, dict]:
            state: dict[tuple[str, ...], float] = {}
            reason: dict[tuple[str, ...], float] = {}
            for name, st, why in rows:
                name = code(name)
                st = st if st in STATES else "unknown"
                for s in STATES:
                    state[(name, s)] = 1.0 if s == st else 0.0
                if why:
                    reason[(name, code(why))] = 1.0
            return state, reason

        def one(value: float | None) -> dict[tuple[str, ...], float]:
            return {} if value is None else {(): float(value)}

        devices, device_reasons = states(g.devices)
        links, link_reasons = states(g.links)
        with self._lock:
            v = self._values
            v["kiosk_device_state"], v["kiosk_device_reason"] = devices, device_reasons
            v["kiosk_link_state"], v["kiosk_link_reason"] = links, link_reasons
            v["kiosk_offline_queue_waiting"] = one(g.queue_waiting)
            oldest = None if g.queue_waiting is None else max(0.0, g.queue_oldest_age_s or 0.0)
            v["kiosk_offline_queue_oldest_age_seconds"] = one(oldest)
            v["kiosk_offline_queue_needs_staff"] = one(g.queue_needs_staff)
            v["kiosk_last_sync_timestamp_seconds"] = one(g.last_sync)
            v["kiosk_session_active"] = one(1.0 if g.session_active else 0.0)
            v["kiosk_maintenance_active"] = one(1.0 if g.maintenance_active else 0.0)
            self._sampled_at = self.clock()

    # ------------------------------------------------------------------ reading

    def value(self, name: str, **labels: str) -> float:
        """One series' value (counters and gauges; a histogram gives its count), 0 when it has none yet."""
        family = _BY_NAME[name]
        key = tuple(labels.get(label, "") for label in family.labels)
        with self._lock:
            if family.kind == "histogram":
                h = self._histograms[name].get(key)
                return float(sum(h[:-1])) if h else 0.0
            return self._values[name].get(key, 0.0)

    def render(self) -> str:
        """The Prometheus text exposition format (version 0.0.4)."""
        with self._lock:
            since = self._sampled_at if self._sampled_at is not None else self._started_at
            self._values["kiosk_status_age_seconds"] = {(): max(0.0, self.clock() - since)}
            out: list[str] = []
            for f in _FAMILIES:
                series = self._histograms[f.name] if f.kind == "histogram" else self._values[f.name]
                if not series:
                    continue
                out.append(f"# HELP {f.name} {f.help}")
                out.append(f"# TYPE {f.name} {f.kind}")
                for key in sorted(series):
                    labels = list(zip(f.labels, key, strict=True))
                    if f.kind != "histogram":
                        out.append(f"{f.name}{_labels(labels)} {_number(series[key])}")
                        continue
                    counts, total = series[key][:-1], series[key][-1]
                    running = 0.0
                    for bound, n in zip((*f.buckets, math.inf), counts, strict=True):
                        running += n
                        out.append(f"{f.name}_bucket{_labels([*labels, ('le', _number(bound))])} {_number(running)}")
                    out.append(f"{f.name}_sum{_labels(labels)} {_number(total)}")
                    out.append(f"{f.name}_count{_labels(labels)} {_number(running)}")
            return "\n".join(out) + "\n"

    # ------------------------------------------------------------------ plumbing

    def _key(self, series: dict, key: tuple[str, ...], family: _Family) -> tuple[str, ...]:
        if key in series or len(series) < MAX_SERIES:
            return key
        return tuple("other" if label == "reason" else v for label, v in zip(family.labels, key, strict=True))

    def _add(self, name: str, key: tuple[str, ...]) -> None:
        with self._lock:
            series = self._values[name]
            key = self._key(series, key, _BY_NAME[name])
            series[key] = series.get(key, 0.0) + 1.0

    def _observe(self, name: str, key: tuple[str, ...], seconds: float) -> None:
        family = _BY_NAME[name]
        seconds = max(0.0, float(seconds))
        with self._lock:
            series = self._histograms[name]
            key = self._key(series, key, family)
            h = series.setdefault(key, [0.0] * (len(family.buckets) + 2))
            slot = next((i for i, bound in enumerate(family.buckets) if seconds <= bound), len(family.buckets))
            h[slot] += 1.0
            h[-1] += seconds


def _number(v: float) -> str:
    if math.isinf(v):
        return "+Inf" if v > 0 else "-Inf"
    if float(v).is_integer() and abs(v) < 1e15:
        return str(int(v))
    return repr(float(v))


def _labels(pairs: list[tuple[str, str]]) -> str:
    if not pairs:
        return ""

    def escape(v: str) -> str:
        return v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")

    return "{" + ",".join(f'{k}="{escape(v)}"' for k, v in pairs) + "}"
