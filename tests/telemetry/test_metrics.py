"""kiosk.metrics: the Prometheus exposition of what the kiosk counted, and what can never reach it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.metrics import MAX_SERIES, Metrics, StatusGauges, code

from .promtool import check_metrics


def series(text: str) -> dict[str, float]:
    """``name{labels}`` -> value for every sample line."""
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, value = line.rsplit(" ", 1)
            out[key] = float(value)
    return out


def a_busy_kiosk() -> Metrics:
    clock = [100.0]
    m = Metrics(clock=lambda: clock[0])
    m.describe("kiosk-01", "0.1.0", 1_700_000_000.0)
    m.session_started("mynumber")
    m.session_started("barcode")
    m.identified("mynumber", True, 1.5)
    m.identified("barcode", False, 0.2)
    m.refused("patron", "patron_blocked")
    m.pin_failed(locked=False)
    m.pin_failed(locked=True)
    m.item_finished("lent", "", 0.3)
    m.item_finished("lent_offline", "", 0.05)
    m.item_finished("refused", "hold_for_other", 0.4)
    m.receipt(True)
    m.set_status(
        StatusGauges(
            devices=(("printer", "error", "paper_out"), ("rfid", "ok", "")),
            links=(("library_system", "warning", "offline"), ("validation", "ok", "")),
            queue_waiting=3,
            queue_oldest_age_s=4000.0,
            queue_needs_staff=1,
            last_sync=1_700_000_100.0,
            session_active=True,
        )
    )
    clock[0] = 107.0
    return m


def test_counters_histograms_and_states_are_exposed():
    s = series(a_busy_kiosk().render())
    assert s['kiosk_sessions_total{method="mynumber"}'] == 1 and s['kiosk_sessions_total{method="barcode"}'] == 1
    assert s['kiosk_loans_total{mode="online"}'] == 1 and s['kiosk_loans_total{mode="offline"}'] == 1
    assert s['kiosk_refusals_total{stage="item",reason="hold_for_other"}'] == 1
    assert s['kiosk_refusals_total{stage="patron",reason="patron_blocked"}'] == 1
    assert s["kiosk_pin_failures_total"] == 2 and s["kiosk_pin_lockouts_total"] == 1
    assert s['kiosk_receipts_total{result="printed"}'] == 1
    # histogram buckets are cumulative, with +Inf, _sum and _count
    assert s['kiosk_identification_seconds_bucket{method="mynumber",result="ok",le="1"}'] == 0
    assert s['kiosk_identification_seconds_bucket{method="mynumber",result="ok",le="2"}'] == 1
    assert s['kiosk_identification_seconds_bucket{method="mynumber",result="ok",le="+Inf"}'] == 1
    assert s['kiosk_identification_seconds_sum{method="mynumber",result="ok"}'] == 1.5
    assert s['kiosk_checkout_seconds_count{result="refused"}'] == 1
    # each device's state is one-hot, with its reason
    assert s['kiosk_device_state{device="printer",state="error"}'] == 1
    assert s['kiosk_device_state{device="printer",state="ok"}'] == 0
    assert s['kiosk_device_reason{device="printer",reason="paper_out"}'] == 1
    assert s['kiosk_link_state{link="library_system",state="warning"}'] == 1
    assert s["kiosk_offline_queue_waiting"] == 3 and s["kiosk_offline_queue_oldest_age_seconds"] == 4000
    assert s["kiosk_offline_queue_needs_staff"] == 1 and s["kiosk_session_active"] == 1
    assert s["kiosk_status_age_seconds"] == 7
    assert s['kiosk_info{kiosk_id="kiosk-01",version="0.1.0"}'] == 1


def test_the_exposition_passes_promtool():
    done = check_metrics(a_busy_kiosk().render())
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_a_fresh_kiosk_exposes_zero_counters_so_rates_work_from_the_start():
    s = series(Metrics().render())
    assert s['kiosk_loans_total{mode="offline"}'] == 0 and s["kiosk_pin_failures_total"] == 0


def test_a_reason_that_no_longer_applies_disappears_with_the_next_sample():
    m = a_busy_kiosk()
    m.set_status(StatusGauges(devices=(("printer", "ok", ""),)))
    text = m.render()
    assert "paper_out" not in text and "kiosk_offline_queue_waiting" not in text  # no journal: no queue figures
    assert series(text)['kiosk_device_state{device="printer",state="ok"}'] == 1


def test_reasons_from_outside_cannot_carry_data_or_grow_memory():
    m = Metrics()
    for i in range(MAX_SERIES * 3):
        m.item_finished("refused", f"reason_{i}", 0.1)
    m.item_finished("refused", "T0000011", 0.1)  # an item id where a reason code belongs
    m.item_finished("refused", "こころ", 0.1)
    m.item_finished("refused", "10000001", 0.1)
    text = m.render()
    refusal_series = [line for line in text.splitlines() if line.startswith("kiosk_refusals_total{")]
    assert len(refusal_series) <= MAX_SERIES + 1
    assert "T0000011" not in text and "こころ" not in text and "10000001" not in text
    assert series(text)['kiosk_refusals_total{stage="item",reason="other"}'] >= 3


def test_label_values_are_escaped():
    m = Metrics()
    m.describe('k"1\\\n', "0.1", 0.0)
    assert 'kiosk_info{kiosk_id="k\\"1\\\\\\n",version="0.1"} 1' in m.render()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_a_label_value_is_a_reason_code_or_other(value):
    got = code(value)
    assert got == "other" or re.fullmatch(r"[a-z][a-z0-9_]{0,47}", got)
    if got != "other":
        assert value.strip().split("=", 1)[0] == got


def test_counts_of_a_device_row_keep_their_code():
    assert code("refused=3") == "refused" and code("paper_out") == "paper_out"
    assert code("") == "other" and code("1234") == "other" and code("a" * 49) == "other"
