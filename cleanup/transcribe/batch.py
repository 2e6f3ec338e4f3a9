"""The batch engine behind ``cleanup transcribe``: folders of recordings to output sets.

``run_batch(BatchOptions(inputs=("visits",), output=Path("out")), pipeline)`` finds the
audio and video files under the inputs, decodes each with one loaded model, cleans the
transcript with the pipeline, and writes ``out/<same relative path>.txt/.srt/.vtt/.json``.
No argparse here: the CLI (:mod:`cleanup.cli.transcribe`) builds a :class:`BatchOptions`.

This module is the run: checks that fail fast (language, output folder, model), the plan,
an executor mapping the worker over the jobs, the :class:`BatchResult` and the
``--summary-json``. The parts, each usable alone (an executor that runs files elsewhere
reuses them), and importable from here as well:

- :mod:`~cleanup.transcribe.options`: :class:`BatchOptions`, :class:`BatchError`;
- :mod:`~cleanup.transcribe.jobs`: the file list (:func:`find_jobs`, :func:`read_file_list`,
  :class:`Shard`), one :class:`Job` per file and what became of it (:class:`FileResult`);
- :mod:`~cleanup.transcribe.records`: which jobs are done or must not be touched
  (:func:`plan`), and each output set written all or nothing;
- :mod:`~cleanup.transcribe.worker`: the per-file unit (:class:`FileWorker`): decode →
  clean → render (:func:`cleanup.outputs.render_outputs`) → write;
- :mod:`~cleanup.transcribe.executors`: local, batched and Ray (:data:`EXECUTORS`).

Rules kept by every executor:

- A file's outputs form a set, written to temporary names and renamed together, its record
  (the JSON output, or a hidden ``.NAME.cleanup.json`` without one) last; a pending marker
  beside them during the renames means "unfinished", so an interrupted set is redone.
- "Done" means the record exists and matches the source (size, modification time, and
  SHA-256 where the record names another path) and the settings (backend, model,
  language, prompt, pipeline), and every requested output it lists exists; ``force``
  redoes it anyway.
- An existing file that no record of cleanup's lists is never overwritten (an error for
  that source, unless ``force``).
- A file that fails is one :class:`FileResult` with a one-line reason; the batch goes on.

Progress is told to a :class:`Progress` as it happens (the CLI's prints it; the default
says nothing).
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from .. import formats
from ..errors import CleanupError
from .executors import EXECUTORS, executor
from .jobs import FileResult, Job, find_jobs, read_file_list
from .options import DEFAULT_FORMATS, OUTPUT_FORMATS, BatchError, BatchOptions, Shard
from .records import is_done, plan, run_settings, source_identity, write_output_set
from .worker import FileWorker

__all__ = ["run_batch", "BatchResult", "Progress", "check_writable", "BatchOptions",
           "BatchError", "OUTPUT_FORMATS", "DEFAULT_FORMATS", "FileResult", "Job", "Shard",
           "find_jobs", "read_file_list", "plan", "is_done", "run_settings",
           "source_identity", "write_output_set", "FileWorker", "EXECUTORS", "executor"]


class Progress:
    """What a run tells whoever watches it, as it happens. These methods do nothing; the
    CLI's report (:class:`cleanup.cli.report.Report`) prints them."""

    def note(self, text: str) -> None:
        """A remark on the run (which shard of the files it takes)."""

    def rejected(self, result: FileResult) -> None:
        """An input that failed before transcription (not media, not cleanup's to replace)."""

    def start(self, jobs: list[Job]) -> None:
        """Transcription of these jobs begins."""

    def result(self, result: FileResult) -> None:
        """One job is finished: done, or failed."""

    def close(self) -> None:
        """No more results will come (all came, or the run was interrupted)."""

    def summary(self, results: list[FileResult]) -> None:
        """The run is over: every input's result."""


@dataclass
class BatchResult:
    results: list[FileResult]
    shard: Shard | None = None

    @property
    def exit_status(self) -> int:
        """0 when no file failed, 1 otherwise (whole-run failures raise instead)."""
        return 1 if any(r.status == "failed" for r in self.results) else 0


def run_batch(options: BatchOptions, pipeline, *, report: Progress | None = None) -> BatchResult:
    """Transcribe, clean and write every file the options name; see the module docstring.

    Raises :class:`BatchError` for a failure of the whole run, before any file is decoded.
    With ``options.summary_json``, the per-file results and totals are written there, also
    for a run that failed as a whole.
    """
    started = time.monotonic()
    results: list[FileResult] = []  # filled as files finish, so an interrupted run has them
    try:
        result = _run(options, pipeline, report or Progress(), results)
    except BatchError as exc:
        if options.summary_json:
            _write_summary(options, [], options.shard, exc.status, started, error=str(exc))
        raise
    except KeyboardInterrupt:
        if options.summary_json:
            _write_summary(options, results, options.shard, 130, started, error="interrupted")
        raise
    if options.summary_json:
        _write_summary(options, result.results, result.shard, result.exit_status, started)
    return result


def _run(options: BatchOptions, pipeline, report: Progress,
         results: list[FileResult]) -> BatchResult:
    from .base import check_language

    try:
        check_language(options.language, options.model)
    except CleanupError as exc:
        raise BatchError(str(exc), 2) from None
    out_dir = Path(options.output)
    if out_dir.exists() and not out_dir.is_dir():
        raise BatchError(f"{out_dir}: not a directory", 2)
    jobs, errors = _share(options, out_dir, report)
    settings = run_settings(options, pipeline)
    todo, settled = plan(jobs, options, settings)

    results += [FileResult(e.path, "failed", str(e)) for e in errors]
    results += settled
    for r in results:
        if r.status == "failed":
            report.rejected(r)
    if todo:
        check_writable(out_dir)
        worker = FileWorker(options, pipeline, settings)
        run = executor(options.executor)
        if options.executor == "local":
            try:
                worker.load()  # a model that does not load fails the run before any decoding
            except CleanupError as exc:
                raise BatchError(str(exc), 2) from None
        report.start(todo)
        try:
            for result in run(worker, todo):
                results.append(result)
                report.result(result)
        finally:
            report.close()
    if "html" in options.formats and any(r.status == "done" for r in results):
        _write_index(out_dir, report)
    report.summary(results)
    return BatchResult(results, options.shard)


def _write_index(out_dir: Path, report: Progress) -> None:
    """``OUT/index.html``, a page linking every review page of the folder (a user's own
    ``index.html`` is left alone: a remark, not a failure)."""
    from ..review import write_index

    try:
        write_index(out_dir)
    except CleanupError as exc:
        report.note(f"warning: {exc}")


def _share(options: BatchOptions, out_dir: Path, report: Progress):
    """This worker's jobs and input errors: the inputs' media files, in its shard."""
    names = list(options.inputs)
    root = options.root
    if options.files_from:
        names += read_file_list(options.files_from)
        root = root if root is not None else "."
    if not names:
        raise BatchError("no inputs: name files or folders, or give --files-from LIST", 2)
    jobs, errors = find_jobs(names, out_dir, root=root)
    if not jobs and not errors:
        raise BatchError(f"no audio or video files in {', '.join(names)}", 1)
    shard = options.shard
    if shard is not None:
        listed = len(jobs)
        jobs = [j for j in jobs if shard.holds(j.rel)]
        errors = [e for e in errors if shard.holds(e.path)]
        report.note(f"shard {shard} ({shard.origin}): {len(jobs)} of {listed} files")
    return jobs, errors


def check_writable(out_dir: Path) -> None:
    """Create the output folder and write a file in it, or a :class:`BatchError` now,
    before any decoding (an unwritable folder would fail every file, late)."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = formats.write_temp(out_dir / ".cleanup-write-check", "")
        os.unlink(probe)
    except OSError as exc:
        raise BatchError(f"{out_dir}: cannot write to the output folder: "
                         f"{exc.strerror or exc}", 2) from None


def _write_summary(options: BatchOptions, results: list[FileResult], shard: Shard | None,
                   status: int, started: float, *, error: str | None = None) -> None:
    done = [r for r in results if r.status == "done"]
    summary = {
        "exit_status": status,
        "error": error,
        "shard": str(shard) if shard else None,
        "totals": {
            "files": len(results),
            "done": len(done),
            "skipped": sum(r.status == "skipped" for r in results),
            "failed": sum(r.status == "failed" for r in results),
            "audio_seconds": round(sum(r.audio_seconds or 0.0 for r in done), 3),
            "wall_seconds": round(time.monotonic() - started, 3),
        },
        "files": [r.as_dict() for r in results],
    }
    try:
        formats.write_atomic(options.summary_json,
                             json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    except OSError as exc:
        raise BatchError(f"{options.summary_json}: cannot write the summary: "
                         f"{exc.strerror or exc}", 2) from None
