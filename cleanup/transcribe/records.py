"""Resume records and all-or-nothing output sets: what is done, what is not cleanup's.

Beside each recording's outputs lies its record (the JSON output, or a hidden
``.NAME.cleanup.json`` without one): the run's settings, the source's size, modification
time and SHA-256, and the outputs written::

    {"settings": {"backend": "openai-whisper", "model": "tiny.en", ...},
     "source": {"path": "/visits/a.wav", "size": 960044, "mtime_ns": ..., "sha256": "..."},
     "outputs": ["a.txt", "a.srt", "a.vtt", "a.json"]}

- :func:`plan` skips a job whose record says it is done (:func:`is_done`) and refuses one
  whose outputs would replace a file that no record of cleanup's lists;
- :func:`write_record_set` writes a job's outputs and record as one set
  (:func:`write_output_set`): temporary names first, then a pending marker, then renamed
  together, the record last; an interrupted set is never taken for done.
"""
from __future__ import annotations

import dataclasses
import glob
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from .. import decisions, formats
from ..errors import InputError
from .jobs import FileResult, Job, is_regular_file
from .options import DEFAULT_FORMATS, BatchOptions


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
        if not is_regular_file(path):
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
        if not all(out.name in listed and is_regular_file(out) for out in job.outputs(formats)):
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


def make_record(job: Job, formats_: tuple[str, ...], settings: dict,
                identity: dict[str, Any]) -> dict[str, Any]:
    """The record of one output set: the settings, the source (its absolute path and
    :func:`source_identity`) and the names of the outputs."""
    return {"settings": settings, "source": {"path": str(job.source.absolute()), **identity},
            "outputs": [p.name for p in job.outputs(formats_)]}


def write_record_set(job: Job, formats_: tuple[str, ...], files: list[tuple[Path, str]],
                     record: dict[str, Any]) -> None:
    """Write a job's rendered outputs (``(path, text)`` in format order) with its record, the
    hidden one when no JSON output carries it, as one set; then remove the temporary files
    a killed run left beside them."""
    record_path = job.record_path(formats_)
    files = list(files)
    if record_path not in [path for path, _ in files]:
        files.append((record_path, json.dumps(record, indent=2) + "\n"))
    files.sort(key=lambda pair: pair[0] == record_path)  # the record last
    write_output_set(files, job.pending_path)
    _remove_stale_temps([path for path, _ in files] + [job.pending_path])


def _remove_stale_temps(paths: list[Path]) -> None:
    """Temporary files a killed run left beside these outputs (``.NAME.xxxxxxxx.part``)."""
    for path in paths:
        for stale in path.parent.glob(f".{glob.escape(path.name)}.*.part"):
            try:
                stale.unlink()
            except OSError:
                pass
