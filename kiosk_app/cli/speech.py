"""``kiosk speech render`` and ``kiosk speech status``: the spoken guidance's phrases, rendered once.

``render`` (at install, as the kiosk user, after the configuration is in place) renders every phrase of every
configured language into ``[kiosk].data_dir/speech`` and removes the files no phrase needs any more; a phrase
already rendered with the same words, voice and volume is kept. The kiosk does the same at start for what is
missing, in the background. ``status`` says what is there without rendering. Exit status: 0 done, 1 a phrase could
not be rendered (its ``reason``: ``speech_engine_missing``, ``speech_dictionary_missing``, ``speech_render_failed``,
``speech_render_timeout``, ``speech_cache_unwritable``), 2 configuration.
"""

from __future__ import annotations

import argparse
from collections import Counter

from kiosk_app import speech_cache
from kiosk_app.cli.common import explain, load_config, print_json


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("speech", help="the spoken guidance's phrases (render them once, at install)")
    psub = p.add_subparsers(dest="speech_command", metavar="ACTION")
    psub.required = True
    r = psub.add_parser("render", help="render every phrase of every configured language that is not rendered yet")
    r.add_argument("--timeout", type=float, default=speech_cache.RENDER_TIMEOUT_S, help="seconds for the whole")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=cmd_render)
    s = psub.add_parser("status", help="how many phrases are rendered, per language")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_status)


def cmd_render(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    summary = speech_cache.ensure(speech_cache.plan(cfg), speech_cache.directory(cfg), timeout_s=args.timeout)
    if args.json:
        print_json({**summary.to_json(), "directory": str(speech_cache.directory(cfg))})
    else:
        print(f"{speech_cache.directory(cfg)}: {summary.phrases} phrases; {summary.rendered} rendered now, "
              f"{summary.present} already there, {summary.removed} old files removed ({summary.seconds:.0f} s)")  # fmt: skip
        for reason, n in sorted(Counter(f["reason"] for f in summary.failed).items()):
            example = next(f for f in summary.failed if f["reason"] == reason)
            print(f"  {n} not rendered: {reason}: {explain(cfg, reason)} ({example['error']})")
    return 0 if summary.ok else 1


def cmd_status(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    files = speech_cache.plan(cfg)
    found = speech_cache.survey(files, speech_cache.directory(cfg))
    missing = Counter(e.language for e in found.missing)
    planned = Counter(lang for lang, _ in files)
    languages = {lang: {"phrases": n, "missing": missing[lang]} for lang, n in planned.items()}
    if args.json:
        print_json({"directory": str(speech_cache.directory(cfg)), "speech": cfg.ui.speech, "languages": languages,
                    "stale": len(found.stale)})  # fmt: skip
    else:
        print(f"{speech_cache.directory(cfg)} (spoken guidance {'on' if cfg.ui.speech else 'off'})")
        for lang, row in languages.items():
            print(f"  {lang}: {row['phrases'] - row['missing']} of {row['phrases']} rendered")
        if found.stale:
            print(f"  {len(found.stale)} old files (kiosk speech render removes them)")
    return 0 if not found.missing else 1
