"""A person's job in brackets after their name: ``Client: Mara Dunne (retired welder)``, ``Tom
Ashby (retired welder)``. A header or a cast list gives each person's name with what they
do beside it; a job there is the person's, as ``a welder`` in a sentence would be. A
clinician's role (``Dr. Lee (Family Therapist)``, ``Ms. Abara (pharmacy)``) and a part in
the meeting (``(chair)``) say nothing of the person's own life.

>>> from cleanup.transcript import Transcript
>>> from .spans import word_span
>>> from .view import View
>>> v = View.of(Transcript.from_text("Client: Mara (retired welder). Dr. Lee (Family Therapist)."))
>>> names = [word_span(v, 1, 1, "NAME", "PATIENT"), word_span(v, 5, 5, "NAME", "DOCTOR")]
>>> [" ".join(v.texts[s.first:s.last + 1]) for s in bracket_jobs(v, names)]
['(retired welder).']
"""
from __future__ import annotations

from .professions import occupations
from .spans import Span, word_span
from .view import View
from .work_verbs import clinical_role


def bracket_jobs(view: View, spans: list[Span]) -> list[Span]:
    out = []
    for span in spans:
        k = span.last + 1
        if span.category != "NAME" or k >= view.n or not view.opens_bracket(k):
            continue
        last = next((j for j in range(k, min(k + 4, view.n)) if view.closes_bracket(j)), None)
        if last is None or any(not view.keys[j] for j in range(k, last + 1)):
            continue
        words = [view.bases[j] for j in range(k, last + 1)]
        if words[-1] in occupations() and not any(clinical_role(w) for w in words):
            out.append(word_span(view, k, last, "PROFESSION", "PROFESSION", "context"))
    return out
