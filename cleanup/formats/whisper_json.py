"""Whisper's JSON (``whisper --output_format json``, ``model.transcribe()``'s result, WhisperX,
whisper-timestamped, whisper.cpp's ``--output-json``) and the one conversion of a Whisper result to a :class:`Transcript`
(:func:`transcript_from_whisper`), which the transcription backends use too.

Words with timings and probabilities are read when present, else the segment text. Whisper
words carry their leading space (``" Hello"``), and one without it continues the word before
(``" Hashim"`` + ``"oto's"``); WhisperX writes words without spaces, and whisper-timestamped
under ``"text"``: in a result where no word has a leading space, each entry is a word.
A segment's ``speaker`` (WhisperX diarization) is kept.

Writing keeps Whisper's shape (so tools that read Whisper JSON read ours), adds ``changes``
(after those of the file read, so ``cleanup fix`` on a transcribe JSON keeps them) and keeps
the raw Whisper result under ``raw``. Times that are not finite numbers are refused on
reading and never written (JSON has no NaN).

>>> t = transcript_from_whisper({"segments": [{"start": 0, "end": 1, "speaker": "SPEAKER_00",
...     "words": [{"word": "Hello", "start": 0, "end": 0.5}, {"word": "there", "start": 0.5}]}]})
>>> t.text, t.segments[0].speaker, [(w.start, w.end) for w in t.tokens]
('Hello there', 'SPEAKER_00', [(0.0, 0.5), (0.5, None)])
"""
from __future__ import annotations

import itertools
import json
import math
from typing import IO, Any, Iterable, Mapping

from ..errors import InputError
from ..transcript import Segment, Token, Transcript
from .timecode import valid_seconds

_QUALITY = ("no_speech_prob", "avg_logprob", "compression_ratio")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _quality(value: Any) -> float | None:
    """A probability or ratio: a finite number, else ``None`` (Whisper writes -inf at times)."""
    if not _is_number(value):
        return None
    try:
        value = float(value)
    except OverflowError:
        return None
    return value if math.isfinite(value) else None


def _time(value: Any, name: str, where: str) -> float | None:
    if value is None:
        return None
    if _is_number(value):
        try:
            seconds = float(value)
        except OverflowError:
            seconds = math.inf
        if valid_seconds(seconds):
            return round(seconds, 3)
    shown = repr(value) if len(repr(value)) < 30 else repr(value)[:27] + "..."
    raise InputError(name, f"not a Whisper JSON transcript: {where}: invalid time {shown}")


def _word_text(word: Mapping[str, Any]) -> Any:
    return word.get("word", word.get("text", ""))


def _spaced(segments: list) -> bool:
    """True for Whisper's words (" Hello"), False for WhisperX's and whisper-timestamped's."""
    for seg in segments:
        words = seg.get("words") if isinstance(seg, dict) else None
        for w in words if isinstance(words, list) else ():
            text = _word_text(w) if isinstance(w, dict) else None
            if isinstance(text, str) and text[:1].isspace():
                return True
    return False


def _tokens(words: list, spaced: bool, name: str, where: str) -> list[Token]:
    tokens: list[Token] = []
    for k, w in enumerate(words):
        if w is None:
            continue
        if not isinstance(w, dict):
            raise InputError(name, f"not a Whisper JSON transcript: {where}, "
                                   f"word {k} is not an object")
        raw = _word_text(w)
        if not isinstance(raw, str):
            raise InputError(name, f"not a Whisper JSON transcript: {where}, word {k} has no text")
        if not raw.strip():
            continue
        start = _time(w.get("start"), name, f"{where}, word {k}")
        end = _time(w.get("end"), name, f"{where}, word {k}")
        prob = _quality(w.get("probability", w.get("score", w.get("confidence"))))
        if spaced and tokens and not raw[:1].isspace():
            prev = tokens[-1]
            probs = [p for p in (prev.probability, prob) if p is not None]
            tokens[-1] = Token(prev.text + raw.strip(), prev.sep, prev.start,
                               end if end is not None else prev.end,
                               probability=min(probs) if probs else None)
            continue
        for piece in raw.split():
            tokens.append(Token(piece, " ", start, end, probability=prob))
    return tokens


def sniff(head: str) -> bool:
    """Whether a file's first characters look like JSON: an object."""
    return head.startswith("{")


def transcript_from_whisper(result: Mapping[str, Any], *, name: str = "<json>",
                            **meta: Any) -> Transcript:
    """A Transcript from a Whisper result: one segment per Whisper segment, one token per word.

    Raises :class:`InputError` (naming ``name``) for anything that is not such a result.
    """
    segments = result.get("segments")
    if not isinstance(segments, list):
        raise InputError(name, "not a Whisper JSON transcript: no 'segments' list")
    spaced = _spaced(segments)
    pairs: list[tuple[Segment, list[Token] | str]] = []
    for k, seg in enumerate(segments):
        where = f"segment {k}"
        if not isinstance(seg, dict):
            raise InputError(name, f"not a Whisper JSON transcript: {where} is not an object")
        speaker, label = seg.get("speaker"), seg.get("label")
        segment = Segment(_time(seg.get("start"), name, where), _time(seg.get("end"), name, where),
                          *(_quality(seg.get(f)) for f in _QUALITY),
                          speaker=speaker if isinstance(speaker, str) and speaker else None,
                          label=label.strip() + " " if isinstance(label, str) and label.strip()
                          else None)
        words = seg.get("words")
        if isinstance(words, list) and any(w is not None for w in words):
            pairs.append((segment, _tokens(words, spaced, name, where)))
        else:
            text = seg.get("text", "")
            if not isinstance(text, str):
                raise InputError(name, f"not a Whisper JSON transcript: {where} has no text")
            pairs.append((segment, text.strip()))
    language = result.get("language")
    if isinstance(language, str):
        meta.setdefault("language", language)
    return Transcript.from_segments(pairs, **meta)


def read(content: str, name: str = "<json>") -> Transcript:
    try:
        data = json.loads(content.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise InputError(name, f"invalid JSON: {exc.msg} at line {exc.lineno}") from None
    except RecursionError:
        raise InputError(name, "invalid JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise InputError(name, f"invalid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(name, "not a Whisper JSON transcript: expected an object")
    if "segments" not in data and isinstance(data.get("transcription"), list):
        data = _from_whisper_cpp(data)
    meta: dict[str, Any] = {"format": "json"}
    if isinstance(data.get("raw"), dict):
        meta["whisper"] = data["raw"]
    changes = data.get("changes")
    if isinstance(changes, list) and all(isinstance(c, dict) for c in changes):
        meta["changes"] = tuple(changes)
    return transcript_from_whisper(data, name=name, **meta)


def _from_whisper_cpp(data: dict[str, Any]) -> dict[str, Any]:
    """whisper.cpp's ``--output-json`` (``transcription``: text with ``offsets`` in ms) in
    Whisper's shape; what is not a number stays as it is, for the usual checks."""
    segments = []
    for item in data["transcription"]:
        if not isinstance(item, dict):
            segments.append(item)
            continue
        offsets = item.get("offsets") if isinstance(item.get("offsets"), dict) else {}
        start, end = offsets.get("from"), offsets.get("to")
        segments.append({"start": _seconds(start), "end": _seconds(end),
                         "text": item.get("text", "")})
    result = data.get("result") if isinstance(data.get("result"), dict) else {}
    return {"segments": segments, **({"language": result["language"]}
                                     if isinstance(result.get("language"), str) else {})}


def _seconds(ms: Any) -> Any:
    if not _is_number(ms):
        return ms
    try:
        return ms / 1000
    except OverflowError:  # a 400-digit integer
        return math.inf


def _finite(value: Any) -> Any:
    """The value with every non-finite float replaced by ``None`` (JSON has no NaN)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if value is None or isinstance(value, (str, int)):  # most values: no ABC check
        return value
    if isinstance(value, (dict, Mapping)):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def _dump(value: Any, indent: int) -> str:
    """JSON text of ``value``, nested ``indent`` levels deep (for streaming the segments)."""
    text = json.dumps(_finite(value), ensure_ascii=False, indent=2, allow_nan=False)
    return text.replace("\n", "\n" + "  " * indent)


def write(transcript: Transcript, stream: IO[str], changes: Iterable[Any] = (),
          name: str = "<output>") -> None:
    """Whisper-shaped JSON, written one segment at a time, so that a long transcript never
    exists as a tree of dicts or a second copy of its text."""
    tail: dict[str, Any] = {}
    if "whisper" in transcript.meta:
        tail["raw"] = transcript.meta["whisper"]
    if transcript.meta.get("settings"):
        tail["settings"] = dict(transcript.meta["settings"])
    try:
        closing = "".join(f",\n  {json.dumps(key)}: {_dump(value, 1)}"
                          for key, value in tail.items())
    except RecursionError:  # a "raw" result nested nearly as deep as the JSON reader allows
        raise InputError(name, "cannot write JSON: the raw Whisper result is nested too deeply") \
            from None
    # The whole text, escaped a segment at a time (JSON escapes each character on its own,
    # so the pieces join to what escaping the joined text gives), never held as one string.
    stream.write("{\n  \"text\": \"")
    sep = ""
    for tokens in transcript.segment_groups():
        if tokens:
            stream.write(sep + json.dumps(" ".join(t.text for t in tokens), ensure_ascii=False)[1:-1])
            sep = " "
    stream.write("\",\n")
    if "language" in transcript.meta:
        stream.write(f"  \"language\": {_dump(transcript.meta['language'], 1)},\n")
    spoken = ((seg, tokens) for seg, tokens in zip(transcript.segments,
                                                          transcript.segment_groups()) if tokens)
    _write_list(stream, "segments", (_record(k, seg, tokens, transcript)
                                     for k, (seg, tokens) in enumerate(spoken)))
    stream.write(",\n")
    _write_list(stream, "changes", itertools.chain(transcript.meta.get("changes", ()),
                                                   (c.as_dict() for c in changes)))
    stream.write(closing + "\n}\n")


def _write_list(stream: IO[str], key: str, items: Iterable[Any]) -> None:
    """``"key": [...]`` at the top level, one item at a time."""
    stream.write(f"  {json.dumps(key)}: [")
    count = 0
    for item in items:
        stream.write(("," if count else "") + "\n    " + _dump(item, 2))
        count += 1
    stream.write(("\n  " if count else "") + "]")


def _record(index: int, seg: Segment, tokens: list[Token],
            transcript: Transcript) -> dict[str, Any]:
    start, end = seg.start, seg.end
    if start is None or end is None:
        start, end = transcript.span(tokens)
    record: dict[str, Any] = {"id": index, "start": start, "end": end,
                              "text": " ".join(t.text for t in tokens)}
    if seg.speaker:
        record["speaker"] = seg.speaker
    if seg.label:
        record["label"] = seg.label.strip()
    record["words"] = [{"word": " " + t.text, "start": t.start, "end": t.end,
                        **({"probability": t.probability} if t.probability is not None else {})}
                       for t in tokens]
    record.update({f: getattr(seg, f) for f in _QUALITY if getattr(seg, f) is not None})
    return record
