"""The ``cleanup`` command: argument parsing only; it builds the same objects as the API."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__, formats, registry
from .check import check
from .config import Config, find_pyproject_config, load_config, read_terms
from .decisions import with_decisions
from .errors import CleanupError, InputError
from .pipeline import Pipeline
from .presets import STYLES
from .transcribe import batch
from .transcribe.registry import BACKENDS


def _error(message: str) -> None:
    print(batch.escape_line(f"cleanup: {message}"), file=sys.stderr)


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


def config_from_args(args: argparse.Namespace) -> Config:
    """The config the options describe: config file (its plugins imported), then
    glossary/disable on top."""
    cfg = load_config(args.config) if args.config else (find_pyproject_config() or Config())
    for path in args.glossary:
        cfg.glossary += read_terms(path)
    if args.no_builtin_glossary:
        cfg.builtin_glossary = False
    cfg.disable = list(dict.fromkeys(cfg.disable + args.disable))
    return cfg


def pipeline_from_args(args: argparse.Namespace) -> Pipeline:
    """The pipeline the options describe: config file, then style/glossary/disable on top;
    with ``--decisions``, one that does not make the rejected changes."""
    pipeline = config_from_args(args).build(style=args.style)
    return with_decisions(pipeline, getattr(args, "decisions", None))


def add_layout_option(p: argparse.ArgumentParser, default: str,
                      what: str = "caption layout") -> None:
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

    def __call__(self, transcript, name: str, fmt: str):
        """The transcript as cues for output format ``fmt`` (text output stays running text)."""
        from .layout import has_timings, layout

        if not self.rules.relayout:
            return transcript
        if not has_timings(transcript):
            if not self.warned:
                _error(f"{name}: no timings, so not laid out as captions "
                       f"(--layout {self.rules.name} applies to SRT, VTT and Whisper JSON)")
                self.warned = True
            return transcript
        return transcript if fmt == "txt" else layout(transcript, self.rules)


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
    claimed: dict[Path, str] = {}
    for src in args.inputs:
        try:
            source = [formats.read(src)]
            fmt = args.format or (formats.format_for(args.output) if args.output and not many
                                  and not Path(args.output).is_dir() else None) \
                or source[0].meta.get("format", "txt")
            # The pipeline is handed the only reference to the source, so its tokens are
            # freed after the first step rather than held to the end.
            if args.explain or fmt == "json":
                explanation = pipeline.explain(source.pop())
                cleaned, changes = explanation.transcript, explanation.changes
                del explanation
            else:
                cleaned, changes = pipeline.transform(source.pop()), ()
            cleaned = lay_out(cleaned, "<stdin>" if src == "-" else src, fmt)
            target = _output_path(src, args.output, fmt, many)
            if target is not None:  # two inputs never land on one output (d1/a.srt, d2/a.srt)
                key = target.resolve()
                if key in claimed:
                    raise InputError(src, f"same output file {target} as {claimed[key]}; "
                                          "rename one or clean them into separate folders")
                claimed[key] = src
            # Streamed to the file (or standard output): a long transcript is never held as text.
            try:
                formats.write(cleaned, sys.stdout if target is None else target, fmt, changes,
                              name=str(target or src))
            except OSError as exc:  # read-only folder, full disk, /proc
                if target is None:
                    raise
                raise InputError(target, f"cannot write: {exc.strerror or exc}") from None
            if args.explain:
                label = "<stdin>" if src == "-" else batch.escape_line(src)
                for change in changes:
                    print(f"{label}: {change.describe()}", file=sys.stderr)
                print(f"{label}: {len(changes)} changes", file=sys.stderr)
        except CleanupError as exc:
            _error(str(exc))
            failures += 1
    return 1 if failures else 0


def cmd_check(args: argparse.Namespace) -> int:
    cfg = config_from_args(args)
    pipeline = cfg.build(style=args.style)
    paths = [Path(p) for p in args.paths]
    for p in paths:
        if not p.exists():
            raise CleanupError(f"{p}: no such file or directory")
    passed, failed = check(paths, pipeline, update=args.update, config=cfg)
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
            plural = "s" * (len(found) != 1)
            print(f"{label}: {n} cues, {len(found)} violation{plural} in {bad} cues "
                  f"({100 * bad / n:.1f} per 100 cues; {rules.name} rules)")
    if args.json:
        print(json.dumps({"rules": rules.name, "files": results, "violations": total},
                         indent=2, ensure_ascii=False))
    elif len(results) > 1:
        print(f"{len(results)} files, {total} violations")
    return 1 if total or failures else 0


def cmd_steps(args: argparse.Namespace) -> int:
    """Every step: built-ins with their styles, then plugins and where each came from."""
    if args.config:  # importing a config's plugins registers their steps
        load_config(args.config)
    else:
        find_pyproject_config()
    failures = 0
    for name in registry.names():
        try:
            factory = registry.factory(name)
        except CleanupError as exc:  # a broken plugin: say so, list the others
            _error(str(exc))
            failures += 1
            continue
        doc = (factory.__doc__ or "").strip().splitlines()
        styles = [s for s, steps in STYLES.items() if name in steps]
        summary = doc[0].replace("``", "") if doc else ""
        where = ", ".join(styles) if name in registry.BUILTINS else f"from {registry.origin(name)}"
        print(f"{name:26} {summary}  [{where}]")
    return 1 if failures else 0


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
                     help="decisions saved earlier: their changes show as rejected")
    add_pipeline_options(rev)
    rev.set_defaults(func=cmd_review)


def cmd_review(args: argparse.Namespace) -> int:
    from . import review

    if args.output is None and args.transcript == "-":
        raise CleanupError("reading standard input: give the page's name with -o PAGE.html")
    if args.media and not Path(args.media).is_file():
        raise CleanupError(f"{args.media}: no such media file")
    if Path(args.transcript).suffix.lower() in (".html", ".htm"):
        raise CleanupError(f"{args.transcript}: a web page, not a transcript; review the "
                           "JSON that cleanup transcribe wrote")
    pipeline = pipeline_from_args(args)
    transcript = formats.read(args.transcript)
    source = Path(args.transcript)
    name = source.stem if args.transcript != "-" else "stdin"  # visit.json: "visit"
    out = Path(args.output) if args.output else source.with_name(f"{name}.html")
    if out.is_dir():
        out = out / f"{name}.html"
    media = Path(args.media) if args.media else review.guess_media(source)
    page, reproduced = review.review_file(transcript, pipeline, name=name, path=source,
                                          media=review.media_link(media, out) if media else None)
    if not reproduced:
        _error(f"{source}: warning: the page shows this pipeline's run on the raw "
               "transcript, which differs from the file's cleaned text (other --style, "
               "--config or --glossary?)")
    review.write_page(out, page)
    print(f"cleanup: wrote {out}", file=sys.stderr)
    return 0


# ---- cleanup transcribe ----------------------------------------------------------------------
def parse_output_formats(value: str) -> tuple[str, ...]:
    names = [v.strip().lower().lstrip(".") for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in batch.OUTPUT_FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format {unknown[0]!r}; formats: {', '.join(batch.OUTPUT_FORMATS)}"
            if unknown else "no formats given")
    return tuple(f for f in batch.OUTPUT_FORMATS if f in names)


def positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: give a whole number of 1 or more")
    return int(value)


def add_transcribe_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "transcribe", help="transcribe audio/video files or folders with Whisper, then clean",
        description="Transcribe the audio and video files under the inputs with one loaded "
                    "Whisper model, clean each transcript with the pipeline, and write "
                    "OUT_DIR/<same relative path>.txt/.srt/.vtt/.json. Files whose outputs are "
                    "complete are skipped (--force redoes them); a file that fails is reported "
                    "in one line and the batch goes on. Exit status: 0 all done, 1 some "
                    "inputs bad, 2 a usage or tool failure (no model, an output folder that "
                    "cannot be written).")
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="media files or folders (walked recursively; non-media files skipped)")
    p.add_argument("-o", "--output", required=True, metavar="OUT_DIR",
                   help="folder for the transcripts; mirrors the input folders' layout")
    p.add_argument("--backend", choices=list(BACKENDS), default="openai-whisper",
                   help="openai-whisper (default) or faster-whisper (pip install 'cleanup[fast]')")
    p.add_argument("--model", default="tiny.en", metavar="NAME|PATH",
                   help="a Whisper name (tiny.en, base, small.en, ...), bundled:tiny.en, "
                        "a .pt checkpoint or a CTranslate2 folder (default: tiny.en)")
    p.add_argument("--language", default="en",
                   help="spoken language code, or 'auto' to detect (default: en)")
    p.add_argument("--prompt", metavar="TEXT",
                   help="words to expect, e.g. \"Botox, Hashimoto's.\": Whisper's initial prompt, "
                        "which steers its spelling of names and drugs")
    p.add_argument("--formats", type=parse_output_formats, default=batch.DEFAULT_FORMATS,
                   metavar="LIST", help="comma-separated outputs among txt,srt,vtt,json,html "
                                        "(default: txt,srt,vtt,json; html is the review page)")
    p.add_argument("--decisions", metavar="FILE",
                   help="a NAME.decisions.json saved on the review page: its rejected "
                        "changes are not made in NAME's transcript")
    p.add_argument("--force", action="store_true",
                   help="redo files whose outputs are already complete, and replace files "
                        "in the way that cleanup did not write")
    p.add_argument("--files-from", metavar="LIST",
                   help="also transcribe the files named in LIST, one a line (- reads "
                        "standard input); relative names are under --root")
    p.add_argument("--root", metavar="DIR",
                   help="every file keeps its path relative to DIR under OUT_DIR "
                        "(default with --files-from: the current folder)")
    p.add_argument("--shard", metavar="I/N",
                   help="transcribe only worker I's share (0 to N-1) of N: a stable split by "
                        "relative path, so N workers cover every file once. Default: from "
                        "SLURM_ARRAY_TASK_ID/_COUNT, AWS_BATCH_JOB_ARRAY_INDEX/_SIZE or "
                        "JOB_COMPLETION_INDEX when set; 'all' ignores them")
    p.add_argument("--shards", type=int, metavar="N",
                   help="the number of workers, where the environment gives only the index "
                        "(JOB_COMPLETION_INDEX of a Kubernetes Indexed Job)")
    p.add_argument("--device", default="auto", metavar="auto|cpu|cuda",
                   help="where the model runs: auto (default: CUDA when present), cpu, cuda or "
                        "cuda:N; precision follows (int8/fp32 on a CPU, float16 on a GPU)")
    p.add_argument("--batch-size", type=positive_int, default=1, metavar="N",
                   help="decode N 30-second windows at once (openai-whisper: windows of "
                        "several files, cut at pauses; faster-whisper: its batched pipeline); "
                        "8-16 keep a GPU busy (default: 1)")
    p.add_argument("--executor", choices=list(batch.EXECUTORS), default="local",
                   help="local (default), or ray: Ray actors with one model each "
                        "(pip install 'cleanup[ray]')")
    p.add_argument("--address", metavar="ADDR",
                   help="with --executor ray: the cluster (e.g. ray://head:10001; default: "
                        "RAY_ADDRESS, else a local Ray)")
    p.add_argument("--summary-json", metavar="FILE",
                   help="write each file's status (done, skipped, failed), reason, audio "
                        "and wall seconds and outputs, and the totals, to FILE")
    add_pipeline_options(p)
    add_layout_option(p, "netflix")
    p.set_defaults(func=cmd_transcribe)
    return p


def transcribe_options(args: argparse.Namespace) -> batch.BatchOptions:
    """The options as the batch engine takes them; the shard from --shard or a job array."""
    import os

    if not args.inputs and not args.files_from:
        raise batch.BatchError("no inputs: name files or folders, or give --files-from LIST", 2)
    if args.address and args.executor != "ray":
        raise batch.BatchError("--address is for --executor ray", 2)
    if args.executor == "local":  # a missing GPU stops the run before anything is touched
        from .transcribe.device import resolve_device

        resolve_device(args.device, args.backend)
    if args.shard == "all":
        shard = None
    elif args.shard:
        shard = batch.Shard.parse(args.shard)
        if args.shards is not None and args.shards != shard.count:
            raise batch.BatchError(f"--shard {args.shard} and --shards {args.shards} disagree "
                                   "on the number of workers", 2)
    else:
        shard = batch.Shard.from_env(os.environ, args.shards)
    return batch.BatchOptions(
        inputs=tuple(args.inputs), output=Path(args.output), backend=args.backend,
        model=args.model, language=args.language, prompt=args.prompt,
        formats=tuple(args.formats), force=args.force, files_from=args.files_from,
        root=args.root, shard=shard, summary_json=args.summary_json, device=args.device,
        batch_size=args.batch_size, executor=args.executor, ray_address=args.address,
        layout=layout_rules_from_args(args, default="netflix"))


def cmd_transcribe(args: argparse.Namespace) -> int:
    """Exit status 0: all done; 1: some inputs bad; 2: a usage or tool failure."""
    try:
        pipeline = pipeline_from_args(args)  # a bad config fails before the model loads
        return batch.run_batch(transcribe_options(args), pipeline).exit_status
    except batch.BatchError as exc:
        _error(str(exc))
        return exc.status
    except CleanupError as exc:
        _error(str(exc))
        return 2


# ---- cleanup convert-model -------------------------------------------------------------------
def add_convert_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "convert-model", help="convert a CTranslate2 Whisper model to an openai-whisper .pt",
        description="Convert a CTranslate2 Whisper folder (model.bin, config.json), as "
                    "faster-whisper uses, into a checkpoint whisper.load_model() reads.")
    p.add_argument("model_dir", metavar="CT2_DIR", help="the CTranslate2 folder, or bundled:tiny.en")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pt", help="checkpoint to write")
    p.set_defaults(func=cmd_convert_model)
    return p


def cmd_convert_model(args: argparse.Namespace) -> int:
    import time

    from .transcribe.convert import convert_ct2_to_whisper
    from .transcribe.models import BUNDLED_PREFIX, bundled_model_dir

    source = bundled_model_dir() if args.model_dir.startswith(BUNDLED_PREFIX) else Path(args.model_dir)
    started = time.monotonic()
    out = convert_ct2_to_whisper(source, args.output)
    print(f"cleanup: wrote {out} ({out.stat().st_size / 1e6:.0f} MB) in "
          f"{time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


# ---- cleanup score: measure the pipeline against human-edited references ----------------
def cmd_score(args: argparse.Namespace) -> int:
    import json

    from . import score as scoring

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
            _error(s.error)
    return 1 if any(s.error for s in scores) else 0


def add_score_parser(sub) -> None:
    sc = sub.add_parser("score", help="measure the pipeline against gold references "
                                      "(NAME.raw.EXT + NAME.gold.txt pairs)")
    sc.add_argument("paths", nargs="+", metavar="PATH",
                    help="NAME.raw.EXT files or directories holding them")
    sc.add_argument("--verbose", action="store_true", help="also list every difference left")
    sc.add_argument("--json", action="store_true", help="print the figures as JSON")
    add_pipeline_options(sc)
    sc.set_defaults(func=cmd_score)


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
    fix.add_argument("--decisions", metavar="FILE",
                     help="a NAME.decisions.json saved on the review page: its rejected "
                          "changes are not made")
    add_pipeline_options(fix)
    add_layout_option(fix, "keep")
    fix.set_defaults(func=cmd_fix)

    add_review_parser(sub)

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

    add_score_parser(sub)

    steps = sub.add_parser("steps", help="list the pipeline steps: the styles that use them, "
                                         "or the plugin that adds them")
    steps.add_argument("--config", metavar="FILE",
                       help="a config whose plugins to load (default: ./pyproject.toml)")
    steps.set_defaults(func=cmd_steps)

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
