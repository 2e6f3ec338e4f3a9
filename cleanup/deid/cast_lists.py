"""A cast list's line: a play, a role-play or a case gives each person by name and then, after
a dash, who they are (``- Wren – Hospital Porter``, ``Saoirse – Service User, 71``,
``Anselm - the patient's son``). The words before the dash are the person's name when what
follows it says a person (a job, a relative, a part such as ``patient`` or ``service
user``), however common the words are; a note's heading (``Plan - review in clinic``) says
no person after its dash. A caption's bracket after a dash names who speaks next (``– [Ines
Vale, Ward Sister]``).

>>> from cleanup.transcript import Transcript
>>> from .view import SPACED_DASHES, View
>>> v = View.of(Transcript.from_text("People:\\n- Wren – Hospital Porter\\n"
...                                  "- Hope – Service User, 71\\nPlan – review in clinic"))
>>> [v.texts[s.first] for s in find_cast_lines(v)]
['Wren', 'Hope']
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS, zipf
from .given_names import given_name
from .knowledge import DEPARTMENTS, PERSON_NOUNS, RELATIVES, TITLES
from .name_strength import WEAK, strength
from .name_relatives import PEOPLE
from .professions import occupations
from .spans import Span, word_span
from .view import SPACED_DASHES, View

# Parts a person plays that no job list holds: "Service User", "the patient's son".
_PARTS = frozenset("""user users patient patients client resident carer caregiver narrator
interpreter translator advocate volunteer student trainee actor friend neighbour neighbor
caller receptionist host guest male female""".split())  # "Ezra - a 71 year old male."
_NAME_WORDS = 3  # words of a name before the dash
_REACH = 4  # words after the dash in which the person's part is said


def find_cast_lines(view: View) -> list[Span]:
    if view.lowercase:
        return []
    spans = []
    for d in range(view.n - 1):
        if view.texts[d] not in SPACED_DASHES:
            continue
        span = _attribution(view, d)
        first = _name_before(view, d) if span is None and d else None
        if span is None and first is not None and _says_person(view, d):
            span = word_span(view, first, d - 1, "NAME", "OTHER", "context")
        if span is not None:
            spans.append(span)
    return spans


def _attribution(view: View, d: int) -> Span | None:
    """``... a little scare. – [Ines Vale, Ward Sister] He was ...``: a caption's bracket after
    a dash says who speaks next; its capitalized words before any comma are a name, when
    they can be one (a first name, a census name, or a word English hardly knows)."""
    k = d + 1
    if not view.opens_bracket(k):
        return None
    words: list[int] = []
    while k < view.n and len(words) < _NAME_WORDS and view.keys[k] and view.shapes[k].cap:
        words.append(k)
        if view.closes_bracket(k) or view.shapes[k].pause:
            break
        k += 1
    if words and (view.closes_bracket(words[-1]) or view.shapes[words[-1]].pause) and any(
            _person(view.bases[w]) for w in words) and not any(
            view.bases[w] in FUNCTION_WORDS or view.bases[w] in TITLES
            or view.bases[w] in DEPARTMENTS for w in words):
        return word_span(view, words[0], words[-1], "NAME", "OTHER", "context")
    return None


def _person(base: str) -> bool:
    """A word that can be a person's name by itself: a first name, a census name, or a word
    English hardly knows (not ``music``, ``applause``)."""
    return base.isalpha() and (given_name(base) or strength(base) >= WEAK or zipf(base) < 2.5)


def _name_before(view: View, d: int) -> int | None:
    """The first of the capitalized words that open the dash's line (after a bullet), or
    ``None`` when anything else stands between the line's start and the dash."""
    k = d - 1
    while k >= 0 and d - k <= _NAME_WORDS and view.keys[k] and view.shapes[k].cap \
            and view.bases[k].replace("-", "").isalpha() and view.keys[k] not in FUNCTION_WORDS \
            and view.bases[k] not in TITLES and view.bases[k] not in DEPARTMENTS \
            and not view.shapes[k].pause:
        if view.line_start(k) or view.item_start(k):
            return k
        k -= 1
    return None


def _says_person(view: View, d: int) -> bool:
    """Whether the words right after the dash say a person: a job, a relative or a part
    that ends what the line says of them (``Service User, 71``; not ``patient reports``)."""
    k = view.next_word(d, cross=False, pauses=False)
    for _ in range(_REACH):
        if k is None or view.line_start(k):
            return False
        base = view.bases[k]
        nxt = k + 1 if k + 1 < view.n else None
        ends = view.shapes[k].pause or nxt is None or view.line_start(nxt) or \
            not view.keys[nxt] and view.shapes[nxt].pause
        if ends and (base in _PARTS or base in PERSON_NOUNS or base in RELATIVES
                     or base in PEOPLE or base in occupations()):
            return True
        if view.shapes[k].pause:
            return False
        k = view.next_word(k, cross=False, pauses=False)
    return False
