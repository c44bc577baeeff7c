"""The metrics endpoint: ``GET /metrics`` on 127.0.0.1 (``[metrics].port``), the Prometheus text format of
:meth:`kiosk.metrics.Metrics.render`.

The standard library's HTTP server on one thread ("metrics-http"), run by the kiosk's supervisor (device
``metrics``: a loop that died is started again and shows in ``kiosk status``) or, without one, a thread of its own:
one request at a time, each with a 5-second socket deadline, so a stuck client holds it up briefly and never piles
threads up. Loopback only: a local agent or an SSH tunnel carries the figures to the library's monitoring. The
server's own access log is not written (log lines are the kiosk's JSON events only).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer

import eventlog
from eventlog import StartedThread, ThreadStarter

_log = logging.getLogger("kiosk_app.metrics")

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class _Server(HTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that went away mid-answer: one JSON log line, not the traceback http.server prints."""
        eventlog.event(_log, "metrics.request_failed", level=logging.WARNING, error=sys.exc_info()[0].__name__)


class MetricsServer:
    def __init__(self, render: Callable[[], str], port: int, host: str = "127.0.0.1") -> None:
        self.render = render
        self.host = host
        self.port = port
        self._server: HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._supervised: StartedThread | None = None
        #: set while the server's loop runs (shutdown() would wait for a loop that never comes)
        self._serving = threading.Event()

    def start(self, starter: ThreadStarter | None = None) -> str:
        """Listen and serve on a thread (``starter``'s, the supervisor's, when given); returns "host:port". Raises
        OSError (e.g. the port is taken)."""
        render = self.render

        class Handler(BaseHTTPRequestHandler):
            timeout = 5.0
            server_version = "kiosk-metrics"
            sys_version = ""

            def do_GET(self) -> None:  # noqa: N802 - http.server's API
                path = self.path.split("?", 1)[0]
                if path == "/metrics":
                    try:
                        body, status, kind = render().encode("utf-8"), 200, CONTENT_TYPE
                    except Exception as e:  # noqa: BLE001 - a scrape must not take the server down
                        eventlog.event(_log, "metrics.render_failed", level=logging.ERROR, error=type(e).__name__)
                        body, status, kind = b"metrics unavailable\n", 500, "text/plain; charset=utf-8"
                elif path == "/":
                    body, status, kind = b"kiosk metrics: /metrics\n", 200, "text/plain; charset=utf-8"
                else:
                    body, status, kind = b"not found\n", 404, "text/plain; charset=utf-8"
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's API
                return None

        self._server = _Server((self.host, self.port), Handler)
        self.port = self._server.server_address[1]
        if starter is not None:
            self._supervised = starter("metrics-http", self._serve, self._shutdown)
        else:
            self._thread = threading.Thread(target=self._serve, name="metrics-http", daemon=True)
            self._thread.start()
        eventlog.event(_log, "metrics.listening", port=self.port)
        return f"{self.host}:{self.port}"

    def _serve(self) -> None:
        """The thread's body: the server's loop, until :meth:`stop` (again after it died, when supervised)."""
        server = self._server
        if server is None:
            return
        self._serving.set()
        try:
            server.serve_forever(poll_interval=0.2)
        finally:
            self._serving.clear()

    def _shutdown(self) -> None:
        server = self._server
        if server is not None and self._serving.is_set():
            server.shutdown()

    @property
    def alive(self) -> bool:
        return self._serving.is_set()

    def stop(self) -> None:
        """Stop serving for good (a supervised loop is not started again) and close the port."""
        supervised, self._supervised = self._supervised, None
        if supervised is not None:
            supervised.stop()
        self._shutdown()
        if self._server is not None:
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(5)
