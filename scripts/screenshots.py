"""Render every kiosk screen in every language (or the languages given) and display mode to PNG under docs/screens/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screens] [--lang ja en ...]

Modes (the file name's prefix): none for the normal screens at 1280×800, ``large-`` large text at 1280×800,
``hc-`` high contrast with large text on a 1920×1080 kiosk, ``bookmobile-`` the bookmobile's window on a 1366×768
laptop. Works under Xvfb too (``xvfb-run -a .venv/bin/python scripts/screenshots.py``). The window is rendered with
sample views (made-up titles); no device or library system is needed. ``tests/ui/test_fit.py`` renders the same
views and fails on any text cut off.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import logging
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402

from kiosk import config  # noqa: E402
from kiosk import session as s  # noqa: E402
from kiosk.services import DeviceHealth, DeviceState, LinkStatus, SelfTestResult, Services, SyncReport  # noqa: E402

DUE = dt.date(2026, 12, 5)
ITEMS = (
    s.ItemLine("d1", s.ItemState.LENT, "星の王子さま", DUE),
    s.ItemLine("d2", s.ItemState.LENT_OFFLINE, "The Very Hungry Caterpillar", DUE),
    s.ItemLine("d3", s.ItemState.REFUSED, "日本の歴史 第3巻", reason="hold_for_other"),
    s.ItemLine("d4", s.ItemState.PENDING, "はらぺこあおむし"),
)
#: a long stack: twelve books, the long titles libraries have, one refused with the library's own words
MANY_ITEMS = tuple(
    s.ItemLine(f"m{n:02d}", s.ItemState.LENT, title, DUE)
    for n, title in enumerate(
        ("吾輩は猫である", "坊っちゃん", "こころ", "銀河鉄道の夜", "羅生門・鼻・芋粥", "雪国", "人間失格",
         "走れメロス", "舞姫・うたかたの記・文づかひ 他三篇", "注文の多い料理店", "蜘蛛の糸・杜子春")
    )
) + (s.ItemLine("m11", s.ItemState.REFUSED, "広辞苑 第七版", reason="not_for_loan",
                message="この資料は館内利用のみです"),)  # fmt: skip


RETURNS = (
    s.ReturnLine("r1", s.ReturnState.RETURNED, "吾輩は猫である / 夏目漱石"),
    s.ReturnLine("r2", s.ReturnState.DESK, "方丈記 / 鴨長明", desk="hold", route="本館 予約棚"),
    s.ReturnLine("r3", s.ReturnState.DESK, "走れメロス / 太宰治", desk="transfer", route="駅前分館"),
    s.ReturnLine("r4", s.ReturnState.DESK, "こころ / 夏目漱石", "security_failed", desk="security"),
    s.ReturnLine("r5", s.ReturnState.REFUSED, "羅生門 / 芥川龍之介", "library_unavailable"),
)
LOANS = (
    s.LoanLine("l1", "おくのほそ道 / 松尾芭蕉", dt.date(2026, 11, 2), overdue=True),
    s.LoanLine("l2", "方丈記 / 鴨長明", dt.date(2026, 12, 10), renewal="refused", reason="renewal_refused",
               message="予約が入っているため更新できません。"),
    s.LoanLine("l3", "枕草子 / 清少納言", dt.date(2026, 12, 19), renewal="renewed"),
)  # fmt: skip
HOLDS = (
    s.HoldLine("h1", "注文の多い料理店 / 宮沢賢治", dt.date(2026, 11, 28), "本館 予約棚"),
    s.HoldLine("h2", "草枕 / 夏目漱石", dt.date(2026, 11, 28), "駅前分館"),
)
SERVICES = ("return", "renew", "account")


class _DemoSync:
    def status(self) -> LinkStatus:
        return LinkStatus(False, 3, 1, True, "unreachable")

    def probe(self) -> LinkStatus:
        return self.status()

    def sync(self, limit: int | None = None) -> SyncReport:
        return SyncReport(0, 0, 3, "unreachable")


def views(lang: str) -> dict[str, s.View]:
    V = s.View
    return {
        "01-idle": V(s.Phase.IDLE, lang),
        "02-reading": V(s.Phase.READING, lang, method="mynumber"),
        "03-pin": V(s.Phase.PIN, lang, pin_length=2, tries_left=3, method="mynumber"),
        "04-pin-wrong": V(s.Phase.PIN, lang, pin_length=0, tries_left=2, pin_was_wrong=True, method="mynumber"),
        "04b-library-card-password": V(s.Phase.PIN, lang, pin_length=1, method="barcode"),
        "05-last-try": V(s.Phase.LAST_TRY, lang, tries_left=1, last_try=True, method="mynumber"),
        "06-pin-last-try": V(s.Phase.PIN, lang, pin_length=3, tries_left=1, last_try=True, method="mynumber"),
        "07-verifying": V(s.Phase.VERIFYING, lang, method="mynumber"),
        "08-blocked": V(s.Phase.REFUSED, lang, refusal="pin_blocked", method="mynumber"),
        "09-not-linked": V(s.Phase.REFUSED, lang, refusal="not_linked", method="mynumber"),
        "10-revoked": V(s.Phase.REFUSED, lang, refusal="cert_revoked", method="mynumber"),
        "11-expired": V(s.Phase.REFUSED, lang, refusal="cert_expired", method="mynumber"),
        "11b-validation-away": V(s.Phase.REFUSED, lang, refusal="validation_unreachable", method="mynumber"),
        "11c-validation-untrusted": V(s.Phase.REFUSED, lang, refusal="ocsp_bad_signature", method="mynumber"),
        "12-patron-blocked": V(s.Phase.REFUSED, lang, refusal="patron_blocked", method="barcode"),
        "13-checking": V(s.Phase.CHECKING, lang, method="barcode"),
        "14-items-empty": V(s.Phase.ITEMS, lang, method="barcode"),
        "15-items": V(s.Phase.ITEMS, lang, items=ITEMS, pending=1, lent_count=2, method="barcode"),
        "16-items-countdown": V(s.Phase.ITEMS, lang, items=ITEMS[:3], lent_count=2, countdown=14, method="barcode"),
        "17-receipt": V(s.Phase.RECEIPT, lang, items=ITEMS[:3], lent_count=2, method="barcode"),
        "18-printing": V(s.Phase.PRINTING, lang),
        "19-goodbye": V(s.Phase.GOODBYE, lang, lent_count=2),
        "15c-items-many": V(s.Phase.ITEMS, lang, items=MANY_ITEMS, lent_count=11, not_lent=1, method="barcode"),
        "15d-items-held-holds": V(s.Phase.ITEMS, lang, items=ITEMS[:1], lent_count=1, held=2, holds_ready=2,
                                  method="mynumber"),
        "15e-items-library-card": V(s.Phase.ITEMS, lang, items=ITEMS[:2], lent_count=2, notice="library_card",
                                    method="barcode"),
        "17b-summary-not-lent": V(s.Phase.RECEIPT, lang, items=ITEMS[:3], lent_count=2, not_lent=1, method="barcode"),
        "12b-patron-blocked-library-words": V(s.Phase.REFUSED, lang, refusal="patron_blocked",
                                              refusal_message="延滞中の資料があります。カウンターへお越しください。",
                                              method="barcode"),
        "19b-goodbye-nothing-lent": V(s.Phase.GOODBYE, lang, not_lent=2),
        "19c-goodbye-some-not-lent": V(s.Phase.GOODBYE, lang, lent_count=3, not_lent=1),
        # the patron's services (issue 16)
        "30-items-services-holds": V(s.Phase.ITEMS, lang, items=ITEMS[:1], lent_count=1, method="mynumber",
                                     services=SERVICES, holds_ready=2, holds_pickup=("本館 予約棚", "駅前分館")),
        "31-returns": V(s.Phase.RETURNS, lang, returns=RETURNS, method="mynumber", services=SERVICES),
        "32-returns-without-card": V(s.Phase.RETURNS, lang, returns=RETURNS[:2], method="anonymous"),
        "32b-returns-held": V(s.Phase.RETURNS, lang, returns=RETURNS[:1], held=2, method="anonymous"),
        "33-loading": V(s.Phase.LOADING, lang, method="mynumber"),
        "34-renew": V(s.Phase.RENEW, lang, loans=LOANS, method="mynumber", services=SERVICES),
        "35-account": V(s.Phase.ACCOUNT, lang, loans=LOANS[:1] + (s.LoanLine("l2", "方丈記 / 鴨長明",
                       dt.date(2026, 12, 10)),), holds=HOLDS, method="mynumber", services=SERVICES),
        "36-count": V(s.Phase.COUNT, lang, count_entered="3", uncounted=2, method="mynumber"),
        "37-count-checking": V(s.Phase.COUNT_CHECK, lang, count_entered="3", method="mynumber"),
        "38-count-retry": V(s.Phase.COUNT_RETRY, lang, count_entered="3", count_read=2, method="mynumber"),
        "39-count-mismatch": V(s.Phase.REFUSED, lang, refusal="count_mismatch", method="mynumber"),
        "40-items-uncounted": V(s.Phase.ITEMS, lang, items=ITEMS[:1], lent_count=1, uncounted=2,
                                method="mynumber", services=SERVICES),
    }  # fmt: skip


def hard_views(lang: str) -> dict[str, s.View]:
    """Everything at once, for the fit test: not pictured."""
    V = s.View
    return {
        "items-everything": V(s.Phase.ITEMS, lang, items=MANY_ITEMS, lent_count=11, not_lent=1, held=3,
                              holds_ready=12, notice="library_card", countdown=9, method="barcode"),
        "summary-everything": V(s.Phase.RECEIPT, lang, items=MANY_ITEMS, lent_count=11, not_lent=4),
        "pin-everything": V(s.Phase.PIN, lang, pin_length=3, tries_left=1, last_try=True, pin_was_wrong=True,
                            method="mynumber", countdown=12),
        "password-everything": V(s.Phase.PIN, lang, pin_length=3, pin_was_wrong=True, method="barcode"),
        "validation-fault": V(s.Phase.REFUSED, lang, refusal="ocsp_bad_signature", countdown=5),
    }  # fmt: skip


#: (file prefix, [ui] options, window size, which views: None for all)
MODES = [
    ("", {}, (1280, 800), None),
    ("large-", {"large_text": True}, (1280, 800), None),
    ("hc-", {"high_contrast": True, "large_text": True}, (1920, 1080),
     ("01-idle", "03-pin", "06-pin-last-try", "08-blocked", "15-items", "17-receipt", "19-goodbye", "31-returns",
      "34-renew", "35-account", "36-count")),
    ("bookmobile-", {"bookmobile": True}, (1280, 700), ("01-idle", "03-pin", "15-items", "15c-items-many",
                                                        "17b-summary-not-lent", "30-items-services-holds",
                                                        "31-returns", "34-renew", "35-account")),
]  # fmt: skip


def save(win, path: Path) -> None:
    """The window as a PNG of at most 256 colours (the screens are flat colours; a third of the size)."""
    from PySide6.QtCore import QBuffer, QIODevice  # Qt only once the platform is chosen (see the top)

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    win.grab().save(buf, "PNG")
    Image.open(io.BytesIO(bytes(buf.data()))).convert("RGB").quantize(colors=128).save(path, optimize=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs" / "screens"))
    ap.add_argument("--lang", nargs="*", default=["ja", "en", "zh_CN", "ko", "pt", "vi"])
    ap.add_argument("--modes", nargs="*", default=[m[0] or "normal" for m in MODES])
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from kiosk_app.gui import build_window

    data = tempfile.mkdtemp(prefix="kiosk-shots-")
    raw = {
        "kiosk": {
            "data_dir": data,
            "library_name": "みどり市立図書館",
            "languages": ["ja", "en", "zh_CN", "ko", "pt", "vi"],
        },
        "ui": {"fullscreen": False, "sounds": False},
    }
    written = 0
    for prefix, ui, size, only in MODES:
        if (prefix or "normal") not in args.modes:
            continue
        cfg = config.from_dict({**raw, "ui": {**raw["ui"], **ui}})
        services = Services(
            sync=_DemoSync(),
            health=[
                lambda: DeviceState("card_reader", DeviceHealth.OK),
                lambda: DeviceState("rfid", DeviceHealth.OK),
                lambda: DeviceState("printer", DeviceHealth.WARNING, "paper_near_end"),
                lambda: DeviceState("library_system", DeviceHealth.ERROR, "unreachable"),
                lambda: DeviceState("validation_link", DeviceHealth.OK),
                lambda: DeviceState("scanner", DeviceHealth.ABSENT, "absent"),
            ],
            self_tests={"card_tries": lambda: SelfTestResult("card_tries", {"tries_left": 3})},
        )
        # the translations built from this tree's catalogue (the shared cache may hold another checkout's)
        win = build_window(cfg, services, windowed=True, qm_dir=Path(data) / "qm")
        win.resize(*size)
        win.show()
        app = QApplication.instance()
        win.lanes.wait(5000)
        app.processEvents()
        win.apply_theme()
        for lang in args.lang:
            shots = views(lang)
            if only is not None:
                shots = {k: v for k, v in shots.items() if k in only}
            for name, view in shots.items():
                win.render(view)
                win.lanes.wait(5000)
                app.processEvents()
                save(win, out / f"{prefix}{name}-{lang}.png")
                written += 1
            if not prefix:
                items = win.by_phase[s.Phase.ITEMS]
                items.set_incomplete(1)
                win.render(s.View(s.Phase.ITEMS, lang, items=ITEMS[:2], lent_count=2, method="mynumber"))
                app.processEvents()
                save(win, out / f"15b-items-set-incomplete-{lang}.png")
                items.set_incomplete(0)
                written += 1
                win.render(s.View(s.Phase.ITEMS, lang, items=ITEMS[:2], lent_count=2, method="mynumber"))
                win.call_staff()
                app.processEvents()
                save(win, out / f"22-call-staff-{lang}.png")
                win.staff_message.hide()
                written += 1
                win.render(s.View(s.Phase.IDLE, lang))
                win.idle.returns.setVisible(True)  # [services].returns_without_card = true
                app.processEvents()
                save(win, out / f"01b-idle-returns-without-card-{lang}.png")
                win.idle.returns.setVisible(False)
                written += 1
                win.ask_passcode()
                app.processEvents()
                save(win, out / f"20-maintenance-passcode-{lang}.png")
                win._maintenance_open()
                win.lanes.wait(5000)
                app.processEvents()
                save(win, out / f"21-maintenance-devices-{lang}.png")
                m = win.maintenance
                m.tabs.setCurrentIndex(2)
                m._self_test("card_tries")
                win.lanes.wait(5000)
                app.processEvents()  # the result arrives
                app.processEvents()  # and is laid out
                save(win, out / f"22-maintenance-self-tests-{lang}.png")
                logging.getLogger("kiosk_app.devices").warning(
                    "rfid.pad_error", extra={"fields": {"reason": "reader_unplugged"}}
                )
                logging.getLogger("kiosk.workers").error("worker.failed", extra={"fields": {"error": "KeyError"}})
                m.refresh()
                m.tabs.setCurrentIndex(4)
                app.processEvents()
                save(win, out / f"23-maintenance-errors-{lang}.png")
                m.tabs.setCurrentIndex(5)
                app.processEvents()
                save(win, out / f"24-maintenance-settings-{lang}.png")
                m.tabs.setCurrentIndex(0)
                win.leave_maintenance()
                # a kiosk whose card reader is unplugged invites the library card only
                win.show_health([DeviceState("card_reader", DeviceHealth.ERROR, "reader_missing")])
                win.render(s.View(s.Phase.IDLE, lang))
                app.processEvents()
                save(win, out / f"01b-idle-card-reader-unplugged-{lang}.png")
                win.show_health([])
                written += 5
        win.close()
    print(f"{written} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
