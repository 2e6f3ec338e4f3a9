"""Executors: where, and how many at once, the files of a run are decoded.

An executor takes the per-file unit (:class:`~cleanup.transcribe.worker.FileWorker`, which
loads the model once and decodes, cleans and writes one output set) and the jobs still to
do, and yields one :class:`~cleanup.transcribe.jobs.FileResult` per job, in any order. The
file list, skip/resume and the atomic output sets stay the engine's: an executor only
decides where and how many files are decoded at once. :data:`EXECUTORS` names them for
``--executor``:

- ``local`` (:func:`run_local`): one file after another in this process; with
  ``--batch-size N`` > 1, :func:`run_batched`: the windows of several files are decoded in
  one batch (:mod:`cleanup.transcribe.windowed`), then each file is cleaned and written as
  soon as its last window is decoded.
- ``ray`` (:func:`run_ray`, ``--executor ray [--address ADDR]``, ``pip install
  'cleanup-transcripts[ray]'``): Ray actors, each with its own worker and model loaded
  once, take the files in small chunks from a shared queue (:class:`ray.util.ActorPool`);
  cleaning and writing happen in the actor, beside the decoding. Outputs go to the same
  paths, so every Ray node must see the input and output folders at the same path (a
  shared file system), as every task of a job array must.
"""
from __future__ import annotations

import os
import time
from dataclasses import replace
from functools import partial
from typing import Callable, Iterable, Iterator

from ..errors import CleanupError
from .jobs import FileResult, Job
from .options import BatchError
from .worker import FileWorker

RAY_HINT = "pip install 'cleanup-transcripts[ray]'"
CPUS_PER_RAY_WORKER = 2  # a CPU worker: Whisper tiny/base scale poorly past a few threads


def run_local(worker: FileWorker, jobs: list[Job]) -> Iterator[FileResult]:
    """One file after another in this process (batched across files with ``batch_size`` > 1);
    a job with a stored Whisper result is cleaned again, not decoded."""
    if worker.options.batch_size > 1:
        yield from run_batched(worker, jobs)
        return
    for job in jobs:
        yield worker(job)


def run_batched(worker: FileWorker, jobs: list[Job]) -> Iterator[FileResult]:
    """Decode the jobs' speech windows in shared batches, clean and write each file (those
    with a stored Whisper result first, with no decoding)."""
    to_decode = []
    for job in jobs:
        result = worker.reclean(job, time.monotonic()) if job.stored is not None else None
        if result is None:
            to_decode.append(job)
        else:
            yield result
    if not to_decode:
        return
    jobs = to_decode
    worker.load()
    started: dict[Job, float] = {}

    def sources():
        for job in jobs:
            started[job] = time.monotonic()
            yield job, partial(worker.read, job)

    for job, raw in worker.backend.transcribe_many(sources(), worker.decode_options()):
        yield worker.complete(job, raw, started.pop(job))


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

    def run(self, jobs: list[Job]) -> list[FileResult]:
        return list(run_local(self.worker, jobs))


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

        raise DeviceError(f"--device {device}: the Ray cluster has no GPU "
                          "(use --device cpu or auto)")
    if gpus and device != "cpu":
        return int(gpus), 1, 1
    actors = max(1, int(cpus // CPUS_PER_RAY_WORKER))
    return actors, max(1, int(cpus // actors)) if cpus else 1, 0


def run_ray(worker: FileWorker, jobs: list[Job]) -> Iterator[FileResult]:
    """The jobs on Ray actors (a local Ray when no address is given); results as they come."""
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
        worker = replace(worker, progress=None)  # an actor cannot tell this process's report
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


#: name -> a function that takes the worker and the jobs and yields one result per job.
EXECUTORS: dict[str, Callable[[FileWorker, list[Job]], Iterable[FileResult]]] = {
    "local": run_local,
    "ray": run_ray,
}


def executor(name: str) -> Callable[[FileWorker, list[Job]], Iterable[FileResult]]:
    """The executor of a name in :data:`EXECUTORS` (a :class:`BatchError` for another)."""
    if name not in EXECUTORS:
        raise BatchError(f"unknown executor {name!r}; executors: {', '.join(EXECUTORS)}", 2)
    return EXECUTORS[name]
