"""The running kiosk telling the library: the status snapshot for ``kiosk status``, systemd's READY/STATUS/WATCHDOG,
and the optional metrics endpoint, put together from the configuration.

:mod:`kiosk_app.gui` drives one :class:`Telemetry` from the window's event loop: :meth:`Telemetry.start` before the
loop runs, :meth:`Telemetry.ready` once the idle screen shows, :meth:`Telemetry.tick` every :attr:`tick_ms`, and
:meth:`Telemetry.stop` at the end. Nothing here imports Qt, so it is driven by hand in tests.

What systemd's unit needs (packaging/root/lib/systemd/system/kiosk.service): ``Type=notify`` and
``NotifyAccess=main`` (the kiosk is the service's main process; cage runs in kiosk-display.service); and
``WatchdogSec=`` (30 s: the event loop's longest stalls are well under a second; start-up is covered by
``TimeoutStartSec=``, since systemd's watchdog runs from READY=1 on).
"""

from __future__ import annotations

import errno
import logging
import os
import time
from collections.abc import Callable, Mapping

import eventlog
from eventlog import ThreadStarter
from kiosk import status as st
from kiosk.config import Config
from kiosk.link import LinkState
from kiosk.services import DeviceState, Services
from kiosk.status_runner import StatusRunner
from kiosk.workers import Lanes
from kiosk_app.metrics_http import MetricsServer
from kiosk_app.notify import Notifier, Watchdog, default_liveness, watchdog_interval_s

_log = logging.getLogger("kiosk_app.telemetry")


class Telemetry:
    def __init__(
        self,
        cfg: Config,
        services: Services,
        lanes: Lanes,
        *,
        activity: Callable[[], str],
        link_state: Callable[[], LinkState | None] = lambda: None,
        liveness: Callable[[], bool] | None = None,
        on_states: Callable[[list[DeviceState]], None] | None = None,
        env: Mapping[str, str] = os.environ,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        """``activity()`` says idle, session or maintenance; ``link_state()`` is the library link monitor's state
        (None without one); ``liveness()`` is false once a thread the kiosk depends on has died (default: the
        lanes and the device threads, :func:`kiosk_app.notify.default_liveness`); ``on_states(states)`` is told
        the health probes' latest states after each sample (the idle screen offers what works)."""
        self.activity = activity
        self.link_state = link_state
        self.on_states = on_states
        self.wall = wall
        self.notifier = Notifier(env)
        self.status = StatusRunner(
            services,
            lanes,
            kiosk_id=cfg.kiosk.kiosk_id,
            version=st.software_version(),
            path=st.status_path(cfg),
            interval_s=cfg.metrics.status_interval_s,
            slow={"library_system": cfg.offline.probe_interval_s, "validation_link": cfg.metrics.validation_probe_s},
            clock=clock,
            wall=wall,
            on_sample=self._sampled,
        )
        interval = watchdog_interval_s(env)
        self.watchdog = (
            Watchdog(self.notifier, interval, liveness or default_liveness(lanes), clock) if interval else None
        )
        #: how often the owner calls tick(): each second, or often enough for the watchdog
        self.tick_ms = int(min(1000.0, interval * 500) if interval else 1000)
        self.server = MetricsServer(services.metrics.render, cfg.metrics.port) if cfg.metrics.enabled else None
        #: "127.0.0.1:<port>" while the endpoint serves, "" when off, else why it does not
        self.endpoint = ""
        self.words = "starting"
        self.ready_sent = False

    def start(self, starter: ThreadStarter | None = None) -> None:
        """Serve the metrics, if on (on ``starter``'s thread, the kiosk's supervisor's, when given)."""
        if self.server is None:
            return
        try:
            self.endpoint = self.server.start(starter)
        except OSError as e:
            self.endpoint = "port_in_use" if e.errno == errno.EADDRINUSE else "metrics_unavailable"
            eventlog.event(_log, "metrics.unavailable", level=logging.WARNING, reason=self.endpoint)

    def ready(self) -> None:
        """The idle screen shows: systemd may consider the kiosk started (and its watchdog starts)."""
        self.ready_sent = True
        self.notifier.ready(self.words)
        eventlog.event(_log, "systemd.ready", notify=self.notifier.enabled, watchdog=self.watchdog is not None)
        self.tick()

    def tick(self) -> None:
        self.status.tick(self.activity(), self.link_state(), self.endpoint)
        if self.watchdog is not None and self.ready_sent:
            self.watchdog.beat()

    def _sampled(self, snap: st.Snapshot) -> None:
        if self.on_states is not None:
            self.on_states(self.status.states())
        words = st.words(snap, self.wall())
        if words != self.words:
            self.words = words
            if self.ready_sent:
                self.notifier.status(words)

    def stop(self) -> None:
        self.notifier.stopping()
        if self.server is not None:
            self.server.stop()
