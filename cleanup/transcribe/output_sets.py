"""All-or-nothing output sets, one writer at a time, and a person's edits kept.

A recording's outputs (``a.txt``, ``a.srt``, ..., its record last) are written as one set::

    with set_lock(job.lock_path):            # .a.cleanup-lock: one writer per set
        keep or refuse edited outputs        # a.txt changed by hand -> a.txt.edited-1 (force)
        write temporary files                # .a.txt.xxxxxxxx.part (unique per writer)
        write the pending marker             # .a.cleanup-pending: "unfinished"
        rename each into place, record last
        remove the marker

An interruption leaves either the old set or the marker (so the set is redone), never a
mixed set that looks done. The lock is an advisory ``flock`` on a hidden file beside the
outputs, held while the set is written: two runs writing into one output folder take turns
on a set (the second waits, up to :data:`LOCK_WAIT` seconds, then fails that file with one
line), so neither removes the other's temporary files or marker. The lock file is removed
by its holder; where ``fcntl`` is missing (Windows) sets are written without one.
"""
from __future__ import annotations

import glob
import json
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from .. import formats
from ..errors import InputError
from .jobs import Job
from .records import edited_error, edited_outputs

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    _HAS_FCNTL = False
else:
    _HAS_FCNTL = True

LOCK_WAIT = 300.0  # seconds a writer waits for another run's set before giving up on it


@contextmanager
def set_lock(path: Path, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold the advisory lock at ``path`` (created, and removed again on release); an
    :class:`InputError` when another process holds it for ``wait`` seconds.

    A waiter that got the lock on a file its holder removed meanwhile tries again on the
    new one, so removing the lock file never lets two writers in."""
    if not _HAS_FCNTL:  # pragma: no cover
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            if _lock(fd, deadline) and _is_current(fd, path):
                break
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
        if time.monotonic() > deadline:
            raise InputError(path, f"another cleanup run has held this lock for over "
                                   f"{wait:.0f} s while writing these outputs; not written")
    try:
        yield
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass
        os.close(fd)


def _lock(fd: int, deadline: float) -> bool:
    """Take the lock on ``fd``, polling until ``deadline``; whether it was taken."""
    pause = 0.001
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() > deadline:
                return False
            time.sleep(pause)
            pause = min(pause * 2, 0.05)


def _is_current(fd: int, path: Path) -> bool:
    """The locked file is still the one at ``path`` (its last holder did not remove it)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)


def write_output_set(files: list[tuple[Path, str]], pending: Path) -> None:
    """Write ``(path, text)`` pairs as one set: each to a temporary name first, then a
    pending marker naming them, then renamed in order (the record last), then the marker
    removed. An interruption leaves either the old set or the marker (so the set is
    redone), never a mixed set that looks done. An error names the output, not a temp.
    The caller holds the set's lock (:func:`set_lock`)."""
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


def write_record_set(job: Job, formats_: tuple[str, ...], files: list[tuple[Path, str]],
                     record: dict[str, Any], *, force: bool = False) -> list[Path]:
    """Write a job's rendered outputs (``(path, text)`` in format order) with its record,
    the hidden one when no JSON output carries it, as one set, holding the set's lock; then
    remove the temporary files a killed run left beside them. An output a person edited
    since cleanup wrote it is an :class:`InputError` (nothing written), or with ``force``
    kept as ``NAME.edited-N``; the paths kept so are returned."""
    record_path = job.record_path(formats_)
    files = list(files)
    if record_path not in [path for path, _ in files]:
        files.append((record_path, hidden_record_text(record)))
    files.sort(key=lambda pair: pair[0] == record_path)  # the record last
    with set_lock(job.lock_path):
        edited = edited_outputs(job, [path for path, _ in files])
        if edited and not force:
            raise edited_error(edited[0])
        kept = [keep_aside(path) for path in edited]
        write_output_set(files, job.pending_path)
        _remove_stale_temps([path for path, _ in files] + [job.pending_path])
    return kept


def hidden_record_text(record: dict[str, Any]) -> str:
    """The hidden record's text: the record, Whisper's raw result on one line at the end."""
    head = {k: v for k, v in record.items() if k != "raw"}
    text = json.dumps(head, indent=2)
    if "raw" not in record:
        return text + "\n"
    raw = json.dumps(record["raw"], separators=(",", ":"))
    return f'{text[:-2]},\n  "raw": {raw}\n}}\n'


def keep_aside(path: Path) -> Path:
    """Rename ``path`` to ``NAME.edited-N``, N the first number not taken; the new path."""
    n = 1
    while True:
        kept = path.with_name(f"{path.name}.edited-{n}")
        try:
            try:
                os.link(path, kept)  # never replaces a file already kept
            except FileExistsError:
                n += 1
                continue
            except OSError:  # a file system without hard links
                if os.path.lexists(kept):
                    n += 1
                    continue
                os.rename(path, kept)
                return kept
            os.unlink(path)
            return kept
        except OSError as exc:
            raise InputError(path, f"cannot keep the edited file as {kept.name}: "
                                   f"{exc.strerror or exc}") from None


def _remove_stale_temps(paths: list[Path]) -> None:
    """Temporary files a killed run left beside these outputs (``.NAME.xxxxxxxx.part``);
    no live writer has any (each holds the set's lock while its temporary files exist)."""
    for path in paths:
        # mkstemp's 8 random characters: a set named "a" never takes "a.txt"'s files
        for stale in path.parent.glob(f".{glob.escape(path.name)}.{'?' * 8}.part"):
            try:
                stale.unlink()
            except OSError:
                pass
