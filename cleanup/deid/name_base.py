"""What can be a name where a cue or a neighbour says one is likely, and what is an eponym
(a condition or a test named after someone: ``Parkinson's disease``, ``the Hawkins Kennedy
test``, ``it might be Tarrow's``), never a name.
"""
from __future__ import annotations

import regex

from ..lexicon import FUNCTION_WORDS, proper_nouns, zipf
from .knowledge import EPONYM_HEADS, is_protected, mostly_given, name_info, unlisted
from .name_strength import NONE, WEAK, strength
from .view import View

GREETINGS = frozenset("hi hello hey hiya heya howdy morning afternoon evening bye goodbye "
                      "thanks cheers welcome dear sorry".split())

# Titles in other languages, said before a name as "Dr." is: "Doctora Ruiz."
OTHER_TITLES = frozenset("""doctora doctore dottore dottoressa doktor doutor doutora señor
senor señora senora señorita senorita don doña dona frau herr madame monsieur mademoiselle
signor signora sayed sayyid hajji hajja""".split())


def name_like(view: View, i: int, loose: bool = False) -> bool:
    """Whether the word at ``i`` can be (part of) a name where a cue or a neighbour says a
    name is likely. ``loose`` (after a strong cue) also takes common names (``will``) and
    names no census lists (``yusuf``, ``Arjun``: :func:`cued_name`)."""
    base = view.bases[i]
    level = strength(base)
    if level == NONE and loose and not view.shapes[i].cut and cued_name(view, i):
        return True
    if level == NONE or view.shapes[i].cut or eponym(view, i):
        return False
    if not view.lowercase and not view.shapes[i].cap:
        return False  # mixed-case text writes names with a capital
    # A common word that is also a name ("will") is one only after a strong cue or capitalized.
    return level != WEAK or loose or zipf(base) < 5.0 or view.capitalized(i)


def cued_name(view: View, i: int) -> bool:
    """A name that no census lists, right after a strong cue (a title, ``my son``, ``my
    name is``): in text with capitals a capitalized word inside a sentence that is no
    common word (``my grandson Arjun``); in lowercase ASR a word rarer than Zipf 3.6 that
    is no English derived word (``his son yusuf``, ``doctor obi``; not ``my son insists``)."""
    base = view.bases[i]
    parts = base.split("-")
    if len(parts) > 1 and all(len(p) >= 2 and p.isalpha() for p in parts):
        known = all(unlisted(p, view.lowercase) or strength(p) > WEAK for p in parts)
    else:
        known = unlisted(base, view.lowercase)  # "nwachukwu-eze": both parts too
    if not known or eponym(view, i):
        return False
    return view.capitalized(i) or view.lowercase


def eponym(view: View, i: int) -> bool:
    base, key = view.bases[i], view.keys[i]
    if is_protected((key,)) or is_protected((base,)):
        return True
    j = view.next_word(i, cross=False, pauses=False)
    if j is not None and view.bases[j] in EPONYM_HEADS:
        return not _given_before_surname(view, i, j)
    if j is not None and key != base and strength(base) <= WEAK and _CONDITION_END.search(
            view.bases[j]):
        return True  # "De Quervain's tenosynovitis", "Hashimoto's thyroiditis"
    if j is not None and strength(view.bases[j]) >= WEAK:  # "Hawkins Kennedy test"
        k = view.next_word(j, cross=False, pauses=False)
        if k is not None and view.bases[k] in EPONYM_HEADS and view.bases[k] not in _NAMED_HEADS:
            return True
    if j is None and key != base and key.endswith("'s"):
        # "it might be Kessler-Voss's", "she has Tarrow's": a possessive with no noun after
        # it, after a verb of having or being, names a condition
        p = view.prev_word(i, cross=False, pauses=False)
        if p is not None and view.keys[p] in ("or", "and"):  # "Sjogren's, or Behcet's"
            q = view.prev_word(p, cross=False)
            return q is not None and view.keys[q] != view.bases[q] and eponym(view, q)
        return p is not None and view.keys[p] in _HAVING
    if j is not None and key != base:  # Parkinson's: a possessive, then maybe a head
        k = view.next_word(j, cross=False, pauses=False)
        return k is not None and view.bases[k] in EPONYM_HEADS
    return False


def no_person(view: View, i: int) -> bool:
    """Whether the word at ``i`` names something other than a person, for the name finders:
    an eponym (a condition, a test) or the start of a thing's name (:func:`thing_head`).
    Place and organization finders ask :func:`eponym` alone: a thing's name can be theirs
    (``the Beer Factory``)."""
    if eponym(view, i):
        return True
    j = view.next_word(i, cross=False, pauses=False)
    return j is not None and (thing_head(view, i, j) or _scheme(view, i, j)
                              or _attributive(view, i, j))


_WHEN = frozenset("today yesterday tomorrow tonight now then again before after".split())


def _attributive(view: View, i: int, j: int) -> bool:
    """``a Portuguese-speaking Angolan woman``, ``a 1998 Volvo estate``: a capitalized word
    that ``a``/``an`` (with adjectives or a number between) and a noun in small letters
    enclose says what kind of thing or person, no one's name."""
    if view.lowercase or not view.shapes[i].cap or view.shapes[j].cap or view.shapes[i].pause \
            or not view.keys[j].replace("-", "").isalpha() or view.keys[j] in FUNCTION_WORDS \
            or view.keys[j] in _WHEN or view.keys[j].endswith("ly"):
        return False  # "I saw a Kowalczyk yesterday": the word after says when, no kind
    p = view.prev_word(i, cross=False, pauses=False)
    for _ in range(3):
        if p is None:
            return False
        if view.keys[p] in ("a", "an"):
            return True
        if view.shapes[p].cap and "-" not in view.keys[p] or view.keys[p] in FUNCTION_WORDS:
            return False  # "a Dr. Kaur today"; "a Portuguese-speaking Angolan woman" goes on
        p = view.prev_word(p, cross=False, pauses=False)
    return False


# Things a capitalized word names after "the": "the Comenius program", "the Fulbright
# scholarship", "the Mediterranean diet".
_SCHEMES = frozenset("""program programme programs programmes scheme project initiative
scholarship scholarships fellowship grant award prize diet method technique protocol
criteria trial campaign""".split())


def _scheme(view: View, i: int, j: int) -> bool:
    """``the Comenius program``: a capitalized word between ``the`` and a scheme's noun in
    small letters names the scheme, no person (``the Smith family`` keeps its person)."""
    p = view.prev_word(i, cross=False, pauses=False)
    return p is not None and view.keys[p] == "the" and view.keys[j] in _SCHEMES and \
        not view.shapes[j].cap and view.shapes[i].cap


# Groups of people a surname heads: "The Brennick Family", "the Okoro Twins".
_KIN_GROUPS = frozenset("family families household twins brothers sisters clan".split())


def thing_head(view: View, i: int, j: int) -> bool:
    """``Ivy League``, ``Head Start``, ``Super Bowl``, ``Tai Chi``: a capitalized common
    word after a capitalized word, that people hardly carry as a surname or a given name,
    makes the pair a thing's name (a programme, an event, a sport), not a person's. A
    surname that is also a word (``Brown``, ``Day``, ``House``) keeps its person, and so
    does a common given name before a word less common than ``league``."""
    if view.lowercase or not view.shapes[i].cap or not view.shapes[j].cap \
            or view.shapes[i].pause or view.sentence_start(j) or view.texts[j].endswith(":") \
            or view.opens_bracket(j) or view.closes_bracket(i):
        return False  # "Olusegun Phone:": a speaker's label; "Imogen (Female)": a note;
        # "(turning to Nadia) Hi": a stage direction closed
    if view.shapes[i].core.isupper() and view.shapes[j].core.isupper() \
            or view.texts[i].endswith(("**", "__")):
        return False  # "HAROLD'S VIEW": a heading's capitals say nothing; "**Anton** Let"
    base = view.bases[j]
    if base in _KIN_GROUPS or view.keys[i].endswith("'s"):
        return False  # "The Brennick Family": the people the surname names; "Liv's
        # Instagram": what a person owns
    if zipf(base) < 3.5 or not base.isalpha() or len(base) < 3 or base in FUNCTION_WORDS \
            or base in proper_nouns() and zipf(base) < 4.0 and not base.endswith("s"):
        return False  # "Fiona I mean": no thing; "Omar Haddad": a rare proper noun, no word
    if mostly_given(view.bases[i], 300) and zipf(base) < 5.0:
        return False  # "Anna Pole": a common given name keeps a rarer word as its surname
    info = name_info(base)
    return info is None or (not info.proper and info.last < 100 and info.first < 100)


# A condition's ending: the noun after a possessive that makes the possessive an eponym.
_CONDITION_END = regex.compile(r"(?:itis|osis|pathy|algia|oma|plasia|trophy)$")


def _given_before_surname(view: View, i: int, j: int) -> bool:
    """``Gemma Law``: eponyms carry surnames; a word people carry as a given name, before a
    head that is also a surname (``law``, ``ring``) or a head written with a capital in a
    sentence, starts a person's name."""
    info = name_info(view.bases[i])
    if info is None or info.first < 20 or info.first <= info.last:
        return False
    return view.bases[j] in _NAMED_HEADS or view.capitalized(j)


_HAVING = frozenset("be has have had got with diagnosed confirmed like".split())
# Heads that follow a person's full name as often as an eponym ("Mary Smith's plan").
_NAMED_HEADS = frozenset("plan diet rule law method position effect ring monitor".split())


# Words after "call me" that end the phrasal verb, not name anyone: "call me back".
CALL_PARTICLES = frozenset("""back later up tomorrow anytime again when if at on once first
tonight today whenever asap""".split())


# Things that are called something: what follows "a condition called" names no person.
THINGS_CALLED = frozenset("""condition disease disorder syndrome illness infection virus
procedure operation surgery test scan drug medicine medication tablet tablets pill pills
cream ointment gel inhaler spray injection app program programme show film movie book song
game thing something technique exercise exercises diet device brand product effect effects
reaction complication""".split())


def thing_called(view: View, cue: int) -> bool:
    p = view.prev_word(cue, cross=False, pauses=False)
    return p is not None and view.bases[p] in THINGS_CALLED
