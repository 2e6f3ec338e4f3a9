"""A word spelled out beside itself: ``it's okorie , o k o r i e``, ``Adebanjo,
A-D-E-B-A-N-J-O``. People spell the words a listener cannot guess, their names above all;
the word and its letters are a name (inside an e-mail address the address's span wins).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("it's okorie , o k o r i e , and the rash is red"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_spelled(v)]
[('okorie', 'okorie'), ('o', 'e')]
"""
from __future__ import annotations

import regex

from .spans import Span, word_span
from .view import View

_HYPHENATED = regex.compile(r"[a-z](?:-[a-z]){2,}")


def find_spelled(view: View) -> list[Span]:
    spans: list[Span] = []
    done = -1
    starts = {k for k in set(view.keys) if (len(k) == 1 and k.isalpha())
              or ("-" in k and _HYPHENATED.fullmatch(k))}
    for i in view.positions(starts):
        if i <= done:
            continue
        first, last, letters = _letters_at(view, i)
        if not letters:
            continue
        done = last
        for j in (view.prev_word(first, cross=False), view.next_word(last, cross=False)):
            if j is not None and view.bases[j] == letters and len(letters) >= 3:
                spans.append(word_span(view, j, j, "NAME", "PATIENT", "pattern"))
                spans.append(word_span(view, first, last, "NAME", "PATIENT", "pattern"))
                break
    return spans


def _letters_at(view: View, i: int) -> tuple[int, int, str]:
    """The letters spelled from token ``i`` on: one token ``a-b-c`` or single letters one
    after another (the tokens of the first and last, and the letters); no letters: ``""``."""
    key = view.keys[i]
    if _HYPHENATED.fullmatch(key):
        return i, i, key.replace("-", "")
    if len(key) != 1 or not key.isalpha():
        return i, i, ""
    out, last, j = [key], i, view.next_word(i, cross=False, pauses=False)
    while j is not None and len(view.keys[j]) == 1 and view.keys[j].isalpha():
        out.append(view.keys[j])
        last, j = j, view.next_word(j, cross=False, pauses=False)
    return (i, last, "".join(out)) if len(out) >= 3 else (i, i, "")
