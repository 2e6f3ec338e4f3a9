"""An address given as the answer to a question for it, where the usual shape of a street
is hidden by a transcriber's tag or an unlisted street word. After ``and your address?``
(or ``where do you live?``), the answer's house number opens the address line:

- a house number before a name: ``forty Larkhill rise.`` (the line's last word is its kind);
- a house number before an unheard name: ``eighty <UNIN/>.``, ``ninety <UNIN/> Crescent``,
  ``five two six, <UNIN/> close`` (the street word is kept apart from the number);
- the town named after it: ``... close in Bexley``;
- a postcode said as letters and digits, with no postcode cue: ``I live on KT three one PL``.

A number is no house number where it is part of a date, an age or a count (``February,
nineteen fifty eight``, ``sixty steps a day``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("Doctor: And your address?\\n"
...                                  "Patient: Uh, nine one two, <UNIN/> lane in Bexley."))
>>> [(s.subtype, v.texts[s.first], v.texts[s.last]) for s in find_address_answers(v)]
[('STREET', 'nine', 'two,'), ('STREET', 'lane', 'lane'), ('CITY', 'Bexley.', 'Bexley.')]
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS
from .addresses import STREET_WORDS
from .answers import answer_words, asks
from .knowledge import MONTHS, TITLES
from .numbers import NUMBER_WORDS, ORDINAL_TENS, ORDINAL_UNITS
from .postcodes import code_run, letters_said
from .spans import Span, word_span
from .view import FILLERS, View

# Nouns of a question for where someone lives.
_NOUNS = frozenset("address postcode residence live living lives".split())
# Addresses that are not a home's: "your email address".
_NOT_HOME = frozenset("email e-mail mail web ip website".split())
# How many words after the question's noun are read: its turn and the answer's.
_READ = 40
# Number words in a house number: "two hundred and twelve" is said in four.
_HOUSE = 4
# Words before a number that make it an age or a count, not a house.
_NOT_HOUSE = frozenset("i'm im am aged age about around over under nearly almost".split())


def find_address_answers(view: View) -> list[Span]:
    spans: list[Span] = []
    done = -1
    for i in view.positions(_NOUNS):
        if i <= done or not asks(view, i) or _not_home(view, i):
            continue
        words = answer_words(view, i, _READ)
        done = words[-1] if words else i
        spans += _house_lines(view, words) + _codes(view, words)
    return spans


def _not_home(view: View, i: int) -> bool:
    """``your email address``; ``who do you live with``: no home's address asked."""
    p = view.prev_word(i, cross=False)
    n = view.next_word(i, cross=False)
    return (p is not None and view.keys[p] in _NOT_HOME) or (
        n is not None and view.keys[n] == "with")


def _house_lines(view: View, words: list[int]) -> list[Span]:
    spans: list[Span] = []
    inside = set(words)
    for j in words:
        p = view.prev_word(j, cross=False)
        if not _cardinal(view, j) or (p is not None and _cardinal(view, p)):
            continue  # a house number is read from its first word
        if p is not None and (view.keys[p] in _NOT_HOUSE or view.keys[p] in MONTHS
                              or view.keys[p] == "of"):
            continue
        last = j
        k = view.next_word(j, cross=False, pauses=False)
        while k is not None and _cardinal(view, k) and k - j < 2 * _HOUSE:
            last, k = k, view.next_word(k, cross=False, pauses=False)
        spans += _line(view, j, last, inside)
    return spans


def _cardinal(view: View, j: int) -> bool:
    key = view.keys[j]
    return (key in NUMBER_WORDS and key not in ORDINAL_UNITS and key not in ORDINAL_TENS
            and key not in ("oh", "double", "triple")) or (key.isdigit() and len(key) <= 4)


def _line(view: View, first: int, last: int, inside: set[int]) -> list[Span]:
    """The address line whose house number runs from ``first`` to ``last``, or nothing."""
    k, unheard = _next_heard(view, last)
    if k is None or k not in inside:
        # "is, um, eighty <UNIN/>.": the name went unheard and the sentence ended
        alone = unheard and _opens_line(view, first)
        return [word_span(view, first, last, "LOCATION", "STREET")] if alone else []
    end = k
    if view.keys[k] not in STREET_WORDS:
        if not _name(view, k):
            return []
        n = view.next_word(k, cross=False)
        while n is not None and n in inside and (_name(view, n) or view.keys[n] in STREET_WORDS):
            end, n = n, view.next_word(n, cross=False)
        if n is not None and n in inside and view.keys[n] not in FUNCTION_WORDS and \
                view.next_word(n, cross=False) is None:
            end = n  # "forty Larkhill rise.": the line's last word is the street's kind
    if unheard:  # "ninety <UNIN/> Crescent", "nine, um, Orchard Yard": the number apart
        return [word_span(view, first, last, "LOCATION", "STREET"),
                word_span(view, k, end, "LOCATION", "STREET")] + _town(view, end, inside)
    return [word_span(view, first, end, "LOCATION", "STREET")] + _town(view, end, inside)


# Words after which a number alone opens an address line: "my address is eighty <UNIN/>".
_LINE_OPENERS = frozenset("is it's its at number address and yes yeah".split())


def _opens_line(view: View, first: int) -> bool:
    """Whether the house number at ``first`` opens its sentence or follows ``is``/``at``
    (not ``there were six <UNIN/>``: a count)."""
    p = view.prev_word(first, cross=False)
    while p is not None and view.keys[p] in FILLERS:
        p = view.prev_word(p, cross=False)
    return p is None or view.keys[p] in _LINE_OPENERS


def _next_heard(view: View, i: int) -> tuple[int | None, bool]:
    """The next word after ``i`` in its sentence past fillers, and whether a transcriber's
    tag (``<UNIN/>``) or a filler came between."""
    unheard = False
    j = i + 1
    while j < view.n:
        if view.unheard(j) or view.keys[j] in FILLERS:
            unheard = True
        elif view.keys[j] and view.keys[j] not in FILLERS:
            if view.turn_between(i, j):
                return None, unheard
            return j, unheard
        if view.shapes[j].ends_sentence:
            return None, unheard
        j += 1
    return None, unheard


def _name(view: View, k: int) -> bool:
    key = view.keys[k]
    return (view.capitalized(k) and key not in FUNCTION_WORDS and key not in MONTHS
            and key not in TITLES and key != "i" and not letters_said(view, k))


def _town(view: View, last: int, inside: set[int]) -> list[Span]:
    """The town said after a street: ``... close in Bexley``, ``... lane, Dunmore``."""
    k = view.next_word(last, cross=False)
    if k is not None and view.keys[k] == "in":
        k = view.next_word(k, cross=False)
    if k is None or k not in inside or not _name(view, k):
        return []
    end = k
    n = view.next_word(k, cross=False)
    while n is not None and n in inside and _name(view, n):
        end, n = n, view.next_word(n, cross=False)
    return [word_span(view, k, end, "LOCATION", "CITY")]


def _codes(view: View, words: list[int]) -> list[Span]:
    """A postcode said in the answer: letters first and last, digits between (``SW four
    zero NG``); one said with a cue is the postcode finder's."""
    for j in words:
        end = code_run(view, j, 99) if letters_said(view, j) else None
        if end is not None and end != j and letters_said(view, end):
            return [word_span(view, j, end, "LOCATION", "ZIP")]
    return []
