"""A branch named by the street it stands on: ``the Walgreens on Burnside``, ``the clinic
on Division``, ``our office on Main``. A chain, a pharmacy or a clinic with more than one
site is told apart by its street, said bare after ``on``; the street is where the patient
goes, as an address would be. After a place found in the file or a facility's word, ``on``
and a capitalized word (in text with capitals; in lowercase ASR a word English hardly
knows) with the capitalized words after it (``on Martin Luther King``) name a street; a
day, a month or a word of time (``the clinic on Monday``, ``the pharmacy on hold``) none.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("The clinic on Division moved; the pharmacy on Monday "
...                                  "was shut, so try the Safeway on Martin Luther King."))
>>> [" ".join(v.texts[s.first:s.last + 1]) for s in branch_streets(v, [])]
['Division', 'Martin Luther King.']
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS, zipf
from .addresses import STREET_WORDS
from .dates import WEEKDAYS
from .employers import chain
from .knowledge import MONTHS, ONLINE, TITLES
from .spans import Span, word_span
from .view import View

#: Words for a site of care or trade that a street can tell apart.
_SITES = frozenset("""clinic clinics pharmacy office surgery practice hospital store shop
branch location site centre center lab""".split())
#: Words after "on" that say when or how, no street.
_NOT_STREETS = frozenset("""call duty hold time site campus premises record file leave staff
board track schedule""".split())


def branch_streets(view: View, spans: list[Span]) -> list[Span]:
    places = {s.last for s in spans if s.category == "LOCATION"
              and s.subtype in ("HOSPITAL", "ORGANIZATION")}
    out = []
    for on in view.positions({"on"}):
        p = view.prev_word(on, cross=False, pauses=False)
        n = view.next_word(on, cross=False, pauses=False)
        if p is None or n is None or not (p in places or view.bases[p] in _SITES
                                          or chain(view.bases[p])):
            continue
        if not _street_word(view, n):
            continue
        last = n
        for _ in range(3):
            if view.shapes[last].pause:
                break
            k = view.next_word(last, cross=False, pauses=False)
            if k is None or not (view.bases[k] in STREET_WORDS or not view.lowercase
                                 and view.shapes[k].cap and view.keys[k] not in FUNCTION_WORDS):
                break
            last = k
        out.append(word_span(view, n, last, "LOCATION", "STREET", "context"))
    return out


def _street_word(view: View, n: int) -> bool:
    base = view.bases[n]
    if not base.isalpha() or base in FUNCTION_WORDS or base.removesuffix("s") in WEEKDAYS \
            or base in MONTHS \
            or base in _NOT_STREETS or base in ONLINE or base.rstrip(".") in TITLES:
        return False
    if view.lowercase:
        return zipf(base) < 3.0
    return view.capitalized(n)
