"""A person's job in brackets after their name: ``Client: Mara Dunne (retired welder)``, ``Tom
Ashby (retired welder)``; or set off by a comma after it, as a news caption gives it
(``dana ortiz, a geology professor at the college``: :func:`apposed_jobs`). A header or a
cast list gives each person's name with what they do beside it; a job there is the
person's, as ``a welder`` in a sentence would be. A clinician's role (``Dr. Lee (Family
Therapist)``, ``Ms. Abara (pharmacy)``) and a part in the meeting (``(chair)``) say nothing
of the person's own life.

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


# Words that end a job set off after a name: "a geology professor at ...".
_JOB_ENDS = frozenset("at for with of in from".split())


def apposed_jobs(view: View, spans: list[Span]) -> list[Span]:
    """A job set off by a comma right after a name (``Dana Ortiz, geology professor at
    Lakemont``, ``dana ortiz, a retired welder, said``): one to four words ending in a listed
    occupation, closed by a comma, a sentence's end or a preposition; a clinician's role
    (``Dr. Lee, family physician``) is none."""
    out = []
    for span in spans:
        if span.category != "NAME" or not view.texts[span.last].endswith(",") \
                or view.shapes[span.last].ends_sentence:
            continue
        k = view.next_word(span.last, cross=False)
        if k is not None and view.keys[k] in ("a", "an"):
            k = view.next_word(k, cross=False, pauses=False)
        words: list[int] = []
        j = k
        while j is not None and len(words) < 4 and view.keys[j].isalpha() \
                and view.keys[j] not in _JOB_ENDS:
            words.append(j)
            if view.shapes[j].pause:
                break
            j = view.next_word(j, cross=False, pauses=False)
        if not words or (j is not None and not view.shapes[words[-1]].pause
                         and view.keys[j] not in _JOB_ENDS):
            continue
        bases = [view.bases[w] for w in words]
        if bases[-1] in occupations() and not any(
                clinical_role(b) and b not in _TEACHING for b in bases):
            out.append(word_span(view, words[0], words[-1], "PROFESSION", "PROFESSION",
                                 "context"))
    return out


# A clinician's title that is a teacher's job set off after a name ("a geology professor").
_TEACHING = frozenset("professor prof lecturer".split())
