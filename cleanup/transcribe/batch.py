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
- "Done" means the record exists and matches the source (size, modification time, and
  SHA-256 where the record names another path) and the settings (backend, model,
  language, prompt, pipeline), and every requested output it lists exists; ``force``
  redoes it anyway.
- An existing file that no record of cleanup's lists is never overwritten (an error for
  that source, unless ``force``).
- A file that fails is one :class:`FileResult` with a one-line reason; the batch goes on.
"""
from __future__ import annotations

import dataclasses
import glob
import hashlib
import importlib
import json
import os
import stat
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from .. import decisions, formats
from ..errors import CleanupError, InputError
from .audio import looks_like_media, media_duration

OUTPUT_FORMATS = ("txt", "srt", "vtt", "html", "json")  # json last: the record is renamed last
DEFAULT_FORMATS = ("txt", "srt", "vtt", "json")  # html, the review page, on request
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
    formats: tuple[str, ...] = DEFAULT_FORMATS
    force: bool = False
    device: str = "auto"  # auto, cpu, cuda, cuda:N
    batch_size: int = 1  # windows decoded at once (cleanup.transcribe.batched)
    ray_address: str | None = None  # --executor ray: a cluster (None: a local Ray)
    files_from: str | None = None  # a list of files, one a line ("-": standard input)
    root: str | None = None  # files given by name keep their path relative to this folder
    shard: "Shard | None" = None  # this worker's share of the files (None: all)
    summary_json: str | None = None
    executor: str = "local"  # a name in EXECUTORS
    layout: Any = None  # caption layout (cleanup.layout.Rules); None: Whisper's segments as cues


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
    """One media file, its path relative to its input (``rel``, what a shard splits on),
    and where its outputs go (``stem`` + ``.fmt``)."""

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


def find_jobs(inputs: Iterable[str], out_dir: Path, *, root: str | Path | None = None
              ) -> tuple[list[Job], list[InputError]]:
    """Media files under the inputs, each mapped to its place under ``out_dir``.

    Without ``root``, a folder's files keep their path relative to the folder and a file
    given by name goes to the top of ``out_dir``; with ``root``, every file keeps its path
    relative to ``root`` (a file outside it is an error). Only regular files are read (a
    named pipe would block); hidden files and folders are tool state and skipped. The output
    folder may lie inside an input: its recordings are transcribed like any others, and
    what cleanup writes there is never media, so never read back. Two sources that would
    share outputs (``visit.mp4`` and ``visit.wav``) are an error for the second one.
    """
    jobs: list[Job] = []
    errors: list[InputError] = []
    claimed: dict[Path, Path] = {}
    base = Path(root).absolute() if root is not None else None

    def add(source: Path, rel: Path) -> None:
        if base is not None:
            try:
                rel = source.absolute().relative_to(base)
            except ValueError:
                errors.append(InputError(source, f"not under --root {root}"))
                return
        stem = out_dir / rel.parent / rel.stem
        key = stem.resolve()
        if key in claimed:
            errors.append(InputError(source, f"same output name as {claimed[key]}; rename one"))
            return
        claimed[key] = source
        jobs.append(Job(source, stem, rel.as_posix()))

    for name in inputs:
        path = Path(name)
        if base is not None and not path.is_absolute():
            path = Path(root) / path
        if path.is_dir():
            for found in sorted(_walk(path)):
                if looks_like_media(found):
                    add(found, found.relative_to(path))
        elif _is_regular(path):
            if looks_like_media(path):
                add(path, Path(path.name))
            else:
                errors.append(InputError(path, "not an audio or video file"))
        elif os.path.lexists(path):
            errors.append(InputError(path, "not a regular file"))
        else:
            errors.append(InputError(path, "no such file or directory"))
    return jobs, errors


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in filenames:
            if not f.startswith(".") and _is_regular(here / f):
                yield here / f


def read_file_list(path: str) -> list[str]:
    """The file names in a ``--files-from`` list, one a line (``-``: standard input); blank
    lines are skipped, and nothing else is trimmed (names may hold spaces)."""
    try:
        if path == "-":
            text = sys.stdin.read()
        else:
            with open(path, encoding="utf-8", newline=None) as fh:
                text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise BatchError(f"{path}: cannot read the file list: {reason}", 2) from None
    return [line for line in text.split("\n") if line.strip()]


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


def run_settings(options: BatchOptions, pipeline) -> dict:
    """What a transcript depends on besides its source, stored in the record so that a
    re-run with other settings redoes the file instead of skipping it."""
    steps = "\n".join(f"{name}={_describe(step)}" for name, step in pipeline)
    return {"backend": options.backend, "model": options.model, "language": options.language,
            "prompt": options.prompt or "",
            "pipeline": hashlib.sha256(steps.encode("utf-8")).hexdigest()[:16],
            **({"layout": dataclasses.asdict(options.layout)} if options.layout else {}),
            **decisions.settings_of(pipeline)}


def _describe(step) -> str:
    text = repr(step)  # normalizers are dataclasses: their repr lists their options
    return type(step).__qualname__ if " object at 0x" in text else text


# ---- records: what cleanup wrote, and from what ---------------------------------------------
def source_identity(path: Path) -> dict[str, Any]:
    """Size, modification time (ns) and SHA-256 of a source: what "the same file" means."""
    st = os.stat(path)
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": digest.hexdigest()}


def read_record(path: Path) -> dict | None:
    """The record at ``path`` when it is one of cleanup's (a JSON object with its
    ``settings``), else ``None``."""
    try:
        if not _is_regular(path):
            return None
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError, RecursionError):
        return None
    if isinstance(data, dict) and isinstance(data.get("settings"), dict):
        return data
    return None


def _listed(record: dict, stem: str) -> set[str]:
    outputs = record.get("outputs")
    if isinstance(outputs, list):
        return {o for o in outputs if isinstance(o, str)}
    return {f"{stem}.{fmt}" for fmt in DEFAULT_FORMATS}  # a record from before the list


def owned_outputs(job: Job) -> set[str]:
    """Names beside ``job.stem`` that cleanup wrote for it: listed in a record (the JSON
    output or the sidecar) or in an unfinished set's pending marker."""
    owned: set[str] = set()
    for path in (job.record_path(("json",)), job.record_path(())):
        record = read_record(path)
        if record is not None:
            owned |= _listed(record, job.stem.name) | {path.name}
    try:
        pending = json.loads(job.pending_path.read_text(encoding="utf-8"))
        owned |= {p for p in pending if isinstance(p, str)}
    except (OSError, ValueError, TypeError):
        pass
    return owned


def is_done(job: Job, formats: tuple[str, ...], settings: dict) -> bool:
    """The record for these formats exists, no set is half renamed, the record's settings
    are these, its source is this file (size, time, and the SHA-256 where the record names
    another path: another folder's ``visit.wav``), and every output it lists for these
    formats is there. A rerun over a large archive reads no recording it need not."""
    if os.path.lexists(job.pending_path):
        return False
    record = read_record(job.record_path(formats))
    if record is None or record.get("settings") != settings:
        return False
    made_from = record.get("source")
    listed = _listed(record, job.stem.name)
    try:
        st = os.stat(job.source)
        if (not isinstance(made_from, dict) or made_from.get("size") != st.st_size
                or made_from.get("mtime_ns") != st.st_mtime_ns):
            return False
        if not all(out.name in listed and _is_regular(out) for out in job.outputs(formats)):
            return False
        if made_from.get("path") == str(job.source.absolute()):
            return True  # the same file, unchanged in size and time: no need to read it all
        return made_from.get("sha256") == source_identity(job.source)["sha256"]
    except OSError:
        return False


def plan(jobs: list[Job], options: BatchOptions, settings: dict
         ) -> tuple[list[Job], list[FileResult]]:
    """The jobs to run, and a result for each of the others: ``skipped`` (done), or
    ``failed`` (an output would replace a file cleanup did not write; ``force`` allows)."""
    todo: list[Job] = []
    settled: list[FileResult] = []
    for job in jobs:
        if not options.force and is_done(job, options.formats, settings):
            settled.append(FileResult(str(job.source), "skipped", "up to date",
                                      outputs=tuple(map(str, job.outputs(options.formats)))))
            continue
        if not options.force:
            owned = owned_outputs(job)
            targets = job.outputs(options.formats) + [job.record_path(options.formats)]
            foreign = [t for t in dict.fromkeys(targets)
                       if os.path.lexists(t) and t.name not in owned]
            if foreign:
                settled.append(FileResult(str(job.source), "failed", str(InputError(
                    foreign[0], f"exists and was not written by cleanup (no record of it "
                                f"in {job.record_path(options.formats).name}); not replaced: "
                                f"move it away, or use --force"))))
                continue
        todo.append(job)
    return todo, settled


def write_output_set(files: list[tuple[Path, str]], pending: Path) -> None:
    """Write ``(path, text)`` pairs as one set: each to a temporary name first, then a
    pending marker naming them, then renamed in order (the record last), then the marker
    removed. An interruption leaves either the old set or the marker (so the set is
    redone), never a mixed set that looks done. An error names the output, not a temp."""
    temps: list[tuple[Path, Path]] = []
    current = pending
    try:
        for path, text in files:
            current = path
            path.parent.mkdir(parents=True, exist_ok=True)
            temps.append((formats.write_temp(path, text), path))
        current = pending
        os.replace(formats.write_temp(pending, json.dumps([p.name for p, _ in files])), pending)
        for tmp, path in temps:
            current = path
            os.replace(tmp, path)
        current = pending
        os.unlink(pending)
    except OSError as exc:
        raise InputError(current, f"cannot write: {exc.strerror or exc}") from None
    finally:
        for tmp, _ in temps:
            try:
                os.unlink(tmp)
            except OSError:
                pass




# ---- the per-file unit ---------------------------------------------------------------------
@dataclass
class FileWorker:
    """Decode → clean → write one output set per call. Holds the model (loaded once, on
    :meth:`load` or the first call) and the pipeline; an executor may build one per
    process and call it on many jobs. A batched decoder replaces :meth:`decode` for many
    files at once and calls :meth:`finish` for each."""

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
                                        self.options.device, self.options.batch_size)
            preparing.join()

    def decode_options(self):
        from .base import DecodeOptions, check_language

        return DecodeOptions(language=check_language(self.options.language),
                             initial_prompt=self.options.prompt or None)

    def __call__(self, job: Job) -> FileResult:
        started = time.monotonic()
        try:
            self.load()
            raw = self.decode(job)
            outputs = self.finish(job, raw)
        except CleanupError as exc:
            return FileResult(str(job.source), "failed", str(exc),
                              wall_seconds=time.monotonic() - started)
        except Exception as exc:  # never a traceback for one bad file
            reason = str(InputError(job.source, f"{type(exc).__name__}: {exc}"))
            return FileResult(str(job.source), "failed", reason,
                              wall_seconds=time.monotonic() - started)
        return FileResult(str(job.source), "done", "", raw.meta.get("duration"),
                          time.monotonic() - started, tuple(str(p) for p in outputs))

    def decode(self, job: Job):
        """The raw transcript of one file, its source's identity taken before decoding."""
        from ..transcript import Transcript
        from .audio import load_audio

        try:
            identity = source_identity(job.source)
        except OSError as exc:
            raise InputError(job.source, exc.strerror or str(exc)) from None
        audio = load_audio(job.source)
        raw = self.backend.transcribe(audio, self.decode_options())
        return Transcript(raw.tokens, raw.segments,
                          {**raw.meta, "source": str(job.source), "source_identity": identity,
                           "settings": self.settings})

    def finish(self, job: Job, raw) -> list[Path]:
        """Clean ``raw`` and write the output set with its record; the paths written."""
        from ..review import transcription_page

        identity = raw.meta.get("source_identity") or source_identity(job.source)
        formats_ = self.options.formats
        outputs = job.outputs(formats_)
        record_path = job.record_path(formats_)
        record = {"settings": self.settings,
                  "source": {"path": str(job.source.absolute()), **identity},
                  "outputs": [p.name for p in outputs]}
        run = None
        if "html" in formats_:  # the page shows every proposed change: trace once, for all
            run = decisions.trace(self.pipeline, raw, getattr(self.pipeline, "decisions", None))
        explanation = run.explanation() if run else self.pipeline.explain(raw)
        cues = explanation.transcript
        if self.options.layout is not None:  # captions get new cues; the .txt stays running text
            from ..layout import layout

            cues = layout(cues, self.options.layout)
        files = []
        for fmt, out in zip(formats_, outputs):  # all rendered first: an error writes nothing
            text = (transcription_page(run, self.pipeline, media=job.source, page=out,
                                       cues=cues)
                    if fmt == "html" else
                    formats.render(explanation.transcript if fmt == "txt" else cues, fmt,
                                   explanation.changes, name=str(out)))
            files.append((out, _with_record(text, record) if out == record_path else text))
        if record_path not in outputs:
            files.append((record_path, json.dumps(record, indent=2) + "\n"))
        files.sort(key=lambda pair: pair[0] == record_path)  # the record last
        write_output_set(files, job.pending_path)
        _remove_stale_temps([path for path, _ in files] + [job.pending_path])
        return outputs


def _remove_stale_temps(paths: list[Path]) -> None:
    """Temporary files a killed run left beside these outputs (``.NAME.xxxxxxxx.part``)."""
    for path in paths:
        for stale in path.parent.glob(f".{glob.escape(path.name)}.*.part"):
            try:
                stale.unlink()
            except OSError:
                pass


def _with_record(rendered_json: str, record: dict) -> str:
    """The JSON output with the record's source and outputs added as its last keys (the
    writer already wrote the settings from the transcript's meta). Spliced in before the
    closing brace, so the writer's layout stays and a long transcript is not parsed again."""
    body = rendered_json.rstrip()
    if not body.endswith("}") or '"settings"' not in body:
        data = json.loads(rendered_json)
        data.update(record)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    extra = "".join(f",\n  {json.dumps(key)}: {json.dumps(record[key], ensure_ascii=False)}"
                    for key in ("source", "outputs"))
    return body[:-1].rstrip() + extra + "\n}\n"


# ---- executors -----------------------------------------------------------------------------
def run_local(worker: FileWorker, jobs: list[Job]) -> Iterator[FileResult]:
    """One file after another in this process (with ``batch_size`` > 1, windows of several
    files decoded together: :func:`~cleanup.transcribe.executors.run_batched`)."""
    if worker.options.batch_size > 1:
        yield from _function(BATCHED_LOCAL)(worker, jobs)
        return
    for job in jobs:
        yield worker(job)


# name -> "module:function" (relative to this package): a function that takes the worker
# and the jobs and yields one FileResult per job, in any order.
EXECUTORS: dict[str, str] = {"local": "batch:run_local", "ray": "executors:run_ray"}
BATCHED_LOCAL = "executors:run_batched"  # what "local" runs with batch_size > 1


def executor(name: str) -> Callable[[FileWorker, list[Job]], Iterable[FileResult]]:
    if name not in EXECUTORS:
        raise BatchError(f"unknown executor {name!r}; executors: {', '.join(EXECUTORS)}", 2)
    return _function(EXECUTORS[name])


def _function(spec: str) -> Callable:
    module, attr = spec.split(":")
    return getattr(importlib.import_module(f"{__package__}.{module}"), attr)


# ---- the run -------------------------------------------------------------------------------
class BatchError(CleanupError):
    """The whole run cannot go on; ``status`` is its exit status: 2 for a usage or tool
    failure (no model, an output folder that cannot be written), 1 for inputs with nothing
    to transcribe."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status


@dataclass
class BatchResult:
    results: list[FileResult]
    shard: Shard | None = None

    @property
    def exit_status(self) -> int:
        """0 when no file failed, 1 otherwise (whole-run failures raise instead)."""
        return 1 if any(r.status == "failed" for r in self.results) else 0


def run_batch(options: BatchOptions, pipeline, *, report: "Report | None" = None) -> BatchResult:
    """Transcribe, clean and write every file the options name; see the module docstring.

    Raises :class:`BatchError` for a failure of the whole run, before any file is decoded.
    With ``options.summary_json``, the per-file results and totals are written there, also
    for a run that failed as a whole.
    """
    started = time.monotonic()
    results: list[FileResult] = []  # filled as files finish, so an interrupted run has them
    try:
        result = _run(options, pipeline, report or Report(), results)
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


def _run(options: BatchOptions, pipeline, report: "Report",
         results: list[FileResult]) -> BatchResult:
    from .base import check_language

    try:
        check_language(options.language, options.model)
    except CleanupError as exc:
        raise BatchError(str(exc), 2) from None
    out_dir = Path(options.output)
    if out_dir.exists() and not out_dir.is_dir():
        raise BatchError(f"{out_dir}: not a directory", 2)
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
    settings = run_settings(options, pipeline)
    todo, settled = plan(jobs, options, settings)

    results += [FileResult(e.path, "failed", str(e)) for e in errors]
    results += settled
    report.total = len(todo)
    for r in results:
        if r.status == "failed":
            report.fail(r, in_run=False)
    if todo:
        check_writable(out_dir)
        worker = FileWorker(options, pipeline, settings)
        run = executor(options.executor)
        if options.executor == "local":
            try:
                worker.load()  # a model that does not load fails the run before any decoding
            except CleanupError as exc:
                raise BatchError(str(exc), 2) from None
        report.start([media_duration(j.source) for j in todo])
        try:
            for result in run(worker, todo):
                results.append(result)
                report.result(result, options.formats)
        finally:
            report.close()
    report.summary(results)
    return BatchResult(results, shard)


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

    def note(self, text: str) -> None:
        self._line(f"cleanup: {text}")

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
