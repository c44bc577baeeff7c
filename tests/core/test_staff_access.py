"""The technician's screens end by themselves (kiosk.staff_access), headless: the window only feeds the clock."""

from __future__ import annotations

from kiosk import config
from kiosk.staff_access import HiddenTaps, Staff, StaffAccess


def test_the_passcode_screen_ends_when_nobody_touches_it():
    staff = StaffAccess(passcode_timeout_s=60, idle_timeout_s=600)
    assert staff.ask(0.0) and staff.active and staff.state is Staff.PASSCODE
    assert not staff.ask(1.0)  # already showing
    assert not staff.tick(59.0) and staff.left_s(59.0) == 1.0
    staff.touch(50.0)  # somebody typed a digit: the wait starts again
    assert not staff.tick(109.0)
    assert staff.tick(110.0) and staff.state is Staff.CLOSED and not staff.active
    assert staff.left_s(110.0) is None and not staff.tick(1e9)


def test_maintenance_mode_ends_after_its_own_idle_time():
    staff = StaffAccess(passcode_timeout_s=60, idle_timeout_s=600)
    staff.ask(0.0)
    assert staff.entered(30.0) and staff.state is Staff.OPEN
    assert not staff.tick(629.0)
    staff.touch(600.0)
    assert not staff.tick(1199.0)
    assert staff.tick(1200.0) and staff.state is Staff.CLOSED


def test_a_patrons_card_ends_the_passcode_screen_but_not_maintenance():
    staff = StaffAccess()
    assert not staff.patron_input()  # no staff screen: the card is the session's anyway
    staff.ask(0.0)
    assert staff.patron_input() and staff.state is Staff.CLOSED
    staff.ask(1.0)
    staff.entered(2.0)
    assert not staff.patron_input() and staff.state is Staff.OPEN  # the technician's card, for the self-tests


def test_a_passcode_answer_after_the_screen_ended_opens_nothing():
    staff = StaffAccess(passcode_timeout_s=10)
    staff.ask(0.0)
    assert staff.tick(10.0)
    assert not staff.entered(11.0) and staff.state is Staff.CLOSED


def test_the_timeouts_come_from_the_maintenance_section():
    cfg = config.from_dict({"maintenance": {"passcode_timeout_s": 30, "idle_timeout_s": 120}})
    staff = StaffAccess.from_config(cfg.maintenance)
    assert (staff.passcode_timeout_s, staff.idle_timeout_s) == (30, 120)
    defaults = StaffAccess.from_config(config.Config().maintenance)
    assert (defaults.passcode_timeout_s, defaults.idle_timeout_s) == (60, 600)


def test_five_taps_open_the_passcode_screen_quick_or_slow():
    for gap in (0.15, 0.55):
        taps = HiddenTaps()
        assert [taps.tap(i * gap) for i in range(5)] == [False] * 4 + [True]
        assert not taps.tap(5 * gap)  # the count starts again


def test_taps_spread_over_more_than_four_seconds_do_not_count():
    taps = HiddenTaps()
    assert not any(taps.tap(i * 1.1) for i in range(8))  # the first of five has always expired by the fifth
    assert [taps.tap(20.0 + i * 0.5) for i in range(5)] == [False] * 4 + [True]
