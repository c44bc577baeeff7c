"""The screens of the patron's services besides borrowing (issue 16): returns, renewals, my account, and the count
check. Like :mod:`ui.screens`, each renders a :class:`kiosk.session.View` and forwards input as session events; the
rules live in the session machine.

Every text goes through Qt's translation (context "Kiosk"), so the speech layer finds it as the rest: each screen
is named by its phase (:attr:`Screen.phases`) and shows its words in its labels and list rows.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QListWidgetItem, QWidget

from kiosk import return_words
from kiosk import session as s
from ui import messages
from ui.rows import row_text, rows_list, set_rows
from ui.screens import Post, Screen, held_row
from ui.widgets import Icon, PinPad, button, label, vbox

# ------------------------------------------------------------------------------------------------ texts


def return_status(line: s.ReturnLine, language: str, library_language: str) -> str:
    """One line under a returned item: its outcome's words (:mod:`kiosk.return_words`, as the voice says them), with
    where it goes in the library system's words; for a refusal, the library system's own sentence instead for a
    patron who reads its language, as on the items screen (not when it is simply away)."""
    if line.state is s.ReturnState.PENDING:
        return Q.translate("Kiosk", "Returning…")
    outcome = return_words.outcome(line)
    words = Q.translate("Kiosk", return_words.WORDS[outcome])
    if line.state is s.ReturnState.DESK and line.route:
        words += " " + Q.translate("Kiosk", "(goes to: {where})").format(where=line.route)
    if line.state is s.ReturnState.REFUSED and outcome != "unreachable":
        return messages.library_words(line.message, language, library_language) or words
    return words


def due_text(due: dt.date | None, overdue: bool, language: str) -> str:
    date = messages.date(due, language)  # the screens' and the receipt's one format for the language
    if overdue:
        return Q.translate("Kiosk", "Due back {date} · overdue").format(date=date)
    return Q.translate("Kiosk", "Due back {date}").format(date=date)


def renewal_status(loan: s.LoanLine, language: str, library_language: str) -> str:
    if loan.renewal == "pending":
        return Q.translate("Kiosk", "Renewing…")
    if loan.renewal == "renewed":
        return Q.translate("Kiosk", "Renewed · new due date {date}").format(date=messages.date(loan.due, language))
    if loan.renewal == "refused":
        if messages.library_words(loan.message, language, library_language):
            return Q.translate("Kiosk", "Not renewed: {why}").format(why=loan.message)
        if loan.reason == "outcome_unknown":
            return Q.translate("Kiosk", "Not sure it was renewed: please ask at the counter.")
        if loan.reason in ("library_unavailable", "unreachable"):
            return Q.translate("Kiosk", "Not renewed: the library system cannot be reached.")
        return Q.translate("Kiosk", "Not renewed. Please ask at the counter.")
    return due_text(loan.due, loan.overdue, language)


def _title(title: str) -> str:
    return title or Q.translate("Kiosk", "Item")


def _bottom_row(screen: Screen, back: bool = True) -> tuple[QHBoxLayout, object, object]:
    """Back to borrowing, and Finish: the two ways out of a service."""
    row = QHBoxLayout()
    row.setSpacing(30)
    back_button = button("", "")
    finish = button("", "enter")
    back_button.clicked.connect(lambda: screen.post(s.ServiceChosen("borrow")))
    finish.clicked.connect(lambda: screen.post(s.FinishPressed()))
    row.addWidget(back_button)
    row.addWidget(finish)
    back_button.setVisible(back)
    return row, back_button, finish


# ------------------------------------------------------------------------------------------------ returns


class ReturnsScreen(Screen):
    phases = (s.Phase.RETURNS,)

    def __init__(
        self, post: Post, ok: str = "#17703A", bad: str = "#B3261E", warn: str = "#3D2E00", library_language: str = "ja"
    ) -> None:
        super().__init__(post)
        self._colors = {s.ReturnState.RETURNED: ok, s.ReturnState.REFUSED: bad, s.ReturnState.DESK: warn}
        self.library_language = library_language
        self._language = library_language
        lay = vbox(self, 24, 12)
        self.title = label("", "title")
        self.body = label("", "body")
        self.list = rows_list()
        self.empty = label("", "muted")
        # books that lay on the pad before the session: not taken back (they may be the last patron's new loans)
        self.held_row, self.held, self.held_button = held_row(post)
        lay.addWidget(self.title)
        lay.addWidget(self.body)
        lay.addWidget(self.held_row)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.empty)
        row, self.back, self.finish = _bottom_row(self)
        lay.addLayout(row)
        self._view: s.View | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(Q.translate("Kiosk", "Return books"))
        self.body.setText(Q.translate("Kiosk", "Put the books on the pad, or scan the barcode on each one."))
        self.empty.setText(Q.translate("Kiosk", "The books you return will appear here."))
        self.back.setText(Q.translate("Kiosk", "Back to borrowing"))
        self.finish.setText(Q.translate("Kiosk", "Finish"))
        self.held_button.setText(Q.translate("Kiosk", "Return these too"))
        if self._view is not None:
            self.render(self._view)

    def render(self, view: s.View) -> None:
        self._view = view
        self._language = view.language
        self.held.setText(
            Q.translate(
                "Kiosk",
                "%n item(s) were on the pad before you started. Yours? Return them here, or lift them and put "
                "them back.",
                "",
                view.held,
            )
        )
        self.held_row.setVisible(view.held > 0)
        self.back.setVisible(view.method != "anonymous")
        set_rows(self.list, [self._row(line) for line in view.returns])
        self.empty.setVisible(not view.returns)
        self.finish.setEnabled(view.pending == 0)
        self.back.setEnabled(view.pending == 0)

    def _row(self, line: s.ReturnLine) -> tuple[str, QColor]:
        status = return_status(line, self._language, self.library_language)
        if line.state is s.ReturnState.PENDING:
            return row_text(f"…  {_title(line.title)}", status), self.palette().text().color()
        mark = {s.ReturnState.RETURNED: "✔", s.ReturnState.DESK: "⚠"}.get(line.state, "✖")
        code = f"  [{line.reason}]" if line.reason else ""
        return row_text(f"{mark}  {_title(line.title)}", status + code), QColor(self._colors[line.state])

    def wipe(self) -> None:
        self._view = None
        self.list.clear()
        self.held.setText("")
        self.held_row.setVisible(False)

    def first_focus(self) -> QWidget | None:
        return self.finish


# ------------------------------------------------------------------------------------------------ renewals


class RenewScreen(Screen):
    """The patron's loans: tap one and "Renew this one", or "Renew all"."""

    phases = (s.Phase.RENEW,)

    def __init__(self, post: Post, ok: str = "#17703A", bad: str = "#B3261E", library_language: str = "ja") -> None:
        super().__init__(post)
        self._ok, self._bad = ok, bad
        self.library_language = library_language
        lay = vbox(self, 24, 12)
        self.title = label("", "title")
        self.body = label("", "body")
        self.problem = label("", "warning")
        self.problem.setVisible(False)
        self.list = rows_list(selectable=True)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.empty = label("", "muted")
        actions = QHBoxLayout()
        actions.setSpacing(30)
        self.renew_one = button("", "")
        self.renew_all = button("", "")
        self.renew_one.clicked.connect(self._renew_selected)
        self.renew_all.clicked.connect(lambda: self.post(s.RenewPressed()))
        actions.addWidget(self.renew_one)
        actions.addWidget(self.renew_all)
        for w in (self.title, self.body, self.problem):
            lay.addWidget(w)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.empty)
        lay.addLayout(actions)
        row, self.back, self.finish = _bottom_row(self)
        lay.addLayout(row)
        self._view: s.View | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(Q.translate("Kiosk", "Renew your loans"))
        self.body.setText(Q.translate("Kiosk", 'Tap a book, then "Renew this book". Or renew them all at once.'))
        self.empty.setText(Q.translate("Kiosk", "You have no loans to renew."))
        self.renew_one.setText(Q.translate("Kiosk", "Renew this book"))
        self.renew_all.setText(Q.translate("Kiosk", "Renew all"))
        self.back.setText(Q.translate("Kiosk", "Back to borrowing"))
        self.finish.setText(Q.translate("Kiosk", "Finish"))
        if self._view is not None:
            self.render(self._view)

    def render(self, view: s.View) -> None:
        self._view = view
        selected = self._selected()
        self.list.clear()
        for loan in view.loans:
            li = QListWidgetItem(
                row_text(_title(loan.title), renewal_status(loan, view.language, self.library_language))
            )
            li.setData(Qt.ItemDataRole.UserRole, loan.item_id)
            if loan.renewal == "refused" or (loan.overdue and loan.renewal != "renewed"):
                li.setForeground(QColor(self._bad))
            elif loan.renewal == "renewed":
                li.setForeground(QColor(self._ok))
            self.list.addItem(li)
            if loan.item_id == selected:
                li.setSelected(True)
        self.empty.setVisible(not view.loans and not view.account_problem)
        self._problem(view)
        busy = view.pending > 0
        self.renew_all.setEnabled(not busy and any(ln.renewal == "" for ln in view.loans))
        self.back.setEnabled(not busy)
        self.finish.setEnabled(not busy)
        self._selection_changed()

    def _problem(self, view: s.View) -> None:
        if view.account_problem:
            text = Q.translate("Kiosk", "Your loans could not be read right now. Please ask at the counter.")
            text += f"  [{view.account_problem}]"
        elif not view.account_complete:
            text = Q.translate("Kiosk", "Some details could not be read. Staff at the counter can tell you more.")
        else:
            text = ""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _selected(self) -> str:
        items = self.list.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else ""

    def _selection_changed(self) -> None:
        item_id = self._selected()
        loan = next((ln for ln in self._view.loans if ln.item_id == item_id), None) if self._view else None
        self.renew_one.setEnabled(loan is not None and loan.renewal in ("", "refused"))

    def _renew_selected(self) -> None:
        item_id = self._selected()
        if item_id:
            self.post(s.RenewPressed(item_id))

    def wipe(self) -> None:
        self._view = None
        self.list.clear()
        self.problem.setText("")

    def first_focus(self) -> QWidget | None:
        return self.renew_all


# ------------------------------------------------------------------------------------------------ my account


class AccountScreen(Screen):
    """Items out with due dates (overdue marked) and holds ready for pickup: what the patron asked to see, no more."""

    phases = (s.Phase.ACCOUNT,)

    def __init__(self, post: Post, bad: str = "#B3261E") -> None:
        super().__init__(post)
        self._bad = bad
        lay = vbox(self, 24, 8)
        self.title = label("", "title")
        self.problem = label("", "warning")
        self.problem.setVisible(False)
        self.loans_title = label("", "subtitle")
        self.loans = rows_list()
        self.holds_title = label("", "subtitle")
        self.holds = rows_list()
        for w in (self.title, self.problem, self.loans_title):
            lay.addWidget(w)
        lay.addWidget(self.loans, 1)
        lay.addWidget(self.holds_title)
        lay.addWidget(self.holds, 1)
        row, self.back, self.finish = _bottom_row(self)
        lay.addLayout(row)
        self._view: s.View | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(Q.translate("Kiosk", "My account"))
        self.back.setText(Q.translate("Kiosk", "Back to borrowing"))
        self.finish.setText(Q.translate("Kiosk", "Finish"))
        if self._view is not None:
            self.render(self._view)

    def render(self, view: s.View) -> None:
        self._view = view
        overdue = sum(1 for ln in view.loans if ln.overdue)
        text = Q.translate("Kiosk", "Items out: %n", "", len(view.loans))
        if overdue:
            text += "  " + Q.translate("Kiosk", "(overdue: %n)", "", overdue)
        self.loans_title.setText(text)
        self.loans.clear()
        for loan in view.loans:
            li = QListWidgetItem(row_text(_title(loan.title), due_text(loan.due, loan.overdue, view.language)))
            if loan.overdue:
                li.setForeground(QColor(self._bad))
            self.loans.addItem(li)
        self.holds_title.setText(Q.translate("Kiosk", "Reservations ready for pickup: %n", "", len(view.holds)))
        self.holds.clear()
        for hold in view.holds:
            parts = []
            if hold.pickup:
                parts.append(Q.translate("Kiosk", "Collect at: {place}").format(place=hold.pickup))
            if hold.kept_until:
                parts.append(
                    Q.translate("Kiosk", "Kept until {date}").format(date=messages.date(hold.kept_until, view.language))
                )
            self.holds.addItem(row_text(_title(hold.title), " · ".join(parts) or "—"))
        # the room goes to the lists by what they hold (an empty one's title says 0): in large text two lists of
        # equal height showed one and a half rows each
        for lst, count in ((self.loans, len(view.loans)), (self.holds, len(view.holds))):
            lst.setVisible(count > 0)
            self.layout().setStretchFactor(lst, min(count, 3) or 1)
        if view.account_problem:
            problem = Q.translate("Kiosk", "Your account could not be read right now. Please ask at the counter.")
            problem += f"  [{view.account_problem}]"
        elif not view.account_complete:
            problem = Q.translate("Kiosk", "Some details could not be read. Staff at the counter can tell you more.")
        else:
            problem = ""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def wipe(self) -> None:
        self._view = None
        self.loans.clear()
        self.holds.clear()
        for w in (self.loans_title, self.holds_title, self.problem):
            w.setText("")

    def first_focus(self) -> QWidget | None:
        return self.back


# ------------------------------------------------------------------------------------------------ count check


class CountScreen(Screen):
    """How many books did you put on the pad? (the count check, Japanese practice)."""

    phases = (s.Phase.COUNT,)

    def __init__(self, post: Post) -> None:
        super().__init__(post)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(50, 24, 50, 24)
        lay.setSpacing(50)
        left = QWidget()
        lv = vbox(left, 0, 24)
        self.title = label("", "title")
        self.body = label("", "body")
        self.number = label("", "dots")
        self.number.setObjectName("count_number")
        lv.addStretch(1)
        for w in (self.title, self.body, self.number):
            lv.addWidget(w)
        lv.addStretch(1)
        self.pad = PinPad()
        lay.addWidget(left, 5)
        lay.addWidget(self.pad, 6)
        self.pad.digit.connect(lambda d: self.post(s.CountDigit(d)))
        self.pad.clear.connect(lambda: self.post(s.CountClear()))
        self.pad.enter.connect(lambda: self.post(s.CountEnter()))
        self.pad.cancel.connect(lambda: self.post(s.Cancel()))
        self._view: s.View | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(Q.translate("Kiosk", "How many books did you put on the pad?"))
        self.body.setText(
            Q.translate("Kiosk", "Count only the books you want to borrow now, type the number and press Enter.")
        )
        self.pad.retranslate()
        if self._view is not None:
            self.render(self._view)

    def render(self, view: s.View) -> None:
        self._view = view
        self.number.setText(view.count_entered or "_")
        self.number.setAccessibleName(view.count_entered)
        self.pad.set_enter_enabled(bool(view.count_entered) and int(view.count_entered) > 0)

    def wipe(self) -> None:
        self._view = None
        self.number.setText("")

    def first_focus(self) -> QWidget | None:
        return self.pad


class CountRetryScreen(Screen):
    """The numbers differ: spread the books out and check again (a second mismatch sends the patron to the desk)."""

    phases = (s.Phase.COUNT_RETRY,)

    def __init__(self, post: Post) -> None:
        super().__init__(post)
        lay = vbox(self, 60, 26)
        lay.addStretch(1)
        self.icon = Icon("warning")
        self.title = label("", "title")
        self.numbers = label("", "warning")
        self.body = label("", "body")
        for w in (self.icon, self.title, self.numbers, self.body):
            lay.addWidget(w)
        lay.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(30)
        self.cancel = button("", "cancel")
        self.again = button("", "")
        self.check = button("", "enter")
        for b in (self.cancel, self.again, self.check):
            row.addWidget(b)
        lay.addLayout(row)
        self.cancel.clicked.connect(lambda: self.post(s.Cancel()))
        self.again.clicked.connect(lambda: self.post(s.CountClear()))
        self.check.clicked.connect(lambda: self.post(s.CountRetry()))
        self._view: s.View | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(Q.translate("Kiosk", "The number of books does not match"))
        self.body.setText(
            Q.translate(
                "Kiosk",
                'Please spread the books out on the pad so that they do not overlap, then press "Check again".',
            )
        )
        self.cancel.setText(Q.translate("Kiosk", "Cancel"))
        self.again.setText(Q.translate("Kiosk", "Type the number again"))
        self.check.setText(Q.translate("Kiosk", "Check again"))
        if self._view is not None:
            self.render(self._view)

    def render(self, view: s.View) -> None:
        self._view = view
        self.numbers.setText(
            Q.translate("Kiosk", "You entered {said}; the pad read {read}.").format(
                said=view.count_entered or "—", read=view.count_read if view.count_read is not None else "—"
            )
        )

    def wipe(self) -> None:
        self._view = None
        self.numbers.setText("")

    def first_focus(self) -> QWidget | None:
        return self.check
