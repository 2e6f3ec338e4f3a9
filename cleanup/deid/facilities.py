"""Named facilities and organizations: hospitals, clinics, practices, care homes, prisons,
employers and businesses.

A facility is found from its head noun with the name words before it (``county hospital``,
``Lakeshore Orthopedics``, ``Hollister Correctional Facility``, ``Westbury General``,
``rosie's diner``); a head with only generic words before it (``the hospital``, ``my local
clinic``, ``the community center``, ``pediatric cardiology``) names no one. Heads that are
also plain nouns (``center``, ``care``, ``plant``, ``store``) need a name that says so: a
capital in text with capitals, a rare word in lowercase ASR. An employer's plant or
warehouse is named by the company alone (``the honeywell plant``: ``honeywell``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("seen at county hospital, not the hospital, and at "
...                                  "lakeshore orthopedics, not the community center"))
>>> [(s.subtype, v.texts[s.first], v.texts[s.last]) for s in find_facilities(v)]
[('HOSPITAL', 'county', 'hospital,'), ('HOSPITAL', 'lakeshore', 'orthopedics,')]
"""
from __future__ import annotations

import regex

from ..lexicon import AUXILIARIES, DETERMINERS, FUNCTION_WORDS, zipf
from .knowledge import (COMPASS, COMPASS_POINTS, DEPARTMENTS, NOT_PERSON, PARTICLES,
                        RELATIVES, SPOKEN_PUNCTUATION, TITLES, name_info, place_info)
from .gazetteer import place_at
from .initials import find_initials
from .names import NONE, WEAK, eponym, strength
from .numbers import NUMBER_WORDS
from .speech_words import hesitation
from .spans import Span, word_span
from .view import SPACED_DASHES, View
from .facility_words import (_BARE_END_HEADS, _CUED_HEADS, _END_HEADS, _GROUPS, _HEADS,
                             _NEEDS_CAPITAL, _PAIR_HEADS, _PARK_KINDS, _PLACE_PREPOSITIONS,
                             _PLAIN_HEADS, _SITES, _TIME_AFTER, CLINICAL_ENDINGS, COMMON,
                             GENERIC, HEADS, SERVICE_HEADS, TREATMENTS, clinical_word)



def find_facilities(view: View) -> list[Span]:
    spans = _saints(view) + _possessive_names(view) + _head_first(view) + find_initials(view) \
        + _doctors(view) + _numbered_units(view) + _schools_of(view) + _bodies_of(view) \
        + _compass_wards(view)
    heads = set(_HEADS) | set(_PLAIN_HEADS) | set(_PAIR_HEADS) | _END_HEADS | _SITES
    for h in view.positions(heads):
        found = _facility_at(view, h)
        if found is not None:
            spans.append(found)
    return spans


def service_words(view: View) -> set[int]:
    """The tokens of a hospital's service named by what it does (``the Postanesthesia Care
    Unit``, ``Same Day Surgery``, ``Thoracic Surgery``): no place's and no person's name."""
    out: set[int] = set()
    for h in view.positions(SERVICE_HEADS):
        first = _name_words_before(view, h)
        if first is not None and _service(view, first, h):
            out.update(range(first, h + 1))
    return out


def _service(view: View, first: int, h: int) -> bool:
    return view.bases[h] in SERVICE_HEADS and all(
        clinical_word(view.bases[k]) for k in range(first, h) if view.keys[k])


def _head_first(view: View) -> list[Span]:
    """``Hospital Universitario La Paz``, ``Clinic Saint-Aubert``: in text with capitals, a
    capitalized head before the name, when the name's first word is rare (particles such
    as ``la``, ``de`` kept between capitalized words)."""
    if view.lowercase:
        return []
    spans = []
    elided = {"l'" + head for head in _HEADS}
    for h in view.positions(set(_HEADS) | elided):
        k = view.next_word(h, cross=False, pauses=False)
        particle = of = False
        while k is not None and (view.keys[k] in PARTICLES or view.keys[k] == "of" or
                                 of and view.keys[k] == "the") and k - h < 3:
            of = of or view.keys[k] == "of"  # "University of Michigan"
            particle, k = True, view.next_word(k, cross=False, pauses=False)  # "de la Paz"
        cut = 2 if view.keys[h] in elided else 0  # "l'Hôpital": the article is no name's
        if not view.texts[h][view.shapes[h].start + cut:][:1].isupper() or k is None \
                or not view.shapes[k].cap or view.bases[k] in DEPARTMENTS \
                or not (particle and not of or _rare_or_romance(view, k)
                        or of and place_info(view.bases[k]) is not None):
            continue
        last = k
        for nxt in range(k + 1, k + 12 if not view.shapes[k].pause else k + 1):
            if nxt >= view.n:
                break
            if not view.keys[nxt]:
                if view.shapes[nxt].pause or view.shapes[nxt].ends_sentence:
                    break
                continue
            if view.keys[nxt] not in PARTICLES and not (
                    view.shapes[nxt].cap and zipf(view.bases[nxt]) < 4.5):
                break
            last = nxt if view.shapes[nxt].cap else last
            if view.shapes[nxt].pause:
                break
        span = word_span(view, h, last, "LOCATION", _HEADS[view.bases[h][cut:]])
        spans.append(Span(h, span.start + cut, last, span.end, span.category, span.subtype))
    return spans


def _schools_of(view: View) -> list[Span]:
    """In lowercase ASR, ``the university of georgia in athens``, ``college of
    charleston``: a university or college of a listed place (and the campus's town after
    ``in``/``at``)."""
    if not view.lowercase:
        return []  # text with capitals: _head_first
    spans = []
    for h in view.positions({"university", "college"}):
        k = view.next_word(h, cross=False, pauses=False)
        if k is None or view.keys[k] != "of" or (of := _place_after(view, k)) is None:
            continue
        last = of
        at = view.next_word(last, cross=False, pauses=False)
        if at is not None and view.keys[at] in ("in", "at") and (
                town := _place_after(view, at)) is not None:
            last = town
        spans.append(word_span(view, h, last, "LOCATION", "ORGANIZATION"))
    return spans


# Heads of a named body written before its field: "Faculty of Travel Medicine",
# "Society of Rural Medicine", "Centre for Community Nursing Research".
_BODIES = frozenset("""faculty society institute academy college association council
federation foundation university school centre center institutes department""".split())
_BODY_LINKS = frozenset({"of", "for"})


def _bodies_of(view: View) -> list[Span]:
    """In text with capitals, a body's capitalized head, ``of`` or ``for`` and a field of
    two capitalized words or more (``and`` between them): ``the Society of Rural Medicine``,
    ``Institute of Marine Biology``, ``Centre for Community Nursing Research``; a body it
    belongs to after ``of the`` is the same name (``Faculty of Travel Medicine of the Royal
    Academy of Surgeons``), and so are the rare words before the head that name it
    (:func:`_named_before`). One word of field is a department's (``School of Medicine``)."""
    if view.lowercase:
        return []
    spans = []
    for h in view.positions(_BODIES):
        o = view.next_word(h, cross=False, pauses=False)
        if not view.shapes[h].cap or view.shapes[h].core.isupper() or o is None \
                or view.keys[o] not in _BODY_LINKS:
            continue  # ("DEPARTMENT OF HEALTH EMPLOYEES": a heading in capitals)
        last, fields, j = h, 0, view.next_word(o, cross=False, pauses=False)
        while j is not None and j - h < 16:
            if view.shapes[j].cap and view.keys[j] not in FUNCTION_WORDS:
                last, fields = j, fields + 1
            elif not (fields and view.keys[j] in ("and", "&", "of", "the")):
                break
            if view.shapes[j].pause:
                break
            j = view.next_word(j, cross=False, pauses=False)
        if fields >= 2:
            spans.append(word_span(view, _named_before(view, h), last, "LOCATION",
                                   "ORGANIZATION"))
    return spans


# Words that open a body's name at a sentence's or a line's start: "Medical College of ...".
_INSTITUTIONAL = frozenset("""medical national royal state american british general
international regional community""".split())


def _named_before(view: View, h: int) -> int:
    """Where a body's name starts when capitalized words name it before its head (``UCX
    Marlowe Department of Otolaryngology``, ``the Royal Society of Rural Medicine``): up to
    three capitalized words (at a sentence's start a rare word, an acronym or a word that
    opens bodies' names, ``Medical``), none set off by a comma."""
    first = h
    for _ in range(3):
        p = view.prev_word(first, cross=False, pauses=False)
        if p is None or not view.shapes[p].cap or not view.keys[p].isalpha() \
                or view.keys[p] in FUNCTION_WORDS or view.bases[p].rstrip(".") in TITLES \
                or not (view.shapes[p].core.isupper() and len(view.keys[p]) > 1
                        or zipf(view.bases[p]) < 3.0 or not view.sentence_start(p)
                        or view.bases[p] in _INSTITUTIONAL):
            break
        first = p
    return first


def _place_after(view: View, k: int) -> int | None:
    """The last token of the gazetteer's place right after token ``k``."""
    j = view.next_word(k, cross=False, pauses=False)
    hit = place_at(view, j) if j is not None else None
    return hit[0] if hit is not None else None


_WARD_PLACES = frozenset("on from to at".split())


def _compass_wards(view: View) -> list[Span]:
    """``this is Jo on 6 North``, ``up to 7 West``: in text with capitals, a floor's number
    and a compass word with its capital after a word of place, ending the phrase, name a
    hospital's ward (not ``6 West Street``)."""
    spans = []
    for j in [] if view.lowercase else view.positions(COMPASS_POINTS):
        i = view.prev_word(j, cross=False, pauses=False)
        p = view.prev_word(i, cross=False, pauses=False) if i is not None else None
        if i is None or p is None or not view.shapes[j].cap \
                or not regex.fullmatch(r"\d{1,2}", view.keys[i]) \
                or view.keys[p] not in _WARD_PLACES:
            continue
        k = view.next_word(j, cross=False, pauses=False)
        if k is None or view.shapes[j].pause or view.keys[k] in FUNCTION_WORDS:
            spans.append(word_span(view, i, j, "LOCATION", "DEPARTMENT"))
    return spans


def _numbered_units(view: View) -> list[Span]:
    """``Surgery Unit 5``, ``Medicine Unit two``: in text with capitals, a specialty and
    ``Unit`` with its number name one unit of a hospital."""
    spans = []
    for h in view.positions({"unit"}):
        p = view.prev_word(h, cross=False, pauses=False)
        k = view.next_word(h, cross=False, pauses=False)
        if view.lowercase or p is None or k is None or not view.shapes[h].cap \
                or not view.shapes[p].cap or view.bases[p] not in GENERIC \
                or not (regex.fullmatch(r"\d{1,2}[a-z]?", view.keys[k])
                        or view.keys[k] in NUMBER_WORDS - {"a", "oh", "double", "triple"}) \
                or not _ends_name(view, k):
            continue
        spans.append(word_span(view, p, k, "LOCATION", "DEPARTMENT"))
    return spans


def _doctors(view: View) -> list[Span]:
    """``confined at tisa doctors``, ``seen at Kelso Doctors``: right after a place
    preposition with no article, a rare word and ``doctors`` name a hospital (not ``at the
    doctors``, ``from junior doctors``)."""
    spans = []
    for h in view.positions({"doctors", "doctors'"}):
        p = view.prev_word(h, cross=False, pauses=False)
        q = view.prev_word(p, cross=False, pauses=False) if p is not None else None
        if q is None or view.keys[q] not in _PLACE_PREPOSITIONS or p is None:
            continue
        base = view.bases[p]
        if not base.isalpha() or base in GENERIC or base in NOT_PERSON or base in TITLES \
                or base in FUNCTION_WORDS or zipf(base) >= 3.5 \
                or (not view.lowercase and not view.shapes[p].cap):
            continue
        spans.append(word_span(view, p, h, "LOCATION", "HOSPITAL"))
    return spans


# Words that open a Romance saint's or a title's name: "Hospital Santa Maria", "Clinica San Rafael".
_ROMANCE = frozenset("santa santo san sao são nossa nuestra notre sainte saint".split())


def _rare_or_romance(view: View, k: int) -> bool:
    """Whether the capitalized word at ``k`` after a head may open its name: a rare word, or
    a saint's word of a Romance language with a capitalized word after it."""
    if zipf(view.bases[k]) < 3.0:
        return True
    nxt = view.next_word(k, cross=False, pauses=False)
    return view.bases[k] in _ROMANCE and nxt is not None and view.shapes[nxt].cap


def _saints(view: View) -> list[Span]:
    """``St. Anselm's``, ``saint bride's``: a saint's name with its possessive names a
    hospital, a church or a school (not ``St John's wort``, a herb)."""
    spans = []
    for i in view.positions({"st", "saint"}):
        j = view.next_word(i, cross=False, pauses=False)
        if j is None or view.keys[j] == view.bases[j] or not view.bases[j].isalpha() or \
                (not view.lowercase and not view.shapes[j].cap):
            continue
        k = view.next_word(j, cross=False, pauses=False)
        if k is not None and (view.keys[k] == "wort" or view.keys[k] in _HEADS
                              or view.keys[k] in _PAIR_HEADS):
            continue  # a herb, or a head the facility finder takes with its words
        if k is not None and view.keys[k] == "private" and _ends_name(view, k):
            spans.append(word_span(view, i, k, "LOCATION", "HOSPITAL"))
            continue  # "st vincent's private": a private hospital
        shape = view.shapes[j]
        spans.append(Span(i, view.shapes[i].start, j, shape.start + len(shape.core),
                          "LOCATION", "HOSPITAL"))
    return spans


# Owners in a possessive that is no place's name: "at mum's house", "at night's end"
# ("children's" is: a hospital is named for them).
_NOT_OWNERS = (RELATIVES - {"children", "kids"}) | frozenset(
    "night day week weekend month year today tonight tomorrow yesterday".split())


def _possessive_names(view: View) -> list[Span]:
    """``surgery at children's mercy``, ``to Hannigan's Yard``: right after a place
    preposition, a possessive and one more word closing the clause name a place (no
    relative's, ``at my mum's house``; no eponym, ``from Parkinson's disease``)."""
    spans = []
    for i in view.positions(_PLACE_PREPOSITIONS[:3]):
        j = view.next_word(i, cross=False, pauses=False)
        if j is not None and view.keys[j] == "the" and not view.lowercase:
            j = view.next_word(j, cross=False, pauses=False)  # "at the Mariner's Rest"
            if j is None or not view.shapes[j].cap:
                continue
        if j is None or view.keys[j] == view.bases[j] or not view.bases[j].isalpha() or \
                view.bases[j] in FUNCTION_WORDS or view.bases[j] in _NOT_OWNERS or \
                view.bases[j] in NOT_PERSON or eponym(view, j):
            continue
        k = view.next_word(j, cross=False, pauses=False)
        if k is None or not view.keys[k].isalpha() or view.keys[k] in FUNCTION_WORDS or \
                view.keys[k] in _HEADS or view.keys[k] in _PLAIN_HEADS or eponym(view, k) or (
                    not view.lowercase and not (view.shapes[j].cap and view.shapes[k].cap)):
            continue
        after = view.next_word(k, cross=False, pauses=False)
        if after is None or view.keys[after] in FUNCTION_WORDS or view.keys[after] in _TIME_AFTER:
            spans.append(word_span(view, j, k, "LOCATION", "HOSPITAL"))
    return spans


def _facility_at(view: View, h: int) -> Span | None:
    """The facility whose head starts at token ``h``, with the name words before it."""
    key = view.bases[h]
    last, subtype = h, _HEADS.get(key) or _PLAIN_HEADS.get(key)
    nxt = None if view.closes_bracket(h) else view.next_word(h, cross=False, pauses=False)
    # "(Ashford General)": the bracket ends the name
    if key in _PAIR_HEADS and nxt is not None and view.bases[nxt] in _PAIR_HEADS[key]:
        last, subtype = nxt, "HOSPITAL"
    elif key in _END_HEADS and subtype is None:
        if nxt is not None and view.keys[nxt] not in FUNCTION_WORDS and \
                view.keys[nxt] not in _TIME_AFTER and key != "elementary" \
                and view.keys[nxt] not in _UNIT_AFTER:
            return None  # "medical history", "general surgery": an adjective
        subtype = "ORGANIZATION" if key in ("elementary", "primary", "high") else "HOSPITAL"
    elif key in _SITES:
        subtype = "ORGANIZATION"
    if subtype is None or key == "rescue" and nxt is not None and view.keys[nxt].isalpha() \
            and view.keys[nxt] not in FUNCTION_WORDS and not view.capitalized(nxt):
        return None  # "Sarah's rescue inhaler": a rescue medicine, no service
    plain_head = key in _NEEDS_CAPITAL and last == h and not view.capitalized(h)
    if plain_head and not view.lowercase:
        return None
    first = _name_words_before(view, h)
    if first is None:
        return None
    if view.texts[last].endswith(":") and not view.lowercase and not view.shapes[last].cap \
            and view.sentence_start(first):
        return None  # "Preferred pharmacy:" at a line's start: a field's name, no facility
    if _service(view, first, h):
        return None  # "the Postanesthesia Care Unit", "Same Day Surgery": a hospital's service
    if _a_kind(view, first, h):
        return None  # "staying in a Long Term Care Unit": a kind of place, not one place
    if view.lowercase and key in TREATMENTS and last == h and not _after_place(view, first):
        return None  # "on growth hormone therapy", "rotator cuff repair surgery"
    if key in _CARE_KINDS and last == h and first < h and not _after_place(view, first) and all(
            zipf(view.bases[k]) >= 3.5 and strength(view.bases[k]) == NONE
            and place_info(view.bases[k]) is None for k in range(first, h) if view.keys[k]):
        return None  # "Hormone Replacement Therapy": a treatment's words, capitalized
    strict = plain_head or (last == h and (key in _PLAIN_HEADS or key in _SITES
                                           or key in _BARE_END_HEADS or key in _END_HEADS
                                           and not view.lowercase and not view.shapes[h].cap))
    # ("Overall health is good": an end head in small letters in text with capitals)
    if strict and not _names_something(view, first, h):
        return None  # "common practice", "the community center", "in general"
    if key == "high" and (view.lowercase and not _after_place(view, first)
                          or not view.lowercase and not view.shapes[h].cap):
        return None  # "alarmingly high", "the school is high": no school's name
    if key == "park" and (view.bases[first] in _PARK_KINDS or not _after_place(view, first)):
        return None  # "the car park", "walks in the park": no hospital's site
    if key in _GROUPS and (zipf(view.bases[first]) >= 4.0 and place_info(view.bases[first]) is None
                           or view.shapes[first].core.isupper()):
        return None  # "Fight Club", "the AI Society": a title or a kind, not a named group
    if key == "board" and not any(
            zipf(view.bases[k]) < 3.5 or place_info(view.bases[k]) is not None
            for k in range(first, h) if view.keys[k]):
        return None  # "the Institutional Review Board": a kind of board (not "Lothmere NHS Board")
    if key == "hall" and (first == view.prev_word(h) and strength(view.bases[first]) > WEAK
                          or not view.lowercase and not view.shapes[h].cap):
        return None  # "Sarah Hall": a person; "the KGV hall": a kind of room
    if key in _SITES:
        end = view.prev_word(h, cross=False, pauses=False)
        return None if end is None else word_span(view, first, end, "LOCATION", subtype)
    return word_span(view, first, _of_field(view, _and_kind(view, trailing(view, last))),
                     "LOCATION", subtype)


_ACADEMIC = frozenset("school college university institute academy faculty".split())
# Heads that end a kind of care as often as a practice's name ("Hormone Replacement Therapy",
# "Team Care", "General Practice"; not a specialty: "Eastbrook Hill Neurology").
_CARE_KINDS = frozenset("therapy surgery medicine care practice rehab imaging".split())
# A hospital's unit said after its name: "to Lakeside General trauma", "Westbury General ER".
_UNIT_AFTER = frozenset("trauma er ed emergency icu a&e casualty ward campus".split())


def _of_field(view: View, k: int) -> int:
    """``Brandt School of Public Health``, ``Ridgeway College of Nursing``: an academic
    head's field after ``of``, its capitalized words (``and`` between them) still the name."""
    o = view.next_word(k, cross=False, pauses=False)
    if view.lowercase or view.bases[k] not in _ACADEMIC or o is None or view.keys[o] != "of":
        return k
    last, j = k, view.next_word(o, cross=False, pauses=False)
    for _ in range(4):
        if j is None or not (view.shapes[j].cap or last != k and view.keys[j] in ("and", "&")):
            break
        last = j if view.shapes[j].cap else last
        if view.shapes[j].pause:
            break
        j = view.next_word(j, cross=False, pauses=False)
    return last


def _and_kind(view: View, k: int) -> int:
    """The end of a name that goes on with ``and`` and one more word of its kind after its
    head, closing the clause: ``Lahug Physio and Rehab``, ``Eastside Heart and Vascular``."""
    a = view.next_word(k, cross=False, pauses=False)
    if a is None or view.keys[a] not in ("and", "&"):
        return k
    b = view.next_word(a, cross=False, pauses=False)
    if b is None or not (view.bases[b] in GENERIC or view.bases[b] in HEADS
                         or view.bases[b] in DEPARTMENTS):
        return k
    after = view.next_word(b, cross=False, pauses=False)
    ends = after is None or view.keys[after] in FUNCTION_WORDS or view.keys[after] in _TIME_AFTER
    return b if ends else k


# Capitalized words after a name's head that are still the name: "Mutual Health Trust".
_TRAILING = frozenset("""health healthcare insurance assurance trust group services partners
network alliance union plan plans care mutual board authority foundation hospital
hospitals clinic centre center unit nhs co inc ltd llc llp plc corp pty gmbh company ai labs
""".split())  # "Northgate Hospital NHS Trust", "Harbor Freight Co."


def trailing(view: View, k: int) -> int:
    """The last of the capitalized head words right after a name's head at ``k``, in text
    with capitals: ``Harbour Mutual Health`` ends at ``Health``, ``Tayside Hospitals
    Trust`` at ``Trust``."""
    nxt = view.next_word(k, cross=False, pauses=False)
    while not view.lowercase and nxt is not None and view.shapes[nxt].cap \
            and view.bases[nxt] in _TRAILING:
        k, nxt = nxt, view.next_word(nxt, cross=False, pauses=False)
    return k


def _names_something(view: View, first: int, h: int) -> bool:
    """Whether the words from ``first`` to before the head ``h`` are a name, not a kind:
    capitalized in text with capitals, in ASR a rare word, a person's name with a
    possessive (``rosie's``) or a word after a place preposition (``at mass general``, ``at
    the dollar general``)."""
    words = [k for k in range(first, h) if view.keys[k]]
    if all(view.bases[k] in GENERIC or view.bases[k] in NOT_PERSON and not (
            view.bases[k] in COMPASS and view.capitalized(k) and view.shapes[h].cap)
           for k in words):
        return False  # (but "the Eastern General": a compass word, capitalized, names one)
    if not view.lowercase:
        return all(view.shapes[k].cap for k in words) and (
            view.capitalized(first) or view.shapes[h].cap)
    base = view.bases[first]
    if view.bases[h] == "unit":
        return zipf(base) < 1.5 and not base.endswith(CLINICAL_ENDINGS)  # "the kelso unit"
    if zipf(base) < 4.0 or (view.keys[first] != base and strength(base) >= WEAK):
        return True
    name = view.prev_word(h, cross=False)
    if view.bases[h] in _CUED_HEADS and name is not None and _after_place(view, name):
        return True  # the one word before the head: "hospital rowan wing"
    return view.bases[h] in _BARE_END_HEADS and _after_place(view, first)




def _ends_name(view: View, k: int) -> bool:
    """Whether the word at ``k`` ends a name: no noun after it (``st anne's private last
    year``, not ``st anne's private rooms``)."""
    after = view.next_word(k, cross=False, pauses=False)
    return after is None or view.keys[after] in FUNCTION_WORDS or view.keys[after] in _TIME_AFTER \
        or view.keys[after] in SPOKEN_PUNCTUATION  # "Surgery Unit 5 comma" in a dictation


def _after_place(view: View, first: int) -> bool:
    """Whether a place preposition (``at the``, ``near the``) or a hospital's head comes
    right before the name that starts at ``first``: ``working at the dollar general``."""
    p = view.prev_word(first, cross=False, pauses=False)
    if p is not None and view.keys[p] == "the":
        p = view.prev_word(p, cross=False, pauses=False)
    return p is not None and (view.keys[p] in _PLACE_PREPOSITIONS + ("near",)
                              or view.bases[p] in ("hospital", "infirmary"))


# Verbs and marks said before a place's name, never inside it: "visit www lahug rehab",
# "take care".
_BEFORE_NAMES = frozenset("""visit visiting visited call calling called contact see seeing
take taking took takes go going went come coming join joined www since because although
though unless until whereas once notify notified inform informed tell told ask asked send
sent refer referred""".split())


def _name_words_before(view: View, h: int) -> int | None:
    """The first of the (up to four) name words before a head, generic ones in front
    dropped; ``None`` when no word names the place."""
    words: list[int] = []
    if view.opens_bracket(h):
        return None  # "Ms. Ng (pharmacy)": the bracket holds her role, not a place's name
    p = view.prev_word(h, cross=False, pauses=False)
    while p is not None and len(words) < 4:
        key = view.keys[p]
        if key in FUNCTION_WORDS or key in DETERMINERS or key in NUMBER_WORDS or key in TITLES \
                or view.bases[p] in FUNCTION_WORDS or key in _BEFORE_NAMES or key in AUXILIARIES \
                or hesitation(key) \
                or not key.replace("'", "").replace("-", "").replace(".", "").isalpha():
            break
        if not view.lowercase and not view.shapes[p].cap or any(
                view.texts[k] in SPACED_DASHES for k in range(p + 1, words[0] if words
                                                                     else h)):
            break  # "Wren – Hospital Porter": a dash sets the name apart
        words.insert(0, p)
        if view.opens_bracket(p):
            p = None  # "(Mercy General)": the name starts at the bracket
            break
        p = view.prev_word(p, cross=False, pauses=False)
    if not words:
        return None
    if p is not None and view.keys[p] in _PLACE_PREPOSITIONS:
        return words[0]  # "at general hospital": no article, so the words are its name
    while words and (view.bases[words[0]] in GENERIC or view.keys[words[0]] in GENERIC
                     or (view.lowercase and _common(view.bases[words[0]])
                         and not _after_place(view, words[0]))):
        words.pop(0)  # "the local", and in ASR a common word: "we can schedule wrist clinic"
    return words[0] if words else None


def _common(base: str) -> bool:
    """A common word that is neither a name nor a landform (``valley``, ``lake``)."""
    info = name_info(base)
    return zipf(base) >= COMMON and base not in NOT_PERSON and not (info and info.proper)


def _a_kind(view: View, first: int, h: int) -> bool:
    """``a``/``an`` before a facility whose name words are all common English: a kind
    (``a Long Term Care Unit``, ``an Urgent Care``), not a named place (``a Walgreens``)."""
    p = view.prev_word(first, cross=False, pauses=False)
    return p is not None and view.keys[p] in ("a", "an") and all(
        zipf(view.bases[k]) >= 3.5 for k in range(first, h) if view.keys[k])
