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
  (the JSON output, or a hidden ``.NAME.cleanup.json`` without one) last, while the set's
  lock is held (:mod:`~cleanup.transcribe.output_sets`); a pending marker beside them
  during the renames means "unfinished", so an interrupted set is redone.
- "Done" means the record exists and matches the source (size, modification time, and
  SHA-256 where the record names another path) and the settings (decode: backend, model,
  language, prompt, decoding options; clean: pipeline, layout, decisions), and every
  requested output it lists exists; ``force`` redoes it anyway. A job whose source and
  decode settings match a record that holds Whisper's result is cleaned again from it, with
  no decoding.
- An existing file that no record of cleanup's lists is never overwritten, nor one that
  cleanup wrote and a person edited since (an error for that source, unless ``force``,
  which keeps the edited one as ``NAME.edited-N``).
- A decisions file (``decisions``) applies to its own recording only.
- A file that fails is one :class:`FileResult` with a one-line reason; the batch goes on.
- SIGTERM (a job scheduler's stop) ends the run as Ctrl-C does: the summary is written,
  and the run raises :class:`Terminated`.

Progress is told to a :class:`Progress` as it happens (the CLI's prints it; the default
says nothing).
"""
from __future__ import annotations

import dataclasses
import json
import os
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .. import decisions, formats
from ..errors import CleanupError
from .executors import EXECUTORS, executor
from .jobs import FileResult, Job, find_jobs, printable, read_file_list
from .options import DEFAULT_FORMATS, OUTPUT_FORMATS, BatchError, BatchOptions, Shard
from .output_sets import write_output_set
from .records import is_done, plan, run_settings, source_identity
from .worker import FileWorker

__all__ = ["run_batch", "BatchResult", "Progress", "Terminated", "check_writable",
           "BatchOptions", "BatchError", "OUTPUT_FORMATS", "DEFAULT_FORMATS", "FileResult",
           "Job", "Shard", "find_jobs", "read_file_list", "plan", "is_done", "run_settings",
           "source_identity", "write_output_set", "FileWorker", "EXECUTORS", "executor"]


class Progress:
    """What a run tells whoever watches it, as it happens. These methods do nothing; the
    CLI's report (:class:`cleanup.cli.report.Report`) prints them."""

    def note(self, text: str) -> None:
        """A remark on the run (which shard of the files it takes, which backend)."""

    def rejected(self, result: FileResult) -> None:
        """An input that failed before transcription (not media, not cleanup's to replace)."""

    def start(self, jobs: list[Job]) -> None:
        """Transcription of these jobs begins."""

    def advance(self, job: Job, seconds: float) -> None:
        """Decoding of ``job`` has got ``seconds`` into its audio."""

    def result(self, result: FileResult) -> None:
        """One job is finished: done, or failed."""

    def close(self) -> None:
        """No more results will come (all came, or the run was interrupted)."""

    def summary(self, results: list[FileResult]) -> None:
        """The run is over: every input's result."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, which Slurm, Kubernetes and AWS Batch send to stop a job: raised where the
    run is, as Ctrl-C raises :class:`KeyboardInterrupt` (exit status 143)."""

    status = 143


@dataclass
class BatchResult:
    results: list[FileResult]
    shard: Shard | None = None

    @property
    def exit_status(self) -> int:
        """0 when no file failed and every reviewer decision matched its change, 1
        otherwise (whole-run failures raise instead)."""
        return 1 if any(r.status == "failed" or r.unmatched for r in self.results) else 0


def run_batch(options: BatchOptions, pipeline, *, report: Progress | None = None) -> BatchResult:
    """Transcribe, clean and write every file the options name; see the module docstring.

    Raises :class:`BatchError` for a failure of the whole run, before any file is decoded
    (a ``summary_json`` that cannot be written is one). With ``options.summary_json``, the
    per-file results and totals are written there, also for a run that failed as a whole
    or was interrupted (Ctrl-C: :class:`KeyboardInterrupt`; SIGTERM: :class:`Terminated`).
    """
    started = time.monotonic()
    if options.summary_json:
        check_summary_path(options.summary_json)
    results: list[FileResult] = []  # filled as files finish, so an interrupted run has them
    try:
        with _sigterm_interrupts():
            result = _run(options, pipeline, report or Progress(), results)
    except BatchError as exc:
        if options.summary_json:
            _write_summary(options.summary_json, [], options.shard, exc.status, started,
                           error=str(exc))
        raise
    except KeyboardInterrupt as exc:
        if options.summary_json:
            terminated = isinstance(exc, Terminated)
            _write_summary(options.summary_json, results, options.shard,
                           143 if terminated else 130,
                           started, error="terminated" if terminated else "interrupted")
        raise
    if options.summary_json:
        _write_summary(options.summary_json, result.results, result.shard, result.exit_status,
                       started)
    return result


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` while the run lasts (once: a second one while the
    summary is written is ignored). Only the main thread can take signals."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum, frame):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run(options: BatchOptions, pipeline, report: Progress,
         results: list[FileResult]) -> BatchResult:
    from .base import check_language
    from .registry import resolve_backend

    try:
        check_language(options.language, options.model)
        backend, why = resolve_backend(options.backend, options.device)
    except CleanupError as exc:
        raise BatchError(str(exc), 2) from None
    out_dir = Path(options.output)
    if out_dir.exists() and not out_dir.is_dir():
        raise BatchError(f"{out_dir}: not a directory", 2)
    jobs, errors = _share(options, out_dir, report)
    settings = run_settings(options, pipeline, backend)
    todo, settled = plan(jobs, options, settings)

    results += [FileResult(e.path, "failed", str(e)) for e in errors]
    results += settled
    for r in results:
        if r.status == "failed":
            report.rejected(r)
    if todo:
        check_writable(out_dir)
        worker = FileWorker(options, pipeline, settings, progress=report.advance)
        if any(job.stored is None for job in todo):
            if options.executor == "local":
                try:
                    worker.load()  # a model that does not load fails the run before decoding
                except CleanupError as exc:
                    raise BatchError(str(exc), 2) from None
            if options.backend == "auto":
                report.note(f"backend {backend} ({why})")
        _transcribe(worker, todo, executor(options.executor), report, results)
    if "html" in options.formats and any(r.status == "done" for r in results):
        _write_index(out_dir, report)
    report.summary(results)
    return BatchResult(results, options.shard)


def _transcribe(worker: FileWorker, todo: list[Job], run, report: Progress,
                results: list[FileResult]) -> None:
    report.start(todo)
    try:
        for result in run(worker, todo):
            results.append(result)
            report.result(result)
    finally:
        report.close()


def _write_index(out_dir: Path, report: Progress) -> None:
    """``OUT/index.html``, a page linking every review page of the folder (a user's own
    ``index.html`` is left alone: a remark, not a failure)."""
    from ..review import write_index

    try:
        write_index(out_dir)
    except CleanupError as exc:
        report.note(f"warning: {exc}")
    except UnicodeError as exc:  # a name the index cannot show
        report.note(f"warning: {out_dir / 'index.html'}: not written: {exc}")


def _share(options: BatchOptions, out_dir: Path, report: Progress):
    """This worker's jobs and input errors: the inputs' media files, each with its
    reviewer decisions, in its shard."""
    listed = read_file_list(options.files_from) if options.files_from else []
    if not options.inputs and not listed:
        raise BatchError("no inputs: name files or folders, or give --files-from LIST", 2)
    jobs, errors = find_jobs(options.inputs, out_dir, root=options.root, listed=listed)
    if not jobs and not errors:
        names = [*options.inputs, *listed]
        raise BatchError(f"no audio or video files in {', '.join(names)}", 1)
    if options.decisions:
        jobs, unmatched = _with_decisions(jobs, options.decisions)
        errors += unmatched
    shard = options.shard
    if shard is not None:
        listed_jobs = len(jobs)
        jobs = [j for j in jobs if shard.holds(j.rel)]
        errors = [e for e in errors if shard.holds(e.path)]
        report.note(f"shard {shard} ({shard.origin}): {len(jobs)} of {listed_jobs} files")
    return jobs, errors


def _with_decisions(jobs: list[Job], paths: tuple[str, ...]):
    """The jobs, each with the decisions file for its recording; an error for each file
    that is for no recording of the run (or for several)."""
    try:
        files = decisions.load_files(paths)
    except CleanupError as exc:
        raise BatchError(str(exc), 2) from None
    matched, errors = decisions.match_recordings(files, [job.rel for job in jobs])
    jobs = [dataclasses.replace(job, decisions=matched[job.rel].decisions,
                                decisions_file=str(matched[job.rel].path))
            if job.rel in matched else job for job in jobs]
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


def check_summary_path(path: str) -> None:
    """A :class:`BatchError` now, before any work, when the summary could not be written
    there (a missing or read-only folder, a folder in its place)."""
    where = Path(path)
    try:
        if where.is_dir():
            raise IsADirectoryError(21, "Is a directory")
        if any(p.exists() and not p.is_dir() for p in where.parents):
            raise NotADirectoryError(20, "Not a directory")
        os.unlink(formats.write_temp(where, ""))
    except OSError as exc:
        raise BatchError(f"{printable(str(path))}: cannot write the summary: "
                         f"{exc.strerror or exc}", 2) from None


def _write_summary(path: str, results: list[FileResult], shard: Shard | None,
                   status: int, started: float, *, error: str | None = None) -> None:
    done = [r for r in results if r.status == "done"]
    summary = {
        "exit_status": status,
        "error": error,
        "shard": str(shard) if shard else None,
        "totals": {
            "files": len(results),
            "done": len(done),
            "decoded": sum(r.decoded for r in done),
            "skipped": sum(r.status == "skipped" for r in results),
            "failed": sum(r.status == "failed" for r in results),
            "audio_seconds": round(sum(r.audio_seconds or 0.0 for r in done), 3),
            "wall_seconds": round(time.monotonic() - started, 3),
        },
        "files": [r.as_dict() for r in results],
    }
    try:
        formats.write_atomic(path, json.dumps(
            _printable(summary), ensure_ascii=False, indent=2) + "\n")
    except OSError as exc:
        raise BatchError(f"{path}: cannot write the summary: "
                         f"{exc.strerror or exc}", 2) from None


def _printable(value):
    """``value`` with the bytes of names that are not UTF-8 shown as ``\\xNN`` in every
    string (:func:`~cleanup.transcribe.jobs.printable`), which every JSON reader takes."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {k: _printable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_printable(v) for v in value]
    return value
