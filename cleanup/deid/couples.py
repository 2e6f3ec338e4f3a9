"""Two people named with one surname: ``Will and Jenny Harris``, ``Mark and Susan Cole``.
When a name of two words or more follows ``and``, a capitalized word before the ``and``
that people carry as a given name is the first person's name, though it is also a word
(``will``, ``mark``) and though it opens the sentence, where a capital says nothing.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> from .spans import word_span
>>> v = View.of(Transcript.from_text("Will and Jenny Harris run the farm."))
>>> [v.texts[s.first] for s in couples(v, [word_span(v, 2, 3, "NAME", "OTHER")])]
['Will']
"""
from __future__ import annotations

from .given_names import given_name
from .knowledge import MONTHS, name_info
from .spans import Span, word_span
from .view import View


def couples(view: View, spans: list[Span]) -> list[Span]:
    """The given name before ``and`` and a name of two words or more."""
    named = {k for s in spans for k in range(s.first, s.last + 1)}
    out = []
    for span in spans:
        if span.category != "NAME" or view.lowercase or \
                sum(1 for k in range(span.first, span.last + 1) if view.keys[k]) < 2:
            continue
        link = view.prev_word(span.first, cross=False, pauses=False)
        if link is None or view.keys[link] != "and":
            continue
        p = view.prev_word(link, cross=False, pauses=False)
        if p is None or p in named or not view.shapes[p].cap or view.shapes[p].core.isupper() \
                or view.keys[p] in MONTHS or not _first(view.bases[p]):
            continue
        out.append(word_span(view, p, p, "NAME", span.subtype, "context"))
    return out


def _first(base: str) -> bool:
    """A given name, or a word a census lists mostly as one (``will``: 180 in a million)."""
    info = name_info(base)
    return given_name(base) or info is not None and info.first >= 100 and info.first > 2 * info.last
