"""The data model: a transcript is an immutable sequence of tokens grouped into segments.

A :class:`Transcript` stores its tokens (:class:`~cleanup.tokens.Token`) as parallel
columns (texts, separators, segment indices, ids, timings: see :mod:`cleanup.columns`),
about 32 bytes a word, and makes :class:`Token` objects only when they are read through
:attr:`Transcript.tokens`. Steps read the columns (:attr:`~Transcript.texts`,
:attr:`~Transcript.seps`, :meth:`~Transcript.positions`, or word by word through
:class:`cleanup.words.Words`) and change a transcript through :meth:`Transcript.edit`,
which records :class:`~cleanup.edits.Edits` and builds the new transcript on commit.

>>> t = Transcript.from_text("I’Ve had uh a lot")
>>> t.texts
('I’Ve', 'had', 'uh', 'a', 'lot')
>>> e = t.edit()
>>> e.drop(2)
>>> e.commit().text
'I’Ve had a lot'
>>> [tok.text for tok in t.tokens][:2]
['I’Ve', 'had']
"""
from __future__ import annotations

import operator
from array import array
from bisect import bisect_left
from itertools import chain
from types import MappingProxyType
from typing import Any, Callable, Container, Iterable, Iterator, Literal, Mapping, Sequence, cast

from .columns import NO_ID, Timing as _Timing, flagged, pack
from .edits import Edits
from .marks import (LINE, PARAGRAPH, SENTENCE_END, SPACE, normalize_sep, split_punct,
                    stronger_sep)
from .tokenizer import segment_tokens, tokenize
from .tokens import Segment, TimedToken, Token, _new, _untimed

__all__ = [
    "Transcript", "TokenView", "Token", "TimedToken", "Segment", "SPACE", "LINE", "PARAGRAPH",
    "NO_ID", "SENTENCE_END", "flagged", "normalize_sep", "split_punct", "stronger_sep",
]


_PARAGRAPH = Segment()  # a plain-text paragraph's segment: no timing, no speaker


def _frozen(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    if isinstance(mapping, MappingProxyType):
        return mapping
    return MappingProxyType(dict(mapping or {}))


class TokenView(Sequence[Token]):
    """A transcript's tokens as a read-only sequence of :class:`Token` (``transcript.tokens``).

    A transcript stores its tokens as columns (one tuple of texts, one of separators, an
    array of ids ...), a few dozen bytes a token; the view makes each :class:`Token` when
    it is read. It compares equal to a tuple or list of the same tokens, and a slice of it
    is a tuple.
    """

    __slots__ = ("_t",)

    def __init__(self, transcript: Transcript):
        self._t = transcript

    def __len__(self) -> int:
        return len(self._t._text)

    def __getitem__(self, index):
        t = self._t
        if isinstance(index, slice):
            return tuple(map(t._token, range(*index.indices(len(t._text)))))
        n = len(t._text)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("token index out of range")
        return t._token(index)

    def __iter__(self) -> Iterator[Token]:
        t = self._t
        if t._timing is None and t._plain_ids():
            return map(_untimed, zip(t._text, t._sep, t._seg, t._id))
        return map(t._token, range(len(t._text)))

    def __reversed__(self) -> Iterator[Token]:
        return map(self._t._token, range(len(self._t._text) - 1, -1, -1))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (TokenView, tuple, list)):
            return len(self) == len(other) and all(map(operator.eq, self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: Sequence[Token]) -> tuple[Token, ...]:
        return tuple(self) + tuple(other)

    def __repr__(self) -> str:
        if len(self) <= 20:
            return f"TokenView({list(self)!r})"
        return f"TokenView(<{len(self)} tokens>)"


class Transcript:
    """An immutable transcript: tokens, the segments they belong to, and source metadata.

    ``Transcript(tokens, segments, meta)`` takes :class:`Token` objects; :attr:`tokens`
    gives them back. Inside, the tokens are parallel columns: a tuple of texts, one of
    separators, one of segment indices, an array of ids and, only when some token has a
    timing, three timing tuples. A token costs about 32 bytes that way instead of about
    110 as an object with an id, so a long transcript takes a few times its text's size.
    Steps read the columns (:attr:`texts`, :attr:`seps`) directly and change a transcript
    through :meth:`edit`, which works on the columns without making tokens.
    """

    __slots__ = ("_text", "_sep", "_seg", "_id", "_timing", "_plain", "segments", "meta",
                 "__weakref__")

    _text: tuple[str, ...]
    _sep: tuple[str, ...]
    _seg: tuple[int | None, ...]
    _id: array
    _timing: _Timing | None
    _plain: bool | None
    segments: tuple[Segment, ...]
    meta: Mapping[str, Any]

    def __init__(self, tokens: Iterable[Token] = (), segments: Iterable[Segment] = (),
                 meta: Mapping[str, Any] | None = None):
        if isinstance(tokens, TokenView):
            t = tokens._t
            columns = (t._text, t._sep, t._seg, t._id, t._timing)
        else:
            columns = pack(tokens)
        self._init(*columns, tuple(segments), _frozen(meta))

    def _init(self, text: tuple, sep: tuple, seg: tuple, ids: array, timing: _Timing | None,
              segments: tuple[Segment, ...], meta: Mapping[str, Any],
              plain: bool | None = None, timing_shared: bool = False) -> None:
        setter = object.__setattr__
        setter(self, "_text", text)
        setter(self, "_sep", sep)
        setter(self, "_seg", seg)
        setter(self, "_id", ids)
        # Timing columns with nothing in them are dropped (a timed token was removed);
        # columns shared with a transcript that has them need no second look.
        setter(self, "_timing", timing if timing is None or timing_shared
               or any(v is not None for column in timing for v in column) else None)
        setter(self, "_plain", plain)
        setter(self, "segments", segments)
        setter(self, "meta", meta)

    def _derive(self, text: tuple | None = None, sep: tuple | None = None,
                seg: tuple | None = None, ids: array | None = None,
                timing: _Timing | None | Literal[False] = False, plain: bool | None = None,
                segments: tuple[Segment, ...] | None = None) -> Transcript:
        """A transcript with some columns replaced and the rest shared with this one."""
        new = object.__new__(Transcript)
        new._init(self._text if text is None else text, self._sep if sep is None else sep,
                  self._seg if seg is None else seg, self._id if ids is None else ids,
                  self._timing if timing is False else timing,
                  self.segments if segments is None else segments, self.meta,
                  plain=plain if ids is not None else self._plain, timing_shared=timing is False)
        return new

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"a Transcript is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Transcript is immutable (cannot delete {name!r})")

    def __reduce__(self):
        return (_restore, (self._text, self._sep, self._seg, self._id, self._timing,
                           self.segments, dict(self.meta)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Transcript):
            return NotImplemented
        return (self.segments == other.segments and dict(self.meta) == dict(other.meta)
                and self._text == other._text and self._sep == other._sep
                and self._seg == other._seg and self._id == other._id
                and self._timing == other._timing)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (f"Transcript(tokens={self.tokens!r}, segments=<{len(self.segments)}>, "
                f"meta={dict(self.meta)!r})")

    # ---- the columns --------------------------------------------------------------------
    @property
    def tokens(self) -> TokenView:
        """The tokens, made on reading (see :class:`TokenView`)."""
        return TokenView(self)

    @property
    def texts(self) -> tuple[str, ...]:
        """Every token's text, in order (the fast way to read a transcript's words)."""
        return self._text

    @property
    def seps(self) -> tuple[str, ...]:
        """Every token's separator (``""``, ``SPACE``, ``LINE`` or ``PARAGRAPH``)."""
        return self._sep

    @property
    def segment_indices(self) -> tuple[int | None, ...]:
        """Every token's segment index."""
        return self._seg

    @property
    def ids(self) -> memoryview:
        """Every token's id, read-only, with ``-1`` for a token that has none."""
        return memoryview(self._id).toreadonly()

    @property
    def starts(self) -> tuple[float | None, ...] | None:
        """Every token's start, or ``None`` when no token has a timing (see :attr:`timed`)."""
        return None if self._timing is None else self._timing[0]

    @property
    def ends(self) -> tuple[float | None, ...] | None:
        """Every token's end, or ``None`` when no token has a timing."""
        return None if self._timing is None else self._timing[1]

    @property
    def probabilities(self) -> tuple[float | None, ...] | None:
        """Every token's probability, or ``None`` when no token has a timing."""
        return None if self._timing is None else self._timing[2]

    def positions(self, texts: Container[str]) -> Iterator[int]:
        """The indices of the tokens whose text is in ``texts``, in order.

        A one-byte-a-token mask searched with ``find`` makes an index object only where a
        token is found, not one for every token.

        >>> list(Transcript.from_text("i said i am").positions({"i"}))
        [0, 2]
        """
        if isinstance(texts, (set, frozenset, dict)) and not texts:
            return iter(())  # nothing to find: no pass over the tokens
        return flagged(bytes(map(texts.__contains__, self._text)))

    @property
    def timed(self) -> bool:
        """Whether any token has a start, an end or a probability."""
        return self._timing is not None

    def _plain_ids(self) -> bool:
        """Whether every token has an id (so tokens can be made without a per-token test)."""
        if self._plain is None:
            object.__setattr__(self, "_plain", NO_ID not in self._id)
        return bool(self._plain)

    def _token(self, i: int) -> Token:
        ident: int | None = self._id[i]
        if ident == NO_ID:
            ident = None
        if self._timing is not None:
            start, end, prob = self._timing[0][i], self._timing[1][i], self._timing[2][i]
            if start is not None or end is not None or prob is not None:
                return _new(TimedToken, (self._text[i], self._sep[i], self._seg[i], ident,
                                         start, end, prob))
        return _new(Token, (self._text[i], self._sep[i], self._seg[i], ident))

    # ---- construction -------------------------------------------------------------------
    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Transcript:
        """Tokenize plain text; each blank-line separated paragraph becomes a segment."""
        texts, seps, segs = tokenize(text)
        segments = (_PARAGRAPH,) * (segs[-1] + 1 if texts else 0)  # immutable: one shared
        new = object.__new__(cls)
        new._init(texts, seps, segs, array("q", range(len(texts))), None, segments,
                  _frozen(meta), plain=True)
        return new

    @classmethod
    def from_segments(cls, segments: Iterable[tuple[Segment, Sequence[Token] | str]],
                      segment_sep: str = SPACE, **meta: Any) -> Transcript:
        """Build from (segment, tokens-or-text) pairs; tokens get segment index and ids.

        Text is split on whitespace, line breaks inside it kept as ``LINE`` separators.
        Tokens given as :class:`Token` keep their text, sep and timing.
        """
        table: list[Segment] = []
        columns = pack(segment_tokens(segments, segment_sep, table))
        new = object.__new__(cls)
        new._init(*columns, tuple(table), _frozen(meta), plain=True)
        return new

    # ---- reading ------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return "".join(chain.from_iterable(zip(self._sep, self._text)))

    def __str__(self) -> str:
        return self.text

    def segment_tokens(self) -> list[list[Token]]:
        """Tokens grouped by segment index (a list per segment, possibly empty)."""
        return [list(group) for group in self.segment_groups()]

    def segment_groups(self) -> Iterator[Sequence[Token]]:
        """Each segment's tokens, segment by segment (possibly none), made as they are read:
        a writer going through a long transcript never holds every token at once."""
        # Read as ints: a None among them (a token without a segment) makes the check below
        # raise TypeError (-1 <= None included, for the first), which takes the other path.
        segs, n_segments = cast("tuple[int, ...]", self._seg), len(self.segments)
        try:  # the usual order: segment indices never go down
            ordered = all(map(operator.le, chain((-1,), segs), segs))
        except TypeError:  # a token without a segment
            ordered = False
        if not ordered:
            groups: list[list[Token]] = [[] for _ in self.segments]
            for tok in self.tokens:
                if tok.segment is not None and 0 <= tok.segment < n_segments:
                    groups[tok.segment].append(tok)
            yield from groups
            return
        view = self.tokens
        start = bisect_left(segs, 0)
        for k in range(n_segments):
            stop = bisect_left(segs, k + 1, start)
            yield view[start:stop]
            start = stop

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

    # ---- editing: Edits (each wrapper below is deprecated) ------------------------------
    def with_meta(self, **changes: Any) -> Transcript:
        """The same tokens and segments (shared, not copied) with some metadata changed;
        a value of ``None`` removes that key."""
        meta = {**self.meta, **changes}
        return Transcript(self.tokens, self.segments,
                          {k: v for k, v in meta.items() if v is not None})

    def edit(self, *, keeps_meaning: bool = True) -> Edits:
        """The :class:`~cleanup.edits.Edits` to record changes in (:mod:`cleanup.edits`);
        its commit takes back an edit that would change a number, unit, negation, term or
        tag, unless ``keeps_meaning=False`` (a redaction)."""
        return Edits(self, keeps_meaning=keeps_meaning)

    def map_texts(self, fn: Callable[[str], str]) -> Transcript:
        """Deprecated, use transcript.edit(): ``Edits.map_texts(fn)``, committed."""
        return _committed(self, Edits.map_texts, fn)

    def with_texts(self, texts: Mapping[int, str]) -> Transcript:
        """Deprecated, use transcript.edit(): ``Edits.rewrite`` for each ``index: text``."""
        return _committed(self, Edits.rewrite_all, texts)

    def remove(self, spans: Iterable[tuple[int, int]],
               texts: Mapping[int, str] | None = None) -> Transcript:
        """Deprecated, use transcript.edit(): rewrite ``texts`` (index → text), then drop
        the union of ``spans`` with their punctuation mended (``Edits.drop``)."""
        return _committed(self.with_texts(texts or {}), Edits.drop_all, spans)

    def splice(self, edits: Mapping[int, Sequence[Token]]) -> Transcript:
        """Deprecated, use transcript.edit(): replace tokens, by index, each with a
        sequence of tokens (``Edits.replace``); none removes it, without mending."""
        return _committed(self, _replace_each, edits)

    def with_tokens(self, tokens: Iterable[Token]) -> Transcript:
        """Deprecated, use transcript.edit(): these tokens instead (``Edits.replace``)."""
        return _committed(self, Edits.replace, 0, len(self._text), tokens)

    def map_tokens(self, fn: Callable[[int, Token], str]) -> Transcript:
        """Deprecated, use transcript.edit(): ``fn(index, token) -> text`` for every token."""
        texts = {i: fn(i, tok) for i, tok in enumerate(self.tokens)}
        return _committed(self, Edits.rewrite_all, texts)

    def regrouped(self, seps: Sequence[str], segment_indices: Sequence[int | None],
                  segments: Sequence[Segment]) -> Transcript:
        """Deprecated, use transcript.edit(): ``Edits.regroup``, a new cue layout."""
        return _committed(self, Edits.regroup, seps, segment_indices, segments)


def _committed(transcript: Transcript, record: Callable[..., None], *args: Any) -> Transcript:
    """What one recording call to a transcript's edits commits to (the old helpers)."""
    edits = Edits(transcript)
    record(edits, *args)
    return edits.commit()


def _replace_each(edits: Edits, tokens: Mapping[int, Sequence[Token]]) -> None:
    for i, replacement in tokens.items():
        edits.replace(i, i + 1, replacement)


def _restore(text: tuple, sep: tuple, seg: tuple, ids: array, timing: _Timing | None,
             segments: tuple[Segment, ...], meta: dict[str, Any]) -> Transcript:
    new = object.__new__(Transcript)
    new._init(text, sep, seg, ids, timing, segments, _frozen(meta))
    return new
