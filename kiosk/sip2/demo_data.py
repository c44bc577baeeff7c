"""The demo library system's data. Other parts of the project (the UI demo mode, tests, RFID and barcode
simulators) rely on these exact values; change them only together with their users.

Patron numbers are the library's own numbers (printed as NW-7 barcodes on library cards), never a My Number.

========== =========================================================================================
patron     behaviour
========== =========================================================================================
10000001   ok (password "1234" when a password is used)
10000002   blocked: charge privileges denied, card reported lost
10000003   expired / excessive fines: charge privileges denied, renewal denied, excessive fines
10000004   at the loan limit: already has LOAN_LIMIT items (T1000001..T1000010)
10000005   ok, with 2 holds ready for pickup (T0000018 on the main library's hold shelf, T0000019 at the station
           branch) and 3 loans to renew: T2000001 overdue, T2000002 reserved by someone else (not renewable),
           T2000003
========== =========================================================================================

Items ``T0000001`` .. ``T0000020`` carry Japanese titles. ``T0000013`` is on hold for another patron (refused),
``T0000014`` is a reference book (not for loan), ``T0000015`` is a set of 2 parts. The loan period is 14 days.
Returns: ``T0000016`` belongs to the station branch (returned, it goes there: to the desk), ``T0000021`` is an audio
CD (magnetic media: to the desk), an item reserved by someone else goes to the desk for its hold. Holds are kept
``HOLD_KEPT_DAYS`` days.
"""

from __future__ import annotations

from dataclasses import dataclass

INSTITUTION_ID = "JPLIB"
#: login the kiosk uses (93 CN/CO) against the demo library system
LOGIN_USER = "kiosk"
LOGIN_PASSWORD = "kiosk-pass"
LOCATION_CODE = "MAIN"
LOAN_PERIOD_DAYS = 14
LOAN_LIMIT = 10
#: the library's permanent location sent in 10/18 (AQ)
PERMANENT_LOCATION = "本館"

PATRON_OK = "10000001"
PATRON_BLOCKED = "10000002"
PATRON_EXPIRED = "10000003"
PATRON_AT_LIMIT = "10000004"
PATRON_WITH_HOLDS = "10000005"
#: an internal patron that holds T0000013 (not meant to log in)
PATRON_OTHER = "10000099"
PATRON_PASSWORD = "1234"

ITEM_ON_HOLD_FOR_OTHER = "T0000013"
ITEM_NOT_FOR_LOAN = "T0000014"
ITEM_SET_OF_TWO = "T0000015"
HOLDS_READY = {"T0000018": PATRON_WITH_HOLDS, "T0000019": PATRON_WITH_HOLDS, "T0000013": PATRON_OTHER}
#: where holds wait for pickup (18 AP), unless HOLD_PICKUP names another place, and how many days they are kept
HOLD_SHELF = "本館 予約棚"
OTHER_BRANCH = "駅前分館"
HOLD_PICKUP = {"T0000019": OTHER_BRANCH}
HOLD_KEPT_DAYS = 7
#: returns that go to the desk: an item of another branch, magnetic media
ITEM_OTHER_BRANCH = "T0000016"
ITEM_MAGNETIC = "T0000021"
#: the holds patron's loans when the demo library system starts: item -> days until due (negative: overdue)
SERVICE_LOANS: dict[str, int] = {"T2000001": -3, "T2000002": 5, "T2000003": 10}
ITEM_OVERDUE = "T2000001"
#: lent to the holds patron and reserved by another: a renewal is refused, a return goes to the desk
ITEM_RESERVED_LOAN = "T2000002"


@dataclass(frozen=True)
class DemoPatron:
    number: str
    name: str
    password: str
    #: the 14-character SIP2 patron status (Y at: 0 charge denied, 1 renewal denied, 4 card lost, 10 fines)
    status: str
    message: str = ""
    fee_amount: str = ""


def _status(*positions: int) -> str:
    return "".join("Y" if i in positions else " " for i in range(14))


PATRONS: dict[str, DemoPatron] = {
    p.number: p
    for p in (
        DemoPatron(PATRON_OK, "図書 太郎", PATRON_PASSWORD, _status()),
        DemoPatron(
            PATRON_BLOCKED,
            "貸出 花子",
            PATRON_PASSWORD,
            _status(0, 1, 2, 3, 4),
            "この利用者カードは紛失届が出ています。カウンターにお越しください。",
        ),
        DemoPatron(
            PATRON_EXPIRED,
            "期限 次郎",
            PATRON_PASSWORD,
            _status(0, 1, 10),
            "利用者カードの有効期限が切れています。カウンターで更新してください。",
            "1200",
        ),
        DemoPatron(PATRON_AT_LIMIT, "上限 三郎", PATRON_PASSWORD, _status()),
        DemoPatron(PATRON_WITH_HOLDS, "予約 さくら", PATRON_PASSWORD, _status()),
        DemoPatron(PATRON_OTHER, "予約 次の人", PATRON_PASSWORD, _status()),
    )
}


@dataclass(frozen=True)
class DemoItem:
    item: str
    title: str
    author: str
    for_loan: bool = True
    parts: int = 1
    #: the branch it belongs to ("" = the main library); returned elsewhere it is sent there
    branch: str = ""
    #: magnetic media (an audio CD): the kiosk cannot handle it, a return goes to the desk
    magnetic: bool = False

    @property
    def display_title(self) -> str:
        return f"{self.title} / {self.author}"


ITEMS: dict[str, DemoItem] = {
    i.item: i
    for i in (
        DemoItem("T0000001", "吾輩は猫である", "夏目漱石"),
        DemoItem("T0000002", "坊っちゃん", "夏目漱石"),
        DemoItem("T0000003", "羅生門", "芥川龍之介"),
        DemoItem("T0000004", "銀河鉄道の夜", "宮沢賢治"),
        DemoItem("T0000005", "雪国", "川端康成"),
        DemoItem("T0000006", "人間失格", "太宰治"),
        DemoItem("T0000007", "舞姫", "森鷗外"),
        DemoItem("T0000008", "たけくらべ", "樋口一葉"),
        DemoItem("T0000009", "檸檬", "梶井基次郎"),
        DemoItem("T0000010", "山椒魚", "井伏鱒二"),
        DemoItem("T0000011", "こころ", "夏目漱石"),
        DemoItem("T0000012", "蜘蛛の糸", "芥川龍之介"),
        DemoItem("T0000013", "風の又三郎", "宮沢賢治"),
        DemoItem("T0000014", "広辞苑 第七版", "新村出 編", for_loan=False),
        DemoItem("T0000015", "源氏物語 上・下", "紫式部 著 / 与謝野晶子 訳", parts=2),
        DemoItem("T0000016", "走れメロス", "太宰治", branch=OTHER_BRANCH),
        DemoItem("T0000017", "高瀬舟", "森鷗外"),
        DemoItem("T0000018", "注文の多い料理店", "宮沢賢治"),
        DemoItem("T0000019", "草枕", "夏目漱石"),
        DemoItem("T0000020", "伊豆の踊子", "川端康成"),
        DemoItem("T0000021", "朗読CD 銀河鉄道の夜", "宮沢賢治", magnetic=True),
        # the holds patron's loans (not on the shelf)
        DemoItem("T2000001", "おくのほそ道", "松尾芭蕉"),
        DemoItem("T2000002", "方丈記", "鴨長明"),
        DemoItem("T2000003", "枕草子", "清少納言"),
        # the ten loans of the patron at the loan limit (not on the shelf)
        *(DemoItem(f"T10000{n:02d}", f"図書館の本 第{n}巻", "図書館 編") for n in range(1, LOAN_LIMIT + 1)),
    )
}

#: loans present when the demo library system starts: item -> patron
INITIAL_LOANS: dict[str, str] = {f"T10000{n:02d}": PATRON_AT_LIMIT for n in range(1, LOAN_LIMIT + 1)}

SHELF_ITEMS: tuple[str, ...] = tuple(f"T{n:07d}" for n in range(1, 21))
