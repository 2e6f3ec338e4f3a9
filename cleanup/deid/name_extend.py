"""A found name grown over its neighbours: ``mr. vincent sanchez``, ``jack smith``, a
particle and the given name before it (``kieran o donoghue``), a surname that is also a
word after a first name (``roy hill``, ``Joan Fox``).
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS, zipf
from .knowledge import (MONTHS, NOT_PERSON, PARTICLES, RELATIVES, TITLES, drug_like, name_info,
                        place_info, unlisted)
from .given_names import given_name
from .name_base import GREETINGS as _GREETINGS, cued_name, eponym
from .name_parts import (GAELIC_ARTICLES, gaelic_article, given_before, hyphen_nickname,
                         hyphen_part, mutated, short_given, titled_surname)
from .name_strength import NONE, UNKNOWN, WEAK, strength
from .spans import Span
from .view import View


def _initial(view: View, last: int, j: int) -> bool:
    """``Sarah M.``: a capital letter and its period right after a name in text with
    capitals (not the pronoun ``I``, not ``A`` opening a phrase)."""
    core, name = view.shapes[j].core, view.shapes[last].core
    if view.lowercase or len(core) != 1 or not core.isupper() or not view.shapes[last].cap:
        return False
    shouted = len(name) > 1 and name.isupper() and view.texts[j] == core + "."  # "ALICE J."
    k = view.next_word(j, cross=False, pauses=False)
    middle = k is not None and view.shapes[k].cap and strength(view.bases[k]) >= WEAK
    if view.texts[j].startswith(core + "."):
        return core not in "IA" or shouted or middle  # "Hana M.", "Ana B. Lowe"
    # "her sponsor was Tilda R, she ...", "Hal B from the group": a surname's initial;
    # "Greta K Varnam": a middle initial before a surname no list has as a word
    return core not in "IA" and view.texts[j].rstrip(",;") == core and (
        view.shapes[j].pause or k is None or not view.shapes[k].cap or (
            middle or strength(view.bases[k]) == UNKNOWN and view.keys[k].isalpha()))


def extend(view: View, span: Span) -> Span:
    """The span grown over name-like neighbours: ``mr. vincent sanchez``, ``jack smith``,
    and a surname that is also a word after a first name (``roy hill``)."""
    first, last = span.first, span.last
    for _ in range(2):
        j = view.next_word(last, cross=False, pauses=False)
        if j is not None and view.opens_bracket(j) or view.keys[last].endswith("'s"):
            break  # "Dr. Ines Varga (Family Therapist)": the bracket is no name's; a
            # possessive ends the name ("Nell's Opening Words")
        if j is not None and view.keys[j] in PARTICLES:
            k = view.next_word(j, cross=False, pauses=False)
            if k is not None and (view.keys[k] in PARTICLES or gaelic_article(view, k)):
                k = view.next_word(k, cross=False, pauses=False)
            if k is not None and (_neighbour(view, k) or cued_name(view, k) or mutated(
                    view.shapes[k].core) or strength(view.bases[k]) >= WEAK and view.lowercase):
                last = k  # "mohammed al rashid", "Pieter van der Merwe", "Mac an tSaoi"
                continue
        if j is not None and gaelic_article(view, j):
            k = view.next_word(j, cross=False, pauses=False)
            if k is not None and mutated(view.shapes[k].core):
                last = k  # a found "Mac", then "an tSaoi"
                continue
        if j is None or not (_neighbour(view, j) or _surname_after(view, last, j)
                             or word_surname(view, last, j)
                             or hyphen_part(view, j) or titled_surname(view, last, j)
                             or (last == span.first and short_given(view, j))
                             or _initial(view, last, j) or _rare_surname(view, last, j)):
            break
        last = j
    for _ in range(2):
        p = view.prev_word(first, cross=False, pauses=False)
        if p is not None and view.keys[p] in ("st", "saint"):
            # St Luke's, Saint Mary's: a place named after a saint, its possessive and all
            shape = view.shapes[last]
            return Span(p, view.shapes[p].start, last, shape.start + len(shape.core),
                        "LOCATION", "HOSPITAL", span.source)
        if p is not None and view.keys[p] in GAELIC_ARTICLES and mutated(
                view.shapes[first].core):
            q = view.prev_word(p, cross=False, pauses=False)
            if q is not None and gaelic_article(view, p):
                first = q  # "Mac an tSaoi": the particles before the mutated word
                continue
        if p is not None and view.keys[p] in PARTICLES and view.keys[p] not in ("la", "le"):
            q = view.prev_word(p, cross=False, pauses=False)
            if q is not None and view.keys[q] not in TITLES and view.keys[q] not in RELATIVES \
                    and (_neighbour(view, q, first) or unlisted(view.bases[q], view.lowercase)):
                first = q  # "kieran o donoghue", "Máire Ní Bhriain": the given name too
                continue
        if p is None or not (_neighbour(view, p, first) or hyphen_part(view, p)
                             or given_before(view, p, first) or hyphen_nickname(view, p)) \
                or view.keys[p] in TITLES or view.keys[p] in RELATIVES \
                or view.keys[p] in _GREETINGS:
            break  # "my buddy travis": the relative's word is no part of the name
        first = p
    if first == span.first and _inverted_surname(view, first - 1, first):
        first -= 1  # "RE: PEMBERTON, ALICE": a record's surname, a comma, the given name
    elif first == span.first and _given_initial(view, first):
        first = view.prev_word(first, cross=False, pauses=False) or first  # "by: K Okafor"
    if (first, last) == (span.first, span.last):
        return span
    return Span(first, view.shapes[first].start, last, view.shapes[last].end, span.category,
                span.subtype, span.source)


_INITIAL_BEFORE = frozenset("by with from to and dr dr. prof mr mrs ms".split())
_INITIALS = frozenset("BCDEFGHJKLMNOPQRSTUVWXYZ")  # not "I", nor "A" opening a phrase


def _given_initial(view: View, first: int) -> bool:
    """``referred by: K Okafor MD``: a given name's initial in capitals, no period, right
    before a capitalized surname, after a label's colon, a comma or a word that names a
    person next (not ``Hepatitis B Okafor``)."""
    p = view.prev_word(first, cross=False, pauses=False)
    if p is None or view.lowercase or not view.shapes[first].cap \
            or view.texts[p] not in _INITIALS:
        return False
    q = view.prev_word(p, cross=False)
    return q is None or view.texts[q].endswith((":", ",")) or view.keys[q] in _INITIAL_BEFORE


def _neighbour(view: View, i: int, beside: int | None = None) -> bool:
    base = view.bases[i]
    level = strength(base)
    if _surname_first(view, i, beside) or _particle_compound(view, i):
        return True
    if level == NONE or view.shapes[i].cut or eponym(view, i):
        return False
    if not view.lowercase:
        core = view.shapes[i].core
        if core.isupper() and 1 < len(core) <= 4:
            return False  # an acronym beside a name: "CTO Kenny Daniel"
        if beside is not None and level == WEAK and view.sentence_start(i) and \
                (info := name_info(base)) is not None and info.first < 10 and not (
                    given_name(base) and view.shapes[beside].cap
                    and unlisted(view.bases[beside], False)):
            return False  # "Tell Sunday to hurry": a verb opening the sentence, no given name
            # ("Dawn Okwuosa is worried": a first name before a surname no list knows)
        # a rare word at a sentence start before a surname: "Takeshi Brannigan?" (not "Device:")
        return view.shapes[i].cap and (level >= WEAK or view.capitalized(i) or (
            level == UNKNOWN and not drug_like(base) and beside is not None and i > 0
            and not view.texts[i - 1].endswith(":") and (strength(view.bases[beside]) >= WEAK
                                                          or unlisted(view.bases[beside], False))))
    if "-" in base:
        return True  # two census names: "hamilton-price" (:func:`_hyphenated`)
    if level == WEAK:  # a common word: only one that people really carry as a name, or
        info = name_info(base)  # a rare one ("mei ling")
        return zipf(base) < 4.0 or (
            zipf(base) < 5.0 and info is not None and max(info.first, info.last) >= 50)
    return not base.endswith(("ing", "ed"))  # "doctor okafor dictating": a verb


def _inverted_surname(view: View, p: int, given: int) -> bool:
    """``Pemberton, Alice`` after ``RE:``, a dash or at a line's start: a record writes
    the surname first and a comma, then a word the census knows as a given name."""
    if p < 0 or not view.texts[p].endswith(",") or not view.shapes[p].cap \
            or view.lowercase or not view.keys[p].isalpha() or view.keys[p] in FUNCTION_WORDS \
            or view.keys[p] in TITLES or view.keys[p] in RELATIVES:
        return False
    info = name_info(view.bases[given])
    if info is None or info.first <= info.last or not (
            strength(view.bases[p]) >= WEAK or unlisted(view.bases[p], False)) \
            or zipf(view.bases[p]) >= 4.0 and not view.shapes[p].core.isupper():
        return False  # "Good, Margaret.": a word people say before a name
    return view.sentence_start(p) or view.texts[p - 1] in ("—", "–", "-")


def _rare_surname(view: View, name: int, j: int) -> bool:
    """``Omar Farid Zoubi``: inside a sentence with capitals, a capitalized word no census
    lists and no place, right after a name that a census lists (not an acronym, a
    medicine or an eponym's head)."""
    core = view.shapes[j].core
    return not view.lowercase and view.capitalized(j) and view.shapes[name].cap \
        and not view.shapes[name].pause and unlisted(view.bases[j], False) \
        and name_info(view.bases[name]) is not None and place_info(view.bases[j]) is None \
        and not core.isupper() and not drug_like(view.bases[j]) and not eponym(view, j)


def _particle_compound(view: View, i: int) -> bool:
    """``Al-Hashimi``, ``bin-Zayed``: a particle joined to a surname by a hyphen (with a
    capital in text with capitals)."""
    head, _, tail = view.bases[i].partition("-")
    return head in PARTICLES and len(tail) >= 3 and tail.isalpha() and not view.shapes[i].cut \
        and (view.lowercase or view.shapes[i].cap)


def _surname_first(view: View, i: int, beside: int | None) -> bool:
    """``Park Ji-woo``: a capitalized census surname right before a double given name (East
    Asian order), even one that is also a word."""
    info = name_info(view.bases[i])
    return (beside is not None and "-" in view.bases[beside] and view.shapes[i].cap
            and not view.lowercase and info is not None and info.last >= 50
            and not view.shapes[i].cut and not eponym(view, i))


def _surname_after(view: View, name: int, j: int) -> bool:
    """``roy hill``, ``kelly rose``: a surname that is also a common word, right after a
    first name (one more often a first name than a surname), in lowercase text or with a
    capital inside a sentence (``Joan Fox``)."""
    if view.keys[name] != view.bases[name] or not (view.lowercase or (
            view.capitalized(j) and view.shapes[name].cap)):
        return False
    before, after = name_info(view.bases[name]), name_info(view.bases[j])
    key = view.keys[j]
    return (before is not None and after is not None and before.first >= 100
            and before.first > before.last and after.last >= 100 and zipf(key) < 5.5
            and key not in FUNCTION_WORDS and key not in TITLES and key not in MONTHS
            and key == view.bases[j]
            and not view.shapes[j].cut and not eponym(view, j))


# Calendar words the census lists as surnames: after a name they are a date ("Ahmed Monday").
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday christmas
easter thanksgiving""".split())
_COPULAS = frozenset("is was are 's".split())


def word_surname(view: View, name: int, j: int) -> bool:
    """``Nurul Islam``, ``Chidi English``: in text with capitals, a capitalized word inside
    a sentence that the census lists as a surname, though it names a faith, a people or a
    rank, right after a given name no census lists (not after ``is``: ``is Chidi
    English?``; no calendar word)."""
    key = view.keys[j]
    info = name_info(key)
    p = view.prev_word(name, cross=False, pauses=False)
    return (not view.lowercase and view.capitalized(j) and view.shapes[name].cap
            and info is not None and info.last >= 10 and key in NOT_PERSON
            and key not in MONTHS and key not in _CALENDAR and key not in TITLES
            and strength(view.bases[name]) == UNKNOWN and view.keys[name] == view.bases[name]
            and (p is None or view.keys[p] not in _COPULAS) and not view.shapes[j].cut)
