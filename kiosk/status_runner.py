"""The status sampler: every few seconds, the health probes and the offline queue's counts, read on the *misc*
worker lane, become one :class:`kiosk.status.Snapshot`, written to the status file and turned into the metrics'
state gauges.

The owner calls :meth:`StatusRunner.tick` about once a second from its loop (the Qt application from a timer in
:mod:`kiosk_app.gui`, a headless owner from its own loop) with what only it knows: whether a patron is being served or
a technician is in maintenance, and the library link monitor's state. The rules:

- One sample at a time: while a probe still hangs on a device or the network, no new round piles up on the lane (the
  snapshot then grows old, and ``kiosk status`` and the ``kiosk_status_age_seconds`` gauge say so).
- Probes that ask a service over the network are given an interval of their own (``slow``, by the name of the state
  they return: the library system every ``[offline].probe_interval_s``, the validation service every
  ``[metrics].validation_probe_s``), and are not asked while a patron is served; meanwhile their last state stands.
  Every probe is asked in the first round.
- A probe that raises is a device in error with the exception's reason code, never the sampler's end. A status file
  that cannot be written (a full disk) is logged once (``status.unwritten``) and tried again next round.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import time
from collections.abc import Callable
from pathlib import Path

import eventlog
from kiosk import status as st
from kiosk.link import LinkState
from kiosk.metrics import StatusGauges
from kiosk.services import DeviceHealth, DeviceState, Services, SyncService
from kiosk.workers import Lanes

_log = logging.getLogger("kiosk.status")

Probe = Callable[[], DeviceState]


def _nothing(_: st.Snapshot) -> None:
    return None


class StatusRunner:
    def __init__(
        self,
        services: Services,
        lanes: Lanes,
        *,
        kiosk_id: str,
        version: str,
        path: Path | None,
        interval_s: float = 5.0,
        slow: dict[str, float] | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        process: st.Process | None = None,
        on_sample: Callable[[st.Snapshot], None] = _nothing,
    ) -> None:
        self.services = services
        self.lanes = lanes
        self.kiosk_id = kiosk_id
        self.version = version
        self.path = path
        self.interval_s = interval_s
        self.slow = dict(slow or {})
        self.clock = clock
        self.wall = wall
        self.process = process or st.this_process()
        self.started = wall()
        self.on_sample = on_sample
        self.snapshot: st.Snapshot | None = None
        #: why the last status file could not be written ("" when it was)
        self.write_error = ""
        self._in_flight = False
        self._next_at = clock()
        #: each probe's last state and when it was asked (monotonic), by its place in services.health
        self._last: dict[int, tuple[float, DeviceState]] = {}
        services.metrics.describe(kiosk_id, version, self.started)

    def tick(self, activity: str, link: LinkState | None = None, metrics_endpoint: str = "") -> None:
        """Start a sample when one is due and none runs. ``activity``: idle, session or maintenance."""
        now = self.clock()
        if self._in_flight or now < self._next_at:
            return
        self._in_flight = True
        self._next_at = now + self.interval_s
        probes = list(self.services.health)
        last = dict(self._last)
        due = [i for i in range(len(probes)) if self._due(i, last, now, activity)]
        sync = self.services.sync

        def sample() -> tuple[st.Snapshot, dict[int, tuple[float, DeviceState]], str]:
            fresh = {i: (now, ask(probes[i], last.get(i))) for i in due}
            states = [(fresh.get(i) or last[i])[1] for i in range(len(probes)) if i in fresh or i in last]
            devices, links = st.rows(states)
            snap = st.Snapshot(
                kiosk_id=self.kiosk_id,
                version=self.version,
                pid=self.process.pid,
                boot_id=self.process.boot_id,
                proc_start=self.process.start,
                started=self.started,
                written=self.wall(),
                interval_s=self.interval_s,
                activity=activity,
                devices=devices,
                links=links,
                queue=_queue(sync),
                last_sync=_last_sync(link),
                metrics=metrics_endpoint,
            )
            return snap, fresh, self._write(snap)

        self.lanes.misc.submit(sample, self._sampled)

    def _due(self, i: int, last: dict[int, tuple[float, DeviceState]], now: float, activity: str) -> bool:
        if i not in last:
            return True
        asked, state = last[i]
        every = self.slow.get(state.name)
        if every is None:
            return True
        return activity != "session" and now - asked >= every

    def _write(self, snap: st.Snapshot) -> str:
        """Runs on the lane: the status file, or why it could not be written."""
        if self.path is None:
            return ""
        try:
            st.write(self.path, snap)
        except OSError as e:
            return "disk_full" if e.errno == errno.ENOSPC else "status_file_unwritable"
        return ""

    def _sampled(self, result: tuple | None, error: BaseException | None) -> None:
        self._in_flight = False
        if result is None:
            eventlog.event(_log, "status.sample_failed", level=logging.ERROR, error=type(error).__name__)
            return
        snap, fresh, write_error = result
        self._last.update(fresh)
        if write_error and write_error != self.write_error:
            eventlog.event(_log, "status.unwritten", level=logging.WARNING, reason=write_error)
        self.write_error = write_error
        self.snapshot = snap
        self.services.metrics.set_status(gauges(snap))
        self.on_sample(snap)

    def states(self) -> list[DeviceState]:
        """Every probe's latest state, in the order of ``services.health`` (those not asked yet left out)."""
        return [self._last[i][1] for i in sorted(self._last)]


def ask(probe: Probe, last: tuple[float, DeviceState] | None = None) -> DeviceState:
    """One health probe's state; a probe that raises is its device in error with the exception's reason code
    (blocks: worker lanes only)."""
    try:
        return probe()
    except Exception as e:  # noqa: BLE001 - a failing probe is a device in error, not the sampler's end
        name = last[1].name if last else getattr(probe, "__name__", "device")
        return DeviceState(name, DeviceHealth.ERROR, getattr(e, "reason", "") or "probe_failed")


def _queue(sync: SyncService | None) -> st.Queue | None:
    if sync is None:
        return None
    try:
        status = sync.status()
    except Exception as e:  # noqa: BLE001 - the counts are for display; an unreadable journal is a finding
        return st.Queue(0, None, 0, getattr(e, "reason", "") or "journal_unreadable")
    oldest = status.oldest.timestamp() if status.oldest is not None else None
    return st.Queue(status.waiting, oldest, st.rows_needing_staff(status))


def _last_sync(link: LinkState | None) -> st.LastSync | None:
    last = link.last_sync if link is not None else None
    if last is None:
        return None
    when = last.when.timestamp() if isinstance(last.when, dt.datetime) else None
    return st.LastSync(when, last.sent, last.refused, last.left, last.reason)


def gauges(snap: st.Snapshot) -> StatusGauges:
    """The snapshot as the metrics' state gauges."""
    q = snap.queue
    return StatusGauges(
        devices=tuple((r.name, r.state, r.reason) for r in snap.devices),
        links=tuple((r.name, r.state, r.reason) for r in snap.links),
        queue_waiting=q.waiting if q is not None else None,
        queue_oldest_age_s=snap.written - q.oldest if q is not None and q.oldest is not None else None,
        queue_needs_staff=q.needs_staff if q is not None else None,
        last_sync=snap.last_sync.when if snap.last_sync is not None else None,
        session_active=snap.activity == "session",
        maintenance_active=snap.activity == "maintenance",
    )
