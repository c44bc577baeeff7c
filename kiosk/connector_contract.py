"""The library-system connector contract: the tests every connector must pass, whatever library system it speaks to.

A connector is the kiosk's adapter to one kind of library system (:class:`kiosk.services.LibrarySystem`; the guide
is ``docs/connectors.md``). Its package runs this suite against its own connector and a **test instance of its
library system** (never a production one: the suite lends, returns and renews), by subclassing
:class:`ConnectorContract` and giving a ``world`` fixture::

    # tests/test_contract.py in the connector's package
    import pytest
    from kiosk.connector_contract import ConnectorContract, ContractWorld

    class TestMyConnector(ConnectorContract):
        @pytest.fixture
        def world(self):
            system = start_or_reset_my_test_library_system()
            connector = MyConnector(...)
            yield ContractWorld(connector=connector, unreachable=..., patron=..., ...)
            connector.close()

The kiosk runs it in CI against its SIP2 connector and the demo library system (``tests/sip2/test_connector_contract
.py``, the example to follow). It needs pytest (the ``[test]`` extra); the kiosk itself never imports it.

What the suite holds a connector to: the port's typed answers and errors (a refusal is an answer; "unreachable" is
:class:`LibraryUnavailable` and nothing was executed), a lost reply looked up before anything is re-sent (checkout
and checkin executed once, a renewal never sent twice), offline replay, the holds and the account, and privacy (no
patron number, item identifier or title in any log record, in any field).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

from kiosk.services import (
    CAPABILITIES,
    LOAN_STATES,
    CheckinReply,
    CheckoutReply,
    LibraryStatus,
    LibrarySystem,
    LibraryUnavailable,
    OutcomeUnknown,
)
from kiosk.session import Account, Patron, PatronChecked

#: a reason code: a short snake_case word staff can read
REASON = re.compile(r"[a-z][a-z0-9_]{0,47}")
#: the port's methods a connector must have
METHODS = ("patron_status", "checkout", "checkin", "renew", "account", "end_patron_session", "status",
           "lookup_loan", "checkout_offline", "close")  # fmt: skip


@dataclass
class ContractWorld:
    """A connector joined to a test library system, and what the suite may rely on in that system's data."""

    #: the connector under test, talking to the test library system
    connector: LibrarySystem
    #: makes a connector of the same kind whose library system cannot be reached (a closed port, a dead host)
    unreachable: Callable[[], LibrarySystem]
    #: may borrow, and has none of ``items`` at the start
    patron: Patron
    #: may borrow too (an item lent to ``patron`` is "lent to someone else" for this one)
    other_patron: Patron
    #: registered, but may not borrow
    blocked_patron: Patron
    #: not registered
    unknown_patron: Patron
    #: at least four items on the shelf, free to lend, with no hold on them
    items: tuple[str, ...]
    #: an item that may not be lent (reference, not for loan)
    not_for_loan: str
    #: an identifier the library system does not know
    unknown_item: str
    #: a patron with at least one hold ready for pickup (None: the test system has none)
    holds_patron: Patron | None = None
    #: make the library system execute the next request of a kind ("checkout", "checkin", "renew") and lose its
    #: reply (None: the test system cannot; those tests are skipped)
    lose_reply: Callable[[str], None] | None = None
    #: how many times the library system executed a kind of request ("checkout", "checkin", "renew") for an item,
    #: read from the system itself, not through the connector (None: those checks are skipped)
    executed: Callable[[str, str], int] | None = None
    #: loggers of the test library system itself (in the same process), whose records are not the connector's
    server_loggers: tuple[str, ...] = field(default_factory=tuple)


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _text(record: logging.LogRecord) -> str:
    """Everything a record could carry out: its message, its arguments and its structured fields (raw, before any
    formatter withholds a name)."""
    parts = [str(record.msg), repr(record.args)]
    fields = getattr(record, "fields", None)
    if fields:
        parts.append(json.dumps(fields, ensure_ascii=False, default=str))
    return "\n".join(parts)


class ConnectorContract:
    """Subclass it (``class TestMyConnector(ConnectorContract)``) and give a ``world`` fixture (:class:`ContractWorld`)."""

    @pytest.fixture
    def world(self) -> Iterator[ContractWorld]:  # pragma: no cover - the subclass gives it
        raise NotImplementedError("give a `world` fixture that yields a ContractWorld")

    @pytest.fixture
    def logs(self) -> Iterator[_Records]:
        handler = _Records()
        root = logging.getLogger()
        level = root.level
        root.addHandler(handler)
        root.setLevel(logging.DEBUG)
        try:
            yield handler
        finally:
            root.removeHandler(handler)
            root.setLevel(level)

    # ------------------------------------------------------------------------------------------- the port
    def test_the_connector_has_the_ports_methods_and_says_what_it_can_do(self, world: ContractWorld) -> None:
        c = world.connector
        missing = [m for m in METHODS if not callable(getattr(c, m, None))]
        assert not missing, f"missing methods: {missing}"
        assert isinstance(c.capabilities, frozenset) and c.capabilities <= CAPABILITIES

    def test_status_says_online_and_the_last_call_is_remembered(self, world: ContractWorld) -> None:
        st = world.connector.status()
        assert isinstance(st, LibraryStatus) and st.online
        world.connector.patron_status(world.patron)
        assert world.connector.online is True

    # ------------------------------------------------------------------------------------------- patrons
    def test_patron_status_answers_with_a_reason(self, world: ContractWorld) -> None:
        c = world.connector
        ok = c.patron_status(world.patron)
        assert isinstance(ok, PatronChecked) and ok.ok and not ok.offline
        blocked = c.patron_status(world.blocked_patron)
        assert not blocked.ok and REASON.fullmatch(blocked.reason) and blocked.reason != "ok"
        unknown = c.patron_status(world.unknown_patron)
        assert not unknown.ok and unknown.reason == "patron_unknown"

    def test_holds_ready_are_counted_and_listed_when_asked(self, world: ContractWorld) -> None:
        c = world.connector
        if "holds" not in c.capabilities or world.holds_patron is None:
            pytest.skip("the connector or its test system has no holds")
        checked = c.patron_status(world.holds_patron, holds=True)
        assert checked.ok and checked.holds_ready is not None and checked.holds_ready >= 1
        assert all(isinstance(p, str) and p for p in checked.holds_pickup)
        none = c.patron_status(world.patron, holds=True)
        assert none.holds_ready in (0, None) and none.holds_pickup == ()
        account = c.account(world.holds_patron, holds=True)
        assert len(account.holds) == checked.holds_ready
        assert all(h.item_id for h in account.holds)
        assert c.account(world.holds_patron, holds=False).holds == ()

    # ------------------------------------------------------------------------------------------- loans
    def test_a_loan_is_lent_listed_looked_up_and_returned(self, world: ContractWorld) -> None:
        c, item = world.connector, world.items[0]
        today = dt.date.today()
        lent = c.checkout(world.patron, item)
        assert isinstance(lent, CheckoutReply) and lent.ok and lent.reason == ""
        assert lent.due is not None and lent.due >= today
        assert c.lookup_loan(world.patron, item) == "mine"
        assert c.lookup_loan(world.other_patron, item) == "other"
        if "account" in c.capabilities:
            account = c.account(world.patron, holds=False)
            assert isinstance(account, Account)
            loans = {ln.item_id: ln for ln in account.loans}
            assert item in loans and loans[item].due == lent.due and not loans[item].overdue
        taken = c.checkout(world.other_patron, item)
        assert not taken.ok and REASON.fullmatch(taken.reason)
        if "checkin" not in c.capabilities:
            return
        back = c.checkin(item)
        assert isinstance(back, CheckinReply) and back.ok and back.reason == ""
        assert back.desk in ("", "hold", "transfer", "magnetic", "alert")
        assert c.lookup_loan(world.patron, item) == "free"
        if "account" in c.capabilities:
            assert item not in {ln.item_id for ln in c.account(world.patron, holds=False).loans}
        c.end_patron_session(world.patron)

    def test_refusals_are_answers_with_reason_codes(self, world: ContractWorld) -> None:
        c = world.connector
        for item in (world.not_for_loan, world.unknown_item):
            r = c.checkout(world.patron, item)
            assert not r.ok and REASON.fullmatch(r.reason), item
        blocked = c.checkout(world.blocked_patron, world.items[1])
        assert not blocked.ok and REASON.fullmatch(blocked.reason)
        assert c.lookup_loan(world.patron, world.items[1]) == "free"
        if "checkin" in c.capabilities:
            for item in (world.items[1], world.unknown_item):  # not on loan; not known
                r = c.checkin(item)
                assert not r.ok and REASON.fullmatch(r.reason), item

    def test_a_renewal_moves_the_due_date_or_says_why_not(self, world: ContractWorld) -> None:
        c, item = world.connector, world.items[2]
        if "renew" not in c.capabilities:
            pytest.skip("the connector does not renew")
        lent = c.checkout(world.patron, item)
        assert lent.ok and lent.due is not None
        renewed = c.renew(world.patron, item)
        assert isinstance(renewed, CheckoutReply)
        if renewed.ok:
            assert renewed.due is not None and renewed.due >= lent.due
        else:
            assert REASON.fullmatch(renewed.reason)
        not_mine = c.renew(world.other_patron, item)
        assert not not_mine.ok and REASON.fullmatch(not_mine.reason)

    # --------------------------------------------------------------------------------- lost replies
    def _lose(self, world: ContractWorld, kind: str) -> None:
        if world.lose_reply is None:
            pytest.skip("the test system cannot lose a reply")
        world.lose_reply(kind)

    def _executed_once(self, world: ContractWorld, kind: str, item: str) -> None:
        if world.executed is not None:
            assert world.executed(kind, item) == 1, f"{kind} executed {world.executed(kind, item)} times"

    def test_a_lost_checkout_reply_is_looked_up_and_the_item_lent_once(self, world: ContractWorld) -> None:
        c, item = world.connector, world.items[3]
        self._lose(world, "checkout")
        try:
            r = c.checkout(world.patron, item)
            assert r.ok
        except OutcomeUnknown:
            pass  # allowed: the look-up failed too; then it is never an offline loan and never re-sent blindly
        assert c.lookup_loan(world.patron, item) == "mine"
        self._executed_once(world, "checkout", item)

    def test_a_lost_checkin_reply_is_looked_up_and_the_item_returned_once(self, world: ContractWorld) -> None:
        c, item = world.connector, world.items[3]
        if "checkin" not in c.capabilities:
            pytest.skip("the connector does not take returns")
        assert c.checkout(world.patron, item).ok
        self._lose(world, "checkin")
        try:
            assert c.checkin(item).ok
        except OutcomeUnknown:
            pass
        assert c.lookup_loan(world.patron, item) == "free"
        self._executed_once(world, "checkin", item)

    def test_a_renewal_whose_reply_was_lost_is_never_sent_again(self, world: ContractWorld) -> None:
        c, item = world.connector, world.items[2]
        if "renew" not in c.capabilities:
            pytest.skip("the connector does not renew")
        assert c.checkout(world.patron, item).ok
        self._lose(world, "renew")
        try:
            c.renew(world.patron, item)
        except OutcomeUnknown:
            pass
        self._executed_once(world, "renew", item)

    # --------------------------------------------------------------------------------- offline replay
    def test_an_offline_loan_is_replayed_with_its_due_date_and_counts_once(self, world: ContractWorld) -> None:
        c, item = world.connector, world.items[1]
        if "offline_replay" not in c.capabilities:
            pytest.skip("the connector does not replay offline loans")
        when = dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=2)
        due = dt.datetime.combine(dt.date.today() + dt.timedelta(days=14), dt.time(23, 59))
        r = c.checkout_offline(world.patron, item, due, when)
        assert r.ok, r.reason
        assert c.lookup_loan(world.patron, item) == "mine"
        again = c.checkout_offline(world.patron, item, due, when)
        assert again.ok or again.reason == "already_lent_to_you"
        other = c.checkout_offline(world.other_patron, item, due, when)
        assert not other.ok and REASON.fullmatch(other.reason)

    # --------------------------------------------------------------------------------- unreachable
    def test_an_unreachable_library_system_is_unavailable_and_nothing_else(self, world: ContractWorld) -> None:
        c = world.unreachable()
        try:
            calls: list[Callable[[], object]] = [
                lambda: c.patron_status(world.patron),
                lambda: c.checkout(world.patron, world.items[0]),
            ]
            if "checkin" in c.capabilities:
                calls.append(lambda: c.checkin(world.items[0]))
            if "renew" in c.capabilities:
                calls.append(lambda: c.renew(world.patron, world.items[0]))
            if "account" in c.capabilities:
                calls.append(lambda: c.account(world.patron))
            calls.append(lambda: c.lookup_loan(world.patron, world.items[0]))
            for call in calls:
                with pytest.raises(LibraryUnavailable) as e:
                    call()
                assert REASON.fullmatch(e.value.reason)
            st = c.status()
            assert not st.online and REASON.fullmatch(st.reason)
            assert c.online is False
            c.end_patron_session(world.patron)  # never raises
        finally:
            c.close()

    # --------------------------------------------------------------------------------- privacy
    def test_nothing_the_connector_logs_carries_a_patron_an_item_or_a_title(
        self, world: ContractWorld, logs: _Records
    ) -> None:
        c = world.connector
        item = world.items[0]
        secrets = {world.patron.number, world.blocked_patron.number, item, world.not_for_loan}
        c.patron_status(world.patron, holds=True)
        c.patron_status(world.blocked_patron)
        lent = c.checkout(world.patron, item)
        secrets |= {lent.title} - {""}
        c.checkout(world.patron, world.not_for_loan)
        if "renew" in c.capabilities:
            c.renew(world.patron, item)
        if "account" in c.capabilities:
            for loan in c.account(world.patron).loans:
                secrets |= {loan.item_id, loan.title} - {""}
        if "checkin" in c.capabilities:
            c.checkin(item)
        c.end_patron_session(world.patron)
        own = [r for r in logs.records if not r.name.startswith(world.server_loggers or ("\0",))]
        for record in own:
            text = _text(record)
            for secret in secrets:
                assert secret not in text, f"{record.name}: a log record carries a patron, item or title"

    def test_the_loan_states_are_the_ports(self, world: ContractWorld) -> None:
        assert world.connector.lookup_loan(world.patron, world.items[0]) in LOAN_STATES
