"""The data model: a transcript is an immutable sequence of tokens grouped into segments.

A :class:`Token` is one whitespace-delimited piece of running text ("Hello," or "it’s")
with the whitespace that precedes it, its timing when the source has one, the index of
the segment (Whisper segment, subtitle cue, text paragraph) it came from, and a stable
``id`` so that the pipeline can tell which tokens a step changed, removed or added.

Normalizers never mutate a transcript: they build a new one with :meth:`Transcript.with_tokens`
or the editing helpers below, which keep timings and segment membership.

>>> t = Transcript.from_text("I’Ve had uh a lot")
>>> [tok.text for tok in t.tokens]
['I’Ve', 'had', 'uh', 'a', 'lot']
>>> t.remove([(2, 3)]).text
'I’Ve had a lot'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Sequence

import regex

SPACE, LINE, PARAGRAPH = " ", "\n", "\n\n"
_SEP_RANK = {"": 0, SPACE: 1, LINE: 2, PARAGRAPH: 3}

# A token is lead punctuation, a core that starts and ends with a letter or digit, and
# trailing punctuation. The core may hold inner punctuation: it’s, mod-ox, U.S, 3.50.
_PARTS = regex.compile(r"^(\W*?)(\w(?:.*\w)?)?(\W*)$", regex.DOTALL)
SENTENCE_END = frozenset(".?!…")
_WHITESPACE = regex.compile(r"\s+")
# Unicode's White_Space (what the regex module's \s means; the standard re's \s also takes
# \x1c-\x1f). The standard re is a third faster than regex on this pattern.
_WS = "\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_TOKENS = re.compile(f"([{_WS}]*)([^{_WS}]+)")


@lru_cache(maxsize=1 << 16)
def split_punct(text: str) -> tuple[str, str, str]:
    """Split a token's text into (lead, core, trail).

    >>> split_punct('“Hello,”')
    ('“', 'Hello', ',”')
    >>> split_punct('...')
    ('', '', '...')
    """
    m = _PARTS.match(text)
    if m is None:  # pragma: no cover - the pattern matches every string
        return "", text, ""
    lead, core, trail = m.group(1), m.group(2) or "", m.group(3)
    if not core:
        return "", "", lead + trail
    return lead, core, trail


def stronger_sep(a: str, b: str) -> str:
    """The more separating of two whitespace runs (a paragraph break beats a space)."""
    return a if _SEP_RANK.get(a, 1) >= _SEP_RANK.get(b, 1) else b


def normalize_sep(ws: str) -> str:
    """Fold any whitespace run to a space, a line break or a paragraph break."""
    if not ws:
        return ""
    newlines = ws.count("\n")
    if newlines >= 2:
        return PARAGRAPH
    return LINE if newlines == 1 else SPACE


try:  # the C accessor that named tuples use
    from _collections import _tuplegetter
except ImportError:  # pragma: no cover - other Pythons
    from operator import itemgetter as _itemgetter

    def _tuplegetter(index: int, doc: str) -> Any:
        return property(_itemgetter(index), doc=doc)


class Token(tuple):
    """One piece of running text with its timing and origin (immutable).

    ``sep`` is the whitespace before the token ("" for the first one), folded to a space,
    a line break or a paragraph break. ``start``/``end`` are seconds or ``None``;
    ``segment`` is the index into :attr:`Transcript.segments`; ``id`` identifies the token
    across pipeline steps (``None`` for a token a step inserted); ``probability`` is the
    recognizer's confidence or ``None``.

    It behaves as a named tuple of those seven fields (``_replace``, ``_asdict``,
    ``_fields``), but a token with no timing and no probability (every token of a plain
    text) stores only four: transcripts hold hundreds of thousands of tokens, and the
    three ``None`` fields would be a fifth of a text's memory. Such a token is a
    ``Token``; one with a timing or probability is a :class:`TimedToken`, a subclass.
    """

    __slots__ = ()
    _fields = ("text", "sep", "start", "end", "segment", "id", "probability")
    _field_defaults = {"sep": SPACE, "start": None, "end": None, "segment": None, "id": None,
                       "probability": None}

    text: str = _tuplegetter(0, "The token's text.")  # type: ignore[assignment]
    sep: str = _tuplegetter(1, "The whitespace before it.")  # type: ignore[assignment]
    segment: int | None = _tuplegetter(2, "Its segment's index.")  # type: ignore[assignment]
    id: int | None = _tuplegetter(3, "Its id across steps.")  # type: ignore[assignment]
    start: float | None = None
    end: float | None = None
    probability: float | None = None

    def __new__(cls, text: str, sep: str = SPACE, start: float | None = None,
                end: float | None = None, segment: int | None = None, id: int | None = None,
                probability: float | None = None) -> Token:
        if start is None and end is None and probability is None:
            return _new(Token, (text, sep, segment, id))
        return _new(TimedToken, (text, sep, segment, id, start, end, probability))

    def __getnewargs__(self) -> tuple[Any, ...]:
        return (self.text, self.sep, self.start, self.end, self.segment, self.id,
                self.probability)

    def __repr__(self) -> str:
        return "Token(" + ", ".join(f"{name}={value!r}" for name, value in
                                    zip(self._fields, self.__getnewargs__())) + ")"

    def _asdict(self) -> dict[str, Any]:
        return dict(zip(self._fields, self.__getnewargs__()))

    def _replace(self, **changes: Any) -> Token:
        fields = self._asdict()
        unknown = set(changes) - set(fields)
        if unknown:
            raise ValueError(f"Got unexpected field names: {sorted(unknown)!r}")
        fields.update(changes)
        return Token(**fields)

    @classmethod
    def _make(cls, iterable: Iterable[Any]) -> Token:
        return Token(*iterable)

    def with_text(self, text: str) -> Token:
        return _new(Token, (text, self[1], self[2], self[3]))

    @property
    def parts(self) -> tuple[str, str, str]:
        return split_punct(self.text)

    @property
    def core(self) -> str:
        """The word without surrounding punctuation ('Hello' for '“Hello,”')."""
        return split_punct(self.text)[1]

    @property
    def word(self) -> str:
        """The case-folded core, for comparisons."""
        return split_punct(self.text)[1].casefold()


class TimedToken(Token):
    """A :class:`Token` with a start, an end or a probability (all seven fields stored)."""

    __slots__ = ()
    start: float | None = _tuplegetter(4, "Seconds, or None.")  # type: ignore[assignment]
    end: float | None = _tuplegetter(5, "Seconds, or None.")  # type: ignore[assignment]
    probability: float | None = _tuplegetter(6, "Confidence, or None.")  # type: ignore[assignment]

    def with_text(self, text: str) -> Token:
        return _new(TimedToken, (text,) + self[1:])


_new = tuple.__new__


@dataclass(frozen=True, slots=True)
class Segment:
    """A span of the source: a Whisper segment, a subtitle cue or a text paragraph.

    The Whisper quality fields are ``None`` when the source does not have them.
    """

    start: float | None = None
    end: float | None = None
    no_speech_prob: float | None = None
    avg_logprob: float | None = None
    compression_ratio: float | None = None
    #: Who speaks in this segment (a VTT voice span, a "Name:" or "[doctor]" label), or
    #: ``None``. A speaker is data, not text: normalizers never recase or remove it, and a
    #: change of speaker between segments is a hard boundary (a new turn).
    speaker: str | None = None
    #: The speaker label exactly as the source wrote it, with the whitespace after it
    #: (``"[doctor] "``, ``"Paul Jones: "``), so writers give it back unchanged; ``None``
    #: for a speaker that had no label in the text (a WebVTT ``<v Bob>`` span).
    label: str | None = None


def _frozen(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class Transcript:
    """An immutable transcript: tokens, the segments they belong to, and source metadata."""

    tokens: tuple[Token, ...]
    segments: tuple[Segment, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if not isinstance(self.tokens, tuple):
            object.__setattr__(self, "tokens", tuple(self.tokens))
        if not isinstance(self.segments, tuple):
            object.__setattr__(self, "segments", tuple(self.segments))
        if not isinstance(self.meta, MappingProxyType):
            object.__setattr__(self, "meta", _frozen(self.meta))

    # ---- construction -------------------------------------------------------------------
    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Transcript:
        """Tokenize plain text; each blank-line separated paragraph becomes a segment."""
        tokens: list[Token] = []
        append, token = tokens.append, _new  # an untimed Token: text, sep, segment, id
        seg = -1
        seps: dict[str, str] = {}
        # One string per spelling (a transcript repeats its words), and no list of all the
        # matches at once: both keep a long text's memory down.
        spelling = {}.setdefault
        for k, (ws, word) in enumerate(map(re.Match.groups, _TOKENS.finditer(text))):
            word = spelling(word, word)
            sep = seps.get(ws)
            if sep is None:
                sep = seps[ws] = normalize_sep(ws)
            if k == 0:
                sep = ""
                seg = 0
            elif sep == PARAGRAPH:
                seg += 1
            append(token(Token, (word, sep, seg, k)))
        segments = [Segment() for _ in range(seg + 1)]
        return cls(tuple(tokens), tuple(segments), meta)

    @classmethod
    def from_segments(
        cls,
        segments: Iterable[tuple[Segment, Sequence[Token] | str]],
        segment_sep: str = SPACE,
        **meta: Any,
    ) -> Transcript:
        """Build from (segment, tokens-or-text) pairs; tokens get segment index and ids.

        Text is split on whitespace, line breaks inside it kept as ``LINE`` separators.
        Tokens given as :class:`Token` keep their text, sep and timing.
        """
        tokens: list[Token] = []
        segs: list[Segment] = []
        words: dict[str, str] = {}  # one string per distinct word, as in from_text
        for seg_index, (segment, content) in enumerate(segments):
            segs.append(segment)
            if isinstance(content, str):
                content = cls.from_text(content).tokens
            first = True
            for tok in content:
                if not tok.text:
                    continue
                sep = tok.sep if not first else (segment_sep if tokens else "")
                tokens.append(Token(words.setdefault(tok.text, tok.text), sep if tokens else "",
                                    tok.start, tok.end, seg_index, len(tokens), tok.probability))
                first = False
        return cls(tuple(tokens), tuple(segs), meta)

    # ---- reading ------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return "".join([part for tok in self.tokens for part in (tok.sep, tok.text)])

    def __str__(self) -> str:
        return self.text

    def segment_tokens(self) -> list[list[Token]]:
        """Tokens grouped by segment index (a list per segment, possibly empty)."""
        groups: list[list[Token]] = [[] for _ in self.segments]
        for tok in self.tokens:
            if tok.segment is not None and 0 <= tok.segment < len(groups):
                groups[tok.segment].append(tok)
        return groups

    def span(self, tokens: Sequence[Token]) -> tuple[float | None, float | None]:
        """The time span of some tokens: their own times, else their segments' times."""
        starts = [t.start for t in tokens if t.start is not None]
        ends = [t.end for t in tokens if t.end is not None]
        if starts and ends:
            return min(starts), max(ends)
        segs = [self.segments[t.segment] for t in tokens
                if t.segment is not None and 0 <= t.segment < len(self.segments)]
        seg_starts = [s.start for s in segs if s.start is not None]
        seg_ends = [s.end for s in segs if s.end is not None]
        return (min(seg_starts) if seg_starts else None, max(seg_ends) if seg_ends else None)

    # ---- editing (each returns a new transcript) -----------------------------------------
    def with_tokens(self, tokens: Iterable[Token]) -> Transcript:
        tokens = tuple(tokens)
        if tokens and tokens[0].sep:
            tokens = (tokens[0]._replace(sep=""),) + tokens[1:]
        return Transcript(tokens, self.segments, self.meta)

    def map_tokens(self, fn) -> Transcript:
        """Apply ``fn(index, token) -> str`` to every token text; unchanged input is returned as is."""
        out: list[Token] | None = None
        for i, tok in enumerate(self.tokens):
            new = fn(i, tok)
            if out is None:
                if new == tok.text:
                    continue
                out = list(self.tokens[:i])
            out.append(tok if new == tok.text else tok.with_text(new))
        return self if out is None else self.with_tokens(out)

    def with_texts(self, texts: Mapping[int, str]) -> Transcript:
        """The transcript with some token texts replaced, by index; ``self`` if none differ."""
        tokens: list[Token] | None = None
        for i, text in texts.items():
            if self.tokens[i].text != text:
                if tokens is None:
                    tokens = list(self.tokens)
                tokens[i] = tokens[i].with_text(text)
        return self if tokens is None else self.with_tokens(tokens)

    def map_texts(self, fn) -> Transcript:
        """Apply ``fn(text) -> text`` to every token, computing it once per distinct text.

        The fast path for normalizers whose decision depends on the token alone.
        """
        changed = {}
        for text in {tok.text for tok in self.tokens}:
            new = fn(text)
            if new != text:
                changed[text] = new
        if not changed:
            return self
        return self.with_tokens([tok.with_text(changed[tok.text]) if tok.text in changed else tok
                                 for tok in self.tokens])

    def remove(self, spans: Iterable[tuple[int, int]]) -> Transcript:
        """Remove token spans ``[start, end)`` and repair the punctuation they leave.

        Rules, so that removing words never leaves debris like ``to ,  ,``:
        - a sentence end (., ?, !, …) on the last removed token moves to the kept token
          before the span, replacing a comma, semicolon or colon there (``her, huh?`` →
          ``her?``), unless that token already ends a sentence;
        - commas, semicolons and colons on removed tokens go with them;
        - opening punctuation (quotes, brackets, a dialogue dash at the start of a line) on
          the first removed token moves to the next kept token (``-Hm, no.`` → ``-no.``);
          closing quotes and brackets stay with the text they close;
        - the next kept token takes the stronger separator, so paragraph breaks survive.
        """
        n = len(self.tokens)
        runs: list[list[int]] = []  # merged, sorted [start, end) runs of removed tokens
        for s, e in sorted((max(0, s), min(e, n)) for s, e in spans if e > s):
            if s >= e:
                continue
            if runs and s <= runs[-1][1]:
                runs[-1][1] = max(runs[-1][1], e)
            else:
                runs.append([s, e])
        if not runs:
            return self
        tokens = self.tokens  # read only: no second list of every token
        out: list[Token] = []
        kept_from = 0
        rebuilt: Token | None = None  # the new tokens[kept_from], if the last run changed it
        for i, j in runs:
            # The untouched stretch, copied whole (runs never touch, so it is not empty).
            if rebuilt is not None:
                out.append(rebuilt)
                out.extend(tokens[kept_from + 1:i])
            else:
                out.extend(tokens[kept_from:i])
            kept_from, rebuilt = j, None
            removed = tokens[i:j]
            first_lead = split_punct(removed[0].text)[0]
            last_trail = split_punct(removed[-1].text)[2]
            # The last sentence end inside the removed run still ends the sentence.
            terminal = next((t for t in (_terminal(split_punct(r.text)[2]) for r in reversed(removed))
                             if t), "")
            closers = _closers(last_trail)
            sep = removed[0].sep
            if out:
                prev = out[-1]
                plead, pcore, ptrail = split_punct(prev.text)
                if terminal and not any(ch in SENTENCE_END for ch in ptrail) and pcore:
                    ptrail = ptrail.rstrip(",;:—–-") + terminal
                if closers and pcore and not ptrail.endswith(closers):
                    ptrail += closers
                new_text = plead + pcore + ptrail if pcore else prev.text
                if new_text != prev.text:
                    out[-1] = prev.with_text(new_text)
            if j < n:
                nxt = tokens[j]
                lead, core, trail = split_punct(nxt.text)
                # A dialogue dash that led the removed words still leads the line.
                at_line_start = not out or removed[0].sep in (LINE, PARAGRAPH)
                opener = "".join(ch for ch in first_lead
                                 if ch in _OPENERS or (at_line_start and ch in _DASHES))
                text = nxt.text
                if opener and core and not lead.startswith(opener):
                    text = opener + lead + core + trail
                rebuilt = Token(text, stronger_sep(sep, nxt.sep), nxt.start, nxt.end,
                                nxt.segment, nxt.id, nxt.probability)
        if rebuilt is not None:
            out.append(rebuilt)
            kept_from += 1
        out.extend(tokens[kept_from:])
        return self.with_tokens(out)


_OPENERS = "“‘\"'([{«¿¡"
_DASHES = "-‐–—"
_CLOSERS = "”’\"')]}»"


def _terminal(trail: str) -> str:
    """The sentence-ending part of trailing punctuation ('?', '...', '!?'), or ''."""
    for k, ch in enumerate(trail):
        if ch in SENTENCE_END:
            return "".join(c for c in trail[k:] if c in SENTENCE_END)
    return ""


def _closers(trail: str) -> str:
    return "".join(ch for ch in trail if ch in "”)]}»")
