"""The ``cleanup transcribe`` and ``cleanup convert-model`` subcommands.

``cleanup transcribe IN/ -o OUT/`` finds the audio and video files under ``IN/`` (other
files are skipped quietly), transcribes each with one loaded model, cleans the transcript
with the pipeline, and writes ``OUT/<same relative path>.txt/.srt/.vtt/.json``.

- Every output is written to a temporary file and renamed, so no half-written file ever
  carries a final name; the json (which holds the raw Whisper result) is renamed last.
- A file whose requested outputs all exist and are newer than it is skipped, unless
  ``--force``; an interrupted run leaves at most some outputs missing, so it is redone.
- A file that fails is reported as one line ``PATH: reason`` and the batch goes on; the
  exit status is 0 only when every file succeeded.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import CleanupError, InputError
from .audio import looks_like_media, media_duration

FORMATS = ("txt", "srt", "vtt", "json")  # json last: it is renamed into place last


@dataclass(frozen=True)
class Job:
    """One media file and where its outputs go (``stem`` + ``.fmt``)."""

    source: Path
    stem: Path

    def outputs(self, formats: tuple[str, ...]) -> list[Path]:
        return [self.stem.with_name(f"{self.stem.name}.{fmt}") for fmt in formats]

    def is_done(self, formats: tuple[str, ...], settings: dict | None = None) -> bool:
        """All outputs exist, none is older than the source, and, when a JSON output is
        among them, it was made with the same settings (backend, model, pipeline...)."""
        try:
            source_mtime = self.source.stat().st_mtime
            if not all(out.stat().st_mtime >= source_mtime for out in self.outputs(formats)):
                return False
            if settings is None or "json" not in formats:
                return True
            made_with = json.loads(self.outputs(("json",))[0].read_text(encoding="utf-8"))
            return isinstance(made_with, dict) and made_with.get("settings") == settings
        except (OSError, ValueError):
            return False


def run_settings(args: argparse.Namespace, pipeline) -> dict:
    """What a transcript depends on besides its source, stored in the JSON output so that a
    re-run with other settings redoes the file instead of skipping it."""
    steps = "\n".join(f"{name}={_describe(step)}" for name, step in pipeline)
    return {"backend": args.backend, "model": args.model, "language": args.language,
            "prompt": args.prompt or "",
            "pipeline": hashlib.sha256(steps.encode("utf-8")).hexdigest()[:16]}


def _describe(step) -> str:
    text = repr(step)  # normalizers are dataclasses: their repr lists their options
    return type(step).__qualname__ if " object at 0x" in text else text


def parse_formats(value: str) -> tuple[str, ...]:
    names = [v.strip().lower().lstrip(".") for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format {unknown[0]!r}; formats: {', '.join(FORMATS)}" if unknown
            else "no formats given")
    return tuple(f for f in FORMATS if f in names)


def find_jobs(inputs: list[str], out_dir: Path) -> tuple[list[Job], list[InputError]]:
    """Media files under the inputs, each mapped to its place under ``out_dir``.

    A folder's files keep their path relative to the folder; a file given by name goes to
    the top of ``out_dir``. Two sources that would share outputs (``visit.mp4`` and
    ``visit.wav``) are an error for the second one.
    """
    jobs: list[Job] = []
    errors: list[InputError] = []
    claimed: dict[Path, Path] = {}
    out_resolved = out_dir.resolve()

    def add(source: Path, rel: Path) -> None:
        stem = out_dir / rel.parent / rel.stem
        key = stem.resolve()
        if key in claimed:
            errors.append(InputError(source, f"same output name as {claimed[key]}; rename one"))
            return
        claimed[key] = source
        jobs.append(Job(source, stem))

    for name in inputs:
        root = Path(name)
        if root.is_dir():
            for path in sorted(_walk(root, out_resolved)):
                if looks_like_media(path):
                    add(path, path.relative_to(root))
        elif root.is_file():
            if looks_like_media(root):
                add(root, Path(root.name))
            else:
                errors.append(InputError(root, "not an audio or video file"))
        else:
            errors.append(InputError(root, "no such file or directory"))
    return jobs, errors


def _walk(root: Path, skip: Path):
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        # Hidden folders hold tool state, and the output folder may sit inside the input.
        dirnames[:] = sorted(d for d in dirnames
                             if not d.startswith(".") and (here / d).resolve() != skip)
        for f in filenames:
            if not f.startswith("."):
                yield here / f


def add_transcribe_parser(subparsers) -> argparse.ArgumentParser:
    from ..cli import add_layout_option, add_pipeline_options
    from .backends import BACKENDS

    p = subparsers.add_parser(
        "transcribe", help="transcribe audio/video files or folders with Whisper, then clean",
        description="Transcribe the audio and video files under the inputs with one loaded "
                    "Whisper model, clean each transcript with the pipeline, and write "
                    "OUT_DIR/<same relative path>.txt/.srt/.vtt/.json. Files whose outputs are "
                    "complete are skipped (--force redoes them); a file that fails is reported "
                    "in one line and the batch goes on; the exit status is 1 if any failed.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="media files or folders (walked recursively; non-media files skipped)")
    p.add_argument("-o", "--output", required=True, metavar="OUT_DIR",
                   help="folder for the transcripts; mirrors the input folders' layout")
    p.add_argument("--backend", choices=BACKENDS, default="openai-whisper",
                   help="openai-whisper (default) or faster-whisper (pip install 'cleanup[fast]')")
    p.add_argument("--model", default="tiny.en", metavar="NAME|PATH",
                   help="a Whisper name (tiny.en, base, small.en, ...), bundled:tiny.en, "
                        "a .pt checkpoint or a CTranslate2 folder (default: tiny.en)")
    p.add_argument("--language", default="en",
                   help="spoken language code, or 'auto' to detect (default: en)")
    p.add_argument("--prompt", metavar="TEXT",
                   help="words to expect, e.g. \"Botox, Hashimoto's.\": Whisper's initial prompt, "
                        "which steers its spelling of names and drugs")
    p.add_argument("--formats", type=parse_formats, default=FORMATS, metavar="LIST",
                   help="comma-separated outputs among txt,srt,vtt,json (default: all)")
    p.add_argument("--force", action="store_true",
                   help="redo files whose outputs are already complete")
    add_pipeline_options(p)
    add_layout_option(p, "netflix")
    p.set_defaults(func=run_transcribe)
    return p


def run_transcribe(args: argparse.Namespace) -> int:
    from ..cli import LayoutStep, layout_rules_from_args, pipeline_from_args

    pipeline = pipeline_from_args(args)  # a bad config fails before the model loads
    lay_out = LayoutStep(layout_rules_from_args(args, default="netflix"))
    formats_ = tuple(args.formats)
    out_dir = Path(args.output)
    if out_dir.exists() and not out_dir.is_dir():
        raise CleanupError(f"{out_dir}: not a directory")
    jobs, errors = find_jobs(args.inputs, out_dir)
    if not jobs and not errors:
        raise CleanupError(f"no audio or video files in {', '.join(args.inputs)}")
    settings = run_settings(args, pipeline)
    settings["layout"] = dataclasses.asdict(lay_out.rules)  # another layout redoes the file
    todo = [j for j in jobs if args.force or not j.is_done(formats_, settings)]
    skipped = len(jobs) - len(todo)

    report = Report(len(todo))
    for err in errors:
        report.fail(err, in_run=False)
    if todo:
        from . import load_backend
        from .backends import DecodeOptions

        # The pipeline's word tables load while the model does, not during the first file.
        preparing = threading.Thread(target=pipeline.prepare, daemon=True)
        preparing.start()
        backend = load_backend(args.backend, args.model)
        preparing.join()
        options = DecodeOptions(language=None if args.language == "auto" else args.language,
                                initial_prompt=args.prompt or None)
        report.start([media_duration(j.source) for j in todo])
        for job in todo:
            report.begin(job.source)
            try:
                seconds = _transcribe_one(job, backend, options, pipeline, formats_, settings,
                                          lay_out)
            except CleanupError as exc:
                report.fail(exc)
            except Exception as exc:  # never a traceback for one bad file
                report.fail(InputError(job.source, f"{type(exc).__name__}: {exc}"))
            else:
                report.done(job, seconds, formats_)
        report.close()
    report.summary(skipped)
    return 1 if report.failed else 0


def _transcribe_one(job: Job, backend, options, pipeline, formats_: tuple[str, ...],
                    settings: dict | None = None, lay_out=None) -> float:
    """Transcribe, clean and write one file; returns the audio length in seconds."""
    from .. import formats
    from ..transcript import Transcript
    from .audio import SAMPLE_RATE, load_audio

    audio = load_audio(job.source)
    raw = backend.transcribe(audio, options)
    raw = Transcript(raw.tokens, raw.segments,
                     {**raw.meta, "source": str(job.source), "settings": settings or {}})
    explanation = pipeline.explain(raw)
    cleaned = explanation.transcript if lay_out is None \
        else lay_out(explanation.transcript, str(job.source))
    rendered = [(out, formats.render(cleaned, fmt, explanation.changes,
                                     name=str(out)))
                for fmt, out in zip(formats_, job.outputs(formats_))]
    for out, text in rendered:  # all rendered first: a rendering error writes nothing
        formats.write_atomic(out, text)
    return len(audio) / SAMPLE_RATE


class Report:
    """Progress and results: a tqdm bar on a terminal (files done, audio minutes, ETA),
    one plain line per file otherwise; failures are one ``cleanup: PATH: reason`` line."""

    def __init__(self, total: int):
        self.total = total  # files to transcribe in this run
        self.finished = 0
        self.succeeded = 0
        self.failed = 0
        self.audio_seconds = 0.0
        self.started = self.file_started = time.monotonic()
        self.durations: list[float | None] = []
        self.bar = None

    def start(self, durations: list[float | None]) -> None:
        self.durations = durations
        if sys.stderr.isatty():
            from tqdm import tqdm

            known = sum(d for d in durations if d)
            self.bar = tqdm(total=round(known / 60, 2), file=sys.stderr, dynamic_ncols=True,
                            bar_format="{desc} {percentage:3.0f}%|{bar}| {n:.1f}/{total:.1f} "
                                       "audio min [{elapsed}<{remaining}]")
            self.bar.set_description_str(f"files 0/{self.total}")

    def begin(self, source: Path) -> None:
        self.file_started = time.monotonic()

    def fail(self, exc: CleanupError, *, in_run: bool = True) -> None:
        """A file failed; ``in_run=False`` for inputs rejected before transcription."""
        self.failed += 1
        if in_run:
            self._advance()
        self._line(f"cleanup: {exc}")

    def done(self, job: Job, seconds: float, formats_: tuple[str, ...]) -> None:
        self.succeeded += 1
        self.audio_seconds += seconds
        self._advance()
        if self.bar is None:
            took = time.monotonic() - self.file_started
            outs = f"{job.stem}.{{{','.join(formats_)}}}" if len(formats_) > 1 \
                else f"{job.stem}.{formats_[0]}"
            self._line(f"[{self.finished}/{self.total}] {job.source}: {seconds / 60:.1f} min "
                       f"of audio in {took:.1f} s -> {outs}")

    def _advance(self) -> None:
        self.finished += 1
        if self.bar is not None:
            duration = self.durations[self.finished - 1] if self.finished <= len(self.durations) else None
            if duration:
                self.bar.update(round(duration / 60, 2))
            self.bar.set_description_str(f"files {self.finished}/{self.total}")

    def _line(self, text: str) -> None:
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def summary(self, skipped: int) -> None:
        took = time.monotonic() - self.started
        parts = [f"{self.succeeded} transcribed ({self.audio_seconds / 60:.1f} min of audio "
                 f"in {took:.0f} s)"]
        if skipped:
            parts.append(f"{skipped} skipped as up to date (--force redoes them)")
        parts.append(f"{self.failed} failed")
        print("cleanup: " + ", ".join(parts), file=sys.stderr)


def add_convert_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "convert-model", help="convert a CTranslate2 Whisper model to an openai-whisper .pt",
        description="Convert a CTranslate2 Whisper folder (model.bin, config.json), as "
                    "faster-whisper uses, into a checkpoint whisper.load_model() reads.")
    p.add_argument("model_dir", metavar="CT2_DIR", help="the CTranslate2 folder, or bundled:tiny.en")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pt", help="checkpoint to write")
    p.set_defaults(func=run_convert)
    return p


def run_convert(args: argparse.Namespace) -> int:
    from .convert import convert_ct2_to_whisper
    from .models import BUNDLED_PREFIX, bundled_model_dir

    source = bundled_model_dir() if args.model_dir.startswith(BUNDLED_PREFIX) else Path(args.model_dir)
    started = time.monotonic()
    out = convert_ct2_to_whisper(source, args.output)
    print(f"cleanup: wrote {out} ({out.stat().st_size / 1e6:.0f} MB) in "
          f"{time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0
