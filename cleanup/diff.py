"""What a step changed: :class:`Change` records and the id diff that finds them.

Steps never reorder tokens and keep each token's id through a rewrite, so the changes a
step made are the stretches where the ids or texts of its input and output differ,
found by comparing the id and text columns (in C, a doubling stretch at a time) and
making tokens only for the changed regions.

>>> from cleanup.transcript import Transcript
>>> before = Transcript.from_text("so uh i think")
>>> e = before.edit(); e.drop(1); e.rewrite(2, "I")
>>> [c.describe() for c in diff_tokens("demo", before, e.commit())]
["demo: 'uh i' → 'I'"]
"""
from __future__ import annotations

import operator
import sys
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any, Callable, Iterator, Sequence

from .formats.timecode import format_clock
from .transcript import NO_ID, Transcript

__all__ = ["Change", "diff_regions", "diff_tokens"]


@dataclass(frozen=True, slots=True)
class Change:
    """One change a step made: the text before and after, and its time span when known.

    With slots, no dictionary per change: a long caption file can have 100,000 changes."""

    step: str
    before: str
    after: str
    start: float | None = None
    end: float | None = None

    def describe(self) -> str:
        when = ""
        if self.start is not None and self.end is not None:
            when = f" [{format_clock(self.start)}–{format_clock(self.end)}]"
        before = self.before if self.before else "∅"
        after = self.after if self.after else "∅"
        return f"{self.step}{when}: {before!r} → {after!r}"

    def as_dict(self) -> dict[str, Any]:
        return {"step": self.step, "before": self.before, "after": self.after,
                "start": self.start, "end": self.end}


def diff_tokens(step: str, before: Transcript, after: Transcript) -> list[Change]:
    """Changes between two token sequences, aligned by token id (steps never reorder).
    Equal changes are one object (a change is immutable): an untimed text's 10,000
    ``'i' → 'I'`` are one."""
    seen: dict[Change, Change] = {}
    same = seen.setdefault
    return [same(change, change) for *_, change in diff_regions(step, before, after)]


def diff_regions(step: str, before: Transcript,
                 after: Transcript) -> Iterator[tuple[int, int, int, int, Change]]:
    """Each change with the tokens it covers: ``before.tokens[i0:i]`` became
    ``after.tokens[j0:j]`` (``cleanup.decisions`` uses the ranges to undo a change).

    It reads the id and text columns; only the tokens of a changed region are made."""
    if before is after:
        return
    old_ids, new_ids = before.ids, after.ids
    old_text, new_text = before.texts, after.texts
    n_old, n_new = len(old_text), len(new_text)
    in_new, in_old = _shared_ids(old_ids, new_ids)
    i = j = 0
    while i < n_old or j < n_new:
        if i < n_old and j < n_new:
            # The unchanged stretch from here on, compared in C: same id, same text.
            same = _same_run(old_ids, new_ids, old_text, new_text, i, j)
            if same:
                i += same
                j += same
                continue
        i0, j0 = i, j
        while True:  # one changed region: deletions, insertions and rewritten tokens
            while i < n_old and not in_new(i):
                i += 1
            while j < n_new and not in_old(j):
                j += 1
            if (i < n_old and j < n_new and old_ids[i] == new_ids[j]
                    and old_text[i] != new_text[j]):
                i += 1
                j += 1
                continue
            break
        if (i < n_old and j < n_new and old_ids[i] != new_ids[j]) or (i, j) == (i0, j0):
            # A step reordered tokens, or copied one with its id: report the rest as one change.
            i, j = n_old, n_new
        # Read from the columns: a region of a million removed fillers makes no tokens.
        start, end = span_of(before, i0, i) if i > i0 else span_of(after, j0, j)
        lo = hi = 0
        if i == i0 or j == j0:
            # A bare deletion ('uh' → '') says little: show the unchanged words around it.
            lo = 1 if i0 > 0 and j0 > 0 else 0
            hi = 1 if i < n_old and j < n_new else 0
        before_text = text_of(before, i0 - lo, i + hi)
        after_text = text_of(after, j0 - lo, j + hi)
        if before_text != after_text:  # a token rebuilt with its own text is no change
            yield i0, i, j0, j, Change(step, _shared(before_text), _shared(after_text),
                                       start, end)


def _shared(text: str) -> str:
    """One string for each short change text: a long transcript's 100,000 changes say
    ``'i' → 'I'`` or ``'so uh we' → 'so we'`` over and over."""
    return sys.intern(text) if len(text) <= _SHARED else text


_SHARED = 80  # characters: a longer change text is rarely said twice


def _same_run(old_ids: Sequence[int], new_ids: Sequence[int], old_text: Sequence[str],
              new_text: Sequence[str], i: int, j: int) -> int:
    """How many tokens from ``old[i]`` and ``new[j]`` on have the same id (not none) and
    the same text. Stretches of doubling length are compared in C; the stretch that
    differs is searched token by token, so the work stays linear in the run's length."""
    count, size = 0, 8
    n = min(len(old_ids) - i, len(new_ids) - j)
    while count < n:
        size = min(size, n - count)
        a, b = i + count, j + count
        if (old_ids[a:a + size] == new_ids[b:b + size] and NO_ID not in old_ids[a:a + size]
                and old_text[a:a + size] == new_text[b:b + size]):
            count += size
            size *= 2
            continue
        for k in range(size):
            if (old_ids[a + k] != new_ids[b + k] or old_ids[a + k] == NO_ID
                    or old_text[a + k] != new_text[b + k]):
                return count + k
        count += size  # pragma: no cover - the stretch differed, so the loop returned
    return count


def _shared_ids(old: Sequence[int], new: Sequence[int]) -> tuple[Callable[[int], bool],
                                                                Callable[[int], bool]]:
    """Two tests: whether ``old[i]``, an id, is also some new token's, and the converse.

    Token ids are ascending whole numbers (steps never reorder), so each side's ids are
    searched by bisection in a compact sorted array, rather than a set of every id: two
    such sets per step were most of what explaining a long transcript took beyond the
    transcripts themselves. Ids that are not ascending (a step that reordered tokens or
    copied one with its id) use sets.
    """
    old_ids, new_ids = _sorted_ids(old), _sorted_ids(new)
    if old_ids is None or new_ids is None:
        in_old = set(old) - {NO_ID}
        in_new = set(new) - {NO_ID}
        return (lambda i: old[i] in in_new), (lambda j: new[j] in in_old)
    return (lambda i: _holds(new_ids, old[i])), (lambda j: _holds(old_ids, new[j]))


def _sorted_ids(ids: Sequence[int]) -> Sequence[int] | None:
    """The ids other than none, or ``None`` unless they are in strictly ascending order."""
    if NO_ID in ids:
        ids = array("q", [x for x in ids if x != NO_ID])
    return ids if all(map(operator.lt, ids, islice(ids, 1, None))) else None


def _holds(ids: Sequence[int], x: int) -> bool:
    if x == NO_ID:
        return False
    k = bisect_left(ids, x)
    return k < len(ids) and ids[k] == x


def span_of(t: Transcript, start: int, stop: int) -> tuple[float | None, float | None]:
    """:meth:`Transcript.span` of the tokens ``[start, stop)``, read from the columns (no
    :class:`Token` made, however many tokens)."""
    if t.starts is not None and t.ends is not None:
        starts = [x for x in t.starts[start:stop] if x is not None]
        ends = [x for x in t.ends[start:stop] if x is not None]
        if starts and ends:
            return min(starts), max(ends)
    n = len(t.segments)
    segs = [t.segments[k] for k in set(t.segment_indices[start:stop])
            if k is not None and 0 <= k < n]
    seg_starts = [s.start for s in segs if s.start is not None]
    seg_ends = [s.end for s in segs if s.end is not None]
    return (min(seg_starts) if seg_starts else None, max(seg_ends) if seg_ends else None)


def text_of(t: Transcript, start: int, stop: int) -> str:
    """The text of the tokens ``[start, stop)`` as written (the first one's separator left
    out)."""
    texts, seps = t.texts, t.seps
    start, stop = max(0, start), min(stop, len(texts))
    if start >= stop:
        return ""
    # Joined a stretch at a time: one join over a million tokens would first list them all.
    parts = ["".join(chain.from_iterable(zip(seps[k:min(k + 4096, stop)],
                                             texts[k:min(k + 4096, stop)])))
             for k in range(start + 1, stop, 4096)]
    return texts[start] + "".join(parts)
