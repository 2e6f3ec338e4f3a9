"""Resume records: what a recording's outputs were made from, so a run skips what is done,
cleans again what needs no decoding, and never replaces what is not its own.

Beside each recording's outputs lies its record (the JSON output, or a hidden
``.NAME.cleanup.json`` without one): the settings, split into what decoding depends on and
what cleaning depends on; the source's size, modification time, SHA-256 and duration; the
SHA-256 of each output as written; and Whisper's raw result (the JSON output's ``raw``)::

    {"settings": {"decode": {"backend": "faster-whisper", "model": "tiny.en", ...},
                  "clean": {"pipeline": "3f9c0a1e5b7d2c48", "layout": {...}}},
     "source": {"path": "/visits/a.wav", "size": 960044, "mtime_ns": ..., "sha256": "...",
                "duration": 30.0},
     "outputs": {"a.txt": "9b1f...", "a.srt": "...", "a.vtt": "...", "a.json": "..."},
     "raw": {"segments": [...], "dropped": [...], ...}}

:func:`plan` skips a job whose record says it is done (:func:`is_done`); cleans again from
the stored raw result a job whose source and decode settings are those of a record
(:func:`stored_result`: other clean settings, formats, decisions); refuses one whose outputs
would replace a file that no record of cleanup's lists, or an output a person edited since
cleanup wrote it (its hash differs; ``force`` keeps it aside, see
:mod:`~cleanup.transcribe.output_sets`).
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from .. import decisions
from ..errors import InputError
from ..outputs import without_record
from .jobs import FileResult, Job, is_regular_file
from .options import DEFAULT_FORMATS, BatchOptions


def run_settings(options: BatchOptions, pipeline, backend: str | None = None) -> dict:
    """What a transcript depends on besides its source, stored in the record:
    ``decode`` (backend, model, language, prompt, Whisper's decoding options) and
    ``clean`` (the pipeline, the caption layout, reviewer decisions). ``backend``: the
    backend ``--backend auto`` resolved to (resolved here when not given)."""
    from .base import decode_options
    from .registry import resolve_backend

    steps = "\n".join(f"{name}={_describe(step)}" for name, step in pipeline)
    backend = backend or resolve_backend(options.backend, options.device)[0]
    decode = {"backend": backend, "model": options.model,
              "language": options.language, "prompt": options.prompt or "",
              "decoding": decode_options(options.language, options.prompt).settings()}
    clean = {"pipeline": hashlib.sha256(steps.encode("utf-8")).hexdigest()[:16],
             **({"layout": dataclasses.asdict(options.layout)} if options.layout else {}),
             **decisions.settings_of(pipeline),
             **({"keep_originals": True} if options.keep_originals else {}),
             **({"redact_media": options.redact_media} if options.redact_media else {})}
    return {"decode": decode, "clean": clean}


def job_settings(settings: dict, job: Job) -> dict:
    """The run's settings for one job: with the fingerprint of its reviewer decisions."""
    if not job.decisions:
        return settings
    fingerprint = hashlib.sha256(job.decisions.dumps().encode("utf-8")).hexdigest()[:16]
    return {**settings, "clean": {**settings["clean"], "decisions": fingerprint}}


def _describe(step) -> str:
    text = repr(step)  # normalizers are dataclasses: their repr lists their options
    return type(step).__qualname__ if " object at 0x" in text else text


def decode_settings(settings: Any) -> dict | None:
    """A record's decode settings; for a record from before they were split (backend,
    model, language, prompt and pipeline side by side), those it was made with, as Whisper's
    decoding options were then always the defaults."""
    from .base import DecodeOptions

    if not isinstance(settings, dict):
        return None
    if isinstance(settings.get("decode"), dict):
        return settings["decode"]
    if "clean" in settings or not all(k in settings for k in ("backend", "model", "language")):
        return None
    return {"backend": settings["backend"], "model": settings["model"],
            "language": settings["language"], "prompt": settings.get("prompt", ""),
            "decoding": DecodeOptions().settings()}


def decode_matches(stored: Any, wanted: dict, any_backend: bool = False) -> bool:
    """Whether a record's decode settings (:func:`decode_settings`) are ``wanted``; with
    ``any_backend`` (``--backend auto``), whichever backend made it."""
    stored = decode_settings(stored)
    if stored is None:
        return False
    if any_backend:
        return {**stored, "backend": None} == {**wanted, "backend": None}
    return stored == wanted


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


def _listed(record: dict, stem: str) -> dict[str, str | None]:
    """The outputs a record lists, each with its hash where the record has one."""
    outputs = record.get("outputs")
    if isinstance(outputs, dict):
        return {o: h if isinstance(h, str) else None for o, h in outputs.items()}
    if isinstance(outputs, list):
        return {o: None for o in outputs if isinstance(o, str)}
    return {f"{stem}.{fmt}": None for fmt in DEFAULT_FORMATS}  # a record from before the list


def written_outputs(job: Job) -> dict[str, list[str | int | None]]:
    """Names beside ``job.stem`` that cleanup wrote for it, each with what tells an edit,
    one per record that lists it: its SHA-256 as written, else (a record from before the
    hashes) the record's modification time, which a later edit passes; ``None`` for the
    records themselves and the names an unfinished set's pending marker lists."""
    written: dict[str, list[str | int | None]] = {}
    for path in (job.record_path(("json",)), job.record_path(())):
        record = read_record(path)
        if record is None:
            continue
        try:
            mtime = os.stat(path).st_mtime_ns
        except OSError:
            continue
        listed = _listed(record, job.stem.name)
        for name, digest in listed.items():
            written.setdefault(name, []).append(digest or mtime)
        if path.name not in listed:  # the hidden record: cleanup's alone
            written.setdefault(path.name, []).append(None)
    try:
        pending = json.loads(job.pending_path.read_text(encoding="utf-8"))
        for name in (p for p in pending if isinstance(p, str)):
            written.setdefault(name, []).append(None)
    except (OSError, ValueError, TypeError):
        pass
    return written


def owned_outputs(job: Job) -> set[str]:
    """Names beside ``job.stem`` that cleanup wrote for it: listed in a record (the JSON
    output or the sidecar) or in an unfinished set's pending marker."""
    return set(written_outputs(job))


def content_hash(name: str, data: bytes | str) -> str:
    """The SHA-256 of an output as written; of a JSON output, of the part before the record
    (which holds this hash)."""
    if name.endswith(".json"):
        text = data if isinstance(data, str) else data.decode("utf-8", "surrogateescape")
        data = without_record(text).encode("utf-8", "surrogateescape")
    elif isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    return hashlib.sha256(data).hexdigest()


def is_edited(path: Path, written: list[str | int | None]) -> bool:
    """Whether an output cleanup wrote was changed since: it matches none of what its
    records say was written (``written`` as in :func:`written_outputs`)."""
    def unchanged(mark: str | int | None) -> bool:
        if isinstance(mark, str):
            return content_hash(path.name, path.read_bytes()) == mark
        if isinstance(mark, int):
            return os.stat(path).st_mtime_ns <= mark
        return True

    try:
        return bool(written) and not any(unchanged(mark) for mark in written)
    except OSError:
        return False


def edited_outputs(job: Job, targets: list[Path]) -> list[Path]:
    """The ``targets`` that cleanup wrote and a person edited since."""
    written = written_outputs(job)
    return [t for t in targets if t.name in written and is_edited(t, written[t.name])]


def same_source(record: dict, job: Job) -> bool:
    """The record was made from this file: same size and time, and the same SHA-256 where
    the record names another path (another folder's ``visit.wav``)."""
    made_from = record.get("source")
    try:
        st = os.stat(job.source)
        if (not isinstance(made_from, dict) or made_from.get("size") != st.st_size
                or made_from.get("mtime_ns") != st.st_mtime_ns):
            return False
        if made_from.get("path") == str(job.source.absolute()):
            return True  # the same file, unchanged in size and time: no need to read it all
        return made_from.get("sha256") == source_identity(job.source)["sha256"]
    except OSError:
        return False


def is_done(job: Job, formats: tuple[str, ...], settings: dict, *,
            any_backend: bool = False) -> bool:
    """The record for these formats exists, no set is half renamed, the record's settings
    are these, its source is this file (:func:`same_source`), and every output it lists
    for these formats is there. A rerun over a large archive reads no recording it need
    not."""
    if os.path.lexists(job.pending_path):
        return False
    record = read_record(job.record_path(formats))
    if record is None:
        return False
    stored = record["settings"]
    if stored.get("clean") != settings.get("clean") or \
            not decode_matches(stored, settings["decode"], any_backend):
        return False
    listed = _listed(record, job.stem.name)
    if not all(out.name in listed and is_regular_file(out) for out in job.outputs(formats)):
        return False
    if settings["clean"].get("redact_media") and not is_regular_file(job.redacted_media):
        return False
    return same_source(record, job)


def stored_result(job: Job, formats: tuple[str, ...], settings: dict, *,
                  any_backend: bool = False) -> Path | None:
    """A record that holds Whisper's result for this source at these decode settings, so
    the job needs cleaning only: this run's record first, then the other kind."""
    for path in dict.fromkeys((job.record_path(formats), job.record_path(("json",)),
                               job.record_path(()))):
        record = read_record(path)
        if (record is not None and isinstance(record.get("raw"), dict)
                and isinstance(record.get("source"), dict)
                and decode_matches(record["settings"], settings["decode"], any_backend)
                and same_source(record, job)):
            return path
    return None


def plan(jobs: list[Job], options: BatchOptions, settings: dict
         ) -> tuple[list[Job], list[FileResult]]:
    """The jobs to run (each with :attr:`Job.stored` set where no decoding is needed), and
    a result for each of the others: ``skipped`` (done), or ``failed`` (an output would
    replace a file cleanup did not write, or one edited since; ``force`` allows)."""
    todo: list[Job] = []
    settled: list[FileResult] = []
    auto = options.backend == "auto"
    for job in jobs:
        wanted = job_settings(settings, job)
        if not options.force and is_done(job, options.formats, wanted, any_backend=auto):
            settled.append(FileResult(str(job.source), "skipped", "up to date",
                                      outputs=tuple(map(str, job.outputs(options.formats)))))
            continue
        if not options.force:
            refusal = _refusal(job, options.formats)
            if refusal is not None:
                settled.append(FileResult(str(job.source), "failed", str(refusal)))
                continue
        stored = None if options.force else stored_result(job, options.formats, wanted,
                                                          any_backend=auto)
        todo.append(dataclasses.replace(job, stored=stored))
    return todo, settled


def _refusal(job: Job, formats: tuple[str, ...]) -> InputError | None:
    """Why this job must not write its outputs without ``force``, if it must not."""
    targets = list(dict.fromkeys(job.outputs(formats) + [job.record_path(formats)]))
    owned = written_outputs(job)
    foreign = [t for t in targets if os.path.lexists(t) and t.name not in owned]
    if foreign:
        return InputError(foreign[0], f"exists and was not written by cleanup (no record of "
                                      f"it in {job.record_path(formats).name}); not replaced: "
                                      f"move it away, or use --force")
    edited = [t for t in targets if t.name in owned and os.path.lexists(t)
              and is_edited(t, owned[t.name])]
    if edited:
        return edited_error(edited[0])
    return None


def edited_error(path: Path) -> InputError:
    """The one line for an output a person edited, which is not replaced without force."""
    return InputError(path, "edited since cleanup wrote it; not replaced: use --force to "
                            f"keep it as {path.name}.edited-N and write the new one")


def make_record(job: Job, settings: dict, identity: dict[str, Any], *,
                duration: float | None, hashes: dict[str, str]) -> dict[str, Any]:
    """The record of one output set: the settings, the source (its absolute path, its
    :func:`source_identity` and its duration) and each output's :func:`content_hash`."""
    source = {"path": str(job.source.absolute()), **identity}
    if duration is not None:
        source["duration"] = duration
    return {"settings": settings, "source": source, "outputs": dict(hashes)}
