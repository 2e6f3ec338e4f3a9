"""Years that belong to a date said around them.

A year standing alone is no PHI, but a year said right before a day and month (``born in
nineteen fifty eight, uh, on the eighth of August``) is that date's year; and after a
question for a date of birth, numbers that end in a year are the date however their first
numbers came out (``forty, oh two, nineteen seventy four``: a misheard day).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("I was born in nineteen fifty eight uh on the eighth of May"))
>>> day = v.texts.index("eighth")
>>> [(v.texts[s.first], v.texts[s.last]) for s in years_before(v, [Span(day, 0, day + 2, 0,
...                                                                      "DATE", "DATE")])]
[('nineteen', 'eight')]
"""
from __future__ import annotations

from .numbers import NUMBER_WORDS, split_words, year
from .spans import Span, word_span
from .view import FILLERS, View

# Words between a year and the day after it: "nineteen fifty eight, uh, on the eighth".
_BETWEEN = frozenset({"on", "the"}) | FILLERS
_LONGEST_YEAR = 4


def years_before(view: View, spans: list[Span]) -> list[Span]:
    """The year said right before each date that has a day and a month."""
    out = []
    for span in spans:
        if span.category != "DATE" or span.last == span.first:
            continue
        p = view.prev_word(span.first, cross=False)
        while p is not None and view.keys[p] in _BETWEEN:
            p = view.prev_word(p, cross=False)
        first = _year_ending_at(view, p) if p is not None else None
        if first is not None and p is not None:
            out.append(word_span(view, first, p, "DATE", "DATE"))
    return out


def ends_in_year(words: list[str]) -> bool:
    """Whether spoken numbers (three at least) end in a full year: ``forty oh two nineteen
    seventy four``."""
    return len(words) >= 3 and any(
        (found := year(words[k:])) is not None and k + found[1] == len(words) and found[0] > 1900
        for k in range(1, len(words)))


def _year_ending_at(view: View, last: int) -> int | None:
    """The first token of a year said as words that ends at token ``last``."""
    tokens: list[int] = []
    k: int | None = last
    while k is not None and len(tokens) < _LONGEST_YEAR and all(
            p in NUMBER_WORDS for p in split_words([view.keys[k]])):
        tokens.insert(0, k)
        k = view.prev_word(k, cross=False, pauses=False)
    for n in range(len(tokens), 0, -1):
        words = split_words([view.keys[t] for t in tokens[-n:]])
        found = year(words)
        if found is not None and found[1] == len(words) and found[0] > 1900:
            return tokens[-n]
    return None
