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


def add_layout_option(p: argparse.ArgumentParser, default: str, what: str = "caption layout") -> None:
    from .layout import PRESETS

    p.add_argument("--layout", choices=list(PRESETS), default=None, metavar="PRESET",
                   help=f"{what}: {', '.join(PRESETS)} (default: {default}, or the config's "
                        "[layout] preset); keep leaves the cues as they are")


def layout_rules_from_args(args: argparse.Namespace, default: str):
    """The caption layout rules of --layout and the config's [layout] table."""
    cfg = load_config(args.config) if args.config else (find_pyproject_config() or Config())
    return cfg.layout_rules(getattr(args, "layout", None), default=default)


class LayoutStep:
    """Lays cleaned transcripts out as caption cues; says once when one has no timings."""

    def __init__(self, rules):
        self.rules = rules
        self.warned = False

    def __call__(self, transcript, name: str):
        from .layout import has_timings, layout

        if not self.rules.relayout:
            return transcript
        if not has_timings(transcript):
            if not self.warned:
                _error(f"{name}: no timings, so not laid out as captions "
                       f"(--layout {self.rules.name} applies to SRT, VTT and Whisper JSON)")
                self.warned = True
            return transcript
        return layout(transcript, self.rules)


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
    lay_out = LayoutStep(layout_rules_from_args(args, default="keep"))
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
            cleaned = lay_out(cleaned, "<stdin>" if src == "-" else src)
            target = _output_path(src, args.output, fmt, many)
            rendered = formats.render(cleaned, fmt, changes, name=str(target or src))
            if args.explain:
                label = "<stdin>" if src == "-" else src
                for change in changes:
                    print(f"{label}: {change.describe()}", file=sys.stderr)
                print(f"{label}: {len(changes)} changes", file=sys.stderr)
            if target is None:
                sys.stdout.write(rendered)
            else:
                formats.write_atomic(target, rendered)
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
    if args.lint:
        from .check import lint_samples

        failed += lint_samples(paths, layout_rules_from_args(args, default="netflix"))
    return 1 if failed else 0


def cmd_lint(args: argparse.Namespace) -> int:
    import json

    from .layout import lint, timed_cues

    rules = layout_rules_from_args(args, default="netflix")
    results = []
    failures = total = 0
    for src in args.inputs:
        label = "<stdin>" if src == "-" else src
        try:
            transcript = formats.read(src)
        except CleanupError as exc:
            _error(str(exc))
            failures += 1
            continue
        n = len(timed_cues(transcript))
        found = lint(transcript, rules)
        total += len(found)
        results.append({"file": label, "cues": n, "violations": [v.as_dict() for v in found]})
        if args.json:
            continue
        for v in found:
            print(f"{label}: {v.describe()}")
        if not n:
            print(f"{label}: no timed cues to check")
        else:
            bad = len({v.cue for v in found})
            print(f"{label}: {n} cues, {len(found)} violation{'s' * (len(found) != 1)} in {bad} cues "
                  f"({100 * bad / n:.1f} per 100 cues; {rules.name} rules)")
    if args.json:
        print(json.dumps({"rules": rules.name, "files": results, "violations": total},
                         indent=2, ensure_ascii=False))
    elif len(results) > 1:
        print(f"{len(results)} files, {total} violations")
    return 1 if total or failures else 0


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
    add_layout_option(fix, "keep")
    fix.set_defaults(func=cmd_fix)

    chk = sub.add_parser("check", help="regression-test the pipeline on NAME.raw/NAME.clean samples")
    chk.add_argument("paths", nargs="+", metavar="PATH", help="sample directories or NAME.raw.EXT files")
    chk.add_argument("--update", action="store_true",
                     help="rewrite the expected files with the current output (review the diff first)")
    chk.add_argument("--lint", action="store_true",
                     help="also check the samples' expected SRT/VTT cues against the caption "
                          "rules (--layout, or each sample's [layout] preset; default netflix)")
    add_pipeline_options(chk)
    add_layout_option(chk, "netflix", "the caption rules --lint checks")
    chk.set_defaults(func=cmd_check)

    lnt = sub.add_parser("lint", help="check caption cues against a caption style's limits "
                                      "(line length, lines, reading speed, duration, gaps)")
    lnt.add_argument("inputs", nargs="+", metavar="FILE", help="SRT, VTT or Whisper JSON files")
    lnt.add_argument("--json", action="store_true", help="the violations as JSON on standard output")
    lnt.add_argument("--config", metavar="FILE",
                     help="a cleanup.toml or pyproject.toml whose [layout] table sets the limits")
    add_layout_option(lnt, "netflix", "the caption rules to check")
    lnt.set_defaults(func=cmd_lint)

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
