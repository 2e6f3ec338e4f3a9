"""Write a copy of a recording whose audio is silent (or a tone) wherever words were redacted.

The container is the target's (its extension; without one, the source's). Audio streams
are decoded and encoded again (:mod:`.tracks`); video streams are copied packet for packet,
never re-encoded; subtitle, data and attachment streams and cover art are left out, since a
subtitle track says what the captions hide, and so are the container's tags (a title or a
comment can hold a name). The copy is written beside the target under a hidden name and
renamed over it only when complete.
"""
from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, Sequence

import av
from av.stream import Disposition

from ..errors import InputError, check_media
from .tracks import MODES, AudioTrack
from .windows import Window, windows

_MP4_MUXERS = ("mp4", "mov", "ipod", "3gp")


@dataclass(frozen=True)
class MediaRedaction:
    """What :func:`redact_media` wrote: the ``windows`` redacted (seconds, after padding,
    merging and clipping to the audio), each audio stream's codec, the streams copied
    packet for packet (``"video h264"``) and those left out (``"subtitle mov_text"``)."""

    target: Path
    windows: tuple[Window, ...]
    audio: tuple[str, ...]
    copied: tuple[str, ...]
    dropped: tuple[str, ...]

    @property
    def seconds(self) -> float:
        """How much of the recording is redacted."""
        return sum(end - start for start, end in self.windows)


def redact_media(source: str | os.PathLike[str], target: str | os.PathLike[str],
                 spans: Iterable[Sequence[float]], *, mode: str = "silence",
                 pad: float = 0.05) -> MediaRedaction:
    """Write ``target``: ``source`` with every span (``(start, end)`` seconds from the
    start of its audio) silenced, or replaced by a 1 kHz tone when ``mode="tone"``.

    Spans are widened by ``pad`` seconds on each side, merged and clipped. A source that
    cannot be read or has no audio, or a target that cannot be written, is an
    :class:`~cleanup.errors.InputError` (``"FILE: reason"``), and ``target`` is then
    left as it was.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
    source, target = Path(source), Path(target)
    wins = windows(spans, pad)
    check_media(source)
    _check_target(source, target)
    with _open_source(source) as inp:
        if not inp.streams.audio:
            raise InputError(source, "no audio stream")
        first_audio = inp.streams.audio[0].index
        tmp = _temp_beside(target, target.suffix or source.suffix)
        try:
            plan = _write(inp, tmp, wins, mode, source, target)
            _finish(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    return MediaRedaction(
        target, tuple(windows(wins, 0.0, plan.tracks[first_audio].seconds)),
        tuple(t.codec for t in plan.tracks.values()), tuple(plan.copied), tuple(plan.dropped))


def _write(inp: Any, tmp: Path, wins: list[Window], mode: str, source: Path,
           target: Path) -> _Plan:
    """Write the redacted copy of ``inp`` to ``tmp``; errors name ``target``."""
    out = _open_target(tmp, target, inp)
    try:
        plan = _add_streams(inp, out, wins, mode, target)
        _copy_packets(inp, out, plan, source, target)
    except BaseException:
        with contextlib.suppress(Exception):  # the error that stopped us is the one to tell
            out.close()
        raise
    with _blame(target, "cannot write"):
        out.close()
    return plan


def _check_target(source: Path, target: Path) -> None:
    if target.is_dir():
        raise InputError(target, "is a directory")
    if target.exists() and os.path.samefile(source, target):
        raise InputError(target, "is the source; write the redacted copy to another file")


def _open_source(path: Path) -> Any:
    try:
        return av.open(str(path), metadata_errors="ignore")
    except av.error.InvalidDataError:
        raise InputError(path, "not a readable audio or video file (corrupt or unknown format)"
                         ) from None
    except (av.FFmpegError, OSError) as exc:
        raise InputError(path, f"cannot read: {_reason(exc)}") from None


def _temp_beside(target: Path, suffix: str) -> Path:
    """A new empty hidden file beside ``target``, ending in ``suffix`` (FFmpeg picks the
    container from it), with the mode a new file gets."""
    with _blame(target, "cannot write"):
        target.parent.mkdir(parents=True, exist_ok=True)
        while True:
            tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}.part{suffix}"
            try:
                os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
                return tmp
            except FileExistsError:
                continue


def _open_target(tmp: Path, target: Path, inp: Any) -> Any:
    """The output container; with no extension on either file, the source's format. An
    MP4 or MOV gets its index first, so that a published video plays while it loads."""
    named = target.suffix or Path(inp.name).suffix
    fmt = None if named else inp.format.name.split(",")[0]
    try:
        out = av.open(str(tmp), "w", format=fmt)
        if out.format.name not in _MP4_MUXERS:
            return out
        out.close()  # nothing written yet: open again, now with the option for its muxer
        return av.open(str(tmp), "w", format=out.format.name,
                       container_options={"movflags": "+faststart"})
    except ValueError:  # FFmpeg knows no container by that extension
        suffix = Path(inp.name).suffix
        like = f"the source's, {suffix}" if suffix else ".wav or .mp4"
        raise InputError(target, f"no media format has the extension {target.suffix}; "
                                 f"use {like}") from None
    except (av.FFmpegError, OSError) as exc:
        raise InputError(target, f"cannot write: {_reason(exc)}") from None


class _Plan(NamedTuple):
    """The output's streams: an :class:`AudioTrack` per audio stream and a copy of each
    video stream, by the input stream's index, and the names of those copied and left out."""

    tracks: dict[int, AudioTrack]
    copies: dict[int, Any]
    copied: list[str]
    dropped: list[str]


def _add_streams(inp: Any, out: Any, wins: list[Window], mode: str, target: Path) -> _Plan:
    plan = _Plan({}, {}, [], [])
    first = inp.streams.audio[0]
    exact = "mp4" in inp.format.name.split(",")  # its stated durations are edit lists'
    keep = _keeps_codec(inp, out, target)
    for stream in inp.streams:
        label = f"{stream.type} {stream.codec_context.name}" if stream.codec_context \
            else stream.type
        if stream.type == "audio":
            with _blame(target, "cannot write audio"):
                track = AudioTrack(stream, out, wins, mode, _start(stream) - _start(first),
                                   _end(stream) if exact else None, keep)
            _copy_language(stream, track.stream)
            plan.tracks[stream.index] = track
            continue
        copy = None
        if stream.type == "video" and not stream.disposition & Disposition.attached_pic:
            copy = _copy_video(stream, out, target, label)
        if copy is None:
            plan.dropped.append(label)
        else:
            plan.copies[stream.index] = copy
            plan.copied.append(label)
    return plan


def _keeps_codec(inp: Any, out: Any, target: Path) -> bool:
    """Whether the copy's audio keeps the source's codec: when it is the same kind of file,
    or Matroska (which holds any). Another kind gets its own usual codec: a ``.wav`` of a
    video's sound is PCM, a ``.mp4`` of a WAV is AAC."""
    name = out.format.name
    return name in inp.format.name.split(",") or name == "matroska" or \
        target.suffix.lower() == Path(inp.name).suffix.lower()


def _copy_video(stream: Any, out: Any, target: Path, label: str) -> Any | None:
    """A stream of ``out`` to copy ``stream``'s packets into; ``None`` when ``out`` is an
    audio file (a ``.wav`` of a video's sound)."""
    try:
        copy = out.add_stream_from_template(stream)
    except ValueError:
        if out.default_video_codec == "none":
            return None
        raise InputError(target, f"a {target.suffix} file cannot hold the source's {label}; "
                                 "write to the source's format") from None
    _copy_language(stream, copy)
    return copy


def _copy_packets(inp: Any, out: Any, plan: _Plan, source: Path, target: Path) -> None:
    """Every packet of the kept streams, in file order: audio through its track, video
    as it is; then the audio encoders' last packets."""
    tracks, copies = plan.tracks, plan.copies
    wanted = [inp.streams[i] for i in (*tracks, *copies)]
    for packet in _demux(inp, wanted, source):
        track = tracks.get(packet.stream.index)
        if track is None:
            if not packet.size:
                continue  # the demuxer's end-of-stream marker, no data
            packet.stream = copies[packet.stream.index]
            with _blame(target, "cannot write"):
                out.mux(packet)
            continue
        with _blame(source, "cannot decode audio"):
            frames = track.decode(packet)
        for frame in frames:
            with _blame(target, "cannot write audio"):
                out.mux(track.encode(frame))
    with _blame(target, "cannot write audio"):
        for track in tracks.values():
            out.mux(track.encode(None))


def _demux(inp: Any, streams: list[Any], source: Path) -> Iterator[Any]:
    packets = inp.demux(streams)
    while True:
        with _blame(source, "cannot read"):
            packet = next(packets, None)
        if packet is None:
            return
        yield packet


def _start(stream: Any) -> float:
    return float(stream.start_time * stream.time_base) if stream.start_time is not None else 0.0


def _end(stream: Any) -> float | None:
    if stream.duration is None or stream.time_base is None:
        return None
    return _start(stream) + float(stream.duration * stream.time_base)


def _copy_language(source: Any, copy: Any) -> None:
    language = source.metadata.get("language")
    if language and language != "und":
        copy.metadata["language"] = language


def _finish(tmp: Path, target: Path) -> None:
    """Sync the finished copy to disk and rename it over ``target``."""
    with _blame(target, "cannot write"):
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)


@contextlib.contextmanager
def _blame(path: Path, what: str) -> Iterator[None]:
    """Turn PyAV's and the system's errors inside into one line naming ``path``."""
    try:
        yield
    except InputError:
        raise
    except av.error.InvalidDataError:
        raise InputError(path, f"{what}: corrupt data") from None
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise InputError(path, f"{what}: {_reason(exc)}") from None


def _reason(exc: BaseException) -> str:
    """The reason, lower-cased to follow a colon ("no space left on device"), unless it
    starts with an acronym ("EOF")."""
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return reason[0].lower() + reason[1:] if reason[:2] != reason[:2].upper() else reason
