"""The ``cleanup`` command: argument parsing only; it builds the same objects as the API."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__, formats, registry
from .check import check
from .config import Config, find_pyproject_config, load_config, read_terms
from .errors import CleanupError
from .pipeline import Pipeline
from .presets import STYLES


def _error(message: str) -> None:
    print(f"cleanup: {message}", file=sys.stderr)


def add_pipeline_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--style", choices=list(STYLES), default=None,
                   help="verbatim, clean (default) or readable")
    p.add_argument("--config", metavar="FILE",
                   help="a cleanup.toml, or a pyproject.toml with [tool.cleanup] "
                        "(default: ./pyproject.toml when it has that table)")
    p.add_argument("--glossary", metavar="FILE", action="append", default=[],
                   help="canonical spellings, one term per line (# comments); repeatable")
    p.add_argument("--no-builtin-glossary", action="store_true",
                   help="leave out the bundled medical glossary")
    p.add_argument("--disable", metavar="STEP", action="append", default=[],
                   help="leave out a pipeline step (see 'cleanup steps'); repeatable")


def pipeline_from_args(args: argparse.Namespace) -> Pipeline:
    """The pipeline the options describe: config file, then style/glossary/disable on top."""
    cfg = load_config(args.config) if args.config else (find_pyproject_config() or Config())
    glossary: list[str] = []
    for path in args.glossary:
        glossary += read_terms(path)
    if args.no_builtin_glossary:
        cfg.builtin_glossary = False
    cfg.disable = list(dict.fromkeys(cfg.disable + args.disable))
    return cfg.build(style=args.style, glossary=glossary)


def _output_path(src: str, out: str | None, fmt: str, many: bool) -> Path | None:
    if out is None:
        return None
    target = Path(out)
    if many or target.is_dir() or out.endswith(("/", "\\")):
        stem = "stdin" if src == "-" else Path(src).name.rsplit(".", 1)[0]
        return target / f"{stem}.{fmt}"
    return target


def cmd_fix(args: argparse.Namespace) -> int:
    pipeline = pipeline_from_args(args)
    many = len(args.inputs) > 1
    if many and args.output and Path(args.output).exists() and not Path(args.output).is_dir():
        raise CleanupError(f"{args.output}: several inputs need -o to be a directory")
    failures = 0
    for src in args.inputs:
        try:
            transcript = formats.read(src)
            fmt = args.format or (formats.format_for(args.output) if args.output and not many
                                  and not Path(args.output).is_dir() else None) \
                or transcript.meta.get("format", "txt")
            if args.explain or fmt == "json":
                explanation = pipeline.explain(transcript)
                cleaned, changes = explanation.transcript, explanation.changes
            else:
                cleaned, changes = pipeline(transcript), ()
            target = _output_path(src, args.output, fmt, many)
            # Streamed to the file (or standard output): a long transcript is never held as text.
            formats.write(cleaned, sys.stdout if target is None else target, fmt, changes,
                          name=str(target or src))
            if args.explain:
                label = "<stdin>" if src == "-" else src
                for change in changes:
                    print(f"{label}: {change.describe()}", file=sys.stderr)
                print(f"{label}: {len(changes)} changes", file=sys.stderr)
        except CleanupError as exc:
            _error(str(exc))
            failures += 1
    return 1 if failures else 0


def cmd_check(args: argparse.Namespace) -> int:
    pipeline = pipeline_from_args(args)
    paths = [Path(p) for p in args.paths]
    for p in paths:
        if not p.exists():
            raise CleanupError(f"{p}: no such file or directory")
    passed, failed = check(paths, pipeline, update=args.update)
    if passed + failed == 0:
        raise CleanupError(f"{', '.join(args.paths)}: no NAME.raw.EXT samples found")
    return 1 if failed else 0


def cmd_steps(args: argparse.Namespace) -> int:
    for name in registry.names():
        factory = registry.factory(name)
        doc = (factory.__doc__ or "").strip().splitlines()
        styles = [s for s, steps in STYLES.items() if name in steps]
        summary = doc[0].replace("``", "") if doc else ""
        print(f"{name:26} {summary}  [{', '.join(styles) or 'custom'}]")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanup", description="Clean, trustworthy transcripts from clinic videos and captions.")
    parser.add_argument("--version", action="version", version=f"cleanup {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    fix = sub.add_parser("fix", help="clean transcript or caption files (.txt, .srt, .vtt, Whisper .json)")
    fix.add_argument("inputs", nargs="+", metavar="INPUT", help="files to clean; - reads standard input")
    fix.add_argument("-o", "--output", metavar="OUT",
                     help="output file (a directory for several inputs); default: standard output")
    fix.add_argument("--format", choices=formats.FORMATS,
                     help="output format (default: from -o's extension, else the input's)")
    fix.add_argument("--explain", action="store_true",
                     help="print each change (step, time span, before → after) to standard error")
    add_pipeline_options(fix)
    fix.set_defaults(func=cmd_fix)

    chk = sub.add_parser("check", help="regression-test the pipeline on NAME.raw/NAME.clean samples")
    chk.add_argument("paths", nargs="+", metavar="PATH", help="sample directories or NAME.raw.EXT files")
    chk.add_argument("--update", action="store_true",
                     help="rewrite the expected files with the current output (review the diff first)")
    add_pipeline_options(chk)
    chk.set_defaults(func=cmd_check)

    steps = sub.add_parser("steps", help="list the pipeline steps and the styles that use them")
    steps.set_defaults(func=cmd_steps)

    try:
        from .transcribe.command import add_convert_parser, add_transcribe_parser
    except ImportError:  # the transcription extra is not importable: the text tools still work
        pass
    else:
        add_transcribe_parser(sub)
        add_convert_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except CleanupError as exc:
        _error(str(exc))
        return 1
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
