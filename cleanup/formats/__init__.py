"""Readers and writers: plain text, SRT, WebVTT and Whisper JSON, in one table.

Every format has one reader, ``read(content, name) -> Transcript``, and one writer,
``write(transcript, changes, name) -> str`` (like whisper's ``utils.get_writer``); a new
format is a module with those two functions and a row in :data:`FORMATS`.

>>> t = parse("1\\n00:00:01,000 --> 00:00:02,500\\nI’Ve had uh a lot\\n", "srt", name="x.srt")
>>> [(s.start, s.end) for s in t.segments], t.text
([(1.0, 2.5)], 'I’Ve had uh a lot')
>>> render(t, "vtt").splitlines()[3:5]
['00:00:01.000 --> 00:00:02.500', 'I’Ve had uh a lot']
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Callable, Iterable, NamedTuple

from ..errors import InputError
from ..pipeline import Change
from ..transcript import Transcript
from . import subtitles, text, whisper_json


class Format(NamedTuple):
    """A file format: its reader, its writer and the file extensions that imply it."""

    read: Callable[[str, str], Transcript]
    write: Callable[[Transcript, Iterable[Change], str], str]
    extensions: tuple[str, ...]


def _ignore_changes(writer: Callable[[Transcript, str], str]):
    def write(transcript: Transcript, changes: Iterable[Change] = (), name: str = "<output>") -> str:
        return writer(transcript, name)
    write.__doc__ = writer.__doc__
    return write


#: name -> Format; the order is the order outputs are listed (and written: json last).
FORMATS: dict[str, Format] = {
    "txt": Format(text.read, _ignore_changes(text.write), (".txt", ".text", ".md")),
    "srt": Format(subtitles.read_srt, _ignore_changes(subtitles.write_srt), (".srt",)),
    "vtt": Format(subtitles.read_vtt, _ignore_changes(subtitles.write_vtt), (".vtt",)),
    "json": Format(whisper_json.read, whisper_json.write, (".json",)),
}
_EXTENSIONS = {ext: fmt for fmt, spec in FORMATS.items() for ext in spec.extensions}


def get_format(fmt: str, name: str = "<text>") -> Format:
    """The table row of a format name; an :class:`InputError` naming the valid ones if unknown."""
    try:
        return FORMATS[fmt]
    except KeyError:
        raise InputError(name, f"unknown format {fmt!r}; formats: {', '.join(FORMATS)}") from None


def format_for(path: str | Path) -> str | None:
    """The format a file name implies (``None`` when the extension says nothing)."""
    return _EXTENSIONS.get(Path(str(path)).suffix.lower())


def sniff(content: str) -> str:
    head = content.lstrip("\ufeff \t\r\n")[:200]
    if head.startswith("WEBVTT"):
        return "vtt"
    if head.startswith("{"):
        return "json"
    if subtitles.looks_like_srt(head):
        return "srt"
    return "txt"


def decode(data: bytes, name: str) -> str:
    """Bytes to text, refusing binary files and text that is not UTF-8 (or UTF-16 with a BOM)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(name, "invalid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary file, not text (expected .txt, .srt, .vtt or Whisper .json)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 text (invalid byte at offset {exc.start}); "
                               "convert it first, e.g. iconv -f latin1 -t utf-8") from None


def parse(content: str, fmt: str | None = None, *, name: str = "<text>") -> Transcript:
    """A transcript from text in a format (sniffed from the content when not given)."""
    content = content.lstrip("\ufeff")
    return get_format(fmt or sniff(content), name).read(content, name)


def read(path: str | Path, fmt: str | None = None) -> Transcript:
    """Read a transcript file (``-`` is standard input); raises :class:`InputError`."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        p = Path(path)
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            raise InputError(name, "no such file") from None
        except IsADirectoryError:
            raise InputError(name, "is a directory") from None
        except PermissionError:
            raise InputError(name, "permission denied") from None
        except OSError as exc:
            raise InputError(name, exc.strerror or str(exc)) from None
        fmt = fmt or format_for(p)
    content = decode(data, name)
    return parse(content, fmt, name=name)


def render(transcript: Transcript, fmt: str, changes: Iterable[Change] = (),
           *, name: str = "<output>") -> str:
    """The transcript as text in a format; json includes the changes."""
    return get_format(fmt, name).write(transcript, changes, name)


def write(transcript: Transcript, target: str | Path | IO[str], fmt: str | None = None,
          changes: Iterable[Change] = ()) -> None:
    """Write a transcript to a path (atomically; the format from its extension unless
    given) or to an open text stream; without ``fmt``, the transcript's own format."""
    if isinstance(target, (str, Path)):
        fmt = fmt or format_for(target) or transcript.meta.get("format", "txt")
        write_atomic(target, render(transcript, fmt, changes, name=str(target)))
    else:
        target.write(render(transcript, fmt or transcript.meta.get("format", "txt"), changes,
                            name=getattr(target, "name", "<output>")))


def _read_umask() -> int:
    mask = os.umask(0)  # the only way to read it; done once, at import, before any thread
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def write_atomic(path: str | Path, content: str) -> None:
    """Write a file so that readers see the old file or the whole new one, never a part."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs get the usual mode
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
