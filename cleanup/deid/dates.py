"""Dates more specific than a year, written or spoken, and ages over 89.

A date is found from a month name (``september 9 , 2019``, ``the sixteenth of May,
nineteen, eighty two``, ``in november``), from a written pattern (``4/14/1960``,
``2021-03-04``) or from a date-of-birth cue followed by spoken numbers; a day and a year
attached to the month join its span. A lone year, a weekday, a season, a time of day and a
duration are not dates. An age is PHI from 90 on, and only where the words around the
number make it an age (``92-year-old``, ``I'll be ninety``, ``aged 91``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("born august sixteen nineteen seventy six, seen in May"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_dates(v)]
[('august', 'six,'), ('May', 'May')]
>>> v = View.of(Transcript.from_text("she's a 92-year-old lady, I'll be ninety in June"))
>>> [v.texts[s.first][s.start:s.end] for s in find_ages(v)]
['92', 'ninety']
"""
from __future__ import annotations

import regex

from .knowledge import MONTH_ABBREVIATIONS, MONTHS
from .numbers import (
    NUMBER_WORDS,
    ORDINAL_TENS,
    ORDINAL_UNITS,
    TENS,
    UNITS,
    cardinal,
    ordinal,
    year,
)
from .spans import Span, word_span
from .view import View

# 4/14/1960, 3/1/21, 14.04.1960, 14-04-1960, 2021-03-04, 3/2019.
WRITTEN_DATE = _WRITTEN = regex.compile(r"""
    (?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{2}|\d{4})
  | (?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})
  | (?P<mm>\d{1,2})/(?P<my>\d{4})
""", regex.VERBOSE)
_SHORT = regex.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})")  # 3/4: a date only after "on"
_DATE_CUES = frozenset("on from since until till by dated date of to through thru and "
                       "before after around".split())
# Before "may" and "march" (also a verb): words that make them the month.
_MONTH_CONTEXT = frozenset("""in of since until till by during through early late mid end
beginning start middle last next this from before after around""".split())
_AMBIGUOUS = frozenset({"may", "march"})
_HOLIDAYS = frozenset("christmas thanksgiving easter halloween hanukkah diwali eid".split())
_BIRTH_CUES = (("date", "of", "birth"), ("dob",), ("d", "o", "b"), ("birthday",),
               ("born", "on"), ("birth", "date"))


def find_dates(view: View) -> list[Span]:
    spans: list[Span] = []
    for i in view.positions(set(MONTHS) | set(MONTH_ABBREVIATIONS) | _HOLIDAYS):
        span = _month_date(view, i)
        if span is not None:
            spans.append(span)
    spans.extend(_written(view))
    spans.extend(_after_birth_cue(view))
    spans.extend(_ordinal_dates(view))
    return spans


def _ordinal_dates(view: View) -> list[Span]:
    """A day and a month both said as ordinals: ``the fifth of the third, nineteen seventy``."""
    spans = []
    ordinals = {k for k in set(view.keys) if k in ORDINAL_UNITS or k in ORDINAL_TENS
                or (k[:-2].isdigit() and k[-2:] in ("st", "nd", "rd", "th"))}
    for i in view.positions(ordinals):
        words, where = view.run(i, 10)
        day = ordinal(words)
        if day is None or words[day[1]:day[1] + 1] != ["of"]:
            continue
        k = day[1] + 1 + (1 if words[day[1] + 1:day[1] + 2] == ["the"] else 0)
        month = ordinal(words[k:])
        if month is None or not 1 <= month[0] <= 12 or not 1 <= day[0] <= 31:
            continue
        last = k + month[1] - 1
        found = year(words[last + 1:])
        if found is not None:
            last += found[1]
        spans.append(word_span(view, where[0], where[last], "DATE", "DATE"))
    return spans


def _written(view: View) -> list[Span]:
    spans = []
    for key in {k for k in set(view.keys) if k[:1].isdigit() and ("/" in k or "-" in k or "." in k)}:
        m = _WRITTEN.fullmatch(key)
        short = m is None and _SHORT.fullmatch(key)
        if m is None and not short:
            continue
        if not _valid(m or short):
            continue
        for i in view.positions({key}):
            if short:
                p = view.prev_word(i, cross=False)
                if p is None or view.keys[p] not in _DATE_CUES:
                    continue
            spans.append(word_span(view, i, i, "DATE", "DATE", "pattern"))
    return spans


def _valid(m: regex.Match) -> bool:
    g = m.groupdict()
    if g.get("iy"):
        return 1 <= int(g["im"]) <= 12 and 1 <= int(g["id"]) <= 31
    if g.get("mm"):
        return 1 <= int(g["mm"]) <= 12 and 1900 <= int(g["my"]) <= 2099
    a, b = int(g["a"]), int(g["b"])
    return 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12


def _month_date(view: View, i: int) -> Span | None:
    """The date around the month (or holiday) word at token ``i``, if it is one."""
    key = view.bases[i] if view.bases[i] in _HOLIDAYS else view.keys[i]
    words, where = view.run(i, 7)
    day_after = _day(words[1:])
    year_after = year(words[1:]) or (year(words[2:]) if words[1:2] == ["of"] else None)
    first = _day_before(view, i)
    last = i
    if year_after:
        last = where[year_after[1] + (1 if words[1] == "of" else 0)]
    elif day_after:
        last = where[day_after[1]]
        rest = words[day_after[1] + 1:]
        year_then = year(rest)
        if year_then:
            last = where[day_after[1] + year_then[1]]
    attached = first is not None or last != i
    if key in MONTH_ABBREVIATIONS and key not in MONTHS and not attached:
        return None
    if key in _AMBIGUOUS and not attached and not _month_context(view, i):
        return None
    return word_span(view, first if first is not None else i, last, "DATE", "DATE")


def _day(words: list[str]) -> tuple[int, int] | None:
    """A day of the month at the start of ``words`` (``the 9th``, ``fifteen``, ``9``)."""
    skip = 1 if words[:1] == ["the"] else 0
    rest = words[skip:]
    if not rest:
        return None
    found = ordinal(rest)
    if found is None and not skip and (rest[0].isdigit() or rest[0] in UNITS or rest[0] in TENS):
        found = cardinal(rest[:2])
    if found is None or not 1 <= found[0] <= 31:
        return None
    return found[0], found[1] + skip


def _day_before(view: View, i: int) -> int | None:
    """The token where a day said before the month starts (``thirty first of``, ``9``)."""
    p = view.prev_word(i, cross=False)
    if p is not None and view.keys[p] == "of":
        p = view.prev_word(p, cross=False)
    if p is None:
        return None
    pp = view.prev_word(p, cross=False)
    if pp is not None and view.keys[pp] in TENS:
        two = ordinal([view.keys[pp], view.keys[p]])
        if two and two[1] == 2 and two[0] <= 31:
            return pp
    one = ordinal([view.keys[p]])
    if one and one[0] <= 31:
        return p
    key = view.keys[p]
    if (key.isdigit() and 1 <= int(key) <= 31) or (key in UNITS and 10 < UNITS[key] < 32):
        return p
    return None


def _month_context(view: View, i: int) -> bool:
    """Whether ``may``/``march`` without a day or year is the month: capitalized inside a
    sentence, or after a word that takes a time (``in May``, ``end of March``)."""
    if view.capitalized(i):
        return True
    p = view.prev_word(i, cross=False)
    return p is not None and view.keys[p] in _MONTH_CONTEXT


def _after_birth_cue(view: View) -> list[Span]:
    """Spoken numbers that follow a date-of-birth cue (``dob oh four one four sixty``)."""
    spans = []
    firsts = {cue[0] for cue in _BIRTH_CUES}
    for i in view.positions(firsts):
        words, where = view.run(i, 16)
        for cue in _BIRTH_CUES:
            if tuple(words[:len(cue)]) != cue:
                continue
            k = len(cue)
            while k < len(words) and words[k] in ("is", "it's", "was", "um", "uh", "er", "on"):
                k += 1
            end = k
            while end < len(words) and (words[end] in NUMBER_WORDS or words[end].isdigit()
                                        or words[end] in ("and", "the", "of")):
                end += 1
            while end > k and words[end - 1] in ("and", "the", "of"):
                end -= 1
            while k < end and words[k] in ("the", "of"):
                k += 1
            if end - k >= 2:
                spans.append(word_span(view, where[k], where[end - 1], "DATE", "DATE"))
            break
    return spans


# ---- ages over 89 ----------------------------------------------------------------------
_AGE_TOKEN = regex.compile(r"(?P<n>9\d|1[01]\d)(?:-?(?:years?|yrs?|y)-?(?:olds?|o)|yo|s)")
_AGE_BEFORE = frozenset("age aged turn turned turns turning be i'm he's she's am is".split())
_AGE_AFTER = frozenset("years year yrs yr yo y/o".split())
_NOT_AGE_AFTER = frozenset("""percent % per over mg milligrams grams g kg pounds lbs beats
degrees mmhg minutes seconds hours days weeks months times units ml cc mph miles""".split())
_DECADES = frozenset({"nineties", "90s", "hundreds"})


def find_ages(view: View) -> list[Span]:
    spans = []
    candidates = {k for k in set(view.keys) if _AGE_TOKEN.fullmatch(k) or
                  k.startswith(("ninety-", "hundred-")) or (k.isdigit() and 90 <= int(k) < 120)}
    for i in view.positions(candidates | {"ninety", "hundred"} | _DECADES):
        span = _age_at(view, i)
        if span is not None:
            spans.append(span)
    return spans


def _age_at(view: View, i: int) -> Span | None:
    key = view.keys[i]
    m = _AGE_TOKEN.fullmatch(key)
    if m and not key.endswith("s"):
        s = view.shapes[i]
        return Span(i, s.start, i, s.start + len(m.group("n")), "AGE", "AGE", "pattern")
    p = view.prev_word(i, cross=False)
    if key in _DECADES or (m and key.endswith("s")):
        ok = p is not None and view.keys[p] in ("his", "her", "their", "my", "your", "late", "mid", "early")
        return word_span(view, i, i, "AGE", "AGE") if ok else None
    words, where = view.run(i, 5)
    if key == "hundred":
        return None
    value = cardinal(words)
    if value is None or not 90 <= value[0] < 120:
        return None
    after = words[value[1]] if value[1] < len(words) else ""
    if after in _NOT_AGE_AFTER:
        return None
    before = view.keys[p] if p is not None else ""
    then = words[value[1] + 1] if value[1] + 1 < len(words) else ""
    if after in ("years", "year", "yrs", "yr") and then not in ("old", "of", "olds"):
        return None  # "100 years ago": a time, not an age
    if after in _AGE_AFTER or after.endswith("year-old") or before in _AGE_BEFORE:
        return word_span(view, i, where[value[1] - 1], "AGE", "AGE")
    return None
