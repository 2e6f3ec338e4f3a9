"""Weekdays that are given names (``Sunday Adewale``, ``Monday Okafor``): a weekday is a
date word until a surname beside it makes it a person's first name; once found so, the
same weekday said where no date word goes with it (``send Sunday``, ``is Sunday on the
list?``) is that person again (:mod:`.propagate`). Only in text with capitals, where a
surname's capital says something.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("Then Sunday Nwosu came, not on Sunday Mass."))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_day_names(v)]
[('Sunday', 'Nwosu')]
"""
from __future__ import annotations

from .dates import WEEKDAYS
from .knowledge import MONTHS, NOT_PERSON, drug_like, place_info
from .name_base import eponym
from .name_strength import STRONG, UNKNOWN, strength
from .numbers import NUMBER_WORDS
from .spans import Span, word_span
from .view import View

# Words before a weekday that make it a day: "on Sunday", "next Monday", "Saturday and".
_DATE_BEFORE = frozenset("""on this next last every each by till til until since from that
the a of for through thru and or before after per""".split())
# Words after a weekday that make it a day: "Sunday morning", "Sunday the 5th".
_DATE_AFTER = frozenset("""morning mornings afternoon evening night nights lunch lunchtime
noon school service mass the and or week weekend at in""".split())


def find_day_names(view: View) -> list[Span]:
    """A capitalized weekday right before a capitalized surname: a census surname people
    mostly carry as a name or a word English barely knows (not ``Sunday Mass``, ``Friday
    Harbor``), with no date word before it."""
    if view.lowercase:
        return []
    spans = []
    for i in view.positions(WEEKDAYS):
        j = view.next_word(i, cross=False, pauses=False)
        if j is None or not view.shapes[i].cap or not _before_ok(view, i):
            continue
        base = view.bases[j]
        if view.shapes[j].cap and not view.shapes[j].cut and base.isalpha() and \
                not view.shapes[j].core.isupper() and strength(base) in (UNKNOWN, STRONG) and \
                base not in NOT_PERSON and base not in MONTHS and not drug_like(base) and \
                place_info(base) is None and not eponym(view, j):
            spans.append(word_span(view, i, j, "NAME", "OTHER"))
    return spans


def _before_ok(view: View, i: int) -> bool:
    p = view.prev_word(i, cross=False, pauses=False)
    return p is None or (view.keys[p] not in _DATE_BEFORE and view.keys[p] not in WEEKDAYS)


# Words right before a person's name, not a day's: "is Sunday on the list", "ask Sunday".
_PERSON_BEFORE = frozenset("""is was ask asked tell told call called send sent let thank
thanks meet with""".split())


def day_name_here(view: View, i: int) -> bool:
    """A weekday found as a first name in the file is the person again where it is written
    with a capital, opens its clause or follows a word said of a person (``is``, ``ask``,
    ``send``), and no date word comes after it (no number, no time of day)."""
    if view.lowercase or not view.shapes[i].cap or not _before_ok(view, i):
        return False
    p = view.prev_word(i, cross=False, pauses=False)
    if p is not None and view.keys[p] not in _PERSON_BEFORE:
        return False  # "see you Sunday": a day
    j = view.next_word(i, cross=False, pauses=False)
    if j is None:
        return True
    key = view.keys[j]
    return key not in _DATE_AFTER and key not in WEEKDAYS and key not in NUMBER_WORDS and \
        not key[:1].isdigit() and key not in MONTHS
