"""A place's or a body's short form given in brackets after its name: ``Harrow Vale
University (HVU)``, ``Northside Community Health (NCH)``. The capitals in brackets
right after a place found stand for it, and are found wherever the file says them again
(:mod:`.propagate`).

>>> from cleanup.transcript import Transcript
>>> from .spans import word_span
>>> from .view import View
>>> v = View.of(Transcript.from_text("Seen at Harrow Vale Hospital (HVH) in May."))
>>> [v.texts[s.first] for s in short_forms(v, [word_span(v, 2, 4, "LOCATION", "HOSPITAL")])]
['(HVH)']
"""
from __future__ import annotations

import regex

from .spans import Span, word_span
from .view import View

_CAPITALS = regex.compile(r"\(([A-Z][A-Z&]{1,7})\)[.,;:]?")


def defined_term(view: View, first: int, last: int) -> bool:
    """Whether words are followed by their own initials in brackets (``Aortic Stenosis
    (AS)``, ``Chronic Kidney Disease (CKD)``): a term defined, as a report defines its
    abbreviations, no person."""
    k = last + 1
    while k < view.n and k - last <= 4 and view.shapes[k].cap and not view.shapes[k - 1].pause \
            and not _CAPITALS.fullmatch(view.texts[k]):
        k += 1  # "Aortic" found alone: on to the brackets after "Stenosis"
    m = _CAPITALS.fullmatch(view.texts[k]) if k < view.n else None
    if m is None or len(m.group(1)) < 2 or k - len(m.group(1)) > first:
        return False
    words = [view.shapes[j].core for j in range(k - len(m.group(1)), k)]
    return all(w[:1].isupper() for w in words) and m.group(1) == "".join(w[0] for w in words)


def short_forms(view: View, spans: list[Span]) -> list[Span]:
    out = []
    for span in spans:
        k = span.last + 1
        while k < view.n and not view.texts[k].strip():
            k += 1
        if span.category != "LOCATION" or k >= view.n or not _CAPITALS.fullmatch(view.texts[k]):
            continue
        out.append(word_span(view, k, k, span.category, span.subtype, "context"))
    return out
