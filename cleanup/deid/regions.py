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

from ..lexicon import FUNCTION_WORDS, zipf
from .facility_words import clinical_word
from .knowledge import COMPASS
from .landmarks import part_of_thing
from .places import LOCATIVES
from .spans import Span, word_span
from .view import View

# Regions said alone, and regions that need a compass word (``America``, ``East``).
_ALONE = frozenset("""europe asia africa antarctica oceania caribbean scandinavia balkans
mediterranean""".split())
_COMPASS = COMPASS | frozenset("""central southeast northeast northwest southwest sub-saharan
latin middle far""".split())
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
                not view.lowercase and not view.shapes[i].cap) or part_of_thing(view, i):
            continue
        spans.append(word_span(view, first, i, "LOCATION", "OTHER", "context"))
    return spans + _the_states(view) + _parts_of_countries(view) + _plural_places(view) \
        + _districts(view)


# Heads of a named part of a town: "the Sunset District", "the Latin Quarter".
_DISTRICT_HEADS = frozenset("district quarter neighborhood neighbourhood ward".split())


def _districts(view: View) -> list[Span]:
    """``we rent in the Sunset District``, ``they moved to the Latin Quarter``: in text with
    capitals, ``the``, one or two capitalized words and a capitalized head of a part of a
    town, after a word of place (not ``the school district``, ``the General Ward``:
    a word of medicine or a kind names a part of no town)."""
    if view.lowercase:
        return []
    spans = []
    for h in view.positions(_DISTRICT_HEADS):
        if not view.shapes[h].cap:
            continue
        words: list[int] = []
        k = view.prev_word(h, cross=False, pauses=False)
        while k is not None and len(words) < 2 and view.shapes[k].cap and view.keys[k].isalpha() \
                and view.keys[k] not in FUNCTION_WORDS:
            words.insert(0, k)
            k = view.prev_word(k, cross=False, pauses=False)
        p = view.prev_word(k, cross=False, pauses=False) if k is not None else None
        if not words or k is None or view.keys[k] != "the" or p is None \
                or view.keys[p] not in LOCATIVES or clinical_word(view.bases[words[0]]) \
                or view.keys[h] == "ward" and zipf(view.bases[words[0]]) >= 3.0:
            continue
        spans.append(word_span(view, words[0], h, "LOCATION", "OTHER"))
    return spans


# Named parts of a country, as people say where they live or come from ("the Gulf Coast",
# "the Lake District", "up in the Highlands"); a word of place and "the" before them.
_PARTS = frozenset(tuple(p.split()) for p in """bay area|pacific northwest|midwest|mid west|
lake district|peak district|west country|home counties|highlands|midlands|west midlands|east
midlands|deep south|new england|gulf coast|east coast|west coast|silicon valley|central
valley|cotswolds|outback|panhandle|inland empire|tri-state area|upper peninsula|hill country|
rust belt|bible belt|lowcountry|low country|fens|black country|north east|north west|south
east|south west|east end|west end|lake country|gold coast|sunshine coast|top end|red centre|
hunter valley|maritimes|prairies|lower mainland|interior""".replace("\n", " ").split("|"))
_LONGEST_PART = max(map(len, _PARTS))
#: Regions said as one word ("the Midwest", "the Outback"): places, not things.
REGION_WORDS = _ALONE | frozenset(part[0] for part in _PARTS if len(part) == 1)


def _parts_of_countries(view: View) -> list[Span]:
    """``from the Gulf Coast``, ``in the lake district``: a named part of a country after
    ``the`` and a word of place (capitalized in text with capitals)."""
    spans = []
    for i in view.positions({part[0] for part in _PARTS}):
        the = view.prev_word(i, cross=False, pauses=False)
        p = view.prev_word(the, cross=False, pauses=False) if the is not None else None
        if the is None or view.keys[the] != "the" or p is None or \
                view.keys[p] not in LOCATIVES | {"up", "down", "over", "out"}:
            continue
        words, where = view.run(i, _LONGEST_PART, pauses=False)
        size = next((n for n in range(len(words), 0, -1) if tuple(words[:n]) in _PARTS), 0)
        if size and part_of_thing(view, where[size - 1]):
            continue
        if size and (view.lowercase or all(view.shapes[k].cap for k in where[:size])):
            spans.append(word_span(view, i, where[size - 1], "LOCATION", "OTHER"))
    return spans


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


# Words of place before "the" and a plural place's name: "hiking in the Adirondacks".
_BEFORE_PLURAL = LOCATIVES - {"to", "at"} | frozenset("""hiked hiking climbed climbing skied
skiing up down over out throughout""".split())
# Verbs of going or living before "to"/"at": "we moved to the Ozarks" (not "listened to").
_GOING = frozenset("""moved move moving went go goes going drove drive driving flew fly flying
retired retire travelled traveled travel trip trips holiday holidays vacation vacations
vacationed back headed head relocated emigrated walked sailed""".split())
_PLURAL_RARE = 3.7  # a plural commoner than this names a kind or a team ("the Lakers")


def _plural_places(view: View) -> list[Span]:
    """``hiking in the Adirondacks``, ``we moved to the Ozarks``, ``up in the Scottish
    Highlands``: in text with capitals, a rare capitalized plural after ``the`` and a word
    of place is a range, a set of islands or a region, with the adjective of its country
    before it; the clause ends after it (not ``the Lakers game``)."""
    if view.lowercase:
        return []
    return [word_span(view, first, i, "LOCATION", "OTHER") for i in range(view.n)
            if (first := plural_place(view, i)) is not None]


def plural_place(view: View, i: int) -> int | None:
    """The first token of the plural place's name that ends at ``i`` (see
    :func:`_plural_places`), or ``None``."""
    key = view.keys[i]
    if not key.endswith("s") or len(key) < 5 or not key.isalpha() or view.lowercase \
            or not view.capitalized(i) or zipf(key) >= _PLURAL_RARE:
        return None
    first = the = view.prev_word(i, cross=False, pauses=False)
    if the is not None and view.capitalized(the) and \
            view.keys[the].endswith(("ish", "an", "ern", "ese", "ch")):
        the = view.prev_word(the, cross=False, pauses=False)  # "the Scottish Highlands"
    else:
        first = i
    p = view.prev_word(the, cross=False, pauses=False) if the is not None else None
    if the is None or view.keys[the] != "the" or p is None or not _place_word(view, p):
        return None
    nxt = view.next_word(i, cross=False, pauses=False)
    ends = nxt is None or view.shapes[i].pause or view.keys[nxt] in FUNCTION_WORDS
    return first if ends else None


def _place_word(view: View, p: int) -> bool:
    if view.keys[p] in _BEFORE_PLURAL:
        return True
    q = view.prev_word(p, cross=False, pauses=False)
    return view.keys[p] in ("to", "at") and q is not None and view.keys[q] in _GOING
