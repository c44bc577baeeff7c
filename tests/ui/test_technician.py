"""Technicians (issue 15), through the real application: maintenance in the staff language's words, the five-tap
gesture however quick, a window that keeps its size and clips nothing, settings changed on site, only what works
offered on the idle screen, and the demo's fault switches seen in maintenance."""

from __future__ import annotations

import json
import logging
import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget

from kiosk import config, reasons
from kiosk import session as s
from kiosk.services import DeviceHealth, DeviceState, Services

from .conftest import PASSCODE
from .test_demo import demo  # noqa: F401 - the demo's fixture, shared
from .windows import settle

B = Qt.MouseButton.LeftButton
NO = Qt.KeyboardModifier.NoModifier


def tap(widget) -> None:
    QTest.mouseClick(widget, B)


def enter_code(win, code: str) -> None:
    for d in code:
        tap(win.passcode.pad.keys[d])
    tap(win.passcode.pad.enter_button)


def open_maintenance(qtbot, win) -> None:
    win.ask_passcode()
    enter_code(win, PASSCODE)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.maintenance, timeout=10000)


def table_rows(table) -> list[tuple[str, ...]]:
    return [
        tuple(table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def row_of(table, what: str) -> tuple[str, ...] | None:
    return next((row for row in table_rows(table) if row[0] == what), None)


@pytest.fixture
def window(qtbot, tmp_path, passcode_hash):
    """The real window over services given by the test (no devices): for what needs no card reader."""
    from kiosk.maintenance import PasscodeGate
    from kiosk_app.gui import build_window

    made = []

    def make(services: Services | None = None, **sections):
        raw = {
            "kiosk": {"data_dir": str(tmp_path), "languages": ["ja", "en", "zh_CN", "ko", "pt", "vi"]},
            "ui": {"fullscreen": False, "sounds": False},
            "maintenance": {"passcode_hash": passcode_hash},
        }
        for name, values in sections.items():
            raw[name] = {**raw.get(name, {}), **values}
        cfg = config.from_dict(raw)
        gate = PasscodeGate.from_config(cfg, state_file=tmp_path / "gate.json")
        win = build_window(cfg, services, windowed=True, qm_dir=tmp_path / "qm", gate=gate)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        settle(win)


# ------------------------------------------------------------------------------------------------ the gesture


def test_five_quick_taps_on_the_library_name_open_maintenance(window):
    """Taps 0.15 s apart reach the label as press, double click, press, double click, press: all five count."""
    win = window()
    handle = win.windowHandle()
    at = win.idle.name.mapTo(win, win.idle.name.rect().center())
    QTest.mouseDClick(handle, B, NO, at)  # two quick taps: the platform makes the second a double click
    QTest.mouseDClick(handle, B, NO, at)
    assert not win.maintenance_active
    QTest.mouseClick(handle, B, NO, at)
    assert win.maintenance_active and win.stack.currentWidget() is win.passcode


def test_five_slow_taps_open_maintenance_too(window):
    win = window()
    handle = win.windowHandle()
    at = win.idle.name.mapTo(win, win.idle.name.rect().center())
    for _ in range(5):  # QTest leaves a double-click interval between clicks: 0.55 s apart as on site
        QTest.mouseClick(handle, B, NO, at)
    assert win.maintenance_active


# ------------------------------------------------------------------------------------------------ size and clipping


def clipped(root: QWidget) -> list[str]:
    """Visible buttons and one-line labels whose text does not fit, and tab bars that scroll."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractButton) and w.text() and w.sizeHint().width() > w.width() + 1:
            out.append(f"button {w.text()!r}: {w.sizeHint().width()} > {w.width()}")
        elif isinstance(w, QLabel) and not w.wordWrap() and w.text() and w.sizeHint().width() > w.width() + 1:
            out.append(f"label {w.text()!r}")
        elif isinstance(w, QTabWidget) and w.tabBar().sizeHint().width() > w.tabBar().width() + 1:
            out.append("tab bar scrolls")
    return out


@pytest.mark.parametrize("staff_language", ["ja", "en"])
@pytest.mark.parametrize("patron_language", ["vi", "pt"])
def test_maintenance_keeps_the_window_size_and_clips_nothing(window, qtbot, staff_language, patron_language):
    states = [
        DeviceState("printer", DeviceHealth.ERROR, "cover_open"),
        DeviceState("rfid", DeviceHealth.ABSENT, "absent"),
    ]
    win = window(Services(health=[lambda st=st: st for st in states]), kiosk={"staff_language": staff_language})
    win.controller.post(s.LanguageChosen(patron_language))  # the last patron chose a long-worded language
    qtbot.waitUntil(lambda: win.translations.current == patron_language)
    open_maintenance(qtbot, win)
    m = win.maintenance
    assert win.translations.current == staff_language  # the staff screens speak the staff language
    for i in range(m.tabs.count()):
        m.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        assert win.size().width() == 1280 and win.size().height() == 800, m.tabs.tabText(i)

        # a tab's rows come from the lanes and are laid out as they arrive: what counts is the screen once they are
        def fits(tab: str = m.tabs.tabText(i)) -> None:
            assert not clipped(m), (tab, clipped(m))

        qtbot.waitUntil(fits, timeout=2000)  # on timeout, fits' last assertion is raised
    tap(m.exit)
    assert not win.maintenance_active and (win.width(), win.height()) == (1280, 800)


# ------------------------------------------------------------------------------------------------ words


def test_devices_errors_and_configuration_in_the_staff_language(window, qtbot):
    probes = [
        lambda: DeviceState("printer", DeviceHealth.ERROR, "paper_out"),
        lambda: DeviceState("library_system", DeviceHealth.ERROR, "unreachable"),
        lambda: DeviceState("card_reader", DeviceHealth.OK),
    ]
    win = window(Services(health=probes), ui={"barcode_password": True})
    logging.getLogger("kiosk_app.devices").warning("rfid.pad_error", extra={"fields": {"reason": "reader_unplugged"}})
    open_maintenance(qtbot, win)
    m = win.maintenance
    qtbot.waitUntil(lambda: m.devices.rowCount() == 3, timeout=10000)
    printer = row_of(m.devices, "レシートプリンター")
    assert printer == ("レシートプリンター", "異常", reasons.staff_text("paper_out", "ja"), "paper_out")
    assert printer[2].startswith("プリンターの用紙がありません。")
    assert row_of(m.devices, "図書館システムとの接続")[1:] == (
        "異常",
        reasons.staff_text("unreachable", "ja"),
        "unreachable",
    )
    assert row_of(m.devices, "マイナンバーカードリーダー")[1] == "正常"
    code_font = m.devices.item(0, 3).font()
    assert code_font.pixelSize() < m.devices.fontInfo().pixelSize()  # the code is small beside the sentence
    # recent errors: local time, words, no JSON
    errors = table_rows(m.errors)
    assert errors and not any("{" in cell or '"ts"' in cell for row in errors for cell in row)
    when, level, sentence, code = errors[0]
    assert when.endswith("RFIDパッド") and level == "警告" and code == "reader_unplugged"
    assert sentence == reasons.staff_text("reader_unplugged", "ja")
    # the configuration masks secrets only: a true/false setting is shown
    shown = json.loads(m.config_view.toPlainText())
    assert shown["ui"]["barcode_password"] is True and shown["maintenance"]["passcode_hash"] == "********"


# ------------------------------------------------------------------------------------------------ what works now


def test_windowed_kiosk_without_devices_shows_every_row_and_invites_only_what_works(qtbot, tmp_path, passcode_hash):
    """``kiosk run --windowed`` on a laptop: no pad, printer or scanner configured, no trust anchor."""
    from kiosk.maintenance import PasscodeGate
    from kiosk_app.build import build_kiosk
    from kiosk_app.gui import open_window

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = probe.getsockname()[1]
    cfg = config.from_dict(
        {
            "kiosk": {"data_dir": str(tmp_path)},
            "ui": {"fullscreen": False, "sounds": False},
            "sip2": {"port": dead, "retries": 0, "connect_timeout_s": 0.5},
            "maintenance": {"passcode_hash": passcode_hash},
        }
    )
    kiosk = build_kiosk(cfg)
    win = open_window(kiosk, windowed=True, qm_dir=tmp_path / "qm", gate=PasscodeGate.from_config(cfg))
    qtbot.addWidget(win)
    win.show()
    try:
        # no card can be accepted (anchor_missing) and no scanner reads a library card: nothing is invited
        qtbot.waitUntil(lambda: win.idle.methods == (), timeout=10000)
        assert not win.idle.card_panel.isVisible() and not win.idle.barcode_panel.isVisible()
        assert "カウンター" in win.idle.title.text()
        open_maintenance(qtbot, win)
        m = win.maintenance
        qtbot.waitUntil(lambda: row_of(m.devices, "レシートプリンター") is not None, timeout=10000)
        for name in ("RFIDパッド", "レシートプリンター", "バーコードスキャナー"):
            assert row_of(m.devices, name)[1:] == ("未設定", reasons.staff_text("absent", "ja"), "absent"), name
        assert row_of(m.devices, "マイナンバーカードリーダー")[1::2] == ("異常", "anchor_missing")
    finally:
        settle(win)
        kiosk.close()


def test_the_idle_screen_follows_the_health_of_the_devices(window):
    win = window(Services(), kiosk={"identification": ["mynumber", "barcode"]})
    assert win.idle.card_panel.isVisible() and win.idle.barcode_panel.isVisible()  # nothing known yet: all
    win.show_health([DeviceState("card_reader", DeviceHealth.ERROR, "reader_missing")])
    assert not win.idle.card_panel.isVisible() and win.idle.barcode_panel.isVisible()
    assert "Or " not in win.idle.barcode_text.text() and win.idle.barcode_text.text()
    win.show_health([DeviceState("card_reader", DeviceHealth.OK), DeviceState("validation_link", DeviceHealth.OK)])
    assert win.idle.card_panel.isVisible()


# ------------------------------------------------------------------------------------------------ site settings


def test_settings_changed_in_maintenance_are_stored_and_used_at_once(window, qtbot, tmp_path):
    win = window(kiosk={"languages": ["ja", "en"]})
    open_maintenance(qtbot, win)
    panel = win.maintenance.settings
    tap(panel.receipt_buttons["always"])
    tap(panel.quieter)
    tap(panel.language_buttons["ko"])
    tap(panel.large_text)
    tap(panel.save)
    qtbot.waitUntil(lambda: "✔" in panel.result.text(), timeout=10000)
    stored = config.with_site_settings(config.from_dict({"kiosk": {"data_dir": str(tmp_path)}}))
    assert (stored.ui.receipt, stored.ui.volume, stored.ui.large_text) == ("always", 70, True)
    assert stored.kiosk.languages == ["ja", "en", "ko"]
    # the kiosk uses them now: the session's receipt policy and languages, the language bar, the text size
    assert win.controller.session.config.receipt is s.ReceiptPolicy.ALWAYS
    assert set(win.language_bar.buttons) == {"ja", "en", "ko"} and win.theme.large_text
    assert win.sound.volume == 70
    # a choice the configuration does not allow is refused with the key, and nothing changes
    for code in ("ja", "en", "ko"):
        tap(panel.language_buttons[code])
    tap(panel.save)
    qtbot.waitUntil(lambda: "✖" in panel.result.text(), timeout=10000)
    assert "[kiosk].languages" in panel.result.text() and "settings_invalid" in panel.result.text()
    assert config.with_site_settings(stored).kiosk.languages == ["ja", "en", "ko"]


# ------------------------------------------------------------------------------------------------ with the devices

pcsc = pytest.mark.pcsc


@pcsc
def test_self_tests_are_sentences_and_the_test_print_is_marked(kiosk_factory):
    k = kiosk_factory()
    k.insert()
    k.wait_phase(s.Phase.PIN)
    k.win.controller.post(s.Cancel())
    k.wait_phase(s.Phase.IDLE)
    k.win.lanes.wait(10000)
    open_maintenance(k.qtbot, k.win)
    m = k.win.maintenance
    tap(m.test_buttons["card_tries"])
    k.qtbot.waitUntil(lambda: "3回" in m.test_result.text(), timeout=20000)
    assert "tries_left" not in m.test_result.text() and m.test_result.text().startswith("✔")
    tap(m.test_buttons["test_receipt"])
    k.qtbot.waitUntil(lambda: len(k.receipts()) == 1, timeout=10000)
    text = k.receipts()[0].text()
    assert "TEST PRINT" in text and "これは貸出票ではありません" in text and "返却期限" not in text
    k.qtbot.waitUntil(lambda: "テスト印刷をしました" in m.test_result.text(), timeout=10000)
    tap(m.test_buttons["read_tag"])
    k.qtbot.waitUntil(lambda: "パッド上のタグ: 0枚" in m.test_result.text(), timeout=10000)


FAULTS = [
    ("paper_out", "レシートプリンター", "paper_out"),
    ("cover_open", "レシートプリンター", "cover_open"),
    ("rfid_unplugged", "RFIDパッド", "reader_unplugged"),
    ("scanner_unplugged", "バーコードスキャナー", "scanner_unplugged"),
    ("reader_unplugged", "マイナンバーカードリーダー", "reader_missing"),
    ("validation_down", "カード有効性確認サービス", "validation_unreachable"),
]


@pcsc
def test_the_demo_panel_causes_each_fault_a_technician_must_recognise(demo, qtbot):  # noqa: F811
    from kiosk_app.demo import DEMO_PASSCODE

    win, panel = demo
    assert set(panel.fault_buttons) == {name for name, _, _ in FAULTS}
    win.ask_passcode()
    enter_code(win, DEMO_PASSCODE)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.maintenance, timeout=10000)
    m = win.maintenance
    for name, device, code in FAULTS:
        tap(panel.fault_buttons[name])
        if name == "validation_down":
            tap(m.test_buttons["validation_link"])  # asked at once rather than at the view's next probe
            qtbot.waitUntil(lambda c=code: c in m.test_result.text(), timeout=20000)
        m.refresh()
        qtbot.waitUntil(lambda d=device, c=code: (row_of(m.devices, d) or ("",) * 4)[3] == c, timeout=20000)
        assert row_of(m.devices, device)[2] == reasons.staff_text(code, "ja"), name
        tap(panel.fault_buttons[name])  # cleared again
        win.lanes.wait(20000)
    # once cleared, every device works again
    m.refresh()
    qtbot.waitUntil(
        lambda: all(row_of(m.devices, d) and row_of(m.devices, d)[1] == "正常" for _, d, _ in FAULTS[:-1]),
        timeout=30000,
    )


@pcsc
def test_an_unplugged_card_reader_is_not_invited_on_the_idle_screen(demo, qtbot):  # noqa: F811
    win, panel = demo
    qtbot.waitUntil(lambda: "mynumber" in win.idle.methods, timeout=20000)
    tap(panel.fault_buttons["reader_unplugged"])
    win.lanes.wait(10000)
    win.check_health()
    qtbot.waitUntil(lambda: "mynumber" not in win.idle.methods, timeout=20000)
    assert not win.idle.card_panel.isVisible() and win.idle.barcode_panel.isVisible()
    QTest.mouseClick(panel.card_buttons["ok"], B)  # no card can be placed on it
    qtbot.waitUntil(lambda: "plug it in" in panel.status.text() or "接続" in panel.status.text(), timeout=10000)
    tap(panel.fault_buttons["reader_unplugged"])
    win.lanes.wait(10000)
    win.check_health()
    qtbot.waitUntil(lambda: "mynumber" in win.idle.methods, timeout=20000)
