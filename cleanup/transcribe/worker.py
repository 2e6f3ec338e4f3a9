"""The per-file unit of the batch engine: decode one recording, clean it, write its outputs.

``FileWorker(options, pipeline, settings)(job)`` loads the model once (on :meth:`~FileWorker.load`
or the first call), then decodes, cleans, renders and writes one output set per call and
returns a picklable :class:`~cleanup.transcribe.jobs.FileResult`; a file that fails is a
``failed`` result with a one-line reason, never a traceback. Every executor
(:mod:`cleanup.transcribe.executors`) runs files through it: one at a time (``worker(job)``),
batched (:meth:`~FileWorker.read` is the audio source of a batched decoder, and
:meth:`~FileWorker.complete` cleans and writes each decoded file), or in a Ray actor.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import decisions
from ..errors import CleanupError, InputError
from ..outputs import render_outputs
from ..transcript import Transcript
from .jobs import FileResult, Job
from .options import BatchOptions
from .records import make_record, source_identity, write_record_set


@dataclass
class FileWorker:
    """Decode → clean → write one output set per call. Holds the model and the pipeline;
    an executor may build one per process and call it on many jobs."""

    options: BatchOptions
    pipeline: Any
    settings: dict = field(default_factory=dict)
    backend: Any = None
    identities: dict = field(default_factory=dict, repr=False)  # Job -> its source's, as read

    def load(self) -> None:
        """Load the model (a :class:`CleanupError` when it cannot be) and warm the pipeline."""
        if self.backend is None:
            from . import load_backend

            # The pipeline's word tables load while the model does, not during the first file.
            preparing = threading.Thread(target=self.pipeline.prepare, daemon=True)
            preparing.start()
            self.backend = load_backend(self.options.backend, self.options.model,
                                        self.options.device, self.options.batch_size)
            preparing.join()

    def decode_options(self):
        from .base import DecodeOptions, check_language

        return DecodeOptions(language=check_language(self.options.language),
                             initial_prompt=self.options.prompt or None)

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
        try:
            self.load()
            raw = self.backend.transcribe(self.read(job), self.decode_options())
        except Exception as exc:
            return self.failed(job, exc, started)
        return self.complete(job, raw, started)

    def complete(self, job: Job, raw: Transcript | Exception, started: float) -> FileResult:
        """Clean and write one decoded file; ``raw`` is the backend's transcript of it, or
        the error that reading or decoding it raised. ``started``: when its turn came."""
        try:
            if isinstance(raw, Exception):
                raise raw
            raw = Transcript(raw.tokens, raw.segments,
                             {**raw.meta, "source": str(job.source),
                              "source_identity": self.identities.pop(job),
                              "settings": self.settings})
            outputs = self.finish(job, raw)
        except Exception as exc:
            return self.failed(job, exc, started)
        return FileResult(str(job.source), "done", "", raw.meta.get("duration"),
                          time.monotonic() - started, tuple(str(p) for p in outputs))

    def failed(self, job: Job, exc: Exception, started: float) -> FileResult:
        """The result of a file that failed: its error's message as the reason."""
        self.identities.pop(job, None)
        reason = str(exc) if isinstance(exc, CleanupError) else \
            str(InputError(job.source, f"{type(exc).__name__}: {exc}"))
        return FileResult(str(job.source), "failed", reason,
                          wall_seconds=time.monotonic() - started)

    def finish(self, job: Job, raw: Transcript) -> list[Path]:
        """Clean ``raw`` and write the output set with its record; the paths written."""
        from ..review import transcription_page

        identity = raw.meta.get("source_identity") or source_identity(job.source)
        formats_ = self.options.formats
        outputs = job.outputs(formats_)
        record = make_record(job, formats_, self.settings, identity)
        run = None
        if "html" in formats_:  # the page shows every proposed change: trace once, for all
            run = decisions.trace(self.pipeline, raw, getattr(self.pipeline, "decisions", None))
        explanation = run.explanation() if run else self.pipeline.explain(raw)

        def page(cues: Transcript, name: str) -> str:
            return transcription_page(run, self.pipeline, media=job.source, page=name, cues=cues)

        rendered = render_outputs(explanation.transcript, explanation.changes,
                                  zip(formats_, map(str, outputs)), self.options.layout,
                                  page=page, record=record)
        # All rendered before anything is written: a rendering error writes nothing.
        write_record_set(job, formats_, [(out, r.text()) for out, r in zip(outputs, rendered)],
                         record)
        return outputs
