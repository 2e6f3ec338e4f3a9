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
from .knowledge import DEPARTMENTS, drug_like, place_info, place_lengths
from .numbers import (DIGIT_WORDS, NUMBER_WORDS, ORDINAL_TENS, ORDINAL_UNITS, TENS, cardinal,
                      counting)
from .spans import Span, word_span
from .house_again import house_again
from .units import HOUSE as _HOUSE, find_rooms, leading_streets, numbered_parts, unit_before
from .view import FILLERS, View

_CLEAR = frozenset("""street road rd avenue ave lane ln boulevard blvd highway hwy
parkway pkwy crescent terrace""".split())
_AMBIGUOUS = frozenset("way close court ct place pl square row walk drive dr grove gardens "
                       "circle trail mews hill st rise vale view green parade wynd brae chase "
                       "croft quay wharf".split())
#: Words that end a street's name, clear or not ("glenmoyle park").
STREET_WORDS = _CLEAR | _AMBIGUOUS | {"park", "heights", "estate", "gardens"}
# Words before a street word that describe the street instead of naming it.
_NOT_NAMES = frozenset("""same other busy quiet long short wrong right next dirt back side
country major open icy narrow wide steep one-way this that every each whole""".split())
# Two-letter words said in talk, never a postcode's letters.
_SHORT_WORDS = frozenset("um uh er eh ah oh ok hm mm yo ya ha ho hi".split())
_OUTWARD = regex.compile(r"[a-z]{1,2}\d[a-z\d]?")
_INWARD = regex.compile(r"\d[a-z]{2}")
# An Irish Eircode: a routing key and four letters and digits ("D02 X285").
_EIRCODE = regex.compile(r"[a-z]\d{2} (?=[a-z\d]*[a-z])[a-z\d]{4}|d6w (?=[a-z\d]*[a-z])[a-z\d]{4}")
_SPELLED = regex.compile(r"[a-z\d](?:-[a-z\d]){1,3}")
#: Words that ask for or announce a postcode.
POSTCODE_CUES = frozenset({"postcode", "postcodes", "zip", "zipcode", "postal", "post",
                            "pin", "pincode", "eircode"})
_STATE_CODES = frozenset("""al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi
mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy""".split())


def find_addresses(view: View) -> list[Span]:
    spans = []
    for i in view.positions(_CLEAR | _AMBIGUOUS):
        span = _street_at(view, i)
        if span is not None:
            spans.append(span)
            spans.extend(_after_street(view, span.last))
            spans.extend(_business_on(view, span.first))
    spans += _written_postcodes(view)
    spans += _spoken_postcodes(view)
    return spans + find_rooms(view) + leading_streets(view) + numbered_parts(view)


def _street_at(view: View, s: int) -> Span | None:
    """The street whose street word is at token ``s``."""
    key = view.keys[s]
    after = view.next_word(s, cross=False)
    if key in ("st", "dr") and after is not None and view.shapes[after].cap:
        return None  # "St Mary's", "Dr Lee": a title before a name
    names: list[int] = []
    p = view.prev_word(s, cross=False, pauses=False)
    while p is not None and len(names) < 3:
        k = view.keys[p]
        if _ordinal_name(k) and (view.lowercase or view.shapes[p].cap or k[:1].isdigit()):
            names.insert(0, p)  # "Second Cross Street", "5th avenue"
            p = view.prev_word(p, cross=False, pauses=False)
            break
        if k in FUNCTION_WORDS or k in DETERMINERS or k in NUMBER_WORDS or k[:1].isdigit() \
                or not k.replace("'", "").replace("-", "").isalpha():
            break
        if not view.lowercase and not view.shapes[p].cap:
            break
        names.insert(0, p)
        p = view.prev_word(p, cross=False, pauses=False)
    if not names:
        # "eleven <UNIN/> Street": the name unheard, the number and the street word said
        number = _house_number(view, s) if key in _CLEAR else None
        return word_span(view, number, s, "LOCATION", "STREET") if number is not None else None
    if view.bases[names[-1]] in _NOT_NAMES:
        return None
    number = _house_number(view, names[0])
    if number is None and view.lowercase and p is not None and view.keys[p] in DETERMINERS:
        return None  # "on the high street", "the ring road": a kind of street
    if key in _AMBIGUOUS and number is None and not (view.capitalized(names[0])
                                                    and view.shapes[s].cap):
        return None
    first = number if number is not None else names[0]
    if number is not None:
        first = unit_before(view, first)
    return word_span(view, first, s, "LOCATION", "STREET")


def _business_on(view: View, street: int) -> list[Span]:
    """``the walgreens on elm avenue``, ``the Primark on Henry Street``: a business placed
    by its street is named by the word before ``on``."""
    p = view.prev_word(street, cross=False, pauses=False)
    if p is None or view.keys[p] not in ("on", "off"):
        return []
    b = view.prev_word(p, cross=False, pauses=False)
    d = view.prev_word(b, cross=False, pauses=False) if b is not None else None
    if b is None or d is None or view.keys[d] != "the":
        return []
    base = view.bases[b]
    if not base.isalpha() or base in FUNCTION_WORDS or base in GENERIC or base in DEPARTMENTS \
            or drug_like(base):
        return []
    named = view.capitalized(b) if not view.lowercase else zipf(base) < 3.5
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
    for _ in range(2):
        found = _number_group(view, p) if p is not None else None
        if found is None:
            break
        start = found
        p = view.prev_word(found, cross=False)
    return start




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


def _spoken_number_start(view: View, last: int) -> int | None:
    """The first token of a spoken number that ends at ``last`` (``two hundred and four``)."""
    if view.keys[last] not in NUMBER_WORDS:
        return None
    first = last
    p = view.prev_word(first, cross=False, pauses=False)
    while p is not None and (view.keys[p] in NUMBER_WORDS or view.keys[p] == "and"):
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
    if j is None or not _letters(view, j):
        return []
    end = _code_run(view, j, 99)
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
        found, end = _place_at(view, j)
        if found is not None or key in _STATE_CODES and view.lowercase is False:
            spans.append(word_span(view, j, end, "LOCATION", found[0] if found else "STATE",
                                   "list"))
            j = end
        elif regex.fullmatch(r"\d{5}(?:-\d{4})?", key):
            spans.append(word_span(view, j, j, "LOCATION", "ZIP", "pattern"))
            break  # a postcode closes the address
        elif (code := _code_run(view, j, 4 if spans else 5)) is not None:
            spans.append(word_span(view, j, code, "LOCATION", "ZIP", "pattern"))
            break
        elif k == 0 and _town_like(view, j):
            spans.append(word_span(view, j, j, "LOCATION", "CITY"))
        else:
            break
        j = view.next_word(j, cross=False)
    return spans


_FLATS = frozenset("flat apartment apt unit suite".split())


def _unit_after(view: View, j: int | None) -> int | None:
    """The number of a flat named right after a street (``apartment four``): its token."""
    if j is None or view.keys[j] not in _FLATS:
        return None
    k = view.next_word(j, cross=False, pauses=False)
    return k if k is not None and (_HOUSE.fullmatch(view.keys[k]) or (
        view.keys[k] in NUMBER_WORDS and view.keys[k] not in ("a", "one"))) else None


def _place_at(view: View, j: int) -> tuple[tuple[str, int, bool] | None, int]:
    """The gazetteer's place that starts at token ``j`` (``new south wales``) and the token
    it ends at."""
    words, where = view.run(j, place_lengths().get(view.keys[j], 1), pauses=False)
    for size in range(len(words), 0, -1):
        found = place_info(" ".join(words[:size]))
        if found is not None:
            return found, where[size - 1]
    return None, j


def _town_like(view: View, j: int) -> bool:
    """A word that can name a town: capitalized in text with capitals, rare in ASR."""
    key = view.bases[j]
    if not key.isalpha() or key in FUNCTION_WORDS or len(key) < 3:
        return False
    return view.shapes[j].cap and not view.lowercase or (view.lowercase and zipf(key) < 3.0)


def _written_postcodes(view: View) -> list[Span]:
    spans = []
    for key in {k for k in set(view.keys) if _OUTWARD.fullmatch(k)}:
        for i in view.positions({key}):
            j = view.next_word(i, cross=False, pauses=False)
            whole = j is not None and (_INWARD.fullmatch(view.keys[j]) or (
                _EIRCODE.fullmatch(view.keys[i] + " " + view.keys[j])
                and view.texts[j][:4].isupper()))
            if j is not None and whole and (view.lowercase or view.texts[i].isupper()):
                spans.append(word_span(view, i, j, "LOCATION", "ZIP", "pattern"))
            elif _cued(view, i):
                spans.append(word_span(view, i, i, "LOCATION", "ZIP", "pattern"))
    for key in {k for k in set(view.keys) if regex.fullmatch(r"\d{5}(?:-\d{4})?", k)}:
        for i in view.positions({key}):
            p = view.prev_word(i, cross=False)
            if p is not None and (view.keys[p] in _STATE_CODES or _state(view.keys[p])) \
                    or _cued(view, i):
                spans.append(word_span(view, i, i, "LOCATION", "ZIP", "pattern"))
    for key in {k for k in set(view.keys) if regex.fullmatch(r"\d{4}|\d{6}", k)}:
        for i in view.positions({key}):
            q, near = view.prev_word(i, cross=False), 0
            while q is not None and near < 4 and not _is_cue(view, q):
                q, near = view.prev_word(q, cross=False), near + 1
            if q is not None and near < 4:  # "postcode is 2000", "pin code 560034"
                spans.append(word_span(view, i, i, "LOCATION", "ZIP", "pattern"))
    return spans


def _state(key: str) -> bool:
    found = place_info(key)
    return found is not None and found[0] == "STATE"


def _cued(view: View, i: int, reach: int = 30) -> bool:
    """Whether a postcode or address cue came in the words before token ``i``."""
    p = view.prev_word(i)
    for _ in range(reach):
        if p is None:
            return False
        if _is_cue(view, p) or view.bases[p] == "address":
            return True
        p = view.prev_word(p)
    return False


def _is_cue(view: View, i: int) -> bool:
    """``postcode``, ``zip (code)``, ``post code``, ``postal code`` at token ``i``."""
    key = view.bases[i]
    if key not in POSTCODE_CUES:
        return False
    if key in ("post", "postal", "pin"):
        j = view.next_word(i, cross=False, pauses=False)
        return j is not None and view.keys[j] == "code"
    return True


def codes_after_places(view: View, spans: list[Span]) -> list[Span]:
    """Four or more digits said right after a town or state found (``in Wagga Wagga, two
    six five oh``): its postcode; a ZIP said in pairs opens with a tens word (``Fresno
    ninety three seven two one``)."""
    out = []
    for span in spans:
        if span.category != "LOCATION" or span.subtype not in ("CITY", "STATE"):
            continue
        j = view.next_word(span.last, cross=False)
        end = _code_run(view, j, 4) if j is not None else None
        words = [view.keys[k] for k in range(j, end + 1)] if j is not None and end else []
        if j is not None and end is not None and (view.keys[j] in DIGIT_WORDS
                                                  or view.keys[j] in TENS) \
                and not counting([w for w in words if w]):
            out.append(word_span(view, j, end, "LOCATION", "ZIP", "pattern"))
    return out + house_again(view, spans)


def _spoken_postcodes(view: View) -> list[Span]:
    """Letters and digits said after a postcode or ZIP cue (``AB one CB two``)."""
    spans = []
    for cue in view.positions(POSTCODE_CUES):
        if not _is_cue(view, cue):
            continue
        j = view.next_word(cue)
        for _ in range(30):
            if j is None:
                break
            end = _code_run(view, j, 4)
            k = view.next_word(j, cross=False)
            if end is None and view.keys[j] in ("a", "i") and k is not None \
                    and view.keys[k] in DIGIT_WORDS:
                end = _code_run(view, k, 4, lead=True)  # "a nine six x two": a letter first
            if end is not None:
                spans.append(word_span(view, j, end, "LOCATION", "ZIP", "pattern"))
                break
            j = view.next_word(j)
    return spans


def _code_run(view: View, j: int, fewest: int = 5, lead: bool = False) -> int | None:
    """The last token of a spoken code that starts at ``j``: letters and digit words mixed,
    with a letter first and a digit in it (``W six five``), or ``fewest`` digits (a ZIP; four
    after a cue or a town, as Australia's and many others). ``lead``: a letter was said
    before ``j`` (an ``a`` or an ``i``, which alone are words)."""
    letters = digits = 0
    last = None
    k: int | None = j
    while k is not None:
        key = view.keys[k]
        if _letters(view, k) or (last is not None and key in ("a", "i")):
            letters += 1
        elif key in DIGIT_WORDS or key in NUMBER_WORDS or (key.isdigit() and len(key) <= 2):
            digits += 1
        elif _OUTWARD.fullmatch(key) or _INWARD.fullmatch(key):
            letters += 1
            digits += 1
        elif _SPELLED.fullmatch(key):  # "k-4-m": spelled out with hyphens
            letters += sum(ch.isalpha() for ch in key)
            digits += sum(ch.isdigit() for ch in key)
        else:
            break
        last = k
        k = view.next_word(k, cross=False)
    first_is_letter = lead or _letters(view, j) or bool(_OUTWARD.fullmatch(view.keys[j])) or (
        bool(_SPELLED.fullmatch(view.keys[j])) and view.keys[j][0].isalpha())
    if last is not None and ((first_is_letter and digits and letters + digits >= 2)
                             or (not letters and digits >= fewest)):
        return last
    return None


def _letters(view: View, k: int) -> bool:
    """One or two letters said as letters: ``W``, ``AB`` (capitals), or ``w`` in ASR."""
    key, core = view.keys[k], view.shapes[k].core
    if not key.isalpha() or len(key) > 2:
        return False
    if view.lowercase:  # "dn", "qt": two letters that are no word
        return (len(key) == 1 and key not in ("a", "i")) or (
            key not in FUNCTION_WORDS and key not in _SHORT_WORDS and zipf(key) < 4.0)
    return core.isupper()
