"""The data model: a transcript is an immutable sequence of tokens grouped into segments.

A :class:`Token` is one whitespace-delimited piece of running text ("Hello," or "it’s")
with the whitespace that precedes it, its timing when the source has one, the index of
the segment (Whisper segment, subtitle cue, text paragraph) it came from, and a stable
``id`` so that the pipeline can tell which tokens a step changed, removed or added.

A :class:`Transcript` stores its tokens as parallel columns (texts, separators, segment
indices, ids, timings), about 32 bytes a word, and makes :class:`Token` objects only when
they are read through :attr:`Transcript.tokens`. Normalizers never mutate a transcript:
they read the columns and build a new one with the editing helpers below (``map_texts``,
``with_texts``, ``remove``, ``splice``), which keep timings and segment membership and
share every column they do not change.

>>> t = Transcript.from_text("I’Ve had uh a lot")
>>> t.texts
('I’Ve', 'had', 'uh', 'a', 'lot')
>>> t.remove([(2, 3)]).text
'I’Ve had a lot'
>>> [tok.text for tok in t.tokens][:2]
['I’Ve', 'had']
"""
from __future__ import annotations

import operator
import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import chain, islice
from types import MappingProxyType
from typing import Any, Container, Iterable, Iterator, Mapping, Sequence

import regex

SPACE, LINE, PARAGRAPH = " ", "\n", "\n\n"
_SEP_RANK = {"": 0, SPACE: 1, LINE: 2, PARAGRAPH: 3}

# A token is lead punctuation, a core that starts and ends with a letter or a number
# character, and trailing punctuation. The core may hold inner punctuation: it’s, mod-ox,
# U.S, 3.50. A number character that is not a digit (½, ², ①) is part of the word too: a
# fraction is what was said, never punctuation to move.
_PARTS = regex.compile(r"^([^\w\p{N}]*?)([\w\p{N}](?:.*[\w\p{N}])?)?([^\w\p{N}]*)$",
                       regex.DOTALL)
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
    text) stores only four, which makes it quicker to build when a transcript's view makes
    one. Such a token is a ``Token``; one with a timing or probability is a
    :class:`TimedToken`, a subclass.
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
    if isinstance(mapping, MappingProxyType):
        return mapping
    return MappingProxyType(dict(mapping or {}))


NO_ID = -1  #: a token's id in the id column when it has none (a token a step inserted)
_untimed = partial(_new, Token)  # an untimed Token from (text, sep, segment, id)


class _Columns:
    """Token columns being built: whole stretches copied from a transcript, tokens added."""

    __slots__ = ("text", "sep", "seg", "ids", "timing")

    def __init__(self, timed: bool = False):
        self.text: list[str] = []
        self.sep: list[str] = []
        self.seg: list[int | None] = []
        self.ids = array("q")
        self.timing: tuple[list, list, list] | None = ([], [], []) if timed else None

    def copy(self, source: Transcript, start: int, stop: int) -> None:
        """Append ``source``'s tokens ``[start, stop)`` as they are."""
        if start >= stop:
            return
        self.text += source._text[start:stop]
        self.sep += source._sep[start:stop]
        self.seg += source._seg[start:stop]
        self.ids += source._id[start:stop]
        if self.timing is not None:
            for mine, theirs in zip(self.timing, source._timing or (_Nones(stop),) * 3):
                mine += theirs[start:stop]

    def add(self, tok: Token) -> None:
        if not isinstance(tok, Token):
            raise TypeError(f"a transcript's tokens are Token objects, not {type(tok).__name__}")
        ident = tok[3]
        if ident is None:
            ident = NO_ID
        elif type(ident) is not int or ident < 0:
            raise TypeError(f"token ids are whole numbers (0 or more) or None, not {ident!r}")
        self.ids.append(ident)
        self.text.append(tok[0])
        self.sep.append(tok[1])
        self.seg.append(tok[2])
        if len(tok) > 4:
            if self.timing is None:
                k = len(self.text) - 1
                self.timing = ([None] * k, [None] * k, [None] * k)
            self.timing[0].append(tok[4])
            self.timing[1].append(tok[5])
            self.timing[2].append(tok[6])
        elif self.timing is not None:
            self.timing[0].append(None)
            self.timing[1].append(None)
            self.timing[2].append(None)

    def columns(self, first_sep_empty: bool = False) -> tuple[tuple, tuple, tuple, array,
                                                              _Timing | None]:
        if first_sep_empty and self.sep and self.sep[0]:
            self.sep[0] = ""
        timing = None if self.timing is None else tuple(map(_frozen_column, self.timing))
        return (_frozen_column(self.text), _frozen_column(self.sep), _frozen_column(self.seg),
                self.ids, timing)  # type: ignore[return-value]


def _frozen_column(column: list) -> tuple:
    """The column as a tuple, the list emptied: a long transcript's columns are copied one
    at a time, never all twice at once."""
    frozen = tuple(column)
    column.clear()
    return frozen


def _pack(tokens: Iterable[Token], first_sep_empty: bool = False) -> tuple[
        tuple, tuple, tuple, array, _Timing | None]:
    """Column form of some tokens: texts, separators, segment indices, ids, timings."""
    built = _Columns()
    add = built.add
    for tok in tokens:
        add(tok)
    return built.columns(first_sep_empty)


def flagged(flags: bytes, offset: int = 0) -> Iterator[int]:
    """``offset + k`` for each ``k`` where ``flags`` (one byte a token) is 1: the way to find
    a few positions among many tokens, making an int only for each one found.

    >>> list(flagged(bytes([0, 1, 0, 1]), offset=10))
    [11, 13]
    """
    k = flags.find(1)
    while k >= 0:
        yield offset + k
        k = flags.find(1, k + 1)


# Start, end and probability columns: present only when some token has one of them.
_Timing = tuple[tuple, tuple, tuple]


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
        return f"TokenView({list(self)!r})" if len(self) <= 20 else f"TokenView(<{len(self)} tokens>)"


class Transcript:
    """An immutable transcript: tokens, the segments they belong to, and source metadata.

    ``Transcript(tokens, segments, meta)`` takes :class:`Token` objects; :attr:`tokens`
    gives them back. Inside, the tokens are parallel columns: a tuple of texts, one of
    separators, one of segment indices, an array of ids and, only when some token has a
    timing, three timing tuples. A token costs about 32 bytes that way instead of about
    110 as an object with an id, so a long transcript takes a few times its text's size.
    Normalizers that only read text can use the columns (:attr:`texts`, :attr:`seps`)
    directly; the editing helpers below work on the columns without making tokens.
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
            columns = _pack(tokens)
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
                timing: _Timing | None | bool = False, plain: bool | None = None,
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
        texts: list[str] = []
        seps: list[str] = []
        segs: list[int] = []
        seg = 0
        known: dict[str, str] = {}
        # One string per spelling (a transcript repeats its words), and no list of all the
        # matches at once: both keep a long text's memory down.
        spelling = {}.setdefault
        for ws, word in map(re.Match.groups, _TOKENS.finditer(text)):
            sep = known.get(ws)
            if sep is None:
                sep = known[ws] = normalize_sep(ws)
            if not texts:
                sep = ""
            elif sep == PARAGRAPH:
                seg += 1
            texts.append(spelling(word, word))
            seps.append(sep)
            segs.append(seg)
        segments = tuple(Segment() for _ in range(seg + 1 if texts else 0))
        new = object.__new__(cls)
        n = len(texts)
        new._init(_frozen_column(texts), _frozen_column(seps), _frozen_column(segs),
                  array("q", range(n)), None, segments, _frozen(meta), plain=True)
        return new

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
        def tokens() -> Iterator[Token]:
            words: dict[str, str] = {}  # one string per distinct word, as in from_text
            count = 0
            for seg_index, (segment, content) in enumerate(segments):
                segs.append(segment)
                if isinstance(content, str):
                    content = cls.from_text(content).tokens
                first = True
                for tok in content:
                    if not tok.text:
                        continue
                    sep = tok.sep if not first else (segment_sep if count else "")
                    yield Token(words.setdefault(tok.text, tok.text), sep if count else "",
                                tok.start, tok.end, seg_index, count, tok.probability)
                    count += 1
                    first = False

        segs: list[Segment] = []
        columns = _pack(tokens())
        new = object.__new__(cls)
        new._init(*columns, tuple(segs), _frozen(meta), plain=True)
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
        segs, n_segments = self._seg, len(self.segments)
        try:  # the usual order: segment indices never go down
            ordered = all(map(operator.le, segs, islice(segs, 1, None)))
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

    # ---- editing (each returns a new transcript) -----------------------------------------
    def with_tokens(self, tokens: Iterable[Token]) -> Transcript:
        """A transcript of other tokens (same segments and metadata); the first token's
        separator becomes ``""``. Prefer :meth:`splice` for a few edits to a long one."""
        return self._derive(*_pack(tokens, first_sep_empty=True))

    def splice(self, edits: Mapping[int, Sequence[Token]]) -> Transcript:
        """Replace some tokens, by index, each with a sequence of tokens: none removes it
        (no punctuation repair: see :meth:`remove`), one rewrites it, several split it.
        The tokens in between are copied as columns, never made into :class:`Token` objects,
        so a few edits to a long transcript cost little. The first token's separator becomes
        ``""``.

        >>> t = Transcript.from_text("well,so we , go")
        >>> t.splice({0: [Token("well,", "", segment=0, id=0), Token("so", segment=0)],
        ...           2: []}).text
        'well, so we go'
        """
        if not edits:
            return self
        n = len(self._text)
        order = sorted(edits)
        if order[0] < 0 or order[-1] >= n:
            raise IndexError(f"token index {order[0] if order[0] < 0 else order[-1]} out of range")
        if any(len(edits[i]) > 1 for i in order):  # a split: rebuild the columns
            built = _Columns(timed=self._timing is not None)
            done = 0
            for i in order:
                built.copy(self, done, i)
                for tok in edits[i]:
                    built.add(tok)
                done = i + 1
            built.copy(self, done, n)
            return self._derive(*built.columns(first_sep_empty=True))
        # Drops and rewrites only: the kept stretches are copied whole, rewritten tokens
        # replaced on the way (see _keeping).
        edited = {i: edits[i][0] for i in order if edits[i]}
        kept = _between([(i, i + 1) for i in order if not edits[i]], n)
        rewritten = _Columns()
        for tok in edited.values():
            rewritten.add(tok)
        text, sep, seg, ids, timing = rewritten.columns()
        where = list(edited)
        if timing is None and self._timing is not None:  # untimed tokens in a timed transcript
            timing = ((None,) * len(where),) * 3
        seps = dict(zip(where, sep))
        if kept:
            seps[kept[0][0]] = ""  # the first token has no separator before it
        return self._keeping(kept, dict(zip(where, text)), seps, dict(zip(where, seg)),
                             dict(zip(where, ids)),
                             None if timing is None else tuple(dict(zip(where, column))
                                                               for column in timing))

    def regrouped(self, seps: Sequence[str], segment_indices: Sequence[int | None],
                  segments: Sequence[Segment]) -> Transcript:
        """The same tokens (texts, ids, timings) with new separators and segments: a new
        cue layout. The text, id and timing columns are shared, not copied.

        >>> t = Transcript.from_text("one two three")
        >>> t.regrouped(["", " ", "\\n"], [0, 0, 1], [Segment(0, 1), Segment(1, 2)]).text
        'one two\\nthree'
        """
        if len(seps) != len(self._text) or len(segment_indices) != len(self._text):
            raise ValueError("regrouped: one separator and one segment index per token")
        return self._derive(sep=tuple(seps), seg=tuple(segment_indices),
                            segments=tuple(segments))

    def map_tokens(self, fn) -> Transcript:
        """Apply ``fn(index, token) -> str`` to every token text; unchanged input is returned as is."""
        out: list[str] | None = None
        for i, tok in enumerate(self.tokens):
            new = fn(i, tok)
            if out is None:
                if new == tok.text:
                    continue
                out = list(self._text[:i])
            out.append(new)
        return self if out is None else self._derive(text=tuple(out))

    def with_texts(self, texts: Mapping[int, str]) -> Transcript:
        """The transcript with some token texts replaced, by index; ``self`` if none differ."""
        changed = self._text_edits(texts)
        if not changed:
            return self
        return self._derive(text=_assemble(self._text, [(0, len(self._text))], changed))

    def map_texts(self, fn) -> Transcript:
        """Apply ``fn(text) -> text`` to every token, computing it once per distinct text.

        The fast path for normalizers whose decision depends on the token alone.
        """
        changed = {}
        for text in set(self._text):
            new = fn(text)
            if new != text:
                changed[text] = new
        if not changed:
            return self
        return self._derive(text=tuple(map(changed.get, self._text, self._text)))

    def remove(self, spans: Iterable[tuple[int, int]],
               texts: Mapping[int, str] | None = None) -> Transcript:
        """Remove token spans ``[start, end)`` and repair the punctuation they leave.

        ``texts`` (index → text) rewrites some tokens first, as :meth:`with_texts` would,
        without a transcript in between.

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
        old_text, seps = self._text, self._sep
        n = len(old_text)
        new_text = self._text_edits(texts or {})
        runs: list[list[int]] = []  # merged, sorted [start, end) runs of removed tokens
        for s, e in sorted((max(0, s), min(e, n)) for s, e in spans if e > s):
            if s >= e:
                continue
            if runs and s <= runs[-1][1]:
                runs[-1][1] = max(runs[-1][1], e)
            else:
                runs.append([s, e])
        if not runs:
            return self.with_texts(new_text)
        # Runs never touch, so the token before a run (when there is one) is kept, and so
        # is the one after it: the repairs rewrite those two, by their source index.
        new_sep: dict[int, str] = {}
        for i, j in runs:
            removed = [new_text.get(k, old_text[k]) for k in range(i, j)]
            first_lead = split_punct(removed[0])[0]
            last_trail = split_punct(removed[-1])[2]
            # The last sentence end inside the removed run still ends the sentence.
            terminal = next((t for t in (_terminal(split_punct(r)[2]) for r in reversed(removed))
                             if t), "")
            closers = _closers(last_trail)
            if i > 0:
                prev = new_text.get(i - 1, old_text[i - 1])
                plead, pcore, ptrail = split_punct(prev)
                if terminal and not any(ch in SENTENCE_END for ch in ptrail) and pcore:
                    ptrail = ptrail.rstrip(",;:—–-") + terminal
                if closers and pcore and not ptrail.endswith(closers):
                    ptrail += closers
                if pcore and plead + pcore + ptrail != prev:
                    new_text[i - 1] = plead + pcore + ptrail
            if j < n:
                nxt = new_text.get(j, old_text[j])
                lead, core, trail = split_punct(nxt)
                # A dialogue dash that led the removed words still leads the line.
                at_line_start = i == 0 or seps[i] in (LINE, PARAGRAPH)
                opener = "".join(ch for ch in first_lead
                                 if ch in _OPENERS or (at_line_start and ch in _DASHES))
                if opener and core and not lead.startswith(opener):
                    new_text[j] = opener + lead + core + trail
                new_sep[j] = stronger_sep(seps[i], seps[j])
        kept = _between(runs, n)
        if kept:
            new_sep[kept[0][0]] = ""  # the first token has no separator before it
        return self._keeping(kept, new_text, new_sep)

    def _text_edits(self, texts: Mapping[int, str]) -> dict[int, str]:
        """Text edits by index (negative ones counted from the end), those that change
        nothing left out; an index out of range is an error."""
        n = len(self._text)
        return {(i + n if i < 0 else i): text for i, text in texts.items()
                if self._text[i] != text}

    def _keeping(self, kept: Sequence[tuple[int, int]], texts: Mapping[int, str] | None = None,
                 seps: Mapping[int, str] | None = None, segs: Mapping[int, Any] | None = None,
                 ids: Mapping[int, int] | None = None,
                 timing: tuple[Mapping, Mapping, Mapping] | None = None) -> Transcript:
        """A transcript of the tokens in the ``kept`` stretches (sorted, disjoint ``[a, b)``
        index ranges), some entries replaced (mappings by source index). Each column is
        copied a stretch at a time in C: no ``Token`` and no int is made per word."""
        columns = self._timing
        if timing is not None and columns is None:
            columns = (_Nones(len(self._text)),) * 3
        new_timing = None if columns is None else tuple(
            _assemble(column, kept, (timing or ({}, {}, {}))[k]) for k, column in enumerate(columns))
        return self._derive(_assemble(self._text, kept, texts or {}),
                            _assemble(self._sep, kept, seps or {}),
                            _assemble(self._seg, kept, segs or {}),
                            _assemble(self._id, kept, ids or {}), new_timing,
                            plain=True if self._plain and not ids else None)


class _Nones(Sequence[None]):
    """``n`` times ``None``, without a tuple of them (a timing column nobody had yet)."""

    __slots__ = ("n",)

    def __init__(self, n: int):
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, index):
        if isinstance(index, slice):
            return (None,) * len(range(*index.indices(self.n)))
        return None


def _between(runs: Iterable[Sequence[int]], n: int) -> list[tuple[int, int]]:
    """The non-empty ``[start, end)`` stretches of ``range(n)`` between sorted, disjoint runs."""
    stretches, done = [], 0
    for i, j in runs:
        if done < i:
            stretches.append((done, i))
        done = j
    if done < n:
        stretches.append((done, n))
    return stretches


def _assemble(column: Sequence[Any], kept: Sequence[tuple[int, int]],
              edits: Mapping[int, Any]) -> Any:
    """The entries of ``column`` in the ``kept`` stretches, those at the indices in
    ``edits`` replaced: a tuple, or an id array for an id array. Whole slices are copied
    (in C); an edit splits its stretch around it."""
    marks = sorted(edits)

    def pieces() -> Iterator[Sequence[Any]]:
        m = 0
        for a, b in kept:
            while m < len(marks) and marks[m] < a:
                m += 1  # an edit of a token that is not kept
            while m < len(marks) and marks[m] < b:
                k = marks[m]
                yield column[a:k]
                yield (edits[k],)
                a, m = k + 1, m + 1
            yield column[a:b]

    if isinstance(column, array):
        out = array(column.typecode)
        for piece in pieces():
            out.extend(piece) if isinstance(piece, array) else out.fromlist(list(piece))
        return out
    return tuple(chain.from_iterable(pieces()))


def _restore(text: tuple, sep: tuple, seg: tuple, ids: array, timing: _Timing | None,
             segments: tuple[Segment, ...], meta: dict[str, Any]) -> Transcript:
    new = object.__new__(Transcript)
    new._init(text, sep, seg, ids, timing, segments, _frozen(meta))
    return new


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
