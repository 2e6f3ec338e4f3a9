"""What the pipeline ran on: Whisper's raw result, which cleanup's JSON keeps under ``raw``.

``cleanup transcribe`` writes the cleaned segments and, under ``raw``, Whisper's own
result, with what its transcription guards dropped listed in ``raw.dropped``. The
review page runs the pipeline on that raw result without the drops
(as the backend did) and shows the drops struck through::

    raw:    {"segments": [{"start": 0, "end": 2, "text": " um hello you",
                           "words": [" um", " hello", " you" (1.9-2.0 s)]}],
             "dropped": [{"start": 1.9, "end": 2.0, "text": "you", "reason": "word in silence"}]}
    source: "um hello"       guard drops: [you, 1.9-2.0 s, "word in silence"]

A ``raw`` of the wrong shape (``"dropped": 5``, ``"words": 1.5``) is an
:class:`~cleanup.errors.InputError` naming the file, never a traceback.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any, Mapping

from ..errors import InputError
from ..formats.whisper_json import transcript_from_whisper
from ..transcript import Transcript

__all__ = ["check_raw", "guard_drops", "source_of"]


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _kind(value: Any) -> str:
    """``5`` -> ``a number (5)``: what a value is, for a message."""
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false",
             type(None): "null"}
    shown = repr(value) if _is_number(value) or isinstance(value, bool) else ""
    shown = shown if len(shown) <= 24 else shown[:21] + "..."
    name = names.get(type(value), "a number")
    return f"{name} ({shown})" if shown else name


def _time(value: Any) -> bool:
    if not _is_number(value):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:  # a 400-digit integer
        return False


def check_raw(whisper: Any, path: str | Path) -> None:
    """Raise :class:`InputError` (``"PATH: raw...: reason"``) unless ``whisper`` has the
    shape the page reads: ``segments`` a list of objects whose ``words`` is a list (of
    objects), and ``dropped`` a list of objects with times and text."""
    if not isinstance(whisper, Mapping):
        raise InputError(path, f"raw: expected an object, got {_kind(whisper)}")
    segments = whisper.get("segments")
    if segments is not None and not isinstance(segments, list):
        raise InputError(path, f"raw.segments: expected a list, got {_kind(segments)}")
    for k, seg in enumerate(segments or ()):
        if not isinstance(seg, Mapping):
            raise InputError(path, f"raw.segments[{k}]: expected an object, got {_kind(seg)}")
        words = seg.get("words")
        if words is not None and not isinstance(words, list):
            raise InputError(path, f"raw.segments[{k}].words: expected a list, got "
                                   f"{_kind(words)}")
        for j, word in enumerate(words or ()):
            if word is not None and not isinstance(word, Mapping):
                raise InputError(path, f"raw.segments[{k}].words[{j}]: expected an object, "
                                       f"got {_kind(word)}")
    _check_dropped(whisper.get("dropped"), path)


def _check_dropped(dropped: Any, path: str | Path) -> None:
    if dropped is not None and not isinstance(dropped, list):
        raise InputError(path, f"raw.dropped: expected a list, got {_kind(dropped)}")
    for k, drop in enumerate(dropped or ()):
        where = f"raw.dropped[{k}]"
        if not isinstance(drop, Mapping):
            raise InputError(path, f"{where}: expected an object, got {_kind(drop)}")
        for key in ("start", "end"):
            if not _time(drop.get(key)):
                raise InputError(path, f"{where}.{key}: expected a number of seconds, got "
                                       f"{_kind(drop.get(key))}")
        for key in ("text", "reason"):
            if drop.get(key) is not None and not isinstance(drop.get(key), str):
                raise InputError(path, f"{where}.{key}: expected text, got "
                                       f"{_kind(drop.get(key))}")


def _key(item: Mapping[str, Any], text_key: str) -> tuple[Any, Any, str]:
    def seconds(value: Any) -> float | None:
        return round(float(value), 3) if _time(value) else None

    return (seconds(item.get("start")), seconds(item.get("end")),
            str(item.get(text_key) or "").strip())


def source_of(transcript: Transcript, path: str | Path | None = None) -> Transcript:
    """What the pipeline ran on: Whisper's raw result when the file keeps it under ``raw``
    (less what the transcription guards dropped, as the backend did), else the transcript.
    ``path`` names the file in errors (a ``raw`` of the wrong shape)."""
    whisper = transcript.meta.get("whisper")
    if whisper is None:
        return transcript
    name = str(path) if path is not None else "the JSON"
    check_raw(whisper, name)
    if whisper.get("segments") is None:
        return transcript
    dropped = {_key(d, "text") for d in whisper.get("dropped") or ()}
    kept = []
    for seg in whisper["segments"]:
        if _key(seg, "text") in dropped:
            continue
        words = [w for w in seg.get("words") or () if w is not None
                 and _key(w, "word") not in dropped]
        if words or (str(seg.get("text") or "").strip() and not seg.get("words")):
            kept.append({**seg, "words": words})
    try:
        return transcript_from_whisper({"segments": kept}, name=name, **dict(transcript.meta))
    except InputError as exc:
        raise InputError(name, f"raw: {exc.reason}") from None


def guard_drops(source: Transcript) -> list[dict[str, Any]]:
    """What the transcription guards dropped before cleaning (``raw.dropped``), by time:
    segments Whisper heard in silence or marked as no speech, words in silence."""
    whisper = source.meta.get("whisper")
    dropped = whisper.get("dropped") if isinstance(whisper, Mapping) else None
    out = []
    for d in dropped if isinstance(dropped, list) else ():
        if isinstance(d, Mapping) and _time(d.get("start")) and _time(d.get("end")) \
                and str(d.get("text") or "").strip():
            out.append({"start": float(d["start"]), "end": float(d["end"]),
                        "text": str(d["text"]).strip(), "reason": str(d.get("reason") or "")})
    return sorted(out, key=lambda d: d["start"])
