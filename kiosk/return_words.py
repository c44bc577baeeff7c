"""What a patron reads under a returned book and hears said of it: the outcome of a settled return, and its words.

One outcome per settled line (:func:`outcome`), one sentence per outcome (:data:`WORDS`): the returns screen shows
it (with what only the screen says: where the book goes, in the library system's words, and the library system's own
sentence for a patron who reads its language) and the spoken guidance says it (never a title, nor the library
system's words). English sources, translated in ``kiosk_<lang>.ts`` (context ``Kiosk``; ``scripts/i18n_update.py``
scans this file for them)."""

from __future__ import annotations

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.session import ReturnLine, ReturnState

WORDS = {
    "returned": QT_TRANSLATE_NOOP("Kiosk", "Returned. Thank you!"),
    "hold": QT_TRANSLATE_NOOP("Kiosk", "Returned. Someone has reserved it: please take it to the counter."),
    "transfer": QT_TRANSLATE_NOOP("Kiosk", "Returned. It goes to another library: please take it to the counter."),
    "magnetic": QT_TRANSLATE_NOOP("Kiosk", "Returned. Please hand this item in at the counter."),
    "security": QT_TRANSLATE_NOOP(
        "Kiosk", "Its security tag could not be reset: please take it to the counter before you leave."
    ),
    "desk": QT_TRANSLATE_NOOP("Kiosk", "Returned. Please take it to the counter."),
    "unreachable": QT_TRANSLATE_NOOP(
        "Kiosk", "Not returned: the library system cannot be reached. Please use the return slot or the counter."
    ),
    "not_on_loan": QT_TRANSLATE_NOOP(
        "Kiosk", "Not returned: this item is not on loan. Please leave it at the counter."
    ),
    "refused": QT_TRANSLATE_NOOP("Kiosk", "Not returned. Please take this item to the counter."),
}

#: outcomes that are not a reason for the desk, should the library system send a desk word of the same name
_NOT_DESK = frozenset({"returned", "unreachable", "not_on_loan", "refused"})


def outcome(line: ReturnLine) -> str:
    """The outcome of a settled return (a key of :data:`WORDS`): returned; at the desk and why (a reason the
    library system gives that has no words of its own, such as "alert", is the plain "desk"); or not returned and
    why."""
    if line.state is ReturnState.RETURNED:
        return "returned"
    if line.state is ReturnState.DESK:
        return line.desk if line.desk in WORDS and line.desk not in _NOT_DESK else "desk"
    if line.reason == "library_unavailable":
        return "unreachable"
    if line.reason == "not_checked_out":
        return "not_on_loan"
    return "refused"
