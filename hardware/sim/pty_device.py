"""A device on a pseudo-terminal: the simulators' common base.

:meth:`PtyDevice.start` opens a pty pair, puts it in raw mode and publishes a stable symlink to the slave side
(like ``/dev/serial/by-id/…``); the driver under test opens that path with pyserial exactly as it would a USB-serial
adapter. A thread reads what the driver writes and hands it to :meth:`on_data`; :meth:`send` writes answers back.

:meth:`unplug` closes the pty and removes the symlink (the driver sees an I/O error, and opening fails), and
:meth:`replug` makes a fresh pty behind the same symlink, as a USB device coming back under udev would.
"""

from __future__ import annotations

import contextlib
import os
import select
import tempfile
import threading
import time
import traceback
import tty
from pathlib import Path


class PtyDevice:
    def __init__(self, name: str = "ttySIM", link_dir: str | Path | None = None) -> None:
        self._name = name
        self._link_dir = Path(link_dir) if link_dir else None
        self._own_dir: str | None = None
        self._master: int | None = None
        self._slave: int | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._write_lock = threading.Lock()
        self.lock = threading.RLock()
        #: answers are written in pieces this big, with a short pause between (short reads); None = at once
        self.chunk_size: int | None = None
        #: read no faster than a UART at this baud rate (8N1): a pty is otherwise far faster than the real line,
        #: and the writer then blocks as it would on a real port once the pty buffer is full; None = unpaced
        self.pace_baud: int | None = None
        self.path: str = ""

    # -- life cycle -----------------------------------------------------------------------------------------------

    def start(self) -> str:
        """Start the device; returns the path the driver opens."""
        if self._link_dir is None:
            self._own_dir = tempfile.mkdtemp(prefix="kiosk-sim-")
            self._link_dir = Path(self._own_dir)
        self.path = str(self._link_dir / self._name)
        self._open_pty()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"sim-{self._name}", daemon=True)
        self._thread.start()
        return self.path

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self._close_pty()
        if self._own_dir:
            with contextlib.suppress(OSError):
                os.rmdir(self._own_dir)
            self._own_dir = None
            self._link_dir = None

    def __enter__(self) -> PtyDevice:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def plugged(self) -> bool:
        return self._master is not None

    def unplug(self) -> None:
        """The cable is pulled: the driver's next read or write fails, and the path disappears."""
        self._close_pty()

    def replug(self) -> None:
        """The device comes back under the same path (a new pty behind the symlink)."""
        with self._write_lock:  # waits for an unplug still in progress on the device thread
            if self._master is None:
                self._open_pty()

    # -- I/O ------------------------------------------------------------------------------------------------------

    def send(self, data: bytes) -> None:
        """Write bytes to the driver (split into ``chunk_size`` pieces when set)."""
        with self._write_lock:
            fd = self._master
            if fd is None:
                return
            step = self.chunk_size or len(data) or 1
            for i in range(0, len(data), step):
                try:
                    os.write(fd, data[i : i + step])
                except OSError:
                    return
                if self.chunk_size:
                    time.sleep(0.005)

    def on_data(self, data: bytes) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    # -- internals ------------------------------------------------------------------------------------------------

    def _open_pty(self) -> None:
        master, slave = os.openpty()
        tty.setraw(slave)
        self._master, self._slave = master, slave
        link = Path(self.path)
        with contextlib.suppress(FileNotFoundError):
            link.unlink()
        link.symlink_to(os.ttyname(slave))

    def _close_pty(self) -> None:
        with self._write_lock:
            with contextlib.suppress(FileNotFoundError):
                Path(self.path).unlink()
            for fd in (self._master, self._slave):
                if fd is not None:
                    with contextlib.suppress(OSError):
                        os.close(fd)
            self._master = self._slave = None

    def _run(self) -> None:
        while not self._stop.is_set():
            fd = self._master
            if fd is None:
                time.sleep(0.02)
                continue
            try:
                ready, _, _ = select.select([fd], [], [], 0.05)
                if not ready:
                    continue
                data = os.read(fd, 256 if self.pace_baud else 4096)
            except (OSError, ValueError):
                time.sleep(0.02)
                continue
            if data:
                if self.pace_baud:
                    time.sleep(len(data) * 10 / self.pace_baud)
                try:
                    self.on_data(data)
                except Exception:  # a simulator bug must not kill the device thread silently
                    traceback.print_exc()
