"""A place or a business introduced by its kind and then its name: ``a care home called
The Willows``, ``a pub called the Red Lion``, ``a company called brightwater logistics``.
The kind (a home, a school, a shop, a firm) says that what follows ``called`` or ``named``
is the name of a place, not of a person or a thing (``a cream called Hydromol``). In text
with capitals the name is its capitalized words (``and``/``of``/``&`` between them); in
lowercase speech, up to three words before a function word or a pause. A leading ``the``
stays out of the span.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("She is in a nursing home called The Willows now."))
>>> [" ".join(v.texts[s.first:s.last + 1]) for s in called_places(v)]
['Willows']
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS
from .spans import Span, word_span
from .speech_words import hesitation
from .view import View

# Kinds of place whose name a speaker gives after "called": care first, then the rest.
_CARE = frozenset("""home hospice practice surgery clinic centre center hospital pharmacy
chemist chemists""".split())
_KINDS = _CARE | frozenset("""pub bar restaurant cafe café shop store company firm business
agency school college academy nursery church chapel mosque temple synagogue gym club hotel
factory warehouse farm salon garage bakery supermarket charity organisation organization
department group network society association foundation trust""".split())
_CUES = frozenset({"called", "named"})
_JOINERS = frozenset({"and", "of", "&"})


def called_places(view: View) -> list[Span]:
    """The name after ``<kind> called``/``named``."""
    spans = []
    for cue in view.positions(_CUES):
        kind = view.prev_word(cue, cross=False, pauses=False)
        first = view.next_word(cue, cross=False, pauses=False)
        if kind is None or first is None or view.bases[kind] not in _KINDS:
            continue
        if view.keys[first] == "the":
            first = view.next_word(first, cross=False, pauses=False)
        last = _name_end(view, first) if first is not None else None
        if first is not None and last is not None:
            subtype = "HOSPITAL" if view.bases[kind] in _CARE else "ORGANIZATION"
            spans.append(word_span(view, first, last, "LOCATION", subtype))
    return spans


def _name_end(view: View, first: int) -> int | None:
    """The last token of the name that starts at ``first``, or ``None`` for no name."""
    key = view.keys[first]
    if not key or key in FUNCTION_WORDS or hesitation(key) or len(key) < 2 or (
            not view.lowercase and not view.shapes[first].cap):
        return None  # "a blood group called O": a letter names no place
    last, j, words = first, view.next_word(first, cross=False, pauses=False), 1
    while j is not None and words < (6 if not view.lowercase else 3):
        if not view.lowercase and view.keys[j] in _JOINERS:
            n = view.next_word(j, cross=False, pauses=False)
            if n is None or not view.shapes[n].cap:
                break
            j = n  # "Hartley and Sons": a joiner between capitalized words
        elif view.lowercase and (view.keys[j] in FUNCTION_WORDS or hesitation(view.keys[j])) \
                or not view.lowercase and not view.shapes[j].cap or not view.keys[j].isalpha():
            break
        last, words = j, words + 1
        j = view.next_word(j, cross=False, pauses=False)
    return last
