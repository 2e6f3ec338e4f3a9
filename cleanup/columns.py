"""Column storage: how a transcript's tokens are kept and copied without making objects.

A transcript keeps its tokens as parallel columns: a tuple of texts, one of separators,
one of segment indices, an array of ids (:data:`NO_ID` for a token a step inserted) and,
only when some token has one, three timing tuples (starts, ends, probabilities). A token
costs about 32 bytes that way instead of about 110 as an object. This module builds such
columns and copies stretches of them a slice at a time, in C: an edit to a long transcript
makes no Python object for the tokens it leaves alone.

>>> assemble(("a", "b", "c", "d"), between([(1, 2)], 4), {3: "D"})
('a', 'c', 'D')
>>> list(flagged(bytes([0, 1, 0, 1]), offset=10))
[11, 13]
"""
from __future__ import annotations

from array import array
from itertools import chain
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .tokens import Token

NO_ID = -1  #: a token's id in the id column when it has none (a token a step inserted)

# Start, end and probability columns: present only when some token has one of them.
Timing = tuple[tuple, tuple, tuple]
Columns = tuple[tuple, tuple, tuple, array, "Timing | None"]


class ColumnBuilder:
    """Token columns being built: whole stretches copied from a transcript, tokens added."""

    __slots__ = ("text", "sep", "seg", "ids", "timing")

    def __init__(self, timed: bool = False):
        self.text: list[str] = []
        self.sep: list[str] = []
        self.seg: list[int | None] = []
        self.ids = array("q")
        self.timing: tuple[list, list, list] | None = ([], [], []) if timed else None

    def copy(self, source: Any, start: int, stop: int) -> None:
        """Append the tokens ``[start, stop)`` of ``source`` (a transcript) as they are."""
        if start >= stop:
            return
        self.text += source._text[start:stop]
        self.sep += source._sep[start:stop]
        self.seg += source._seg[start:stop]
        self.ids += source._id[start:stop]
        if self.timing is not None:
            for mine, theirs in zip(self.timing, source._timing or (Nones(stop),) * 3):
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
        timing = self.timing
        if len(tok) > 4:
            if timing is None:
                k = len(self.text) - 1
                timing = self.timing = ([None] * k, [None] * k, [None] * k)
            timing[0].append(tok[4])
            timing[1].append(tok[5])
            timing[2].append(tok[6])
        elif timing is not None:
            timing[0].append(None)
            timing[1].append(None)
            timing[2].append(None)

    def add_fields(self, text: str, sep: str, seg: int | None, ident: int,
                   start: float | None = None, end: float | None = None,
                   probability: float | None = None) -> None:
        """Append one token given as its column values (``ident``: :data:`NO_ID` for none)."""
        self.ids.append(ident)
        self.text.append(text)
        self.sep.append(sep)
        self.seg.append(seg)
        timing = self.timing
        if timing is None:
            if start is None and end is None and probability is None:
                return  # no timing column yet, and none needed
            k = len(self.text) - 1
            timing = self.timing = ([None] * k, [None] * k, [None] * k)
        timing[0].append(start)
        timing[1].append(end)
        timing[2].append(probability)

    def columns(self) -> Columns:
        """The columns built, as tuples (an id array); the builder is emptied."""
        timing = None if self.timing is None else tuple(map(frozen_column, self.timing))
        return (frozen_column(self.text), frozen_column(self.sep), frozen_column(self.seg),
                self.ids, timing)  # type: ignore[return-value]


def frozen_column(column: list) -> tuple:
    """The column as a tuple, the list emptied: a long transcript's columns are copied one
    at a time, never all twice at once."""
    frozen = tuple(column)
    column.clear()
    return frozen


def pack(tokens: Iterable[Token]) -> Columns:
    """Column form of some tokens: texts, separators, segment indices, ids, timings."""
    built = ColumnBuilder()
    add = built.add
    for tok in tokens:
        add(tok)
    return built.columns()


def flagged(flags: bytes, offset: int = 0) -> Iterator[int]:
    """``offset + k`` for each ``k`` where ``flags`` (one byte a token) is 1: the way to find
    a few positions among many tokens, making an int only for each one found."""
    k = flags.find(1)
    while k >= 0:
        yield offset + k
        k = flags.find(1, k + 1)


class Nones(Sequence[None]):
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


def between(runs: Iterable[Sequence[int]], n: int) -> list[tuple[int, int]]:
    """The non-empty ``[start, end)`` stretches of ``range(n)`` between sorted, disjoint runs."""
    stretches, done = [], 0
    for i, j in runs:
        if done < i:
            stretches.append((done, i))
        done = j
    if done < n:
        stretches.append((done, n))
    return stretches


def assemble(column: Sequence[Any], kept: Sequence[tuple[int, int]],
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
