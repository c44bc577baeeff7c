"""The link monitor's Qt driver on the real worker lanes, against the demo library system over TCP (no card).

The replay runs on the library lane with the patron's checkouts: a checkout asked for during a replay step goes
to the library system after the step, never between its messages.
"""

from __future__ import annotations

import pytest

from kiosk import config
from kiosk.lending import Lender
from kiosk.link import LinkPolicy
from kiosk.services import Services
from kiosk.session import ItemState, Patron
from kiosk.sip2 import demo_data
from kiosk.sip2.demo import DemoLibrary
from kiosk_app.adapters.journal import JournalAdapter
from kiosk_app.adapters.library import Sip2Library
from kiosk_app.build import offline_policy
from ui.link import LinkDriver
from ui.workers import qt_lanes

from .windows import settle

P = Patron("barcode", demo_data.PATRON_OK)
OFFLINE_ITEMS = ("T0000005", "T0000006", "T0000007")


class Tags:
    def set_lent(self, item_id, lent):
        return lent


@pytest.fixture
def parts(tmp_path):
    from offline_queue import Journal

    lib = DemoLibrary(db_path=tmp_path / "ils.sqlite")
    port = lib.start()
    cfg = config.from_dict(
        {
            "kiosk": {"data_dir": str(tmp_path)},
            "sip2": {"port": port, "username": demo_data.LOGIN_USER, "password": demo_data.LOGIN_PASSWORD,
                     "institution": demo_data.INSTITUTION_ID, "location": demo_data.LOCATION_CODE, "retries": 0,
                     "connect_timeout_s": 2.0, "timeout_s": 5.0},
            "offline": {"lending": True, "identification": ["barcode"], "items_per_patron": 5,
                        "probe_interval_s": 1.0, "probe_backoff_max_s": 2.0, "sync_batch": 2},
            "barcode": {"patron_patterns": [r"1\d{7}"]},  # the demo library's cards
        }
    )  # fmt: skip
    library = Sip2Library.from_config(cfg)
    journal = JournalAdapter(
        Journal(tmp_path / "offline.sqlite", tmp_path / "offline.key"), offline_policy(cfg), library
    )
    lender = Lender(library, Tags(), journal, offline_policy(cfg))
    lanes = qt_lanes()
    yield cfg, lib, library, journal, lender, lanes
    lanes.wait(20000)
    library.close()
    journal.journal.close()
    lib.close()


def test_queue_drains_by_itself_when_the_library_comes_back(parts, qtbot):
    cfg, lib, library, journal, lender, lanes = parts
    lib.stop()
    assert [lender.lend(P, i).state for i in OFFLINE_ITEMS] == [ItemState.LENT_OFFLINE] * 3
    driver = LinkDriver(journal, lanes, LinkPolicy.from_config(cfg.offline), tick_ms=100, counts_ms=500)
    states = []
    driver.changed.connect(states.append)
    driver.start()
    try:
        qtbot.waitUntil(lambda: driver.state.online is False and driver.state.waiting == 3, timeout=20000)
        assert driver.state.reason
        lib.start()  # nobody presses anything
        qtbot.waitUntil(lambda: driver.state.online and driver.state.waiting == 0, timeout=30000)
        assert {x.item for x in lib.state.loans(P.number)} == set(OFFLINE_ITEMS)
        # in steps of sync_batch = 2: two steps, the last one empties the journal
        steps = [x.last_sync for x in states if x.last_sync is not None]
        assert [s.sent for s in dict.fromkeys(steps)] == [2, 1]
        assert journal.pending() == 0 and driver.state.last_sync.left == 0
    finally:
        driver.stop()


def test_a_checkout_during_a_replay_step_waits_for_the_step(parts, qtbot):
    cfg, lib, library, journal, lender, lanes = parts
    lib.stop()
    for item in OFFLINE_ITEMS[:2]:
        assert lender.lend(P, item).state is ItemState.LENT_OFFLINE
    lib.start()
    policy = LinkPolicy(interval_s=3600.0, backoff_max_s=3600.0, auto_sync=False, batch=10)
    driver = LinkDriver(journal, lanes, policy)
    lib.inject("delay", command="11", seconds=0.8)  # the replay's first checkout is slow to answer
    results = []
    driver.sync_now()  # the step is on the library lane now
    lanes.library.submit(lambda: lender.lend(P, "T0000011"), lambda r, e: results.append((r, e)))
    qtbot.waitUntil(lambda: len(results) == 1 and not driver.state.syncing, timeout=30000)
    assert results[0][1] is None and results[0][0].state is ItemState.LENT
    checkouts = [(item, no_block) for op, _, item, ok, no_block in lib.state.circ_log() if op == "checkout"]
    assert checkouts == [("T0000005", True), ("T0000006", True), ("T0000011", False)]
    driver.stop()


def test_a_refusal_on_replay_stays_for_staff(parts, qtbot):
    cfg, lib, library, journal, lender, lanes = parts
    lib.stop()
    assert lender.lend(P, demo_data.ITEM_NOT_FOR_LOAN).state is ItemState.LENT_OFFLINE  # unknowable offline
    assert lender.lend(P, "T0000008").state is ItemState.LENT_OFFLINE
    lib.start()
    driver = LinkDriver(journal, lanes, LinkPolicy.from_config(cfg.offline), tick_ms=100)
    driver.start()
    try:
        qtbot.waitUntil(lambda: driver.state.waiting == 0 and driver.state.refused == 1, timeout=30000)
        assert driver.state.online and driver.state.last_sync.refused == 1
        (refusal,) = journal.refusals()
        assert refusal.reason == "not_for_loan"
        assert lib.state.loan("T0000008").patron == P.number
    finally:
        driver.stop()


def test_bookmobile_without_a_journal_says_so_and_offers_no_sync(qtbot, tmp_path):
    from kiosk_app.gui import build_window

    cfg = config.from_dict(
        {"kiosk": {"data_dir": str(tmp_path)}, "ui": {"fullscreen": False, "sounds": False, "bookmobile": True}}
    )
    win = build_window(cfg, windowed=True, qm_dir=tmp_path / "qm")
    qtbot.addWidget(win)
    try:
        assert win.link is None
        assert "オフライン送信待ちは接続されていません" in win.banner.state.text()
        assert not win.banner.button.isEnabled()
    finally:
        settle(win)


def test_bookmobile_over_a_locked_journal_says_online_and_why_the_loans_wait(parts, qtbot, tmp_path):
    """The journal's key file is missing while loans wait: the library system answers, so the banner says online;
    the waiting count says why they cannot be sent (the queue's problem, not the link's)."""
    from kiosk_app.gui import build_window
    from offline_queue import Journal

    cfg, lib, library, journal, lender, lanes = parts
    lib.stop()
    assert [lender.lend(P, i).state for i in OFFLINE_ITEMS[:2]] == [ItemState.LENT_OFFLINE] * 2
    lib.start()
    journal.journal.close()
    (tmp_path / "offline.key").unlink()
    locked = JournalAdapter(Journal(tmp_path / "offline.sqlite", tmp_path / "offline.key"), journal.policy, library)
    journal.journal = locked.journal  # closed by the fixture
    services = Services(library=library, sync=locked)
    win = build_window(config.replace(cfg, "ui", fullscreen=False, sounds=False, bookmobile=True), services,
                       windowed=True, qm_dir=tmp_path / "qm")  # fmt: skip
    qtbot.addWidget(win)
    try:
        qtbot.waitUntil(lambda: win.link.state.online is not None and win.link.state.waiting == 2, timeout=20000)
        assert win.link.state.online and win.link.state.reason == ""
        assert "オンライン" in win.banner.state.text() and "オフライン" not in win.banner.state.text()
        assert "送信できません" in win.banner.waiting.text() and "key_missing" not in win.banner.waiting.text()
        assert win.banner.code.text() == "職員用コード：key_missing"
        assert lib.counts.get("11", 0) == 0
    finally:
        win.link.stop()
        settle(win)
