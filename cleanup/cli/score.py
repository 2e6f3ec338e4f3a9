"""``cleanup score``: the pipeline measured against human-edited references.

``cleanup score golds/`` pairs each ``NAME.raw.EXT`` with its ``NAME.gold.txt`` (or
``NAME.clean.EXT``) and prints, per file and in total, how far the cleaned text is from the
gold (:mod:`cleanup.score`); ``--json`` prints the same figures as JSON.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..errors import CleanupError
from .options import add_pipeline_options, config_from_args
from .report import print_error


def add_score_parser(sub) -> None:
    sc = sub.add_parser("score", help="measure the pipeline against gold references "
                                      "(NAME.raw.EXT + NAME.gold.txt pairs)")
    sc.add_argument("paths", nargs="+", metavar="PATH",
                    help="NAME.raw.EXT files or directories holding them")
    sc.add_argument("--verbose", action="store_true", help="also list every difference left")
    sc.add_argument("--json", action="store_true", help="print the figures as JSON")
    add_pipeline_options(sc)
    sc.set_defaults(func=cmd_score)


def cmd_score(args: argparse.Namespace) -> int:
    from .. import score as scoring

    cfg = config_from_args(args)
    pipeline = cfg.build(style=args.style)
    pairs = scoring.find_pairs([Path(p) for p in args.paths])
    if not pairs:
        raise CleanupError(f"{', '.join(args.paths)}: no NAME.raw.EXT files with a "
                           "NAME.gold.txt (or NAME.clean.EXT) beside them")
    scores = [scoring.score_file(raw, gold, pipeline, config=cfg) for raw, gold in pairs]
    totals = scoring.total(scores)
    if args.json:
        print(json.dumps({"files": [s.as_dict(args.verbose) for s in scores],
                          "total": totals.as_dict()}, ensure_ascii=False, indent=2))
    else:
        for s in scores:
            print(scoring.describe(s))
            if args.verbose:
                for cleaned, gold in s.differences:
                    print(f"    {cleaned!r} → gold {gold!r}")
        print(scoring.describe(totals))
    for s in scores:
        if s.error:
            print_error(s.error)
    return 1 if any(s.error for s in scores) else 0
