"""Executors beyond one file at a time: batched decoding across files, and Ray.

An executor takes the batch engine's per-file unit (:class:`~cleanup.transcribe.batch.FileWorker`,
which loads the model once and decodes, cleans and writes one output set) and the jobs
still to do, and yields one :class:`~cleanup.transcribe.batch.FileResult` per job. The
file list, skip/resume and the atomic output sets stay the engine's: an executor only
decides where and how many files are decoded at once.

- :func:`run_batched` (``--batch-size N`` with N > 1): one process; the windows of several
  files are decoded in one batch (:mod:`cleanup.transcribe.batched`), then each file is
  cleaned and written as soon as its last window is decoded.
- :func:`run_ray` (``--executor ray [--address ADDR]``, ``pip install 'cleanup[ray]'``):
  Ray actors, each with its own worker and model loaded once, take the files in small
  chunks from a shared queue (:class:`ray.util.ActorPool`); cleaning and writing happen in
  the actor, beside the decoding. Outputs go to the same paths, so every Ray node must see
  the input and output folders at the same path (a shared file system), as every task of
  a job array must.
"""
from __future__ import annotations

import os
import time
from functools import partial
from typing import Iterable, Iterator

from ..errors import CleanupError, InputError

RAY_HINT = "pip install 'cleanup[ray]'"
CPUS_PER_RAY_WORKER = 2  # a CPU worker: Whisper tiny/base scale poorly past a few threads


def run_batched(worker, jobs: list) -> Iterator:
    """Decode the jobs' speech windows in shared batches, clean and write each file."""
    from ..transcript import Transcript
    from .audio import load_audio
    from .batch import FileResult, source_identity

    worker.load()
    started: dict = {}
    identities: dict = {}

    def read(job):
        try:  # the source's identity is taken before decoding, as FileWorker.decode does
            identities[job] = source_identity(job.source)
        except OSError as exc:
            raise InputError(job.source, exc.strerror or str(exc)) from None
        return load_audio(job.source)

    def sources():
        for job in jobs:
            started[job] = time.monotonic()
            yield job, partial(read, job)

    for job, raw in worker.backend.transcribe_many(sources(), worker.decode_options()):
        try:
            if isinstance(raw, Exception):
                raise raw
            raw = Transcript(raw.tokens, raw.segments,
                             {**raw.meta, "source": str(job.source),
                              "source_identity": identities.pop(job), "settings": worker.settings})
            outputs = worker.finish(job, raw)
        except CleanupError as exc:
            yield FileResult(str(job.source), "failed", str(exc),
                             wall_seconds=time.monotonic() - started[job])
        except Exception as exc:  # never a traceback for one bad file
            reason = str(InputError(job.source, f"{type(exc).__name__}: {exc}"))
            yield FileResult(str(job.source), "failed", reason,
                             wall_seconds=time.monotonic() - started[job])
        else:
            yield FileResult(str(job.source), "done", "", raw.meta.get("duration"),
                             time.monotonic() - started[job], tuple(str(p) for p in outputs))


def run_files(worker, jobs: list) -> list:
    """The jobs through ``worker`` in this process (batched when its options say so)."""
    if worker.options.batch_size > 1:
        return list(run_batched(worker, jobs))
    return [worker(job) for job in jobs]


class FileActor:
    """One Ray worker process: a :class:`FileWorker` with its model loaded once."""

    def __init__(self, worker):
        self.worker = worker

    def ready(self) -> str | None:
        """Load the model; the error message when it cannot be loaded."""
        try:
            self.worker.load()
        except CleanupError as exc:
            return str(exc)
        return None

    def run(self, jobs: list) -> list:
        return run_files(self.worker, jobs)


def ray_plan(resources: dict, device: str) -> tuple[int, float, float]:
    """``(actors, cpus, gpus)`` per actor for a cluster's resources (``ray.cluster_resources()``).

    One actor per GPU when the device is ``cuda`` or ``auto`` and the cluster has GPUs;
    otherwise one per ``CPUS_PER_RAY_WORKER`` CPUs (at least one).

    >>> ray_plan({"CPU": 8.0}, "auto")
    (4, 2, 0)
    >>> ray_plan({"CPU": 32.0, "GPU": 4.0}, "auto")
    (4, 1, 1)
    >>> ray_plan({"CPU": 32.0, "GPU": 4.0}, "cpu")
    (16, 2, 0)
    >>> ray_plan({"CPU": 1.0}, "auto")
    (1, 1, 0)
    """
    cpus, gpus = float(resources.get("CPU", 0)), float(resources.get("GPU", 0))
    if device.startswith("cuda") and not gpus:
        from .device import DeviceError

        raise DeviceError(f"--device {device}: the Ray cluster has no GPU (use --device cpu or auto)")
    if gpus and device != "cpu":
        return int(gpus), 1, 1
    actors = max(1, int(cpus // CPUS_PER_RAY_WORKER))
    return actors, max(1, int(cpus // actors)) if cpus else 1, 0


def run_ray(worker, jobs: list) -> Iterator:
    """The jobs on Ray actors (a local Ray when no address is given); results as they come."""
    from .batch import BatchError

    try:
        import ray
        from ray.util import ActorPool
    except ImportError:
        raise BatchError(f"--executor ray needs Ray: {RAY_HINT}", 2) from None
    address = worker.options.ray_address or os.environ.get("RAY_ADDRESS")
    started_here = not ray.is_initialized()
    if started_here:
        try:
            ray.init(address=address or None, include_dashboard=False, log_to_driver=False,
                     configure_logging=False)
        except Exception as exc:  # no cluster at that address, or Ray could not start
            raise BatchError(f"could not start or reach Ray{f' at {address}' if address else ''}: "
                             f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}",
                             2) from None
    try:
        try:
            actors, cpus, gpus = ray_plan(ray.cluster_resources(), worker.options.device)
        except CleanupError as exc:
            raise BatchError(str(exc), 2) from None
        actors = min(actors, len(jobs)) or 1
        remote = ray.remote(FileActor).options(num_cpus=cpus, num_gpus=gpus)
        pool_actors = [remote.remote(worker) for _ in range(actors)]
        problems = [p for p in ray.get([a.ready.remote() for a in pool_actors]) if p]
        if problems:  # a model that does not load fails the run before any decoding
            raise BatchError(problems[0], 2)
        # Small chunks keep every actor busy to the end; a batched actor gets a batch's worth.
        chunks = chunked(jobs, worker.options.batch_size)
        pool = ActorPool(pool_actors)
        for results in pool.map_unordered(lambda actor, part: actor.run.remote(part), chunks):
            yield from results
    finally:
        if started_here:
            ray.shutdown()


def chunked(items: Iterable, size: int) -> list[list]:
    """``items`` in lists of ``size`` (the last one shorter).

    >>> chunked(range(5), 2)
    [[0, 1], [2, 3], [4]]
    """
    items = list(items)
    return [items[i:i + size] for i in range(0, len(items), size)]
