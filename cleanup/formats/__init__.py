"""Readers and writers: plain text, SRT, WebVTT and Whisper JSON, in one table.

Every format has one reader, ``read(content, name) -> Transcript``, one writer,
``write(transcript, stream, changes, name)`` that writes to an open text stream (like the
writers of whisper's ``utils.get_writer``, and so that a long transcript is never held twice,
as a transcript and as text), and a sniffer beside its reader that tells the format from a
file's first characters; a new format is a module with those functions and a row in
:data:`ALL_FORMATS`. A row without a reader and writer is an output made elsewhere: ``html``,
the review page (:mod:`cleanup.review`), which ``cleanup transcribe --formats`` can write.

>>> t = parse("1\\n00:00:01,000 --> 00:00:02,500\\nI’Ve had uh a lot\\n", "srt", name="x.srt")
>>> [(s.start, s.end) for s in t.segments], t.text
([(1.0, 2.5)], 'I’Ve had uh a lot')
>>> render(t, "vtt").splitlines()[3:5]
['00:00:01.000 --> 00:00:02.500', 'I’Ve had uh a lot']
>>> output_formats(), output_formats(default=True)
(('txt', 'srt', 'vtt', 'html', 'json'), ('txt', 'srt', 'vtt', 'json'))
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from io import StringIO
from typing import IO, Any, Callable, Iterable, NamedTuple, cast

from ..errors import InputError, read_bytes
from ..transcript import Transcript
from ..validation import suggestion
from . import subtitles, text, whisper_json
from .binary import MEDIA, what_binary


Reader = Callable[[str, str], Transcript]
Writer = Callable[[Transcript, IO[str], Iterable[Any], str], None]


class Format(NamedTuple):
    """A file format: its reader, its writer and the file extensions that imply it; the
    sniffer that knows it by its first characters; whether ``cleanup transcribe`` writes it
    unless told otherwise. An output made elsewhere (the review page) has no reader or
    writer here."""

    read: Reader | None
    write: Writer | None
    extensions: tuple[str, ...]
    sniff: Callable[[str], bool] | None = None
    by_default: bool = True


#: name -> Format; the order is the order outputs are listed and written (json last:
#: ``cleanup transcribe`` renames its record, the JSON, last).
ALL_FORMATS: dict[str, Format] = {
    "txt": Format(text.read, text.write, (".txt", ".text", ".md")),
    "srt": Format(subtitles.read_srt, subtitles.write_srt, (".srt",), subtitles.sniff_srt),
    "vtt": Format(subtitles.read_vtt, subtitles.write_vtt, (".vtt",), subtitles.sniff_vtt),
    "html": Format(None, None, (".html",), by_default=False),  # the review page
    "json": Format(whisper_json.read, whisper_json.write, (".json",), whisper_json.sniff),
}
#: The formats a transcript is read from and written to (every row but the review page's).
FORMATS: dict[str, Format] = {name: f for name, f in ALL_FORMATS.items() if f.read and f.write}
_EXTENSIONS = {ext: fmt for fmt, spec in FORMATS.items() for ext in spec.extensions}
# Which sniffer is asked first: a signature at the very start (WEBVTT, a JSON object) before
# a timing line anywhere in the head, which a WebVTT file has too. None says yes: txt.
_SNIFFED_FIRST = ("vtt", "json", "srt")
_SNIFFERS = tuple((fmt, sniffer) for fmt in _SNIFFED_FIRST
                  if (sniffer := FORMATS[fmt].sniff) is not None)
_UNSNIFFED = "txt"


def output_formats(*, default: bool = False) -> tuple[str, ...]:
    """The formats an output set can hold, in the order they are written; with
    ``default``, those written unless others are asked for (the review page is not)."""
    return tuple(name for name, f in ALL_FORMATS.items() if f.by_default or not default)


def get_format(fmt: str, name: str = "<text>") -> Format:
    """The table row of a format name; an :class:`InputError` naming the valid ones if unknown."""
    try:
        return FORMATS[fmt]
    except KeyError:
        raise InputError(name, f"unknown format {fmt!r}{suggestion(fmt, FORMATS)}; "
                               f"formats: {', '.join(FORMATS)}") from None


# FORMATS holds only the rows with a reader and a writer.
def _reader(fmt: str, name: str) -> Reader:
    return cast(Reader, get_format(fmt, name).read)


def _writer(fmt: str, name: str) -> Writer:
    return cast(Writer, get_format(fmt, name).write)


def format_for(path: str | Path) -> str | None:
    """The format a file name implies (``None`` when the extension says nothing)."""
    return _EXTENSIONS.get(Path(str(path)).suffix.lower())


def sniff(content: str) -> str:
    """The format a text looks like, by each format's own sniffer (txt when none knows it)."""
    head = content.lstrip("\ufeff \t\r\n")[:200]
    for fmt, sniffer in _SNIFFERS:
        if sniffer(head):
            return fmt
    return _UNSNIFFED


def decode(data: bytes, name: str) -> str:
    """Bytes to text, refusing binary files (a PDF, an image, audio or video: see
    :func:`~cleanup.formats.binary.what_binary`) and text that is not UTF-8 (or UTF-16 with
    a BOM)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(name, "invalid UTF-16 text") from None
    what = what_binary(data[:8192])
    if what == MEDIA:
        raise InputError(name, "audio or video: use cleanup transcribe")
    if what is not None:
        raise InputError(name, f"{what}, not a transcript (cleanup reads .txt, .srt, .vtt "
                               "and Whisper .json)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 text (invalid byte at offset {exc.start}); "
                               "convert it first, e.g. iconv -f latin1 -t utf-8") from None


def parse(content: str, fmt: str | None = None, *, name: str = "<text>") -> Transcript:
    """A transcript from text in a format (sniffed from the content when not given)."""
    content = content.lstrip("\ufeff")
    return _reader(fmt or sniff(content), name)(content, name)


def read(path: str | Path, fmt: str | None = None) -> Transcript:
    """Read a transcript file (``-`` is standard input); raises :class:`InputError`."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        data = read_bytes(path)
        fmt = fmt or format_for(Path(path))
    content = decode(data, name)
    del data  # a long file is held once, as text
    return parse(content, fmt, name=name)


def render(transcript: Transcript, fmt: str, changes: Iterable[Any] = (),
           *, name: str = "<output>") -> str:
    """The transcript as text in a format; json includes the changes."""
    buffer = StringIO()
    _writer(fmt, name)(transcript, buffer, changes, name)
    return buffer.getvalue()


def write(transcript: Transcript, target: str | Path | IO[str], fmt: str | None = None,
          changes: Iterable[Any] = (), *, name: str | None = None) -> None:
    """Write a transcript to a path (atomically; the format from its extension unless
    given) or to an open text stream; without ``fmt``, the transcript's own format.
    ``name`` is the file named in errors (the target's name by default)."""
    if isinstance(target, (str, Path)):
        where = name or str(target)
        writer = _writer(fmt or format_for(target) or transcript.meta.get("format", "txt"), where)
        write_atomic(target, lambda stream: writer(transcript, stream, changes, where))
    else:
        where = name or str(getattr(target, "name", "<output>"))
        _writer(fmt or transcript.meta.get("format", "txt"), where)(
            transcript, target, changes, where)


def _read_umask() -> int:
    mask = os.umask(0)  # the only way to read it; done once, at import, before any thread
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def write_temp(path: str | Path, content: str | Callable[[IO[str]], None]) -> Path:
    """Write ``content`` to a fresh hidden file beside ``path`` (``.NAME.xxxxxxxx.part``),
    synced to disk and with the usual file mode, and return its path; nothing is left
    behind if writing fails. Renaming it over ``path`` is the caller's atomic step.

    ``content`` is the text, or a function that writes it to the open file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            if isinstance(content, str):
                fh.write(content)
            else:
                content(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs get the usual mode
    except BaseException:
        _remove_quietly(tmp)
        raise
    return Path(tmp)


def _remove_quietly(path: str | Path) -> None:
    """Remove a temporary file on the way out of an error; a failure here must not hide it."""
    try:
        os.unlink(path)
    except OSError:
        pass


def write_atomic(path: str | Path, content: str | Callable[[IO[str]], None]) -> None:
    """Write a file so that readers see the old file or the whole new one, never a part.

    ``content`` is the text, or a function that writes it to the open file."""
    tmp = write_temp(path, content)
    try:
        os.replace(tmp, path)
    except BaseException:
        _remove_quietly(tmp)
        raise
