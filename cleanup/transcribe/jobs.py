"""Which files a run transcribes, and where their outputs go.

``find_jobs(["visits"], Path("out"))`` walks ``visits/`` and maps ``visits/2024/a.mp4`` to
the outputs ``out/2024/a.{txt,srt,vtt,json}`` (a :class:`Job`); :func:`read_file_list`
reads a ``--files-from`` list. What became of a job is a picklable :class:`FileResult`.
"""
from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import InputError
from .audio import looks_like_media
from .options import BatchError

RECORD_SUFFIX = ".cleanup.json"  # hidden record beside outputs when json is not among them
PENDING_SUFFIX = ".cleanup-pending"  # present only while a set is being renamed into place


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
        elif is_regular_file(path):
            if looks_like_media(path):
                add(path, Path(path.name))
            else:
                errors.append(InputError(path, "not an audio or video file"))
        elif os.path.lexists(path):
            errors.append(InputError(path, "not a regular file"))
        else:
            errors.append(InputError(path, "no such file or directory"))
    return jobs, errors


def is_regular_file(path: Path) -> bool:
    """A regular file (not a folder, pipe or device): the only kind read, as a named pipe
    would block."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in filenames:
            if not f.startswith(".") and is_regular_file(here / f):
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
