"""Evidence shared within a file: a name found once is found everywhere in that file, and
so is its short form (``Siddharth`` … ``Sid``).

``Dr. Patel`` early on makes every later ``patel`` a name, with the same subtype; so does a
facility or organization name (``from Northside`` → ``Northside`` again). Common words are
spread with care: in text with capitals only to capitalized occurrences (``Ward`` but not
the hospital ``ward``), in lowercase text only when the word is rare or mostly a name.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> from .spans import word_span
>>> v = View.of(Transcript.from_text("mr. okafor is here . okafor's son too"))
>>> [v.texts[s.first] for s in propagate(v, [word_span(v, 1, 1, "NAME", "PATIENT")])]
["okafor's"]
"""
from __future__ import annotations

from ..lexicon import DETERMINERS, FUNCTION_WORDS, is_adjective, zipf
from .dates import WEEKDAYS
from .day_names import day_name_here
from .facilities import GENERIC
from .given_names import given_name
from .labels import in_label, opens_label
from .knowledge import MODAL_NAMES, NOT_PERSON, TITLES, first_name, name_info, unlisted
from .name_verbs import finite_after, verb_use
from .name_base import no_person
from .names import NONE, STRONG, UNKNOWN, WEAK, eponym, strength
from .places import team
from .spans import Span, word_span
from .view import FOREIGN_WORDS, View

_SPREAD = {"NAME", "LOCATION"}
_PLACE_SUBTYPES = {"HOSPITAL", "ORGANIZATION", "CITY", "OTHER"}


def propagate(view: View, spans: list[Span],
              labels: dict[str, str] | None = None) -> list[Span]:
    """Spans for the other occurrences of the name words in ``spans`` (and of the names in
    speaker labels, lowercase word -> NAME subtype)."""
    found: dict[str, tuple[str, str]] = {k: ("NAME", v) for k, v in (labels or {}).items()}
    plain: dict[str, tuple[str, str]] = {}  # common words that open a facility's name
    covered: set[int] = set()
    # Words given as a name in answer to "what should we call you?": common words too.
    chosen = {view.bases[i] for s in spans if s.source == "chosen" and s.category == "NAME"
              for i in range(s.first, s.last + 1)}
    for span in spans:
        covered.update(range(span.first, span.last + 1))
        if span.category not in _SPREAD or (span.category == "LOCATION"
                                            and span.subtype not in _PLACE_SUBTYPES):
            continue
        for i in range(span.first, span.last + 1):
            base = view.bases[i]
            if _spreadable(base, span.category, view.lowercase) or base in chosen or (
                    base in WEEKDAYS and span.category == "NAME" and span.last > span.first):
                found.setdefault(base, (span.category, span.subtype))
                for part in base.split("-") if span.category == "NAME" and "-" in base else ():
                    if len(part) >= 4 and strength(part) != NONE:
                        found.setdefault(part, (span.category, span.subtype))  # Okonjo-Bakare
            elif i == span.first and span.category == "LOCATION" and _facility_word(base):
                plain.setdefault(base, (span.category, span.subtype))
    nicknames = _nicknames(view, found)
    out = [word_span(view, i, i, *nicknames[view.bases[i]], "propagated")
           for i in view.positions(nicknames.keys()) if i not in covered
           and _nickname_here(view, i)]
    for i in view.positions(found.keys() | plain.keys()):
        if i in covered or eponym(view, i):
            continue
        base = view.bases[i]
        if base in found and (_occurrence(view, i, base in chosen) or (
                base in (labels or {}) and _label_word(view, i)) or _before_name(view, i, found)):
            out.append(word_span(view, i, i, *found[base], "propagated"))
        elif base in plain and base not in found and _said_as_place(view, i):
            out.append(word_span(view, i, i, *plain[base], "propagated"))
    return _whole_names(view, spans, out + _families(view, found, covered))


def _families(view: View, found: dict[str, tuple[str, str]], covered: set[int]) -> list[Span]:
    """``the Okafors`` after ``Mrs Okafor``: in text with capitals, a found surname made
    plural after ``the`` names the family."""
    out = []
    for i in [] if view.lowercase else view.positions(
            {k for k in set(view.keys) if k.endswith("s") and found.get(k[:-1], ("",))[0]
             == "NAME"}):
        p = view.prev_word(i, cross=False, pauses=False)
        if i not in covered and view.shapes[i].cap and p is not None and view.keys[p] == "the":
            out.append(word_span(view, i, i, "NAME", found[view.keys[i][:-1]][1], "family"))
    return out


def _whole_names(view: View, spans: list[Span], out: list[Span]) -> list[Span]:
    """A name of several words found once is that name wherever all its words are said
    again in a row, whatever their case or place in the sentence: ``KMT Paediatrics`` ...
    ``KMT paediatrics``, ``I'm Blessing Adeyemi`` ... ``Blessing Adeyemi, hi`` (a common word or a
    head in lowercase would not say a name by itself)."""
    names: dict[str, dict[tuple[str, ...], tuple[str, str]]] = {}
    for s in spans:
        if s.category in _SPREAD and s.last > s.first and s.start == view.shapes[s.first].start:
            words = tuple(view.bases[k] for k in range(s.first, s.last + 1) if view.keys[k])
            if len(words) >= 2 and all(w.replace("'", "").replace("-", "").isalpha()
                                       for w in words):
                names.setdefault(words[0], {}).setdefault(words[1:], (s.category, s.subtype))
    found = []
    for i in view.positions(names.keys()) if names else ():
        for rest, kind in names[view.bases[i]].items():
            k: int | None = i
            for word in rest:
                k = view.next_word(k, cross=False, pauses=False) if k is not None else None
                if k is None or view.bases[k] != word:
                    break
            else:
                if k is not None and not opens_label(view, i, k):
                    found.append(word_span(view, i, k, *kind, "propagated"))
    return out + found


def _label_word(view: View, i: int) -> bool:
    """A name of a speaker label where the label stands in the text (``Hope (caller):``):
    a census name or a first name, written with a capital."""
    base = view.bases[i]
    return view.shapes[i].cap and (strength(base) >= WEAK or given_name(base)
                                   or base in MODAL_NAMES) and in_label(view, i)


def _nicknames(view: View, found: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Short forms of the names found (``Sid`` of ``Siddharth``, ``chris`` of
    ``christopher``): a word the census lists as a first name that opens a longer name."""
    names = [b for b, (category, _) in found.items() if category == "NAME" and len(b) >= 5]
    out: dict[str, tuple[str, str]] = {}
    for base in set(view.bases) - found.keys() if names else ():
        info = name_info(base)
        if len(base) < 3 or not base.isalpha() or info is None or info.first <= 0 \
                or base in FUNCTION_WORDS or base in NOT_PERSON or base in TITLES:
            continue
        name = next((n for n in names if len(n) >= len(base) + 2 and n.startswith(base)), None)
        if name is not None:
            out[base] = found[name]
    return out


def _nickname_here(view: View, i: int) -> bool:
    """A short form is the name where it is written with a capital (in text with capitals)
    or, in lowercase text, where it is no common word."""
    if eponym(view, i) or view.shapes[i].cut or verb_use(view, i):
        return False
    if view.bases[i] in MODAL_NAMES:
        return finite_after(view, i)
    return view.shapes[i].cap if not view.lowercase else zipf(view.bases[i]) < 4.5


_PLACE_PREPOSITIONS = frozenset("at to from for in into".split())


def _facility_word(base: str) -> bool:
    """A common word that opens a facility's name (``county`` of ``county hospital``)."""
    return bool(base) and base.isalpha() and base not in GENERIC and base not in TITLES


def _said_as_place(view: View, i: int) -> bool:
    """``for county``, ``at valley``: the facility's first word alone, right after a
    preposition, at the end of its clause (no noun of its own after it)."""
    p = view.prev_word(i, cross=False, pauses=False)
    j = view.next_word(i, cross=False, pauses=False)
    return p is not None and view.keys[p] in _PLACE_PREPOSITIONS and (
        j is None or view.keys[j] in FUNCTION_WORDS)


def _spreadable(base: str, category: str, lowercase: bool) -> bool:
    if not base or base in TITLES or not base.replace("'", "").replace("-", "").isalpha():
        return False
    if category == "NAME" and base in MODAL_NAMES:
        return True  # spread only where a verb after it says so (_occurrence)
    if category == "LOCATION" and (base in GENERIC or zipf(base) >= 4.0):
        return False
    return strength(base) != NONE or category == "LOCATION" or unlisted(base, lowercase)


def _occurrence(view: View, i: int, chosen: bool = False) -> bool:
    """Whether this occurrence of a known name word is the name here too (``chosen``: a
    word given as a name when asked, taken where no determiner makes it the noun)."""
    if no_person(view, i) or team(view, i, i) or verb_use(view, i):
        return False  # "Parkinson's disease", "georgia beat alabama", "the Super Bowl"
    if view.foreign(i) and view.keys[i] in FOREIGN_WORDS or view.german(i):
        return False  # "Kommen Sie bitte", "die Praxis": a word of that language
    base = view.bases[i]
    if base in WEEKDAYS:
        return day_name_here(view, i)  # "Sunday Eke" … "send Sunday"
    if base in MODAL_NAMES:
        return finite_after(view, i) or (view.shapes[i].cap and not view.sentence_start(i))
    if strength(base) in (STRONG, UNKNOWN) or (view.lowercase and unlisted(base, True)):
        return True
    if _in_capitals(view, i) and zipf(base) < 5.5 and base not in FUNCTION_WORDS:
        return True  # "HAROLD'S VIEW": a heading in capitals, a found name in it
    p = view.prev_word(i, cross=False, pauses=False)
    if view.shapes[i].cap and p is not None and view.bases[p] in TITLES and \
            view.shapes[p].cap:
        return True  # "Mrs Bishop:" opening a turn: the title says the person
    if view.shapes[i].cap:  # a common word's capital opening a sentence says nothing,
        # unless a verb makes it the subject ("Blessing has gone home.") or it owns
        # ("Wren’s symptoms worsened")
        return not view.sentence_start(i) or zipf(base) < 4.0 or finite_after(view, i) \
            or view.keys[i].endswith("'s")
    if not view.lowercase:
        return False
    # A first name that is also a word ("grace"): the name unless a determiner or a
    # preposition makes it the noun ("by god's grace", "the grace period").
    plain = p is not None and (view.keys[p] in DETERMINERS or view.keys[p] in ("of", "by", "with")
                               or (view.keys[p] != view.bases[p]
                                   and view.bases[p] not in FUNCTION_WORDS))
    if plain and p is not None and _asked_who(view, i, p):
        return True  # "hello, is that dawn?": the question asks for the person
    if chosen and p is not None and (is_adjective(view.keys[p]) or view.keys[p] in (
            "in", "on", "at", "to", "from", "into", "the")):
        return False  # "a blue sky", "up in the sky"
    return zipf(base) < 4.5 or ((first_name(base) or chosen) and not plain)


def _before_name(view: View, i: int, found: dict[str, tuple[str, str]]) -> bool:
    """``my full name is joy Adebayo``: a name word found in the file, however common,
    right before another of its name words is the given name of the pair."""
    if found[view.bases[i]][0] != "NAME" or view.keys[i] in FUNCTION_WORDS:
        return False
    j = view.next_word(i, cross=False, pauses=False)
    return j is not None and j != i and view.bases[j] != view.bases[i] and \
        found.get(view.bases[j], ("", ""))[0] == "NAME" and view.shapes[j].cap


def _in_capitals(view: View, i: int) -> bool:
    """A word written in capitals in text with small letters (a heading, a label, a
    script's cue): its capitals say nothing of a sentence's start, and a name found in the
    file is the name there too unless it is a very common word (``WILL``)."""
    core = view.shapes[i].core
    return not view.lowercase and len(core) > 2 and core.isupper() and not view.foreign(i)


def _asked_who(view: View, i: int, p: int) -> bool:
    """``is that dawn?``, ``is this grace``: a found first name that ends the question
    ``is that``/``is this`` is the person asked for, not a thing pointed at."""
    q = view.prev_word(p, cross=False, pauses=False)
    return view.keys[p] in ("that", "this") and q is not None and view.keys[q] == "is" and \
        view.next_word(i, cross=False, pauses=False) is None and first_name(view.bases[i])


def codes_again(view: View, spans: list[Span]) -> list[Span]:
    """An ID or a number found once is the same ID wherever its characters come back in
    the file (``patient_id="Q204"`` … ``verify(patient_id="Q204")``, the key's field said
    once): a code of letters and digits, four characters or more, or a number of five digits
    or more (not ``1500``, which a dose or a year can be)."""
    found = {view.keys[s.first]: (s.category, s.subtype) for s in spans
             if s.category in ("ID", "CONTACT") and s.first == s.last
             and _code(view.keys[s.first])}
    covered = {k for s in spans for k in range(s.first, s.last + 1)}
    return [word_span(view, i, i, *found[view.keys[i]], "propagated")
            for i in view.positions(found.keys()) if i not in covered] if found else []


def _code(key: str) -> bool:
    digits = sum(ch.isdigit() for ch in key)
    return len(key) >= 4 and digits > 0 and (digits < len(key) and any(
        ch.isalpha() for ch in key) or digits >= 5)
