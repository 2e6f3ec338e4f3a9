"""Spelling with a word for each letter: ``R for Robert, O for orange, ...``, ``B as in
boy``. The word starts with its letter; one such pair or more among other letters and
digits, or two pairs in a row, spell something read out: a name, or a postcode or code
when digits are among them. The whole spelling is one span.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("it's Dunn, D for dog, U for uncle, N for Nancy, N for "
...                                  "Nancy. A for effort though."))
>>> [(s.category, v.texts[s.first], v.texts[s.last]) for s in find_letter_words(v)]
[('NAME', 'D', 'Nancy.')]
"""
from __future__ import annotations

from .numbers import DIGIT_WORDS
from .spans import Span, word_span
from .spelled_codes import Kind, code_category
from .view import View

_GLUE = frozenset({"and", "then"})


def _pair(view: View, i: int) -> int | None:
    """The last token of ``X for word`` / ``X as in word`` from the letter at ``i``."""
    key = view.keys[i]
    if len(key) != 1 or not key.isalpha():
        return None
    j = view.next_word(i, cross=False, pauses=False)
    if j is None or view.keys[j] not in ("for", "as"):
        return None
    if view.keys[j] == "as":
        j = view.next_word(j, cross=False, pauses=False)
        if j is None or view.keys[j] != "in":
            return None
    k = view.next_word(j, cross=False, pauses=False)
    if k is None or not view.keys[k].isalpha() or len(view.keys[k]) < 2 or \
            view.keys[k][0] != key:
        return None
    return k


def _other(view: View, i: int) -> bool:
    """A piece of a spelling between its pairs: a letter or a digit said alone."""
    key = view.keys[i]
    return (len(key) == 1 and key.isalnum() and key not in "ai") or key in DIGIT_WORDS


def find_letter_words(view: View, kind: Kind | None = None) -> list[Span]:
    spans: list[Span] = []
    done = -1
    for i in view.positions({k for k in set(view.keys) if len(k) == 1 and k.isalpha()}):
        opening = _pair(view, i) if i > done else None
        if opening is None:
            continue
        first, last, pairs, digits = i, i, 0, 0
        j: int | None = i
        while j is not None:
            end = _pair(view, j)
            if end is not None:
                pairs, last = pairs + 1, end
            elif _other(view, j):
                digits += view.keys[j] in DIGIT_WORDS or view.keys[j].isdigit()
                end = last = j
            elif view.keys[j] in _GLUE:
                end = j
            else:
                break
            j = view.next_word(end, cross=False)
        done = last
        if pairs >= 2 or last > opening:  # two pairs, or one among letters and digits
            spans.append(_span(view, first, last, digits, kind))
    return spans


def _span(view: View, first: int, last: int, digits: int, kind: Kind | None) -> Span:
    category = code_category(view, first, kind) if digits else ("NAME", "PATIENT")
    return word_span(view, first, last, *category, "pattern")
