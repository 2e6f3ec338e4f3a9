"""Whisper's JSON (``whisper --output_format json``, ``model.transcribe()``'s result, WhisperX,
whisper-timestamped, whisper.cpp's ``--output-json``) and the one conversion of a Whisper
result to a :class:`Transcript` (:func:`transcript_from_whisper`), which the transcription
backends use too.

Words with timings and probabilities are read when present, else the segment text. Whisper
words carry their leading space (``" Hello"``), and one without it continues the word before
(``" Hashim"`` + ``"oto's"``); WhisperX writes words without spaces, and whisper-timestamped
under ``"text"``: in a result where no word has a leading space, each entry is a word.
A segment's ``speaker`` (WhisperX diarization) is kept.

Writing keeps Whisper's shape (so tools that read Whisper JSON read ours), adds ``changes``
(after those of the file read, so ``cleanup fix`` on a transcribe JSON keeps them), the
``redactions`` of a de-identified transcript (their public keys only), keeps the raw
Whisper result under ``raw``, and the reviewer's decisions it was made with under
``decisions`` (:mod:`cleanup.decision_file`; read back as ``meta["decisions"]``). Times
that are not finite numbers are refused on reading and never written (JSON has no NaN).

>>> t = transcript_from_whisper({"segments": [{"start": 0, "end": 1, "speaker": "SPEAKER_00",
...     "words": [{"word": "Hello", "start": 0, "end": 0.5}, {"word": "there", "start": 0.5}]}]})
>>> t.text, t.segments[0].speaker, [(w.start, w.end) for w in t.tokens]
('Hello there', 'SPEAKER_00', [(0.0, 0.5), (0.5, None)])
"""
from __future__ import annotations

import itertools
import json
import math
import operator
from bisect import bisect_left
from typing import IO, Any, Iterable, Iterator, Mapping, Sequence, cast

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
        speaker, label, cue = seg.get("speaker"), seg.get("label"), seg.get("cue")
        segment = Segment(_time(seg.get("start"), name, where), _time(seg.get("end"), name, where),
                          no_speech_prob=_quality(seg.get("no_speech_prob")),
                          avg_logprob=_quality(seg.get("avg_logprob")),
                          compression_ratio=_quality(seg.get("compression_ratio")),
                          speaker=speaker if isinstance(speaker, str) and speaker else None,
                          label=label.strip() + " " if isinstance(label, str) and label.strip()
                          else None,
                          cue=cue.strip() if isinstance(cue, str) and cue.strip() else None)
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
    if isinstance(data.get("redactions"), list):  # de-identified (cleanup.redactions)
        meta["redacted"] = True
    if "decisions" in data:  # a reviewer's decisions, checked where they are used
        meta["decisions"] = data["decisions"]
    return transcript_from_whisper(data, name=name, **meta)


def _from_whisper_cpp(data: dict[str, Any]) -> dict[str, Any]:
    """whisper.cpp's ``--output-json`` (``transcription``: text with ``offsets`` in ms) in
    Whisper's shape; what is not a number stays as it is, for the usual checks."""
    segments = []
    for item in data["transcription"]:
        if not isinstance(item, dict):
            segments.append(item)
            continue
        offsets = item.get("offsets")
        if not isinstance(offsets, dict):
            offsets = {}
        start, end = offsets.get("from"), offsets.get("to")
        segments.append({"start": _seconds(start), "end": _seconds(end),
                         "text": item.get("text", "")})
    result = data.get("result")
    if not isinstance(result, dict):
        result = {}
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
    """Whisper-shaped JSON, written one segment at a time and each segment's words one at a
    time, read from the transcript's columns: a long transcript never exists as a tree of
    dicts, as ``Token`` objects or as a second copy of its text, even when it is one segment
    (a text with no blank line)."""
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
    spoken = [(seg, at) for seg, at in _segment_positions(transcript) if len(at)]
    texts = transcript.texts
    # The whole text, escaped a segment at a time (JSON escapes each character on its own,
    # so the pieces join to what escaping the joined text gives), never held as one string.
    stream.write("{\n  \"text\": \"")
    for k, (_, at) in enumerate(spoken):
        if k:
            stream.write(" ")
        _write_text(stream, texts, at)
    stream.write("\",\n")
    if "language" in transcript.meta:
        stream.write(f"  \"language\": {_dump(transcript.meta['language'], 1)},\n")
    stream.write("  \"segments\": [")
    for k, (seg, at) in enumerate(spoken):
        stream.write(("," if k else "") + "\n    ")
        _write_record(stream, k, seg, at, transcript)
    stream.write(("\n  " if spoken else "") + "],\n")
    _write_list(stream, "changes", itertools.chain(transcript.meta.get("changes", ()),
                                                   (c.as_dict() for c in changes)))
    # What the run proposed and did not make, and the edits it blocked because they would
    # have changed what was said (see cleanup.gate): listed only when there are some.
    for key in ("suggestions", "blocked"):
        if transcript.meta.get(key):
            stream.write(",\n")
            _write_list(stream, key, transcript.meta[key])
    if "redactions" in transcript.meta:
        stream.write(",\n")
        _write_list(stream, "redactions", map(_public, transcript.meta["redactions"]))
    if transcript.meta.get("decisions"):  # the reviewer's decisions it was made with
        stream.write(f",\n  \"decisions\": {_dump(transcript.meta['decisions'], 1)}")
    stream.write(closing + "\n}\n")


#: What a redaction record may show (cleanup.redactions.public_records makes them): never
#: the ``deidentify`` step's own ``text``; ``original`` only in a private copy.
_PUBLIC = ("category", "subtype", "replacement", "start", "end", "word", "segment",
           "original")


def _public(record: Mapping[str, Any]) -> dict[str, Any]:
    return {key: record[key] for key in _PUBLIC if key in record}


def _escaped(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _segment_positions(transcript: Transcript) -> Iterator[tuple[Segment, Sequence[int]]]:
    """Each segment with the indices of its tokens: a range when segment indices never go
    down (the usual order), else a list."""
    segs, segments = transcript.segment_indices, transcript.segments
    # Read as ints: a None among them (a token without a segment) makes the check below
    # raise TypeError (-1 <= None included, for the first), which takes the other path.
    ints = cast("tuple[int, ...]", segs)
    try:
        ordered = all(map(operator.le, itertools.chain((-1,), ints), ints))
    except TypeError:  # a token without a segment
        ordered = False
    if ordered:
        lo = bisect_left(ints, 0)
        for k, seg in enumerate(segments):
            hi = bisect_left(ints, k + 1, lo)
            yield seg, range(lo, hi)
            lo = hi
        return
    groups: list[list[int]] = [[] for _ in segments]
    for i, s in enumerate(segs):
        if s is not None and 0 <= s < len(segments):
            groups[s].append(i)
    yield from zip(segments, groups)


_CHUNK = 4096  # tokens escaped at a time


def _write_text(stream: IO[str], texts: Sequence[str], at: Sequence[int]) -> None:
    """The tokens at ``at`` joined by spaces, JSON-escaped, written a few thousand tokens
    at a time: a segment as long as the file (a text with no blank line) is never one
    string, let alone its escaped copy."""
    for lo in range(0, len(at), _CHUNK):
        part = at[lo:lo + _CHUNK]
        words = texts[part.start:part.stop] if isinstance(part, range) else \
            [texts[i] for i in part]
        stream.write((" " if lo else "") + _escaped(" ".join(words)))


_WORDS = "\x00words\x00"  # where a record's words go in its dumped text
_TEXT = "\x00text\x00"  # where its text goes


def _write_record(stream: IO[str], index: int, seg: Segment, at: Sequence[int],
                  transcript: Transcript) -> None:
    """One segment's record, as ``_dump(record, 2)`` would write it, its words streamed."""
    starts, ends, probs = transcript.starts, transcript.ends, transcript.probabilities
    start, end = seg.start, seg.end
    if start is None or end is None:
        start, end = _span(seg, at, starts, ends)
    record: dict[str, Any] = {"id": index, "start": start, "end": end, "text": _TEXT}
    if seg.speaker:
        record["speaker"] = seg.speaker
    if seg.label:
        record["label"] = seg.label.strip()
    if seg.cue:
        record["cue"] = seg.cue  # a WebVTT cue identifier, for the way back
    record["words"] = _WORDS
    record.update({f: getattr(seg, f) for f in _QUALITY if getattr(seg, f) is not None})
    head, _, rest = _dump(record, 2).partition(json.dumps(_WORDS))
    del record
    before, _, after = head.partition(_escaped(_TEXT))
    stream.write(before)
    _write_text(stream, transcript.texts, at)
    stream.write(after)
    if not len(at):
        stream.write("[]")
    else:
        stream.write("[")
        texts, pad = transcript.texts, "\n" + "  " * 4
        for k, i in enumerate(at):
            word = {"word": " " + texts[i], "start": starts[i] if starts else None,
                    "end": ends[i] if ends else None}
            if probs and probs[i] is not None:
                word["probability"] = probs[i]
            stream.write(("," if k else "") + pad + _dump(word, 4))
        stream.write("\n" + "  " * 3 + "]")
    stream.write(rest)


def _span(seg: Segment, at: Sequence[int], starts: Sequence[float | None] | None,
          ends: Sequence[float | None] | None) -> tuple[float | None, float | None]:
    """A segment's time span from its words (as :meth:`Transcript.span`), else its own."""
    if starts is not None and ends is not None:
        word_starts = [s for s in (starts[i] for i in at) if s is not None]
        word_ends = [e for e in (ends[i] for i in at) if e is not None]
        if word_starts and word_ends:
            return min(word_starts), max(word_ends)
    return seg.start, seg.end


def _write_list(stream: IO[str], key: str, items: Iterable[Any]) -> None:
    """``"key": [...]`` at the top level, one item at a time."""
    stream.write(f"  {json.dumps(key)}: [")
    count = 0
    for item in items:
        stream.write(("," if count else "") + "\n    " + _dump(item, 2))
        count += 1
    stream.write(("\n  " if count else "") + "]")
