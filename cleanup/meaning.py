"""What cleaning never changes: the contract every step's edits are held to.

Whatever the style and the pipeline, a change may not alter

- a **number**: digits with their sign, decimal point or comma, a fraction character
  (``.5``, ``-2``, ``3,5``, ``1/2``, ``½``, ``12/05/2024``, ``8:40``);
- a **unit** next to a number (``5 mg``, ``30 %``, ``37 °C``);
- a **negation** (``not``, ``no``, ``never``, ``n't`` ...), unless it is an exact stutter
  (``not not`` → ``not``);
- the letters of a **drug or glossary term** (recasing ``botox`` → ``Botox`` is fine;
  ``Botox`` → ``Bot ox`` is not), unless it is an exact stutter;
- a **speaker tag** in the text (``[doctor]``) or a segment's speaker label.

:func:`broken` compares the text of a stretch of tokens before and after an edit and says
which rule the edit would break. :mod:`cleanup.gate` applies it to every step's commit
(a breaking edit is dropped and reported), and the pipeline applies it to a step that
builds its transcript some other way, so no step, built-in or plugin, gets past it.

>>> broken("Give .5 mg twice", "Give. 5 mg twice")
'a number would change: .5 → 5'
>>> broken("it is not not working", "it is not working") is None
True
>>> broken("she is not in pain", "she is in pain")
'a negation would be dropped: not'
>>> broken("so um 135 - 145 mmol/L", "so 135 - 145 mmol/L") is None
True
>>> broken("not to", "", context="not to not to take") is None
True
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Callable

import regex

from .data import lines
from .marks import split_punct

__all__ = ["broken", "guarded", "negations", "numbers", "NUMBER", "UNIT_AFTER_NUMBER"]

_FRACTIONS = "¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
#: A number as written: an optional sign, digits with inner decimal marks, separators of
#: thousands, times and dates (``3.50``, ``1,000``, ``8:40``, ``12/05``), or a decimal mark
#: and digits (``.5``), or a fraction character. The mark before ``.5`` counts only when
#: nothing word-like is glued before it (``was.5`` is not ``.5``).
NUMBER = regex.compile(rf"""
    (?<![\w.,]) [-+−±]? (?: \d+ (?: [.,:/] \d+ )* [{_FRACTIONS}]? | [.,] \d+ )
  | (?<!\w) [-+−±]? [{_FRACTIONS}]
  | (?<=\d) [.,] \d+
""", regex.VERBOSE)
#: A unit right after a number: what the number counts.
UNIT_AFTER_NUMBER = regex.compile(r"""
    (?: \d | [¼½¾⅐-⅞] ) \s? (?P<unit>
        %|‰|°[CF]?|
        (?i: mcg|µg|μg|mg|kg|ng|g|ml|mL|dl|dL|l|L|mmol|mol|meq|mEq|iu|units?|cc
            |mm|cm|km|m|in|ft|lbs?|oz|mmHg|bpm|hz|khz|mhz|ms|secs?|s|mins?|h|hrs?
            |tabs?|tablets?|caps?|capsules?|puffs?|drops?|doses?|times|x)
    ) (?![\w])
""", regex.VERBOSE)
_NEGATIONS = frozenset("""
not no never nor neither none nothing nobody nowhere cannot without
""".split())
_TAG = regex.compile(r"\[[^\[\]\n]{1,40}\]")
_TIME_JOIN = regex.compile(r"(?<=\d:)\s+(?=\d)")


@lru_cache(maxsize=1)
def _glossary() -> frozenset[str]:
    """The bundled glossary's terms (their first word), as :func:`_key` spells them."""
    return frozenset(_key(term.split()[0]) for term in lines("glossary_medical.txt"))


def _key(text: str) -> str:
    return split_punct(text)[1].casefold().replace("’", "'")


@lru_cache(maxsize=1 << 16)
def guarded(text: str) -> bool:
    """Whether a token's text holds something the contract protects (a digit, a fraction
    character, a negation, a glossary term, a tag): only edits near such tokens are checked.

    >>> guarded("5mg,"), guarded("don’t"), guarded("Botox."), guarded("hello")
    (True, True, True, False)
    """
    if any(ch.isdigit() or ch in _FRACTIONS or ch in "%°" for ch in text):
        return True
    key = _key(text)
    return (_negation_key(key) is not None or key in _glossary()
            or (text.startswith("[") and text.endswith("]")))


def numbers(text: str) -> list[str]:
    """The numbers in a text as written, in order (a split time ``8: 40`` read as one).

    >>> numbers("give .5 mg at 8: 40, not ½")
    ['.5', '8:40', '½']
    """
    return NUMBER.findall(_TIME_JOIN.sub("", text))


_numbers = numbers


def negations(text: str) -> list[str]:
    """The negations in a text, each by its letters (``don’t`` → ``dont``).

    >>> negations("I don't know, not now, no")
    ['dont', 'not', 'no']
    """
    return [w for w in map(_negation_key, _keys(text)) if w]


def _keys(text: str) -> list[str]:
    return [_key(t) for t in text.split()]


# Negative contractions as letters alone, so an apostrophe mended (``Don;t`` → ``Don't``)
# or spelled without one (``dont``) is the same negation.
_CONTRACTED = frozenset("""
dont cant wont isnt arent wasnt werent doesnt didnt havent hasnt hadnt wouldnt couldnt
shouldnt mustnt neednt mightnt shant aint
""".split())


def _negation_key(key: str) -> str | None:
    """The negation a word is, compared by its letters; ``None`` for any other word."""
    if key in _NEGATIONS:
        return key
    letters = "".join(ch for ch in key if ch.isalpha())
    return letters if key.endswith("n't") or letters in _CONTRACTED else None


def _stutters(keys: list[str], wanted: Callable[[str], bool]) -> Counter[str]:
    """How many of each wanted word an exact stutter may drop: the words of a phrase of up
    to six words said again right after itself (``not not``, ``not to not to``)."""
    found: Counter[str] = Counter()
    for n in range(1, 7):
        for i in range(len(keys) - 2 * n + 1):
            if keys[i:i + n] == keys[i + n:i + 2 * n]:
                found.update(k for k in keys[i:i + n] if wanted(k))
    return found


def broken(before: str, after: str, context: str | Callable[[], str] | None = None
           ) -> str | None:
    """The first rule that turning ``before`` into ``after`` breaks, in words; ``None``
    when it breaks none. ``context`` is ``before`` with the words around it, where an exact
    stutter's other copy may be (``not to`` dropped from ``not to not to take``), or a
    function that gives it (worked out only when a stutter may excuse a dropped word)."""
    if before.casefold() == after.casefold() and "[" not in before:
        return None  # a change of case alone keeps every number, unit, negation and term
    reason, lost = _compared(before, after)
    if reason is None or not lost:
        return reason
    kind, as_key = _WORD_RULES[lost[0]]
    if callable(context):
        context = context()
    said = [as_key(k) or k for k in _keys(context or before)]
    if Counter(dict(lost[1])) - _stutters(said, bool):
        return reason
    return None


def _term_key(key: str) -> str | None:
    return key if key in _glossary() else None


_WORD_RULES = {"negation": ("negation", _negation_key),
               "drug or glossary term": ("drug or glossary term", _term_key)}


@lru_cache(maxsize=1 << 14)
def _compared(before: str, after: str) -> tuple[str | None, tuple | None]:
    """The rule broken without looking at the context, and, when the only fault is words
    of a kind dropped (which an exact stutter may excuse), that kind and the words lost."""
    old, new = _numbers(before), _numbers(after)
    if old != new:
        lost = [n for n in old if n not in new] or old
        gained = [n for n in new if n not in old] or new
        return f"a number would change: {' '.join(lost) or '∅'} → {' '.join(gained) or '∅'}", None
    old_units = Counter(m.group("unit") for m in UNIT_AFTER_NUMBER.finditer(before))
    new_units = Counter(m.group("unit") for m in UNIT_AFTER_NUMBER.finditer(after))
    if old_units != new_units:
        return f"a unit would change: {' '.join((old_units - new_units) or new_units)}", None
    if Counter(_TAG.findall(before)) - Counter(_TAG.findall(after)):
        return "a speaker or sound tag would change", None
    for kind, as_key in _WORD_RULES.values():
        old_words = [w for w in map(as_key, _keys(before)) if w]
        new_words = [w for w in map(as_key, _keys(after)) if w]
        if old_words == new_words:
            continue
        old_count, new_count = Counter(old_words), Counter(new_words)
        dropped, added = old_count - new_count, new_count - old_count
        word = next(iter(added or dropped))
        reason = f"a {kind} would be {'added' if added else 'dropped'}: {word}"
        return reason, None if added else (kind, tuple(dropped.items()))
    return None, None
