"""Regions of the world where someone lives, comes from or has been: ``we moved here from
East Africa``, ``a trip to europe``, ``my family is from the middle east``.

A continent or a named region of the world is a place as a country is, but no gazetteer of
countries, states and towns holds it. It is one after a word of place (``in``, ``from``,
``to``, ``around``, ``visited``), with its compass word when one comes first (``South
America``, ``southeast asia``), and never as an adjective or part of a longer name (``the
Europe clinic``: not after a word of place; ``Asia Pacific``: two words, taken whole).
So is the United States by its short name (``we drove down to the states``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("we went to south america , then from the middle east "
...                                  "to europe , not a european trip"))
>>> [" ".join(v.texts[s.first:s.last + 1]) for s in find_regions(v)]
['south america', 'middle east', 'europe']
"""
from __future__ import annotations

from .places import LOCATIVES
from .spans import Span, word_span
from .view import View

# Regions said alone, and regions that need a compass word (``America``, ``East``).
_ALONE = frozenset("""europe asia africa antarctica oceania caribbean scandinavia balkans
mediterranean""".split())
_COMPASS = frozenset("""north south east west central northern southern eastern western
southeast southeast northeast northwest southwest sub-saharan latin middle far""".split())
_NEEDS_COMPASS = frozenset("america east".split())
_THE = frozenset({"the"})


def find_regions(view: View) -> list[Span]:
    spans = []
    for i in view.positions(_ALONE | _NEEDS_COMPASS):
        first = i
        p = view.prev_word(i, cross=False, pauses=False)
        if p is not None and view.keys[p] in _COMPASS:
            first, p = p, view.prev_word(p, cross=False, pauses=False)
        elif view.keys[i] in _NEEDS_COMPASS:
            continue  # "America" alone is the country's, "the east" a direction
        if p is not None and view.keys[p] in _THE:
            p = view.prev_word(p, cross=False, pauses=False)
        if p is None or view.keys[p] not in LOCATIVES or (
                not view.lowercase and not view.shapes[i].cap):
            continue
        spans.append(word_span(view, first, i, "LOCATION", "OTHER", "context"))
    return spans + _the_states(view)


# Words after "the states" that make it a noun of any states: "in the states of the union".
_STATES_AFTER = frozenset("of that where which who whose like with such and or".split())


def _the_states(view: View) -> list[Span]:
    """``in the States``, ``moved from the States``, ``born in the US``: the United States
    by its short name after ``the`` and a word of place, capitalized or not (``down in the
    states``; not ``the member states``, ``in the states of``)."""
    spans = []
    for i in view.positions({"states", "us", "u.s"}):
        the = view.prev_word(i, cross=False, pauses=False)
        p = view.prev_word(the, cross=False, pauses=False) if the is not None else None
        nxt = view.next_word(i, cross=False, pauses=False)
        named = (view.capitalized(i) or nxt is None or view.keys[nxt] not in _STATES_AFTER) \
            if view.keys[i] == "states" else \
            view.shapes[i].core in ("US", "U.S")  # "born in the US", not "for us"
        if named and the is not None and view.keys[the] == "the" and \
                p is not None and view.keys[p] in LOCATIVES | {"over", "throughout"}:
            spans.append(word_span(view, i, i, "LOCATION", "COUNTRY"))
    return spans
