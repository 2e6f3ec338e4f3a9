"""``cleanup fix`` and its companions on transcript files: ``check`` (the samples),
``lint`` (caption rules) and ``steps`` (the step list).

``cleanup fix visit.srt -o clean.srt --layout netflix`` cleans one file (or several into a
folder), its captions laid out again by :func:`cleanup.outputs.render_outputs`, the same
renderer ``cleanup transcribe`` writes with; ``--explain`` prints each change, in time
order. ``fix`` writes one output format (``--format`` or ``--formats``, as ``transcribe``
spells it, name the same option). A file that cannot be read or cleaned is one line,
``cleanup: FILE: reason``, and the other files are still cleaned.

``lint`` runs no pipeline, so it imports no plugin; ``steps`` imports the project config's
plugins to list their steps.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from .. import formats, registry
from ..check import check
from ..decisions import (DecidedPipeline, DecisionsFile, in_force, load_files,
                         match_recordings, unmatched_lines)
from ..errors import CleanupError, InputError, located
from ..outputs import Output, render_outputs
from ..pipeline import Change, Pipeline
from ..presets import STYLES
from ..privacy import private_steps
from ..redactions import public_explanation, public_transcript
from ..validation import counted
from .options import (add_deid_options, add_layout_option, add_pipeline_options,
                      add_steps_option, config_from_args, layout_rules, one_of,
                      pipeline_from_config, read_config)
from .report import escape_line, print_error


def one_format(value: str) -> str:
    """``--format``: one output format (a list is ``cleanup transcribe``'s)."""
    if "," in value:
        raise argparse.ArgumentTypeError(
            f"{value!r}: fix writes one format per run (cleanup transcribe --formats takes "
            "a list); run fix once per format")
    return one_of("format", formats.FORMATS)(value.strip().lower().lstrip("."))


def add_fix_parser(sub) -> None:
    fix = sub.add_parser("fix", help="clean transcript or caption files (.txt, .srt, .vtt, "
                                     "Whisper .json)")
    fix.add_argument("inputs", nargs="+", metavar="INPUT",
                     help="files to clean; - reads standard input")
    fix.add_argument("-o", "--output", metavar="OUT",
                     help="output file (a directory for several inputs); - or none: "
                          "standard output")
    fix.add_argument("--format", "--formats", dest="format", type=one_format, metavar="FORMAT",
                     help=f"the output format: {', '.join(formats.FORMATS)} (default: from -o's "
                          "extension, else the input's)")
    fix.add_argument("--explain", action="store_true",
                     help="print each change (step, time span, before → after) to standard error")
    fix.add_argument("--decisions", metavar="FILE|DIR", dest="decision_files",
                     action="append", default=[],
                     help="a NAME.decisions.json saved on the review page, or a folder of them "
                          "(repeatable): for the input named NAME, its rejected changes are "
                          "not made and its accepted suggestions are")
    add_pipeline_options(fix)
    add_steps_option(fix)
    add_deid_options(fix)
    add_layout_option(fix, "keep")
    fix.set_defaults(func=cmd_fix)


def cmd_fix(args: argparse.Namespace) -> int:
    cfg = config_from_args(args)
    pipeline = pipeline_from_config(cfg, args)
    decided, errors = _decisions_by_input(args.decision_files, args.inputs)
    for error in errors:  # before anything is cleaned: no input is cleaned without its own
        print_error(str(error))
    if errors:
        return 1
    fixing = _Fix(args, pipeline, layout_rules(cfg, args, default="keep"),
                  many=len(args.inputs) > 1, private=bool(private_steps(pipeline)),
                  decided=decided)
    if fixing.many and args.output and Path(args.output).exists() \
            and not Path(args.output).is_dir():
        raise CleanupError(f"{args.output}: several inputs need -o to be a directory")
    failures = 0
    for src in args.inputs:
        try:
            failures += fixing.file(src)
        except CleanupError as exc:  # a step's failure too: the other files are still cleaned
            print_error(located(exc, "<stdin>" if src == "-" else src))
            failures += 1
    return 1 if failures else 0


@dataclass
class _Fix:
    """One ``cleanup fix`` run: cleans each input and writes its output."""

    args: argparse.Namespace
    pipeline: Pipeline
    rules: Any  # cleanup.layout.Rules
    many: bool
    private: bool = False  # the pipeline replaces PHI: no output shows the originals
    decided: dict[str, DecisionsFile] = field(default_factory=dict)  # input -> its decisions
    claimed: dict[Path, str] = field(default_factory=dict)  # output -> the input it holds
    warned: bool = False  # said once that an untimed input is not laid out

    def file(self, src: str) -> bool:
        """Clean one input; True when some of its decisions matched no change (the output
        is written all the same)."""
        args = self.args
        source = [formats.read(src)]
        whisper = self._originals(src, source[0])
        given = self.decided.get(src)
        decisions = in_force(source[0], given.decisions if given else None,
                             "<stdin>" if src == "-" else src)
        pipeline = DecidedPipeline(self.pipeline, decisions) if decisions else self.pipeline
        fmt = args.format or (formats.format_for(args.output) if args.output and not self.many
                              and not Path(args.output).is_dir() else None) \
            or source[0].meta.get("format", "txt")
        # The pipeline is handed the only reference to the source, so its tokens are
        # freed after the first step rather than held to the end.
        suggested: Sequence[Any] = ()
        blocked: Sequence[Any] = ()
        if args.explain or fmt == "json":
            explanation = pipeline.explain(source.pop())
            if self.private:  # what the outputs may show: no original, unless kept
                explanation = public_explanation(explanation, self.pipeline, whisper=whisper,
                                                 keep_originals=args.keep_originals)
            cleaned, changes = explanation.transcript, explanation.changes
            suggested, blocked = explanation.suggestions, explanation.blocked
            del explanation
        else:
            cleaned, changes = pipeline.transform(source.pop()), ()
            if self.private:
                cleaned = public_transcript(cleaned, keep_originals=args.keep_originals,
                                            whisper=whisper)
        self._warn_untimed(cleaned, "<stdin>" if src == "-" else src)
        target = self._target(src, fmt)
        (output,) = render_outputs(cleaned, changes, [(fmt, str(target or src))], self.rules)
        del cleaned  # laid out as captions, the output holds the only copy it needs
        _write(output, target)
        if args.explain:
            label = "<stdin>" if src == "-" else escape_line(src)
            for change in by_time(changes):
                print(f"{label}: {change.describe()}", file=sys.stderr)
            print(f"{label}: {counted(len(changes), 'change')}", file=sys.stderr)
            _explain_apart(label, "suggested, not made", suggested)
            _explain_apart(label, "blocked: it would have changed what was said", blocked)
        unmatched = getattr(pipeline, "unmatched", ()) if given else ()
        for line in unmatched_lines(str(given.path) if given else "", unmatched):
            print_error(line)
        return bool(unmatched)

    def _originals(self, src: str, source: Any) -> Any:
        """Whisper's raw result of a JSON input, for a private copy (``--keep-originals``);
        a JSON de-identified without it has no originals left to keep."""
        if not (self.private and self.args.keep_originals):
            return None
        if source.meta.get("redacted") and "whisper" not in source.meta:
            raise InputError(src, "de-identified without --keep-originals: its original "
                                  "words are not in it, so none can be kept; run on the "
                                  "recording or captions it came from")
        return source.meta.get("whisper")

    def _warn_untimed(self, cleaned, name: str) -> None:
        from ..layout import has_timings

        if self.rules.relayout and not self.warned and not has_timings(cleaned):
            print_error(f"{name}: no timings, so not laid out as captions "
                        f"(--layout {self.rules.name} applies to SRT, VTT and Whisper JSON)")
            self.warned = True

    def _target(self, src: str, fmt: str) -> Path | None:
        """Where the output goes (``None``: standard output); two inputs never land on one
        output (d1/a.srt, d2/a.srt)."""
        target = _output_path(src, self.args.output, fmt, self.many)
        if target is not None:
            key = target.resolve()
            if key in self.claimed:
                raise InputError(src, f"same output file {target} as {self.claimed[key]}; "
                                      "rename one or clean them into separate folders")
            self.claimed[key] = src
        return target


def _decisions_by_input(paths: Sequence[str], inputs: Sequence[str]
                        ) -> tuple[dict[str, DecisionsFile], list[CleanupError]]:
    """Each input's decisions file (matched by name, as ``cleanup transcribe`` does), and an
    error for each file that is for no input (or several)."""
    if not paths:
        return {}, []
    try:
        files = load_files(paths)
    except CleanupError as exc:
        return {}, [exc]
    matched, errors = match_recordings(files, ["stdin" if i == "-" else i for i in inputs])
    return {("-" if k == "stdin" else k): f for k, f in matched.items()}, list(errors)


def _explain_apart(label: str, heading: str, items: Sequence[Any]) -> None:
    """Suggestions and blocked edits, after the changes, under their own heading."""
    if not items:
        return
    print(f"{label}: {counted(len(items), 'change')} {heading}:", file=sys.stderr)
    for item in by_time(items):
        print(f"{label}:   {item.describe()}", file=sys.stderr)


def by_time(changes: Sequence[Change]) -> list[Change]:
    """Changes in the order they happen in the recording (a stable sort by start time: ties
    keep the pipeline's order); changes without a time come last, in their order."""
    return sorted(changes, key=lambda c: (c.start is None, c.start or 0.0))


def _output_path(src: str, out: str | None, fmt: str, many: bool) -> Path | None:
    if out is None or out == "-":  # "-o -": standard output, as "-" reads standard input
        return None
    target = Path(out)
    if many or target.is_dir() or out.endswith(("/", "\\")):
        stem = "stdin" if src == "-" else Path(src).name.rsplit(".", 1)[0]
        return target / f"{stem}.{fmt}"
    return target


def _write(output: Output, target: Path | None) -> None:
    """Streamed to the file (or standard output): a long transcript is never held as text."""
    try:
        if target is None:
            output.write(sys.stdout)
        else:
            formats.write_atomic(target, output.write)
    except OSError as exc:  # read-only folder, full disk, /proc
        if target is None:
            raise
        raise InputError(target, f"cannot write: {exc.strerror or exc}") from None


def add_check_parser(sub) -> None:
    chk = sub.add_parser("check",
                         help="regression-test the pipeline on NAME.raw/NAME.clean samples")
    chk.add_argument("paths", nargs="+", metavar="PATH",
                     help="sample directories or NAME.raw.EXT files")
    chk.add_argument("--update", action="store_true",
                     help="rewrite the expected files with the current output (review the "
                          "diff first)")
    chk.add_argument("--lint", action="store_true",
                     help="also check the samples' expected SRT/VTT cues against the caption "
                          "rules (--layout, or each sample's [layout] preset; default netflix)")
    add_pipeline_options(chk)
    add_layout_option(chk, "netflix", "the caption rules --lint checks")
    chk.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    cfg = config_from_args(args)
    pipeline = cfg.build(style=args.style)
    paths = [Path(p) for p in args.paths]
    for p in paths:
        if not p.exists():
            raise CleanupError(f"{p}: no such file or directory")
    passed, failed = check(paths, pipeline, update=args.update, config=cfg, err=print_error)
    if passed + failed == 0:
        raise CleanupError(f"{', '.join(args.paths)}: no NAME.raw.EXT samples found")
    if args.lint:
        from ..check import lint_samples

        failed += lint_samples(paths, layout_rules(cfg, args, default="netflix"))
    return 1 if failed else 0


def add_lint_parser(sub) -> None:
    lnt = sub.add_parser("lint", help="check caption cues against a caption style's limits "
                                      "(line length, lines, reading speed, duration, gaps)")
    lnt.add_argument("inputs", nargs="+", metavar="FILE", help="SRT, VTT or Whisper JSON files")
    lnt.add_argument("--json", action="store_true",
                     help="the violations as JSON on standard output")
    lnt.add_argument("--config", metavar="FILE",
                     help="a cleanup.toml or pyproject.toml whose [layout] table sets the limits "
                          "(default: ./cleanup.toml, else ./pyproject.toml); its plugins are "
                          "not imported")
    add_layout_option(lnt, "netflix", "the caption rules to check")
    lnt.set_defaults(func=cmd_lint)


def cmd_lint(args: argparse.Namespace) -> int:
    from ..layout import lint, timed_cues

    rules = layout_rules(read_config(args, for_pipeline=False), args, default="netflix")
    results = []
    failures = total = 0
    for src in args.inputs:
        label = "<stdin>" if src == "-" else src
        try:
            transcript = formats.read(src)
        except CleanupError as exc:
            print_error(str(exc))
            failures += 1
            continue
        n = len(timed_cues(transcript))
        found = lint(transcript, rules)
        total += len(found)
        results.append({"file": label, "cues": n, "violations": [v.as_dict() for v in found]})
        if not args.json:
            _print_lint(label, n, found, rules.name)
    if args.json:
        print(json.dumps({"rules": rules.name, "files": results, "violations": total},
                         indent=2, ensure_ascii=False))
    elif len(results) > 1:
        print(f"{counted(len(results), 'file')}, {counted(total, 'violation')}")
    return 1 if total or failures else 0


def _print_lint(label: str, cues: int, found: list, rules: str) -> None:
    for v in found:
        print(f"{label}: {v.describe()}")
    if not cues:
        print(f"{label}: no timed cues to check")
    else:
        bad = len({v.cue for v in found})
        print(f"{label}: {counted(cues, 'cue')}, {counted(len(found), 'violation')} in "
              f"{counted(bad, 'cue')} ({100 * bad / cues:.1f} per 100 cues; {rules} rules)")


def add_steps_parser(sub) -> None:
    steps = sub.add_parser("steps", help="list the pipeline steps: the styles that use them, "
                                         "or the plugin that adds them")
    steps.add_argument("--config", metavar="FILE",
                       help="a config whose plugins to load (default: ./cleanup.toml, else "
                            "./pyproject.toml)")
    steps.set_defaults(func=cmd_steps)


def cmd_steps(args: argparse.Namespace) -> int:
    """Every step: built-ins with their styles, then plugins and where each came from."""
    read_config(args)  # importing a config's plugins registers their steps
    failures = 0
    for name in registry.names():
        try:  # a built-in's row says what it is; a plugin is loaded to see that it loads
            summary = registry.summary(name)
        except CleanupError as exc:  # a broken plugin: say so, list the others
            print_error(str(exc))
            failures += 1
            continue
        styles = [s for s, steps in STYLES.items() if name in steps]
        where = (", ".join(styles) or "on request") if name in registry.BUILTINS \
            else f"from {registry.origin(name)}"
        print(f"{name:26} {summary}  [{where}]")
    return 1 if failures else 0
