"""Employers that everyone knows, named as where someone works: ``I work at target``,
``a cashier at the local walmart``, ``she drives for ups``.

A big employer's or chain's name is a common word (``target``, ``enterprise``) or one so
well known that word frequency cannot tell it from English, so a name found only by being
rare misses it. After a cue of work the organizations' finder asks here: the words from
``cleanup/data/deid_employers.txt``, after an optional ``the`` and a word of which branch
(``the local``, ``the nearby``), matched on their letters so that a name said in parts
still counts (``wal mart``, ``t mobile``, ``home depot``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("she is a cashier at the local wal mart"))
>>> first, last = known_employer(v, v.keys.index("at"))
>>> list(v.texts[first:last + 1])
['wal', 'mart']
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import data_lines
from .spans import Span, word_span
from .view import View

# Words between the preposition and the name that say which branch, not which employer.
_BRANCH = frozenset("local nearby big new little main same".split())
_LONGEST = 3  # words in the longest listed name


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum() or c == "&")


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset(_letters(line.split("\t")[0]) for line in data_lines("deid_employers.txt"))


@lru_cache(maxsize=1)
def _pharmacies() -> frozenset[str]:
    return frozenset(_letters(line.split("\t")[0]) for line in data_lines("deid_employers.txt")
                     if line.endswith("\tpharmacy"))


# Words of going, sending or using before a pharmacy: "try cvs", "send it to walgreens".
_GOING = frozenset("to at try from use using it's".split())


def find_pharmacy_chains(view: View) -> list[Span]:
    """``you could try cvs``, ``send it to the walgreens on elm``: a chain that fills
    prescriptions, after a word of going, sending or using, is the patient's pharmacy."""
    spans = []
    for i in view.positions(_GOING):
        j = view.next_word(i, cross=False, pauses=False)
        if j is not None and view.keys[j] == "the":
            j = view.next_word(j, cross=False, pauses=False)
        last = employer_at(view, j, _pharmacies()) if j is not None else None
        if j is not None and last is not None:
            spans.append(word_span(view, j, last, "LOCATION", "ORGANIZATION", "list"))
    return spans


def known_employer(view: View, i: int) -> tuple[int, int] | None:
    """The first and last token of a listed employer's name right after token ``i`` (a
    preposition after a cue of work), or ``None``."""
    j = view.next_word(i, cross=False, pauses=False)
    if j is not None and view.keys[j] == "the":
        j = view.next_word(j, cross=False, pauses=False)
    if j is not None and view.keys[j] in _BRANCH:
        j = view.next_word(j, cross=False, pauses=False)
    last = employer_at(view, j) if j is not None else None
    return (j, last) if j is not None and last is not None else None


def employer_at(view: View, j: int, names: frozenset[str] | None = None) -> int | None:
    """The last token of a listed employer's name (of ``names``, by default all) that
    starts at token ``j``, the longest one that matches, or ``None``."""
    names = _names() if names is None else names
    found, letters = None, ""
    k: int | None = j
    for _ in range(_LONGEST):
        if k is None or not view.keys[k]:
            break
        letters += _letters(view.texts[k])
        if letters in names:
            found = k
        k = view.next_word(k, cross=False, pauses=False)
    return found
