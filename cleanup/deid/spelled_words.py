"""A name dictated letter by letter with its capitals and spaces said: ``surname capital
O space capital B R I E N``. Only a proper name is spelled with its capitals: the letters
are a name, and so is the run of words they spell wherever the file says it (``O Brien``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("Mr Le Roux comma surname capital L E space capital R O U X"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_spelled_words(v)]
[('capital', 'X'), ('Le', 'Roux')]
"""
from __future__ import annotations

from .spans import Span, word_span
from .view import View

_CAPITALS = frozenset("capital cap uppercase".split())


def find_spelled_words(view: View) -> list[Span]:
    spans = []
    done = -1
    for i in view.positions(_CAPITALS):
        if i <= done:
            continue
        last, groups = _spelling(view, i)
        if last is None or sum(map(len, groups)) < 3:
            continue
        done = last
        spans.append(word_span(view, i, last, "NAME", "PATIENT", "pattern"))
        spans += _said(view, groups, i, last)
    return spans


def _letter(view: View, k: int | None) -> bool:
    return k is not None and len(view.keys[k]) == 1 and view.keys[k].isalpha()


def _spelling(view: View, i: int) -> tuple[int | None, list[str]]:
    """The last letter's token and the words spelled (split at ``space``) from the
    ``capital`` at ``i``; ``None`` when no letter follows it."""
    groups: list[str] = []
    current, last = "", None
    k: int | None = i
    while k is not None:
        key = view.keys[k]
        nxt = view.next_word(k, cross=False, pauses=False)
        if key in _CAPITALS and _letter(view, nxt):
            pass
        elif _letter(view, k):
            current, last = current + key, k
        elif key == "space" and current and (_letter(view, nxt) or (
                nxt is not None and view.keys[nxt] in _CAPITALS)):
            groups, current = groups + [current], ""
        else:
            break
        k = nxt
    return last, groups + [current] if current else groups


def _said(view: View, groups: list[str], first: int, last: int) -> list[Span]:
    """Every run of words in the file that the letters spell (``Le Roux``), outside them."""
    spans = []
    for i in view.positions({groups[0]}):
        where = [i]
        for group in groups[1:]:
            k = view.next_word(where[-1], cross=False, pauses=False)
            if k is None or view.bases[k] != group:
                break
            where.append(k)
        if len(where) == len(groups) and not first <= i <= last and view.bases[i] == groups[0]:
            spans.append(word_span(view, i, where[-1], "NAME", "PATIENT", "pattern"))
    return spans
