"""The loan receipt: what it says (no name, patron number only masked and only if enabled) and its layout; and the
technician's test print, which no one can take for a loan receipt (:func:`compose_test_print`).

:func:`layout` is pure: a :class:`Receipt` → lines of text with alignment and size. :func:`build_kanji` turns the
lines into ESC/POS Kanji-mode bytes (Shift_JIS, for printers with Japanese firmware); :func:`build_raster` renders them
into a 1-bit image for printers without Kanji fonts (and for characters outside JIS X 0208).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from hardware.printer.escpos import EscPos
from hardware.printer.lines import Line
from hardware.printer.raster import render_lines

WEEKDAYS: dict[str, str | list[str]] = {
    "ja": "月火水木金土日",
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "zh_CN": "一二三四五六日",
    "ko": "월화수목금토일",
    "pt": ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
    "vi": ["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
}
#: ``no_due``: an item the library system gave no due date for (never a date the patron was not shown);
#: ``offline``: the note for loans recorded offline, still to be sent to the library system (marked ``mark``);
#: ``loans``: the heading of every current loan (``[receipt].all_loans``), ``overdue`` marks one past its due date
LABELS = {
    "ja": {
        "title": "貸出票",
        "issued": "貸出日時",
        "patron": "利用者番号",
        "due": "返却期限",
        "count": "貸出点数 {n}点",
        "holds": "ご予約の資料が{n}点届いています",
        "no_due": "カウンターでご確認ください",
        "mark": "※",
        "offline": "※オフライン貸出: 図書館システムへ送信待ち",
        "loans": "現在の貸出 {n}点",
        "overdue": "延滞",
    },
    "en": {
        "title": "Loan receipt",
        "issued": "Date",
        "patron": "Card",
        "due": "Due",
        "count": "Items: {n}",
        "holds": "Holds ready for pickup: {n}",
        "no_due": "please ask at the counter",
        "mark": "*",
        "offline": "* Lent offline: waiting to be sent to the library system",
        "loans": "All your loans: {n}",
        "overdue": "overdue",
    },
    "zh_CN": {
        "title": "借阅凭条",
        "issued": "借阅时间",
        "patron": "读者证号",
        "due": "归还期限",
        "count": "借阅数量 {n}册",
        "holds": "您预约的资料已到馆{n}册",
        "no_due": "请到服务台确认",
        "mark": "※",
        "offline": "※离线借阅：等待发送至图书馆系统",
        "loans": "当前借阅 {n}册",
        "overdue": "已逾期",
    },
    "ko": {
        "title": "대출 영수증",
        "issued": "대출 일시",
        "patron": "이용자 번호",
        "due": "반납 기한",
        "count": "대출 권수 {n}권",
        "holds": "예약하신 자료 {n}권이 도착했습니다",
        "no_due": "데스크에 문의해 주세요",
        "mark": "※",
        "offline": "※오프라인 대출: 도서관 시스템 전송 대기 중",
        "loans": "현재 대출 {n}권",
        "overdue": "연체",
    },
    "pt": {
        "title": "Comprovante de empréstimo",
        "issued": "Data",
        "patron": "Cartão",
        "due": "Devolução",
        "count": "Itens: {n}",
        "holds": "Reservas prontas para retirada: {n}",
        "no_due": "consulte o balcão",
        "mark": "*",
        "offline": "* Empréstimo offline: aguardando envio ao sistema da biblioteca",
        "loans": "Todos os seus empréstimos: {n}",
        "overdue": "atrasado",
    },
    "vi": {
        "title": "Phiếu mượn",
        "issued": "Ngày mượn",
        "patron": "Số thẻ",
        "due": "Hạn trả",
        "count": "Số tài liệu: {n}",
        "holds": "Tài liệu đặt trước đã về: {n}",
        "no_due": "vui lòng hỏi tại quầy",
        "mark": "*",
        "offline": "* Mượn ngoại tuyến: đang chờ gửi đến hệ thống thư viện",
        "loans": "Tất cả tài liệu đang mượn: {n}",
        "overdue": "quá hạn",
    },
}
#: characters per line in font A (12×24 dots): 80 mm paper → 576 dots, 58 mm → 384 dots
COLUMNS = {80: 48, 58: 32}
#: rows per right-trimmed raster band (about one text line)
RASTER_TRIM_BAND = 24
DOTS = {80: 576, 58: 384}


@dataclass(frozen=True)
class ReceiptItem:
    title: str
    #: the due date the patron was shown; None when the library system gave none (the receipt then says to ask)
    due: dt.date | None
    #: recorded in the offline journal, not yet at the library system (marked on the receipt)
    offline: bool = False
    #: past its due date (in the list of every current loan)
    overdue: bool = False


@dataclass(frozen=True)
class Receipt:
    library_name: str
    issued_at: dt.datetime
    items: list[ReceiptItem]
    #: reservations waiting for the patron (None: not shown)
    holds_ready: int | None = None
    #: the library's patron number, only when the library turned it on; printed masked
    patron_number: str | None = None
    #: optional QR payload (for example the library's "my loans" page), never personal data
    qr: str | None = None
    footer: tuple[str, ...] = ()
    language: str = "ja"
    #: every current loan of the patron's, as the library system listed it (None: not printed)
    loans: list[ReceiptItem] | None = None
    #: a technician's test print (maintenance): no items, no due date, marked as a test from top to bottom
    test: bool = False


def compose_receipt(
    printer_section: Any,
    receipt_section: Any,
    *,
    library_name: str,
    items: list[ReceiptItem],
    issued_at: dt.datetime | None = None,
    patron_number: str | None = None,
    holds_ready: int | None = None,
    language: str = "ja",
    loans: list[ReceiptItem] | None = None,
) -> Receipt:
    """A :class:`Receipt` with the library's ``[receipt]``/``[printer]`` policy applied: the patron number only when
    ``show_patron_number`` is on (and then masked when printed), the holds count only when enabled, every current
    loan only when ``all_loans`` is on."""
    return Receipt(
        library_name=library_name,
        issued_at=issued_at or dt.datetime.now(),
        items=list(items),
        holds_ready=holds_ready if receipt_section.show_holds_ready else None,
        patron_number=patron_number if receipt_section.show_patron_number else None,
        qr=printer_section.qr_text if printer_section.qr and printer_section.qr_text else None,
        footer=tuple(receipt_section.footer),
        language=language,
        loans=list(loans) if loans is not None and getattr(receipt_section, "all_loans", False) else None,
    )


#: the test print, in both staff languages: it is read by technicians, and must never pass for a loan receipt
TEST_PRINT = {
    "banner": "*** テスト印刷 TEST PRINT ***",
    "not_a_loan": ["これは貸出票ではありません。", "This is not a loan receipt: nothing was lent."],
    "issued": "印刷日時 Printed",
    "checks": "文字の確認 Characters: あいう 漢字 カナ ABC abc 0123",
}


def compose_test_print(printer_section: Any, *, library_name: str, issued_at: dt.datetime | None = None) -> Receipt:
    """The maintenance self-test's print: the library's name, the time, a character check and a ruler as wide as
    the paper, between test banners; no item and no due date (the QR code, when configured, is printed to check
    it too)."""
    return Receipt(
        library_name=library_name,
        issued_at=issued_at or dt.datetime.now(),
        items=[],
        qr=printer_section.qr_text if printer_section.qr and printer_section.qr_text else None,
        test=True,
    )


@dataclass
class Layout:
    lines: list[Line] = field(default_factory=list)
    qr: str | None = None


def mask_patron_number(number: str, visible: int = 4) -> str:
    """All but the last ``visible`` characters as ``*``; a number too short to mask is hidden completely."""
    n = number.strip()
    if len(n) <= visible + 2:
        return "*" * len(n)
    return "*" * (len(n) - visible) + n[-visible:]


def columns(text: str) -> int:
    """Print columns: a full-width character takes two (as in Shift_JIS, where it takes two bytes)."""
    return sum(2 if unicodedata.east_asian_width(c) in "FWA" and ord(c) > 0x7F else 1 for c in text)


def wrap(text: str, width: int, max_lines: int = 2) -> list[str]:
    lines: list[str] = []
    cur = ""
    for ch in text:
        if columns(cur + ch) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur or not lines:
        lines.append(cur)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and columns(last + "…") > width:
            last = last[:-1]
        lines = lines[: max_lines - 1] + [last + "…"]
    return lines


def format_date(d: dt.date, language: str) -> str:
    day = WEEKDAYS.get(language, WEEKDAYS["en"])[d.weekday()]
    if language == "ja":
        return f"{d.year}年{d.month}月{d.day}日({day})"
    if language == "zh_CN":
        return f"{d.year}年{d.month}月{d.day}日(周{day})"
    if language == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일 ({day})"
    if language in ("pt", "vi"):
        return f"{d.day:02d}/{d.month:02d}/{d.year} ({day})"
    return f"{d.isoformat()} ({day})"


def _test_layout(receipt: Receipt, cols: int) -> Layout:
    out = Layout(qr=receipt.qr)
    add = out.lines.append
    banner = TEST_PRINT["banner"]
    add(Line(banner, "center", bold=True))
    for part in wrap(receipt.library_name, cols // 2, max_lines=2):
        add(Line(part, "center", big=True))
    for sentence in TEST_PRINT["not_a_loan"]:
        for part in wrap(sentence, cols, max_lines=2):
            add(Line(part, "center", bold=True))
    add(Line("=" * cols))
    t = receipt.issued_at
    add(Line(f"{TEST_PRINT['issued']} {format_date(t.date(), 'ja')} {t:%H:%M:%S}"))
    for part in wrap(TEST_PRINT["checks"], cols, max_lines=2):
        add(Line(part))
    add(Line("".join(str(i % 10) for i in range(1, cols + 1))))  # the ruler: every column of the paper
    add(Line("=" * cols))
    add(Line(banner, "center", bold=True))
    return out


def layout(receipt: Receipt, cols: int) -> Layout:
    if receipt.test:
        return _test_layout(receipt, cols)
    lang = receipt.language if receipt.language in LABELS else "ja"
    lab = LABELS[lang]
    rule = "-" * cols
    out = Layout(qr=receipt.qr)
    add = out.lines.append
    for part in wrap(receipt.library_name, cols // 2, max_lines=2):
        add(Line(part, "center", big=True))
    add(Line(lab["title"], "center", bold=True))

    def pair(label: str, value: str, indent: str = "", bold: bool = False) -> None:
        # label and value on one line when they fit, else the value on its own line
        one = f"{indent}{label} {value}"
        if columns(one) <= cols:
            add(Line(one, bold=bold))
        else:
            add(Line(f"{indent}{label}", bold=bold))
            add(Line(f"{indent}  {value}", bold=bold))

    t = receipt.issued_at
    pair(lab["issued"], f"{format_date(t.date(), lang)} {t:%H:%M}")
    if receipt.patron_number:
        pair(lab["patron"], mask_patron_number(receipt.patron_number))
    add(Line(rule))
    for i, item in enumerate(receipt.items, 1):
        num = f"{i:>2} "
        for j, part in enumerate(wrap(item.title, cols - len(num))):
            add(Line((num if j == 0 else " " * len(num)) + part))
        due = format_date(item.due, lang) if item.due is not None else lab["no_due"]
        pair(lab["due"], due + (f" {lab['mark']}" if item.offline else ""), indent=" " * len(num), bold=True)
    add(Line(rule))
    add(Line(lab["count"].format(n=len(receipt.items)), bold=True))
    if any(item.offline for item in receipt.items):
        for part in wrap(lab["offline"], cols, max_lines=3):
            add(Line(part))
    if receipt.loans is not None:
        add(Line(rule))
        add(Line(lab["loans"].format(n=len(receipt.loans)), bold=True))
        for item in receipt.loans:
            for part in wrap(item.title, cols - 3):
                add(Line("   " + part))
            due = format_date(item.due, lang) if item.due is not None else lab["no_due"]
            pair(lab["due"], due + (f" {lab['overdue']}" if item.overdue else ""), indent="   ", bold=item.overdue)
    if receipt.holds_ready:
        for part in wrap(lab["holds"].format(n=receipt.holds_ready), cols):
            add(Line(part))
    for f in receipt.footer:
        for part in wrap(f, cols, max_lines=3):
            add(Line(part, "center"))
    return out


def build_kanji(receipt: Receipt, paper_mm: int = 80, qr: bool = True) -> bytes:
    """ESC/POS bytes for a printer with Japanese (Kanji) firmware."""
    lay = layout(receipt, COLUMNS[paper_mm])
    e = EscPos().init().kanji_setup()
    for line in lay.lines:
        e.align(line.align)
        if line.big:
            e.size(2, 2)
        if line.bold:
            e.bold(True)
        e.line(line.text)
        if line.big:
            e.size(1, 1)
        if line.bold:
            e.bold(False)
    e.align("left")
    if qr and lay.qr:
        e.align("center").qr(lay.qr).raw(b"\n").align("left")
    return e.cut().kanji_off().bytes()


def build_raster(receipt: Receipt, paper_mm: int = 80, qr: bool = True) -> bytes:
    """ESC/POS bytes for a printer without Kanji fonts: the text is drawn into a raster image."""
    lay = layout(receipt, COLUMNS[paper_mm])
    width_bytes, height, bitmap = render_lines(lay.lines, DOTS[paper_mm])
    e = EscPos().init().align("left").raster(width_bytes, height, bitmap, trim_band=RASTER_TRIM_BAND)
    if qr and lay.qr:
        e.align("center").qr(lay.qr).raw(b"\n").align("left")
    return e.cut().bytes()
