"""Companies and practices named by the noun that ends their name, wherever they are said:
``Harlow Medicals``, ``Dunmore Ltd``, ``Swift Transportation``, ``Endocrinology Specialists``,
``the Tallis Group``; in lowercase ASR after ``at``, ``with``, ``from`` or ``for`` (``here at
harbour sleep associates``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("She works for Dunmore Ltd and sees Cardiology Associates."))
>>> [" ".join(v.texts[s.first:s.last + 1]) for s in company_names(v)]
['Dunmore Ltd', 'Cardiology Associates.']
"""
from __future__ import annotations

from ..lexicon import DETERMINERS, FUNCTION_WORDS, zipf
from .facilities import trailing
from .knowledge import DEPARTMENTS, MONTHS, NOT_PERSON, TITLES
from .spans import Span, word_span
from .speech_words import SELF
from .view import View

#: Nouns that end a company's name: "swift transportation", "acme logistics".
COMPANY_HEADS = frozenset("""transportation transport logistics freight trucking haulage airlines
airways motors industries enterprises holdings solutions systems technologies foods
construction manufacturing insurance bancorp communications telecom energy electric
""".split())
#: Days and holidays, never a company's first word.
CALENDAR = frozenset(MONTHS) | frozenset("""monday tuesday wednesday thursday friday saturday
sunday christmas easter thanksgiving""".split())

# Words that end a business's name, said anywhere: "Harlow Medicals", "Dunmore Ltd".
_BUSINESS_HEADS = frozenset("""medicals pharma pharmaceuticals limited ltd inc llc plc corp
corporation associates partners consulting mutual assurance cooperative specialists
consultants group solutions""".split())
# Heads of a practice named after its branch: "Endocrinology Specialists", "Cardiology
# Associates".
_PRACTICE_HEADS = frozenset("specialists associates partners consultants group".split())
# Heads that follow a founder's name and "and": "Hale and Associates".
_AND_HEADS = frozenset("associates partners".split())


def company_names(view: View) -> list[Span]:
    """A company named by its head wherever it is said, in text with capitals: the
    capitalized words before ``Logistics``, ``Medicals``, ``Ltd`` (up to three, not at a
    turn's start alone)."""
    if view.lowercase:
        return _lowercase_company_names(view)
    spans = []
    for k in view.positions(COMPANY_HEADS | _BUSINESS_HEADS):
        if not view.shapes[k].cap:
            continue
        first = k
        p = view.prev_word(k, cross=False, pauses=False)
        if p is not None and view.keys[p] in ("and", "&") and view.keys[k] in _AND_HEADS \
                and (q := view.prev_word(p, cross=False, pauses=False)) is not None \
                and view.shapes[q].cap:
            first, p = p, q  # "Hale and Associates", "Hale & Partners"
        while p is not None and k - p < 6 and view.shapes[p].cap and first - p < 3 \
                and view.keys[p] not in FUNCTION_WORDS and view.keys[p] not in DETERMINERS \
                and view.keys[p] not in SELF and view.bases[p] not in TITLES \
                and (view.bases[p] not in DEPARTMENTS or view.keys[k] in _PRACTICE_HEADS) \
                and view.bases[p] not in CALENDAR:
            first = p
            p = view.prev_word(p, cross=False, pauses=False)
        if view.keys[k] == "group" and zipf(view.bases[first]) >= 4.5:
            continue  # "a Support Group", "the Facebook Group": a kind, no practice
        if first != k and not (first == view.prev_word(k) and view.sentence_start(first)
                               and view.bases[first] in NOT_PERSON):
            spans.append(word_span(view, first, trailing(view, k), "LOCATION", "ORGANIZATION"))
    return spans


def _lowercase_company_names(view: View) -> list[Span]:
    """``here at harbour sleep associates``, ``from medquist solutions``: in lowercase ASR,
    one to three words and a business's head right after ``at``, ``with``, ``from`` or
    ``for`` (and ``the``)."""
    spans = []
    for k in view.positions(_BUSINESS_HEADS - {"group"}):
        words: list[int] = []
        p = view.prev_word(k, cross=False, pauses=False)
        while p is not None and len(words) < 3 and view.keys[p].isalpha() and \
                view.keys[p] not in FUNCTION_WORDS and view.keys[p] not in DETERMINERS:
            words.insert(0, p)
            p = view.prev_word(p, cross=False, pauses=False)
        if p is not None and view.keys[p] == "the":
            p = view.prev_word(p, cross=False, pauses=False)
        if words and p is not None and view.keys[p] in ("at", "with", "from", "for") and \
                not all(zipf(view.bases[w]) >= 5.0 for w in words):
            spans.append(word_span(view, words[0], k, "LOCATION", "ORGANIZATION"))
    return spans
