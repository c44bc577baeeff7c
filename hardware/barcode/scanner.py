"""Barcode scanner drivers: a serial scanner (pyserial) and a keyboard-wedge scanner (evdev, exclusive grab).

Both deliver classified :class:`Scan` objects, through a callback (called on the driver's thread; a Qt caller
re-emits it as a signal) or, without one, a blocking :meth:`read` with a timeout. A scan is often a patron's card
number, and a kiosk keeps nothing of a patron: with a callback the scanner keeps no scan at all; without one it keeps
the newest :data:`PENDING_MAX` that nobody has read yet, until :meth:`stop`. Each runs one reader loop (:meth:`run`) that
survives the device going away: it marks itself disconnected with the reason (``scanner_unplugged``,
``evdev_missing``), logs ``barcode.unplugged``, and reopens the device when it comes back. :meth:`start` runs the
loop in a thread of its own; the kiosk runs it under its supervisor instead (``kiosk_app.adapters.devices``).
"""

from __future__ import annotations

import logging
import queue
import termios
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import serial

import eventlog
from hardware.barcode.classify import Classifier, Scan, ScanKind
from hardware.barcode.errors import BarcodeError, EvdevUnavailable, ScannerUnplugged
from hardware.barcode.keymap import WedgeDecoder

logger = logging.getLogger("hardware.barcode")
ScanCallback = Callable[[Scan], None]
#: scans kept for :meth:`read` when no callback takes them (the oldest unread gives way)
PENDING_MAX = 8


class _ScannerBase:
    source = ""

    def __init__(self, classifier: Classifier, on_scan: ScanCallback | None = None, reopen_s: float = 0.5) -> None:
        self.classifier = classifier
        self.on_scan = on_scan
        self.reopen_s = reopen_s
        self._queue: queue.Queue[Scan] = queue.Queue(maxsize=PENDING_MAX)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = False
        #: why it is not connected (a reason code), "" while it is
        self.reason = ScannerUnplugged.reason
        self.scans = 0
        self.rejected = 0

    def start(self, on_scan: ScanCallback | None = None) -> None:
        """Run :meth:`run` in a thread of its own."""
        if on_scan is not None:
            self.on_scan = on_scan
        self._stop.clear()
        self._thread = threading.Thread(target=self.run, name=f"scanner-{self.source}", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """End the reader loop and forget every scan nobody read."""
        self._stop.set()
        self._close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self._forget()

    def _forget(self) -> None:
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                return

    def __enter__(self) -> _ScannerBase:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def read(self, timeout: float | None = None) -> Scan | None:
        """The next scan, or None after ``timeout`` seconds (always None while a callback takes the scans)."""
        try:
            return self._queue.get(timeout=timeout)
        except queue.Empty:
            return None

    def wait_connected(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not self.connected:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.02)
        return True

    def _deliver(self, text: str, ok: bool = True) -> None:
        scan = (
            self.classifier.classify(text, self.source)
            if ok
            else Scan(ScanKind.INVALID, "", "", "garbage", self.source)
        )
        self.scans += 1
        if scan.kind == ScanKind.INVALID:
            self.rejected += 1
        eventlog.event(logger, "barcode.scan", kind=scan.kind.value, symbology=scan.symbology, reason=scan.reason)
        if self.on_scan is not None:
            # to the callback only: a scan also queued for a reader nobody has would keep the latest patron numbers
            # in memory after their sessions (up to the queue's size), long after the kiosk has forgotten them
            try:
                self.on_scan(scan)
            except Exception:
                logger.exception("barcode.callback_failed")
            return  # the callback has it: nothing of it is kept here
        while True:
            try:
                self._queue.put_nowait(scan)
                return
            except queue.Full:
                try:
                    self._queue.get_nowait()  # the oldest scan nobody read gives way
                except queue.Empty:
                    pass

    def run(self) -> None:
        """The reader loop, until :meth:`stop`: open, read, and open again when the device comes back."""
        was_connected = False
        while not self._stop.is_set():
            try:
                self._open()
            except BarcodeError as e:
                self.connected = False
                self.reason = e.reason
                self._stop.wait(self.reopen_s)
                continue
            self.connected = True
            self.reason = ""
            eventlog.event(logger, "barcode.connected", source_kind=self.source.split(":")[0], again=was_connected)
            was_connected = True
            try:
                self._pump()
            except ScannerUnplugged:
                pass
            self.connected = False
            self.reason = ScannerUnplugged.reason
            self._close()
            if not self._stop.is_set():
                eventlog.event(logger, "barcode.unplugged", logging.WARNING, source_kind=self.source.split(":")[0])
                self._stop.wait(self.reopen_s)

    # subclasses
    def _open(self) -> None:
        raise NotImplementedError

    def _close(self) -> None:
        raise NotImplementedError

    def _pump(self) -> None:
        raise NotImplementedError


class SerialScanner(_ScannerBase):
    """A scanner on a serial port (RS-232, or USB CDC-ACM ``/dev/ttyACM*``) sending one code a line.

    Lines end with CR, LF or CR LF. Bytes that are not printable ASCII make the line invalid (``garbage``); a line
    left unfinished for ``line_timeout_s`` (a scanner unplugged mid-code) is dropped.
    """

    def __init__(
        self,
        port: str,
        classifier: Classifier,
        on_scan: ScanCallback | None = None,
        *,
        baud: int = 9600,
        line_timeout_s: float = 1.0,
        max_line: int = 128,
        reopen_s: float = 0.5,
    ) -> None:
        super().__init__(classifier, on_scan, reopen_s)
        self.port = port
        self.baud = baud
        self.line_timeout_s = line_timeout_s
        self.max_line = max_line
        self.source = f"serial:{port}"
        self._serial: serial.Serial | None = None

    def _open(self) -> None:
        try:
            self._serial = serial.Serial(self.port, self.baud, timeout=0.1)
        except (serial.SerialException, OSError, ValueError):
            self._serial = None
            raise ScannerUnplugged("scanner not present") from None

    def _close(self) -> None:
        ser, self._serial = self._serial, None
        if ser is not None:
            try:
                ser.close()
            except (serial.SerialException, OSError):
                pass

    def _pump(self) -> None:
        buf = bytearray()
        last = time.monotonic()
        while not self._stop.is_set():
            ser = self._serial
            if ser is None:
                raise ScannerUnplugged()
            try:
                chunk = ser.read(ser.in_waiting or 1)
            except (serial.SerialException, OSError, TypeError, AttributeError, termios.error):
                raise ScannerUnplugged() from None
            now = time.monotonic()
            if not chunk:
                if buf and now - last > self.line_timeout_s:
                    eventlog.event(logger, "barcode.partial_dropped", logging.WARNING, size=len(buf))
                    buf.clear()
                continue
            last = now
            for b in chunk:
                if b in (0x0D, 0x0A):
                    if buf:
                        raw = bytes(buf)
                        buf.clear()
                        ok = all(0x20 <= c <= 0x7E for c in raw)
                        self._deliver(raw.decode("ascii") if ok else "", ok)
                    continue
                if len(buf) >= self.max_line:
                    buf.clear()
                    self._deliver("", ok=False)
                    continue
                buf.append(b)


class EvdevScanner(_ScannerBase):
    """A USB keyboard-wedge scanner read through evdev with an exclusive grab (EVIOCGRAB).

    The grab means the scanner's key presses never reach Qt or the desktop as typing. Use the stable
    ``/dev/input/by-id/usb-…-event-kbd`` path; the kiosk user needs read access (the ``input`` group or a udev rule).
    ``device_factory`` is for tests only (this machine has no uinput); normally ``evdev.InputDevice`` is used,
    imported only here, so the rest of the package works without python-evdev.
    """

    def __init__(
        self,
        path: str,
        classifier: Classifier,
        on_scan: ScanCallback | None = None,
        *,
        layout: str = "jis",
        reopen_s: float = 0.5,
        device_factory: Callable[[str], Any] | None = None,
    ) -> None:
        super().__init__(classifier, on_scan, reopen_s)
        self.path = path
        self.layout = layout
        self.source = f"evdev:{path}"
        self._factory = device_factory
        self._dev: Any = None
        self.decoder = WedgeDecoder(layout)

    def _open(self) -> None:
        factory = self._factory
        if factory is None:
            try:
                import evdev  # noqa: PLC0415 - optional, Linux only
            except ImportError:
                raise EvdevUnavailable("python-evdev is not installed") from None
            factory = evdev.InputDevice
        try:
            dev = factory(self.path)
            dev.grab()
        except OSError:
            raise ScannerUnplugged("keyboard-wedge scanner not present or cannot be grabbed") from None
        self._dev = dev
        self.decoder = WedgeDecoder(self.layout)

    def _close(self) -> None:
        dev, self._dev = self._dev, None
        if dev is not None:
            for op in ("ungrab", "close"):
                try:
                    getattr(dev, op)()
                except (OSError, AttributeError):
                    pass

    def _events(self) -> Iterator[Any]:
        dev = self._dev
        if dev is None:
            raise ScannerUnplugged()
        try:
            yield from dev.read_loop()
        except OSError:
            raise ScannerUnplugged() from None

    def _pump(self) -> None:
        for ev in self._events():
            if self._stop.is_set():
                return
            ts = float(getattr(ev, "sec", 0)) + float(getattr(ev, "usec", 0)) / 1e6
            done = self.decoder.feed(ev.type, ev.code, ev.value, ts)
            if done is not None:
                self._deliver(done.text, done.ok)
        raise ScannerUnplugged()


def scanners_from_config(section: Any, on_scan: ScanCallback | None = None) -> list[_ScannerBase]:
    """Every scanner the ``[barcode]`` section names (not started), sharing one classifier."""
    classifier = Classifier.from_config(section)
    out: list[_ScannerBase] = [
        SerialScanner(p, classifier, on_scan, baud=section.serial_baud) for p in section.serial_ports
    ]
    out += [EvdevScanner(p, classifier, on_scan, layout=section.keyboard_layout) for p in section.evdev_devices]
    return out
