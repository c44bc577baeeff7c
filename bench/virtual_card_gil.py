"""How long the virtual My Number Card holds the GIL while it signs, in the process it runs in (the demo's and the
bench's kiosk process: there the event loop waits for it; a real card computes on the card).

    .venv/bin/python bench/virtual_card_gil.py [--signs 30]

A ticker thread asks for the GIL every 0.2 ms while the card model signs; the longest gap between its ticks is how long
another thread (the GUI thread) could have been kept waiting. Both ways are measured in the same run: the big-integer
arithmetic the model falls back to for an odd DigestInfo (the way every signature was made before), and OpenSSL for
the SHA-2 DigestInfo the kiosk sends.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hardware.sim import certs  # noqa: E402
from hardware.sim.jpki_card import JpkiCardModel  # noqa: E402
from hardware.smartcard import jpki  # noqa: E402
from hardware.smartcard.card import JpkiCard  # noqa: E402


def measure(card: JpkiCard, digest_info: bytes, n: int) -> tuple[float, float]:
    """(median ms per signature, longest gap in ms between the ticker's turns while signing)."""
    ticks: list[float] = []
    stop = threading.Event()

    def ticker() -> None:
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.0002)

    t = threading.Thread(target=ticker, daemon=True)
    t.start()
    time.sleep(0.05)
    per = []
    t0 = time.perf_counter()
    for _ in range(n):
        s = time.perf_counter()
        card.sign(digest_info)
        per.append((time.perf_counter() - s) * 1000)
    t1 = time.perf_counter()
    stop.set()
    t.join()
    inside = [x for x in ticks if t0 <= x <= t1]
    edges = [t0, *inside, t1]
    gap = max(b - a for a, b in zip(edges, edges[1:], strict=False)) * 1000
    return statistics.median(per), gap


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--signs", type=int, default=30)
    args = ap.parse_args()
    pki = certs.make_demo_pki()
    model = JpkiCardModel(cert_der=pki.user.der, key=pki.user.key, ca_der=pki.ca.der)
    card = JpkiCard(lambda apdu: jpki.Response.parse(model.execute(apdu)))
    card.probe()
    assert card.verify_pin("1234").ok
    sha256 = jpki.sha256_digest_info(bytes(range(32)))
    odd = b"\x01" + sha256  # not a DigestInfo the table knows: the big-integer way (baseline)
    base = measure(card, odd, args.signs)
    new = measure(card, sha256, args.signs)
    print(f"virtual card signature, big-integer arithmetic (baseline): median {base[0]:.1f} ms; "
          f"longest the GIL was kept from another thread: {base[1]:.1f} ms")  # fmt: skip
    print(f"virtual card signature, OpenSSL (SHA-256 DigestInfo):       median {new[0]:.1f} ms; "
          f"longest the GIL was kept from another thread: {new[1]:.1f} ms")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
