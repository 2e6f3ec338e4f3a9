"""Streets in other languages, in text with capitals: a compound whose ending is a street
word (``Lindenstraße 14``, ``Kerkstraat``, ``Storgatan 3``), and a street word said first
with a capitalized name after it and the house number last or not at all (``Calle Mayor
12``, ``rue Laurier``, ``Rua Augusta 45``). The words are street words in no English
sentence, so no number is needed.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("She moved to Lindenstraße 14, then to Calle Mayor 12."))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_foreign_streets(v)]
[('Lindenstraße', '14,'), ('Calle', '12.')]
"""
from __future__ import annotations

import regex

from ..lexicon import FUNCTION_WORDS
from .spans import Span, word_span
from .units import HOUSE
from .view import View

# Endings of a street's compound name: German, Dutch, Swedish, Danish, Norwegian, Finnish.
_SUFFIXES = regex.compile(r"[a-zäöüåæø]{3,}(?:straße|strasse|gasse|straat|laan|gracht|gatan"
                          r"|vägen|vej|veien|katu)")
# Street words said first that no English sentence uses: "rue", "calle", "rua".
_FIRST = frozenset("rue calle rua avenida viale strada jalan ulica utca".split())
# Little words inside such names: "rue du Port", "Calle de la Paz".
_PARTICLES = frozenset("""de del la las los el da do dos das du des le di della san santa
sainte saint st""".split())


def find_foreign_streets(view: View) -> list[Span]:
    if view.lowercase:
        return []
    return _compounds(view) + _word_first(view)


def _compounds(view: View) -> list[Span]:
    """``Lindenstraße 14``: a capitalized compound with a street's ending, its number."""
    spans = []
    for key in {k for k in set(view.keys) if _SUFFIXES.fullmatch(k)}:
        for i in view.positions({key}):
            if not view.shapes[i].cap:
                continue
            spans.append(word_span(view, i, _number_after(view, i), "LOCATION", "STREET"))
    return spans


def _word_first(view: View) -> list[Span]:
    """``Calle Mayor 12``, ``rue Laurier``: the street word, the capitalized name words
    (particles between them) and a house number after them."""
    spans = []
    for i in view.positions(_FIRST):
        last = None
        j = view.next_word(i, cross=False, pauses=False)
        while j is not None and j - i < 6:
            key = view.keys[j]
            if view.shapes[j].cap and key.replace("-", "").isalpha() \
                    and key not in FUNCTION_WORDS:
                last = j
            elif key not in _PARTICLES:
                break
            if view.shapes[j].pause:
                break
            j = view.next_word(j, cross=False, pauses=False)
        if last is not None:
            spans.append(word_span(view, i, _number_after(view, last), "LOCATION", "STREET"))
    return spans


def _number_after(view: View, k: int) -> int:
    """The house number in digits right after the token ``k`` (``14``), else ``k``."""
    n = view.next_word(k, cross=False, pauses=False)
    return n if n is not None and HOUSE.fullmatch(view.keys[n]) else k
