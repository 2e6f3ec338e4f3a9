"""Employers that everyone knows, named as where someone works: ``I work at target``,
``a cashier at the local walmart``, ``she drives for ups``.

A big employer's or chain's name is a common word (``target``, ``enterprise``) or one so
well known that word frequency cannot tell it from English, so a name found only by being
rare misses it. After a cue of work the organizations' finder asks here: the words from
``cleanup/data/deid_employers.txt``, after an optional ``the`` and a word of which branch
(``the local``, ``the nearby``), matched on their letters so that a name said in parts
still counts (``wal mart``, ``t mobile``, ``home depot``). A pharmacy, a shop, a restaurant or
a bank whose name is no common word is a place named after a word of going alone (``send
it to walgreens``, ``the staff at the Starbucks``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("she is a cashier at the local wal mart"))
>>> first, last = known_employer(v, v.keys.index("at"))
>>> list(v.texts[first:last + 1])
['wal', 'mart']
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import data_lines, zipf
from .knowledge import ONLINE
from .spans import Span, word_span
from .view import View
from .workplaces import PLAIN_PLACE

_LONGEST = 3  # words in the longest listed name


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum() or c == "&")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Every listed name, the pharmacies and shops among them, and every start of a name,
    as their letters (a word whose letters start no name ends the search at once)."""
    rows = [line.partition("\t") for line in data_lines("deid_employers.txt")]
    names = frozenset(_letters(name) for name, _, _ in rows)
    starts = frozenset(name[:k] for name in names for k in range(1, len(name) + 1))
    return names, frozenset(_letters(n) for n, _, kind in rows if kind in ("pharmacy", "shop")), \
        starts


def chain(base: str) -> bool:
    """Whether a word names a listed pharmacy or shop chain by itself (``walgreens``)."""
    return _letters(base) in _lists()[1]


# Words of going, sending or using before a pharmacy or a shop: "try cvs", "send it to
# walgreens", "at the mcdonald's".
_GOING = frozenset("to at try from use using it's in into visit visiting join joined there's"
                   .split())


def find_visited_chains(view: View) -> list[Span]:
    """``you could try cvs``, ``send it to the walgreens on elm``, ``we stopped at
    costco``: a pharmacy, a shop, a restaurant or a bank after a word of going, sending or
    using is a place the patient names."""
    spans = []
    for i in view.positions(_GOING):
        found = known_employer(view, i, _lists()[1])
        if found is None and (found := known_employer(view, i)) is not None and not (
                view.capitalized(found[0]) and view.shapes[found[1]].cap
                and not _named_on(view, found[1])):
            found = None  # any chain written with its capital: "been in Target"
        if found is not None and not view.lowercase and not view.shapes[found[0]].cap \
                and zipf(view.bases[found[0]]) >= 3.5:
            found = None  # "closed using staples": in text with capitals, a word, no chain
        if found is not None and view.bases[found[0]] not in ONLINE:  # "glance at Facebook"
            spans.append(word_span(view, found[0], found[1], "LOCATION", "ORGANIZATION", "list"))
    return spans


def _named_on(view: View, last: int) -> bool:
    """``Apple Music``, ``Amazon Prime``: a capitalized word after the chain's name makes
    a product of it."""
    n = view.next_word(last, cross=False, pauses=False)
    return n is not None and view.capitalized(n)


def known_employer(view: View, i: int, names: frozenset[str] | None = None
                   ) -> tuple[int, int] | None:
    """The first and last token of a listed employer's name (of ``names``, by default all)
    right after token ``i`` (a preposition after a cue of work), or ``None``."""
    j = view.next_word(i, cross=False, pauses=False)
    if j is not None and view.keys[j] == "the":
        j = view.next_word(j, cross=False, pauses=False)
    if j is not None and view.keys[j] in PLAIN_PLACE:
        j = view.next_word(j, cross=False, pauses=False)  # "the local walmart"
    last = employer_at(view, j, names) if j is not None else None
    return (j, last) if j is not None and last is not None else None


def employer_at(view: View, j: int, names: frozenset[str] | None = None) -> int | None:
    """The last token of a listed employer's name (of ``names``, by default all) that
    starts at token ``j``, the longest one that matches, or ``None``."""
    names = _lists()[0] if names is None else names
    found, letters = None, ""
    k: int | None = j
    for _ in range(_LONGEST):
        if k is None or not view.keys[k]:
            break
        letters += _letters(view.texts[k])
        if letters not in _lists()[2]:
            break  # no listed name starts so
        if letters in names:
            found = k
        k = view.next_word(k, cross=False, pauses=False)
    return found
