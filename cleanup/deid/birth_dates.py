"""Dates that answer a date-of-birth cue: spoken numbers in the cue's own sentence (``dob
oh four one four sixty``) or the first date-shaped numbers of the answer after a question
(``date of birth, please?`` ... ``it's nine, four, uh, seventy three``), and a month said
alone there, its day unheard (``June <UNIN/>.``), with the year said next.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("Date of birth, please? It's nine, four, uh, seventy three."))
>>> [(v.texts[s.first], v.texts[s.last]) for s in after_birth_cue(v)]
[('nine,', 'three.')]
"""
from __future__ import annotations

from .date_years import ends_in_year
from .knowledge import MONTHS
from .labels import past_label
from .numbers import NUMBER_WORDS, cardinal, digits, ordinal, short_year, split_words, year
from .spans import Span, word_span
from .view import View

_BIRTH_CUES = (("date", "of", "birth"), ("dob",), ("d", "o", "b"), ("birthday",),
               ("born", "on"), ("birth", "date"))
#: Single words that say a date of birth is asked for or given (``DOB 04121958``).
BIRTH_WORDS = frozenset("birth dob d.o.b birthday born birthdate".split())


def after_birth_cue(view: View) -> list[Span]:
    """Spoken numbers that answer a date-of-birth cue: in the cue's own sentence (``dob oh
    four one four sixty``), or the first date-shaped numbers of the answer after a question
    (``date of birth, please?`` ... ``it's nine, four, uh, seventy three``)."""
    spans = []
    for i in view.positions({cue[0] for cue in _BIRTH_CUES}):
        words, where = view.run(i, 3)
        cue = next((c for c in _BIRTH_CUES if tuple(words[:len(c)]) == c), None)
        if cue is None:
            continue
        end = where[len(cue) - 1]
        same = set(view.run(end, 16)[1])
        j, seen = view.next_word(end), 0
        while j is not None and seen < 30 and view.keys[j] not in MONTHS:
            if _numeric(view.keys[j]) and not _line_of_address(view, j):
                found = _number_run(view, j, strict=j not in same)
                if found is not None:
                    spans.append(word_span(view, j, found, "DATE", "DATE"))
                break
            j, seen = view.next_word(j), seen + 1
        if j is not None and seen < 30 and view.keys[j] in MONTHS:
            spans += _birth_month(view, j)
    return spans


def _birth_month(view: View, j: int) -> list[Span]:
    """The month that answers a date-of-birth question, its day unheard (``June <UNIN/>.``),
    and the year said next, in its own sentence (``Nineteen eighty four.``)."""
    spans = [word_span(view, j, j, "DATE", "DATE")]
    k = past_label(view, view.next_word(j))  # "June <UNIN/>.\nPatient: Nineteen eighty four."
    words, where = view.run(k, 4) if k is not None else ([], [])
    found = year(words)
    if found is not None and found[0] > 1900:
        spans.append(word_span(view, where[0], where[found[1] - 1], "DATE", "DATE"))
    return spans


_FILLERS = frozenset("um uh er erm ah eh hmm mm and the of".split())


def _line_of_address(view: View, j: int) -> bool:
    """``date of birth and first line, please``: an ordinal of the question's
    next request, no number of the answer."""
    n = view.next_word(j, cross=False)
    return view.keys[j] == "first" and n is not None and view.keys[n] in ("line", "name")


def _numeric(key: str) -> bool:
    """A number word or digits (``seven``, ``twenty-second``, ``14``)."""
    return key.isdigit() or all(p in NUMBER_WORDS for p in key.split("-"))


def _number_run(view: View, j: int, strict: bool) -> int | None:
    """The last token of the spoken numbers from ``j`` on (fillers and commas between them
    allowed) when they can be a date: two number words at least, or, when ``strict``,
    numbers that read as day, month and year."""
    words: list[str] = []
    where: list[int] = []
    k: int | None = j
    while k is not None and len(words) < 12:
        key = view.keys[k]
        if _numeric(key):
            parts = split_words([key])
            words.extend(parts)
            where.extend([k] * len(parts))
        elif key not in _FILLERS or (key in ("and", "the", "of") and not words):
            break
        k = view.next_word(k, cross=False)
    if len(words) < 2 or (strict and not (_day_month_year(words) or ends_in_year(words)
                                          or _year_after_unheard(view, j, words))):
        return None
    return where[-1]


def _year_after_unheard(view: View, j: int, words: list[str]) -> bool:
    """``<UNIN/> nineteen eighty-two.``: a whole year right after a tag, the
    day and month unheard: the date of birth's year."""
    found = year(words)
    return found is not None and found[1] == len(words) and found[0] > 1900 and \
        j > 0 and view.unheard(j - 1)


def _day_month_year(words: list[str]) -> bool:
    """Whether spoken numbers read as a day, a month and a year: one number each (``six
    twelve eighty``, ``nine four seventy three``) or digit by digit (``oh four one four
    six oh``)."""
    groups: list[int] = []
    k = 0
    while k < len(words) and len(groups) < 3:
        if len(groups) == 2:
            found = year(words[k:]) or short_year(words[k:])
        elif words[k] in ("oh", "o"):
            found = short_year(words[k:k + 2])
        else:
            found = ordinal(words[k:k + 2]) or cardinal(words[k:k + 2])
        if found is None:
            break
        groups.append(found[0])
        k += found[1]
    said = digits(words)
    if len(groups) < 3 and said is not None and len(said[0]) in (6, 8):
        groups = [int(said[0][:2]), int(said[0][2:4])]
    return len(groups) >= 2 and 1 <= min(groups[:2]) <= 12 and max(groups[:2]) <= 31
