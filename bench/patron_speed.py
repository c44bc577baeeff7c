"""How fast the kiosk serves a patron when the card, the network and the pad are the only waits.

The whole kiosk as ``kiosk run`` builds it (``build_kiosk``: PC/SC card session, SIP2 client, validation client,
RFID pad), driven headless by the session runner on its worker lanes, against a modelled site: the virtual My Number
Card through the real pcscd with a contactless reader's timing (``--card-ms`` a command, ``--sign-ms`` more for the
signature), the demo library system over TCP answering each SIP2 request ``--library-ms`` late, the validation service
(``openssl ocsp`` over HTTP) answering each request ``--validation-ms`` late (LGWAN: J-LIS answers every request
itself), and the simulated 810 pad over a pseudo-terminal taking ``--reader-ms`` a command. The good-answer cache is
off, so every session asks the validation service, as the first use of a card does.

Three figures, each the median of ``--runs`` runs, against its floor and against a baseline measured side by side in
the same run. A floor is what the card, the library system and the pad need: the time each of them took itself for
the commands and requests it was sent, from each one's arrival to its answer leaving (the modelled delay and its own
computing; the simulators measure it), so what is over the floor is the kiosk's own work and the transport (pcscd,
TCP, the pseudo-terminal). The floor the modelled delays alone would give is printed beside it.

1. PIN Enter → items screen ready. Floor: the card's commands after Enter (VERIFY, signature) + one library round
   trip (the patron check); the validation round trip runs while the patron types (``--typing-s``). Baseline: the
   same kiosk checking revocation after the signature (``early_check_max_age_s = 0``). Targets: at most 1.05 × the
   floor, and at least 300 ms faster than the baseline.
2. Ten books on the pad → all ten shown lent and secured, timed from the pad's first inventory that sees them (the
   poller's wait before that is printed apart). Floor: that inventory + max(10 library round trips,
   10 × (AFI write + read-back)). Baseline: the same kiosk lending one by one (each item's checkout, switch and
   read-back in turn on the library lane, as before the pipeline). Target: at most 1.1 × the floor.
3. Tap → PIN pad open, from the card being reported on the reader (both kiosks of figure 1 count: the reading is
   the same). Floor: the card's commands to that point. Target: at most 1.05 × the floor.

pcscd with the vpcd driver must be running (the README's test command runs it):

    python bench/patron_speed.py [--runs 9] [--library-ms 50] [--validation-ms 300] [--reader-ms 10] \\
        [--card-ms 15] [--sign-ms 400] [--typing-s 1.5] [--reader "Virtual PCD 00 00"]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hardware.rfid import protocol_3m as p3m  # noqa: E402
from hardware.rfid.model import ItemData  # noqa: E402
from hardware.sim import certs  # noqa: E402
from hardware.sim.jpki_card import JpkiCardModel, VirtualCard  # noqa: E402
from hardware.sim.rfid_sim import RfidSim  # noqa: E402
from hardware.smartcard.pcsc import card_present  # noqa: E402
from kiosk import config  # noqa: E402
from kiosk import session as s  # noqa: E402
from kiosk.identity import trust  # noqa: E402
from kiosk.runner import SessionRunner  # noqa: E402
from kiosk.sip2 import demo_data  # noqa: E402
from kiosk.sip2.demo import DemoLibrary  # noqa: E402
from kiosk.validation.sim import IndexEntry, OpensslOcspResponder  # noqa: E402
from kiosk.workers import CallQueue, Lanes  # noqa: E402
from kiosk_app.build import Kiosk, build_kiosk, open_links  # noqa: E402

STACK = 10
PIN = "1234"
PATRON = demo_data.PATRON_OK


def wait(what: Callable[[], bool], timeout_s: float, message: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not what():
        if time.monotonic() > deadline:
            raise SystemExit(message)
        time.sleep(0.01)


class OneByOne:
    """The baseline of figure 2: each item lent whole on the library lane, one after the other (``Lender.lend``:
    checkout, then the switch and read-back), as the runner lent before the pipeline."""

    def __init__(self, library: Any) -> None:
        self.library = library

    def lend(self, lender: Any, patron: s.Patron, item_id: str, done: Any) -> None:
        self.library.submit(lambda: lender.lend(patron, item_id), done)


class Driven:
    """One kiosk driven headless: its runner on worker lanes whose answers this thread runs, each view timed."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.loop = CallQueue()
        self.lanes = Lanes(self.loop.call_soon)
        self.views: list[tuple[float, s.View]] = []
        self.runner = SessionRunner(kiosk.session, kiosk.services, self.lanes, on_view=self._seen)
        self.pipelined = self.runner.pipeline

    def _seen(self, view: s.View) -> None:
        self.views.append((time.monotonic(), view))

    def start_pad(self) -> None:
        loop, runner = self.loop, self.runner
        self.kiosk.start_watch(
            lambda present: None, lambda item_id, src: loop.call_soon(lambda: runner.item_seen(item_id, src))
        )

    def until(self, done: Callable[[s.View], bool], timeout_s: float = 30.0) -> float:
        """Run the loop until a view satisfies ``done``; returns when that view was announced."""
        mark = len(self.views)
        deadline = time.monotonic() + timeout_s
        while True:
            for at, view in self.views[mark:]:
                if done(view):
                    return at
            mark = len(self.views)
            if time.monotonic() > deadline:
                raise SystemExit(f"the kiosk did not get there (last view: {self.runner.view})")
            self.loop.run_pending(0.05)

    def pump(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            self.loop.run_pending(min(left, 0.05))

    def settle(self) -> None:
        for _ in range(200):
            idle = self.lanes.wait(50)
            if not self.loop.run_pending(0.01) and idle:
                return
        raise SystemExit("the lanes did not settle")

    def end_session(self) -> None:
        self.runner.post(s.FinishPressed())
        self.runner.post(s.ReceiptChosen(False))
        self.runner.post(s.Acknowledge())
        self.settle()
        assert self.runner.session.phase is s.Phase.IDLE, self.runner.session.phase

    def close(self) -> None:
        self.lanes.stop()
        self.kiosk.close()


class Site:
    """The modelled site: card, library system, validation service, pad; and the kiosks under test."""

    def __init__(self, tmp: Path, a: argparse.Namespace) -> None:
        self.a = a
        self.pki = certs.make_demo_pki()
        paths = self.pki.write(tmp / "pki")
        self.library = DemoLibrary(extra_items=STACK, delay_s=a.library_ms / 1000)
        self.library.start()
        self.responder = OpensslOcspResponder(
            tmp / "ocsp", self.pki.ca.cert, self.pki.ca.cert, self.pki.ca.key,
            [IndexEntry(self.pki.user.cert.serial_number)], delay_s=a.validation_ms / 1000,
        )  # fmt: skip
        self.responder.start()
        self.pad = RfidSim(link_dir=tmp)
        self.pad.start()
        self.pad.latency_s = a.reader_ms / 1000
        base = {
            "kiosk": {"data_dir": str(tmp / "data"), "identification": ["mynumber", "barcode"]},
            "card": {"reader": a.reader},
            "identity": {"trust_anchors": [str(paths["ca"])]},
            "sip2": {"host": "127.0.0.1", "port": self.library.port, "username": demo_data.LOGIN_USER,
                     "password": demo_data.LOGIN_PASSWORD, "institution": demo_data.INSTITUTION_ID,
                     "location": demo_data.LOCATION_CODE, "retries": 0},
            "validation": {"mode": "ocsp", "ocsp_url": self.responder.url, "retries": 0, "cache_max_s": 0},
            "rfid": {"port": self.pad.path},
        }  # fmt: skip
        cfg = config.from_dict(base)
        links = open_links(cfg)
        links.link(links.link_key(trust.ski(self.pki.ca.cert), self.pki.user.cert.serial_number),
                   cfg.identity.library_system, PATRON, self.pki.user.cert.not_valid_after_utc)  # fmt: skip
        links.close()
        self.early = Driven(build_kiosk(cfg, watch=False))
        self.early.start_pad()
        late = {**base, "validation": {**base["validation"], "early_check_max_age_s": 0}, "rfid": {}}
        self.late = Driven(build_kiosk(config.from_dict(late), watch=False))
        for k in (self.early, self.late):
            k.kiosk.services.library.health()  # connected and logged in: a patron check is then one request
        model = JpkiCardModel(cert_der=self.pki.user.der, key=self.pki.user.key, ca_der=self.pki.ca.der)
        self.card = VirtualCard(model, latency_s=a.card_ms / 1000, sign_latency_s=a.sign_ms / 1000)

    def close(self) -> None:
        for part in (self.early.close, self.late.close, self.pad.stop, self.responder.stop, self.library.close):
            part()

    # -- figures 1 and 3 ------------------------------------------------------------------------------------------

    def card_session(self, k: Driven) -> tuple[Figure, Figure]:
        """One patron with the card: tap → pad open, and Enter → items screen."""
        reader, card, library = self.a.reader, self.card, self.library
        card.insert()
        wait(lambda: card_present(reader), 15, f"pcscd did not see the card on {reader!r}: is it running with vpcd?")
        commands, busy = card.commands, card.busy_s
        tapped = time.monotonic()
        k.runner.card_presence(True)
        pad_open = k.until(lambda v: v.phase is s.Phase.PIN)
        tap = Figure(pad_open - tapped, card.busy_s - busy, card.commands - commands)
        k.pump(self.a.typing_s)  # the patron types; the early check runs meanwhile
        for digit in PIN:
            k.runner.post(s.PinDigit(digit))
        commands, busy, library_busy, requests = (
            card.commands,
            card.busy_s,
            library.busy_s,
            sum(library.counts.values()),
        )
        entered = time.monotonic()
        k.runner.post(s.PinEnter())
        items = k.until(lambda v: v.phase in (s.Phase.ITEMS, s.Phase.REFUSED))
        if k.runner.view.phase is not s.Phase.ITEMS:
            raise SystemExit(f"identification refused: {k.runner.view.refusal}")
        if sum(library.counts.values()) - requests != 1:
            raise SystemExit("the patron check was not one library round trip")
        enter = Figure(items - entered, card.busy_s - busy + library.busy_s - library_busy, card.commands - commands)
        k.end_session()
        card.remove()
        wait(lambda: not card_present(reader), 15, "pcscd did not see the card leave")
        return tap, enter

    # -- figure 2 -------------------------------------------------------------------------------------------------

    def stack(self, pipelined: bool) -> tuple[Figure, float]:
        """Ten books put on the pad of an identified patron: first inventory → all lent and secured, and the
        poller's wait before that inventory."""
        k = self.early
        k.runner.pipeline = k.pipelined if pipelined else OneByOne(k.lanes.library)
        k.runner.barcode(PATRON)
        k.until(lambda v: v.phase is s.Phase.ITEMS)
        k.settle()
        items = [f"C{n:07d}" for n in range(1, STACK + 1)]
        mark = len(self.pad.received)
        library_busy = self.library.busy_s
        with self.pad.lock:  # the whole stack at once: no inventory sees half of it
            for item_id in items:
                self.pad.add_item(ItemData(item_id))
            placed = time.monotonic()
        done = k.until(lambda v: v.lent_count == STACK or any(i.state is s.ItemState.REFUSED for i in v.items))
        refused = [i.reason for i in k.runner.view.items if i.state is s.ItemState.REFUSED]
        if refused:
            raise SystemExit(f"items refused: {refused}")
        library_busy = self.library.busy_s - library_busy
        pad = self.pad
        with pad.lock:
            asked = list(zip(pad.received[mark:], pad.received_at[mark:], pad.answered_at[mark:], strict=False))
        first = next(i for i, (req, _, _) in enumerate(asked) if isinstance(req, p3m.Inventory))
        first_write = next(i for i, (req, _, _) in enumerate(asked) if isinstance(req, p3m.WriteAfi))
        inventory = sum(end - start for _, start, end in asked[first:first_write])
        security = sum(
            end - start for req, start, end in asked[first_write:] if isinstance(req, p3m.WriteAfi | p3m.ReadAfi)
        )
        k.end_session()
        pad.clear()
        for item_id in items:
            self.library.state.checkin(item_id)
        k.pump(0.7)  # the poller sees the pad empty
        start = asked[first][1]
        return Figure(done - start, inventory + max(library_busy, security), first_write - first), start - placed


@dataclass(frozen=True)
class Figure:
    """One measured span: how long it took, the floor measured by the card, library system and pad themselves, and
    the commands it took of the card (1, 3) or of the pad's inventory (2)."""

    took: float
    floor: float
    commands: int


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--library-ms", type=float, default=50.0)
    ap.add_argument("--validation-ms", type=float, default=300.0)
    ap.add_argument("--reader-ms", type=float, default=10.0)
    ap.add_argument("--card-ms", type=float, default=15.0)
    ap.add_argument("--sign-ms", type=float, default=400.0)
    ap.add_argument("--typing-s", type=float, default=1.5)
    ap.add_argument("--reader", default="Virtual PCD 00 00")
    a = ap.parse_args()
    card, sign, lib, pad = a.card_ms / 1000, a.sign_ms / 1000, a.library_ms / 1000, a.reader_ms / 1000

    with tempfile.TemporaryDirectory() as d:
        site = Site(Path(d), a)
        try:
            taps, enters, lates, stacks, one_by_one, waits = [], [], [], [], [], []
            for run in range(a.runs + 1):  # the first run warms up connections, imports and caches
                (tap, enter), (tap_too, late) = site.card_session(site.early), site.card_session(site.late)
                (piped, poll_wait), (serial, _) = site.stack(True), site.stack(False)
                if run:
                    taps += [tap, tap_too]  # the same reading after a tap in both kiosks
                    enters.append(enter)
                    lates.append(late)
                    stacks.append(piped)
                    one_by_one.append(serial)
                    waits.append(poll_wait)
        finally:
            site.close()

    med = statistics.median
    print(f"modelled site: card {a.card_ms:g} ms a command + {a.sign_ms:g} ms to sign, library {a.library_ms:g} ms a "
          f"request, validation {a.validation_ms:g} ms a request, pad {a.reader_ms:g} ms a command; "
          f"median of {a.runs} runs")  # fmt: skip

    def figure(runs: list[Figure], modelled: float) -> tuple[float, float, str]:
        took, floor = med(f.took for f in runs), med(f.floor for f in runs)
        return took, floor, f"floor {ms(floor)} (modelled {ms(modelled)}); {ms(took)} = {took / floor:.3f} x the floor"

    n = enters[0].commands
    t1, floor1, text = figure(enters, n * card + sign + lib)
    t1_late = med(f.took for f in lates)
    ok1 = t1 <= 1.05 * floor1 and t1_late - t1 >= 0.3
    print(f"1. PIN Enter -> items screen ({n} card commands + signature + 1 library round trip): {text} "
          f"(target <= 1.05); checking after the signature {ms(t1_late)} = {t1_late / floor1:.3f} x; "
          f"{ms(t1_late - t1)} faster (target >= 300 ms)")  # fmt: skip

    n = stacks[0].commands
    t2, floor2, text = figure(stacks, n * pad + max(STACK * lib, STACK * 2 * pad))
    t2_serial = med(f.took for f in one_by_one)
    ok2 = t2 <= 1.1 * floor2
    print(f"2. {STACK} books on the pad -> all lent and secured (inventory {n} commands + max({STACK} library round "
          f"trips, {STACK} x switch and read-back)): {text} (target <= 1.1); one by one {ms(t2_serial)} = "
          f"{t2_serial / floor2:.3f} x; the poller's wait before the inventory {ms(med(waits))} (not in the "
          f"figure)")  # fmt: skip

    n = taps[0].commands
    t3, floor3, text = figure(taps, n * card)
    ok3 = t3 <= 1.05 * floor3
    print(f"3. tap -> PIN pad open ({n} card commands): {text} (target <= 1.05)")
    ok = ok1 and ok2 and ok3
    print("result: " + ("within targets" if ok else "MISSED a target"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
