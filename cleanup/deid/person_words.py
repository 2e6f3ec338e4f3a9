"""Whether a word can be a person's name at all where the talk says one stands (a cue, a
part in the sentence): the test the rules of :mod:`.name_cues` and :mod:`.name_company`
share.
"""
from __future__ import annotations

from ..lexicon import DISCOURSE_WORDS, FUNCTION_WORDS
from .given_names import given_name
from .knowledge import DEPARTMENTS, NOT_PERSON, RELATIVES, TITLES, is_protected
from .name_base import eponym
from .name_strength import UNKNOWN, strength
from .professions import occupations
from .view import FILLERS, ROLES, View

# Who answers a phone as a desk, not a person: "Reception speaking", "Switchboard speaking".
_DESKS = frozenset("switchboard helpline hotline desk office surgery clinic practice "
                   "ward unit team".split())


def person_word(view: View, i: int) -> bool:
    """A word that can be a person's name where the talk says one stands: a first name, a
    census name or a word English barely knows (no function word, title, relative, job,
    department or adverb), with a capital in text with capitals."""
    base = view.bases[i]
    if not base.replace("-", "").isalpha() or len(base) < 2 or view.shapes[i].cut or \
            base in FUNCTION_WORDS or base in DISCOURSE_WORDS or base in FILLERS or \
            base in TITLES or base in RELATIVES or base in ROLES or base in DEPARTMENTS or \
            base in _DESKS or base in NOT_PERSON or base in occupations() or \
            base.endswith("ly") or is_protected((base,)) or eponym(view, i):
        return False
    if not view.lowercase and not view.shapes[i].cap:
        return False
    return given_name(base) or strength(base) >= UNKNOWN
