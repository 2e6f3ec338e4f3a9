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
['welder).']
"""
from __future__ import annotations

import regex

from ..lexicon import FUNCTION_WORDS
from .knowledge import CREDENTIALS, RELATIVES
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
        aged = _age(view, k)
        if aged:  # "Milo (33, paramedic, in Leeds)": the job after the age
            if not view.texts[k].endswith(",") or k + 1 >= view.n:
                continue
            k += 1
        last = next((j for j in range(k, min(k + 4, view.n)) if view.closes_bracket(j)
                     or aged and view.shapes[j].pause), None)
        if last is None or any(not view.keys[j] for j in range(k, last + 1)):
            continue
        k = _job_words(view, list(range(k, last + 1)))[0]  # "(retired welder)": the welder
        words = [view.bases[j] for j in range(k, last + 1)]
        if words[-1] in occupations() and (_no_clinician(view, span, aged) or not any(
                clinical_role(w) for w in words)):
            out.append(word_span(view, k, last, "PROFESSION", "PROFESSION", "context"))
    return out


def _age(view: View, k: int) -> bool:
    """Whether token ``k`` is an age of one to three digits (``(47,``, ``(43)``)."""
    return view.keys[k].isdigit() and len(view.keys[k]) <= 3


def _no_clinician(view: View, span: Span, aged: bool) -> bool:
    """Whether the person named is no clinician seen at work, so that a clinician's job is
    their own life's (``Aunt Hedda (61), pharmacist``, ``her brother, Teodor, a nurse``): an age
    given beside the name, or a relative's word right before it (a clinician's title
    before the name says the contrary: ``Dr. Ames, a 50-year-old surgeon``)."""
    p = view.prev_word(span.first, cross=False)
    return span.subtype != "DOCTOR" and (aged or p is not None and view.bases[p] in RELATIVES)


# Words that end a job set off after a name: "a geology professor at ...".
_JOB_ENDS = frozenset("at for with of in from".split())


def apposed_jobs(view: View, spans: list[Span]) -> list[Span]:
    """A job set off by a comma right after a name (``Dana Ortiz, geology professor at
    Lakemont``, ``dana ortiz, a retired welder, said``): one to four words ending in a listed
    occupation, closed by a comma, a sentence's end or a preposition; a clinician's role
    (``Dr. Lee, family physician``) is none unless an age or a relative's word says the
    person's own life (``Kwame, a 38-year-old chef``; after ``Name, 58,`` the line's listed
    items: :func:`_listed_jobs`)."""
    out = []
    for span in spans:
        last, aged = span.last, False
        if last + 1 < view.n and view.opens_bracket(last + 1) and _age(view, last + 1) \
                and view.closes_bracket(last + 1):
            last, aged = last + 1, True  # "Aunt Hedda (61), pharmacist, lives nearby"
        if span.category != "NAME" or not view.texts[last].endswith(",") \
                or view.shapes[last].ends_sentence:
            continue
        k = view.next_word(last, cross=False)
        if k is not None and _age(view, k) and view.texts[k].endswith(","):
            if span.subtype != "DOCTOR":
                out.extend(_listed_jobs(view, k))  # "Ilse Varga, 58, arthritis, bus driver"
            continue
        if k is not None and view.keys[k] in ("a", "an"):
            k = view.next_word(k, cross=False, pauses=False)
        if k is not None and _AGED.fullmatch(view.keys[k]):
            aged, k = True, view.next_word(k, cross=False, pauses=False)  # "a 38-year-old chef"
        for _ in range(3):  # "Ray Pellow, kidney recipient, and author,"
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
                break
            words = _job_words(view, words)  # "a retired welder": the job is the welder
            bases = [view.bases[w] for w in words]
            if any(b in FUNCTION_WORDS for b in bases) or bases[0].replace(".", "") in CREDENTIALS:
                break  # "My husband, Rashid, is a pharmacist": a sentence, the finders' own;
                # "Ana Lowe, MD, director": a clinician's roles after the credential
            if bases[-1] in occupations() and (_no_clinician(view, span, aged) or not any(
                    clinical_role(b) and b not in _TEACHING for b in bases)):
                out.append(word_span(view, words[0], words[-1], "PROFESSION", "PROFESSION",
                                     "context"))
            if not view.texts[words[-1]].endswith(","):
                break  # the list ends: the next item only after a comma
            k = view.next_word(words[-1], cross=False)
            if k is not None and view.keys[k] == "and":
                k = view.next_word(k, cross=False, pauses=False)
    return out


def _listed_jobs(view: View, age: int) -> list[Span]:
    """The jobs among the items a case's line lists after a name and an age (``Mother: Ilse
    Varga, 58, diabetes, arthritis, bus driver``): an item of one to three words
    that ends in a listed occupation, whatever job it is (an age says no clinician at work)."""
    items: list[list[int]] = [[]]
    k = view.next_word(age, cross=False)
    while k is not None and not view.line_start(k):
        items[-1].append(k)
        if view.shapes[k].ends_sentence:
            break
        if view.shapes[k].pause:
            items.append([])
        k = view.next_word(k, cross=False)
    out = []
    for item in (_job_words(view, words) for words in items if words):
        if len(item) <= 3 and view.bases[item[-1]] in occupations() and not any(
                view.bases[w] in FUNCTION_WORDS for w in item):
            out.append(word_span(view, item[0], item[-1], "PROFESSION", "PROFESSION",
                                 "context"))
    return out


# An age said before a job in apposition: "Kwame, a 38-year-old chef".
_AGED = regex.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-years?-old")
# Words before a job that say when, not what: "a retired welder", "former nurse".
_FORMER = frozenset("retired former ex semi-retired".split())


def _job_words(view: View, words: list[int]) -> list[int]:
    """The words of a job without those before it that say when (``retired``)."""
    while len(words) > 1 and view.keys[words[0]] in _FORMER:
        words = words[1:]
    return words
# A clinician's title that is a teacher's job set off after a name ("a geology professor").
_TEACHING = frozenset("professor prof lecturer".split())
