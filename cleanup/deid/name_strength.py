"""How much a word looks like a person's name on its own, from the census tables and the
word's frequency: ``STRONG`` (``kyle``, ``sanchez``), ``WEAK`` (a name that is also a
common word: ``will``, ``grace``), ``UNKNOWN`` (no census name, rare in English:
``okafor``; or a double name of syllables: ``ji-woo``) or ``NONE``.

>>> [strength(k) for k in ("kyle", "grace", "ji-woo", "mary-kate", "x-ray", "the")]
[3, 2, 1, 3, 0, 0]
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import DISCOURSE_WORDS, FUNCTION_WORDS, zipf
from .knowledge import (NOT_PERSON, PLAIN_WORDS, RELATIVES, TITLES, medical_shape,
                        misspelt_term, name_info)
from .speech_words import hesitation

NONE, UNKNOWN, WEAK, STRONG = 0, 1, 2, 3


@lru_cache(maxsize=1 << 16)
def strength(key: str) -> int:
    """How much a lowercase word looks like a person's name on its own."""
    if len(key) < 3 or not key.replace("'", "").replace("-", "").isalpha():
        return NONE
    if key.count("-") == 1 and name_info(key) is None:
        return _hyphenated(*key.split("-"))
    if key in FUNCTION_WORDS or key in NOT_PERSON or key in TITLES or hesitation(key):
        return NONE  # "Uhm": the census lists some hesitations as names
    if zipf(key) < 3.5 and (medical_shape(key) or misspelt_term(key)):
        return NONE  # "Hypertrophic", "Ventilin": words of medicine the census lists too
    if "'" in key and not (key[0] in "od" and key[1] == "'" and len(key) > 4):
        return NONE  # a contraction (i'm, she'll), not o'connell or d'angelo
    info = name_info(key) or name_info(key.replace("'", ""))  # the census writes OCONNELL
    if info is None:
        return UNKNOWN if zipf(key) < 3.0 else NONE
    if info.proper and max(info.first, info.last) >= 5 and zipf(key) < 5.6 and \
            key not in PLAIN_WORDS:
        return STRONG
    return WEAK


def _hyphenated(a: str, b: str) -> int:
    """A double name by its parts: two census names (``mary-kate``, ``hamilton-price``)
    are as strong as the weaker; syllables that are no English words (``ji-woo``,
    ``min-jun``) or rare words (``adebayo-okafor``) make a name only where a cue, a
    capital or a neighbour says so; a word with a common English part (``x-ray``,
    ``follow-up``, ``ex-wife``) is none."""
    if a == b or b in ("ing", "ed", "er", "ers", "ish", "y", "s"):
        return NONE  # "yo-yo", "bye-bye"; "OD-ing": an ending, no name
    levels = [strength(a), strength(b)]
    if min(levels) >= WEAK:
        return min(levels)
    if all(_syllable(p) or level >= WEAK for p, level in zip((a, b), levels)) and \
            any(_syllable(p) for p in (a, b)):
        return UNKNOWN
    if min(levels) >= UNKNOWN and min(len(a), len(b)) >= 4:
        return UNKNOWN  # parts that are no English words: "adebayo-okafor"
    return NONE


def _syllable(part: str) -> bool:
    """A part of a double name that is no English word: ``ji``, ``woo``, ``jun``."""
    return 2 <= len(part) <= 4 and part.isalpha() and part not in FUNCTION_WORDS and \
        part not in DISCOURSE_WORDS and zipf(part) < 4.5


@lru_cache(maxsize=1 << 14)
def run_together(key: str) -> bool:
    """A first name and a surname written as one word by ASR (``ruthsanchez``)."""
    if len(key) < 7 or not key.isalpha() or zipf(key) > 0 or name_info(key) is not None:
        return False
    for cut in range(3, len(key) - 2):
        first, last = name_info(key[:cut]), name_info(key[cut:])
        if first and last and first.first >= 10 and last.last >= 5 and \
                key[:cut] not in FUNCTION_WORDS and key[cut:] not in FUNCTION_WORDS:
            return True
    return False


#: Months that are also first names, and the words after which such a month is the name:
#: "hi april", "patient , june mills", "my daughter may".
_NAMED_MONTHS = frozenset("april may june august".split())
_BEFORE_NAMES = frozenset("""hi hello hey bye thanks morning afternoon evening patient named
called name's meet dear mr mrs ms mx mister missus miss dr""".split())


def month_as_name(month: str, before: str) -> bool:
    """Whether a month said with no day or year, after the word ``before``, names a person."""
    return month in _NAMED_MONTHS and (before in _BEFORE_NAMES or before in RELATIVES)
