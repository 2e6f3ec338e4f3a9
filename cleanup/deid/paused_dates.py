"""A date read out slowly: the speaker pauses between its parts and the transcript writes
each pause as an ellipsis or a full stop (``June... eighth... nineteen fifty-one``,
``October 9th. 1987``). A date found with a month in it that ends at such a pause goes on over the
part it lacks when that part follows, alone in its own pause: a day (``fifth``, ``27th``)
after a month without one, a year (``1987``, ``nineteen fifty-one``) after a date without
one. A part with more words after it in its clause (``March 3rd. 1962 was the year``) or
in another speaker's turn is left alone.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> from .spans import word_span
>>> v = View.of(Transcript.from_text("Born June... eighth... nineteen fifty-one. Yes."))
>>> [" ".join(v.texts[s.first:s.last + 1]) for s in paused_dates(v, [
...     word_span(v, 1, 1, "DATE", "DATE")])]
['June... eighth... nineteen fifty-one.']
"""
from __future__ import annotations

from .knowledge import MONTH_ABBREVIATIONS, MONTHS
from .numbers import cardinal, ordinal, split_words, year
from .spans import Span, word_span
from .speech_words import hesitation
from .view import View


def paused_dates(view: View, spans: list[Span]) -> list[Span]:
    """Each date with a month that a pause cut short, grown over the parts read after it."""
    out = []
    for span in spans:
        if span.category != "DATE":
            continue
        words = split_words([view.keys[k] for k in range(span.first, span.last + 1)
                             if view.keys[k]])
        if not any(w in MONTHS or w in MONTH_ABBREVIATIONS for w in words):
            continue
        has_day, has_year = _day_in(words), _year_in(words)
        last = span.last
        while not has_year:
            part = _next_part(view, last)
            if part is None:
                break
            said, end = part
            if not has_day and (day := ordinal(said) or cardinal(said)) is not None \
                    and 1 <= day[0] <= 31 and (day[1] == len(said) or _whole_year(said[day[1]:])):
                has_day, has_year, last = True, day[1] < len(said), end
            elif _whole_year(said):
                has_year, last = True, end
            else:
                break
        if last != span.last:
            out.append(word_span(view, span.first, last, "DATE", span.subtype, span.source))
    return out


def _next_part(view: View, last: int) -> tuple[list[str], int] | None:
    """The words of the sentence after a pause at token ``last``, and its last token."""
    if view.next_word(last, cross=False) is not None:
        return None  # no sentence ends after it
    j = view.next_word(last)
    while j is not None and hesitation(view.keys[j]):
        j = view.next_word(j)  # "June the 3rd. Uh, 1999."
    if j is None or view.turn_between(last, j):
        return None
    said, where = view.run(j, 6, pauses=False)
    if len(said) == 6 or view.next_word(where[-1], cross=False, pauses=False) is not None:
        return None
    return (said[1:] if said[0] == "the" else said), where[-1]  # "June... the twelfth"


def _whole_year(words: list[str]) -> bool:
    found = year(words)
    return found is not None and found[1] == len(words) and 1900 <= found[0] <= 2099


def _day_in(words: list[str]) -> bool:
    return any(ordinal(words[k:]) is not None or w.isdigit() and 1 <= int(w) <= 31
               for k, w in enumerate(words))


def _year_in(words: list[str]) -> bool:
    return any((found := year(words[k:])) is not None and 1900 <= found[0] <= 2099
               for k in range(len(words)))
