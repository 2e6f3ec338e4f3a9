"""The last pass over what the detectors found: each span cut back to its PHI
(:mod:`.span_edges`) and dropped when a principle says it is none (:mod:`.not_phi`); a
name found in the file is found again where a greeting or a leave-taking speaks to that
person (``take care dawn``, ``hiya grace``), and so is a given name many carry that is no
very common word there.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> from .spans import word_span
>>> v = View.of(Transcript.from_text("Thanks Jo. Bye now."))
>>> [v.texts[s.first] for s in refine(v, [word_span(v, 1, 2, "NAME", "PATIENT")])]
['Jo.']
"""
from __future__ import annotations

from .not_phi import programmes, vetoed
from .given_names import given_name
from ..lexicon import zipf
from .name_base import GREETINGS
from .span_edges import FAREWELL_WORDS, cut, farewell
from .spans import Span, word_span
from .view import View


def refine(view: View, spans: list[Span]) -> list[Span]:
    """``spans`` cut back to their PHI, without those that are none."""
    cued = {view.bases[k] for s in spans if s.category == "NAME" and s.source == "context"
            for k in range(s.first, s.last + 1)}
    words = programmes(view) - cued  # "Dr Adewale number": a person cued elsewhere
    kept = [part for span in spans for part in cut(view, span)
            if not vetoed(view, part, words)]
    return kept + _greeted_again(view, kept)


def _greeted_again(view: View, spans: list[Span]) -> list[Span]:
    """A word found as a name elsewhere in the file, or a given name that is no very common
    word, said right after a greeting or a leave-taking: the person spoken to."""
    names = {view.bases[s.first] for s in spans if s.category == "NAME" and s.first == s.last}
    covered = {k for s in spans for k in range(s.first, s.last + 1)}
    out = []
    for p in view.positions(FAREWELL_WORDS | GREETINGS):
        j = view.next_word(p, cross=False)
        if j is None or j in covered or not (farewell(view, p) or view.keys[p] in GREETINGS):
            continue
        base = view.bases[j]
        if base in names or given_name(base) and zipf(base) < 5.0 and not farewell(view, j):
            out.append(word_span(view, j, j, "NAME", "PATIENT", "propagated"))
    return out
