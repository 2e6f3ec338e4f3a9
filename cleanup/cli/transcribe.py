"""``cleanup transcribe``: its options, as the batch engine's :class:`BatchOptions`.

``cleanup transcribe visits -o out --shard 0/4`` becomes ``run_batch(BatchOptions(
inputs=("visits",), output=Path("out"), shard=Shard(0, 4)), pipeline)``; the engine
(:mod:`cleanup.transcribe.batch`) does the rest, and :class:`~cleanup.cli.report.Report`
prints its progress. Exit status: 0 all done, 1 some inputs bad, 2 a usage or tool failure,
143 stopped by SIGTERM (130 by Ctrl-C).
"""
from __future__ import annotations

import argparse
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..config import Config
from ..privacy import private_steps
from ..errors import CleanupError, ConfigError
from ..transcribe.batch import (DEFAULT_FORMATS, EXECUTORS, OUTPUT_FORMATS, BatchError,
                                BatchOptions, Shard, Terminated, run_batch)
from ..transcribe.registry import AUTO, BACKENDS, resolve_backend
from ..validation import WrongValue, parse_text, suggestion
from .options import (add_deid_options, add_layout_option, add_pipeline_options,
                      config_from_args, layout_rules, one_of, pipeline_from_config)
from .report import Report, print_error


#: ``--redact-media``'s modes: cleanup.media.MODES, named here so that the command line
#: starts without importing PyAV.
MEDIA_MODES = ("silence", "tone")


def parse_output_formats(value: str) -> tuple[str, ...]:
    names = [v.strip().lower().lstrip(".") for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in OUTPUT_FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format {unknown[0]!r}{suggestion(unknown[0], OUTPUT_FORMATS)}; "
            f"formats: {', '.join(OUTPUT_FORMATS)}"
            if unknown else "no formats given")
    return tuple(f for f in OUTPUT_FORMATS if f in names)


def positive_int(value: str) -> int:
    try:
        return parse_text(value, int, at_least=1)
    except WrongValue as exc:  # the words a TOML value gets, for the same setting
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_transcribe_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "transcribe", help="transcribe audio/video files or folders with Whisper, then clean",
        description="Transcribe the audio and video files under the inputs with one loaded "
                    "Whisper model, clean each transcript with the pipeline, and write "
                    "OUT_DIR/<same relative path>.txt/.srt/.vtt/.json. Files whose outputs are "
                    "complete are skipped (--force redoes them); other cleaning settings "
                    "(style, config, layout, decisions) clean the stored Whisper result "
                    "again without decoding. An output edited by hand is never replaced "
                    "without --force, which keeps it as NAME.edited-N. A file that fails is "
                    "reported in one line and the batch goes on. Exit status: 0 all done, 1 "
                    "some inputs bad, 2 a usage or tool failure (no model, an output folder "
                    "that cannot be written), 130 Ctrl-C, 143 SIGTERM (the summary is "
                    "written).")
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="media files or folders (walked recursively; non-media files skipped)")
    p.add_argument("-o", "--output", required=True, metavar="OUT_DIR",
                   help="folder for the transcripts; mirrors the input folders' layout")
    _add_model_options(p)
    _add_output_options(p)
    _add_file_list_options(p)
    _add_compute_options(p)
    p.add_argument("--summary-json", metavar="FILE",
                   help="write each file's status (done, skipped, failed), reason, audio "
                        "and wall seconds and outputs, and the totals, to FILE")
    add_pipeline_options(p)
    add_deid_options(p)
    p.add_argument("--redact-media", nargs="?", const="silence", default=None,
                   type=one_of("redact-media mode", MEDIA_MODES), metavar="silence|tone",
                   help="with --deidentify: also write OUT_DIR/NAME.redacted.EXT, the "
                        "recording (same container) with every redacted word silenced "
                        "(default) or covered by a 1 kHz tone; video copied as it is")
    add_layout_option(p, "netflix")
    p.set_defaults(func=cmd_transcribe)
    return p


def _add_model_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--backend", choices=[AUTO, *BACKENDS], default=None,
                   help="auto (default: faster-whisper when it is installed and the model runs "
                        "on a CPU, else openai-whisper), openai-whisper, or faster-whisper "
                        "(pip install 'cleanup-transcripts[fast]')")
    p.add_argument("--model", default=None, metavar="NAME|PATH",
                   help="a Whisper name (tiny.en, base, small.en, ...), bundled:tiny.en, "
                        "a .pt checkpoint or a CTranslate2 folder (default: tiny.en)")
    p.add_argument("--language", default=None,
                   help="spoken language code, or 'auto' to detect (default: en)")
    p.add_argument("--prompt", metavar="TEXT",
                   help="words to expect, e.g. \"Botox, Hashimoto's.\": Whisper's initial prompt, "
                        "which steers its spelling of names and drugs")


def _add_output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--formats", "--format", dest="formats", type=parse_output_formats,
                   default=None, metavar="LIST",
                   help="comma-separated outputs among txt,srt,vtt,json,html (default: "
                        "txt,srt,vtt,json; html is the review page); --format is the same")
    p.add_argument("--decisions", metavar="FILE|DIR", dest="decision_files", action="append",
                   default=[],
                   help="a NAME.decisions.json saved on the review page, or a folder of them "
                        "(repeatable): its rejected changes are not made in the transcript of "
                        "the recording NAME (only that one is cleaned again)")
    p.add_argument("--force", action="store_true",
                   help="redo (and decode again) files whose outputs are already complete, "
                        "replace files in the way that cleanup did not write, and replace "
                        "outputs edited since cleanup wrote them (each kept as NAME.edited-N)")


def _add_file_list_options(p: argparse.ArgumentParser) -> None:
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


def _add_compute_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--device", default=None, metavar="auto|cpu|cuda",
                   help="where the model runs: auto (default: CUDA when present), cpu, cuda or "
                        "cuda:N; precision follows (int8/fp32 on a CPU, float16 on a GPU)")
    p.add_argument("--batch-size", type=positive_int, default=None, metavar="N",
                   help="decode N 30-second windows at once (openai-whisper: windows of "
                        "several files, cut at pauses; faster-whisper: its batched pipeline); "
                        "8-16 keep a GPU busy (default: 1)")
    p.add_argument("--executor", choices=list(EXECUTORS), default="local",
                   help="local (default), or ray: Ray actors with one model each "
                        "(pip install 'cleanup-transcripts[ray]')")
    p.add_argument("--address", metavar="ADDR",
                   help="with --executor ray: the cluster (e.g. ray://head:10001; default: "
                        "RAY_ADDRESS, else a local Ray)")


def transcribe_options(args: argparse.Namespace, rules,
                       cfg: Config | None = None) -> BatchOptions:
    """The options as the batch engine takes them, with the caption layout ``rules``; the
    shard from --shard or a job array. A setting not given on the command line comes from
    the config ``cfg`` (its ``model``, ``prompt``, ...), else the engine's default."""
    if not args.inputs and not args.files_from:
        raise BatchError("no inputs: name files or folders, or give --files-from LIST", 2)
    if args.address and args.executor != "ray":
        raise BatchError("--address is for --executor ray", 2)
    cfg = cfg or Config()
    default = BatchOptions()
    backend = cfg.setting("backend", args.backend, default.backend, choices=(AUTO, *BACKENDS))
    device = cfg.setting("device", args.device, default.device)
    model = cfg.setting("model", args.model, default.model)
    language = cfg.setting("language", args.language, default.language)
    if args.executor == "local":  # a missing GPU stops the run before anything is touched
        from ..transcribe.device import resolve_device

        with _naming_config(cfg, args, "device"):
            resolve_device(device, resolve_backend(backend, device)[0])
    return BatchOptions(
        inputs=tuple(args.inputs), output=Path(args.output), backend=backend,
        model=model, language=language, prompt=cfg.setting("prompt", args.prompt),
        formats=tuple(cfg.setting("formats", args.formats, DEFAULT_FORMATS)),
        force=args.force, files_from=args.files_from,
        root=args.root, shard=_shard(args), summary_json=args.summary_json,
        device=device, batch_size=cfg.setting("batch_size", args.batch_size, default.batch_size),
        executor=args.executor, ray_address=args.address, layout=rules,
        decisions=tuple(args.decision_files), keep_originals=args.keep_originals,
        redact_media=args.redact_media)


@contextmanager
def _naming_config(cfg: Config, args: argparse.Namespace, *keys: str) -> Iterator[None]:
    """A setting's error names the config file when the value came from one."""
    try:
        yield
    except CleanupError as exc:
        where = [cfg.origins[k] for k in keys if getattr(args, k) is None and k in cfg.origins]
        if not where:
            raise
        raise ConfigError(f"{where[0]}: {exc}", where[0]) from None


def _shard(args: argparse.Namespace) -> Shard | None:
    """This worker's share: --shard I/N (or 'all'), else the job array's environment."""
    if args.shard == "all":
        return None
    if args.shard:
        shard = Shard.parse(args.shard)
        if args.shards is not None and args.shards != shard.count:
            raise BatchError(f"--shard {args.shard} and --shards {args.shards} disagree "
                             "on the number of workers", 2)
        return shard
    return Shard.from_env(os.environ, args.shards)


def cmd_transcribe(args: argparse.Namespace) -> int:
    """Exit status 0: all done; 1: some inputs bad; 2: a usage or tool failure; 143:
    stopped by SIGTERM."""
    try:
        cfg = config_from_args(args)
        pipeline = pipeline_from_config(cfg, args)  # a bad config fails before the model loads
        if args.redact_media and not private_steps(pipeline):
            raise BatchError("--redact-media silences what --deidentify redacts: add "
                             "--deidentify", 2)
        options = transcribe_options(args, layout_rules(cfg, args, default="netflix"), cfg)
        return run_batch(options, pipeline, report=Report(options.formats)).exit_status
    except BatchError as exc:
        print_error(str(exc))
        return exc.status
    except CleanupError as exc:
        print_error(str(exc))
        return 2
    except Terminated:
        print_error("terminated")
        return Terminated.status
