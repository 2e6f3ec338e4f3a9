"""Days known by a name: the holidays of a list (:mod:`.holidays`: ``Diwali``, ``Boxing
Day``), and others written as one: in text with capitals, ``Day`` written with a capital
after one to three capitalized words (a saint, a people, a possessive) names a holiday: a
date (``Founders Day``, ``St Ninian's Day``), and so does ``Birthday`` after a capitalized
possessive (``the King's Birthday``). Not a person's surname after a given name
(``Doris Day``), nor a service's name (``Day Unit``: a capitalized word after).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("We went on Flag Day and on St Ninian's Day."))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_named_days(v)]
[('Flag', 'Day'), ('St', 'Day.')]
"""
from __future__ import annotations

from .holidays import find_holidays
from .knowledge import RELATIVES, name_info
from .spans import Span, word_span
from .view import View


def find_named_days(view: View) -> list[Span]:
    """Holidays from the list (:mod:`.holidays`), in any case, and days named ``... Day``
    in text with capitals."""
    return find_holidays(view) + ([] if view.lowercase else _capitalized_days(view))


def _capitalized_days(view: View) -> list[Span]:
    spans = []
    for i in view.positions({"day", "birthday"}):
        if not view.shapes[i].cap or view.shapes[i].core.isupper():
            continue
        if view.keys[i] == "birthday" and not _possessive_before(view, i):
            continue  # "King's Birthday", "the Queen's Birthday": a holiday
        k = view.next_word(i, cross=False, pauses=False)
        if k is not None and view.shapes[k].cap:
            continue  # "Day Unit", "Day Surgery"
        first = _name_start(view, i)
        if first is not None:
            spans.append(word_span(view, first, i, "DATE", "DATE", "pattern"))
    return spans


def _possessive_before(view: View, i: int) -> bool:
    p = view.prev_word(i, cross=False, pauses=False)
    return p is not None and view.shapes[p].cap and view.keys[p] != view.bases[p] and \
        view.bases[p] not in RELATIVES  # not "Mum's Birthday": one person's


_WISHES = frozenset("happy merry good".split())  # "Happy Memorial Day": the wish is no name


def _name_start(view: View, i: int) -> int | None:
    """The first of the capitalized words before ``Day`` at ``i`` (``None``: none, or a
    given name without a possessive: a person)."""
    first = None
    j = view.prev_word(i, cross=False, pauses=False)
    for _ in range(3):
        if j is None or not view.shapes[j].cap or view.shapes[j].core.isupper() and len(
                view.shapes[j].core) > 1 or view.keys[j] in _WISHES:
            break
        first = j
        j = view.prev_word(j, cross=False, pauses=False)
    if first is None or j is not None and view.keys[j] in ("a", "an", "one", "every"):
        return None  # "a Good Day": a kind of day, not one named
    p = view.prev_word(i, cross=False, pauses=False)
    info = name_info(view.bases[p]) if p is not None else None
    possessive = p is not None and view.keys[p] != view.bases[p] or view.texts[p or 0].endswith(
        ("s'", "s’"))
    if info is not None and info.first > max(info.last, 20) and not possessive:
        return None  # "Doris Day"
    return first
