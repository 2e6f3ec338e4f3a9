"""Street addresses and postcodes, written or spoken.

A street is a house number and name words before a street word (``fifteen Elm Street``,
``221b baker st``); the number belongs to the span. Without a number the name words must
name something (``on maple avenue``; not ``across the road``). Words that can also be
ordinary nouns (``way``, ``close``, ``court``, ``drive``) make a street only after a house
number or with capitals. A postcode is written (``SW1A 1AA``, ``02139`` after a state) or
spoken after a question about it (``postcode? ... AB one CB two``, ``zip code five five
one oh one``).

>>> from cleanup.transcript import Transcript
>>> from .view import FILLERS, View
>>> v = View.of(Transcript.from_text("Uh, fifteen Elm Street. And the postcode? It's W six five"))
>>> [(s.subtype, v.texts[s.first], v.texts[s.last]) for s in find_addresses(v)]
[('STREET', 'fifteen', 'Street.'), ('ZIP', 'W', 'five')]
"""
from __future__ import annotations

import regex

from ..lexicon import DETERMINERS, FUNCTION_WORDS, zipf
from .facilities import GENERIC
from .knowledge import DEPARTMENTS, TITLES, drug_like
from .numbers import (DIGIT_WORDS, NUMBER_WORDS, ORDINAL_TENS, ORDINAL_UNITS, TENS, cardinal,
                      counting, split_words)
from .spans import Span, word_span
from .foreign_streets import find_foreign_streets
from .gazetteer import place_at
from .house_again import house_again
from .places import with_tail
from .postcodes import POSTCODE_CUES as POSTCODE_CUES  # re-exported for contacts
from .postcodes import (STATE_CODES, code_run, letters_said, spoken_postcodes,
                        written_postcodes)
from .units import HOUSE as _HOUSE, find_rooms, leading_streets, numbered_parts, unit_before
from .view import FILLERS, SPACED_DASHES, View

_CLEAR = frozenset("""street road rd avenue ave lane ln boulevard blvd highway hwy
parkway pkwy crescent terrace""".split())
_AMBIGUOUS = frozenset("way close court ct place pl square row walk drive dr grove gardens "
                       "circle trail mews hill st rise vale view green parade wynd brae chase "
                       "croft quay wharf plaza turnpike expressway freeway alley commons"
                       .split())
#: Words that end a street's name, clear or not ("glenmoyle park").
STREET_WORDS = _CLEAR | _AMBIGUOUS | {"park", "heights", "estate", "gardens"}
# Compass words before a numbered street's ordinal: "South 3rd Street", "W 42nd St".
_COMPASS = frozenset("north south east west northeast northwest southeast southwest n s e w "
                     "ne nw se sw".split())
# Words before a street word that describe the street instead of naming it.
_NOT_NAMES = frozenset("""same other busy quiet long short wrong right next dirt back side
country major open icy narrow wide steep one-way this that every each whole""".split())
# What says a box is a post office's: "PO Box 12", "P.O. Box", "GPO Box", "post office box".
_POST = frozenset({"po", "p.o", "gpo", "pob", "office"})


def _post_boxes(view: View) -> list[Span]:
    """``GPO Box 918``, ``P.O. Box 12``, ``post office box five five two``: a postal box and
    its number, an address as a street is (the post office's letters belong to it)."""
    spans = []
    for i in view.positions({"box"}):
        p = i - 1 if i and view.keys[i - 1] else None  # "P.O. Box": its period ends nothing
        if p is None or view.keys[p] not in _POST and not (
                view.keys[p] == "o" and p > 0 and view.keys[p - 1] == "p"):
            continue
        if view.keys[p] == "office" and (p == 0 or view.keys[p - 1] != "post"):
            continue  # "the office box 4": no post office's
        first = p - 1 if view.keys[p] in ("o", "office") else p
        words, where = view.run(i, 8, pauses=False)
        end = 0
        for k, w in enumerate(words[1:], 1):
            if not (w.isdigit() or w in DIGIT_WORDS or w in NUMBER_WORDS):
                break
            end = k
        if end:
            spans.append(word_span(view, first, where[end], "LOCATION", "STREET"))
    return spans


def find_addresses(view: View) -> list[Span]:
    spans = []
    for i in view.positions(_CLEAR | _AMBIGUOUS):
        span = _street_at(view, i)
        if span is not None:
            spans.append(span)
            spans.extend(_after_street(view, span.last))
            spans.extend(_business_on(view, span.first))
    spans += written_postcodes(view)
    spans += spoken_postcodes(view)
    spans += _post_boxes(view)
    spans += _numbered_roads(view)
    return spans + find_rooms(view) + leading_streets(view) + numbered_parts(view) \
        + find_foreign_streets(view)


def _street_at(view: View, s: int) -> Span | None:
    """The street whose street word is at token ``s``."""
    key = view.keys[s]
    after = view.next_word(s, cross=False)
    if key in ("st", "dr") and after is not None and view.shapes[after].cap \
            and not (view.sentence_start(after) and not view.captions) \
            and not view.shapes[s].pause:
        return None  # "St Mary's", "Dr Lee": a title before a name (not at a line's end)
    names: list[int] = []
    p = view.prev_word(s, cross=False, pauses=False)
    while p is not None and len(names) < 3:
        k = view.keys[p]
        if _ordinal_name(k) and (view.lowercase or view.shapes[p].cap or k[:1].isdigit()):
            names.insert(0, p)  # "Second Cross Street", "5th avenue"
            p = view.prev_word(p, cross=False, pauses=False)
            if p is not None and view.keys[p].rstrip(".") in _COMPASS and (
                    view.lowercase or view.shapes[p].cap):
                names.insert(0, p)  # "612 North 4th Avenue"
                p = view.prev_word(p, cross=False, pauses=False)
            break
        if _initials_after_number(view, p, names):
            names.insert(0, p)  # "27 bq marlowe street": initials said as a word
            p = view.prev_word(p, cross=False, pauses=False)
            break
        if k in FUNCTION_WORDS or k in DETERMINERS or number_word(k) or k[:1].isdigit() \
                or not k.replace("'", "").replace("-", "").isalpha():
            break
        if not view.lowercase and not view.shapes[p].cap and not _said_low(view, s):
            break
        if view.closes_bracket(p) or any(view.texts[t] in SPACED_DASHES
                                         for t in range(p + 1, names[0] if names else s)):
            break  # "Care Unit (NICU)] – [Ines Vale": a bracket or a dash ends the name
        names.insert(0, p)
        p = view.prev_word(p, cross=False, pauses=False)
    if not names:
        # "eleven <UNIN/> Street": the name unheard, the number and the street word said
        number = _house_number(view, s) if key in _CLEAR else None
        if number is None or _after_determiner(view, number):
            return None  # "a two lane road": the lanes counted
        return word_span(view, number, s, "LOCATION", "STREET")
    if view.bases[names[-1]] in _NOT_NAMES or any(view.keys[n] in TITLES for n in names):
        return None  # "Doctor Green", "Mrs Close": a title before a surname
    number = _house_number(view, names[0])
    if number is None and view.lowercase and p is not None and view.keys[p] in DETERMINERS:
        return None  # "on the high street", "the ring road": a kind of street
    if key in _AMBIGUOUS and number is None and not (view.capitalized(names[0])
                                                    and view.shapes[s].cap):
        return None
    if key in _AMBIGUOUS and number is None and view.shapes[s].core.isupper() and \
            not view.lowercase:
        return None  # "the Pet CT", "a PET CT": a scan's initials, no "Court"
    if not view.lowercase and view.keys[names[0]][:1].isalpha() and \
            not view.shapes[names[0]].cap and (number is None or _after_determiner(view, number)):
        return None  # a lowercase street in text with capitals needs its house number
    first = number if number is not None else names[0]
    if number is not None:
        first = unit_before(view, first)
    return word_span(view, first, s, "LOCATION", "STREET")


def _after_determiner(view: View, i: int) -> bool:
    """``a 2 lane road``: a number after an article counts the street's parts."""
    p = view.prev_word(i, cross=False)
    return p is not None and view.keys[p] in DETERMINERS


def _said_low(view: View, s: int) -> bool:
    """Whether the street word at ``s`` may close a street written in lowercase in text
    with capitals (``we live at forty two larchmont road, Fairhaven``): a clear street word,
    itself lowercase, that ends its phrase (``street tacos`` is a dish). Its house number is
    required after."""
    if view.keys[s] not in _CLEAR or view.shapes[s].cap:
        return False
    n = view.next_word(s, cross=False)
    return n is None or view.shapes[s].pause or view.keys[n] in FUNCTION_WORDS


def _numbered_roads(view: View) -> list[Span]:
    """``Road Number 4``, ``street no. 12``: a street known by its number after the street
    word and ``number``."""
    spans = []
    for i in view.positions(_CLEAR - {"crescent", "terrace"}):
        j = view.next_word(i, cross=False, pauses=False)
        if j is None or view.keys[j].rstrip(".") not in ("number", "no"):
            continue
        k = view.next_word(j, cross=False, pauses=False)
        if k is None:
            continue
        words, where = view.run(k, 3, pauses=False)
        value = cardinal(words) if not view.keys[k].isdigit() or len(view.keys[k]) < 4 else None
        if value is not None:
            first = _flat_before(view, i)
            spans.append(word_span(view, first, where[value[1] - 1], "LOCATION", "STREET"))
            spans.extend(_after_street(view, where[value[1] - 1]))  # "..., Road No 4, Thane"
    return spans


def _flat_before(view: View, i: int) -> int:
    """Where an address that ends in a numbered road starts when a flat opens it, in text
    with capitals: ``Flat 12, C Wing, Palm Society, Road Number 4`` (capitalized words,
    letters and numbers back to the flat's word)."""
    p, seen = view.prev_word(i, cross=False), 0
    while not view.lowercase and p is not None and seen < 8:
        key = view.keys[p]
        if view.bases[p] in _FLATS:
            return p
        if not (view.shapes[p].cap or _HOUSE.fullmatch(key)) or key in FUNCTION_WORDS:
            break
        p, seen = view.prev_word(p, cross=False), seen + 1
    return i


# Two-letter words that are never a street name's initials or particle.
_NOT_INITIALS = frozenset("on in at to of by up or is it we he me my us so no an am".split())


def _initials_after_number(view: View, p: int, names: list[int]) -> bool:
    """Whether the two-letter word at ``p``, between a house number in digits and a
    street's name, is part of the name (``27 bq marlowe street``, ``9 de la rosa st``)."""
    q = view.prev_word(p, cross=False, pauses=False)
    k = view.keys[p]
    return bool(names) and len(k) == 2 and k.isalpha() and k not in _NOT_INITIALS \
        and q is not None and _HOUSE.fullmatch(view.keys[q]) is not None


# Places said after "to" or "at" with no article: "to work on Elm Street".
_BARE_PLACES = frozenset("""work school church home town bed class lunch dinner breakfast
court college mass camp sea night noon hospital chapel prison jail market university
uni nursery work""".split())


def _business_on(view: View, street: int) -> list[Span]:
    """``the walgreens on elm avenue``, ``the Primark on Henry Street``, ``sent to boots on
    mill street``: a business placed by its street is named by the word before ``on``."""
    p = view.prev_word(street, cross=False, pauses=False)
    if p is None or view.keys[p] not in ("on", "off"):
        return []
    b = view.prev_word(p, cross=False, pauses=False)
    d = view.prev_word(b, cross=False, pauses=False) if b is not None else None
    if b is None or d is None or view.keys[d] not in ("the", "to", "at", "from"):
        return []
    base = view.bases[b]
    if not base.isalpha() or base in FUNCTION_WORDS or base in GENERIC or base in DEPARTMENTS \
            or drug_like(base) or base in _BARE_PLACES:
        return []
    rare = 3.5 if view.keys[d] == "the" else 5.0  # "sent to boots on mill street"
    named = view.capitalized(b) if not view.lowercase else zipf(base) < rare
    return [word_span(view, b, b, "LOCATION", "ORGANIZATION")] if named else []


def _ordinal_name(key: str) -> bool:
    """An ordinal that names a street: ``second``, ``fifth``, ``5th``, ``twenty-third``."""
    return key in ORDINAL_UNITS or key in ORDINAL_TENS or bool(
        regex.fullmatch(r"\d{1,3}(?:st|nd|rd|th)|[a-z]+-(?:first|second|third|[a-z]+th)", key))


def _house_number(view: View, first_name: int) -> int | None:
    """Where the house number before a street's name starts: ``221b``, ``two hundred``,
    ``four oh five, nine C,`` (a house number and a flat number, commas between)."""
    start = None
    p = view.prev_word(first_name, cross=False)
    for turn in range(2):
        found = _number_group(view, p) if p is not None else None
        if found is None or (turn and _year(view, found)):
            break  # "born in nineteen fifty, forty-one Elm Road": a year, not a flat
        start = found
        p = view.prev_word(found, cross=False)
    return start




def _year(view: View, first: int) -> bool:
    """Whether the spoken number at ``first`` is a year (``nineteen fifty``)."""
    words, _ = view.run(first, 2, pauses=False)
    return len(words) == 2 and words[0] in ("nineteen", "twenty") and words[1] in TENS


def _number_group(view: View, p: int) -> int | None:
    """Where a house or flat number that ends at token ``p`` starts: ``221b``, ``nine C``,
    ``twenty two b``, ``four oh five``, ``two hundred and four``."""
    key = view.keys[p]
    if _HOUSE.fullmatch(key):
        return p
    if len(key) == 1 and key.isalpha() and p > 0:  # "twenty two b"
        q = view.prev_word(p, cross=False, pauses=False)
        return _spoken_number_start(view, q) if q is not None else None
    return _spoken_number_start(view, p)


def number_word(key: str) -> bool:
    """A number's word, hyphenated ones too: ``four``, ``forty-one``."""
    return key in NUMBER_WORDS or split_words([key]) != [key]


def _spoken_number_start(view: View, last: int) -> int | None:
    """The first token of a spoken number that ends at ``last`` (``two hundred and four``,
    ``forty-one``)."""
    if not number_word(view.keys[last]):
        return None
    first = last
    p = view.prev_word(first, cross=False, pauses=False)
    while p is not None and (number_word(view.keys[p]) or view.keys[p] == "and"):
        first = p
        p = view.prev_word(p, cross=False, pauses=False)
    while view.keys[first] == "and":
        nxt = view.next_word(first)
        if nxt is None:
            return None
        first = nxt
    if first == last and view.keys[last] in ("one", "oh", "o") and not _house_one(view, last):
        return None  # "down one road": a number, not a house's
    words, _ = view.run(first, 8, pauses=False)
    words = split_words(words)
    return first if cardinal(words) is not None or words[0] in DIGIT_WORDS else None


def _house_one(view: View, k: int) -> bool:
    """Whether a lone ``one`` at ``k`` is a house's number: after ``number`` (``number one
    Mercer Street``) or before a capitalized name in text with capitals (``it's one Tolland
    Avenue``)."""
    p, n = view.prev_word(k, cross=False), view.next_word(k, cross=False, pauses=False)
    return (p is not None and view.keys[p] == "number") or (
        n is not None and view.capitalized(n) and view.keys[n] not in FUNCTION_WORDS)


def _code_next_sentence(view: View, last: int) -> list[Span]:
    """A postcode said as the next sentence after a street (``Fenwick Road. Er, LS four
    two KT.``): letters first, then digits and letters."""
    j = view.next_word(last)
    while j is not None and view.keys[j] in FILLERS:
        j = view.next_word(j, cross=False)
    if j is None or not letters_said(view, j):
        return []
    end = code_run(view, j, 99)
    return [] if end is None else [word_span(view, j, end, "LOCATION", "ZIP", "pattern")]


def _after_street(view: View, last: int) -> list[Span]:
    """The town, state and ZIP that follow a street (``..., springfield, il 62704``); the
    first name after the street is its town even when no list knows it (``Halberd Road,
    Dunmore``)."""
    spans = []
    j = view.next_word(last, cross=False)
    if j is None:
        return _code_next_sentence(view, last)
    if view.keys[j] == "comma":
        j = view.next_word(j, cross=False)  # dictated punctuation: "Road comma Leeds"
    while j is not None and view.keys[j] in FILLERS:
        j = view.next_word(j, cross=False)
    unit = _unit_after(view, j)
    if j is not None and unit is not None:  # "Elm Street, uh, apartment four b": the flat
        spans.append(word_span(view, j, unit, "LOCATION", "STREET", "pattern"))
        j = view.next_word(unit, cross=False)
    if j is not None and view.keys[j] in ("in", "near", "off", "now"):
        j = view.next_word(j, cross=False)  # "on Mill Road near Tolworth"
    if j is not None and view.keys[j] == "number":  # "Hill Street, number 12-4"
        k = view.next_word(j, cross=False, pauses=False)
        if k is not None and _HOUSE.fullmatch(view.keys[k]):
            return [word_span(view, k, k, "LOCATION", "STREET", "pattern")]
    for k in range(4):
        if j is None:
            break
        key = view.keys[j]
        hit = place_at(view, j)
        if hit is not None or key in STATE_CODES and view.lowercase is False:
            end, kind = (hit[0], hit[1][0]) if hit is not None else (j, "STATE")
            spans.append(with_tail(view, word_span(view, j, end, "LOCATION", kind, "list")))
            j = spans[-1].last
        elif regex.fullmatch(r"\d{5}(?:-\d{4})?", key):
            spans.append(word_span(view, j, j, "LOCATION", "ZIP", "pattern"))
            break  # a postcode closes the address
        elif (code := code_run(view, j, 4 if spans else 5)) is not None:
            spans.append(word_span(view, j, code, "LOCATION", "ZIP", "pattern"))
            break
        elif k == 0 and _town_like(view, j):
            spans.append(with_tail(view, word_span(view, j, j, "LOCATION", "CITY")))
            j = spans[-1].last
        else:
            break
        j = view.next_word(j, cross=False)
    return spans


_FLATS = frozenset("flat apartment apt unit suite".split())


def _unit_after(view: View, j: int | None) -> int | None:
    """The number of a flat named right after a street (``apartment four``, ``# 206``,
    ``#12B``): its token."""
    if j is not None and _HOUSE.fullmatch(view.keys[j]) and (
            view.texts[j].startswith("#") or j > 0 and view.texts[j - 1] == "#"):
        return j
    if j is None or view.keys[j] not in _FLATS:
        return None
    k = view.next_word(j, cross=False, pauses=False)
    return k if k is not None and (_HOUSE.fullmatch(view.keys[k]) or (
        view.keys[k] in NUMBER_WORDS and view.keys[k] not in ("a", "one"))) else None


def _town_like(view: View, j: int) -> bool:
    """A word that can name a town: capitalized in text with capitals, rare in ASR."""
    key = view.bases[j]
    if not key.isalpha() or key in FUNCTION_WORDS or len(key) < 3:
        return False
    return view.shapes[j].cap and not view.lowercase or (view.lowercase and zipf(key) < 3.0)


def codes_after_places(view: View, spans: list[Span]) -> list[Span]:
    """Four or more digits said right after a town or state found (``in Wagga Wagga, two
    six five oh``): its postcode; a ZIP said in pairs opens with a tens word (``Fresno
    ninety three seven two one``)."""
    out = []
    for span in spans:
        if span.category != "LOCATION" or span.subtype not in ("CITY", "STATE"):
            continue
        j = view.next_word(span.last, cross=False)
        end = code_run(view, j, 4) if j is not None else None
        words = [view.keys[k] for k in range(j, end + 1)] if j is not None and end else []
        if j is not None and end is not None and (view.keys[j] in DIGIT_WORDS
                                                  or view.keys[j] in TENS) \
                and not counting([w for w in words if w]):
            out.append(word_span(view, j, end, "LOCATION", "ZIP", "pattern"))
    return out + house_again(view, spans)
