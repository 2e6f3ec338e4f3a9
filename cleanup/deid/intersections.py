"""Street corners: two streets named with ``and`` where a caller says where they are
(``the cross street is Elm and 5th``, ``on the corner of Maple and Dunmore``, ``at Fifth
and Main``). Each street is its name's words, maybe with a street word after them
(``Maple Avenue``).

After ``corner of``, ``intersection of``, ``junction of`` or ``cross street(s)``, the two
names are read as they come: capitalized words in text with capitals, a rare word or an
ordinal in lowercase ASR. After a bare ``at``/``on``, one of the two must be a numbered
street (``5th``, ``Fifth``) or end in a street word, since ``at Smith and Jones`` may name
a firm.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("The cross street is Elm and 5th, near the corner of "
...                                  "Maple Avenue and Dunmore. We met at Fifth and Main."))
>>> [" ".join(v.texts[s.first:s.last + 1]) for s in find_intersections(v)]
['Elm', '5th,', 'Maple Avenue', 'Dunmore.', 'Fifth', 'Main.']
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS, zipf
from .addresses import STREET_WORDS
from .numbers import ordinal
from .spans import Span, word_span
from .view import View

# Words before the two streets: "corner of", "intersection of", "cross street is".
_CORNERS = frozenset("corner intersection junction".split())
_CROSS = frozenset("street streets street's".split())


def find_intersections(view: View) -> list[Span]:
    spans = []
    for a in view.positions({"and", "&"}):
        first = _street_before(view, a)
        second = _street_after(view, a)
        if first is None or second is None:
            continue
        cued = _cue_before(view, first[0])
        if cued is None:
            continue
        if not cued and not (_numbered(view, first) or _numbered(view, second)
                             or _headed(view, first) or _headed(view, second)):
            continue
        if _numbered(view, first) and _numbered(view, second) and (view.lowercase or not cued) \
                and not (_headed(view, first) or _headed(view, second)):
            continue  # "at first and second", "on 5th and 6th": an order or days, no corner
        spans.append(word_span(view, first[0], first[1], "LOCATION", "STREET"))
        spans.append(word_span(view, second[0], second[1], "LOCATION", "STREET"))
    return spans


def _street_word(view: View, k: int) -> bool:
    """A word of a street's name: capitalized in text with capitals, a rare word in
    lowercase; or a numbered street (``5th``, ``fifth``)."""
    key = view.keys[k]
    if ordinal([key]) is not None:  # "5th", "Fifth"; in text with capitals not "first"
        return view.lowercase or view.shapes[k].cap or key[:1].isdigit()
    if not key.isalpha() or key in FUNCTION_WORDS:
        return False
    return view.shapes[k].cap if not view.lowercase else zipf(view.bases[k]) < 3.5


def _street_before(view: View, a: int) -> tuple[int, int] | None:
    last = view.prev_word(a, cross=False, pauses=False)
    if last is None or not (_street_word(view, last) or view.bases[last] in STREET_WORDS):
        return None
    first = last
    p = view.prev_word(first, cross=False, pauses=False)
    if view.bases[last] in STREET_WORDS and p is not None and _street_word(view, p):
        first = p  # "Maple Avenue"
    elif not _street_word(view, last):
        return None
    return first, last


def _street_after(view: View, a: int) -> tuple[int, int] | None:
    first = view.next_word(a, cross=False, pauses=False)
    if first is None or not _street_word(view, first):
        return None
    last, n = first, view.next_word(first, cross=False, pauses=False)
    if n is not None and view.bases[n] in STREET_WORDS and not view.shapes[first].pause:
        last, n = n, view.next_word(n, cross=False, pauses=False)  # "Dunmore Road"
    if n is not None and not view.shapes[last].pause and view.keys[n] not in FUNCTION_WORDS:
        return None  # "first and second base": a noun after it, no street
    return first, last


def _cue_before(view: View, first: int) -> bool | None:
    """``True`` after a corner's cue, ``False`` after a bare ``at``/``on``, else ``None``."""
    p = view.prev_word(first, cross=False, pauses=False)
    if p is None:
        return None
    if view.keys[p] in ("at", "on"):
        return False
    if view.keys[p] == "of":
        q = view.prev_word(p, cross=False, pauses=False)
        return True if q is not None and view.bases[q] in _CORNERS else None
    if view.keys[p] in ("is", "are", "was"):
        q = view.prev_word(p, cross=False, pauses=False)
        r = view.prev_word(q, cross=False, pauses=False) if q is not None else None
        if q is not None and view.keys[q] in _CROSS and r is not None and view.keys[r] == "cross":
            return True
        if q is not None and view.keys[q] in ("cross-street", "cross-streets"):
            return True
    return None


def _numbered(view: View, street: tuple[int, int]) -> bool:
    return ordinal([view.keys[street[0]]]) is not None


def _headed(view: View, street: tuple[int, int]) -> bool:
    return street[1] > street[0] and view.bases[street[1]] in STREET_WORDS
