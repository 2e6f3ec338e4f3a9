"""What a batch run is asked to do, which share of the files is this worker's, and the
error that stops a whole run.

``cleanup transcribe visits -o out --formats txt,srt --shard 0/4`` is, as a value::

    BatchOptions(inputs=("visits",), output=Path("out"), formats=("txt", "srt"),
                 shard=Shard(0, 4))

A :class:`Shard` is one worker's stable share of the files, from ``--shard I/N`` or a job
array's environment (Slurm, AWS Batch, a Kubernetes Indexed Job).

No argparse here: the CLI (:mod:`cleanup.cli.transcribe`) builds the options, and every
part of the engine (:mod:`~cleanup.transcribe.batch`) reads them.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ..errors import CleanupError
from ..formats import output_formats

# From the formats table: json last (the record is renamed last); the review page (html)
# only on request.
OUTPUT_FORMATS = output_formats()
DEFAULT_FORMATS = output_formats(default=True)


class BatchError(CleanupError):
    """The whole run cannot go on; ``status`` is its exit status: 2 for a usage or tool
    failure (no model, an output folder that cannot be written), 1 for inputs with nothing
    to transcribe."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Shard:
    """Worker ``index`` of ``count`` (0-based): holds the files whose relative path hashes
    to ``index``, so workers that list the same inputs share them out, each exactly once,
    with no coordination and whatever order their listing has."""

    index: int
    count: int
    origin: str = "--shard"

    def __post_init__(self):
        if self.count < 1 or not 0 <= self.index < self.count:
            raise BatchError(f"shard {self.index}/{self.count} ({self.origin}): the index "
                             f"must be 0 to count-1", 2)

    @classmethod
    def parse(cls, text: str) -> "Shard":
        """``"I/N"``, as ``--shard`` takes it."""
        try:
            index, count = (int(part) for part in text.split("/"))
        except ValueError:
            raise BatchError(f"--shard {text!r}: give I/N, e.g. 0/4 (workers 0 to 3 of 4)",
                             2) from None
        return cls(index, count)

    @classmethod
    def from_env(cls, environ: Mapping[str, str], shards: int | None = None) -> "Shard | None":
        """The shard a job array gives this worker: Slurm (``SLURM_ARRAY_TASK_ID`` /
        ``SLURM_ARRAY_TASK_COUNT``), AWS Batch (``AWS_BATCH_JOB_ARRAY_INDEX`` /
        ``AWS_BATCH_JOB_ARRAY_SIZE``), a Kubernetes Indexed Job (``JOB_COMPLETION_INDEX``);
        ``shards`` gives the count where the environment does not. ``None`` outside one."""
        def number(name: str) -> int:
            try:
                return int(environ[name])
            except ValueError:
                raise BatchError(f"{name}={environ[name]!r} is not a number", 2) from None

        def count_or(name: str, origin: str) -> int:
            if name and environ.get(name):
                return number(name)
            if shards is None:
                raise BatchError(f"{origin} is set but not the number of workers: give "
                                 "--shards N", 2)
            return shards

        if environ.get("SLURM_ARRAY_TASK_ID"):
            step = number("SLURM_ARRAY_TASK_STEP") if environ.get("SLURM_ARRAY_TASK_STEP") else 1
            low = number("SLURM_ARRAY_TASK_MIN") if environ.get("SLURM_ARRAY_TASK_MIN") else 0
            index = (number("SLURM_ARRAY_TASK_ID") - low) // max(step, 1)
            return cls(index, count_or("SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_ID"),
                       "SLURM_ARRAY_TASK_ID")
        if environ.get("AWS_BATCH_JOB_ARRAY_INDEX"):
            return cls(number("AWS_BATCH_JOB_ARRAY_INDEX"),
                       count_or("AWS_BATCH_JOB_ARRAY_SIZE", "AWS_BATCH_JOB_ARRAY_INDEX"),
                       "AWS_BATCH_JOB_ARRAY_INDEX")
        if environ.get("JOB_COMPLETION_INDEX"):
            return cls(number("JOB_COMPLETION_INDEX"), count_or("", "JOB_COMPLETION_INDEX"),
                       "JOB_COMPLETION_INDEX")
        if shards is not None:
            raise BatchError("--shards N needs a worker index: --shard I/N, or one of "
                             "SLURM_ARRAY_TASK_ID, AWS_BATCH_JOB_ARRAY_INDEX, "
                             "JOB_COMPLETION_INDEX", 2)
        return None

    def holds(self, rel: str) -> bool:
        digest = hashlib.sha256(rel.encode("utf-8", "surrogateescape")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


@dataclass(frozen=True)
class BatchOptions:
    """Everything a batch run needs besides the pipeline (the CLI's options, as values)."""

    inputs: tuple[str, ...] = ()
    output: Path = Path(".")
    backend: str = "auto"  # auto: faster-whisper on a CPU when installed (registry.resolve_backend)
    model: str = "tiny.en"
    language: str = "en"
    prompt: str | None = None
    formats: tuple[str, ...] = DEFAULT_FORMATS
    force: bool = False
    device: str = "auto"  # auto, cpu, cuda, cuda:N
    batch_size: int = 1  # windows decoded at once (cleanup.transcribe.windowed)
    ray_address: str | None = None  # --executor ray: a cluster (None: a local Ray)
    files_from: str | None = None  # a list of files, one a line ("-": standard input)
    root: str | None = None  # files given by name keep their path relative to this folder
    shard: Shard | None = None  # this worker's share of the files (None: all)
    summary_json: str | None = None
    executor: str = "local"  # a name in cleanup.transcribe.executors.EXECUTORS
    layout: Any = None  # caption layout (cleanup.layout.Rules); None: Whisper's segments as cues
    decisions: tuple[str, ...] = ()  # NAME.decisions.json files or folders of them
    keep_originals: bool = False  # a de-identified run's private copy: originals kept
    redact_media: str | None = None  # "silence" or "tone": also NAME.redacted.EXT
