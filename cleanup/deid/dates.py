"""Dates more specific than a year, written or spoken.

A date is found from a month name (``september 9 , 2019``, ``the sixteenth of May,
nineteen, eighty two``, ``in november``), from a written pattern (``4/14/1960``,
``2021-03-04``), from a day said alone (``on the 14th``) or from a date-of-birth cue
followed by spoken numbers, in its sentence or in the answer to it (``date of birth?`` ...
``six, twelve, uh, eighty``); a day and a year attached to the month join its span. A lone
year, a weekday, a season, a time of day and a duration are not dates.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("born august sixteen nineteen seventy six, seen in May"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_dates(v)]
[('august', 'six,'), ('May', 'May')]
"""
from __future__ import annotations

import regex

from ..lexicon import FUNCTION_WORDS
from .birth_dates import after_birth_cue
from .date_years import years_before
from .day_lists import days_beside
from .knowledge import MONTH_ABBREVIATIONS, MONTHS, SPOKEN_PUNCTUATION
from .name_strength import month_as_name
from .name_verbs import finite_after
from .numbers import (
    NUMBER_WORDS,
    ORDINAL_TENS,
    ORDINAL_UNITS,
    TENS,
    UNITS,
    cardinal,
    ordinal,
    split_words,
    short_year,
    year,
)
from .run_dates import find_run_dates
from .said_dates import find_said_dates
from .short_dates import SHORT, WEEKDAY_CUES, short_date
from .spans import Span, word_span
from .view import FILLERS, View

# 4/14/1960, 3/1/21, 14.04.1960, 14-04-1960, 2021-03-04, 3/2019; an ISO time stamp too
# (2021-03-04T09:15:02Z, as a recording's header gives it).
WRITTEN_DATE = _WRITTEN = regex.compile(r"""
    (?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{2}|\d{4})
  | (?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})
    (?:t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?
  | (?P<mm>\d{1,2})/(?P<my>\d{4})
""", regex.VERBOSE)
# 14-Feb-1986, 3-mar-21: the month's abbreviation between day and year.
NAMED_MONTH_DATE = _NAMED_MONTH_DATE = regex.compile(
    r"\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)-(?:\d{2}|\d{4})")
# Before "may" and "march" (also a verb): words that make them the month.
_MONTH_CONTEXT = frozenset("""in of since until till by during through early late mid end
beginning start middle last next this from before after around about""".split())
_AMBIGUOUS = frozenset({"may", "march"})
_OF_YEAR = [["of", w, "year"] for w in ("this", "last", "next", "that")]


def find_dates(view: View) -> list[Span]:
    spans: list[Span] = []
    for i in view.positions(set(MONTHS) | set(MONTH_ABBREVIATIONS)):
        span = _month_date(view, i)
        if span is not None:
            spans.append(span)
    spans.extend(_written(view))
    spans.extend(_part_of_month(view))
    spans.extend(after_birth_cue(view))
    spans.extend(_ordinal_dates(view))
    spans.extend(find_said_dates(view))
    spans.extend(find_run_dates(view))
    spans.extend(days_beside(view, spans) + years_before(view, spans))
    return [_with_article(view, s) for s in spans]


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# A part of a month written on to it: "mid-October", "early-March", "late-June".
_MONTH_PART = regex.compile(r"(?:mid|early|late|end)-(?P<month>[a-z]+)")


def _part_of_month(view: View) -> list[Span]:
    """``mid-October``: the month in a word that says which part of it, the month alone
    marked (the part says no more than the month does)."""
    spans = []
    for key in {k for k in set(view.keys) if "-" in k}:
        m = _MONTH_PART.fullmatch(key)
        if m is None or m["month"] not in MONTHS:
            continue
        for i in view.positions({key}):
            text = view.texts[i]
            at = text.casefold().find(m["month"], view.shapes[i].start)
            if at < 0:
                continue
            j = view.next_word(i, cross=False, pauses=False)
            if j is not None and view.keys[j].isdigit() and 1900 <= int(view.keys[j]) <= 2099:
                # "late-June 2023": its year with it
                spans.append(Span(i, at, j, view.shapes[j].end, "DATE", "DATE", "pattern"))
            else:
                spans.append(Span(i, at, i, at + len(m["month"]), "DATE", "DATE", "pattern"))
    return spans


def _with_article(view: View, span: Span) -> Span:
    """A date grown over the weekday before its day (``Sunday the 14th``) and over the
    ``The`` that starts its sentence (``The 2nd of March was ...``)."""
    first = span.first
    p = view.prev_word(first, cross=False, pauses=False)
    if p is not None and view.keys[p] == "the" and view.keys[first] not in MONTHS:
        pp = view.prev_word(p, cross=False, pauses=False)
        if pp is not None and view.keys[pp] in WEEKDAYS:
            first = pp
        elif view.texts[p] == "The" and view.sentence_start(p):
            first = p
    if first == span.first:
        return span
    return Span(first, view.shapes[first].start, span.last, span.end, span.category,
                span.subtype, span.source)


def _ordinal_dates(view: View) -> list[Span]:
    """A day and a month both said as ordinals (``the fifth of the third, nineteen
    seventy``), or a day of the month alone after ``on the`` (``that was on the 14th``)."""
    spans = []
    ordinals = {k for k in set(view.keys)
                if _ordinal_word(k) or k in TENS or _hyphenated_ordinal(k)}
    for i in view.positions(ordinals):
        words, where = view.run(i, 10)
        day = ordinal(words)
        p = view.prev_word(i, cross=False, pauses=False)
        if day is not None and p is not None and view.keys[p] in TENS and \
                ordinal([view.keys[p]] + words) is not None:
            continue  # "third" of "twenty third": read from "twenty"
        if day is not None and words[day[1]:day[1] + 3] in _OF_MONTH:
            spans.append(word_span(view, i, where[day[1] - 1], "DATE", "DATE"))
            continue  # "the twenty third of this month"
        if day is not None and words[day[1]:day[1] + 1] != ["of"] and _day_alone(view, i, day):
            spans.append(word_span(view, i, where[day[1] - 1], "DATE", "DATE"))
            spans += _listed_day(view, words[day[1]:], where[day[1]:])
        if day is None or words[day[1]:day[1] + 1] != ["of"]:
            continue
        k = day[1] + 1 + (1 if words[day[1] + 1:day[1] + 2] == ["the"] else 0)
        month = ordinal(words[k:])
        if month is None or not 1 <= month[0] <= 12 or not 1 <= day[0] <= 31:
            continue
        last = k + month[1] - 1
        found = year(words[last + 1:]) or short_year(words[last + 1:])
        if found is not None:
            last += found[1]
        spans.append(word_span(view, where[0], where[last], "DATE", "DATE"))
    return spans


_OF_MONTH = [["of", w, "month"] for w in ("this", "next", "last", "the")]


def _hyphenated_ordinal(key: str) -> bool:
    """``twenty-third``: number words joined, the last an ordinal."""
    parts = key.split("-")
    return len(parts) == 2 and parts[0] in TENS and parts[1] in ORDINAL_UNITS


_DAY_CUES = frozenset("""on since until till by from before after monday tuesday wednesday
thursday friday saturday sunday""".split())
# Punctuation said aloud in two words: "on the twenty eighth full stop".
_SAID_PUNCTUATION_PAIRS = (["full", "stop"], ["new", "paragraph"], ["new", "line"])


def _day_alone(view: View, i: int, day: tuple[int, int]) -> bool:
    """``on the 14th``, ``since the twentieth``: a day of the month, no noun after it (not
    ``on the second floor``; a dictation's punctuation word may follow: ``on the fifth
    comma``). A day written in digits (``up to the 17th``, ``maybe the 2nd?``) or said
    past the ninth (``for the fourteenth``) is a date after ``the`` alone: an ordinal that
    ends its noun phrase counts days; "the second", "the third" need a cue of time before
    them, and after ``for`` (``a letter for the ninth``) the first three are ranks in a
    list (``for the second, ...``)."""
    p = view.prev_word(i, cross=False, pauses=False)
    pp = view.prev_word(p, cross=False, pauses=False) if p is not None else None
    if p is not None and view.keys[p] in _DAY_CUES and view.keys[i][:1].isdigit():
        pp = p  # "discharge on 28th": a day in digits right after its cue
    elif p is None or view.keys[p] != "the":
        return False
    cue = pp is not None and (view.keys[pp] in _DAY_CUES or (
        view.keys[pp] == "for" and day[0] > 3))
    if not cue and not (view.keys[i][:1].isdigit() or day[0] >= 10):
        return False
    words, _ = view.run(i, day[1] + 6, pauses=False)
    if len(words) == day[1]:  # "the 4th, 5th or 6th rib": the list goes on past a comma
        listed, _ = view.run(i, day[1] + 6)
        if len(listed) > day[1] and _ordinal_word(listed[day[1]]):
            words = listed
    after = words[day[1]] if len(words) > day[1] else None
    if (after in _LISTING or after is not None and _ordinal_word(after)) \
            and _noun_after_list(words[day[1] + (after in _LISTING):]):
        return False  # "on the first and eighth days", "the 4th, 5th or 6th rib": ranks
    return 1 <= day[0] <= 31 and (after is None or after in FUNCTION_WORDS
                                  or _ordinal_word(after) or (
        after in SPOKEN_PUNCTUATION or words[day[1]:day[1] + 2] in _SAID_PUNCTUATION_PAIRS))


_LISTING = frozenset("and or to through".split())


def _listed_day(view: View, words: list[str], where: list[int]) -> list[Span]:
    """``on the twelfth and thirteenth``: the day listed right after a day alone, when no
    noun follows it."""
    k = 1 + (words[1:2] == ["the"])
    day = ordinal(words[k:]) if words[:1] and words[0] in _LISTING else None
    if day is None or not 1 <= day[0] <= 31:
        return []
    after = words[k + day[1]:k + day[1] + 1]
    if after and after[0] not in FUNCTION_WORDS and after[0].isalpha():
        return []
    return [word_span(view, where[k], where[k + day[1] - 1], "DATE", "DATE")]


def _noun_after_list(words: list[str]) -> bool:
    """Whether a noun follows the ordinals of a list (``eighth days``, ``the second
    finger``): the words of number and ``the`` skipped, the next one no function word."""
    k = 0
    while k < len(words) and (words[k] == "the" or words[k] in NUMBER_WORDS
                              or _ordinal_word(words[k]) or k and words[k] in _LISTING):
        k += 1
    return 0 < k < len(words) and words[k] not in FUNCTION_WORDS and words[k].isalpha()


def _ordinal_word(word: str) -> bool:
    return word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th") or \
        word in ORDINAL_UNITS or word in ORDINAL_TENS


def _written(view: View) -> list[Span]:
    spans = []
    keys = {k for k in set(view.keys) if k[:1].isdigit() and ("/" in k or "-" in k or "." in k)}
    spans += [word_span(view, i, i, "DATE", "DATE", "pattern")
              for i in view.positions({k for k in keys if _NAMED_MONTH_DATE.fullmatch(k)})]
    for key in keys:
        m = _WRITTEN.fullmatch(key)
        short = m is None and SHORT.fullmatch(key)
        if m is None and not short or m is not None and not _valid(m):
            continue
        for i in view.positions({key}):
            if short and not short_date(view, i):
                continue  # "on 3/4", "in 11/06"; not "3/4 of them", "5/9 nodes"
            p = view.prev_word(i, cross=False)
            first = p if p is not None and view.keys[p] in WEEKDAY_CUES else i
            spans.append(word_span(view, first, i, "DATE", "DATE", "pattern"))
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
    """The date around the month word at token ``i``, if it is one."""
    key = view.keys[i]
    words, where = view.run(i, 8)
    first = _day_before(view, i)
    last = i
    day_after = _day(words[1:])
    if day_after is None and words[1:2] == ["on"] and (on := _day(words[2:])):
        day_after = on[0], on[1] + 1  # "April on the ninth"
    if day_after and first is not None and year(words[1:]):
        day_after = None  # "ninth of december twenty eighteen": the year, not a day
    k = 1 + day_after[1] if day_after else 1  # where a year would start
    # "November of '69": a month "of" a number, the year by its last two digits
    dated = bool(day_after) or first is not None
    found = _year_at(words, k, short=dated or words[k:k + 1] in (["of"], ["oh"], ["o"])
                     or (k < len(words) and words[k].startswith("'")), after_in=dated)
    if found:
        last = where[found - 1]
    elif day_after:
        last = where[day_after[1]]
    attached = first is not None or last != i
    if key in MONTH_ABBREVIATIONS and key not in MONTHS and not attached and not (
            key not in _WORD_ABBREVIATIONS and _time_word_before(view, i)):
        return None  # "Feb" alone only after a word of time: "start of Feb", "since Sept"
    p = view.prev_word(i, cross=False)
    if not attached and month_as_name(key, view.keys[p] if p is not None else ""):
        return None  # "hi april": a name (the name finders')
    if key in _AMBIGUOUS and not attached and not _month_context(view, i):
        return None
    return word_span(view, first if first is not None else i, last, "DATE", "DATE")


def _year_at(words: list[str], k: int, short: bool, after_in: bool = False) -> int | None:
    """Where a year said at ``words[k]`` ends (``of`` before it allowed: ``fourteenth of
    twenty twenty three``; ``in`` with ``after_in``, for a date with its day: ``the fifth of
    May in ninety one``); ``short`` also takes two digits (``December, eighty eight``)."""
    if words[k:k + 1] == ["of"] or (after_in and words[k:k + 1] == ["in"]):
        k += 1
    found = year(words[k:])
    if found is None and short:
        found = short_year(words[k:])
    return k + found[1] if found else None



def _day(words: list[str]) -> tuple[int, int] | None:
    """A day of the month at the start of ``words`` (``the 9th``, ``fifteen``, ``9``)."""
    skip = 1 if words[:1] == ["the"] else 0
    rest = words[skip:]
    if not rest:
        return None
    found = ordinal(rest)
    if found is None and not skip and (rest[0].isdigit() or rest[0] in UNITS or rest[0] in TENS):
        found = cardinal(rest[:2])
        if found is not None and found[0] > 31 and TENS.get(rest[0], 99) <= 31:
            found = TENS[rest[0]], 1  # "May thirty two thousand and nine": a year follows
    if found is None or not 1 <= found[0] <= 31:
        return None
    return found[0], found[1] + skip


def _day_before(view: View, i: int) -> int | None:
    """The token where a day said before the month starts (``thirty first of``, ``9``,
    ``twenty-second``), a list of days included (``the 10th or 11th of``)."""
    p = _heard_before(view, i)
    if p is not None and view.keys[p] == "of":
        p = _heard_before(view, p)  # "twenty second uh, of March": past the hesitation
    first = _day_ending_at(view, p) if p is not None else None
    while first is not None:
        q = view.prev_word(first, cross=False)
        if q is None or view.keys[q] not in ("or", "and", "to", "through"):
            break
        r = view.prev_word(q, cross=False)
        earlier = _day_ending_at(view, r) if r is not None else None
        if earlier is None:
            break
        first = earlier
    return first


def _heard_before(view: View, i: int) -> int | None:
    """The word before token ``i`` in its sentence, past fillers."""
    p = view.prev_word(i, cross=False)
    while p is not None and view.keys[p] in FILLERS:
        p = view.prev_word(p, cross=False)
    return p


def _day_ending_at(view: View, p: int) -> int | None:
    """Where a day of the month that ends at token ``p`` starts."""
    pp = view.prev_word(p, cross=False)
    if pp is not None and view.keys[pp] in TENS:
        two = ordinal([view.keys[pp], view.keys[p]])
        if two and two[1] == 2 and two[0] <= 31:
            return pp
    one = ordinal(split_words([view.keys[p]]))
    if one and one[0] <= 31:
        return p
    key = view.keys[p]
    if (key.isdigit() and 1 <= int(key) <= 31) or (key in UNITS and 10 < UNITS[key] < 32):
        return p
    if key in ("st", "nd", "rd", "th") and pp is not None and view.keys[pp].isdigit() and \
            ordinal([view.keys[pp] + key]) is not None and int(view.keys[pp]) <= 31:
        return pp  # "the 21 st of March": the ordinal's ending split off its digits
    return None


# Abbreviations that are words or names too: "jan", "mar", "dec" (decrease), "sep".
_WORD_ABBREVIATIONS = frozenset("jan mar dec sep".split())


def _time_word_before(view: View, i: int) -> bool:
    p = view.prev_word(i, cross=False)
    return p is not None and view.keys[p] in _MONTH_CONTEXT


def _month_context(view: View, i: int) -> bool:
    """Whether ``may``/``march`` without a day or year is the month: capitalized inside a
    sentence, or after a word that takes a time (``in May``, ``end of March``)."""
    j = view.next_word(i, cross=False, pauses=False)
    if j is not None and (view.keys[j] in _AFTER_MODAL or (
            view.keys[j] in _ADVERBS and not view.shapes[i].cap)):
        return False  # "this may be", "it may not", "this may just be": the verb
    if not view.lowercase and not view.shapes[i].cap:
        p = view.prev_word(i, cross=False)  # text with capitals writes the month with one:
        return p is not None and view.keys[p] in _MONTH_CONTEXT - {"this", "that"}  # "this
        # may delay it" is the verb
    if (view.sentence_start(i) or view.item_start(i)) and j is not None \
            and view.keys[j].isalpha() \
            and not view.shapes[j].cap and view.keys[j] not in _AFTER_MONTH \
            and not finite_after(view, i):
        return False  # "- May forget parts of it": a list item opened by the verb
    if view.capitalized(i) or view.run(i, 4)[0][1:] in _OF_YEAR:
        return True  # "march of this year"
    return _time_word_before(view, i)


# Words after the month opening a sentence: "May the fifth", "March was cold".
_AFTER_MONTH = frozenset("""of and or to the through until till is was has had will would
in at on this last next first second third fourth fifth sixth seventh eighth ninth tenth
""".split())
# Words after "may" the verb: "this may be", "it may not help", "you may need".
_AFTER_MODAL = frozenset("""be not have also well need help cause take get feel want find
notice experience require benefit mean indicate suggest represent explain happen lead
make come go see give show affect develop improve worsen change hurt work seem look sound
""".split())
# Adverbs after "may" the verb ("this may just be"), when it is written lowercase.
_ADVERBS = frozenset("""just still even actually really only possibly probably perhaps
sometimes already always never simply""".split())
