"""The per-file unit of the batch engine: decode one recording (or take its stored Whisper
result), clean it, write its outputs.

``FileWorker(options, pipeline, settings)(job)`` loads the model once (on :meth:`~FileWorker.load`
or the first decoding), then per call decodes, cleans, renders and writes one output set
and returns a picklable :class:`~cleanup.transcribe.jobs.FileResult`; a job whose record
holds Whisper's result at this run's decode settings (``job.stored``) is cleaned from that
result, with no decoding (:meth:`~FileWorker.reclean`). A file that fails is a ``failed``
result with a one-line reason, never a traceback. Every executor
(:mod:`cleanup.transcribe.executors`) runs files through it: one at a time (``worker(job)``),
batched (:meth:`~FileWorker.read` is the audio source of a batched decoder, and
:meth:`~FileWorker.complete` cleans and writes each decoded file), or in a Ray actor.
"""
from __future__ import annotations

import dataclasses
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .. import decisions
from ..errors import CleanupError, InputError
from ..outputs import Page, record_free, render_outputs, with_record
from ..privacy import private_steps
from ..redactions import public_explanation
from ..transcript import Transcript
from .jobs import FileResult, Job, printable
from .options import BatchOptions
from .output_sets import write_record_set
from .records import (content_hash, decode_settings, job_settings, make_record, read_record,
                      source_identity)


@dataclass
class FileWorker:
    """Decode → clean → write one output set per call. Holds the model and the pipeline;
    an executor may build one per process and call it on many jobs. ``progress(job,
    seconds)`` is told how far the decoding of a job has got."""

    options: BatchOptions
    pipeline: Any
    settings: dict = field(default_factory=dict)
    backend: Any = None
    identities: dict = field(default_factory=dict, repr=False)  # Job -> its source's, as read
    progress: Callable[[Job, float], None] | None = field(default=None, repr=False)

    def load(self) -> None:
        """Load the model (a :class:`CleanupError` when it cannot be) and warm the pipeline."""
        if self.backend is None:
            from . import load_backend

            # The pipeline's word tables load while the model does, not during the first file.
            preparing = threading.Thread(target=self.pipeline.prepare, daemon=True)
            preparing.start()
            name = self.settings.get("decode", {}).get("backend") or self.options.backend
            self.backend = load_backend(name, self.options.model, self.options.device,
                                        self.options.batch_size)
            preparing.join()

    def decode_options(self, job: Job | None = None):
        """Whisper's settings for this run; progress goes to :attr:`progress`, for ``job``
        (else for the key a batched decoder names)."""
        from .base import decode_options

        options = decode_options(self.options.language, self.options.prompt)
        tell = self.progress
        if tell is None:
            return options

        def progress(seconds: float, key) -> None:
            told = job or key
            if isinstance(told, Job):  # a backend that names no file: nothing to tell
                tell(told, seconds)

        return dataclasses.replace(options, progress=progress)

    def read(self, job: Job):
        """The audio of one file, its source's identity taken first (a file replaced while it
        is decoded is then redone by the next run, never skipped)."""
        from .audio import load_audio

        try:
            self.identities[job] = source_identity(job.source)
        except OSError as exc:
            raise InputError(job.source, exc.strerror or str(exc)) from None
        return load_audio(job.source)

    def __call__(self, job: Job) -> FileResult:
        started = time.monotonic()
        if job.stored is not None:
            result = self.reclean(job, started)
            if result is not None:
                return result
        try:
            self.load()
            raw = self.backend.transcribe(self.read(job), self.decode_options(job))
        except Exception as exc:
            return self.failed(job, exc, started)
        return self.complete(job, raw, started)

    def reclean(self, job: Job, started: float) -> FileResult | None:
        """Clean a job again from the Whisper result its record holds (``job.stored``), with
        no decoding; ``None`` when that record no longer holds one (decode instead)."""
        from .base import rebuild_transcript

        record = read_record(job.stored) if job.stored is not None else None
        if record is None:
            return None
        try:
            raw = rebuild_transcript(record["raw"], record["source"].get("duration"))
            decode = decode_settings(record["settings"])
            identity = {key: record["source"][key] for key in ("size", "mtime_ns", "sha256")}
        except (TypeError, KeyError, ValueError, AttributeError, CleanupError):
            return None
        if decode is None:
            return None
        self.identities[job] = identity
        return self.complete(job, raw, started, decode=decode)

    def complete(self, job: Job, raw: Transcript | Exception, started: float, *,
                 decode: dict | None = None) -> FileResult:
        """Clean and write one decoded file; ``raw`` is the backend's transcript of it, or
        the error that reading or decoding it raised. ``started``: when its turn came;
        ``decode``: the decode settings of a stored result (``None``: this run's)."""
        try:
            if isinstance(raw, Exception):
                raise raw
            settings = job_settings(self.settings, job)
            if decode is not None:
                settings = {**settings, "decode": decode}
            raw = Transcript(raw.tokens, raw.segments,
                             {**raw.meta, "source": str(job.source),
                              "source_identity": self.identities.pop(job),
                              "settings": settings})
            outputs, kept, unmatched = self.finish(job, raw)
        except Exception as exc:
            return self.failed(job, exc, started)
        reason = "; ".join(f"{path.with_name(path.name.rsplit('.edited-', 1)[0])}: edited "
                           f"since cleanup wrote it; kept as {path.name}" for path in kept)
        return FileResult(str(job.source), "done", reason, raw.meta.get("duration"),
                          time.monotonic() - started, tuple(str(p) for p in outputs),
                          decoded=decode is None, unmatched=unmatched)

    def failed(self, job: Job, exc: Exception, started: float) -> FileResult:
        """The result of a file that failed: its error's message as the reason."""
        self.identities.pop(job, None)
        reason = str(exc) if isinstance(exc, CleanupError) else \
            str(InputError(job.source, f"{type(exc).__name__}: {exc}"))
        return FileResult(str(job.source), "failed", reason,
                          wall_seconds=time.monotonic() - started)

    def pipeline_for(self, job: Job):
        """The run's pipeline, without the changes the job's reviewer rejected."""
        if not job.decisions:
            return self.pipeline
        return decisions.DecidedPipeline(self.pipeline, job.decisions)

    def finish(self, job: Job, raw: Transcript) -> tuple[list[Path], list[Path], tuple[str, ...]]:
        """Clean ``raw`` and write the output set with its record; the paths written, the
        edited outputs kept aside (with ``force``), and a line for each reviewer decision
        that matched no change."""
        identity = raw.meta.get("source_identity") or source_identity(job.source)
        formats_ = self.options.formats
        outputs = job.outputs(formats_)
        texts, redactions, unmatched = self.render(job, raw, outputs)
        # All rendered before anything is written: a rendering error writes nothing.
        hashes = {out.name: content_hash(out.name, record_free(text) if fmt == "json" else text)
                  for fmt, out, text in zip(formats_, outputs, texts)}
        record = make_record(job, raw.meta["settings"], identity,
                             duration=raw.meta.get("duration"), hashes=hashes)
        if "json" not in formats_ and isinstance(raw.meta.get("whisper"), dict) and \
                (self.options.keep_originals or not private_steps(self.pipeline)):
            # The hidden record keeps it for a re-clean; a de-identified set keeps no
            # original words, so cleaning it again decodes the recording again.
            record["raw"] = raw.meta["whisper"]
        texts = [with_record(text, record) if fmt == "json" else text
                 for fmt, text in zip(formats_, texts)]
        kept = write_record_set(job, formats_, list(zip(outputs, texts)), record,
                                force=self.options.force)
        if self.options.redact_media:
            outputs.append(redact_recording(job, redactions, self.options.redact_media))
        return outputs, kept, unmatched

    def render(self, job: Job, raw: Transcript, outputs: list[Path]
               ) -> tuple[list[str], tuple[dict, ...], tuple[str, ...]]:
        """The text of each output (the JSON without its record), the public records of
        what was redacted (:mod:`cleanup.redactions`), and a line for each reviewer
        decision that matched no change."""
        pipeline = self.pipeline_for(job)
        run = None
        page = None
        if "html" in self.options.formats:  # the page shows every proposed change: trace once
            run = decisions.trace(pipeline, raw, getattr(pipeline, "decisions", None))
            page = self._page(job, pipeline, run)
        explanation = run.explanation() if run else pipeline.explain(raw)
        # A de-identified transcript: its outputs show no original unless kept.
        explanation = public_explanation(explanation, pipeline, whisper=raw.meta.get("whisper"),
                                         keep_originals=self.options.keep_originals)
        rendered = render_outputs(explanation.transcript, explanation.changes,
                                  zip(self.options.formats, map(str, outputs)),
                                  self.options.layout, page=page)
        unmatched = run.unmatched if run else getattr(pipeline, "unmatched", ())
        label = job.decisions_file or f"{job.source}: decisions"
        return ([r.text() for r in rendered], explanation.transcript.meta.get("redactions", ()),
                tuple(decisions.unmatched_lines(label, unmatched)))

    def _page(self, job: Job, pipeline: Any, run: decisions.Trace) -> Page:
        """The html output's page maker: ``job``'s review page of ``run``."""
        from ..review import transcription_page

        def page(cues: Transcript, name: str) -> str:
            return transcription_page(run, pipeline, media=job.source, page=_printable(name),
                                      cues=cues, keep_originals=self.options.keep_originals)

        return page


def redact_recording(job: Job, redactions: tuple[dict, ...], mode: str) -> Path:
    """``NAME.redacted.EXT``: the recording with every redacted word's time span silenced
    (or toned); a speaker label's redaction is no spoken word and silences nothing."""
    from ..media import redact_media, timed_spans

    spoken = [r for r in redactions if "segment" not in r]
    return redact_media(job.source, job.redacted_media, timed_spans(spoken), mode=mode).target


def _printable(path: str) -> str:
    """A page path whose file name is not UTF-8 with its bytes shown as ``\\xNN`` (the page
    shows its name, and a page's text is UTF-8)."""
    return str(Path(path).with_name(printable(Path(path).name)))
