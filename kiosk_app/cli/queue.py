"""``kiosk queue status|sync|refusals|check|rotate-key``: the offline journal for staff and technicians."""

from __future__ import annotations

import argparse

from kiosk.circulation import Circulation
from kiosk.config import Config
from kiosk.sip2.client import Sip2Client
from kiosk.sip2.errors import Sip2Error
from kiosk_app import build
from kiosk_app.cli.common import CliError, load_config, print_json
from offline_queue import Journal, QueueError
from offline_queue.journal import StaffLoan


def open_journal(cfg: Config) -> Journal:
    try:
        return build.open_journal(cfg)
    except QueueError as e:
        raise CliError(f"offline journal: {e}", reason=e.reason) from None


def _status(args: argparse.Namespace) -> int:
    with open_journal(load_config(args)) as j:
        st = j.status()
        problem = j.key_problem
    if args.json:
        why = {"reason": problem.reason, "error": str(problem)} if problem else {}
        print_json({"ok": not problem, **st.as_dict(), **why})
        return 1 if problem else 0
    print(f"waiting:  {st.waiting}  (queued {st.queued}, in flight {st.sent}, to look up {st.unknown})")
    print(f"check:    {st.check}" + ("  -> see: kiosk queue check" if st.check else ""))
    print(f"refused:  {st.refused}" + ("  -> see: kiosk queue refusals" if st.refused else ""))
    print(f"oldest:   {st.oldest.isoformat(sep=' ', timespec='minutes') if st.oldest else '-'}")
    print(f"journal:  {st.path}")
    if problem:  # the counts are shown; nothing can be sent until the key file is back
        raise CliError(f"offline journal: {problem}", reason=problem.reason)
    return 0


def _sync(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    with open_journal(cfg) as j:
        if j.status().waiting == 0:
            report = None
        else:
            client = Sip2Client.from_config(cfg.sip2)
            try:
                client.connect()
            except Sip2Error as e:
                raise CliError(f"library system: {e} ({e.reason}); nothing was sent", reason=e.reason) from None
            try:
                report = j.replay(Circulation(client))
            finally:
                client.close()
        st = j.status()
        problem = j.key_problem
    out = {"ok": report is None or not report.stopped, **(report.as_dict() if report else {}), "status": st.as_dict()}
    if args.json:
        print_json(out)
    elif report is None:
        print("nothing to send")
    else:
        print(f"sent and confirmed: {report.acknowledged} (already lent: {report.already_lent})")
        print(f"refused:            {report.refused}" + ("  -> see: kiosk queue refusals" if report.refused else ""))
        if report.lookup_failed:
            print(f"not looked up:      {report.lookup_failed} (the library system could not say whether it has"
                  " them; tried again next sync)")  # fmt: skip
        if st.check:
            print(f"check at counter:   {st.check}  -> see: kiosk queue check")
        print(f"still waiting:      {report.remaining}")
        if report.stopped == "replay_busy":
            print("nothing was sent: another sync of this journal is running (the kiosk, or another shell)")
        elif problem is not None:
            print(f"nothing was sent: {problem}")
        elif report.link_failed:
            print(f"stopped early: the library system link failed ({report.stopped}); run sync again later")
        elif report.stopped:
            print(f"stopped early: the journal cannot be written ({report.stopped}); nothing more was sent")
    return 0 if out["ok"] else 3


def _refusals(args: argparse.Namespace) -> int:
    with open_journal(load_config(args)) as j:
        if args.dismiss:
            if not j.dismiss(args.dismiss):
                raise CliError(f"no refused transaction {args.dismiss}", reason="not_found")
            if args.json:
                print_json({"ok": True, "dismissed": args.dismiss})
            else:
                print(f"dismissed {args.dismiss}")
            return 0
        rows = j.refusals()  # a QueueError is worded by kiosk_app.cli.main
    if args.json:
        print_json({"ok": True, "refusals": [r.as_dict() for r in rows]})
        return 0
    if not rows:
        print("no refusals")
        return 0
    print("Refused offline loans (personal data: for staff only)")
    for r in rows:
        print(_loan_line(r))
        if r.txn_time is not None:
            print(f"    reason: {r.reason}   library system: {r.message or '-'}")
    print("When dealt with: kiosk queue refusals --dismiss TXN_ID")
    return 0


def _loan_line(r: StaffLoan) -> str:
    """One loan of a staff list: id, when, patron, item, due (or why it cannot be read)."""
    if r.txn_time is None or r.due is None:
        return f"- {r.txn_id}  cannot be read ({r.reason})"
    return f"- {r.txn_id}  {r.txn_time:%Y-%m-%d %H:%M}  patron {r.patron}  item {r.item}  due {r.due:%Y-%m-%d}"


def _check(args: argparse.Namespace) -> int:
    """The "check at the counter" list, and staff's answer for one of its loans."""
    with open_journal(load_config(args)) as j:
        handle, lent = (args.lent, True) if args.lent else (args.send, False)
        if handle:
            if not j.settle_check(handle, lent=lent):
                raise CliError(f"no loan to check with the id {handle}", reason="not_found")
            if args.json:
                print_json({"ok": True, "txn_id": handle, "lent": lent})
            elif lent:
                print(f"{handle}: the library system has it; the kiosk forgets it")
            else:
                print(f"{handle}: will be sent with the next sync (kiosk queue sync)")
            return 0
        rows = j.checks()
    if args.json:
        print_json({"ok": True, "check": [c.as_dict() for c in rows]})
        return 0
    if not rows:
        print("nothing to check")
        return 0
    print("Offline loans the library system could not confirm or deny (personal data: for staff only).")
    print("Check each at the counter: is the item lent to this patron in the library system?")
    for c in rows:
        print(_loan_line(c))
        if c.txn_time is not None:
            sent = "its checkout was sent" if c.sent_before else "its checkout may not have been sent"
            print(f"    {sent}; the look-up failed {c.tries} time(s) ({c.reason})")
    print("Then:  kiosk queue check --lent TXN_ID   (it is lent: the kiosk forgets it)")
    print("       kiosk queue check --send TXN_ID   (it is not lent: the kiosk sends it with the next sync)")
    return 0


def _rotate(args: argparse.Namespace) -> int:
    with open_journal(load_config(args)) as j:
        try:
            kid = j.rotate_key()
        except QueueError as e:
            raise CliError(f"key rotation: {e}", reason=e.reason) from None
    if args.json:
        print_json({"ok": True, "key_id": kid})
    else:
        print(f"new key {kid}; every waiting row re-sealed, old keys removed")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("queue", help="the offline transaction journal")
    qs = p.add_subparsers(dest="queue_command", metavar="ACTION")
    qs.required = True
    for name, fn, text in (
        ("status", _status, "how many transactions wait, and since when"),
        ("sync", _sync, "send waiting transactions to the library system now"),
        ("refusals", _refusals, "transactions the library system refused (for staff)"),
        ("check", _check, "loans the library system could not confirm: check them at the counter (for staff)"),
        ("rotate-key", _rotate, "seal the journal under a new key"),
    ):
        sp = qs.add_parser(name, help=text)
        sp.add_argument("--json", action="store_true", help="machine-readable output")
        sp.set_defaults(handler=fn)
        if name == "refusals":
            sp.add_argument("--dismiss", metavar="TXN_ID", help="remove one refusal once staff have dealt with it")
        if name == "check":
            one = sp.add_mutually_exclusive_group()
            one.add_argument("--lent", metavar="TXN_ID", help="it is lent in the library system: forget it")
            one.add_argument("--send", metavar="TXN_ID", help="it is not lent: send it with the next sync")
