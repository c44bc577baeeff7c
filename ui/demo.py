"""The demo control panel: place a virtual My Number Card, put books on the pad, scan a barcode; a receipt preview.

Placing and removing the virtual card talk to vpcd over TCP on 127.0.0.1, so they run in a worker lane.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hardware.sim.demo_cards import DemoCardSet
from hardware.sim.jpki_card import VirtualCard
from ui.main_window import KioskWindow


class ReceiptPreview(QScrollArea):
    """Shows the last receipt the (simulated) printer cut, drawn as the paper would look."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(Q.translate("Kiosk", "Receipt preview"))
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.picture)
        self.setWidgetResizable(True)
        self.resize(560, 760)
        self.shown_path = ""

    def show_png(self, path: str) -> None:
        self.picture.setPixmap(QPixmap(path))
        self.shown_path = path
        self.show()
        self.raise_()


class DemoPanel(QWidget):
    def __init__(
        self,
        win: KioskWindow,
        cards: DemoCardSet,
        vpcd_port: int,
        library=None,  # type: ignore[no-untyped-def]
        devices=None,  # type: ignore[no-untyped-def]
        receipts_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.win = win
        self.cards = cards
        self.port = vpcd_port
        self.library = library
        #: hardware.sim.devices.SimulatedDevices: the pad, scanner and printer the kiosk drives through its drivers
        self.devices = devices
        self.receipts_dir = receipts_dir
        self._receipts_seen = 0
        self.card: VirtualCard | None = None
        self.setWindowTitle(Q.translate("Kiosk", "Demo control panel"))
        self.setStyleSheet("QWidget { font-size: 15px; } QPushButton { padding: 6px 10px; }")
        lay = QVBoxLayout(self)

        box = QGroupBox(Q.translate("Kiosk", "My Number Card (virtual, PIN 1234)"))
        grid = QGridLayout(box)
        self.card_buttons: dict[str, QPushButton] = {}
        for row, (name, card) in enumerate(cards.cards.items()):
            b = QPushButton(name)
            b.setToolTip(card.description)
            b.clicked.connect(lambda _=False, n=name: self.place(n))
            grid.addWidget(b, row, 0)
            grid.addWidget(QLabel(card.description), row, 1)
            self.card_buttons[name] = b
        self.remove_button = QPushButton(Q.translate("Kiosk", "Take the card away"))
        self.remove_button.clicked.connect(self.remove)
        grid.addWidget(self.remove_button, len(cards.cards), 0, 1, 2)
        lay.addWidget(box)

        box = QGroupBox(Q.translate("Kiosk", "Library card and books"))
        v = QVBoxLayout(box)
        row = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(Q.translate("Kiosk", "barcode (library card or book)"))
        scan = QPushButton(Q.translate("Kiosk", "Scan barcode"))
        scan.clicked.connect(self.scan)
        self.code.returnPressed.connect(self.scan)
        row.addWidget(self.code, 1)
        row.addWidget(scan)
        v.addLayout(row)
        row = QHBoxLayout()
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(Q.translate("Kiosk", "item identifier on the RFID tag"))
        put = QPushButton(Q.translate("Kiosk", "Put on the pad"))
        put.clicked.connect(self.put_on_pad)
        row.addWidget(self.tag, 1)
        row.addWidget(put)
        v.addLayout(row)
        # the demo library's patrons and shelf items, one click each
        from kiosk.sip2 import demo_data

        quick = QGridLayout()
        for col, number in enumerate(demo_data.PATRONS):
            if number == demo_data.PATRON_OTHER:
                continue
            b = QPushButton(number)
            b.setToolTip(demo_data.PATRONS[number].message or "")
            b.clicked.connect(lambda _=False, n=number: self._scan_code(n))
            quick.addWidget(b, 0, col)
        for i, item in enumerate(demo_data.SHELF_ITEMS):
            b = QPushButton(item)
            b.setToolTip(demo_data.ITEMS[item].display_title)
            b.clicked.connect(lambda _=False, it=item: self._put(it))
            quick.addWidget(b, 1 + i // 5, i % 5)
        v.addLayout(quick)
        lay.addWidget(box)
        if devices is not None:
            clear = QPushButton(Q.translate("Kiosk", "Take everything off the pad"))
            clear.clicked.connect(lambda: self.devices.rfid.clear())
            lay.addWidget(clear)
            self.timer = QTimer(self)
            self.timer.setInterval(500)
            self.timer.timeout.connect(self._poll_printer)
            self.timer.start()
        if library is not None:
            self.online = QPushButton(Q.translate("Kiosk", "Library system: cut the link (offline)"))
            self.online.setCheckable(True)
            self.online.toggled.connect(self._toggle_library)
            lay.addWidget(self.online)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.preview = ReceiptPreview()

    def place(self, name: str) -> None:
        model = self.cards.model(name)
        port = self.port

        def insert() -> VirtualCard:
            if self.card is not None:
                self.card.remove()
            card = VirtualCard(model, port=port)
            card.insert()
            return card

        self.status.setText(Q.translate("Kiosk", "Placing the card…"))
        self.win.lanes.misc.submit(insert, self._placed)

    def _placed(self, card: VirtualCard | None, error: BaseException | None) -> None:
        if error is not None or card is None:
            self.status.setText(Q.translate("Kiosk", "No virtual reader: is pcscd running with vsmartcard-vpcd?"))
            return
        self.card = card
        self.status.setText(Q.translate("Kiosk", "The card is on the reader."))

    def remove(self) -> None:
        card, self.card = self.card, None
        if card is not None:
            self.win.lanes.misc.submit(card.remove, lambda r, e: None)
        self.status.setText(Q.translate("Kiosk", "The card was taken away."))

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
        from hardware.rfid.model import ItemData
        from kiosk.sip2 import demo_data

        known = demo_data.ITEMS.get(item_id)
        parts = known.parts if known else 1
        for n in range(1, parts + 1):
            self.devices.rfid.add_item(ItemData(item_id, parts_in_set=parts, part_number=n))

    def _poll_printer(self) -> None:
        printer = self.devices.printer
        count = len(printer.receipts)
        if count <= self._receipts_seen or self.receipts_dir is None:
            return
        self._receipts_seen = count
        path = self.receipts_dir / f"receipt-{count}.png"
        receipt = printer.receipts[count - 1]
        self.win.lanes.misc.submit(
            lambda: printer.render_png(path, receipt), lambda p, e: e is None and self.preview.show_png(str(p))
        )

    def _toggle_library(self, offline: bool) -> None:
        lib = self.library
        self.win.lanes.misc.submit(lib.stop if offline else lib.start, lambda r, e: None)

    def shutdown(self) -> None:
        if self.card is not None:
            self.card.remove()
            self.card = None
        self.preview.close()
        self.close()
