"""Errors a user can cause. The CLI prints them as one line and exits with status 1 (2 for
a :class:`ConfigError`: the settings)."""
from __future__ import annotations

import os
from pathlib import Path


class CleanupError(Exception):
    """Base class for errors with a message a person can act on."""


class ConfigError(CleanupError):
    """A pipeline or config file names an unknown step or option, or a bad value. ``path``:
    the config file it is in, when there is one (the message starts with it)."""

    def __init__(self, message: str, path: object = None):
        super().__init__(message)
        self.path = None if path is None else str(path)


class InputError(CleanupError):
    """A file cannot be read or parsed. ``str(err)`` is ``"PATH: reason"``."""

    def __init__(self, path: object, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


def located(exc: CleanupError, path: object) -> str:
    """The error's message as one line naming the file it happened on: as it is when it
    names a file already (an :class:`InputError`, an error in a config file), else
    ``PATH: message`` (a step that failed on that file).

    >>> located(CleanupError("step 'x' failed"), "a.txt")
    "a.txt: step 'x' failed"
    >>> located(InputError("b.txt", "no such file"), "a.txt")
    'b.txt: no such file'
    """
    return str(exc) if getattr(exc, "path", None) else f"{path}: {exc}"


def read_bytes(path: str | os.PathLike[str], kind: str = "") -> bytes:
    """A user's file, every way it can fail to be read an :class:`InputError`: "no such
    file", "is a directory" (``, not KIND`` when ``kind`` is given), "permission denied",
    or the system's reason."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path,
                         f"is a directory, not {kind}" if kind else "is a directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def check_media(path: Path) -> None:
    """A recording the decoder may open: it exists, is a regular file (a pipe or a device
    would block the decoder) and is not empty; else an :class:`InputError` saying which."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    if path.is_dir():
        raise InputError(path, "is a directory")
    if not path.is_file():
        raise InputError(path, "not a regular file")
    if size == 0:
        raise InputError(path, "empty file")


def read_text(path: str | os.PathLike[str], kind: str = "", hint: str = "") -> str:
    """A user's UTF-8 text file, a leading byte-order mark dropped; a file that is not UTF-8
    is an :class:`InputError` naming the first bad byte (and ``hint``, when given)."""
    data = read_bytes(path, kind)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text (invalid byte at offset {exc.start})"
                               + (f"; {hint}" if hint else "")) from None


class StepError(CleanupError):
    """A step (usually a plugin's) failed or returned something a transcript cannot be:
    it raised, returned no transcript, added words nobody said, or wrote impossible times.
    The message names the step; the CLI adds the file."""
