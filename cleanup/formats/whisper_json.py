"""Whisper's JSON (``whisper --output_format json``, or ``model.transcribe()``'s result).

Reading takes segments and, when present, their words with timings and probabilities; a
word without a leading space is glued to the previous one. Writing keeps that shape (so
tools that read Whisper JSON read ours), adds ``changes``, and keeps the raw Whisper result
under ``raw`` when the transcript came from a transcription.
"""
from __future__ import annotations

import json
from typing import Any, Iterable

from ..errors import InputError
from ..pipeline import Change
from ..transcript import Segment, Token, Transcript


def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def words_to_tokens(words: Iterable[dict]) -> list[Token]:
    """Whisper words (" Hello,", "-", "ox") → tokens, gluing pieces with no leading space."""
    tokens: list[Token] = []
    for w in words:
        raw = str(w.get("word", ""))
        if not raw.strip():
            continue
        start, end, prob = _num(w.get("start")), _num(w.get("end")), _num(w.get("probability"))
        if tokens and not raw[:1].isspace():
            prev = tokens[-1]
            probs = [p for p in (prev.probability, prob) if p is not None]
            tokens[-1] = Token(prev.text + raw.strip(), prev.sep, prev.start,
                               end if end is not None else prev.end,
                               probability=min(probs) if probs else None)
            continue
        for k, piece in enumerate(raw.split()):
            tokens.append(Token(piece, " ", start, end, probability=prob))
    return tokens


def from_result(result: dict, name: str = "<json>", **meta: Any) -> Transcript:
    """A Transcript from a Whisper result dict (segments, optional words)."""
    segments = result.get("segments")
    if not isinstance(segments, list):
        raise InputError(name, "not a Whisper JSON transcript: no 'segments' list")
    pairs = []
    for k, seg in enumerate(segments):
        if not isinstance(seg, dict):
            raise InputError(name, f"not a Whisper JSON transcript: segment {k} is not an object")
        segment = Segment(_num(seg.get("start")), _num(seg.get("end")),
                          _num(seg.get("no_speech_prob")), _num(seg.get("avg_logprob")),
                          _num(seg.get("compression_ratio")))
        words = seg.get("words")
        if isinstance(words, list) and words:
            pairs.append((segment, words_to_tokens(words)))
        else:
            pairs.append((segment, str(seg.get("text", ""))))
    meta.setdefault("format", "json")
    if "language" in result:
        meta.setdefault("language", result["language"])
    return Transcript.from_segments(pairs, **meta)


def read(content: str, name: str = "<json>") -> Transcript:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"invalid JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(data, dict):
        raise InputError(name, "not a Whisper JSON transcript: expected an object")
    raw = data.get("raw") if isinstance(data.get("raw"), dict) else None
    return from_result(data, name, **({"whisper": raw} if raw else {}))


def write(transcript: Transcript, changes: Iterable[Change] = ()) -> str:
    segments = []
    for k, (seg, tokens) in enumerate(zip(transcript.segments, transcript.segment_tokens())):
        if not tokens:
            continue
        start, end = seg.start, seg.end
        if start is None or end is None:
            start, end = transcript.span(tokens)
        segments.append({
            "id": len(segments),
            "start": start,
            "end": end,
            "text": " ".join(t.text for t in tokens),
            "words": [{"word": " " + t.text, "start": t.start, "end": t.end,
                       **({"probability": t.probability} if t.probability is not None else {})}
                      for t in tokens],
            **{f: getattr(seg, f) for f in ("no_speech_prob", "avg_logprob", "compression_ratio")
               if getattr(seg, f) is not None},
        })
    out: dict[str, Any] = {"text": " ".join(s["text"] for s in segments)}
    if "language" in transcript.meta:
        out["language"] = transcript.meta["language"]
    out["segments"] = segments
    out["changes"] = [c.as_dict() for c in changes]
    if "whisper" in transcript.meta:
        out["raw"] = transcript.meta["whisper"]
    if transcript.meta.get("settings"):
        out["settings"] = dict(transcript.meta["settings"])
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
