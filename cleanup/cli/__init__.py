"""The ``cleanup`` command: argument parsing only; it builds the same objects as the API.

One module per command group, each with its parser and its command function:

- :mod:`~cleanup.cli.fix`: ``fix``, ``check``, ``lint``, ``steps`` (transcript files);
- :mod:`~cleanup.cli.review`: ``review`` (the review page);
- :mod:`~cleanup.cli.score`: ``score`` (against gold references);
- :mod:`~cleanup.cli.transcribe`: ``transcribe`` (the batch engine's options);
- :mod:`~cleanup.cli.convert`: ``convert-model``;

with :mod:`~cleanup.cli.options` (options several commands share) and
:mod:`~cleanup.cli.report` (one-line messages, the progress report). ``cleanup fix a.srt``
is ``main(["fix", "a.srt"])``, which returns the exit status: 0 done, 1 an input that could
not be read or cleaned (the others still were), 2 a usage error (an unknown option, step,
style, preset or format, a bad config). Options are never abbreviated: ``--out`` is not
``--output``.
"""
from __future__ import annotations

import argparse
import gc
import sys

from .. import __version__
from ..errors import CleanupError, ConfigError
from .convert import add_convert_parser
from .fix import add_check_parser, add_fix_parser, add_lint_parser, add_steps_parser
from .report import print_error
from .review import add_review_parser
from .score import add_score_parser
from .transcribe import add_transcribe_parser

__all__ = ["build_parser", "main", "run"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanup", allow_abbrev=False,
        description="Clean, trustworthy transcripts from clinic videos and captions.",
        epilog="Exit status: 0 done; 1 an input could not be read or cleaned (the others "
               "were); 2 a usage error (an unknown option, step, style or format, a bad "
               "config).")
    parser.add_argument("--version", action="version", version=f"cleanup {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for add in (add_fix_parser, add_review_parser, add_check_parser, add_lint_parser,
                add_score_parser, add_steps_parser, add_transcribe_parser, add_convert_parser):
        add(sub)
    # An abbreviated option (--out for --output, --format for --formats) would start a run
    # the user did not ask for: every option is spelled in full.
    for command in sub.choices.values():
        command.allow_abbrev = False
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except ConfigError as exc:  # settings: the command line's or a config's
        print_error(str(exc))
        return 2
    except CleanupError as exc:
        print_error(str(exc))
        return 1
    except KeyboardInterrupt:
        print_error("interrupted")
        return 130
    except BrokenPipeError:
        return 1


def run() -> None:
    """The ``cleanup`` program: :func:`main` in a process of its own.

    A cleaning run makes and frees hundreds of thousands of small objects with no cycles
    among them; the collector's scans of the young generation over them cost several per
    cent of the run. The program owns its process, so it moves what start-up made out of
    the collector's way and makes young collections rarer. The library (and a test calling
    :func:`main`) leaves the process's collector as it finds it.
    """
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    sys.exit(main())
