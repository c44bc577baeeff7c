"""Render every kiosk screen in Japanese and English (or the languages given) to PNG under docs/screens/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screens] [--lang ja en ...]

Works under Xvfb too (``xvfb-run -a .venv/bin/python scripts/screenshots.py``). The window is rendered with sample
views (made-up titles); no device or library system is needed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk import config  # noqa: E402
from kiosk import session as s  # noqa: E402
from kiosk.services import DeviceHealth, DeviceState, LinkStatus, SelfTestResult, Services, SyncReport  # noqa: E402

DUE = dt.date(2026, 12, 5)
ITEMS = (
    s.ItemLine("d1", s.ItemState.LENT, "星の王子さま", DUE),
    s.ItemLine("d2", s.ItemState.LENT_OFFLINE, "The Very Hungry Caterpillar", DUE),
    s.ItemLine("d3", s.ItemState.REFUSED, "日本の歴史 第3巻", reason="hold_for_other"),
    s.ItemLine("d4", s.ItemState.PENDING),
)


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
        "19-goodbye": V(s.Phase.GOODBYE, lang),
        # the patron's services (issue 16)
        "30-items-services-holds": V(s.Phase.ITEMS, lang, items=ITEMS[:1], lent_count=1, method="mynumber",
                                     services=SERVICES, holds_ready=2, holds_pickup=("本館 予約棚", "駅前分館")),
        "31-returns": V(s.Phase.RETURNS, lang, returns=RETURNS, method="mynumber", services=SERVICES),
        "32-returns-without-card": V(s.Phase.RETURNS, lang, returns=RETURNS[:2], method="anonymous"),
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs" / "screens"))
    ap.add_argument("--lang", nargs="*", default=["ja", "en"])
    ap.add_argument("--size", default="1280x800")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    w_px, h_px = (int(x) for x in args.size.split("x"))

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
    variants = [("", raw), ("hc-", {**raw, "ui": {**raw["ui"], "high_contrast": True, "large_text": True}})]
    variants.append(("bookmobile-", {**raw, "ui": {**raw["ui"], "bookmobile": True}}))
    for prefix, cfg_raw in variants:
        cfg = config.from_dict(cfg_raw)
        # large text is for the kiosk's own full-HD screen
        size = (1920, 1080) if prefix == "hc-" else (w_px, h_px)
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
        win = build_window(cfg, services, windowed=True)
        win.resize(*size)
        win.show()
        app = QApplication.instance()
        win.lanes.wait(5000)
        app.processEvents()
        for lang in args.lang:
            shots = views(lang)
            if prefix:
                shots = {
                    k: v
                    for k, v in shots.items()
                    if k in ("01-idle", "06-pin-last-try", "15-items", "08-blocked", "31-returns", "34-renew")
                }
            for name, view in shots.items():
                win.render(view)
                win.lanes.wait(5000)
                app.processEvents()
                win.grab().save(str(out / f"{prefix}{name}-{lang}.png"))
                written += 1
            if not prefix:
                items = win.by_phase[s.Phase.ITEMS]
                items.set_incomplete(1)
                win.render(s.View(s.Phase.ITEMS, lang, items=ITEMS[:2], lent_count=2, method="mynumber"))
                app.processEvents()
                win.grab().save(str(out / f"15b-items-set-incomplete-{lang}.png"))
                items.set_incomplete(0)
                written += 1
                win.render(s.View(s.Phase.IDLE, lang))
                win.idle.returns.setVisible(True)  # [services].returns_without_card = true
                app.processEvents()
                win.grab().save(str(out / f"01b-idle-returns-without-card-{lang}.png"))
                win.idle.returns.setVisible(False)
                written += 1
                win.ask_passcode()
                app.processEvents()
                win.grab().save(str(out / f"20-maintenance-passcode-{lang}.png"))
                win._maintenance_open()
                win.lanes.wait(5000)
                app.processEvents()
                win.grab().save(str(out / f"21-maintenance-devices-{lang}.png"))
                m = win.maintenance
                m.tabs.setCurrentIndex(2)
                m._self_test("card_tries")
                win.lanes.wait(5000)
                app.processEvents()  # the result arrives
                app.processEvents()  # and is laid out
                win.grab().save(str(out / f"22-maintenance-self-tests-{lang}.png"))
                logging.getLogger("kiosk_app.devices").warning(
                    "rfid.pad_error", extra={"fields": {"reason": "reader_unplugged"}}
                )
                logging.getLogger("kiosk.workers").error("worker.failed", extra={"fields": {"error": "KeyError"}})
                m.refresh()
                m.tabs.setCurrentIndex(4)
                app.processEvents()
                win.grab().save(str(out / f"23-maintenance-errors-{lang}.png"))
                m.tabs.setCurrentIndex(5)
                app.processEvents()
                win.grab().save(str(out / f"24-maintenance-settings-{lang}.png"))
                m.tabs.setCurrentIndex(0)
                win.leave_maintenance()
                # a kiosk whose card reader is unplugged invites the library card only
                win.show_health([DeviceState("card_reader", DeviceHealth.ERROR, "reader_missing")])
                win.render(s.View(s.Phase.IDLE, lang))
                app.processEvents()
                win.grab().save(str(out / f"01b-idle-card-reader-unplugged-{lang}.png"))
                win.show_health([])
                written += 5
        win.close()
    print(f"{written} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
