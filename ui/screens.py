"""The patron screens. Each renders a :class:`kiosk.session.View` and forwards input as session events.

Screens keep no patron data of their own beyond the widgets' texts, and :meth:`Screen.wipe` empties those.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from kiosk import session as s
from ui import messages
from ui.widgets import Icon, PinDots, PinPad, button, label, vbox

Post = Callable[[s.Event], None]


class Screen(QWidget):
    phases: tuple[s.Phase, ...] = ()

    def __init__(self, post: Post) -> None:
        super().__init__()
        self.post = post

    def retranslate(self) -> None:
        pass

    def render(self, view: s.View) -> None:
        pass

    def wipe(self) -> None:
        """Forget everything shown of a patron."""

    def first_focus(self) -> QWidget | None:
        return None


def holds_notice(count: int, pickup: tuple[str, ...]) -> str:
    """After identification: how many reservations wait, and where to collect them when the library system says."""
    text = Q.translate("Kiosk", "%n reservation(s) are ready for you.", "", count)
    if pickup:
        text += " " + Q.translate("Kiosk", "Collect them at: {places}").format(places=" / ".join(pickup))
    return text


def set_rows(lst: QListWidget, rows: list[tuple[str, QColor]]) -> None:
    """Update a list in place: a row whose text and colour did not change is not touched, new rows are appended (and
    shown). Rebuilding a whole word-wrapped list on every answer made the event loop stall as the list grew."""
    while lst.count() > len(rows):
        lst.takeItem(lst.count() - 1)
    added = False
    for i, (text, color) in enumerate(rows):
        li = lst.item(i)
        if li is None:
            li = QListWidgetItem(text)
            li.setForeground(color)
            lst.addItem(li)
            added = True
        elif li.text() != text or li.foreground().color() != color:
            li.setText(text)
            li.setForeground(color)
    if added:
        lst.scrollToBottom()


def _panel() -> QFrame:
    f = QFrame()
    f.setProperty("role", "panel")
    return f


class IdleScreen(Screen):
    phases = (s.Phase.IDLE,)

    def __init__(self, post: Post, library_name: str, methods: tuple[str, ...], returns: bool = False) -> None:
        super().__init__(post)
        self.methods = methods
        lay = vbox(self, 60, 30)
        self.name = label(library_name, "subtitle")
        self.name.setObjectName("library_name")
        self.title = label("", "title")
        lay.addWidget(self.name)
        lay.addStretch(1)
        lay.addWidget(self.title)
        row = QHBoxLayout()
        row.setSpacing(30)
        self.card_panel, self.card_text = self._method_panel("card")
        self.barcode_panel, self.barcode_text = self._method_panel("barcode")
        row.addWidget(self.card_panel)
        row.addWidget(self.barcode_panel)
        lay.addLayout(row, 3)
        # returns without identification, when the library allows them
        self.returns = button("", "")
        self.returns.setVisible(returns)
        self.returns.clicked.connect(lambda: self.post(s.ServiceChosen("return")))
        lay.addWidget(self.returns)
        self.hint = label("", "muted")
        lay.addWidget(self.hint)
        lay.addStretch(1)
        self.offer(methods)

    def offer(self, methods: tuple[str, ...]) -> None:
        """Invite only the identification methods that work now (:func:`kiosk.availability.offered`)."""
        self.methods = methods
        self.card_panel.setVisible("mynumber" in methods)
        self.barcode_panel.setVisible("barcode" in methods)
        self.retranslate()

    def _method_panel(self, icon: str) -> tuple[QFrame, object]:
        f = _panel()
        v = vbox(f, 30, 16)
        i = Icon(icon, 110)
        t = label("", "body")
        v.addWidget(i)
        v.addWidget(t)
        return f, t

    def retranslate(self) -> None:
        if self.methods:
            self.title.setText(Q.translate("Kiosk", "Welcome! Borrow books here."))
        else:
            self.title.setText(
                Q.translate("Kiosk", "Sorry, you cannot borrow here right now. Please ask at the counter.")
            )
        self.card_text.setText(Q.translate("Kiosk", "Place your My Number Card on the reader"))  # type: ignore[attr-defined]
        if "mynumber" in self.methods:
            scan = Q.translate("Kiosk", "Or scan the barcode of your library card")
        else:
            scan = Q.translate("Kiosk", "Scan the barcode of your library card")
        self.barcode_text.setText(scan)  # type: ignore[attr-defined]
        self.hint.setText(Q.translate("Kiosk", "Choose your language below. Staff at the counter are happy to help."))
        self.returns.setText(Q.translate("Kiosk", "Return books (no card needed)"))


class BusyScreen(Screen):
    phases = (s.Phase.READING, s.Phase.VERIFYING, s.Phase.CHECKING, s.Phase.PRINTING, s.Phase.ENDING,
              s.Phase.LOADING, s.Phase.COUNT_CHECK)  # fmt: skip

    def __init__(self, post: Post) -> None:
        super().__init__(post)
        lay = vbox(self, 80, 30)
        lay.addStretch(1)
        self.icon = Icon("wait")
        self.title = label("", "title")
        self.body = label("", "body")
        lay.addWidget(self.icon)
        lay.addWidget(self.title)
        lay.addWidget(self.body)
        lay.addStretch(2)
        self._phase = s.Phase.READING

    def render(self, view: s.View) -> None:
        self._phase = view.phase
        self.retranslate()

    def retranslate(self) -> None:
        ph = self._phase
        if ph is s.Phase.READING:
            t = Q.translate("Kiosk", "Reading your card…")
            b = Q.translate("Kiosk", "Please leave the card on the reader.")
        elif ph is s.Phase.VERIFYING:
            t = Q.translate("Kiosk", "Checking your PIN…")
            b = Q.translate("Kiosk", "Please leave the card on the reader.")
        elif ph is s.Phase.CHECKING:
            t = Q.translate("Kiosk", "Checking with the library…")
            b = Q.translate("Kiosk", "This takes a moment.")
        elif ph is s.Phase.PRINTING:
            t = Q.translate("Kiosk", "Printing your receipt…")
            b = Q.translate("Kiosk", "Please take it from the slot below.")
        elif ph is s.Phase.LOADING:
            t = Q.translate("Kiosk", "Looking up your account…")
            b = Q.translate("Kiosk", "This takes a moment.")
        elif ph is s.Phase.COUNT_CHECK:
            t = Q.translate("Kiosk", "Reading the books on the pad…")
            b = Q.translate("Kiosk", "Please do not move the books.")
        else:
            t = Q.translate("Kiosk", "Finishing…")
            b = Q.translate("Kiosk", "This takes a moment.")
        self.title.setText(t)
        self.body.setText(b)


class LastTryScreen(Screen):
    phases = (s.Phase.LAST_TRY,)

    def __init__(self, post: Post) -> None:
        super().__init__(post)
        lay = vbox(self, 70, 30)
        lay.addStretch(1)
        self.icon = Icon("warning")
        self.title = label("", "title")
        self.warning = label("", "warning")
        self.body = label("", "body")
        lay.addWidget(self.icon)
        lay.addWidget(self.title)
        lay.addWidget(self.warning)
        lay.addWidget(self.body)
        lay.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(30)
        self.cancel = button("", "cancel")
        self.go = button("", "enter")
        row.addWidget(self.cancel)
        row.addWidget(self.go)
        lay.addLayout(row)
        self.cancel.clicked.connect(lambda: self.post(s.Cancel()))
        self.go.clicked.connect(lambda: self.post(s.Acknowledge()))
        QWidget.setTabOrder(self.cancel, self.go)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(Q.translate("Kiosk", "Only one try left"))
        self.warning.setText(
            Q.translate("Kiosk", "If the PIN is wrong once more, the card locks and only the city office can reset it.")
        )
        self.body.setText(
            Q.translate("Kiosk", "Not sure of your PIN? Press Cancel and ask at your city or town office.")
        )
        self.cancel.setText(Q.translate("Kiosk", "Cancel"))
        self.go.setText(Q.translate("Kiosk", "I understand, enter PIN"))

    def first_focus(self) -> QWidget | None:
        return self.cancel  # the safe choice first


class PinScreen(Screen):
    phases = (s.Phase.PIN,)

    def __init__(self, post: Post) -> None:
        super().__init__(post)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(50, 24, 50, 24)
        lay.setSpacing(50)
        left = QWidget()
        lv = vbox(left, 0, 24)
        self.title = label("", "title")
        self.body = label("", "body")
        self.dots = PinDots()
        self.tries = label("", "subtitle")
        self.warning = label("", "warning")
        lv.addStretch(1)
        for w in (self.title, self.body, self.dots, self.tries, self.warning):
            lv.addWidget(w)
        lv.addStretch(1)
        self.pad = PinPad()
        lay.addWidget(left, 5)
        lay.addWidget(self.pad, 6)
        self.pad.digit.connect(lambda d: self.post(s.PinDigit(d)))
        self.pad.clear.connect(lambda: self.post(s.PinClear()))
        self.pad.enter.connect(lambda: self.post(s.PinEnter()))
        self.pad.cancel.connect(lambda: self.post(s.Cancel()))
        self._view: s.View | None = None
        self.retranslate()

    def retranslate(self) -> None:
        if self._view is not None and self._view.method == "barcode":
            self.title.setText(Q.translate("Kiosk", "Enter your library card password"))
            self.body.setText(Q.translate("Kiosk", "The 4-digit password you registered with the library."))
        else:
            self.title.setText(Q.translate("Kiosk", "Enter your 4-digit PIN"))
            self.body.setText(
                Q.translate("Kiosk", "The PIN for user authentication (利用者証明用) that you set for the card.")
            )
        self.pad.retranslate()
        if self._view is not None:
            self.render(self._view)

    def render(self, view: s.View) -> None:
        method_changed = self._view is None or self._view.method != view.method
        self._view = view
        if method_changed:
            self.retranslate()
        self.dots.set_count(view.pin_length)
        self.pad.set_enter_enabled(view.pin_length == 4)
        self.tries.setText(messages.tries_text(view.tries_left))
        if view.last_try:
            self.warning.setText(Q.translate("Kiosk", "Last try: a wrong PIN locks the card."))
        elif view.pin_was_wrong:
            self.warning.setText(Q.translate("Kiosk", "That PIN was not right. Please try again."))
        else:
            self.warning.setText("")
        self.warning.setVisible(bool(self.warning.text()))

    def wipe(self) -> None:
        self._view = None
        self.dots.set_count(0)
        self.tries.setText("")
        self.warning.setText("")

    def first_focus(self) -> QWidget | None:
        return self.pad


class ItemsScreen(Screen):
    phases = (s.Phase.ITEMS,)

    def __init__(self, post: Post, ok: str = "#17703A", bad: str = "#B3261E") -> None:
        super().__init__(post)
        self._ok, self._bad = ok, bad
        lay = vbox(self, 40, 20)
        self.title = label("", "title")
        self.body = label("", "body")
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        self.empty = label("", "muted")
        self.incomplete = label("", "warning")
        self.incomplete.setVisible(False)
        self.incomplete_sets = 0
        self.count = label("", "subtitle")
        self.finish = button("", "enter")
        # the holds notice, and the patron's other services (shown as the library and its connector allow)
        self.holds = label("", "subtitle")
        self.holds.setObjectName("holds_notice")
        self.holds.setVisible(False)
        self.uncounted = button("", "clear")
        self.uncounted.setVisible(False)
        self.uncounted.clicked.connect(lambda: self.post(s.ServiceChosen("count")))
        self.service_buttons = {name: button("", "") for name in s.SERVICES}
        services = QHBoxLayout()
        services.setSpacing(20)
        for name, b in self.service_buttons.items():
            b.setVisible(False)
            b.clicked.connect(lambda _=False, name=name: self.post(s.ServiceChosen(name)))
            services.addWidget(b)
        lay.addWidget(self.title)
        lay.addWidget(self.body)
        lay.addWidget(self.holds)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.incomplete)
        lay.addWidget(self.uncounted)
        lay.addLayout(services)
        row = QHBoxLayout()
        row.addWidget(self.count, 2)
        row.addWidget(self.finish, 1)
        lay.addLayout(row)
        self.finish.clicked.connect(lambda: self.post(s.FinishPressed()))
        self._view: s.View | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(Q.translate("Kiosk", "Put your books on the pad"))
        self.body.setText(Q.translate("Kiosk", "You can also scan the barcode on the back of each book."))
        self.empty.setText(Q.translate("Kiosk", "Your books will appear here."))
        self.finish.setText(Q.translate("Kiosk", "Finish"))
        self.uncounted.setText(Q.translate("Kiosk", "Books on the pad wait to be counted: count them"))
        self.service_buttons["return"].setText(Q.translate("Kiosk", "Return books"))
        self.service_buttons["renew"].setText(Q.translate("Kiosk", "Renew loans"))
        self.service_buttons["account"].setText(Q.translate("Kiosk", "My account"))
        self.set_incomplete(self.incomplete_sets)
        if self._view is not None:
            self.render(self._view)

    def render(self, view: s.View) -> None:
        self._view = view
        set_rows(self.list, [self._row(item) for item in view.items])
        self.empty.setVisible(not view.items)
        self.count.setText(Q.translate("Kiosk", "Borrowed so far: %n", "", view.lent_count))
        self.finish.setEnabled(view.pending == 0)
        for name, b in self.service_buttons.items():
            b.setVisible(name in view.services)
        self.uncounted.setVisible(view.uncounted > 0)
        if view.holds_ready:
            self.holds.setText(holds_notice(view.holds_ready, view.holds_pickup))
        self.holds.setVisible(bool(view.holds_ready))

    def _row(self, item: s.ItemLine) -> tuple[str, QColor]:
        title = item.title or Q.translate("Kiosk", "Item")
        status = messages.item_status(item)
        if item.state is s.ItemState.REFUSED:
            return f"✖  {title}\n      {status}  [{item.reason}]", QColor(self._bad)
        if item.state is s.ItemState.PENDING:
            return f"…  {title}\n      {status}", self.palette().text().color()
        return f"✔  {title}\n      {status}", QColor(self._ok)

    def set_incomplete(self, n: int) -> None:
        self.incomplete_sets = n
        self.incomplete.setText(
            Q.translate("Kiosk", "A set is not complete: please put all of its parts on the pad.") if n else ""
        )
        self.incomplete.setVisible(n > 0)

    def wipe(self) -> None:
        self._view = None
        self.list.clear()
        self.count.setText("")
        self.holds.setText("")
        self.holds.setVisible(False)

    def first_focus(self) -> QWidget | None:
        return self.finish


class ReceiptScreen(Screen):
    phases = (s.Phase.RECEIPT,)

    def __init__(self, post: Post) -> None:
        super().__init__(post)
        lay = vbox(self, 60, 26)
        self.title = label("", "title")
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.question = label("", "subtitle")
        row = QHBoxLayout()
        row.setSpacing(30)
        self.no = button("", "")
        self.yes = button("", "enter")
        row.addWidget(self.no)
        row.addWidget(self.yes)
        lay.addWidget(self.title)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.question)
        lay.addLayout(row)
        self.yes.clicked.connect(lambda: self.post(s.ReceiptChosen(True)))
        self.no.clicked.connect(lambda: self.post(s.ReceiptChosen(False)))
        QWidget.setTabOrder(self.yes, self.no)
        self._view: s.View | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(Q.translate("Kiosk", "Would you like a receipt with the due dates?"))
        self.yes.setText(Q.translate("Kiosk", "Yes, print a receipt"))
        self.no.setText(Q.translate("Kiosk", "No, thank you"))
        if self._view is not None:
            self.render(self._view)

    def render(self, view: s.View) -> None:
        self._view = view
        self.title.setText(Q.translate("Kiosk", "You borrowed %n item(s)", "", view.lent_count))
        self.list.clear()
        for item in view.items:
            if item.state in (s.ItemState.LENT, s.ItemState.LENT_OFFLINE):
                self.list.addItem(f"{item.title or Q.translate('Kiosk', 'Item')}\n{messages.item_status(item)}")

    def wipe(self) -> None:
        self._view = None
        self.list.clear()
        self.title.setText("")

    def first_focus(self) -> QWidget | None:
        return self.yes


class RefusedScreen(Screen):
    phases = (s.Phase.REFUSED,)

    def __init__(self, post: Post) -> None:
        super().__init__(post)
        lay = vbox(self, 44, 22)
        lay.addStretch(1)
        self.icon = Icon("info")
        self.title = label("", "title")
        self.body = label("", "body")
        self.library_message = label("", "subtitle")
        self.code = label("", "code")
        for w in (self.icon, self.title, self.body, self.library_message):
            lay.addWidget(w)
        lay.addStretch(1)
        self.ok = button("", "enter")
        lay.addWidget(self.ok)
        lay.addWidget(self.code)
        self.ok.clicked.connect(lambda: self.post(s.Acknowledge()))
        self._view: s.View | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.ok.setText(Q.translate("Kiosk", "OK"))
        if self._view is not None:
            self.render(self._view)

    def render(self, view: s.View) -> None:
        self._view = view
        msg = messages.refusal(view.refusal)
        self.icon.kind = "warning" if view.refusal == "pin_blocked" else "info"
        self.icon.update()
        self.title.setText(msg.title)
        self.body.setText(msg.body)
        self.library_message.setText(view.refusal_message)
        self.library_message.setVisible(bool(view.refusal_message))
        self.code.setText(Q.translate("Kiosk", "Code for staff: {code}").format(code=msg.code))

    def wipe(self) -> None:
        self._view = None
        for w in (self.title, self.body, self.library_message, self.code):
            w.setText("")

    def first_focus(self) -> QWidget | None:
        return self.ok


class GoodbyeScreen(Screen):
    phases = (s.Phase.GOODBYE,)

    def __init__(self, post: Post) -> None:
        super().__init__(post)
        lay = vbox(self, 80, 30)
        lay.addStretch(1)
        self.icon = Icon("done")
        self.title = label("", "title")
        self.body = label("", "body")
        lay.addWidget(self.icon)
        lay.addWidget(self.title)
        lay.addWidget(self.body)
        lay.addStretch(1)
        self.done = button("", "")
        lay.addWidget(self.done)
        self.done.clicked.connect(lambda: self.post(s.Acknowledge()))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(Q.translate("Kiosk", "Thank you! Enjoy your reading."))
        self.body.setText(Q.translate("Kiosk", "Please take your card and your books with you."))
        self.done.setText(Q.translate("Kiosk", "Done"))

    def first_focus(self) -> QWidget | None:
        return self.done
