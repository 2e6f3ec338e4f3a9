"""Numbers as people say them: cardinals, ordinals, years and strings of digits.

Each parser reads a list of lowercase words from its start and returns the value and how
many words it used, or ``None``:

>>> cardinal(["two", "hundred", "and", "twelve", "b"])
(212, 4)
>>> ordinal(["thirty", "first", "of"]), ordinal(["22nd"])
((31, 2), (22, 1))
>>> year(["nineteen", "eighty", "two"]), year(["two", "thousand", "and", "five"])
((1982, 3), (2005, 4))
>>> digits(["oh", "seven", "double", "five", "one", "two"])
('075512', 6)
"""
from __future__ import annotations

from itertools import pairwise
from typing import Sequence

UNITS = {w: k for k, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * k for k, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
ORDINAL_UNITS = {w: k + 1 for k, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split())}
# Misspellings transcribers write: "the nineth", "fourty".
ORDINAL_UNITS |= {"nineth": 9, "twelveth": 12}
TENS |= {"fourty": 40}
ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90}
DIGIT_WORDS = {**{w: str(v) for w, v in UNITS.items() if v < 10}, "oh": "0", "o": "0",
               "nought": "0", "nil": "0"}
#: Every word that can be part of a spoken number.
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(ORDINAL_UNITS) | frozenset(
    ORDINAL_TENS) | {"hundred", "thousand", "oh", "double", "triple"}
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
#: Words of measure after a number: it counts something, it calls no one.
UNITS_AFTER = frozenset("""units unit mg mcg milligrams grams kg pounds lbs steps miles
dollars feet cells copies per ml iu calories kcal""".split())


def split_words(keys: Sequence[str]) -> list[str]:
    """Hyphenated number words apart: ``twenty-one`` → ``twenty``, ``one``."""
    out: list[str] = []
    for key in keys:
        parts = key.split("-")
        if len(parts) > 1 and all(p in NUMBER_WORDS for p in parts):
            out.extend(parts)
        else:
            out.append(key)
    return out


def _below_hundred(words: Sequence[str], i: int) -> tuple[int, int] | None:
    if i >= len(words):
        return None
    w = words[i]
    if w in TENS:
        if i + 1 < len(words) and words[i + 1] in UNITS and 0 < UNITS[words[i + 1]] < 10:
            return TENS[w] + UNITS[words[i + 1]], 2
        return TENS[w], 1
    if w in UNITS:
        return UNITS[w], 1
    return None


def cardinal(words: Sequence[str]) -> tuple[int, int] | None:
    """A cardinal below 10,000 in words or digits: ``four``, ``two hundred and twelve``,
    ``a hundred``, ``15``."""
    if not words:
        return None
    if words[0].isdigit():
        return int(words[0]), 1
    i, total = 0, 0
    first: tuple[int, int] | None = None
    if words[0] == "a" and len(words) > 1 and words[1] in ("hundred", "thousand"):
        first = (1, 1)
    else:
        first = _below_hundred(words, 0)
    if first is None:
        return None
    value, i = first
    if i < len(words) and words[i] == "thousand":
        total, i = value * 1000, i + 1
        value = 0
        nxt = _after_and(words, i)
        if nxt is None:
            return total, i
        part = nxt[0]
        sub = cardinal(words[part:])
        if sub is None or sub[0] >= 1000:
            return total, i
        return total + sub[0], part + sub[1]
    if i < len(words) and words[i] == "hundred":
        total, i = value * 100, i + 1
        nxt = _after_and(words, i)
        if nxt is not None:
            part, _ = nxt
            rest = _below_hundred(words, part)
            if rest is not None:
                return total + rest[0], part + rest[1]
        return total, i
    return value, i


def _after_and(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """Where the number goes on after ``hundred``/``thousand`` (past an ``and``)."""
    if i < len(words) and words[i] == "and":
        i += 1
    if i < len(words) and (words[i] in UNITS or words[i] in TENS):
        return i, 0
    return None


def ordinal(words: Sequence[str]) -> tuple[int, int] | None:
    """An ordinal day number: ``first``, ``thirty first``, ``twentieth``, ``22nd``."""
    if not words:
        return None
    w = words[0]
    if w[:-2].isdigit() and w[-2:] in _ORDINAL_SUFFIXES and len(w) <= 4:
        return int(w[:-2]), 1
    if w in ORDINAL_UNITS:
        return ORDINAL_UNITS[w], 1
    if w in ORDINAL_TENS:
        return ORDINAL_TENS[w], 1
    if w in TENS and len(words) > 1 and words[1] in ORDINAL_UNITS and ORDINAL_UNITS[words[1]] < 10:
        return TENS[w] + ORDINAL_UNITS[words[1]], 2
    return None


def year(words: Sequence[str]) -> tuple[int, int] | None:
    """A year as said: ``nineteen ninety``, ``nineteen oh five``, ``twenty twenty one``,
    ``two thousand and five``, or four digits (``1990``)."""
    if not words:
        return None
    w = words[0]
    if w.isdigit():
        return (int(w), 1) if len(w) == 4 and 1800 <= int(w) <= 2099 else None
    if w in ("two", "a") and len(words) > 1 and words[1] == "thousand":
        value = cardinal(words)
        return value if value and 2000 <= value[0] <= 2099 else None
    if w in ("nineteen", "eighteen", "twenty") and len(words) > 1:
        century = UNITS.get(w) or TENS[w]
        if words[1] in ("oh", "o") and len(words) > 2 and words[2] in UNITS and \
                0 < UNITS[words[2]] < 10:
            return century * 100 + UNITS[words[2]], 3
        rest = _below_hundred(words, 1)
        if rest is not None and rest[0] >= 10:
            return century * 100 + rest[0], 1 + rest[1]
        if words[1] == "hundred":
            return century * 100, 2
    return None


def digits(words: Sequence[str]) -> tuple[str, int] | None:
    """Digits said one by one (``oh``/``zero`` for 0, ``double five`` for 55), with pairs
    such as ``twelve`` or ``forty two`` between them and a ``dash`` between groups;
    ``None`` before two digits."""
    out: list[str] = []
    i = 1 if words[:1] == ["plus"] else 0  # "plus sixty one ...": a country's code
    while i < len(words):
        w = words[i]
        if w == "hundred" and out and len(out[-1]) == 1:
            out.append("00")  # "one eight hundred", "nine hundred": a group said so
            i += 1
        elif w in ("double", "triple") and i + 1 < len(words) and words[i + 1] in DIGIT_WORDS:
            out.append(DIGIT_WORDS[words[i + 1]] * (2 if w == "double" else 3))
            i += 2
        elif w in DIGIT_WORDS and (w != "o" or out):
            out.append(DIGIT_WORDS[w])
            i += 1
        elif w.isdigit() and (len(w) <= 4 or (len(w) == 5 and w[0] == "0")
                              or (out and len(w) <= 6) or _fives(words, i)):
            # a group of digits; five for a UK code ("07911 482 663"), and after a first
            # group the rest of a number said in fives or sixes ("07700 912345"); a
            # mobile in two fives ("97310 44825")
            out.append(w)
            i += 1
        elif w in ("dash", "hyphen") and out and i + 1 < len(words) and (
                words[i + 1] in DIGIT_WORDS or words[i + 1].isdigit()):
            i += 1  # "two two dash four eight": a code's groups, said with their dash
        elif w in TENS or (w in UNITS and UNITS[w] >= 10):
            pair = _below_hundred(words, i)
            assert pair is not None
            out.append(str(pair[0]))
            i += pair[1]
        else:
            break
    text = "".join(out)
    return (text, i) if len(text) >= 2 else None


def _fives(words: Sequence[str], i: int) -> bool:
    """Two groups of five digits, the way ten-digit mobiles are written in parts."""
    return len(words[i]) == 5 and i + 1 < len(words) and words[i + 1].isdigit() \
        and len(words[i + 1]) == 5


def counting(words: Sequence[str]) -> bool:
    """``one two three four``: counting aloud (a pulse, repetitions), not a number."""
    values = [int(DIGIT_WORDS[w]) for w in words if w in DIGIT_WORDS]
    if len(values) < 3:
        return False
    steps = {b - a for a, b in pairwise(values)}
    return steps <= {1} or steps <= {-1}

def short_year(words: list[str]) -> tuple[int, int] | None:
    """A year said by its last two digits: ``eighty eight``, ``oh five``, ``'92``, ``92``."""
    if not words:
        return None
    w = words[0].lstrip("'")
    if w.isdigit():
        return (int(w), 1) if len(w) == 2 else None
    if w in ("oh", "o") and len(words) > 1 and words[1] in UNITS and 0 < UNITS[words[1]] < 10:
        return UNITS[words[1]], 2
    if w in TENS:
        found = cardinal(words[:2])
        return found if found and found[0] >= 20 else None
    return None


def one_by_one(words: Sequence[str]) -> bool:
    """Every digit said alone (``four one seven seven two``, ``double oh``): how numbers are
    read out, never how a quantity is said."""
    return all(w in DIGIT_WORDS or w in ("double", "triple") or (len(w) == 1 and w.isdigit())
               for w in words) and words[0] not in ("o", "oh")
