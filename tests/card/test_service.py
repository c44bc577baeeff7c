"""The card session the kiosk screens drive, through pcscd: one connection from the tap to the end of PIN entry."""

from __future__ import annotations

import pytest

from kiosk import config
from kiosk_app.adapters.card import CardAuthSession
from kiosk_app.build import IdentitySetupError, build_authenticator, open_links

from .conftest import kiosk_config, linked_authenticator

pytestmark = pytest.mark.pcsc


@pytest.fixture
def cfg(tmp_path, pki, pcscd):
    return kiosk_config(tmp_path, pki, pcscd)


@pytest.fixture
def auth(cfg, pki):
    with linked_authenticator(cfg, pki) as a:
        yield a


def test_tap_pin_ok(cfg, auth, insert, model):
    insert(model)
    with CardAuthSession(cfg, auth) as s:
        first = s.begin()
        assert first.reason == "pin_needed" and first.tries_left == 3 and not first.last_try
        r = s.submit_pin("1234")
    assert r.ok and r.patron_number == "10000001"


def test_wrong_pins_count_down_on_one_connection_without_extra_commands(cfg, auth, insert, model):
    insert(model)
    with CardAuthSession(cfg, auth) as s:
        s.begin()
        r = s.submit_pin("0000")
        assert (r.reason, r.tries_left, r.last_try) == ("pin_wrong", 2, False)
        r = s.submit_pin("0000")
        assert (r.reason, r.tries_left, r.last_try) == ("pin_wrong", 1, True)
        assert model.verify_with_data == 2
        assert s.submit_pin("1234").ok
    assert model.tries_left == 3


def test_third_wrong_pin_blocks_and_ends_the_card_session(cfg, auth, insert, model):
    insert(model)
    with CardAuthSession(cfg, auth) as s:
        s.begin()
        s.submit_pin("0000")
        s.submit_pin("0000")
        assert s.submit_pin("0000").reason == "pin_blocked"
        assert s.submit_pin("1234").reason == "card_session_ended"  # the session is over: nothing more is sent
    assert model.verify_with_data == 3


def test_malformed_pin_keeps_the_reading(cfg, auth, insert, model):
    insert(model)
    with CardAuthSession(cfg, auth) as s:
        s.begin()
        assert s.submit_pin("12").reason == "pin_format"
        assert s.submit_pin("1234").ok
    assert model.verify_with_data == 1


def test_card_removed_while_the_pad_is_open(cfg, auth, insert, model):
    card = insert(model)
    with CardAuthSession(cfg, auth) as s:
        assert s.begin().reason == "pin_needed"
        card.remove()
        r = s.submit_pin("1234")
    assert r.reason == "card_removed" and not r.ok


def test_no_card(cfg, auth):
    with CardAuthSession(cfg, auth) as s:
        assert s.begin().reason == "no_card"


def test_missing_anchor_names_the_key(tmp_path):
    cfg = config.from_dict(
        {"kiosk": {"data_dir": str(tmp_path)}, "identity": {"trust_anchors": [str(tmp_path / "x.pem")]}}
    )
    with open_links(cfg) as links, pytest.raises(IdentitySetupError, match=r"\[identity\].trust_anchors"):
        build_authenticator(cfg, links)


def test_refused_before_the_pin_ends_the_card_session(cfg, auth, insert, pki):
    from .conftest import model_for

    m = model_for(pki.user, pki.ca, tries_left=0)
    insert(m)
    with CardAuthSession(cfg, auth) as s:
        assert s.begin().reason == "pin_blocked"
        assert s.submit_pin("1234").reason == "card_session_ended"
    assert m.verify_with_data == 0
