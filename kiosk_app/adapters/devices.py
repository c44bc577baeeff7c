"""The device drivers (``hardware.rfid``, ``hardware.barcode``, ``hardware.printer``) as the core's ports: items arriving on the RFID pad, per-item security, scans, receipts, and their health for maintenance.

Every call blocks on a serial line: the UI calls them from worker lanes; the pad poller and the scanners run in
threads of the kiosk's :class:`~kiosk.supervisor.Supervisor` (one of their own when none is given), which reports
and restarts one that dies, and report through callbacks (which the UI forwards with queued signals).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import eventlog
from hardware.barcode.classify import ScanKind
from hardware.barcode.scanner import scanners_from_config
from hardware.printer.errors import PrinterError as DriverError
from hardware.printer.printer import ReceiptPrinter
from hardware.printer.receipt import ReceiptItem, compose_receipt, compose_test_print
from hardware.rfid.errors import RfidError
from hardware.rfid.pad import RfidPad
from hardware.rfid.reader import RfidReader
from kiosk.services import DeviceHealth, DeviceState, PrinterError, SelfTestResult, TagError
from kiosk.session import Account, ItemLine, ItemState
from kiosk.supervisor import Supervised, Supervisor

_log = logging.getLogger("kiosk_app.devices")


class RfidService:
    """The RFID pad: a poller reports each item once it is wholly on the pad; security is switched per item."""

    def __init__(self, reader: Any, sets_policy: str = "all_parts", poll_s: float = 0.3) -> None:
        self.reader = reader
        self.pad = RfidPad(reader, sets_policy)
        self.poll_s = poll_s
        self.error = ""
        self._lock = threading.RLock()
        self._reported: set[str] = set()
        self._rescan = threading.Event()
        self._stop = threading.Event()
        self._poller: Supervised | None = None

    @classmethod
    def from_config(cls, section: Any) -> RfidService:
        return cls(RfidReader.from_config(section), section.sets)

    def start(
        self,
        on_item: Callable[[str], None],
        on_incomplete: Callable[[int], None] | None = None,
        supervisor: Supervisor | None = None,
    ) -> None:
        """Start the poller (device ``rfid`` of ``supervisor``): ``on_item(item_id)`` once per item wholly on the
        pad; ``on_incomplete(n)`` when the number of sets with a part missing changes (the screen asks for the
        other parts)."""
        self._on_incomplete = on_incomplete
        self._incomplete = 0
        self._stop.clear()
        self._poller = (supervisor or Supervisor()).start(
            "rfid_pad", lambda: self._run(on_item), device="rfid", stop=self._stop.set
        )

    def stop(self) -> None:
        if self._poller is not None:
            self._poller.stop()  # retired first: a poller that returns now is not a death
        self._stop.set()
        try:
            self.reader.close()
        except Exception:  # noqa: BLE001 - closing a reader that is gone
            pass

    def _run(self, on_item: Callable[[str], None]) -> None:
        # started (again, after a death): every item on the pad is news (the session lends each once)
        self._reported.clear()
        while not self._stop.is_set():
            try:
                with self._lock:
                    self.reader.open()
                    self.pad.refresh()
                    ready = [i.item_id for i in self.pad.lendable()]
                    present = {i.item_id for i in self.pad.items()}
                    incomplete = len(self.pad.incomplete())
                self.error = ""
            except RfidError as e:
                if self.error != e.reason:
                    eventlog.event(_log, "rfid.pad_error", level=logging.WARNING, reason=e.reason)
                self.error = e.reason or "rfid_error"
                self._stop.wait(1.0)
                continue
            if self._rescan.is_set():
                self._rescan.clear()
                self._reported.clear()
            self._reported &= present  # an item taken off and put back is reported again
            for item_id in ready:
                if item_id not in self._reported:
                    self._reported.add(item_id)
                    on_item(item_id)
            if incomplete != self._incomplete:
                self._incomplete = incomplete
                if self._on_incomplete is not None:
                    self._on_incomplete(incomplete)
            self._stop.wait(self.poll_s)

    def rescan(self) -> None:
        """Report every item on the pad again (the items screen opened: books placed earlier count now)."""
        self._rescan.set()

    # SecurityTags
    def set_lent(self, item_id: str, lent: bool) -> bool:
        try:
            with self._lock:
                result = self.pad.set_item_security(item_id, lent)
        except RfidError as e:
            raise TagError(e.reason or "rfid_error") from None
        if not result.ok:
            raise TagError("tag_not_on_pad" if result.reason == "item_not_on_pad" else result.reason)
        return lent

    def health(self) -> DeviceState:
        if self.error:
            return DeviceState("rfid", DeviceHealth.ERROR, self.error)
        return DeviceState("rfid", DeviceHealth.OK, "", f"items={len(self.pad.items())}")

    def read_tag(self) -> SelfTestResult:
        """Self-test: read what is on the pad now."""
        with self._lock:
            self.reader.open()
            tags = self.reader.inventory(fresh=True)
        partial = sum(1 for t in tags if t.item is not None and t.item.problems)
        unreadable = sum(1 for t in tags if t.error)
        return SelfTestResult("tags_read", {"tags": len(tags), "unreadable": unreadable, "partial": partial})


class PrinterService:
    """The receipt printer: a receipt of titles and due dates (never a name), in the patron's language."""

    def __init__(self, printer: Any, printer_section: Any, receipt_section: Any, library_name: str) -> None:
        self.printer = printer
        self.printer_section = printer_section
        self.receipt_section = receipt_section
        self.library_name = library_name

    @classmethod
    def from_config(cls, cfg: Any) -> PrinterService:
        return cls(ReceiptPrinter.from_config(cfg.printer), cfg.printer, cfg.receipt, cfg.kiosk.library_name)

    def _receipt(
        self, items: tuple[ItemLine, ...], language: str, holds_ready: int | None = None, loans: Account | None = None
    ) -> Any:
        """The receipt says only what the patron was shown: each item's due date as lent (none when the library
        system gave none: the receipt says to ask at the counter), offline loans marked as still to be sent; and,
        when the library wants it, every current loan as the library system listed it. Never a name."""
        lines = [ReceiptItem(i.title or i.item_id, i.due, offline=i.state is ItemState.LENT_OFFLINE) for i in items]
        every = None
        if loans is not None:
            every = [ReceiptItem(ln.title or ln.item_id, ln.due, overdue=ln.overdue) for ln in loans.loans]
        return compose_receipt(
            self.printer_section,
            self.receipt_section,
            library_name=self.library_name,
            items=lines,
            holds_ready=holds_ready,
            language=language,
            loans=every,
        )

    def print_receipt(
        self, items: tuple[ItemLine, ...], language: str, holds_ready: int | None = None, loans: Account | None = None
    ) -> None:
        self._print(self._receipt(items, language, holds_ready, loans))

    def _print(self, receipt: Any) -> None:
        try:
            self.printer.print_receipt(receipt)
        except DriverError as e:
            raise PrinterError(getattr(e, "reason", "") or "printer_error") from None
        except OSError:
            raise PrinterError("printer_unplugged") from None

    def health(self) -> DeviceState:
        try:
            st = self.printer.status()
        except DriverError as e:
            return DeviceState("printer", DeviceHealth.ERROR, getattr(e, "reason", "printer_error"))
        except OSError:
            return DeviceState("printer", DeviceHealth.ERROR, "printer_unplugged")
        if not st.can_print:
            return DeviceState("printer", DeviceHealth.ERROR, st.reason)
        if st.paper_near_end:
            return DeviceState("printer", DeviceHealth.WARNING, "paper_near_end")
        return DeviceState("printer", DeviceHealth.OK)

    def test_receipt(self) -> SelfTestResult:
        """Self-test: a test print (marked as a test from top to bottom, no item, no due date)."""
        self._print(compose_test_print(self.printer_section, library_name=self.library_name))
        return SelfTestResult("test_receipt_printed")

    def close(self) -> None:
        try:
            self.printer.close()
        except Exception:  # noqa: BLE001
            pass


def start_scanners(  # type: ignore[no-untyped-def]
    section: Any,
    on_code: Callable[[str], None],
    on_technician: Callable[[], None],
    supervisor: Supervisor | None = None,
):
    """Start the configured barcode scanners (device ``scanner`` of ``supervisor``); patron and item codes go to
    ``on_code`` (the session decides by screen), technician cards to ``on_technician``. Returns (scanners, stop)."""

    def on_scan(scan: Any) -> None:
        if scan.kind == ScanKind.TECHNICIAN:
            on_technician()
        elif scan.kind in (ScanKind.PATRON, ScanKind.ITEM, ScanKind.UNKNOWN):
            on_code(scan.value)
        else:
            eventlog.event(_log, "scan.ignored", kind=str(scan.kind), reason=scan.reason or None)

    scanners = scanners_from_config(section, on_scan)
    supervisor = supervisor or Supervisor()
    readers = [
        supervisor.start(f"scanner_{i}", sc.run, device="scanner", stop=sc.stop) for i, sc in enumerate(scanners)
    ]

    def stop() -> None:
        for reader in readers:
            reader.stop()

    return scanners, stop


class NoSecurityTags:
    """Until the RFID pad is wired: every security switch fails, so nothing is lent that would set off the gate."""

    def set_lent(self, item_id: str, lent: bool) -> bool:
        raise TagError("rfid_not_configured")
