"""The soak: the whole kiosk, headless, for N minutes of patron sessions with faults injected, as it stands alone in
a library for months.

The kiosk is the real one (:func:`kiosk_app.build.build_kiosk` run by :class:`kiosk_app.headless.HeadlessKiosk`:
session runner, worker lanes, link monitor, device threads) in the demo's world (:mod:`kiosk_app.demo`): virtual
My Number Cards on the vpcd reader through the real pcscd, the demo library system over TCP, the ``openssl ocsp``
responder, and the simulated RFID pad, scanner and printer over pseudo-terminals. The bench plays the patrons, one
after the other, on the loop's own thread:

- library-card patrons who borrow one to three books from the pad, or none; My Number Card patrons (PIN 1234, a
  wrong PIN first now and then, the one-try-left card);
- faults: a card pulled during PIN entry, hostile cards (a 60 KB certificate, broken DER, a garbage signature, no
  JPKI, T=0 procedure bytes), the demo's refused cards (revoked, expired, not linked, locked PIN), blocked and
  over-limit patrons, books refused by the library, hostile tags on the pad, garbage from the scanner, the printer
  out of paper, a patron who walks away (the inactivity countdown ends the session), and the library link cut for a
  while and restored (loans go to the offline journal, the link monitor replays them).

Books are checked in at the library between sessions (as the library's staff would), so the shelf never runs dry.

It prints: sessions; loans shown to patrons; loans at the library, each exactly once (checked against the demo
library's own circulation log and the offline journal after a final sync); refusals by reason; states that did not
return to idle (target 0); threads over time (target: flat); memory growth per 1,000 sessions (target: under 1 MB).

The memory is measured as the kiosk runs: with the ``MALLOC_*`` settings of the packaged kiosk.service (the bench
starts itself again with them; ``--no-unit-malloc`` runs without), and with the kiosk's own ``malloc_trim`` between
sessions (``--no-trim`` leaves it out, to see what it gives). The first third of the time is a warm-up, left out of
the growth: first imports, caches, SQLite's page caches, the journal's first offline loans, link cuts, and the
pages of the CJK fonts that the receipts' first characters bring in. After it, a sample every 25 sessions (each
after a collection) and a least-squares slope over all of them, against the RSS right after the warm-up (the
baseline); the growth is split into what is file-backed (libraries, fonts), the Python objects in pymalloc's blocks,
what malloc has in use (native libraries; Python's bigger blocks) and what it holds free (fragmentation), and what
``malloc_trim`` gives back at the end. ``--trace-memory`` (tracemalloc) and ``--what-grew`` (objects by type,
resident memory by mapping) name what grew after the warm-up. The bench's own records (its ledger of loans, the
samples) live in the same process and are a few bytes per session.

    /work/shared/tools/with-private-pcscd --unshare .venv/bin/python bench/soak.py --minutes 10
"""

from __future__ import annotations

import argparse
import functools
import gc
import logging
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import memprobe  # noqa: E402  (bench/, beside this script)

import eventlog  # noqa: E402
from hardware.rfid.model import ItemData  # noqa: E402
from hardware.sim.jpki_card import VPCD_PORT, JpkiCardModel, Variant, VirtualCard  # noqa: E402
from kiosk import config, heap  # noqa: E402
from kiosk import session as s  # noqa: E402
from kiosk.sip2 import demo_data  # noqa: E402
from kiosk.sip2.demo import LibraryState  # noqa: E402
from kiosk_app.build import build_kiosk, open_links  # noqa: E402
from kiosk_app.demo import DemoWorld  # noqa: E402
from kiosk_app.headless import HeadlessKiosk  # noqa: E402

#: books the patrons take from the shelf (for loan, no hold on them, single parts)
SHELF = tuple(f"T{n:07d}" for n in (*range(1, 13), 16, 17, 20))
#: books the library refuses at the kiosk: on hold for another patron, reference only
REFUSED_BOOKS = (demo_data.ITEM_ON_HOLD_FOR_OTHER, demo_data.ITEM_NOT_FOR_LOAN)
PIN = "1234"
#: how long a session may take to come back to the idle screen after its patron's last action (covers the
#: inactivity countdown of the configuration below and a slow OCSP answer)
IDLE_DEADLINE_S = 45.0

#: scenario → weight
SCENARIOS: dict[str, int] = {
    "barcode_books": 30,
    "barcode_browse": 34,
    "mynumber_books": 5,
    "mynumber_wrong_pin_first": 1,
    "mynumber_last_try": 1,
    "card_pulled": 2,
    "hostile_card": 2,
    "refused_card": 2,
    "blocked_patron": 4,
    "refused_books": 4,
    "hostile_tag": 4,
    "garbage_scan": 4,
    "paper_out": 4,
    "walk_away": 0,  # by count below: each costs the inactivity timeout
}
WALK_AWAY_EVERY = 150
LINK_CUT_EVERY = 120
LINK_CUT_SESSIONS = 25
#: the packaged unit: its ``Environment=MALLOC_*`` settings are glibc malloc's for the kiosk as it really runs
KIOSK_UNIT = ROOT / "packaging/root/lib/systemd/system/kiosk.service"
HOSTILE_VARIANTS = (Variant.HUGE_CERT, Variant.BROKEN_DER, Variant.ANY_PIN_GARBAGE_SIGNATURE, Variant.NO_JPKI,
                    Variant.T0)  # fmt: skip
REFUSED_CARDS = ("revoked", "expired", "unlinked", "blocked_pin")


class LibraryProcess:
    """The demo library system (``kiosk sip2 serve-demo``) in its own process on a fixed port; :attr:`state` reads
    and writes its SQLite file beside it (the library's staff at their desk)."""

    def __init__(self, port: int, db: Path) -> None:
        self.port = port
        self.db = db
        self.state = LibraryState(db)
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def up(self) -> bool:
        return self._proc is not None

    def start(self) -> None:
        if self._proc is not None:
            return
        cmd = [sys.executable, "-m", "kiosk_app", "sip2", "serve-demo", "--port", str(self.port), "--db", str(self.db)]
        self._proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the demo library system did not start")

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            proc.kill()  # the link is cut, whatever was in flight
            proc.wait(10)

    def close(self) -> None:
        self.stop()
        self.state.close()


class _Problems(logging.Handler):
    """Counts the kiosk's warnings and errors by event name (the log itself goes to a file)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        fields = getattr(record, "fields", {}) or {}
        why = fields.get("reason") or fields.get("error") or ""
        self.counts[f"{record.levelname} {record.getMessage()}{f' ({why})' if why else ''}"] += 1


@dataclass
class Ledger:
    """Loans the kiosk showed its patrons, by (patron, item, epoch): ``epoch`` counts the bench's check-ins of the
    item, so that every lending of a book is its own entry."""

    epoch: Counter[str] = field(default_factory=Counter)
    shown: Counter[tuple[str, str, int]] = field(default_factory=Counter)
    online: int = 0
    offline: int = 0
    #: books the library refuses (reference, on hold) lent while it was away: their replay is refused, for staff
    refusable_offline: int = 0


@dataclass
class Figures:
    sessions: Counter[str] = field(default_factory=Counter)
    #: seconds spent in each scenario
    seconds: Counter[str] = field(default_factory=Counter)
    refusals: Counter[str] = field(default_factory=Counter)
    item_refusals: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    not_idle: list[str] = field(default_factory=list)
    #: sessions whose patron was not the one at the kiosk (scenario, the last digits only)
    wrong_patron: list[str] = field(default_factory=list)
    memory: list[memprobe.Sample] = field(default_factory=list)


class Soak:
    def __init__(self, folder: Path, seed: int, *, pad_poll_s: float | None = None, trim: bool = True) -> None:
        self.rng = random.Random(seed)
        self.world = DemoWorld.start(folder / "world")
        base = config.from_dict(
            {
                "kiosk": {"kiosk_id": "soak-01"},
                "ui": {"receipt": "ask", "goodbye_s": 1.0, "inactivity_timeout_s": 10, "inactivity_warning_s": 5},
                "offline": {"probe_interval_s": 2, "probe_backoff_max_s": 4, "items_per_patron": 5},
            }
        )
        self.cfg = self.world.config(base, barcode={"patron_patterns": [r"1\d{7}"], "item_patterns": [r"T\d{7}"]})
        links = open_links(self.cfg)
        self.world.link_cards(links, self.cfg.identity.library_system)
        links.close()
        # the library system runs in a process of its own, as a real one would: the kiosk's memory is then
        # measured without it, and cutting the link kills it mid-conversation
        self.lib = LibraryProcess(self.world.library.port, folder / "world" / "demo-library.sqlite")
        self.world.library.close()
        self.lib.start()
        self.sims = self.world.devices
        built = build_kiosk(self.cfg)
        if pad_poll_s is not None:
            # the pad's poller (RfidService, reached through its rescan) asks for an inventory more often: the same
            # work per session in less time, so more sessions per minute where the pad paces the bench
            built.services.rescan.__self__.poll_s = pad_poll_s  # type: ignore[union-attr]
        self.kiosk = HeadlessKiosk(
            built, on_view=self._on_view, between_sessions=functools.partial(heap.between_sessions, trim=trim)
        )
        self.ledger = Ledger()
        self.fig = Figures()
        self.offline_out: set[str] = set()
        self.free = list(SHELF)
        self.link_down_until = 0
        self._session_refusal = ""
        self._last_items: tuple[s.ItemLine, ...] = ()
        self.kind = ""
        self.n = 0
        #: (session number, scenario, wall time) of the latest sessions, for a report on a wrong patron
        self.history: deque[tuple[int, str, float]] = deque(maxlen=8)

    # ------------------------------------------------------------------ plumbing

    @property
    def phase(self) -> s.Phase:
        return self.kiosk.runner.session.phase

    @property
    def view(self) -> s.View:
        return self.kiosk.runner.view

    def _on_view(self, view: s.View) -> None:
        if view.phase is s.Phase.REFUSED and not self._session_refusal:
            self._session_refusal = view.refusal or "?"
        if view.items:
            self._last_items = view.items

    def wait(self, cond, timeout: float = 15.0) -> bool:  # type: ignore[no-untyped-def]
        return self.kiosk.run_until(cond, timeout)

    def wait_phase(self, *phases: s.Phase, timeout: float = 15.0) -> bool:
        return self.wait(lambda: self.phase in phases, timeout)

    def post(self, event: s.Event) -> None:
        self.kiosk.runner.post(event)

    def pin(self, digits: str) -> None:
        for d in digits:
            self.post(s.PinDigit(d))
        self.post(s.PinEnter())

    # ------------------------------------------------------------------ the shelf and the pad

    def take_books(self, n: int) -> list[str]:
        self.rng.shuffle(self.free)
        books, self.free = self.free[:n], self.free[n:]
        return books

    def place(self, items: list[str]) -> list[str]:
        return [self.sims.rfid.add_item(ItemData(item)) for item in items]

    def wait_lent(self, items: list[str], timeout: float = 15.0) -> None:
        """Until every book placed has an answer (lent or refused) on the items screen."""

        def answered() -> bool:
            if self.phase is not s.Phase.ITEMS:
                return True
            lines = {i.item_id: i for i in self.view.items}
            return all(i in lines and lines[i].state is not s.ItemState.PENDING for i in items)

        self.wait(answered, timeout)

    def lift(self, uids: list[str]) -> None:
        """The patron takes the books off the pad (before touching Finish, as most do)."""
        for uid in uids:
            self.sims.rfid.remove_tag(uid)

    def clear_pad(self, uids: list[str]) -> None:
        for uid in uids:
            self.sims.rfid.remove_tag(uid)
        if uids:  # the pad counts a tag lifted after two inventories without it
            self.wait(lambda: self._pad_items() == 0, 5.0)

    def _pad_items(self) -> int:
        for health in self.kiosk.kiosk.services.health:
            st = health()
            if st.name == "rfid":
                return int(st.detail.removeprefix("items=") or 0) if st.detail.startswith("items=") else 0
        return 0

    def settle_books(self, books: list[str], patron: str) -> None:
        """After the session: books lent online are checked in by the library's staff (back on the shelf), books
        lent offline wait until the journal has replayed them; refused books go back on the shelf."""
        for line in self._last_items:
            if line.state is s.ItemState.REFUSED:
                self.fig.item_refusals[line.reason or "?"] += 1
            elif line.item_id == demo_data.ITEM_NOT_FOR_LOAN and line.state is s.ItemState.LENT_OFFLINE:
                # offline, the kiosk cannot know the library refuses this book: its replay goes to staff (a book on
                # hold for another patron is lent on replay: a no-block checkout passes over holds)
                self.ledger.refusable_offline += 1
        for item in books:
            line = next((i for i in self._last_items if i.item_id == item), None)
            if line is not None and line.state is s.ItemState.LENT:
                self.ledger.shown[(patron, item, self.ledger.epoch[item])] += 1
                self.ledger.online += 1
            elif line is not None and line.state is s.ItemState.LENT_OFFLINE:
                self.ledger.shown[(patron, item, self.ledger.epoch[item])] += 1
                self.ledger.offline += 1
                self.offline_out.add(item)
                continue
            if self.lib.up:
                self.check_in(item)
            else:
                self.offline_out.add(item)  # the library is away: check it in when it is back
        self.return_replayed()

    def check_in(self, item: str) -> None:
        if self.lib.state.loan(item) is not None:
            ok = self.lib.state.checkin(item, no_block=True)[0]
            if ok:
                self.ledger.epoch[item] += 1
        if item not in self.free:
            self.free.append(item)

    def return_replayed(self) -> None:
        if not self.lib.up:
            return
        for item in list(self.offline_out):
            if self.lib.state.loan(item) is not None:  # replayed: the library has it now
                self.offline_out.discard(item)
                self.check_in(item)
        for item in REFUSED_BOOKS:  # lent while the library was away and accepted on replay: back on the shelf
            loan = self.lib.state.loan(item)
            if loan is not None and loan.patron != demo_data.PATRON_OTHER:
                self.lib.state.checkin(item, no_block=True)

    # ------------------------------------------------------------------ patrons

    def finish(self, receipt: bool) -> None:
        if self.phase is s.Phase.ITEMS:
            self.wait(lambda: self.view.pending == 0, 15)
            self.post(s.FinishPressed())
            self.wait_phase(s.Phase.RECEIPT, s.Phase.GOODBYE, s.Phase.IDLE, s.Phase.PRINTING)
        if self.phase is s.Phase.RECEIPT:
            self.post(s.ReceiptChosen(receipt))
            self.wait_phase(s.Phase.GOODBYE, s.Phase.IDLE, timeout=20)
        if self.phase is s.Phase.GOODBYE and self.rng.random() < 0.8:
            self.post(s.Acknowledge())  # most patrons touch "done", the others just leave

    def identified_as(self, patron: str) -> None:
        """The patron the kiosk identified must be the one at the kiosk (the bench reads the machine's own field:
        no view shows a patron number)."""
        who = self.kiosk.runner.session._patron  # noqa: SLF001 - a check of the bench, not a way for the product
        if who is not None and who.number != patron:
            self.fig.wrong_patron.append(
                f"{self.kind} #{self.n} (log session {self.kiosk.runner.session.session_id}): expected "
                f"{patron[-2:]}, identified {who.number[-2:]}; the sessions before: {list(self.history)[-4:]}"
            )

    def barcode_patron(self, patron: str, books: list[str], receipt: bool = False) -> None:
        self.sims.scanner.scan(patron)
        self.wait_phase(s.Phase.ITEMS, s.Phase.REFUSED)
        uids = []
        if self.phase is s.Phase.ITEMS:
            self.identified_as(patron)
            uids = self.place(books)
            self.wait_lent(books)
            self.lift(uids)
            self.finish(receipt)
        else:
            self.post(s.Acknowledge())
        self.after(uids, books, patron)

    def card_patron(self, name: str, books: list[str], *, wrong_first: bool = False,
                    variant: Variant = Variant.NORMAL) -> None:  # fmt: skip
        card = self.world.cards.cards[name]
        model = JpkiCardModel(cert_der=card.issued.der, key=card.issued.key, ca_der=self.world.cards.ca.der,
                              pin=PIN, tries_left=card.tries, variant=variant)  # fmt: skip
        vc = VirtualCard(model)
        self.card_gap()
        vc.insert()
        uids: list[str] = []
        try:
            self.wait_phase(s.Phase.PIN, s.Phase.LAST_TRY, s.Phase.REFUSED, timeout=20)
            if self.phase is s.Phase.LAST_TRY:
                self.post(s.Acknowledge())
            if self.phase is s.Phase.PIN and wrong_first:
                self.pin("9999")
                self.wait_phase(s.Phase.PIN, s.Phase.LAST_TRY, s.Phase.REFUSED, timeout=20)
                if self.phase is s.Phase.LAST_TRY:
                    self.post(s.Acknowledge())
            if self.phase is s.Phase.PIN:
                self.pin(PIN)
                self.wait_phase(s.Phase.ITEMS, s.Phase.REFUSED, s.Phase.PIN, timeout=30)
            if self.phase is s.Phase.ITEMS:
                self.identified_as(card.patron or "")
                uids = self.place(books)
                self.wait_lent(books)
                self.lift(uids)
                self.finish(self.rng.random() < 0.3)
            elif self.phase is s.Phase.REFUSED:
                self.post(s.Acknowledge())
        finally:
            vc.remove()
        patron = card.patron or ""
        self.after(uids, books, patron)

    def card_gap(self) -> None:
        """The loop goes on while the reader notices that the last card left (VirtualCard.insert would sleep)."""
        gap = VirtualCard._last_removed.get(VPCD_PORT, 0.0) + VirtualCard.REINSERT_GAP_S
        self.kiosk.run_for(max(0.0, gap - time.monotonic()) + 0.05)

    def card_pulled(self) -> None:
        card = self.world.cards.cards["ok"]
        vc = VirtualCard(self.world.cards.model("ok"))
        self.card_gap()
        vc.insert()
        self.wait_phase(s.Phase.PIN, s.Phase.REFUSED, timeout=20)
        if self.phase is s.Phase.PIN:
            self.post(s.PinDigit("1"))
            self.post(s.PinDigit("2"))
        vc.remove()  # the patron takes the card away in the middle of the PIN
        self.fig.faults["card_pulled"] += 1
        self.after([], [], card.patron or "")

    def walk_away(self) -> None:
        """A patron identifies, puts a book on the pad and leaves without a word: the countdown ends it."""
        books = self.take_books(1)
        self.sims.scanner.scan(demo_data.PATRON_OK)
        self.wait_phase(s.Phase.ITEMS, s.Phase.REFUSED)
        uids = self.place(books) if self.phase is s.Phase.ITEMS else []
        self.wait_lent(books)
        self.fig.faults["walk_away"] += 1
        self.after(uids, books, demo_data.PATRON_OK)

    def after(self, uids: list[str], books: list[str], patron: str) -> None:
        """The patron has gone: the session must come back to the idle screen by itself."""
        if not self.wait_phase(s.Phase.IDLE, timeout=IDLE_DEADLINE_S):
            self.fig.not_idle.append(self.phase.value)
            self.post(s.Cancel())  # what a next patron would do
            self.post(s.Acknowledge())
            self.wait_phase(s.Phase.IDLE, timeout=IDLE_DEADLINE_S)
        if self._session_refusal:
            self.fig.refusals[self._session_refusal] += 1
        self.clear_pad(uids)
        self.settle_books(books, patron)
        self._session_refusal = ""
        self._last_items = ()
        self.sims.printer.receipts.clear()  # the simulators' own records are not the kiosk's memory
        self.sims.rfid.received.clear()
        self.sims.scanner.received.clear()

    # ------------------------------------------------------------------ the run

    def one(self, n: int) -> None:
        self.n = n
        self.link_fault(n)
        if n and n % WALK_AWAY_EVERY == 0:
            self.fig.sessions["walk_away"] += 1
            self.kind = "walk_away"
            self.history.append((n, "walk_away", round(time.time(), 3)))
            started = time.monotonic()
            self.walk_away()
            self.fig.seconds["walk_away"] += time.monotonic() - started
            return
        names = list(SCENARIOS)
        kind = self.rng.choices(names, weights=[SCENARIOS[k] for k in names])[0]
        self.fig.sessions[kind] += 1
        self.kind = kind
        self.history.append((n, kind, round(time.time(), 3)))
        started = time.monotonic()
        try:
            self.play(kind)
        finally:
            self.fig.seconds[kind] += time.monotonic() - started

    def play(self, kind: str) -> None:
        r = self.rng
        if kind == "barcode_books":
            patron = r.choice((demo_data.PATRON_OK, demo_data.PATRON_WITH_HOLDS))
            self.barcode_patron(patron, self.take_books(r.randint(1, 3)), receipt=r.random() < 0.3)
        elif kind == "barcode_browse":
            self.barcode_patron(r.choice((demo_data.PATRON_OK, demo_data.PATRON_WITH_HOLDS)), [])
        elif kind == "mynumber_books":
            self.card_patron("ok", self.take_books(r.randint(0, 2)))
        elif kind == "mynumber_wrong_pin_first":
            self.card_patron("ok", self.take_books(1), wrong_first=True)
        elif kind == "mynumber_last_try":
            self.card_patron("last_try", self.take_books(1))
        elif kind == "card_pulled":
            self.card_pulled()
        elif kind == "hostile_card":
            self.fig.faults["hostile_card"] += 1
            self.card_patron("ok", [], variant=r.choice(HOSTILE_VARIANTS))
        elif kind == "refused_card":
            self.card_patron(r.choice(REFUSED_CARDS), [])
        elif kind == "blocked_patron":
            self.barcode_patron(r.choice((demo_data.PATRON_BLOCKED, demo_data.PATRON_EXPIRED)), [])
        elif kind == "refused_books":
            books = self.take_books(1)
            self.sims.scanner.scan(demo_data.PATRON_OK)
            self.wait_phase(s.Phase.ITEMS, s.Phase.REFUSED)
            uids = []
            if self.phase is s.Phase.ITEMS:
                uids = self.place([r.choice(REFUSED_BOOKS), *books])
                self.wait_lent(books)
                self.wait(lambda: self.view.pending == 0 and len(self.view.items) >= 1 + len(books), 5)
                self.finish(False)
            self.after(uids, books, demo_data.PATRON_OK)
        elif kind == "hostile_tag":
            self.fig.faults["hostile_tag"] += 1
            uid = self.sims.rfid.add_tag(memory=r.randbytes(r.choice((0, 8, 36, 112))))
            self.barcode_patron(demo_data.PATRON_OK, self.take_books(1))
            self.clear_pad([uid])
        elif kind == "garbage_scan":
            self.fig.faults["garbage_scan"] += 1
            self.sims.scanner.send_raw(r.randbytes(r.randint(1, 80)) + b"\r")
            # a garbage line of printable characters is a code like any other: offered as a patron card, the
            # library refuses it (patron_unknown); that patron acknowledges and goes before the next one scans
            self.wait(lambda: self.phase in (s.Phase.REFUSED, s.Phase.ITEMS), 0.5)
            if self.phase is not s.Phase.IDLE:
                self.finish(False)
                self.post(s.Acknowledge())
                self.after([], [], "")
            self.barcode_patron(demo_data.PATRON_OK, self.take_books(1))
        elif kind == "paper_out":
            self.fig.faults["paper_out"] += 1
            self.sims.printer.paper_out = True
            try:
                self.barcode_patron(demo_data.PATRON_OK, self.take_books(1), receipt=True)
            finally:
                self.sims.printer.paper_out = False

    def link_fault(self, n: int) -> None:
        if n and n % LINK_CUT_EVERY == 0 and self.lib.up:
            self.fig.faults["link_cut"] += 1
            self.lib.stop()
            self.link_down_until = n + LINK_CUT_SESSIONS
        elif not self.lib.up and n >= self.link_down_until:  # noqa: SLF001
            self.lib.start()
            self.fig.faults["link_restored"] += 1
        if not self.lib.up:
            self.fig.faults["sessions_offline"] += 1

    def run(
        self,
        minutes: float,
        *,
        warm_up: float = 1 / 3,
        sample_every: int = 25,
        trace_memory: bool = False,
        what_grew: bool = False,
    ) -> int:
        """Sessions for ``minutes``; a memory sample every ``sample_every`` sessions (after a collection, as the
        window runs one after each session). The first ``warm_up`` of the time is the warm-up (first imports, the
        caches, SQLite's page caches, the journal's first offline loans, two cuts of the library link and a walk-away
        are in it); :attr:`warmed` is the session it ended at, and the growth is measured from there. From then on,
        ``trace_memory`` traces the Python heap, and ``what_grew`` compares the collector's objects by type and the
        resident memory by mapping at that moment and at the end, to name what grew."""
        self.kiosk.start()
        started = time.monotonic()
        warm_until = started + minutes * 60 * warm_up
        deadline = started + minutes * 60
        self.warmed = 0
        self.traced: list[tuple[str, int, int]] = []
        self.grown_types: list[tuple[str, int]] = []
        self.grown_maps: list[tuple[str, int]] = []
        first: tracemalloc.Snapshot | None = None
        counted: Counter[str] | None = None
        mapped: Counter[str] = Counter()
        self.sample(0, started)
        n = 0
        while time.monotonic() < deadline:
            self.one(n)
            n += 1
            if not self.warmed and time.monotonic() >= warm_until:
                self.warmed = n
                if trace_memory:
                    gc.collect()
                    tracemalloc.start(8)
                    first = tracemalloc.take_snapshot()
                if what_grew:
                    counted = memprobe.object_counts()
                    mapped = memprobe.mappings()
                self.sample(n, started)
            elif n % sample_every == 0:
                self.sample(n, started)
            if n % 100 == 0:
                last = self.fig.memory[-1]
                print(f"  {time.monotonic() - started:5.0f} s: {n} sessions, {last.threads} threads, "
                      f"RSS {last.rss / 2**20:.1f} MB", flush=True)  # fmt: skip
        self.sample(n, started)
        if counted is not None:
            self.grown_types = [(k, v) for k, v in (memprobe.object_counts() - counted).most_common(12)]
            grown_maps = memprobe.mappings()
            grown_maps.subtract(mapped)
            self.grown_maps = [(_short(k), v) for k, v in grown_maps.most_common(8) if v > 0]
        if first is not None:
            gc.collect()
            last_snapshot = tracemalloc.take_snapshot()
            tracemalloc.stop()
            for stat in last_snapshot.compare_to(first, "traceback")[:12]:
                frames = [f for f in stat.traceback if "/kiosk-soak" not in f.filename]
                where = " <- ".join(f"{_short(f.filename)}:{f.lineno}" for f in frames[-1:-5:-1])
                self.traced.append((where, stat.size_diff, stat.count_diff))
        # what malloc keeps free and can give back: its trim at the end, measured in resident memory
        before = memprobe.take(n, time.monotonic() - started, objects=False).rss
        self.trimmed = before - memprobe.take(n, 0, objects=False).rss if heap.give_back() else 0
        return n

    def sample(self, n: int, started: float) -> None:
        gc.collect()
        self.fig.memory.append(memprobe.take(n, time.monotonic() - started))

    def final_sync(self) -> tuple[bool, int, int]:
        """Bring the library back, replay the journal to its end; (emptied, waiting, refused on replay)."""
        if not self.lib.up:
            self.lib.start()
        link = self.kiosk.link
        if link is None:
            return True, 0, 0
        emptied = self.wait(lambda: link.state.online is True and not link.state.syncing, 60)
        for _ in range(10):
            link.sync_now()
            self.wait(lambda: not link.state.syncing, 60)
            link.refresh()
            self.kiosk.run_for(0.5)
            self.wait(lambda: not link.state.syncing, 10)
            if link.state.waiting == 0:
                break
        emptied = emptied and link.state.waiting == 0
        self.return_replayed()
        return emptied, link.state.waiting, link.state.refused

    def stop(self) -> None:
        self.kiosk.stop()
        self.world.stop()
        self.lib.close()


# ------------------------------------------------------------------------------------------------ the check


def library_loans(circ_log: list[tuple[str, str, str, bool, bool]]) -> tuple[Counter, Counter]:
    """The library's own loans by (patron, item, epoch), from its circulation log: a checkout that succeeded and was
    not undone by the kiosk (a checkin that is not the bench's, before the bench's next check-in); and the
    checkouts that renewed a loan already there (a loan sent twice)."""
    epoch: Counter[str] = Counter()
    loans: Counter[tuple[str, str, int]] = Counter()
    doubled: Counter[tuple[str, str, int]] = Counter()
    for op, patron, item, ok, no_block in circ_log:
        if item not in SHELF:
            continue
        key = (patron, item, epoch[item])
        if op == "checkout" and ok:
            loans[key] += 1
        elif op == "renew_by_checkout" and ok:
            doubled[key] += 1
        elif op == "checkin" and ok and no_block:  # the bench: the book is back on the shelf
            epoch[item] += 1
        elif op == "checkin" and ok:  # the kiosk took a loan back (its security switch failed)
            loans[key] -= 1
    return +loans, doubled


def report(
    soak: Soak, n: int, minutes: float, sync: tuple[bool, int, int], problems: _Problems, series: bool = False
) -> int:
    fig, ledger = soak.fig, soak.ledger
    lib_loans, doubled = library_loans(soak.lib.state.circ_log())
    shown = +ledger.shown
    lost = shown - lib_loans
    unseen = lib_loans - shown
    twice = sum(1 for v in lib_loans.values() if v > 1) + sum(doubled.values())
    emptied, waiting, refused_on_replay = sync
    print()
    print(f"soak: {minutes:g} min, {n} patron sessions ({n / (minutes * 60):.1f}/s)")
    print("  by scenario (mean seconds): " + ", ".join(
        f"{k} {v} ({fig.seconds[k] / v:.2f})" for k, v in fig.sessions.most_common()))  # fmt: skip
    print(
        f"loans shown to patrons: {ledger.online + ledger.offline} ({ledger.online} online, {ledger.offline} offline)"
    )
    print(f"loans at the library: {sum(lib_loans.values())}; each exactly once: "
          f"{'yes' if not (lost or unseen or twice) else 'NO'} (lost {sum(lost.values())}, not shown to a patron "
          f"{sum(unseen.values())}, doubled {twice})")  # fmt: skip
    print(f"offline journal after the final sync: {'empty' if emptied else 'NOT EMPTY'} (waiting {waiting}, "
          f"refused on replay and kept for staff {refused_on_replay}; expected {ledger.refusable_offline}: books "
          f"the library refuses, lent while it was away)")  # fmt: skip
    print("refusals by reason: " + (", ".join(f"{k} {v}" for k, v in fig.refusals.most_common()) or "-"))
    print("item refusals by reason: " + (", ".join(f"{k} {v}" for k, v in fig.item_refusals.most_common()) or "-"))
    print("faults injected: " + ", ".join(f"{k} {v}" for k, v in fig.faults.most_common()))
    print(f"states that did not return to idle: {len(fig.not_idle)}" +
          (f" ({', '.join(f'{k} {v}' for k, v in Counter(fig.not_idle).most_common())})" if fig.not_idle else ""))  # fmt: skip
    print(f"sessions identified as another patron than the one at the kiosk: {len(fig.wrong_patron)}"
          + (f" ({'; '.join(fig.wrong_patron[:8])})" if fig.wrong_patron else ""))  # fmt: skip
    memory_report(soak, series)
    if lost or unseen:
        print(f"  lost: {sorted(lost.items())[:10]}\n  unseen: {sorted(unseen.items())[:10]}")
    print("kiosk warnings and errors: " + (", ".join(f"{k} ×{v}" for k, v in problems.counts.most_common(12)) or "-"))
    bad = bool(
        lost
        or unseen
        or twice
        or fig.not_idle
        or fig.wrong_patron
        or not emptied
        or refused_on_replay != ledger.refusable_offline
    )
    return 1 if bad else 0


def _short(filename: str) -> str:
    root = str(Path(__file__).resolve().parents[1]) + "/"
    return filename.removeprefix(root).split("site-packages/")[-1].split("/lib/python3.11/")[-1]


def _thread_kind(name: str) -> str:
    return re.sub(r"\d+", "N", name)


def memory_report(soak: Soak, series: bool) -> None:
    mem = soak.fig.memory
    mb = 2**20
    step = max(1, len(mem) // 12)
    shown = mem[::step] + ([mem[-1]] if (len(mem) - 1) % step else [])
    print(f"threads over time: {' '.join(f'{m.seconds:.0f}s:{m.threads}' for m in shown)} "
          f"(min {min(m.threads for m in mem)}, max {max(m.threads for m in mem)}; kernel tasks "
          f"{min(m.tasks for m in mem)}..{max(m.tasks for m in mem)}, file descriptors "
          f"{min(m.fds for m in mem)}..{max(m.fds for m in mem)})")  # fmt: skip
    print(f"  at the end: {dict(Counter(_thread_kind(t.name) for t in threading.enumerate()))}")
    print(f"RSS over sessions: {' '.join(f'{m.sessions}:{m.rss / mb:.1f}' for m in shown)} MB")
    measured = [m for m in mem if soak.warmed and m.sessions >= soak.warmed]
    if len(measured) < 3:
        print("memory growth: the run is too short to measure after its warm-up")
        return
    base, end = measured[0], measured[-1]
    traced = end.py_traced > 0

    def per_k(figure: str, part: list[memprobe.Sample] = measured) -> float:
        return memprobe.slope(part, figure) / mb

    def per_k_less(figure: str, less: str, part: list[memprobe.Sample] = measured) -> float:
        return per_k(figure, part) - per_k(less, part)

    mid = len(measured) // 2
    halves = [measured[: mid + 1], measured[mid:]]
    rss = per_k_less("rss", "tracemalloc_own") if traced else per_k("rss")
    by_half = " ".join(f"{per_k('rss', h):+.2f}" for h in halves)
    print(f"memory growth per 1,000 sessions after the warm-up ({base.sessions} sessions, {base.seconds:.0f} s; "
          f"least squares over {len(measured)} samples to {end.sessions} sessions, each after a collection):")  # fmt: skip
    print(f"  RSS {rss:+.2f} MB (target < 1 MB) against {base.rss / mb:.1f} MB after the warm-up "
          f"(baseline), {end.rss / mb:.1f} MB at the end; by half of the measured part: "
          f"{by_half} MB")  # fmt: skip
    print(f"    file-backed (libraries, mapped files) {per_k('file'):+.2f} MB, anonymous {per_k('anon'):+.2f} MB")
    print(f"    Python objects in pymalloc's blocks {per_k('pymalloc_used'):+.2f} MB (its arenas "
          f"{per_k('pymalloc_arenas') * mb:+.2f} MiB)"
          + (f"; the whole Python heap (tracemalloc) {per_k('py_traced'):+.2f} MB" if traced else ""))  # fmt: skip
    used = per_k_less("malloc_used", "tracemalloc_own") if traced else per_k("malloc_used")
    print(f"    malloc in use {used:+.2f} MB (native libraries, and Python's blocks over 512 bytes"
          + (", less tracemalloc's own" if traced else "") + f"); free in its arenas (fragmentation) "
          f"{per_k('malloc_free'):+.2f} MB; held from the system {per_k('malloc_system'):+.2f} MB in "
          f"{end.malloc_arenas} arenas")  # fmt: skip
    print(f"    objects the collector tracks {per_k('gc_objects') * mb:+.0f}, threads {per_k('threads') * mb:+.1f}, "
          f"file descriptors {per_k('fds') * mb:+.1f}")  # fmt: skip
    print(f"  malloc_trim(0) at the end gave back {soak.trimmed / mb:.1f} MB of resident memory (free pages that "
          "malloc kept)")  # fmt: skip
    if traced:
        print("  (tracemalloc ran after the warm-up: its own memory is left out of RSS and malloc in use)")
    for name, count in soak.grown_types:
        print(f"  objects that grew after the warm-up: {name} {count:+d}")
    for name, size in soak.grown_maps:
        print(f"  resident memory that grew after the warm-up: {size / 1024:+.0f} KiB in {name}")
    for where, size, count in soak.traced:
        print(f"  grew after the warm-up: {size / 1024:+.0f} KiB in {count:+d} blocks at {where}")
    if series:
        print("  " + " ".join(f"{n:>9}" for n in ("sessions", "seconds", "rss", "anon", "file", "m_used", "m_free",
                                                 "m_held", "arenas", "pymalloc", "py_used", "traced", "threads",
                                                 "fds", "objects")))  # fmt: skip
        for m in mem:
            print("  " + " ".join(f"{v:>9}" for v in (
                m.sessions, f"{m.seconds:.0f}", *(f"{x / mb:.2f}" for x in (m.rss, m.anon, m.file, m.malloc_used,
                m.malloc_free, m.malloc_system)), m.malloc_arenas, m.pymalloc_arenas, f"{m.pymalloc_used / mb:.2f}",
                f"{m.py_traced / mb:.2f}", m.threads, m.fds, m.gc_objects)))  # fmt: skip


def unit_malloc(argv: list[str] | None) -> None:
    """Run as the kiosk runs: glibc reads its ``MALLOC_*`` settings when the process starts, so when this one lacks
    those of kiosk.service, it starts itself again with them."""
    wanted = dict(re.findall(r"^Environment=(MALLOC_\w+)=(\S+)$", KIOSK_UNIT.read_text(encoding="utf-8"), re.M))
    if all(os.environ.get(k) == v for k, v in wanted.items()):
        return
    args = sys.argv[1:] if argv is None else argv
    os.execve(sys.executable, [sys.executable, str(Path(__file__).resolve()), *args], {**os.environ, **wanted})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--keep", action="store_true", help="keep the working folder (logs, journal, demo library)")
    ap.add_argument("--warm-up", type=float, default=1 / 3, help="the part of the time before growth is measured")
    ap.add_argument("--trace-memory", action="store_true", help="name what grew after the warm-up (tracemalloc)")
    ap.add_argument("--what-grew", action="store_true", help="objects by type, memory by mapping: warm-up to end")
    ap.add_argument("--sample-every", type=int, default=25, help="sessions between memory samples")
    ap.add_argument("--series", action="store_true", help="print every memory sample")
    ap.add_argument("--fast", action="store_true", help="poll the pad every 0.1 s (0.3 s): more sessions per minute")
    ap.add_argument("--no-trim", action="store_true", help="without the kiosk's malloc_trim between sessions")
    ap.add_argument("--no-unit-malloc", action="store_true",
                    help="malloc as this process inherited it, not as kiosk.service sets it")  # fmt: skip
    args = ap.parse_args(argv)
    if not args.no_unit_malloc:
        unit_malloc(argv)
    folder = Path(tempfile.mkdtemp(prefix="kiosk-soak-"))
    problems = _Problems()
    root = logging.getLogger()
    file_handler = logging.FileHandler(folder / "kiosk.log")
    file_handler.setFormatter(eventlog.JsonFormatter())
    root.handlers[:] = [file_handler, problems]
    root.setLevel(logging.INFO)
    soak = Soak(folder, args.seed, pad_poll_s=0.1 if args.fast else None, trim=not args.no_trim)
    try:
        print(f"soak for {args.minutes:g} min (working folder {folder}); malloc: "
              + (" ".join(f"{k}={v}" for k, v in os.environ.items() if k.startswith("MALLOC_")) or "glibc's defaults")
              + ("" if args.no_unit_malloc else f" (as {KIOSK_UNIT.name} has it)")
              + ("; without the kiosk's malloc_trim between sessions" if args.no_trim else ""), flush=True)  # fmt: skip
        n = soak.run(
            args.minutes,
            warm_up=args.warm_up,
            sample_every=args.sample_every,
            trace_memory=args.trace_memory,
            what_grew=args.what_grew,
        )
        sync = soak.final_sync()
        return report(soak, n, args.minutes, sync, problems, args.series)
    finally:
        soak.stop()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
