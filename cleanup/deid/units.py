"""Rooms, flats and blocks: the parts of an address inside a building; and streets whose
street word comes first (``calle``, ``rue``, ``avenida``).

A room, bed or ward with its number is LOCATION/ROOM (the number alone); a flat and a block
named before a street's house number open the street's span.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("She is in room 412, bed four b."))
>>> [v.texts[s.first] for s in find_rooms(v)]
['412,', 'four']
"""
from __future__ import annotations

import regex

from ..lexicon import FUNCTION_WORDS
from .knowledge import DEPARTMENTS
from .numbers import DIGIT_WORDS, NUMBER_WORDS, cardinal, split_words
from .spans import Span, word_span
from .view import View

HOUSE = regex.compile(r"\d{1,5}(?:-\d{1,4})?[a-z]?")  # 221b, 24-11 (Queens)

_ROOMS = frozenset("""room rm bed bay ward suite cubicle apartment apt flat theatre theater
ot""".split())  # "OT 2": an operating theatre


def find_rooms(view: View) -> list[Span]:
    """A room, bed or ward with its number: ``room 412``, ``bed four``, ``ward 7B``
    (LOCATION/ROOM, the number alone); not ``room air`` nor ``two rooms``."""
    spans = []
    for i in view.positions(_ROOMS):
        if view.keys[i] != view.bases[i]:
            continue
        j = view.next_word(i, cross=False, pauses=False)
        if j is not None and view.keys[j] in ("number", "no"):
            j = view.next_word(j, cross=False, pauses=False)  # "room number 114"
        if j is None:
            continue
        key = view.keys[j]
        after = view.next_word(j, cross=False, pauses=False)
        if regex.fullmatch(r"\d{1,4}[a-z]?|[a-z]\d{1,3}|\d{1,3}-\d{1,3}", key) and (
                after is None or view.keys[after] not in _AFTER_ROOM_NUMBER):
            spans.append(word_span(view, j, j, "LOCATION", "ROOM", "pattern"))
            continue
        if regex.fullmatch(r"[b-hj-wyz]", key) and after is not None and \
                regex.fullmatch(r"\d{1,3}", view.keys[after]):
            spans.append(word_span(view, j, after, "LOCATION", "ROOM", "pattern"))
            continue  # "room G 14": a floor's letter and the room's number
        words, where = view.run(j, 4, pauses=False)
        said = _one_by_one(words)
        if said >= 2:  # "room one one four": the digits read out
            spans.append(word_span(view, j, where[said - 1], "LOCATION", "ROOM", "pattern"))
            continue
        value = cardinal(words)
        if value is not None and (words[0] not in ("a", "one") or _one_alone(view, j)) and (
                len(words) == value[1] or words[value[1]] not in _AFTER_ROOM_NUMBER):
            last = where[value[1] - 1]
            nxt = view.next_word(last, cross=False, pauses=False)
            if nxt is not None and len(view.keys[nxt]) == 1 and view.keys[nxt].isalpha() \
                    and view.keys[nxt] not in ("a", "i"):
                last = nxt  # "bed four b"
            spans.append(word_span(view, j, last, "LOCATION", "ROOM", "pattern"))
    return spans + _numbered_units(view)


# Services whose numbered units a hospital names ("Surgery Unit 5", "medical unit two").
_SERVICES = DEPARTMENTS | frozenset("surgery surgical medicine medical care".split())


def _numbered_units(view: View) -> list[Span]:
    """A hospital's numbered unit and the service before it: ``Surgery Unit 5``,
    ``Intensive Care Unit 2``, ``medical unit two`` (LOCATION/DEPARTMENT); not ``3
    units`` nor ``a unit of blood``."""
    spans = []
    for i in view.positions({"unit"}):
        j = view.next_word(i, cross=False, pauses=False)
        if j is None or view.keys[i] != "unit" or not (
                regex.fullmatch(r"\d{1,2}[a-z]?", view.keys[j]) or view.keys[j] in _SMALL):
            continue
        k = view.next_word(j, cross=False, pauses=False)
        if k is not None and view.keys[k] in _AFTER_ROOM_NUMBER:
            continue  # "unit 3 of the course"
        first, p = None, view.prev_word(i, cross=False, pauses=False)
        while p is not None and i - p < 4 and (view.bases[p] in _SERVICES or (
                view.capitalized(p) and view.shapes[i].cap and view.keys[p] not in
                FUNCTION_WORDS)):
            first, p = p, view.prev_word(p, cross=False, pauses=False)
        if first is None and _after_room(view, i):
            spans.append(word_span(view, j, j, "LOCATION", "ROOM", "pattern"))
        elif first is not None:
            spans.append(word_span(view, first, j, "LOCATION", "DEPARTMENT", "pattern"))
    return spans


def _after_room(view: View, i: int) -> bool:
    """``Ward 7, Unit 3``: a unit's number in a list of a ward's, a room's or a bed's."""
    p = view.prev_word(i, cross=False)
    q = view.prev_word(p, cross=False, pauses=False) if p is not None else None
    return p is not None and q is not None and view.bases[q] in _ROOMS and view.shapes[p].pause


_SMALL = frozenset("one two three four five six seven eight nine ten b c d".split())


def _one_by_one(words: list[str]) -> int:
    """How many digits are said one by one at the start of ``words`` (``one one four``)."""
    said = 0
    while said < len(words) and words[said] in DIGIT_WORDS and (said or words[0] != "o"):
        said += 1
    if said < 2 or (said < len(words) and words[said] in _AFTER_ROOM_NUMBER):
        return 0  # "a room two three days": a count
    return said


def _one_alone(view: View, j: int) -> bool:
    """``bay one, at six``, ``in bed one.``: a ``one`` that ends its clause is the number
    (not ``bed one night``, ``room one of them``)."""
    return view.keys[j] == "one" and (view.shapes[j].pause or view.next_word(j) is None)


# Words after a number that make it a count or a measure, not a room's number.
_AFTER_ROOM_NUMBER = frozenset("""days weeks times hours minutes nights people patients beds
rooms more of years months year month ago""".split())


_UNITS = frozenset("flat apartment apt unit suite".split())
# What names a block of homes before its street: "Linden Court, 4 Mill Road".
_BUILDINGS = frozenset("""apartments flats house court towers mansions residency complex
building block lodge""".split())


# A plot of land before its house number: "lot 23 Palm Walk" (not "a lot").
_PLOTS = frozenset("lot plot".split())
# The numbered parts of an address written part word first: "House 12, Street 4, Sector 9".
_PARTS = frozenset("""house street st road lane plot lot sector block phase flat apartment
unit gali""".split())
_NUMBER = regex.compile(r"\d{1,5}[a-z]?|[a-z]")


def numbered_parts(view: View) -> list[Span]:
    """An address written as numbered parts, the part word first (``House 112, Street 9``,
    ``plot 4, block c``): two parts or more joined by commas, and a name and a number
    that may follow them (``Garden Town 10``)."""
    spans, done = [], -1
    for i in view.positions(_PARTS):
        if i <= done:
            continue
        last: int | None = None
        j: int | None = i
        parts = 0
        while j is not None and view.bases[j] in _PARTS:
            k = view.next_word(j, cross=False, pauses=False)
            if k is None or view.keys[k] in ("a", "i") or not (
                    _NUMBER.fullmatch(view.keys[k]) or cardinal([view.keys[k]])):
                break
            last, parts = k, parts + 1
            j = view.next_word(k, cross=False)
        if last is None or parts < 2:
            continue
        last = _area_after(view, last)
        spans.append(word_span(view, i, last, "LOCATION", "STREET", "pattern"))
        done = last
    return spans


def _area_after(view: View, last: int) -> int:
    """The area after numbered parts: a capitalized word and its number (``Askari 10``)."""
    j = view.next_word(last, cross=False)
    k = view.next_word(j, cross=False, pauses=False) if j is not None else None
    if j is not None and k is not None and (view.shapes[j].cap or view.lowercase) \
            and view.keys[j].isalpha() and view.keys[j] not in FUNCTION_WORDS \
            and view.keys[k].isdigit() and len(view.keys[k]) <= 3:
        return k
    return last


def unit_before(view: View, first: int) -> int:
    """Where an address that opens with a house number starts when a flat and a building
    come first: ``Flat 4, 22 Birch Road``, ``Flat 2C, Linden Court, 9 Mill Road``."""
    p = view.prev_word(first, cross=False)
    if p is not None and view.bases[p] in _UNITS:
        return p  # "flat 2, 19 ...": _house_number took the flat's number
    if p is not None and view.bases[p] in _PLOTS:
        a = view.prev_word(p, cross=False, pauses=False)
        return p if a is None or view.keys[a] not in ("a", "the") else first  # "lot 23 ..."
    if p is not None and view.bases[p] in _BUILDINGS and not view.lowercase:
        name = view.prev_word(p, cross=False, pauses=False)
        names = 0
        while name is not None and names < 2 and view.capitalized(name) \
                and view.bases[name] not in FUNCTION_WORDS:
            first, names = name, names + 1
            name = view.prev_word(name, cross=False, pauses=False)
        if names:
            n = view.prev_word(first, cross=False)
            unit = view.prev_word(n, cross=False, pauses=False) if n is not None else None
            if n is not None and unit is not None and HOUSE.fullmatch(view.keys[n]) \
                    and view.bases[unit] in _UNITS:
                return unit
    return first


# Street words said before the street's name, in Spanish, Portuguese, French, Italian...
_LEADING = frozenset("""calle avenida rua rue viale paseo camino plaza carrera
jalan strada heol ffordd stryd lon sraid bothar""".split())
# Little words inside such a name: "calle de la paz", "rue du port", Welsh "heol y bont".
_INSIDE = frozenset("""de del la las los el da do dos das du des le di della san santa
y yr na an""".split())


def leading_streets(view: View) -> list[Span]:
    """``1420 avenida las flores``, ``at 8 rue du port``: a house number, the street word
    and its name words (little words between them), in any case."""
    spans = []
    for i in view.positions(_LEADING):
        p = _house_before(view, i)
        if p is None:
            continue
        last, j, count = None, view.next_word(i, cross=False, pauses=False), 0
        while j is not None and count < 4:
            key = view.keys[j]
            if key in _INSIDE:
                pass
            elif key.isalpha() and key not in FUNCTION_WORDS and (
                    view.lowercase or view.shapes[j].cap):
                last = j
            else:
                break
            j, count = view.next_word(j, cross=False, pauses=False), count + 1
        if last is not None:
            spans.append(word_span(view, p, last, "LOCATION", "STREET"))
    return spans


def _house_before(view: View, i: int) -> int | None:
    """The first token of the house number right before token ``i``: digits (``8``) or
    up to three number words (``twenty two``, ``fourteen``)."""
    p = view.prev_word(i, cross=False, pauses=False)
    if p is not None and HOUSE.fullmatch(view.keys[p]):
        return p
    first = None
    while p is not None and all(w in NUMBER_WORDS for w in split_words([view.keys[p]])) \
            and view.keys[p] != "oh" and (first is None or first - p < 3):
        first, p = p, view.prev_word(p, cross=False, pauses=False)
    if first is None:
        return None
    words, _ = view.run(first, i - first, pauses=False)
    words = split_words(words)
    value = cardinal(words)
    return first if value is not None and value[1] == len(words) else None
