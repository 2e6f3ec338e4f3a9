"""``cleanup review``: the review page of a transcript, to see and hear every change.

``cleanup review visit.json`` writes ``visit.html`` beside it, playing ``visit.wav`` (or
another media file of that name) and showing what each step changed
(:mod:`cleanup.review`).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import formats
from ..decisions import DecidedPipeline, in_force
from ..errors import CleanupError
from .options import (add_deid_options, add_pipeline_options, add_steps_option,
                      config_from_args, pipeline_from_config)
from .report import print_error


def add_review_parser(sub) -> None:
    rev = sub.add_parser(
        "review", help="write an HTML page to see and hear every change, and reject some",
        description="Write one self-contained HTML page: the cleaned transcript word by word "
                    "beside the media, removed and changed words marked with their step, "
                    "unsure words and caption problems flagged. Rejected changes are saved "
                    "as NAME.decisions.json for 'cleanup fix/transcribe --decisions'.")
    rev.add_argument("transcript", metavar="TRANSCRIPT",
                     help="cleanup's JSON output (or a Whisper JSON, SRT, VTT or text file)")
    rev.add_argument("--media", metavar="FILE",
                     help="the audio or video (default: a media file of the same name beside "
                          "the transcript); linked by a path relative to the page")
    rev.add_argument("-o", "--output", metavar="PAGE.html",
                     help="the page to write (default: the transcript's name with .html)")
    rev.add_argument("--decisions", metavar="FILE",
                     help="decisions saved earlier: their changes show as rejected, their "
                          "suggestions as accepted (default: those the JSON keeps)")
    add_pipeline_options(rev)
    add_steps_option(rev)
    add_deid_options(rev)
    rev.set_defaults(func=cmd_review)


def cmd_review(args: argparse.Namespace) -> int:
    from .. import review

    if args.output is None and args.transcript == "-":
        raise CleanupError("reading standard input: give the page's name with -o PAGE.html")
    if args.media and not Path(args.media).is_file():
        raise CleanupError(f"{args.media}: no such media file")
    if Path(args.transcript).suffix.lower() in (".html", ".htm"):
        raise CleanupError(f"{args.transcript}: a web page, not a transcript; review the "
                           "JSON that cleanup transcribe wrote")
    pipeline = pipeline_from_config(config_from_args(args), args)
    transcript = formats.read(args.transcript)
    stored = in_force(transcript, None, args.transcript)
    if stored and not isinstance(pipeline, DecidedPipeline):  # what the JSON was made with
        pipeline = DecidedPipeline(pipeline, stored)
    source = Path(args.transcript)
    name = source.stem if args.transcript != "-" else "stdin"  # visit.json: "visit"
    out = Path(args.output) if args.output else source.with_name(f"{name}.html")
    if out.is_dir():
        out = out / f"{name}.html"
    media = Path(args.media) if args.media else review.guess_media(source)
    page, reproduced = review.review_file(transcript, pipeline, name=name, path=source,
                                          media=review.media_link(media, out) if media else None,
                                          keep_originals=args.keep_originals)
    if not reproduced:
        print_error(f"{source}: warning: the page shows this pipeline's run on the raw "
                    "transcript, which differs from the file's cleaned text (other --style, "
                    "--config or --glossary?)")
    review.write_page(out, page)
    print(f"cleanup: wrote {out}", file=sys.stderr)
    return 0
