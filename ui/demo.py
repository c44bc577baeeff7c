"""The demo control panel: place a virtual My Number Card, scan a library card, put books on the pad, cause the faults
a technician must recognise (paper out, printer cover open, RFID pad, scanner or card reader unplugged, validation
service down); the receipt the simulated printer cut, drawn as paper. One side window beside the kiosk window, both placed from the screen's
geometry (:func:`demo_geometry`), because without a window manager (Xvfb, a bare X server) every window would
otherwise open at the top-left corner on top of the others.

Placing and removing the virtual card (and unplugging its reader) talk to vpcd over TCP on 127.0.0.1, stopping and
starting the validation service waits for a process, and drawing a receipt writes a PNG, so they run in a worker
lane.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hardware.rfid.model import ItemData
from hardware.sim.card_reader_sim import ReaderUnplugged, SimCardReader
from hardware.sim.demo_cards import DemoCardSet
from hardware.sim.jpki_card import VirtualCard
from kiosk.sip2 import demo_data
from ui.main_window import KioskWindow

#: the kiosk's screens are designed for 1280×800 (16:10) and need at least about 1008×712 (the PIN screen)
KIOSK_SIZE = (1280, 800)
KIOSK_MIN = (1008, 712)
#: the side window: narrower than this and the buttons no longer fit; wider helps nobody
SIDE_MIN, SIDE_MAX = 360, 720


class Rect(NamedTuple):
    x: int
    y: int
    w: int
    h: int

    def right(self) -> int:
        return self.x + self.w

    def bottom(self) -> int:
        return self.y + self.h


def demo_geometry(screen: Rect, kiosk_min: tuple[int, int] = KIOSK_MIN) -> tuple[Rect, Rect]:
    """(kiosk window, side window) for a screen's available area: the kiosk at the left at its designed 1280×800
    when there is room for the side window too, else smaller but never under its minimum; the side window fills
    the rest of the width and the whole height. On a screen too narrow for both (under about 1370 px) the side
    window keeps its minimum width and covers the kiosk's right edge rather than becoming unusable."""
    side = max(SIDE_MIN, min(SIDE_MAX, screen.w - KIOSK_SIZE[0]))
    kw = max(kiosk_min[0], min(screen.w - side, round(screen.h * KIOSK_SIZE[0] / KIOSK_SIZE[1])))
    kw = min(kw, screen.w)
    kh = min(screen.h, max(kiosk_min[1], round(kw * KIOSK_SIZE[1] / KIOSK_SIZE[0])))
    sw = max(SIDE_MIN, screen.w - kw)
    sw = min(sw, screen.w)
    return Rect(screen.x, screen.y, kw, kh), Rect(screen.right() - sw, screen.y, sw, screen.h)


def _card_label(name: str) -> str:
    labels = {
        "ok": Q.translate("Kiosk", "Ready to borrow"),
        "last_try": Q.translate("Kiosk", "One PIN try left"),
        "blocked_patron": Q.translate("Kiosk", "Patron blocked"),
        "blocked_pin": Q.translate("Kiosk", "PIN locked"),
        "unlinked": Q.translate("Kiosk", "Not registered"),
        "revoked": Q.translate("Kiosk", "Certificate revoked"),
        "expired": Q.translate("Kiosk", "Certificate expired"),
    }
    return labels.get(name, name)


def _patron_label(number: str) -> str:
    labels = {
        demo_data.PATRON_OK: Q.translate("Kiosk", "Ready to borrow"),
        demo_data.PATRON_BLOCKED: Q.translate("Kiosk", "Card reported lost"),
        demo_data.PATRON_EXPIRED: Q.translate("Kiosk", "Registration expired"),
        demo_data.PATRON_AT_LIMIT: Q.translate("Kiosk", "At the loan limit"),
        demo_data.PATRON_WITH_HOLDS: Q.translate("Kiosk", "Holds ready, loans to renew"),
    }
    return f"{number}\n{labels.get(number, '')}".strip()


def _item_label(item_id: str) -> str:
    item = demo_data.ITEMS.get(item_id)
    if item is None:
        return item_id
    if not item.for_loan:
        note = Q.translate("Kiosk", "library use only")
    elif item.parts > 1:
        note = Q.translate("Kiosk", "set of %n", "", item.parts)
    elif demo_data.HOLDS_READY.get(item_id) == demo_data.PATRON_OTHER:
        note = Q.translate("Kiosk", "reserved")
    elif item.branch:
        note = Q.translate("Kiosk", "another branch's")
    else:
        return item.title
    return f"{item.title}\n({note})"


class ReceiptPreview(QScrollArea):
    """Shows the last receipt the (simulated) printer cut, drawn as the paper would look."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(Q.translate("Kiosk", "Receipt preview"))
        self.picture = QLabel(Q.translate("Kiosk", "No receipt printed yet."))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setStyleSheet("QLabel { background: #E9ECEF; color: #454C55; padding: 12px; }")
        self.setWidget(self.picture)
        self.setWidgetResizable(True)
        self.setMinimumHeight(160)
        self.shown_path = ""

    def show_image(self, path: str, image: QImage) -> None:
        """A receipt drawn and scaled in a worker (QImage may be used off the GUI thread; QPixmap may not)."""
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.shown_path = path
        self.verticalScrollBar().setValue(0)

    def show_png(self, path: str) -> None:
        self.show_image(path, QImage(path))


def _load_scaled(path: Path, width: int) -> QImage:
    image = QImage(str(path))
    if image.isNull():
        raise OSError(f"cannot read {path.name}")
    if width > 0 and image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    return image


class DemoPanel(QWidget):
    #: height of the receipt preview under the controls; it grows when a receipt comes out
    RECEIPT_H = 220
    RECEIPT_SHOWN_H = 460

    def __init__(
        self,
        win: KioskWindow,
        cards: DemoCardSet,
        vpcd_port: int,
        library=None,  # type: ignore[no-untyped-def]
        devices=None,  # type: ignore[no-untyped-def]
        receipts_dir: Path | None = None,
        passcode: str = "",
        *,
        reader: SimCardReader | None = None,
        responder=None,  # type: ignore[no-untyped-def]
    ) -> None:
        super().__init__()
        self.win = win
        self.cards = cards
        self.port = vpcd_port
        #: the card reader the cards are placed on (the kiosk's list of readers leaves it out while unplugged)
        self.reader = reader or SimCardReader(vpcd_port)
        #: kiosk.validation.sim.OpensslOcspResponder: the validation service, which can be stopped
        self.responder = responder
        self.library = library
        #: hardware.sim.devices.SimulatedDevices: the pad, scanner and printer the kiosk drives through its drivers
        self.devices = devices
        self.receipts_dir = receipts_dir
        self._receipts_seen = 0
        self.card: VirtualCard | None = None
        self.setWindowTitle(Q.translate("Kiosk", "Demo control panel"))
        self.setStyleSheet(
            "QWidget { font-size: 15px; } QPushButton { padding: 4px 6px; } "
            "QGroupBox { font-weight: bold; margin-top: 18px; padding-top: 4px; } "
            "QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; } "
            "QGroupBox QPushButton, QGroupBox QLineEdit { font-weight: normal; } "
            "QLabel[role='status'] { background: #FFF8D6; border: 1px solid #D8C76A; padding: 4px; }"
        )
        # columns of the button grids: as many as the side window's width allows
        screen = QApplication.primaryScreen().availableGeometry()
        side_w = demo_geometry(Rect(0, 0, screen.width(), screen.height()))[1].w
        wide = side_w >= 560
        controls = QWidget()
        lay = QVBoxLayout(controls)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.setSpacing(6)

        help_text = Q.translate(
            "Kiosk",
            "Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, "
            "then press Finish.",
        )
        if passcode:
            help_text += "\n" + Q.translate(
                "Kiosk", "Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}"
            ).format(code=passcode)
        self.help = QLabel(help_text)
        self.help.setProperty("role", "help")
        self.help.setWordWrap(True)
        lay.addWidget(self.help)
        self.status = QLabel(Q.translate("Kiosk", "Ready."))
        self.status.setProperty("role", "status")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        if library is not None:
            self.online = QPushButton(Q.translate("Kiosk", "Library system: cut the link (offline)"))
            self.online.setCheckable(True)
            self.online.toggled.connect(self._toggle_library)
            lay.addWidget(self.online)

        box = QGroupBox(Q.translate("Kiosk", "My Number Card (virtual, PIN 1234)"))
        grid = QGridLayout(box)
        self.card_buttons: dict[str, QPushButton] = {}
        for i, (name, card) in enumerate(cards.cards.items()):
            b = QPushButton(_card_label(name))
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # shrink with the window
            b.setToolTip(card.description)
            b.clicked.connect(lambda _=False, n=name: self.place(n))
            cols = 3 if wide else 2
            grid.addWidget(b, i // cols, i % cols)
            self.card_buttons[name] = b
        self.remove_button = QPushButton(Q.translate("Kiosk", "Take the card away"))
        self.remove_button.clicked.connect(self.remove)
        cols = 3 if wide else 2
        grid.addWidget(self.remove_button, (len(cards.cards) + cols - 1) // cols, 0, 1, cols)
        lay.addWidget(box)

        box = QGroupBox(Q.translate("Kiosk", "Library card"))
        v = QVBoxLayout(box)
        quick = QGridLayout()
        self.patron_buttons: dict[str, QPushButton] = {}
        shown = [n for n in demo_data.PATRONS if n != demo_data.PATRON_OTHER]
        for i, number in enumerate(shown):
            b = QPushButton(_patron_label(number))
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            b.setToolTip(demo_data.PATRONS[number].message or "")
            b.clicked.connect(lambda _=False, n=number: self._scan_code(n))
            cols = 3 if wide else 2
            quick.addWidget(b, i // cols, i % cols)
            self.patron_buttons[number] = b
        v.addLayout(quick)
        row = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(Q.translate("Kiosk", "barcode (library card or book)"))
        scan = QPushButton(Q.translate("Kiosk", "Scan barcode"))
        scan.clicked.connect(self.scan)
        self.code.returnPressed.connect(self.scan)
        row.addWidget(self.code, 1)
        row.addWidget(scan)
        v.addLayout(row)
        lay.addWidget(box)

        box = QGroupBox(Q.translate("Kiosk", "Books: put on the pad"))
        v = QVBoxLayout(box)
        shelf = QGridLayout()
        self.item_buttons: dict[str, QPushButton] = {}
        for i, item in enumerate(demo_data.SHELF_ITEMS):
            b = QPushButton(_item_label(item))
            b.setToolTip(f"{item} · {demo_data.ITEMS[item].display_title}")
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            b.clicked.connect(lambda _=False, it=item: self._put(it))
            cols = 4 if wide else 3
            shelf.addWidget(b, i // cols, i % cols)
            self.item_buttons[item] = b
        v.addLayout(shelf)
        row = QHBoxLayout()
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(Q.translate("Kiosk", "item identifier on the RFID tag"))
        put = QPushButton(Q.translate("Kiosk", "Put on the pad"))
        put.clicked.connect(self.put_on_pad)
        self.tag.returnPressed.connect(self.put_on_pad)
        row.addWidget(self.tag, 1)
        row.addWidget(put)
        v.addLayout(row)
        if devices is not None:
            clear = QPushButton(Q.translate("Kiosk", "Take everything off the pad"))
            clear.clicked.connect(lambda: self.devices.rfid.clear())
            v.addWidget(clear)
            self.timer = QTimer(self)
            self.timer.setInterval(500)
            self.timer.timeout.connect(self._poll_printer)
            self.timer.start()
        lay.addWidget(box)
        self.fault_buttons: dict[str, QPushButton] = {}
        self._faults(lay, wide)
        lay.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.preview = ReceiptPreview()
        receipt_box = QGroupBox(Q.translate("Kiosk", "Receipt preview"))
        rb = QVBoxLayout(receipt_box)
        rb.setContentsMargins(4, 4, 4, 4)
        rb.addWidget(self.preview)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(receipt_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

    def _faults(self, lay: QVBoxLayout, wide: bool) -> None:
        """Switches for the faults a technician must recognise in maintenance; pressed = the fault is there."""
        faults = []
        if self.devices is not None:
            faults += [
                ("paper_out", Q.translate("Kiosk", "Printer: paper out")),
                ("cover_open", Q.translate("Kiosk", "Printer: cover open")),
                ("rfid_unplugged", Q.translate("Kiosk", "RFID pad unplugged")),
                ("scanner_unplugged", Q.translate("Kiosk", "Scanner unplugged")),
            ]
        faults.append(("reader_unplugged", Q.translate("Kiosk", "Card reader unplugged")))
        if self.responder is not None:
            faults.append(("validation_down", Q.translate("Kiosk", "Validation service down")))
        box = QGroupBox(Q.translate("Kiosk", "Faults (for technicians)"))
        grid = QGridLayout(box)
        cols = 3 if wide else 2
        for i, (name, text) in enumerate(faults):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            b.toggled.connect(lambda on, n=name: self.fault(n, on))
            grid.addWidget(b, i // cols, i % cols)
            self.fault_buttons[name] = b
        lay.addWidget(box)

    def fault(self, name: str, on: bool) -> None:
        """Cause (``on``) or clear one fault. The printer's state is a flag its simulator answers status requests
        with; the rest unplug a device or stop a service, in the worker lane."""
        devices = self.devices
        text = self.fault_buttons[name].text()
        done = Q.translate("Kiosk", "Fault set: {fault}") if on else Q.translate("Kiosk", "Fault cleared: {fault}")
        if name in ("paper_out", "cover_open"):
            setattr(devices.printer, name, on)
            self.status.setText(done.format(fault=text))
            return
        if name == "rfid_unplugged":
            work = devices.rfid.unplug if on else devices.rfid.replug
        elif name == "scanner_unplugged":
            work = devices.scanner.unplug if on else devices.scanner.replug
        elif name == "reader_unplugged":
            self.card = None if on else self.card
            work = self.reader.unplug if on else self.reader.replug
        else:
            responder, port = self.responder, self.responder.port

            def work() -> None:
                responder.stop() if on else responder.start(port)

        def said(result: object, error: BaseException | None) -> None:
            self.status.setText(done.format(fault=text) if error is None else f"{text}: {error}")

        self.win.lanes.misc.submit(work, said)

    # ------------------------------------------------------------------ placement

    def arrange(self, screen: QRect | None = None) -> tuple[Rect, Rect]:
        """Put the kiosk window and this side window next to each other on the screen (see :func:`demo_geometry`).
        A full-screen kiosk keeps its screen; the side window then stays on top at the right."""
        if screen is None:
            target = self.win.screen() or QApplication.primaryScreen()
            screen = target.availableGeometry()
        area = Rect(screen.x(), screen.y(), screen.width(), screen.height())
        hint = self.win.minimumSizeHint()
        kiosk, side = demo_geometry(area, (max(hint.width(), 640), max(hint.height(), 480)))
        if not self.win.isFullScreen():
            self.win.setGeometry(*kiosk)
        else:
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setGeometry(*side)
        self.splitter.setSizes([max(side.h - self.RECEIPT_H, side.h // 2), min(self.RECEIPT_H, side.h // 2)])
        return kiosk, side

    # ------------------------------------------------------------------ card

    def place(self, name: str) -> None:
        model = self.cards.model(name)
        self.status.setText(Q.translate("Kiosk", "Placing the card…"))
        self.win.lanes.misc.submit(lambda: self.reader.place(model), self._placed)

    def _placed(self, card: VirtualCard | None, error: BaseException | None) -> None:
        if isinstance(error, ReaderUnplugged):
            self.status.setText(Q.translate("Kiosk", "The card reader is unplugged: plug it in first (Faults)."))
            return
        if error is not None or card is None:
            self.status.setText(Q.translate("Kiosk", "No virtual reader: is pcscd running with vsmartcard-vpcd?"))
            return
        self.card = card
        self.status.setText(Q.translate("Kiosk", "The card is on the reader."))

    def remove(self) -> None:
        self.card = None
        self.win.lanes.misc.submit(self.reader.take_away, lambda r, e: None)
        self.status.setText(Q.translate("Kiosk", "The card was taken away."))

    # ------------------------------------------------------------------ scanner and pad

    def scan(self) -> None:
        code = self.code.text().strip()
        if code:
            self._scan_code(code)
            self.code.clear()

    def put_on_pad(self) -> None:
        item = self.tag.text().strip()
        if item:
            self._put(item)
            self.tag.clear()

    def _scan_code(self, code: str) -> None:
        """Through the simulated scanner and the real driver when there is one, else straight to the session."""
        if self.devices is not None:
            self.devices.scanner.scan(code)
        else:
            self.win.controller.barcodeScanned.emit(code)

    def _put(self, item_id: str) -> None:
        """A tag on the simulated pad (every part of a set), read by the real RFID driver; else straight in."""
        if self.devices is None:
            self.win.controller.itemSeen.emit(item_id, "rfid")
            return
        known = demo_data.ITEMS.get(item_id)
        parts = known.parts if known else 1
        for n in range(1, parts + 1):
            self.devices.rfid.add_item(ItemData(item_id, parts_in_set=parts, part_number=n))

    # ------------------------------------------------------------------ printer and library

    def _poll_printer(self) -> None:
        printer = self.devices.printer
        count = len(printer.receipts)
        if count <= self._receipts_seen or self.receipts_dir is None:
            return
        self._receipts_seen = count
        path = self.receipts_dir / f"receipt-{count}.png"
        receipt = printer.receipts[count - 1]
        width = self.preview.viewport().width() - self.preview.verticalScrollBar().sizeHint().width() - 8

        def draw() -> QImage:
            return _load_scaled(printer.render_png(path, receipt), width)

        self.win.lanes.misc.submit(draw, lambda img, e: e is None and self._receipt_out(str(path), img))

    def _receipt_out(self, path: str, image: QImage) -> None:
        self.preview.show_image(path, image)
        top, bottom = self.splitter.sizes()
        if bottom < self.RECEIPT_SHOWN_H and top + bottom > 2 * self.RECEIPT_SHOWN_H:
            self.splitter.setSizes([top + bottom - self.RECEIPT_SHOWN_H, self.RECEIPT_SHOWN_H])
        self.status.setText(Q.translate("Kiosk", "A receipt was printed (below)."))

    def _toggle_library(self, offline: bool) -> None:
        lib = self.library
        self.online.setText(
            Q.translate("Kiosk", "Library system: reconnect (online)")
            if offline
            else Q.translate("Kiosk", "Library system: cut the link (offline)")
        )
        self.win.lanes.misc.submit(lib.stop if offline else lib.start, lambda r, e: None)

    def shutdown(self) -> None:
        self.reader.take_away()
        self.card = None
        self.close()
