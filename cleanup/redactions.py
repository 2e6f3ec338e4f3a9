"""What a run with a private step (``deidentify``) may show: every output is made from the
:class:`~cleanup.pipeline.Explanation` that :func:`public_explanation` returns.

- the private step's changes become one :class:`PrivateChange` per redaction: its category,
  replacement and time, ``"private": true`` and no ``before`` (the original) unless the
  user keeps the originals;
- the other steps' changes, suggestions and blocked edits (and the changes a JSON input
  carried) show the text of an earlier stage, PHI and all: each word of a redacted
  original in them becomes its category's tag (``'dr. kyle'`` → ``'Dr. Kyle'`` is shown as
  ``'dr. [NAME]'`` → ``'Dr. [NAME]'``), a stutter's fragment (``ky-``) too;
- ``meta["redactions"]`` holds the public records (:func:`public_records`), and Whisper's
  raw result stays out (the ``deidentify`` step drops it) unless the originals are kept.

>>> from cleanup.presets import build_pipeline
>>> p = build_pipeline(steps=["fix_titles", "deidentify"])
>>> run = public_explanation(p.explain("so dr kowalczyk said"), p)
>>> [c.describe() for c in run.changes]
["fix_titles: 'dr [NAME]' → 'Dr. [NAME]'", "deidentify: NAME → '[NAME]'"]
>>> sorted(run.transcript.meta["redactions"][0].items())  # doctest: +NORMALIZE_WHITESPACE
[('category', 'NAME'), ('end', None), ('replacement', '[NAME]'), ('start', None),
 ('subtype', 'DOCTOR'), ('word', 2)]
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

import regex

from .diff import Change
from .formats.timecode import format_clock
from .pipeline import Explanation, Pipeline
from .privacy import private_steps
from .transcript import Transcript

__all__ = ["PrivateChange", "Scrubber", "public_explanation", "public_records",
           "public_transcript"]

#: The keys of a public redaction record, in the order the JSON writes them.
PUBLIC_KEYS = ("category", "subtype", "replacement", "start", "end", "word", "segment",
               "original")
# Words too common to hide in the other steps' changes even when a span holds them
# ("the sixteenth of May"): alone, they say nothing about anyone.
_FUNCTION_WORDS = frozenset("a an and at by for in of on or the to".split())
_EDGES = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")
_POSSESSIVE = regex.compile(r"['’]s$")
_PARTS = regex.compile(r"[-–—/]+")


@dataclass(frozen=True, slots=True)
class PrivateChange(Change):
    """A redaction as a change: its category and replacement; ``before`` (the original)
    is ``""`` unless the originals are kept (``kept``)."""

    category: str = ""
    kept: bool = False

    def describe(self) -> str:
        when = ""
        if self.start is not None and self.end is not None:
            when = f" [{format_clock(self.start)}–{format_clock(self.end)}]"
        original = f" {self.before!r}" if self.kept else ""
        return f"{self.step}{when}: {self.category}{original} → {self.after!r}"

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"step": self.step, "private": True, "category": self.category}
        if self.kept:
            out["before"] = self.before
        out.update({"after": self.after, "start": self.start, "end": self.end})
        return out


def _key(word: str) -> str:
    return _POSSESSIVE.sub("", _EDGES.sub("", word.casefold()))


class Scrubber:
    """Hides the words of redacted originals in other text: each word whose key (case and
    edge punctuation aside, a possessive ``'s`` too) is one of theirs, or holds one between
    hyphens or slashes, or is a stutter's fragment of one (``ky-``), becomes the tag.

    >>> s = Scrubber([{"category": "NAME", "text": "Kyle Osei"}])
    >>> s("K-Kyle said ky- kyle's osei. Okay")
    '[NAME] said [NAME] [NAME] [NAME] Okay'
    """

    def __init__(self, records: Iterable[Mapping[str, Any]]):
        self.tags: dict[str, str] = {}
        for record in records:
            for word in str(record.get("text") or "").split():
                key = _key(word)
                if key and key not in _FUNCTION_WORDS:
                    self.tags.setdefault(key, f"[{record.get('category', 'PHI')}]")

    def __bool__(self) -> bool:
        return bool(self.tags)

    def _tag(self, word: str) -> str | None:
        key = _key(word)
        if not key:
            return None
        for part in (key, *_PARTS.split(key)):
            if part in self.tags:
                return self.tags[part]
        if word.rstrip().endswith("-"):  # a stutter's start: "ky-" before "kyle"
            for known, tag in self.tags.items():
                if known.startswith(key):
                    return tag
        return None

    def __call__(self, text: str) -> str:
        if not self.tags or not text:
            return text
        return " ".join(self._tag(w) or w for w in text.split(" "))

    def item(self, item: Any) -> Any:
        """A change, suggestion or blocked edit (object or dict) with its texts scrubbed."""
        fields = ("before", "after", "text")
        if isinstance(item, Mapping):
            return {k: self(v) if k in fields and isinstance(v, str) else v
                    for k, v in item.items()}
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            names = {f.name for f in dataclasses.fields(item)}
            return dataclasses.replace(item, **{f: self(getattr(item, f)) for f in fields
                                                if f in names
                                                and isinstance(getattr(item, f), str)})
        return item


def public_records(transcript: Transcript, keep_originals: bool = False
                   ) -> tuple[dict[str, Any], ...]:
    """The ``deidentify`` step's records (``meta["redactions"]``) as an output may show
    them: category, subtype, replacement, start and end time, and where the replacement
    stands (``word``: its index among the transcript's words; ``segment``: a speaker label's
    segment); ``original`` only with ``keep_originals``."""
    records = transcript.meta.get("redactions") or ()
    at = {token_id: i for i, token_id in enumerate(transcript.ids)} if records else {}
    out = []
    for record in records:
        public = {key: record.get(key) for key in ("category", "subtype", "replacement",
                                                  "start", "end")}
        if record.get("tokens") is not None or "segment" not in record:
            public["word"] = at.get(record.get("id"))
        else:
            public["segment"] = record["segment"]
        if keep_originals:
            public["original"] = record.get("text")
        out.append(public)
    return tuple(out)


def public_transcript(transcript: Transcript, *, keep_originals: bool = False,
                      whisper: Any = None, scrub: Scrubber | None = None) -> Transcript:
    """A de-identified transcript with the metadata its outputs may show: the public
    redaction records, the earlier changes and a WebVTT header scrubbed, Whisper's raw
    result only when the originals are kept."""
    records = transcript.meta.get("redactions") or ()
    if scrub is None:
        scrub = Scrubber(() if keep_originals else records)
    meta: dict[str, Any] = {"redactions": public_records(transcript, keep_originals)}
    for key in ("changes", "suggestions", "blocked"):
        if transcript.meta.get(key):
            meta[key] = tuple(scrub.item(item) for item in transcript.meta[key])
    if transcript.meta.get("vtt_header"):  # "WEBVTT - Visit of ..."
        meta["vtt_header"] = tuple(scrub(line) for line in transcript.meta["vtt_header"])
    meta["whisper"] = whisper if keep_originals else None  # None: no raw result at all
    return transcript.with_meta(**meta)


def _private_changes(records: Sequence[Mapping[str, Any]], step: str,
                     keep_originals: bool) -> list[PrivateChange]:
    return [PrivateChange(step, str(r.get("text") or "") if keep_originals else "",
                          str(r.get("replacement") or ""), r.get("start"), r.get("end"),
                          category=str(r.get("category") or ""), kept=keep_originals)
            for r in records]


def public_explanation(run: Explanation, pipeline: Pipeline, *, keep_originals: bool = False,
                       whisper: Any = None) -> Explanation:
    """``run`` as the outputs of a run of ``pipeline`` may show it (see the module's
    docstring); unchanged when the pipeline has no private step. ``whisper``: the
    recognizer's raw result, put back only when ``keep_originals``."""
    private = private_steps(pipeline)
    if not private:
        return run
    transcript = run.transcript
    records = transcript.meta.get("redactions") or ()
    scrub = Scrubber(() if keep_originals else records)
    changes: list[Change] = []
    placed = False
    for change in run.changes:
        if change.step in private:
            if not placed:  # the step's changes: one per redaction, where the step's were
                changes += _private_changes(records, change.step, keep_originals)
                placed = True
            continue
        changes.append(scrub.item(change))
    if not placed and records:
        changes += _private_changes(records, sorted(private)[0], keep_originals)
    public = public_transcript(transcript, keep_originals=keep_originals, whisper=whisper,
                               scrub=scrub)
    return Explanation(tuple(changes), public,
                       tuple(scrub.item(s) for s in run.suggestions),
                       tuple(scrub.item(b) for b in run.blocked))
