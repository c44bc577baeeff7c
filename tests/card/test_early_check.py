"""The revocation check made while the PIN is typed (kiosk.identity.early), and its failure modes.

First the rule on its own, with a checker the test holds back (a stand-in for the validation service, whose timing
the test must control); then the whole card session through pcscd with the virtual card and a real ``openssl ocsp``
responder behind a modelled LGWAN delay: an answer that arrives after the signature, a revocation during typing,
the responder down, the card removed while its check runs, a revoked card refused before the PIN.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator

import pytest

from hardware.sim import certs
from kiosk import config
from kiosk.identity import trust
from kiosk.identity.early import TIMED_OUT, EarlyCheck, definite_refusal
from kiosk.identity.revocation import Status, Verdict
from kiosk.validation.client import ValidationClient
from kiosk.validation.sim import IndexEntry, OpensslOcspResponder
from kiosk_app.adapters.card import CardAuthSession, PcscCardService
from kiosk_app.build import build_authenticator, open_links

from .conftest import kiosk_config, model_for

GOOD = Verdict(True, Status.GOOD, "ocsp_good")
REVOKED = Verdict(False, Status.REVOKED, "cert_revoked", "この証明書は失効しています。")
AWAY = Verdict(False, Status.UNAVAILABLE, "validation_unreachable")


class Held:
    """A checker whose answer the test sets and releases; counts the questions."""

    def __init__(self, answer: Verdict = GOOD) -> None:
        self.answer = answer
        self.release = threading.Event()
        self.release.set()
        self.asked = 0
        self.started = threading.Event()

    def check(self, cert, issuer) -> Verdict:
        self.asked += 1
        self.started.set()
        self.release.wait(10)
        if isinstance(self.answer, BaseException):
            raise self.answer
        return self.answer


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def early(pki, checker, *, clock=None, wait_s: float = 5.0, max_age_s: float = 60.0) -> EarlyCheck:
    return EarlyCheck(checker, pki.user.cert, pki.ca.cert, wait_s=wait_s, max_age_s=max_age_s,
                      clock=clock or time.monotonic)  # fmt: skip


def in_thread(fn) -> threading.Thread:
    t = threading.Thread(target=fn, daemon=True)
    t.start()
    return t


# -- the rule --------------------------------------------------------------------------------------------------------


def test_a_fresh_good_answer_about_this_certificate_stands_for_the_check(pki):
    checker = Held()
    e = early(pki, checker)
    assert e.run() == GOOD
    assert e.take(pki.user.cert) == GOOD and checker.asked == 1


def test_an_answer_arriving_after_the_signature_is_waited_for(pki):
    checker = Held()
    checker.release.clear()
    e = early(pki, checker)
    in_thread(e.run)
    assert checker.started.wait(5)
    taken: list[Verdict | None] = []
    waiter = in_thread(lambda: taken.append(e.take(pki.user.cert)))
    time.sleep(0.2)
    assert not taken  # still waiting for the answer
    checker.release.set()
    waiter.join(5)
    assert taken == [GOOD] and checker.asked == 1


def test_a_check_still_running_at_its_deadline_fails_closed(pki):
    checker = Held()
    checker.release.clear()
    e = early(pki, checker, wait_s=0.2)
    in_thread(e.run)
    assert checker.started.wait(5)
    assert e.take(pki.user.cert) is TIMED_OUT and not TIMED_OUT.allow and TIMED_OUT.reason == "validation_timeout"
    checker.release.set()


def test_a_check_nobody_started_is_claimed_and_never_runs_later(pki):
    checker = Held()
    e = early(pki, checker)
    assert e.take(pki.user.cert) is None  # the caller checks now, as without an early check
    assert e.run() is None and checker.asked == 0


def test_a_stale_allowing_answer_is_not_trusted_but_a_refusal_stays_a_refusal(pki):
    clock = Clock()
    good = early(pki, Held(GOOD), clock=clock, max_age_s=30)
    revoked = early(pki, Held(REVOKED), clock=clock, max_age_s=30)
    good.run(), revoked.run()
    clock.now += 30
    assert good.take(pki.user.cert) == GOOD
    clock.now += 0.5
    assert good.take(pki.user.cert) is None  # stale: asked again after the signature
    assert revoked.take(pki.user.cert) == REVOKED  # no answer later can make it good


@pytest.mark.parametrize("answer", [AWAY, Verdict(False, Status.UNAVAILABLE, "ocsp_bad_signature"), RuntimeError()])
def test_a_failed_check_is_not_trusted(pki, answer):
    e = early(pki, Held(answer))
    verdict = e.run()
    assert verdict is not None and not verdict.allow and not definite_refusal(verdict)
    assert e.take(pki.user.cert) is None


def test_an_answer_about_another_certificate_is_not_used(pki):
    other = certs.make_user_cert(pki.ca)
    e = early(pki, Held(GOOD))
    e.run()
    assert e.take(other.cert) is None


def test_a_dropped_check_counts_for_nobody(pki):
    checker = Held()
    checker.release.clear()
    e = early(pki, checker)
    ran: list[Verdict | None] = []
    runner = in_thread(lambda: ran.append(e.run()))
    assert checker.started.wait(5)
    e.drop()  # the card session ended while the service was asked
    assert e.take(pki.user.cert) is None
    checker.release.set()
    runner.join(5)
    assert ran == [None] and e.take(pki.user.cert) is None


def test_a_second_caller_gets_the_first_callers_answer_without_asking_again(pki):
    checker = Held()
    checker.release.clear()
    e = early(pki, checker)
    answers: list[Verdict | None] = []
    first = in_thread(lambda: answers.append(e.run()))
    assert checker.started.wait(5)
    second = in_thread(lambda: answers.append(e.run()))
    checker.release.set()
    first.join(5), second.join(5)
    assert answers == [GOOD, GOOD] and checker.asked == 1


# -- the card session through pcscd, a real responder behind a modelled LGWAN -------------------------------------


class Counting:
    """The real validation client, counting the checks it is asked for."""

    def __init__(self, client: ValidationClient) -> None:
        self.client = client
        self.asked = 0

    def check(self, cert, issuer) -> Verdict:
        self.asked += 1
        return self.client.check(cert, issuer)


@pytest.fixture
def revoked_user(pki) -> certs.Issued:
    return certs.make_user_cert(pki.ca)


@pytest.fixture
def lgwan(tmp_path, pki, revoked_user) -> Iterator[OpensslOcspResponder]:
    """The validation service: ``openssl ocsp`` for the test CA, 0.3 s away; the test user good, one card revoked."""
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    entries = [
        IndexEntry(pki.user.cert.serial_number),
        IndexEntry(revoked_user.cert.serial_number, when, "keyCompromise"),
    ]
    r = OpensslOcspResponder(tmp_path / "ocsp", pki.ca.cert, pki.ca.cert, pki.ca.key, entries, delay_s=0.3)
    r.start()
    yield r
    r.stop()


@pytest.fixture
def world(tmp_path, pki, pcscd, lgwan):
    """The kiosk's configuration with OCSP at ``lgwan`` (no cache of good answers: every use asks), its link
    table with the test user linked, and a function that builds the authenticator around a counting client."""
    cfg = kiosk_config(tmp_path, pki, pcscd)
    cfg = config.replace(cfg, "validation", ocsp_url=lgwan.url, cache_max_s=0, retries=0, read_timeout_s=10.0)
    links = open_links(cfg)
    links.link(links.link_key(trust.ski(pki.ca.cert), pki.user.cert.serial_number), "main", "10000001",
               pki.user.cert.not_valid_after_utc)  # fmt: skip
    clients: list[ValidationClient] = []

    def authenticator(**changes):
        c = config.replace(cfg, "validation", **changes) if changes else cfg
        client = ValidationClient(c.validation)
        clients.append(client)
        counting = Counting(client)
        return c, build_authenticator(c, links, counting), counting

    yield authenticator
    for client in clients:
        client.close()
    links.close()


def typing(session: CardAuthSession) -> threading.Thread:
    """The validation lane while the patron types: the early check runs beside the card session."""
    return in_thread(session.check_revocation)


@pytest.mark.pcsc
def test_the_check_made_while_typing_is_used_after_the_signature_and_not_asked_again(world, insert, model):
    cfg, auth, checker = world()
    insert(model)
    with CardAuthSession(cfg, auth) as s:
        assert s.begin().reason == "pin_needed"
        typing(s).join(10)
        r = s.submit_pin("1234")
    assert r.ok and r.patron_number == "10000001" and checker.asked == 1


@pytest.mark.pcsc
def test_an_answer_arriving_after_the_signature_is_waited_for_and_used(world, insert, model):
    cfg, auth, checker = world()
    insert(model)
    with CardAuthSession(cfg, auth) as s:
        s.begin()
        typing(s)  # the patron types faster than the service answers (0.3 s)
        r = s.submit_pin("1234")
    assert r.ok and checker.asked == 1
    assert model.verify_with_data == 1


@pytest.mark.pcsc
def test_without_the_early_check_the_service_is_asked_after_the_signature(world, insert, model):
    cfg, auth, checker = world(early_check_max_age_s=0)
    insert(model)
    with CardAuthSession(cfg, auth) as s:
        s.begin()
        assert s.check_revocation() is None and checker.asked == 0
        assert s.submit_pin("1234").ok and checker.asked == 1


@pytest.mark.pcsc
def test_a_revocation_during_typing_is_seen_once_the_early_answer_is_older_than_its_limit(
    world, insert, model, lgwan, pki
):
    cfg, auth, checker = world(early_check_max_age_s=1)
    revoke = [
        IndexEntry(pki.user.cert.serial_number, dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1), "keyCompromise")
    ]
    insert(model)
    with CardAuthSession(cfg, auth) as s:
        s.begin()
        typing(s).join(10)  # good when asked
        lgwan.set_entries(revoke)
        lgwan.restart()  # revoked while the patron types
        time.sleep(1.2)  # … for longer than the early answer may be used
        r = s.submit_pin("1234")
    assert r.reason == "cert_revoked" and checker.asked == 2


@pytest.mark.pcsc
def test_a_revocation_during_typing_within_the_limit_is_the_accepted_window(world, insert, model, lgwan, pki):
    """The early answer is as old as the typing at most ``early_check_max_age_s`` (as a cached good answer is up to
    ``cache_max_s``): within it, a revocation made while the patron types is not seen. This bounds that window."""
    cfg, auth, checker = world(early_check_max_age_s=60)
    insert(model)
    with CardAuthSession(cfg, auth) as s:
        s.begin()
        typing(s).join(10)
        lgwan.set_entries([IndexEntry(pki.user.cert.serial_number, dt.datetime.now(dt.UTC), "keyCompromise")])
        lgwan.restart()
        r = s.submit_pin("1234")
    assert r.ok and checker.asked == 1


@pytest.mark.pcsc
def test_a_responder_down_while_typing_is_asked_again_after_the_signature(world, insert, model, lgwan):
    cfg, auth, checker = world()
    insert(model)
    with CardAuthSession(cfg, auth) as s:
        s.begin()
        lgwan.stop()
        verdict = s.check_revocation()
        assert verdict is not None and verdict.reason == "validation_unreachable"
        lgwan.restart()  # back before the patron pressed Enter
        r = s.submit_pin("1234")
    assert r.ok and checker.asked == 2


@pytest.mark.pcsc
def test_a_responder_down_throughout_still_fails_closed(world, insert, model, lgwan):
    cfg, auth, checker = world()
    insert(model)
    lgwan.stop()
    with CardAuthSession(cfg, auth) as s:
        s.begin()
        typing(s).join(10)
        r = s.submit_pin("1234")
    assert not r.ok and r.reason == "validation_unreachable" and checker.asked == 2


@pytest.mark.pcsc
def test_the_check_of_a_card_removed_while_it_runs_counts_for_nobody(world, insert, pki, revoked_user, model):
    """The revoked card is lifted while its check is on the way; its answer must not refuse the next card, and the
    next card's own answer is the one used."""
    cfg, auth, checker = world()
    revoked = insert(model_for(revoked_user, pki.ca))
    card = PcscCardService(cfg, auth)
    assert card.inspect().reason == "pin_needed"
    lifted = []
    check = in_thread(lambda: lifted.append(card.check_revocation()))
    time.sleep(0.1)  # the service is being asked (0.3 s away)
    revoked.remove()
    card.forget()  # the session machine forgets the card when it is lifted
    check.join(10)
    assert lifted[0].refused is False  # dropped: the answer counts for nobody
    insert(model)
    assert card.inspect().reason == "pin_needed"
    assert card.check_revocation().refused is False
    done = card.finish("1234")
    assert done.ok and done.patron is not None and checker.asked == 2
    card.forget()


@pytest.mark.pcsc
def test_a_revoked_card_is_known_before_the_pin_and_refused_after_it_too(world, insert, pki, revoked_user):
    cfg, auth, checker = world()
    m = model_for(revoked_user, pki.ca)
    insert(m)
    card = PcscCardService(cfg, auth)
    assert card.inspect().reason == "pin_needed"
    early_answer = card.check_revocation()
    assert early_answer.refused and early_answer.reason == "cert_revoked" and early_answer.message
    assert m.verify_with_data == 0  # nothing asked of the card for it
    # a patron who presses Enter anyway (the answer came while the pad was closing): the same refusal, not asked again
    assert card.finish("1234").reason == "cert_revoked" and checker.asked == 1
    card.forget()
