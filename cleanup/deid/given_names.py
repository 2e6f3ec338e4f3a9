"""Given names from around the world that the US Census tables miss and that English text
uses too often for rarity alone to mark them (``Kirsty``, ``Hamish``, ``Kofi``, ``Priya``):
the list ``deid_given_names.txt`` made by ``scripts/make_given_names.py``. Such a word is a
first name where a census first name would be: written with a capital inside a sentence,
spoken to, or the one who speaks (:mod:`.name_roles`).

>>> listed_given("hamish"), listed_given("kofi"), listed_given("caddie"), listed_given("will")
(True, True, False, False)
>>> given_name("tam"), given_name("rook"), given_name("grace")
(True, False, True)
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import FUNCTION_WORDS, word_set, zipf
from .knowledge import MONTHS, NOT_PERSON, RELATIVES, TITLES, first_name, name_info


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    return word_set("deid_given_names.txt")


def listed_given(key: str) -> bool:
    """A given name of the supplementary list."""
    return key in _listed()


@lru_cache(maxsize=1 << 16)
def given_name(key: str) -> bool:
    """A word people carry as a first name: a census first name many carry
    (:func:`.knowledge.first_name`), one of the list, or a rarer census first name that
    is rare in English too (``tam``, ``ines``; not ``nan``, a relative)."""
    if first_name(key) or listed_given(key):
        return True
    info = name_info(key)
    return (info is not None and info.first >= 10 and zipf(key) < 3.5 and key.isalpha()
            and key not in FUNCTION_WORDS and key not in NOT_PERSON and key not in TITLES
            and key not in MONTHS and key not in RELATIVES)
