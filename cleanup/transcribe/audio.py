"""Audio loading: any audio or video file to 16 kHz mono float32, with PyAV (no ffmpeg binary).

Also the energy measure the openai-whisper backend uses as its silence guard, since that
backend has no voice activity detection of its own.

>>> import numpy as np
>>> voiced_frames(np.zeros(SAMPLE_RATE)).any()
np.False_
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import InputError, check_media

SAMPLE_RATE = 16_000
MEDIA_EXTENSIONS = frozenset(
    ".wav .mp3 .m4a .flac .ogg .oga .opus .aac .wma .mp4 .m4v .mov .mkv .webm .avi .mpeg .mpg"
    .split())
# Extensions that are surely not media, so a folder walk need not open them.
_NOT_MEDIA = frozenset(
    ".txt .md .rst .pdf .doc .docx .odt .rtf .csv .tsv .json .xml .html .htm .srt .vtt "
    ".jpg .jpeg .png .gif .bmp .tif .tiff .webp .svg .heic .py .toml .yaml .yml .ini "
    ".zip .tar .gz .log .ds_store".split())

# Leading bytes of the containers Whisper users have: (offset, magic).
_MAGIC = (
    (0, b"RIFF"), (0, b"ID3"), (0, b"\xff\xfb"), (0, b"\xff\xf3"), (0, b"\xff\xf2"),
    (0, b"\xff\xf1"), (0, b"\xff\xf9"), (0, b"fLaC"), (0, b"OggS"), (4, b"ftyp"),
    (0, b"\x1a\x45\xdf\xa3"), (0, b"FORM"), (0, b"\x30\x26\xb2\x75"),
)


def looks_like_media(path: str | Path) -> bool:
    """True for a file to transcribe: a media extension, or media bytes under another name.

    Notes, images and subtitles are not media. An empty or unreadable file with a media
    extension counts as media, so that the batch reports it instead of skipping it.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in MEDIA_EXTENSIONS:
        return True
    if suffix in _NOT_MEDIA or path.name.startswith(".") or not path.is_file():
        return False  # only a regular file is opened: a named pipe would block
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return any(head[off:off + len(magic)] == magic for off, magic in _MAGIC)


def load_audio(path: str | Path, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Decode the first audio stream of ``path`` to mono float32 at ``sample_rate``.

    Raises :class:`InputError` for a missing, empty or corrupt file and for a file with no
    audio stream (a silent screen recording).
    """
    import av

    path = Path(path)
    check_media(path)
    chunks: list[np.ndarray] = []
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            streams = container.streams.audio
            if not streams:
                raise InputError(path, "no audio stream")
            stream = streams[0]
            # set on the codec context, as the untyped `stream.thread_type = ...` forwarded it
            if stream.codec_context is not None:
                stream.codec_context.thread_type = "AUTO"
            resampler = av.AudioResampler(format="flt", layout="mono", rate=sample_rate)
            for frame in container.decode(stream):
                frame.pts = None  # the resampler need not follow the container's clock
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray().reshape(-1))
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
    except InputError:
        raise
    except av.error.InvalidDataError:
        raise InputError(path,
                         "not a readable audio or video file (corrupt or unknown format)") from None
    except av.error.FFmpegError as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise InputError(path, f"cannot decode audio: {reason}") from None
    if not chunks:
        raise InputError(path, "no audio could be decoded (corrupt or zero-length stream)")
    return np.concatenate(chunks).astype(np.float32, copy=False)


def media_duration(path: str | Path) -> float | None:
    """The duration in seconds from the container header, or ``None`` (cheap, no decoding)."""
    import av

    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            if container.duration:
                return container.duration / 1_000_000
            streams = container.streams.audio
            if streams and streams[0].duration and streams[0].time_base:
                return float(streams[0].duration * streams[0].time_base)
    except Exception:  # a bad file is reported when it is decoded, not here
        return None
    return None


# ---- the silence guard ---------------------------------------------------------------------
FRAME = 0.02  # seconds per energy frame
SILENCE_DBFS = -50.0  # below this a frame is silent, whatever the rest of the file does
DYNAMIC_RANGE_DB = 35.0  # ... and also when this far below the loud part of the recording


def frame_rms(audio: np.ndarray, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Root-mean-square level of consecutive ``FRAME``-second frames."""
    hop = int(FRAME * sample_rate)
    n = len(audio) // hop
    if n == 0:
        return np.zeros(0, dtype=np.float32)
    frames = np.asarray(audio[: n * hop], dtype=np.float32).reshape(n, hop)
    return np.sqrt(np.mean(frames * frames, axis=1))


def voiced_frames(audio: np.ndarray, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """A boolean per ``FRAME`` telling whether it carries sound above the silence floor.

    The floor is the louder of an absolute level and a level relative to the loud frames
    (the 98th percentile), so room tone in a recording with speech counts as silence.
    """
    rms = frame_rms(audio, sample_rate)
    if rms.size == 0:
        return np.zeros(0, dtype=bool)
    loud = float(np.percentile(rms, 98))
    floor = max(10 ** (SILENCE_DBFS / 20), loud * 10 ** (-DYNAMIC_RANGE_DB / 20))
    return rms > floor


def has_sound(voiced: np.ndarray, start: float | None, end: float | None,
              pad: float = 0.25, min_frames: int = 3) -> bool:
    """True when ``[start - pad, end + pad]`` holds at least ``min_frames`` voiced frames."""
    if start is None or end is None:
        return True
    lo = max(0, int((start - pad) / FRAME))
    hi = min(len(voiced), int(np.ceil((end + pad) / FRAME)))
    return int(voiced[lo:hi].sum()) >= min(min_frames, max(1, hi - lo))
