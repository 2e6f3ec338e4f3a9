"""The other parts of a full name once one part is found with evidence: a hyphen's other
half (``Amara Okoye-Bell``), a Gaelic name's particles and mutated word (``Dr Nic an
tSionnaigh``), a short second given name written with a capital (``Hello Mei Xin``), a
census surname after a given name that a title introduced (``doctor linden ford``), and
a rare word right before a found surname (``her name is clover okafor``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("Then Amara Okoye-Bell came. Say hi to Mei Xin now."))
>>> hyphen_part(v, 2), short_given(v, 8)
(True, True)
"""
from __future__ import annotations

import regex

from ..lexicon import DISCOURSE_WORDS, FUNCTION_WORDS, zipf
from .knowledge import (MONTHS, NOT_PERSON, RELATIVES, SPOKEN_PUNCTUATION, TITLES, drug_like,
                        first_name, is_protected, name_info, unlisted)
from .name_strength import WEAK, strength
from .professions import occupations
from .view import View

#: Particles that open a Gaelic surname and take ``an`` (the article) after them:
#: ``Mac an Bhaird``, ``Nic an tSaoi``.
GAELIC_OPENERS = frozenset("mac mc nic ni ní mhic".split())
GAELIC_ARTICLES = frozenset("an a' na".split())
# A Gaelic word after a particle, its first letter mutated: tSaoi, bhFionnáin, nGiolla.
_MUTATED = regex.compile(r"^(?:t-?|n-?|h-?|bh|mb|gc|nd|ng|bp|dt)\p{Lu}\p{Ll}+$")


def mutated(core: str) -> bool:
    """A word written as a Gaelic surname after a particle (``tSaoir``, ``bhFionnáin``)."""
    return bool(_MUTATED.match(core))


def gaelic_article(view: View, j: int) -> bool:
    """``an`` between ``Mac`` and the rest of a Gaelic surname."""
    p = view.prev_word(j, cross=False, pauses=False)
    return view.keys[j] in GAELIC_ARTICLES and p is not None and view.keys[p] in GAELIC_OPENERS


def hyphen_part(view: View, i: int) -> bool:
    """A double surname beside a found name (``Okoye-Bell``, ``nguyen-park``): two parts of
    two letters or more, each a census name or a word English barely knows, one of them a
    surname people carry; in text with capitals each part is written with one."""
    parts = view.bases[i].split("-")
    if len(parts) != 2 or view.shapes[i].cut or not all(len(p) >= 2 and p.isalpha()
                                                          for p in parts):
        return False
    if not view.lowercase and not all(p[:1].isupper() for p in view.shapes[i].core.split("-")):
        return False
    infos = [name_info(p) for p in parts]
    known = all(info is not None or unlisted(p, view.lowercase) for p, info in zip(parts, infos))
    return known and any(info is not None and info.last >= 50 for info in infos)


def short_given(view: View, i: int) -> bool:
    """``Hello Mei Xin``: after a found given name, a short word with a capital inside a
    sentence that English does not write so (no function word, acronym or calendar word)."""
    core = view.shapes[i].core
    key = view.keys[i]
    return (view.capitalized(i) and 2 <= len(core) <= 4 and core.isalpha()
            and core[0].isupper() and core[1:].islower() and key not in FUNCTION_WORDS
            and key not in DISCOURSE_WORDS and key not in NOT_PERSON and key not in TITLES
            and key not in MONTHS and not view.shapes[i].cut and zipf(key) < 5.0)


def titled_surname(view: View, name: int, j: int) -> bool:
    """``doctor linden ford``: after a title, a given name that is no common surname itself,
    then a census surname (even one that is also a word) is that person's surname."""
    p = view.prev_word(name, cross=False, pauses=False)
    if p is None or view.keys[p] not in TITLES or view.keys[name] != view.bases[name]:
        return False
    if not (view.lowercase or view.capitalized(j)):
        return False
    before, after = name_info(view.bases[name]), name_info(view.bases[j])
    key = view.keys[j]
    return (after is not None and after.last >= 100 and (before is None or before.last < 100)
            and key == view.bases[j] and key not in FUNCTION_WORDS and key not in TITLES
            and key not in MONTHS and zipf(key) < 5.5 and not view.shapes[j].cut
            and not key.endswith(("ing", "ed")))


def given_before(view: View, p: int, surname: int) -> bool:
    """``her name is clover okafor``: in lowercase text, a rare word (no function word,
    job, relative, medicine or verb form) right before a found word that people carry
    mostly as a surname is that person's given name."""
    info = name_info(view.bases[surname])
    base = view.bases[p]
    if not view.lowercase or info is None or info.last <= info.first or strength(
            view.bases[surname]) < WEAK:
        return False
    return (base.isalpha() and len(base) >= 3 and base == view.keys[p] and zipf(base) < 4.0
            and base not in FUNCTION_WORDS and base not in NOT_PERSON and base not in TITLES
            and base not in RELATIVES and base not in MONTHS and base not in occupations()
            and base not in SPOKEN_PUNCTUATION
            and not drug_like(base) and not is_protected((base,))
            and not base.endswith(("ing", "ed", "ly", "ist", "ian")) and not view.shapes[p].cut)


# A nickname of a letter or a short syllable and a capitalized word: T-Boy, Ti-Paul, J-Rod.
_NICKNAME = regex.compile(r"^\p{Lu}\p{Ll}?-\p{Lu}\p{Ll}{2,}$")


def hyphen_nickname(view: View, i: int, alone: bool = False) -> bool:
    """A nickname written with a hyphen, in text with capitals: a capital letter or a short
    syllable, then a capitalized word (``T-Boy``, ``Ti-Paul``). Right before a found name it
    is that person's; ``alone`` (nothing beside it) only a syllable of two letters before a
    first name, inside a sentence (``my brother Ti-Jean``; not ``T-Max``, ``X-Ray``)."""
    core = view.shapes[i].core
    if view.lowercase or view.shapes[i].cut or not _NICKNAME.match(core) or \
            is_protected((view.keys[i],)):
        return False
    if not alone:
        return True
    head, _, tail = view.bases[i].partition("-")
    return len(head) == 2 and view.capitalized(i) and first_name(tail)
