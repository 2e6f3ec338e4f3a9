"""Names after a relative or a person's part: ``my wife Jane``, ``our receptionist penny``,
``her coach Ade``, ``my daughter in law Rosa``. An owner's word (``my``, ``her``) and a
relative, a person's part or a job say that a name may follow; the next word is one when it
can be a name there (a census name, or a capitalized or rare word), not a modal (``my wife
will come``), a common word (``my wife still works``) or a derived English word (``my son's
inhaler``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("my husband roy came , my wife still works"))
>>> [v.texts[s.first] for s in (relative_name(v, i) for i in range(v.n)) if s]
['roy']
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS, zipf
from .knowledge import MODAL_NAMES, PERSON_NOUNS, RELATIVES, TITLES, derived_word
from .name_base import cued_name, name_like
from .name_strength import STRONG, UNKNOWN, WEAK, strength
from .name_verbs import finite_after, given
from .professions import occupations
from .spans import Span, word_span
from .view import View

# Words between an owner's word and a relative: "my older brother", "her late husband".
KIN_WORDS = frozenset("best older younger little big eldest oldest youngest late ex".split())
# People named after "my"/"her" as relatives are: "my practitioner Sunita", "her coach Ade".
PEOPLE = RELATIVES | frozenset("""practitioner therapist physio physiotherapist midwife
scribe assistant manager supervisor teacher coach landlord landlady roommate flatmate
housemate tutor counselor counsellor worker aide helper nanny childminder babysitter
advocate sponsor pastor priest imam rabbi vicar keyworker law boy girl lad lass baby kid
boys girls""".split())
OWNERS = frozenset("my his her your our their a".split())


def _said_of(view: View, p: int) -> bool:
    """Whether ``this``/``that`` at ``p`` points to a thing said (``that girl`` after a
    verb of being: ``is that girl``), not introduces someone."""
    q = view.prev_word(p, cross=False, pauses=False)
    return q is not None and view.keys[q] in ("is", "was", "'s")


def relative_name(view: View, i: int) -> Span | None:
    """``my wife Jane``, ``our receptionist penny``: a name after an owner's word and a
    relative, a person's part or a job."""
    if view.bases[i] not in PEOPLE and view.bases[i] not in occupations() \
            and view.bases[i] not in PERSON_NOUNS:
        return None
    p = view.prev_word(i, cross=False, pauses=False)
    if p is not None and view.keys[p] in ("this", "that") and view.bases[i] in PERSON_NOUNS:
        p = None if _said_of(view, p) else p  # "this girl maya from school", "this guy mark"
    if view.bases[i] == "law" and p is not None and view.keys[p] == "in":
        p = view.prev_word(p, cross=False, pauses=False)  # "my daughter in law"
        if p is None or view.keys[p] not in RELATIVES:
            return None
        p = view.prev_word(p, cross=False, pauses=False)
    if p is not None and (view.keys[p] in TITLES or view.keys[p] in PEOPLE
                          or view.keys[p] in KIN_WORDS):
        p = view.prev_word(p, cross=False, pauses=False)  # "my nurse practitioner"
    elif p is not None and view.keys[p] not in OWNERS and view.keys[p].isalpha() and \
            view.keys[p] not in FUNCTION_WORDS:
        q = view.prev_word(p, cross=False, pauses=False)  # "my support worker"
        p = q if q is not None and view.keys[q] in OWNERS else p
    if p is None or view.keys[p] not in OWNERS and view.keys[p] not in ("this", "that"):
        return None
    j = view.next_word(i, cross=False)
    if j is not None and view.bases[j] in MODAL_NAMES and not view.shapes[j].cut:
        # "my brother will was": a name; "my wife will come": the modal; "my son,
        # Will, who" in commas: the name in apposition
        named = finite_after(view, j) or view.texts[i].endswith(",") and view.texts[
            j].endswith(",") and view.shapes[j].cap and not view.lowercase
        return word_span(view, j, j, "NAME", "OTHER") if named else None
    if j is None or not name_like(view, j, loose=True):
        return None
    if strength(view.bases[j]) < UNKNOWN and not cued_name(view, j):
        return None
    if strength(view.bases[j]) < STRONG and not view.capitalized(j) and (
            zipf(view.bases[j]) >= 5.5 or derived_word(view.bases[j])):
        return None  # "my wife still works", "my son's inhaler": no name
    if strength(view.bases[j]) == WEAK and not view.capitalized(j) and not given(view.bases[j]):
        nxt = view.next_word(j, cross=False, pauses=False)
        if nxt is None or (strength(view.bases[nxt]) != STRONG and not finite_after(view, j)):
            return None
    return word_span(view, j, j, "NAME", "OTHER")
