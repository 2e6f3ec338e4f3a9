"""Which files a run transcribes, and where their outputs go.

``find_jobs(["visits"], Path("out"))`` walks ``visits/`` and maps ``visits/2024/a.mp4`` to
the outputs ``out/2024/a.{txt,srt,vtt,json}`` (a :class:`Job`); :func:`read_file_list`
reads a ``--files-from`` list. What became of a job is a picklable :class:`FileResult`.
Every output path lies inside the output folder: a name that would lead out of it
(``../outside/x.wav`` under ``--root``) is refused.
"""
from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import InputError
from .audio import looks_like_media
from .options import BatchError

RECORD_SUFFIX = ".cleanup.json"  # hidden record beside outputs when json is not among them
PENDING_SUFFIX = ".cleanup-pending"  # present only while a set is being renamed into place
LOCK_SUFFIX = ".cleanup-lock"  # present only while a run writes the set


@dataclass(frozen=True)
class Job:
    """One media file, its path relative to its input (``rel``, what a shard splits on),
    and where its outputs go (``stem`` + ``.fmt``). ``decisions``: the reviewer's
    decisions for this recording, from the file ``decisions_file``; ``stored``: the record
    that holds this source's decoded result at this run's decode settings (the job is
    cleaned again without decoding)."""

    source: Path
    stem: Path
    rel: str = ""
    decisions: Any = field(default=None, compare=False)
    stored: Path | None = field(default=None, compare=False)
    decisions_file: str | None = field(default=None, compare=False)

    def outputs(self, formats: Iterable[str]) -> list[Path]:
        return [self.stem.with_name(f"{self.stem.name}.{fmt}") for fmt in formats]

    def record_path(self, formats: Iterable[str]) -> Path:
        """Where this run's record goes: the JSON output, else a hidden sidecar."""
        if "json" in formats:
            return self.stem.with_name(f"{self.stem.name}.json")
        return self.stem.with_name(f".{self.stem.name}{RECORD_SUFFIX}")

    @property
    def redacted_media(self) -> Path:
        """Where ``--redact-media`` writes the recording with its redacted words silenced:
        ``NAME.redacted.EXT``, in the source's container."""
        return self.stem.with_name(f"{self.stem.name}.redacted{self.source.suffix.lower()}")

    @property
    def pending_path(self) -> Path:
        return self.stem.with_name(f".{self.stem.name}{PENDING_SUFFIX}")

    @property
    def lock_path(self) -> Path:
        return self.stem.with_name(f".{self.stem.name}{LOCK_SUFFIX}")


def find_jobs(inputs: Iterable[str], out_dir: Path, *, root: str | Path | None = None,
              listed: Iterable[str] = ()) -> tuple[list[Job], list[InputError]]:
    """Media files under the inputs, each mapped to its place under ``out_dir``.

    Without ``root``, a folder's files keep their path relative to the folder and a file
    given by name goes to the top of ``out_dir``; with ``root``, every file keeps its path
    relative to ``root`` (a file outside it is an error). ``listed`` names (a
    ``--files-from`` list) are taken like inputs, except that without ``root`` a relative
    name keeps its path relative to the current folder. Only regular files are read (a
    named pipe would block); hidden files and folders are tool state and skipped. The output
    folder may lie inside an input: its recordings are transcribed like any others, and
    what cleanup writes there is never read back (its only media, ``--redact-media``'s
    ``NAME.redacted.EXT``, is skipped). A file named twice is
    done once; two sources that would share outputs (``visit.mp4`` and ``visit.wav``) are
    an error for the second one.
    """
    finder = _Finder(Path(out_dir))
    for name in inputs:
        finder.add_input(name, root)
    for name in dict.fromkeys(listed):
        finder.add_input(name, root if root is not None else
                         None if os.path.isabs(name) else ".")
    return finder.jobs, finder.errors


class _Finder:
    """The jobs and errors of :func:`find_jobs`, as inputs are added."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.jobs: list[Job] = []
        self.errors: list[InputError] = []
        self.claimed: dict[Path, Path] = {}

    def add_input(self, name: str, root: str | Path | None) -> None:
        path = Path(name)
        if root is not None and not path.is_absolute():
            path = Path(root) / path
        if path.is_dir():
            for found in sorted(_walk(path)):
                if looks_like_media(found) and not self.redacted_copy(found):
                    self.add(found, found.relative_to(path), root)
        elif is_regular_file(path):
            if looks_like_media(path):
                self.add(path, Path(path.name), root)
            else:
                self.errors.append(InputError(path, "not an audio or video file"))
        elif os.path.lexists(path):
            self.errors.append(InputError(path, "not a regular file"))
        else:
            self.errors.append(InputError(path, "no such file or directory"))

    def redacted_copy(self, path: Path) -> bool:
        """A recording ``--redact-media`` wrote (``NAME.redacted.EXT`` in the output
        folder): an output, never read back as an input."""
        return path.stem.endswith(".redacted") and _inside(path, self.out_dir)

    def add(self, source: Path, rel: Path, root: str | Path | None) -> None:
        if root is not None:
            under = relative_to_root(source, Path(root))
            if under is None:
                self.errors.append(InputError(source, f"not under --root {root}"))
                return
            rel = under
        stem = self.out_dir / rel.parent / rel.stem
        if not _inside(stem, self.out_dir):
            self.errors.append(InputError(source, f"its outputs would lie outside the output "
                                                  f"folder {self.out_dir}; not transcribed"))
            return
        key = stem.resolve()
        if key in self.claimed:
            if not _same_file(self.claimed[key], source):
                self.errors.append(InputError(source, f"same output name as "
                                                      f"{self.claimed[key]}; rename one"))
            return  # the same recording named twice: done once
        self.claimed[key] = source
        self.jobs.append(Job(source, stem, rel.as_posix()))


def _normal(path: Path) -> Path:
    """``path`` absolute, with ``.`` and ``..`` taken out by name (``a/../b`` is ``b``)."""
    return Path(os.path.normpath(os.path.abspath(path)))


def relative_to_root(source: Path, root: Path) -> Path | None:
    """``source``'s path under ``root``, with no ``..`` in it; ``None`` when it lies
    outside. Compared by name first, then with links followed (a root reached through a
    symbolic link)."""
    for resolve in (_normal, Path.resolve):
        try:
            return resolve(source).relative_to(resolve(root))
        except (ValueError, OSError):
            continue
    return None


def _inside(stem: Path, out_dir: Path) -> bool:
    try:
        _normal(stem).relative_to(_normal(out_dir))
    except ValueError:
        return False
    return True


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def printable(text: str) -> str:
    """``text`` with the bytes of a file name that is not UTF-8 (kept as lone surrogates)
    shown as ``\\xNN``, so it can be printed, and written as UTF-8 or JSON.

    >>> print(printable(os.fsdecode(b"visits/bad\\xffname.wav")))
    visits/bad\\xffname.wav
    """
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no byte stands for
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


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
    lines are skipped, and nothing else is trimmed (names may hold spaces). A line that is
    not UTF-8 is a file name's bytes as they are (as the file system gives them), so it
    names that file, or is reported as missing like any other line."""
    try:
        if path == "-":
            stdin = getattr(sys.stdin, "buffer", None)
            data = stdin.read() if stdin is not None else \
                sys.stdin.read().encode("utf-8", "surrogateescape")
        else:
            with open(path, "rb") as fh:
                data = fh.read()
    except OSError as exc:
        raise BatchError(f"{path}: cannot read the file list: {exc.strerror or exc}", 2) from None
    lines = data.removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return [os.fsdecode(line) for line in lines.split(b"\n") if line.strip()]


@dataclass(frozen=True)
class FileResult:
    """What became of one source: ``done``, ``skipped`` or ``failed`` (with the reason; a
    ``done`` one may have a remark, an edited output kept aside); ``decoded``: whether a
    ``done`` one was decoded, or cleaned again from its stored Whisper result;
    ``unmatched``: one line per reviewer decision that matched no change."""

    source: str
    status: str
    reason: str = ""
    audio_seconds: float | None = None
    wall_seconds: float = 0.0
    outputs: tuple[str, ...] = ()
    decoded: bool = True
    unmatched: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "status": self.status, "reason": self.reason,
                "audio_seconds": self.audio_seconds, "wall_seconds": round(self.wall_seconds, 3),
                "outputs": list(self.outputs),
                "decoded": self.decoded if self.status == "done" else False,
                **({"unmatched": list(self.unmatched)} if self.unmatched else {})}
