"""How long a My Number Card authentication takes, and what the kiosk adds to the card's own time.

Runs the whole authentication (connect, select, token, certificate, tries, VERIFY, signature of a fresh challenge,
signature check, link lookup) through the real pcscd + vpcd with the virtual card, first with a card that answers at
once, then with a modelled contactless reader (default 15 ms a command, 400 ms for the signature). For each it prints
the commands sent, the median time, the floor (commands × latency + signature time: what the card alone needs) and
the overhead over that floor. Target: overhead at most 5% of the floor.

It also counts what OpenSC sends to read the same certificate (pkcs15-tool --read-certificate) and to sign once
(pkcs15-crypt), measured on the same virtual card. Target: the kiosk sends no more commands than OpenSC.

The revocation check is not part of this figure (bench/validation.py measures it); a checker that answers at once
stands in for it here.

    python bench/identify.py [--runs 7] [--latency-ms 15] [--sign-ms 400] [--reader "Virtual PCD 00 00"]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hardware.sim import certs  # noqa: E402
from hardware.sim.jpki_card import JpkiCardModel, VirtualCard  # noqa: E402
from hardware.smartcard.card import JpkiCard  # noqa: E402
from hardware.smartcard.pcsc import CardConnection, card_present  # noqa: E402
from kiosk.identity import trust  # noqa: E402
from kiosk.identity.authenticate import Authenticator  # noqa: E402
from kiosk.identity.linktable import LinkTable  # noqa: E402
from kiosk.identity.revocation import Status, Verdict  # noqa: E402


class Instant:
    def check(self, cert, issuer):  # type: ignore[no-untyped-def]
        return Verdict(True, Status.GOOD, "ok")


def wait(reader: str, present: bool) -> None:
    deadline = time.monotonic() + 15
    while card_present(reader) != present:
        if time.monotonic() > deadline:
            raise SystemExit(f"pcscd did not see the card on {reader!r}: is pcscd running with vsmartcard-vpcd?")
        time.sleep(0.02)


def measure(reader: str, pki: certs.DemoPki, auth: Authenticator, latency: float, sign: float, runs: int):
    model = JpkiCardModel(cert_der=pki.user.der, key=pki.user.key, ca_der=pki.ca.der)
    card = VirtualCard(model, latency_s=latency, sign_latency_s=sign)
    card.insert()
    wait(reader, True)
    times, commands = [], 0
    try:
        for _ in range(runs + 1):  # the first run warms up imports and caches
            before = card.commands
            t0 = time.perf_counter()
            with CardConnection(reader) as conn:
                jc = JpkiCard(conn.transmit)
                insp = auth.inspect(jc)
                result = auth.finish(jc, insp, "1234")
            times.append(time.perf_counter() - t0)
            commands = card.commands - before
            if not result.ok:
                raise SystemExit(f"authentication failed: {result.reason}")
    finally:
        card.remove()
        wait(reader, False)
    times = times[1:]
    return commands, statistics.median(times), times


def opensc_commands(reader: str, pki: certs.DemoPki, tmp: Path) -> tuple[int, int]:
    model = JpkiCardModel(cert_der=pki.user.der, key=pki.user.key, ca_der=pki.ca.der)
    card = VirtualCard(model)
    card.insert()
    wait(reader, True)
    try:
        before = card.commands
        subprocess.run(
            ["pkcs15-tool", "--reader", reader, "--read-certificate", "01", "-o", str(tmp / "c.pem")],
            check=True,
            capture_output=True,
            timeout=60,
        )
        read = card.commands - before
        (tmp / "h.bin").write_bytes(bytes(32))
        before = card.commands
        subprocess.run(
            [
                "pkcs15-crypt",
                "--reader",
                reader,
                "-s",
                "-k",
                "01",
                "--sha-256",
                "--pkcs1",
                "-i",
                str(tmp / "h.bin"),
                "-o",
                str(tmp / "sig"),
                "-p",
                "1234",
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        signed = card.commands - before
    finally:
        card.remove()
        wait(reader, False)
    return read, signed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--latency-ms", type=float, default=15.0)
    ap.add_argument("--sign-ms", type=float, default=400.0)
    ap.add_argument("--reader", default="Virtual PCD 00 00")
    a = ap.parse_args()

    pki = certs.make_demo_pki()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        links = LinkTable.open(f"sqlite:///{tmp / 'links.sqlite'}", tmp / "link.key")
        links.link(
            links.link_key(trust.ski(pki.ca.cert), pki.user.cert.serial_number),
            "main",
            "10000001",
            pki.user.cert.not_valid_after_utc,
        )
        auth = Authenticator([pki.ca.cert], Instant(), links, kiosk_id="bench", library_system="main")

        print(f"certificate: {len(pki.user.der)} bytes; runs per case: {a.runs} (median)")
        ok = True
        for latency, sign in ((0.0, 0.0), (a.latency_ms / 1000, a.sign_ms / 1000)):
            n, med, _ = measure(a.reader, pki, auth, latency, sign, a.runs)
            floor = n * latency + sign
            over = med - floor
            label = (
                "instant card"
                if latency == 0
                else f"contactless model ({a.latency_ms:g} ms/command, {a.sign_ms:g} ms signature)"
            )
            line = f"{label}: {n} commands, {med * 1000:.1f} ms, floor {floor * 1000:.1f} ms, overhead {over * 1000:.1f} ms"
            if floor:
                pct = 100 * over / floor
                line += f" = {pct:.1f}% of the floor (target <= 5%)"
                ok &= pct <= 5
            print(line)
            kiosk_commands = n
        read, signed = opensc_commands(a.reader, pki, tmp)
        print(
            f"OpenSC on the same card: {read} commands to read the certificate + {signed} to sign once = "
            f"{read + signed}; kiosk: {kiosk_commands} (target: no more)"
        )
        ok &= kiosk_commands <= read + signed
        links.close()
    print("result: " + ("within targets" if ok else "MISSED a target"))


if __name__ == "__main__":
    main()
