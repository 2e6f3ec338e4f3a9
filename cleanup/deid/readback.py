"""Numbers read back in pieces: a listener repeats a phone or ID number found nearby to
check it (``five one nine ... two seven oh``), or the speaker confirms its last digits
(``yes, that's it, seven one eight``). Digits said one by one that stand, in the same order,
inside a number found within the last few turns are that number again.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> from .spans import word_span
>>> v = View.of(Transcript.from_text("ID is five one nine, two seven oh four. "
...                                  "Five one nine... two seven oh four. Yes."))
>>> found = [word_span(v, 2, 8, "ID", "IDNUM")]
>>> [(v.texts[s.first], v.texts[s.last]) for s in read_back(v, found)]
[('Five', 'nine...'), ('two', 'four.')]
"""
from __future__ import annotations

from typing import Callable

import regex

from .numbers import DIGIT_WORDS, digits, split_words
from .spans import Span, word_span
from .view import View

_REACH = 150  # tokens: how far before a piece the number it repeats may be
_MIN = 7      # digits: a number long enough to be read back in parts


def read_back(view: View, found: list[Span]) -> list[Span]:
    numbers = [(s, text) for s in found if s.category in ("CONTACT", "ID")
               and len(text := _digits_of(view, s)) >= _MIN]
    if not numbers:
        return []
    spans: list[Span] = []
    covered = {i for s in found for i in range(s.first, s.last + 1)}
    done = -1
    for i in view.positions(set(DIGIT_WORDS) | {"double", "triple"}):
        if i <= done or i in covered:
            continue
        piece = _piece(view, i)
        if piece is None:
            continue
        last, text = piece
        done = last
        after_piece = bool(spans) and view.prev_word(i) == spans[-1].last
        s = _repeated(numbers, i, lambda n: text in n)
        if s is not None and (len(text) >= 3 or after_piece):
            spans.append(word_span(view, i, last, s.category, s.subtype, "pattern"))
    for i in view.positions({k for k in set(view.keys) if _SPELT_DIGITS.fullmatch(k)}):
        text = view.keys[i].replace("-", "")  # "4-1-2": the digits written one by one
        if i not in covered and (s := _repeated(numbers, i, lambda n: n.endswith(text))):
            spans.append(word_span(view, i, i, s.category, s.subtype, "pattern"))
    return spans


def _repeated(numbers: list[tuple[Span, str]], i: int, holds: Callable[[str], bool]
              ) -> Span | None:
    """The first number found near token ``i`` whose digits ``holds`` accepts."""
    return next((s for s, n in numbers if s.first - _REACH < i and s.last < i + _REACH
                 and holds(n)), None)


# Single digits joined by hyphens: a number's last digits said back ("4-1-2").
_SPELT_DIGITS = regex.compile(r"\d(?:-\d){2,5}")


def _piece(view: View, i: int) -> tuple[int, str] | None:
    """The digits said one by one from token ``i`` (``oh`` and ``double`` included)."""
    words, where = view.run(i, 12)
    used = 0
    while used < len(words) and (words[used] in DIGIT_WORDS or words[used] in (
            "double", "triple")):
        used += 1
    if used < 2 or words[0] in ("o", "double", "triple"):
        return None
    found = digits(words[:used])
    if found is None:
        return None
    text, count = found
    return where[count - 1], text


def _digits_of(view: View, span: Span) -> str:
    """The digits a found number holds, letters and dashes left out."""
    words = split_words([view.keys[k] for k in range(span.first, span.last + 1)
                         if view.keys[k]])
    out = ""
    k = 0
    while k < len(words):
        found = digits(words[k:]) if words[k] in DIGIT_WORDS or words[k][:1].isdigit() \
            or words[k] in ("double", "triple") else None
        if found is None:
            k += 1
            continue
        out += found[0]
        k += found[1]
    return out


# Words for the number whose last digits are given: "the mobile ending in 3827".
_PHONES = frozenset("phone number cell mobile line telephone".split())
_ACCOUNTS = frozenset("card account policy".split())


def number_endings(view: View) -> list[Span]:
    """``we'll text the mobile ending in 3827``, ``the card ending in nine one two six``:
    the last digits of a phone or an account, after ``ending in`` (or ``ends with``, or
    ``ending`` alone: ``card ending 8812``) said within a few words of what they end."""
    spans = []
    for i in view.positions({"ending", "ends"}):
        words, where = view.run(i, 7, pauses=False)
        k = 2 if words[1:2] in (["in"], ["with"]) else 1  # "card ending 8812": no "in"
        if len(words) <= k:
            continue
        before = [view.keys[p] for p in view.words_before(i, 4)]
        kind = ("CONTACT", "PHONE") if any(w in _PHONES for w in before) else \
            ("ID", "ACCOUNT") if any(w in _ACCOUNTS for w in before) else None
        if kind is None:
            continue
        tail = words[k].replace(",", "")
        if tail.isdigit() and 3 <= len(tail) <= 4:
            spans.append(word_span(view, where[k], where[k], *kind))
            continue
        run = next((n for n, w in enumerate(words[k:]) if w not in DIGIT_WORDS), len(words) - k)
        if 3 <= run <= 4 and digits(words[k:k + run]) is not None:
            spans.append(word_span(view, where[k], where[k + run - 1], *kind))
    return spans
