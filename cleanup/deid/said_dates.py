"""Dates said as their written digits, the slashes read aloud: ``nine slash oh four
slash nineteen fifty`` (9/04/1950), ``4 slash 9 slash 88``. A day, a month and a year
joined by two spoken slashes are a date wherever they are said; a fourth group (``forty
one slash zero one slash zero six slash twenty four``) makes a reference number instead,
and one slash (``one twenty slash eighty``) a reading.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("dob nine slash oh four slash nineteen fifty, "
...                                  "bp one twenty slash eighty"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_said_dates(v)]
[('nine', 'fifty,')]
"""
from __future__ import annotations

from .numbers import NUMBER_WORDS, UNITS, cardinal, year
from .spans import Span, word_span
from .view import View

_SLASHES = frozenset({"slash", "stroke"})
_ZERO = frozenset({"oh", "o", "zero", "nought"})


def find_said_dates(view: View) -> list[Span]:
    """Dates said with their slashes, and numbers of four groups or more so joined (an
    ID)."""
    spans: list[Span] = []
    starts = {k for k in set(view.keys) if k.isdigit() and len(k) <= 2} | (
        NUMBER_WORDS - {"hundred", "thousand", "double", "triple"}) | {
        k for k in set(view.keys) if "-" in k}
    for i in view.positions(starts):
        p = view.prev_word(i, cross=False, pauses=False)
        if p is not None and (view.keys[p] in _SLASHES or view.keys[p] in NUMBER_WORDS):
            continue  # inside a longer run of groups
        found = _date_from(view, i)
        if found is not None:
            spans.append(word_span(view, i, found, "DATE", "DATE", "pattern"))
        elif (last := _groups_from(view, i)) is not None:
            spans.append(word_span(view, i, last, "ID", "IDNUM", "pattern"))
    return spans


def _groups_from(view: View, i: int) -> int | None:
    """The last token of four groups or more of digits said with slashes between them
    (``thirty two slash zero four slash one one slash nineteen``)."""
    words, where = view.run(i, 20, pauses=False)
    k, groups = 0, 0
    while (found := _group(words, k)) is not None and (found[0] >= 10 or found[1] == 2 or (
            words[k].isdigit() and len(words[k]) == 2)):  # each group two digits
        groups, k = groups + 1, k + found[1]
        if words[k:k + 1] not in (["slash"], ["stroke"]):
            break
        k += 1
    return where[k - 1] if groups >= 4 and words[k - 1] not in _SLASHES else None


def _date_from(view: View, i: int) -> int | None:
    """The last token of ``day slash month slash year`` said from token ``i``."""
    words, where = view.run(i, 12, pauses=False)
    first = _group(words, 0)
    if first is None or words[first[1]:first[1] + 1] not in (["slash"], ["stroke"]):
        return None
    k = first[1] + 1
    second = _group(words, k)
    if second is None or words[k + second[1]:k + second[1] + 1] not in (["slash"], ["stroke"]):
        return None
    k += second[1] + 1
    found = year(words[k:]) or _short_year(words, k)
    if found is None or words[k + found[1]:k + found[1] + 1] in (["slash"], ["stroke"]):
        return None
    day, month = first[0], second[0]
    if not (1 <= min(day, month) <= 12 and max(day, month) <= 31 and min(day, month) >= 1):
        return None
    return where[k + found[1] - 1]


def _short_year(words: list[str], k: int) -> tuple[int, int] | None:
    """A year by its two digits: ``eighty eight``, ``oh five``, ``22`` (not ``three``)."""
    found = _group(words, k)
    if found is None or not (found[0] >= 10 or words[k] in _ZERO or len(words[k]) == 2):
        return None
    return found


def _group(words: list[str], k: int) -> tuple[int, int] | None:
    """A group of up to two digits as said: ``oh three``, ``one one``, ``twelve``,
    ``twenty eight``, ``09``."""
    if k >= len(words):
        return None
    if (words[k] in _ZERO or words[k] in UNITS and UNITS[words[k]] < 10) and k + 1 < len(
            words) and words[k + 1] in UNITS and UNITS[words[k + 1]] < 10:
        return 10 * UNITS.get(words[k], 0) + UNITS[words[k + 1]], 2  # "oh three", "one one"
    if words[k].isdigit():
        return (int(words[k]), 1) if len(words[k]) <= 2 else None
    found = cardinal(words[k:k + 2])
    return found if found is not None and found[0] < 100 else None
