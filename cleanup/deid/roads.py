"""Roads named by a number: ``Highway 2``, ``Interstate 95``, ``Route 66``, ``County Road
12``, ``I-95``, ``US-101``, and a road's numbered exit or junction (``Exit 15``). Where a
call says an accident or a patient is, the road and its exit place them as an address does.

The road's word and its number are the name (``Highway 101``, written or said: ``highway
one oh one``); an exit's number is read the same way. A word of time or a measure after the
number (``route 2 times``) makes it no road.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("A crash on Highway 61 near Exit 9, then I-95 north; "
...                                  "take route two. Dose 2 tabs."))
>>> [" ".join(v.texts[s.first:s.last + 1]) for s in find_roads(v)]
['I-95', 'Highway 61', 'Exit 9,', 'route two.']
"""
from __future__ import annotations

import regex

from .numbers import NUMBER_WORDS, UNITS_AFTER, cardinal, digits, split_words
from .spans import Span, word_span
from .view import View

_ROADS = frozenset("highway hwy interstate route rte freeway motorway turnpike".split())
_EXITS = frozenset("exit junction".split())
# A road written as one token: "I-95", "US-101", "SR-7".
_WRITTEN = regex.compile(r"(?:I|US|SR|CR|FM)-\d{1,3}[NSEW]?")  # never "I10", a code


def find_roads(view: View) -> list[Span]:
    spans = [] if view.lowercase else [
        word_span(view, i, i, "LOCATION", "STREET", "pattern") for i, text in
        enumerate(view.texts) if "-" in text and _WRITTEN.fullmatch(view.shapes[i].core)
        and _on_road(view, i)]
    for i in view.positions(_ROADS | _EXITS | {"road"}):
        key = view.keys[i]
        first = i
        if key == "road":  # "County Road 12", "Farm Road 9"
            p = view.prev_word(i, cross=False, pauses=False)
            if p is None or view.keys[p] not in ("county", "farm", "state", "forest"):
                continue
            first = p
        last = _number_after(view, i)
        if last is None or key in _EXITS and not (view.lowercase or view.capitalized(i)):
            continue  # "exit 3 of the study": no road's exit
        subtype = "OTHER" if key in _EXITS else "STREET"
        spans.append(word_span(view, first, last, "LOCATION", subtype, "context"))
    return spans


# Words said around a road written short: "on I-95 north", "took US-1 to"; an isotope has
# none ("an I-131 scan", "treated with I-131").
_ROAD_BEFORE = frozenset("on off take took taking via onto along down up".split())
_ROAD_AFTER = frozenset("""north south east west northbound southbound eastbound westbound
exit near at by toward towards""".split())


def _on_road(view: View, i: int) -> bool:
    p = view.prev_word(i, cross=False, pauses=False)
    n = view.next_word(i, cross=False, pauses=False)
    return p is not None and view.keys[p] in _ROAD_BEFORE or \
        n is not None and view.keys[n] in _ROAD_AFTER


def _number_after(view: View, i: int) -> int | None:
    """The last token of a road's number right after ``i`` (digits, or number words said
    one by one or as a number), or ``None``."""
    words, where = view.run(view.next_word(i, cross=False, pauses=False) or i, 4, pauses=False)
    if not where or where[0] == i:
        return None
    if words[0].isdigit() and len(words[0]) <= 4:
        last = where[0]
    else:
        n = 0
        while n < len(words) and (words[n] in NUMBER_WORDS or words[n] == "oh"):
            n += 1
        said = split_words(words[:n])
        found = digits(said)
        read = found[1] if found is not None else (cardinal(said) or (0, 0))[1]
        if n == 0 or read == 0:
            return None
        last = where[min(read, n) - 1]
    after = view.next_word(last, cross=False, pauses=False)
    if after is not None and view.keys[after] in UNITS_AFTER | {"times", "minutes", "hours",
                                                                 "days", "weeks"}:
        return None  # "route 2 times": a count, no road
    return last
