"""The batch engine behind ``cleanup transcribe``: folders of recordings to output sets.

``run_batch(BatchOptions(inputs=("visits",), output=Path("out")), pipeline)`` finds the
audio and video files under the inputs, decodes each with one loaded model, cleans the
transcript with the pipeline, and writes ``out/<same relative path>.txt/.srt/.vtt/.json``.
No argparse here: the CLI (:mod:`cleanup.cli`) builds a :class:`BatchOptions`.

Three parts, each usable alone (an executor that runs files elsewhere reuses them):

- **the file list** (:func:`find_jobs`, :func:`read_file_list`, :class:`Shard`, :func:`plan`):
  which files, where their outputs go, which are done, which must not be touched;
- **the per-file unit** (:class:`FileWorker`): decode → clean → write one output set; a
  worker loads its model once and is called once per :class:`Job`, returning a picklable
  :class:`FileResult`;
- **the run** (:func:`run_batch`): checks that fail fast (output folder, language, model),
  an executor from :data:`EXECUTORS` maps the worker over the jobs, a :class:`Report`
  prints progress and the summary.

Rules kept by every executor:

- A file's outputs form a set, written to temporary names and renamed together, its record
  (the JSON output, or a hidden ``.NAME.cleanup.json`` without one) last; a pending marker
  beside them during the renames means "unfinished", so an interrupted set is redone.
- "Done" means the record exists and matches the source (size, modification time, SHA-256)
  and the settings (backend, model, language, prompt, pipeline), and every requested
  output it lists exists; ``force`` redoes it anyway.
- An existing file that no record of cleanup's lists is never overwritten (an error for
  that source, unless ``force``).
- A file that fails is one :class:`FileResult` with a one-line reason; the batch goes on.
"""
from __future__ import annotations

import hashlib
import importlib
import json
import os
import secrets
import stat
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..errors import CleanupError, InputError
from .audio import looks_like_media, media_duration

OUTPUT_FORMATS = ("txt", "srt", "vtt", "json")  # json last: the record is renamed last
RECORD_SUFFIX = ".cleanup.json"  # hidden record beside outputs when json is not among them
PENDING_SUFFIX = ".cleanup-pending"  # present only while a set is being renamed into place


# ---- options and results -------------------------------------------------------------------
@dataclass(frozen=True)
class BatchOptions:
    """Everything a batch run needs besides the pipeline (the CLI's options, as values)."""

    inputs: tuple[str, ...] = ()
    output: Path = Path(".")
    backend: str = "openai-whisper"
    model: str = "tiny.en"
    language: str = "en"
    prompt: str | None = None
    formats: tuple[str, ...] = OUTPUT_FORMATS
    force: bool = False
    device: str = "cpu"
    files_from: str | None = None  # a list of files, one a line ("-": standard input)
    root: str | None = None  # files given by name keep their path relative to this folder
    shard: "Shard | None" = None
    summary_json: str | None = None
    executor: str = "local"


@dataclass(frozen=True)
class FileResult:
    """What became of one source: ``done``, ``skipped`` or ``failed`` (with the reason)."""

    source: str
    status: str
    reason: str = ""
    audio_seconds: float | None = None
    wall_seconds: float = 0.0
    outputs: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "status": self.status, "reason": self.reason,
                "audio_seconds": self.audio_seconds, "wall_seconds": round(self.wall_seconds, 3),
                "outputs": list(self.outputs)}


# ---- the file list -------------------------------------------------------------------------
@dataclass(frozen=True)
class Job:
    """One media file, its path relative to its input (``rel``), and where its outputs go
    (``stem`` + ``.fmt``)."""

    source: Path
    stem: Path
    rel: str = ""

    def outputs(self, formats: Iterable[str]) -> list[Path]:
        return [self.stem.with_name(f"{self.stem.name}.{fmt}") for fmt in formats]

    def record_path(self, formats: Iterable[str]) -> Path:
        """Where this run's record goes: the JSON output, else a hidden sidecar."""
        if "json" in formats:
            return self.stem.with_name(f"{self.stem.name}.json")
        return self.stem.with_name(f".{self.stem.name}{RECORD_SUFFIX}")

    @property
    def pending_path(self) -> Path:
        return self.stem.with_name(f".{self.stem.name}{PENDING_SUFFIX}")

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


def find_jobs(inputs: Iterable[str], out_dir: Path) -> tuple[list[Job], list[InputError]]:
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
        jobs.append(Job(source, stem, rel.as_posix()))

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


def run_settings(options: BatchOptions, pipeline) -> dict:
    """What a transcript depends on besides its source, stored in the record so that a
    re-run with other settings redoes the file instead of skipping it."""
    steps = "\n".join(f"{name}={_describe(step)}" for name, step in pipeline)
    return {"backend": options.backend, "model": options.model, "language": options.language,
            "prompt": options.prompt or "",
            "pipeline": hashlib.sha256(steps.encode("utf-8")).hexdigest()[:16]}


def _describe(step) -> str:
    text = repr(step)  # normalizers are dataclasses: their repr lists their options
    return type(step).__qualname__ if " object at 0x" in text else text


# ---- the per-file unit ---------------------------------------------------------------------
@dataclass
class FileWorker:
    """Decode → clean → write one output set per call. Holds the model (loaded once, on
    :meth:`load` or the first call) and the pipeline; an executor may build one per
    process and call it on many jobs. Batched decoding replaces :meth:`decode` and keeps
    :meth:`finish`."""

    options: BatchOptions
    pipeline: Any
    settings: dict = field(default_factory=dict)
    backend: Any = None

    def load(self) -> None:
        """Load the model (a :class:`CleanupError` when it cannot be) and warm the pipeline."""
        if self.backend is None:
            from . import load_backend

            # The pipeline's word tables load while the model does, not during the first file.
            preparing = threading.Thread(target=self.pipeline.prepare, daemon=True)
            preparing.start()
            self.backend = load_backend(self.options.backend, self.options.model,
                                        self.options.device)
            preparing.join()

    def decode_options(self):
        from .base import DecodeOptions

        language = self.options.language
        return DecodeOptions(language=None if language == "auto" else language,
                             initial_prompt=self.options.prompt or None)

    def __call__(self, job: Job) -> FileResult:
        started = time.monotonic()
        try:
            self.load()
            raw, seconds = self.decode(job)
            outputs = self.finish(job, raw)
        except CleanupError as exc:
            return FileResult(str(job.source), "failed", str(exc),
                              wall_seconds=time.monotonic() - started)
        except Exception as exc:  # never a traceback for one bad file
            reason = str(InputError(job.source, f"{type(exc).__name__}: {exc}"))
            return FileResult(str(job.source), "failed", reason,
                              wall_seconds=time.monotonic() - started)
        return FileResult(str(job.source), "done", "", round(seconds, 3),
                          time.monotonic() - started, tuple(str(p) for p in outputs))

    def decode(self, job: Job):
        """The raw transcript of one file and its audio length in seconds."""
        from ..transcript import Transcript
        from .audio import SAMPLE_RATE, load_audio

        audio = load_audio(job.source)
        raw = self.backend.transcribe(audio, self.decode_options())
        raw = Transcript(raw.tokens, raw.segments,
                         {**raw.meta, "source": str(job.source), "settings": self.settings})
        return raw, len(audio) / SAMPLE_RATE

    def finish(self, job: Job, raw) -> list[Path]:
        """Clean ``raw`` and write the output set; returns the paths written."""
        from .. import formats

        formats_ = self.options.formats
        explanation = self.pipeline.explain(raw)
        outputs = job.outputs(formats_)
        rendered = [(out, formats.render(explanation.transcript, fmt, explanation.changes,
                                         name=str(out)))
                    for fmt, out in zip(formats_, outputs)]
        for out, text in rendered:  # all rendered first: a rendering error writes nothing
            formats.write_atomic(out, text)
        return outputs


# ---- executors -----------------------------------------------------------------------------
def run_local(worker: FileWorker, jobs: list[Job]) -> Iterator[FileResult]:
    """One file after another in this process."""
    for job in jobs:
        yield worker(job)


# name -> "module:function" (relative to this package); a function takes the worker and the
# jobs and yields one FileResult per job, in any order.
EXECUTORS: dict[str, str] = {"local": "batch:run_local"}


def executor(name: str) -> Callable[[FileWorker, list[Job]], Iterable[FileResult]]:
    if name not in EXECUTORS:
        raise CleanupError(f"unknown executor {name!r}; executors: {', '.join(EXECUTORS)}")
    module, attr = EXECUTORS[name].split(":")
    return getattr(importlib.import_module(f"{__package__}.{module}"), attr)


# ---- the run -------------------------------------------------------------------------------
@dataclass
class BatchResult:
    results: list[FileResult]

    @property
    def exit_status(self) -> int:
        """0 when no file failed, 1 otherwise (whole-run failures raise instead)."""
        return 1 if any(r.status == "failed" for r in self.results) else 0


def run_batch(options: BatchOptions, pipeline, *, report: "Report | None" = None) -> BatchResult:
    """Transcribe, clean and write every file the options name.

    Raises :class:`CleanupError` for a failure of the whole run (no files at all, an output
    path that is not a folder, a model that does not load) before any file is decoded.
    """
    out_dir = Path(options.output)
    if out_dir.exists() and not out_dir.is_dir():
        raise CleanupError(f"{out_dir}: not a directory")
    jobs, errors = find_jobs(options.inputs, out_dir)
    if not jobs and not errors:
        raise CleanupError(f"no audio or video files in {', '.join(options.inputs)}")
    settings = run_settings(options, pipeline)
    todo = [j for j in jobs if options.force or not j.is_done(options.formats, settings)]
    results = [FileResult(str(j.source), "skipped", "up to date") for j in jobs if j not in todo]

    report = report or Report()
    report.total = len(todo)
    for err in errors:
        results.append(FileResult(err.path, "failed", str(err)))
        report.fail(results[-1], in_run=False)
    if todo:
        worker = FileWorker(options, pipeline, settings)
        run = executor(options.executor)
        if options.executor == "local":
            worker.load()  # a model that does not load fails the run before any decoding
        report.start([media_duration(j.source) for j in todo])
        for result in run(worker, todo):
            results.append(result)
            report.result(result, options.formats)
        report.close()
    report.summary(results)
    return BatchResult(results)


def escape_line(text: str) -> str:
    """Control characters (a newline in a file name) escaped, so a report stays one line."""
    return "".join(ch if ch.isprintable() or ch == " " else
                   ch.encode("unicode_escape").decode("ascii") for ch in text)


class Report:
    """Progress and results: a tqdm bar on a terminal (files done, audio minutes, ETA),
    one plain line per file otherwise; failures are one ``cleanup: PATH: reason`` line."""

    def __init__(self, total: int = 0):
        self.total = total  # files to transcribe in this run
        self.finished = 0
        self.started = time.monotonic()
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

    def fail(self, result: FileResult, *, in_run: bool = True) -> None:
        """A file failed; ``in_run=False`` for inputs rejected before transcription."""
        if in_run:
            self._advance()
        self._line(f"cleanup: {result.reason}")

    def result(self, result: FileResult, formats_: tuple[str, ...]) -> None:
        if result.status == "failed":
            self.fail(result)
            return
        self._advance()
        if self.bar is None:
            stem = result.outputs[0].rsplit(".", 1)[0] if result.outputs else "?"
            outs = f"{stem}.{{{','.join(formats_)}}}" if len(formats_) > 1 \
                else f"{stem}.{formats_[0]}"
            seconds = result.audio_seconds or 0.0
            self._line(f"[{self.finished}/{self.total}] {result.source}: {seconds / 60:.1f} min "
                       f"of audio in {result.wall_seconds:.1f} s -> {outs}")

    def _advance(self) -> None:
        self.finished += 1
        if self.bar is not None:
            duration = self.durations[self.finished - 1] if self.finished <= len(self.durations) else None
            if duration:
                self.bar.update(round(duration / 60, 2))
            self.bar.set_description_str(f"files {self.finished}/{self.total}")

    def _line(self, text: str) -> None:
        text = escape_line(text)
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def summary(self, results: list[FileResult]) -> None:
        took = time.monotonic() - self.started
        done = [r for r in results if r.status == "done"]
        skipped = sum(r.status == "skipped" for r in results)
        failed = sum(r.status == "failed" for r in results)
        audio = sum(r.audio_seconds or 0.0 for r in done)
        parts = [f"{len(done)} transcribed ({audio / 60:.1f} min of audio in {took:.0f} s)"]
        if skipped:
            parts.append(f"{skipped} skipped as up to date (--force redoes them)")
        parts.append(f"{failed} failed")
        print("cleanup: " + ", ".join(parts), file=sys.stderr)
