"""Hospitals called by a short name after a word of place: their initials (``transferred
to U M H C``, ``seen at UCSF``, ``at the MGH``), a possessive said alone (``they referred
us over to Children's``, ``she was born at the Women's``), or a practice's name before its
branch of medicine (``seen at harbor point orthopedics``).

Initials name a hospital when they end as hospitals' initials end (``…H`` hospital, ``…HC``
health care, ``…MC`` medical center, ``…HS`` health system), are a university's (``UCSF``,
``UCLA``: four letters or more) or a hospital's word follows
(``the U M H C hospital``, not ``the ENT clinic``); three letters or more, so no ward or
department (``the ICU``, ``the E D``, ``at OT``) is taken. A possessive is one of the
people a hospital is named for, with no noun after it: ``Children's hospital`` is the
facility finders'.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("She went to the ICU, then to U M H C, then over to "
...                                  "Children's."))
>>> [" ".join(v.texts[s.first:s.last + 1]) for s in find_short_hospitals(v)]
['U M H C,', "Children's."]
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS, zipf
from .facility_words import GENERIC, clinical_word
from .knowledge import DEPARTMENTS
from .spans import Span, word_span
from .spelled import letters_at
from .view import View

_PLACE_WORDS = frozenset("at to from in into over".split())
_ENDINGS = ("h", "hc", "mc", "hs", "hsc")
_FACILITY_AFTER = frozenset("hospital hospitals medical".split())
_POSSESSIVES = frozenset("children's women's childrens womens kids'".split())


def find_short_hospitals(view: View) -> list[Span]:
    spans = []
    for i in view.positions(_PLACE_WORDS):
        j = view.next_word(i, cross=False, pauses=False)
        bare = j is not None and view.keys[j] != "the"
        if j is not None and view.keys[j] == "the":
            j = view.next_word(j, cross=False, pauses=False)
        if j is None:
            continue
        last = _initials(view, j) if view.keys[j] not in _POSSESSIVES else _possessive(view, j)
        if last is None and bare and (view.keys[i] == "at" or not view.lowercase
                                      and view.keys[i] in ("to", "from")):
            last = _practice(view, j)  # "welcome to Bloom Psychology", capitalized
        if last is not None:
            spans.append(word_span(view, j, last, "LOCATION", "HOSPITAL", "context"))
    return spans


def _practice(view: View, j: int) -> int | None:
    """``seen at point may orthopedics``: one or two words of a name, no article before
    them, and a branch of medicine after them: a practice named for its branch (not ``at
    the orthopedics``, ``at general surgery``)."""
    k: int | None = j
    seen = 0
    while k is not None and seen < 3:
        key = view.keys[k]
        if key in DEPARTMENTS:
            return k if seen else None
        if key in FUNCTION_WORDS or key in GENERIC or not key.isalpha() or (
                not view.lowercase and not view.shapes[k].cap) or clinical_word(key):
            return None
        k, seen = view.next_word(k, cross=False, pauses=False), seen + 1
    return None


def _initials(view: View, j: int) -> int | None:
    """The last token of a hospital's initials from ``j``: single letters in a row or one
    word of capitals (in text with capitals; lowercase ASR spells them as letters)."""
    first, last, letters = letters_at(view, j)
    core = view.shapes[j].core
    if not letters and not view.lowercase and core.isalpha() and core.isupper() \
            and 3 <= len(core) <= 6:
        if zipf(core.lower()) >= 4.5:
            return None  # "to BOTH the patient and her son": a common word, stressed
        letters, last = core.lower(), j
    if len(letters) < 3 or letters in DEPARTMENTS or (
            not view.lowercase and not view.shapes[first].core.isupper()):
        return None  # "the PTSD clinic", "the ENT ward": a service, not a hospital
    after = view.next_word(last, cross=False, pauses=False)
    if letters.endswith(_ENDINGS) or _university(letters) or (
            after is not None and view.keys[after] in _FACILITY_AFTER):
        return last
    return None


def _university(letters: str) -> bool:
    """A university's hospital by the university's initials: a state university's (``…SU``:
    ``MUSU``), or a University of California campus (``UC…``: ``UCSF``, ``UCLA``)."""
    return len(letters) >= 4 and (letters.endswith("su") or letters.startswith("uc"))


def _possessive(view: View, j: int) -> int | None:
    """``Children's`` with no noun after it (the sentence or the clause ends)."""
    after = view.next_word(j, cross=False, pauses=False)
    if after is not None and not view.shapes[j].pause and not view.shapes[j].ends_sentence:
        return None
    if not view.lowercase and not view.shapes[j].cap:
        return None
    return j
