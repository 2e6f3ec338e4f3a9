"""Days of the month said together, one of them found a date: ``between the fifth and the
ninth of June``, ``from the 3rd to the 7th``, ``the twelfth or the thirteenth``. The other
day of the pair is a date too, when no noun follows it (not ``the 3rd and the fourth
floor``).

>>> from cleanup.transcript import Transcript
>>> from .dates import find_dates
>>> from .view import View
>>> v = View.of(Transcript.from_text("from the fifth to the ninth of june"))
>>> sorted({v.texts[s.first] for s in find_dates(v)})
['fifth', 'ninth']
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS
from .numbers import ORDINAL_UNITS, TENS, ordinal, split_words
from .spans import Span, word_span
from .view import View

_LINKS = frozenset("and or to through thru till until".split())


def days_beside(view: View, found: list[Span]) -> list[Span]:
    out = []
    for span in found:
        if not any(_is_day(view.keys[k]) for k in range(span.first, span.last + 1)):
            continue  # a month alone ("in May and the second ...") says no day
        after = _day_after(view, span.last)
        before = _day_before(view, span.first)
        out += [s for s in (after, before) if s is not None]
    return out


def _is_day(key: str) -> bool:
    found = ordinal(split_words([key]))
    return found is not None and 1 <= found[0] <= 31


def _day_after(view: View, last: int) -> Span | None:
    """``... to the ninth``: the day after a link word and ``the``."""
    j = view.next_word(last, cross=False, pauses=False)
    if j is None or view.keys[j] not in _LINKS:
        return None
    k = view.next_word(j, cross=False, pauses=False)
    if k is None or view.keys[k] != "the":
        return None
    k = view.next_word(k, cross=False, pauses=False)
    if k is None:
        return None
    words, where = view.run(k, 4, pauses=False)
    day = ordinal(words)
    if day is None or not 1 <= day[0] <= 31:
        return None
    nxt = words[day[1]] if len(words) > day[1] else None
    if nxt is not None and nxt not in FUNCTION_WORDS:
        return None
    return word_span(view, k, where[day[1] - 1], "DATE", "DATE")


def _day_before(view: View, first: int) -> Span | None:
    """``the fifth and the ...``: the day before a link word, ``the`` before each."""
    p = view.prev_word(first, cross=False, pauses=False)
    if p is not None and view.keys[p] == "the":
        p = view.prev_word(p, cross=False, pauses=False)
    if p is None or view.keys[p] not in _LINKS:
        return None
    q = view.prev_word(p, cross=False, pauses=False)
    if q is None or not _is_day(view.keys[q]):
        return None
    start = q
    r = view.prev_word(q, cross=False, pauses=False)
    if r is not None and view.keys[r] in TENS and view.keys[q] in ORDINAL_UNITS:
        start, r = r, view.prev_word(r, cross=False, pauses=False)  # "twenty first"
    if r is None or view.keys[r] != "the":
        return None
    return word_span(view, start, q, "DATE", "DATE")
