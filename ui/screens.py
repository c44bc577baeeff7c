"""The patron screens. Each renders a :class:`kiosk.session.View` and forwards input as session events.

Screens keep no patron data of their own beyond the widgets' texts, and :meth:`Screen.wipe` empties those. Their
sizes are written for 1280×800 with normal text; the window scales them (:func:`ui.widgets.restyle`), and
``tests/ui/test_fit.py`` renders every screen the window holds in every language and mode and fails on any text
that is cut off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kiosk import session as s
from ui import messages, typography
from ui.rows import row_text, rows_list
from ui.theme import Palette
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

    def set_palette(self, palette: Palette) -> None:
        """The theme's colours, for what a style sheet cannot colour (list rows)."""


def holds_notice(count: int, pickup: tuple[str, ...]) -> str:
    """After identification: how many reservations wait, and where to collect them when the library system says."""
    text = Q.translate("Kiosk", "%n reservation(s) are ready for you.", "", count)
    if pickup:
        sep = "" if text.endswith(("。", "！")) else " "  # no space after a full-width stop (Japanese, Chinese)
        text += sep + Q.translate("Kiosk", "Collect them at: {places}").format(places=" / ".join(pickup))
    return text


def held_row(post: Post) -> tuple[QWidget, QLabel, QPushButton]:
    """A row for the books that lay on the pad before the session started: how many (the screen's words) and a
    button that says they are the patron's (:class:`kiosk.session.ConfirmHeld`); hidden until there are some."""
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(16)
    text = label("", "notice")
    confirm = button("", "")
    confirm.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
    confirm.clicked.connect(lambda: post(s.ConfirmHeld()))
    lay.addWidget(text, 1)
    lay.addWidget(confirm)
    row.setVisible(False)
    return row, text, confirm


def _panel() -> QFrame:
    f = QFrame()
    f.setProperty("role", "panel")
    return f


class IdleScreen(Screen):
    phases = (s.Phase.IDLE,)

    def __init__(self, post: Post, library_name: str, methods: tuple[str, ...], returns: bool = False) -> None:
        super().__init__(post)
        self.methods = methods
        lay = vbox(self, 50, 24)
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
        v = vbox(f, 24, 12)
        i = Icon(icon, 96)
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
        lay = vbox(self, 50, 24)
        lay.addStretch(1)
        self.icon = Icon("warning", 80)
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
        lay.setContentsMargins(40, 20, 40, 20)
        lay.setSpacing(40)
        left = QWidget()
        lv = vbox(left, 0, 16)
        self.title = label("", "heading")  # half the width: a title's size would take two lines more
        self.body = label("", "note")
        self.dots = PinDots()
        self.tries = label("", "subtitle")
        self.warning = label("", "warning")
        lv.addStretch(1)
        for w in (self.title, self.body, self.dots, self.tries, self.warning):
            lv.addWidget(w)
        lv.addStretch(1)
        self.pad = PinPad()
        lay.addWidget(left, 1)
        lay.addWidget(self.pad, 1)
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
        # a warning says what the tries line would (one line less: large text must fit)
        tries = messages.tries_text(view.tries_left)
        if view.last_try:
            self.warning.setText(Q.translate("Kiosk", "Last try: a wrong PIN locks the card."))
        elif view.pin_was_wrong:
            wrong = Q.translate("Kiosk", "That PIN was not right. Please try again.")
            self.warning.setText(f"{wrong}\n{tries}" if tries else wrong)
        else:
            self.warning.setText("")
        self.warning.setVisible(bool(self.warning.text()))
        self.tries.setText("" if self.warning.text() else tries)
        self.tries.setVisible(bool(self.tries.text()))

    def wipe(self) -> None:
        self._view = None
        self.dots.set_count(0)
        self.tries.setText("")
        self.warning.setText("")

    def first_focus(self) -> QWidget | None:
        return self.pad


class ItemsScreen(Screen):
    """The books the patron is borrowing, the newest at the top (a long stack never pushes what was just lent out of
    sight); what was on the pad before the session started, set aside with one button to borrow it too; the holds
    waiting at the counter; a note when a library card is scanned here. Books are lent from the pad: a scanned
    book is asked to be put on it."""

    phases = (s.Phase.ITEMS,)

    def __init__(self, post: Post, palette: Palette, library_language: str = "ja") -> None:
        super().__init__(post)
        self.library_language = library_language
        self._view: s.View | None = None
        #: item id → its row (rows are updated in place: rebuilding a long word-wrapped list stalled the loop)
        self._rows: dict[str, QListWidgetItem] = {}
        self.set_palette(palette)
        lay = vbox(self, 32, 12)
        self.title = label("", "title")
        self.body = label("", "body")
        self.notice = label("", "notice")
        self.notice.setVisible(False)
        self.held_row, self.held, self.held_button = held_row(post)
        self.list = rows_list()
        self.empty = label("", "muted")
        self.incomplete = label("", "warning")
        self.incomplete.setVisible(False)
        self.incomplete_sets = 0
        self.count = label("", "subtitle")
        self.count.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
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
        lay.addWidget(self.held_row)
        lay.addWidget(self.notice)
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
        self.retranslate()

    def set_palette(self, palette: Palette) -> None:
        self._colours = {"ok": QColor(palette.ok), "bad": QColor(palette.bad), "hint": QColor(palette.text),
                         "pending": QColor(palette.text)}  # fmt: skip
        for item_id, li in self._rows.items():
            if self._view is not None:
                line = next((i for i in self._view.items if i.item_id == item_id), None)
                if line is not None:
                    li.setForeground(self._colours[messages.row_kind(line)])

    def retranslate(self) -> None:
        self.title.setText(Q.translate("Kiosk", "Put your books on the pad"))
        self.body.setText(Q.translate("Kiosk", "Each book appears below once the pad has read it."))
        self.empty.setText(Q.translate("Kiosk", "Your books will appear here."))
        self.finish.setText(Q.translate("Kiosk", "Finish"))
        self.held_button.setText(Q.translate("Kiosk", "Borrow these too"))
        self.uncounted.setText(Q.translate("Kiosk", "Books on the pad wait to be counted: count them"))
        self.service_buttons["return"].setText(Q.translate("Kiosk", "Return books"))
        self.service_buttons["renew"].setText(Q.translate("Kiosk", "Renew loans"))
        self.service_buttons["account"].setText(Q.translate("Kiosk", "My account"))
        self.set_incomplete(self.incomplete_sets)
        if self._view is not None:
            self.render(self._view)

    def render(self, view: s.View) -> None:
        """Update the list in place: a row whose item did not change is not touched, a new row goes on top."""
        self._view = view
        lst = self.list
        wanted = {i.item_id for i in view.items}
        for gone in [k for k in self._rows if k not in wanted]:
            lst.takeItem(lst.row(self._rows.pop(gone)))
        for item in view.items:
            text, kind = self._row(item, view.language)
            li = self._rows.get(item.item_id)
            if li is None:
                li = QListWidgetItem(text)
                li.setForeground(self._colours[kind])
                lst.insertItem(0, li)
                self._rows[item.item_id] = li
                lst.scrollToTop()
            elif li.text() != text:
                li.setText(text)
                li.setForeground(self._colours[kind])
        self.empty.setVisible(not view.items)
        self.body.setVisible(not view.items)  # once books show, how they get there goes without saying
        lent = Q.translate("Kiosk", "Borrowed so far: %n", "", view.lent_count)
        if view.not_lent:
            lent += "  ·  " + Q.translate("Kiosk", "Not lent: %n", "", view.not_lent)
        self.count.setText(lent)
        self.finish.setEnabled(view.pending == 0)
        for name, b in self.service_buttons.items():
            b.setVisible(name in view.services)
        self.uncounted.setVisible(view.uncounted > 0)
        if view.holds_ready:
            self.holds.setText(holds_notice(view.holds_ready, view.holds_pickup))
        self.holds.setVisible(bool(view.holds_ready))
        self.held.setText(
            Q.translate(
                "Kiosk",
                "%n item(s) were on the pad before you started. Yours? Borrow them here, or lift them and put "
                "them back.",
                "",
                view.held,
            )
        )
        self.held_row.setVisible(view.held > 0)
        self.notice.setText(
            Q.translate("Kiosk", "That was a library card. You are signed in already: put your books on the pad.")
            if view.notice == "library_card"
            else ""
        )
        self.notice.setVisible(bool(view.notice))

    def _row(self, item: s.ItemLine, language: str) -> tuple[str, str]:
        kind = messages.row_kind(item)
        mark = {"ok": "✔", "bad": "✖", "hint": "➜", "pending": "…"}[kind]
        status = messages.item_status(item, language, self.library_language)
        if kind == "bad":
            status = f"{status}  [{item.reason}]"
        return typography.keep_words(row_text(f"{mark}  {messages.item_title(item)}", status)), kind

    def set_incomplete(self, n: int) -> None:
        self.incomplete_sets = n
        self.incomplete.setText(
            Q.translate("Kiosk", "A set is not complete: please put all of its parts on the pad.") if n else ""
        )
        self.incomplete.setVisible(n > 0)

    def wipe(self) -> None:
        self._view = None
        self._rows.clear()
        self.list.clear()
        self.count.setText("")
        for w in (self.holds, self.held, self.notice):
            w.setText("")
        self.holds.setVisible(False)

    def first_focus(self) -> QWidget | None:
        return self.finish


class ReceiptScreen(Screen):
    """The summary: what was lent with its due date, how many were not lent and what to do with them, and whether
    the patron wants a receipt."""

    phases = (s.Phase.RECEIPT,)

    def __init__(self, post: Post) -> None:
        super().__init__(post)
        lay = vbox(self, 44, 18)
        self.title = label("", "title")
        self.list = rows_list()
        self.not_lent = label("", "warning")
        self.not_lent.setVisible(False)
        self.question = label("", "subtitle")
        row = QHBoxLayout()
        row.setSpacing(30)
        self.no = button("", "")
        self.yes = button("", "enter")
        row.addWidget(self.no)
        row.addWidget(self.yes)
        lay.addWidget(self.title)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.not_lent)
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
        for item in reversed(view.items):
            if item.state in (s.ItemState.LENT, s.ItemState.LENT_OFFLINE):
                text = row_text(messages.item_title(item), messages.item_status(item, view.language))
                self.list.addItem(typography.keep_words(text))
        self.not_lent.setText(not_lent_text(view.not_lent))
        self.not_lent.setVisible(view.not_lent > 0)

    def wipe(self) -> None:
        self._view = None
        self.list.clear()
        self.title.setText("")
        self.not_lent.setText("")

    def first_focus(self) -> QWidget | None:
        return self.yes


def not_lent_text(n: int) -> str:
    """What to do with the items that were not lent (the summary and the goodbye)."""
    return Q.translate(
        "Kiosk", "%n item(s) could not be lent. Please take them to the counter: staff will help.", "", n
    )


class RefusedScreen(Screen):
    phases = (s.Phase.REFUSED,)

    def __init__(self, post: Post, library_language: str = "ja") -> None:
        super().__init__(post)
        self.library_language = library_language
        lay = vbox(self, 40, 18)
        lay.addStretch(1)
        self.icon = Icon("info", 80)
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
        theirs = messages.library_words(view.refusal_message, view.language, self.library_language)
        self.library_message.setText(theirs)
        self.library_message.setVisible(bool(theirs))
        self.code.setText(Q.translate("Kiosk", "Code for staff: {code}").format(code=msg.code))

    def wipe(self) -> None:
        self._view = None
        for w in (self.title, self.body, self.library_message, self.code):
            w.setText("")

    def first_focus(self) -> QWidget | None:
        return self.ok


class GoodbyeScreen(Screen):
    """Thanks, and what was not lent: a session that lent nothing never wishes a good read."""

    phases = (s.Phase.GOODBYE,)

    def __init__(self, post: Post) -> None:
        super().__init__(post)
        lay = vbox(self, 40, 16)
        lay.addStretch(1)
        self.icon = Icon("done")
        self.title = label("", "title")
        self.body = label("", "body")
        self.not_lent = label("", "warning")
        self.not_lent.setVisible(False)
        lay.addWidget(self.icon)
        lay.addWidget(self.title)
        lay.addWidget(self.not_lent)
        lay.addWidget(self.body)
        lay.addStretch(1)
        self.done = button("", "")
        lay.addWidget(self.done)
        self.done.clicked.connect(lambda: self.post(s.Acknowledge()))
        self._view: s.View | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.done.setText(Q.translate("Kiosk", "Done"))
        view = self._view
        self.render(view or s.View(s.Phase.GOODBYE, ""))
        self._view = view  # nothing of a patron is kept by a retranslation

    def render(self, view: s.View) -> None:
        self._view = view
        if view.lent_count:
            self.title.setText(Q.translate("Kiosk", "Thank you! Enjoy your reading."))
            self.body.setText(Q.translate("Kiosk", "Please take your card and your books with you."))
        elif view.not_lent:
            self.title.setText(Q.translate("Kiosk", "Nothing was lent this time"))
            self.body.setText(Q.translate("Kiosk", "Please take your card with you."))
        else:
            self.title.setText(Q.translate("Kiosk", "Thank you for coming"))
            self.body.setText(Q.translate("Kiosk", "Please take your card with you."))
        self.icon.kind = "done" if view.lent_count or not view.not_lent else "info"
        self.icon.update()
        self.not_lent.setText(not_lent_text(view.not_lent))
        self.not_lent.setVisible(view.not_lent > 0)

    def wipe(self) -> None:
        self._view = None
        self.not_lent.setText("")

    def first_focus(self) -> QWidget | None:
        return self.done
