"""The review page's data: a run's words, paragraphs, cue flags and changes as column
arrays, which the page's script draws a screenful at a time (no HTML per word).

>>> from cleanup.decisions import trace
>>> from cleanup.presets import build_pipeline
>>> from cleanup.transcript import Transcript
>>> data = page_data(trace(build_pipeline("clean"), Transcript.from_text("um so i think")))
>>> data["words"]["text"], data["words"]["mark"]
(['um', 'so', 'i', 'think'], [4, 8, 8, 0])
>>> data["words"]["after"], data["changes"]["before"], data["changes"]["after"]
([[1, 'So'], [2, 'I']], ['um so', 'i', 'so'], ['so', 'I', 'So'])

``words`` (one entry per word, removed ones and what the transcription guards dropped in
their places): ``text`` (the word as heard), ``start`` (ms after the previous timed word's
start, ``null`` untimed), ``length`` (ms), ``p`` (Whisper's probability in percent) and
``mark`` (confidence level 0-3, plus 4 × kind: 1 removed, 2 changed, 3 dropped by a guard, 4
a private step's redaction, shown by its tag); sparse lists ``[index, ...]``: ``changes``
(the changes that touched the word), ``after`` (a changed word's new text), ``reason`` (a
guard's). ``paragraphs``: words per paragraph. ``flags``: ``[before word, cue, start,
text]`` for the cues that break caption rules. ``changes``: columns of every proposed
change, ``step`` an index into ``steps``, ``at`` its position
(:mod:`cleanup.decision_file`), ``accepted`` for a suggestion a reviewer accepted,
``private`` for a redaction (with ``digest`` and the page's ``salt`` instead of its words).
``suggestions``: columns of the suggestions held back (:mod:`cleanup.review.proposals`).
``source``: the digest of the words the run read.
"""
from __future__ import annotations

from typing import Any, Sequence

from ..decisions import Trace, source_digest
from ..transcript import Token
from .proposals import change_columns, suggestion_columns, without_originals
from .source import guard_drops

#: Whisper word probabilities below these bounds get confidence levels 1, 2, 3 (c1-c3).
CONFIDENCE_LEVELS = (0.4, 0.6, 0.8)
REMOVED, CHANGED, DROPPED, REDACTED = 1, 2, 3, 4


def confidence_level(probability: float | None) -> int:
    """1 (least sure) to 3 for a word probability, 0 when sure or unknown."""
    if probability is None:
        return 0
    for level, bound in enumerate(CONFIDENCE_LEVELS, 1):
        if probability < bound:
            return level
    return 0


class _Word:
    """One word on the page: a token of the final text, or a source token removed."""

    __slots__ = ("token", "source", "removed_by", "edited_by", "after")

    def __init__(self, token: Token, source: Token | None):
        self.token = token
        self.source = source
        self.removed_by: list[int] = []
        self.edited_by: list[int] = []
        self.after = token.text


def _edits(run: Trace) -> tuple[dict[int, list[int]], dict[int, list[tuple[int, str]]]]:
    """Token id -> the changes that removed it; token id -> (change, new text) edits."""
    removed: dict[int, list[int]] = {}
    edited: dict[int, list[tuple[int, str]]] = {}
    for k, traced in enumerate(run.changes):
        kept = {t.id: t.text for t in traced.after if t.id is not None}
        for tok in traced.before:
            if tok.id is None:
                continue
            if tok.id not in kept:
                removed.setdefault(tok.id, []).append(k)
            elif kept[tok.id] != tok.text or traced.change.step in run.private:
                edited.setdefault(tok.id, []).append((k, kept[tok.id]))
    return removed, edited


def words_of(run: Trace) -> list[_Word]:
    """The final tokens in order, with every removed source token put back in its place."""
    source = {t.id: t for t in run.source.tokens if t.id is not None}
    removed, edited = _edits(run)
    final_ids = {t.id for t in run.transcript.tokens if t.id is not None}
    gone = sorted(i for i in source if i not in final_ids)
    out: list[_Word] = []
    g = 0
    for tok in (*run.transcript.tokens, None):
        limit = float("inf") if tok is None else tok.id
        while limit is not None and g < len(gone) and gone[g] < limit:
            out.append(_Word(source[gone[g]], source[gone[g]]))
            g += 1
        if tok is not None:
            out.append(_Word(tok, source.get(tok.id)))
    for word in out:
        tid = word.token.id
        if tid is None:
            continue
        word.removed_by = removed.get(tid, [])
        edits = edited.get(tid, [])
        word.edited_by = [k for k, _ in edits]
        if tid not in final_ids:
            word.after = ""
        elif word.source is not None and word.token.text == word.source.text and edits:
            word.after = edits[-1][1]  # every edit was rejected: show what was proposed
    return out


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


class _Columns:
    """The ``words`` columns, filled a word at a time."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.start: list[int | None] = []
        self.length: list[int | None] = []
        self.p: list[int | None] = []
        self.mark: list[int] = []
        self.changes: list[list[int]] = []
        self.after: list[list[Any]] = []
        self.reason: list[list[Any]] = []
        self.ids: dict[int, int] = {}  # a word's id -> its index on the page
        self._last = 0

    def add(self, text: str, times: tuple[float | None, float | None],
            probability: float | None, kind: int) -> int:
        start, end = times
        if start is not None and end is not None:
            self.start.append(_ms(start) - self._last)
            self.length.append(_ms(end) - _ms(start))
            self._last = _ms(start)
        else:
            self.start.append(None)
            self.length.append(None)
        self.text.append(text)
        # Whisper's probabilities lie in [0, 1]; a file may hold anything finite (-1e308).
        shown = None if probability is None else round(min(1.0, max(0.0, probability)) * 100)
        self.p.append(shown)
        self.mark.append(confidence_level(probability) + 4 * kind)
        return len(self.text) - 1

    def add_word(self, word: _Word, times: tuple[float | None, float | None],
                 hidden: set[int]) -> None:
        tok = word.token
        if tok.id is not None and tok.id in hidden:  # a redaction: its tag, never the words
            if word.after or not word.removed_by:
                i = self.add(tok.text, times, None, REDACTED)
                self.changes.append([i, *word.edited_by, *word.removed_by])
                self.ids[tok.id] = i
            return
        if tok.id is not None:
            self.ids[tok.id] = len(self.text)
        source_text = word.source.text if word.source is not None else tok.text
        if word.removed_by:  # removed, or proposed for removal and rejected
            i = self.add(source_text, times, (word.source or tok).probability, REMOVED)
            self.changes.append([i, *word.removed_by])
        elif word.edited_by and word.after != source_text:
            i = self.add(source_text, times, (word.source or tok).probability, CHANGED)
            self.changes.append([i, *word.edited_by])
            self.after.append([i, word.after])
        else:
            self.add(tok.text, times, (word.source or tok).probability, 0)

    def add_drop(self, drop: dict[str, Any]) -> None:
        i = self.add(drop["text"], (drop["start"], drop["end"]), None, DROPPED)
        self.reason.append([i, drop["reason"]])

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "length": self.length, "p": self.p,
                "mark": self.mark, "changes": self.changes, "after": self.after,
                "reason": self.reason}


def _flag(at: int, cue: dict[str, Any]) -> list[Any]:
    return [at, cue["cue"], cue["start"], cue["text"]]


def _layout(run: Trace, cues: Sequence[dict[str, Any]], hidden: set[int],
            drops: bool = True) -> tuple[_Columns, dict[str, Any]]:
    """Words in paragraphs (one per segment, or per blank line), with the caption flags and
    what the transcription guards dropped put in by time (not in a run that redacts: what
    they dropped was never redacted)."""
    dropped = guard_drops(run.source) if drops else []
    inserts = sorted([(c["start"], c, None) for c in cues if c["start"] is not None]
                     + [(d["start"], None, d) for d in dropped],
                     key=lambda item: item[0])
    inserts += [(None, c, None) for c in cues if c["start"] is None]
    words, flags = _Columns(), []
    paragraphs: list[int] = []

    def put(item: tuple[Any, Any, Any]) -> None:
        _, cue, drop = item
        if cue is not None:
            flags.append(_flag(len(words.text), cue))
        else:
            words.add_drop(drop)
            paragraphs[-1] += 1

    n = 0
    segment: object = object()
    for word in words_of(run):
        tok = word.token
        times = run.transcript.span([tok]) if tok.start is None else (tok.start, tok.end)
        if tok.segment != segment or tok.sep == "\n\n" and paragraphs:
            segment = tok.segment
            paragraphs.append(0)
        while n < len(inserts) and times[0] is not None and inserts[n][0] is not None \
                and inserts[n][0] <= times[0] + 0.005:
            put(inserts[n])
            n += 1
        before = len(words.text)
        words.add_word(word, times, hidden)
        paragraphs[-1] += len(words.text) - before
    if not paragraphs:
        paragraphs.append(0)
    for item in inserts[n:]:
        put(item)
    return words, {"words": words.as_dict(), "paragraphs": paragraphs, "flags": flags}


def page_data(run: Trace, cues: Sequence[dict[str, Any]] = (), *,
              keep_originals: bool = False) -> dict[str, Any]:
    """Everything the page draws, as columns (see the module docstring); ``cues`` are
    the cues that break caption rules, from :func:`cleanup.review.page.cues_of`;
    ``keep_originals``: show what a private step replaced (a private copy only)."""
    run, hidden = without_originals(run, keep_originals)
    words, layout = _layout(run, cues, hidden, drops=keep_originals or not run.private)
    return {**layout, "changes": change_columns(run, hidden),
            "suggestions": suggestion_columns(run, hidden, words.ids),
            "source": source_digest(run.source)}
