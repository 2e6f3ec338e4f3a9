"""Replacing found PHI in a transcript, and the record of each replacement.

Each span becomes one token: the first token of the span, rewritten to what stood before
the PHI, the replacement and what stood after it (``<UNSURE>Ayrton Warren</UNSURE>`` →
``<UNSURE>[NAME]</UNSURE>``, ``Smith's,`` → ``[NAME]'s,``); the other tokens of the span are
dropped. The kept token keeps its id and segment, and is timed from the first token's start
to the last one's end. A transcriber tag inside a span (``thirty first <UNIN/> October``)
stays, with a replacement on each side of it.

Modes: ``tag`` writes ``[CATEGORY]``, ``mask`` writes ``***``, ``surrogate`` writes a
consistent fake value (:mod:`.surrogates`).

>>> from cleanup.transcript import Transcript
>>> from .spans import Span
>>> t = Transcript.from_text("hi <UNSURE>Jack Smith's</UNSURE> dog")
>>> new, records = apply(t, [Span(1, 8, 2, 5, "NAME", "PATIENT")], Replacer("tag", t))
>>> new.text
"hi <UNSURE>[NAME]'s</UNSURE> dog"
>>> records[0]["text"], records[0]["tokens"]
('Jack Smith', (1, 3))
"""
from __future__ import annotations

import zlib
from typing import Any, Sequence

import regex

from ..edits import Edits
from ..transcript import Token, Transcript
from .spans import Span
from .surrogates import Surrogates
from .view import shape

MODES = ("tag", "surrogate", "mask")
_TAGS = regex.compile(r"<[^<>]*>")


class Replacer:
    """What one file's PHI becomes in a mode: ``[CATEGORY]``, ``***`` or a surrogate (the
    surrogates of one file share their choices and date offset)."""

    def __init__(self, mode: str, transcript: Transcript, seed: int | None = None):
        self.mode = mode
        self.surrogates = None
        if mode == "surrogate":
            self.surrogates = Surrogates(seed if seed is not None else zlib.crc32(
                "\n".join(transcript.texts[:2000]).encode("utf-8", "replace")))

    def __call__(self, category: str, subtype: str, original: str) -> str:
        if self.mode == "mask":
            return "***"
        if self.surrogates is not None:
            return self.surrogates.value(category, subtype, " ".join(original.split()))
        return f"[{category}]"


def apply(transcript: Transcript, spans: Sequence[Span],
          replace: Replacer) -> tuple[Transcript, tuple[dict[str, Any], ...]]:
    """The transcript with every span replaced, and one record per span."""
    texts = transcript.texts
    view = transcript.tokens
    edits: dict[int, list[Token]] = {}
    records = []
    # In captions a span that runs over a cue is replaced in each cue, so no cue is emptied.
    cues = transcript.segment_indices if transcript.meta.get("format", "txt") != "txt" else None
    # Values are chosen in reading order (a surrogate's numbering), then written from the
    # end back, so that two spans in one token (``Leeds—Okafor``) each keep their offsets.
    pieces = [(a, start, b, end, replace(span.category, span.subtype,
                                         _slice(transcript, a, start, b, end)))
              for span in spans for a, start, b, end in _pieces(texts, span, cues)]
    for a, start, b, end, value in sorted(pieces, key=lambda p: (p[0], p[1]), reverse=True):
        edits.update(_rewrite(view, a, start, b, end, value, edits))
    for span in spans:
        original = original_text(transcript, span)
        start_time, end_time = transcript.span(view[span.first:span.last + 1])
        records.append({"category": span.category, "subtype": span.subtype, "text": original,
                        "start": start_time, "end": end_time,
                        "tokens": (span.first, span.last + 1), "id": _id(transcript, span.first)})
    # Replacing PHI is this step's purpose: its numbers and names are not kept, so it opts
    # out of the meaning contract (cleanup.meaning) that holds every other step.
    changes = Edits(transcript, keeps_meaning=False)
    for i in sorted(edits):
        changes.replace(i, i + 1, edits[i])
    return changes.commit(), tuple(records)


def _rewrite(view, a: int, start: int, b: int, end: int, value: str,
             done: dict[int, list[Token]]) -> dict[int, list[Token]]:
    """The edits that make tokens ``a``..``b`` one token holding ``value`` (a token already
    rewritten after ``end`` by a later span keeps that rewrite): kept in one function, so
    that moving to another editing API touches only this."""
    first, last = view[a], view[b]
    if b in done and done[b]:
        last = done[b][0]
        if b == a:
            first = last
    text = first.text[:start] + value + last.text[end:]
    new = first._replace(text=text)
    if b > a and last.end is not None:
        new = new._replace(end=last.end)
    edits = {a: [new]}
    for k in range(a + 1, b + 1):
        edits[k] = []
    return edits


def _pieces(texts: Sequence[str], span: Span,
            cues: Sequence[object] | None = None) -> list[tuple[int, int, int, int]]:
    """The span cut around transcriber tags inside it (``<UNIN/>`` between words, or
    ``<UNSURE>`` opening or closing on a word), and at the edges of ``cues`` (each token's
    cue, in captions): ``(first, start, last, end)``."""
    pieces: list[tuple[int, int, int, int]] = []
    a: int | None = span.first
    start = span.start
    for k in range(span.first + 1, span.last + 1):
        found = shape(texts[k])
        if cues is not None and a is not None and cues[k] != cues[k - 1]:
            pieces.append((a, start, k - 1, _word_end(texts[k - 1])))
            a = None
            if not found.key:
                continue
        if not found.key:
            if _is_tag(texts[k]) and a is not None:
                pieces.append((a, start, k - 1, _word_end(texts[k - 1])))
                a = None
            continue
        if a is not None and ("<" in texts[k][:found.start] or _tag_after(texts[a:k])):
            pieces.append((a, start, k - 1, _word_end(texts[k - 1])))
            a = None
        if a is None:
            a, start = k, found.start
    if a is not None:
        pieces.append((a, start, span.last, span.end))
    return pieces


def _tag_after(texts: Sequence[str]) -> bool:
    """Whether the last token holding a word among ``texts`` has a tag after its word."""
    for text in reversed(texts):
        found = shape(text)
        if found.key:
            return "<" in text[found.start + len(found.core):]
    return False


def _word_end(text: str) -> int:
    """Where the word of a token ends, a closing tag or punctuation after it kept."""
    found = shape(text)
    return found.start + len(found.core) if found.key else len(text)


def _is_tag(text: str) -> bool:
    """A transcriber tag with no word in it (``<UNIN/>``), not a word inside tags
    (``<UNSURE>Wexcombe</UNSURE>``)."""
    return text.startswith("<") and text.endswith(">") and not _TAGS.sub("", text).strip()


def _slice(transcript: Transcript, a: int, start: int, b: int, end: int) -> str:
    texts, seps = transcript.texts, transcript.seps
    if a == b:
        return texts[a][start:end]
    parts = [texts[a][start:]]
    for k in range(a + 1, b):
        parts += [seps[k], texts[k]]
    parts += [seps[b], texts[b][:end]]
    return "".join(parts)


def original_text(transcript: Transcript, span: Span) -> str:
    """The PHI as it stood in the transcript (separators folded to spaces)."""
    return " ".join(_slice(transcript, span.first, span.start, span.last, span.end).split())


def _id(transcript: Transcript, i: int) -> int | None:
    ident = transcript.ids[i]
    return None if ident < 0 else ident
