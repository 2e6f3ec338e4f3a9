"""Landmarks: named bridges, reservoirs, woods and markets where someone goes or is.

A landmark is its name words and a head that says what kind of place it is (``Third
Mainland Bridge``, ``Ogden Water``, ``Kelsall Woods``). In text with capitals the name and
the head are capitalized inside a sentence; in lowercase ASR the name is one rare word and a
word of place or movement comes before it (``he walks round fewston reservoir``, ``we
stopped at hallam bridge``). A market with no article after a word of place is named by its
first word, however common (``a vendor at taboan market``), unless that word says a kind of
market (``the stock market``, ``at flea market``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("i walk round fewston reservoir , not the dental bridge"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_landmarks(v)]
[('fewston', 'reservoir')]
"""
from __future__ import annotations

from ..lexicon import DETERMINERS, FUNCTION_WORDS, zipf
from .facility_words import GENERIC
from .knowledge import DEPARTMENTS, NOT_PERSON, TITLES, drug_like, is_protected
from .name_strength import WEAK, strength
from .spans import Span, word_span
from .view import View

_HEADS = frozenset("""bridge water reservoir woods wood forest moor common heath beach pier
dam canal falls flyover stadium market bazaar station roundabout airport lake river creek
mountain mountains""".split())
# Kinds of station and airport, never a name: "the Police Station", "at Regional Airport".
_STATION_KINDS = frozenset("""police fire petrol gas train bus railway tube nurses nurses'
nursing service power radio weather space polling charging work coach underground metro
subway ambulance lifeboat pumping tv filling international regional local domestic
military""".split())
# Words of place or movement before a landmark said in lowercase: "round ogden water".
_BEFORE = frozenset("""round around to at by near past along over across on from up down
under into""".split())
# Kinds of market, never a market's name: "the stock market", "at flea market".
_MARKET_KINDS = frozenset("""stock job housing black flea farmers farmer's farmers' fish meat
super open free property labour labor night street common single mass world global local
financial bull bear online car antique craft christmas food fruit vegetable cattle
wholesale""".split())
# Endings of adjectives (and clinical ones): "carpal", "amniotic", "distilled".
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ed", "ive", "ary", "ish")
_RARE = 3.0  # below this word frequency (zipf) one word in ASR names a landmark
_NAMED = 3.4  # and below this one a word known as a surname or a place's


def find_landmarks(view: View) -> list[Span]:
    spans = _works(view) + _beside(view) + _features_first(view)
    for h in view.positions(_HEADS):
        first = _capitalized_name(view, h) if not view.lowercase else _rare_name(view, h)
        if first is None and view.bases[h] in ("market", "bazaar"):
            first = _bare_market(view, h)
        if first is not None and view.bases[h] in ("station", "airport") \
                and view.bases[view.prev_word(h) or first] in _STATION_KINDS:
            continue  # "the Police Station"
        if first is not None and _ends_name(view, h):
            spans.append(word_span(view, first, h, "LOCATION", "OTHER", "context"))
    return spans


def _ends_name(view: View, h: int) -> bool:
    """Whether the head at ``h`` ends the name: a little word, a pause or nothing after it
    (not ``the South Beach diet``, where the landmark names a thing)."""
    after = view.next_word(h, cross=False, pauses=False)
    return after is None or view.keys[after] in FUNCTION_WORDS or view.keys[after] in _AFTER \
        or view.keys[after].endswith("ing")  # "at taboan market selling fish"


_AFTER = frozenset("""every each today tonight yesterday tomorrow last next this these
when""".split())


def _plain(view: View, k: int) -> bool:
    """Whether the word at ``k`` cannot be a name's word: a little word, a kind, a title."""
    key, base = view.keys[k], view.bases[k]
    return not base.replace("'", "").replace("-", "").isalpha() or key in FUNCTION_WORDS \
        or key in DETERMINERS or base in GENERIC or base in DEPARTMENTS or base in TITLES \
        or drug_like(base)


def _capitalized_name(view: View, h: int) -> int | None:
    """The first of up to three capitalized name words before a capitalized head inside a
    sentence (``on Sandfield Bridge``)."""
    if not view.shapes[h].cap or view.sentence_start(h):
        return None
    first = None
    p = view.prev_word(h, cross=False, pauses=False)
    while p is not None and h - p < 6 and view.shapes[p].cap and not _plain(view, p):
        first = p
        p = view.prev_word(p, cross=False, pauses=False)
    if first is None or (first == view.prev_word(h) and view.bases[first] in NOT_PERSON
                         and view.sentence_start(first)):
        return None
    return first


def _rare_name(view: View, h: int) -> int | None:
    """In lowercase ASR: one rare word before the head, a word of place right before it."""
    p = view.prev_word(h, cross=False, pauses=False)
    if p is None or _plain(view, p) or zipf(view.bases[p]) >= _limit(view.bases[p]) \
            or is_protected((view.bases[p],)) or view.bases[p].endswith(_ADJECTIVE_ENDINGS):
        return None
    q = view.prev_word(p, cross=False, pauses=False)
    return p if q is not None and view.keys[q] in _BEFORE else None


def _limit(base: str) -> float:
    """How common a word before a landmark's head may be: a surname's or a town's word
    (``ogden``) may be commoner than a word English barely knows."""
    return _NAMED if strength(base) >= WEAK else _RARE


def _bare_market(view: View, h: int) -> int | None:
    """``a vendor at taboan market``: a word between a place's preposition and ``market``,
    no article, no kind of market."""
    p = view.prev_word(h, cross=False, pauses=False)
    if p is None or _plain(view, p) or view.bases[p] in _MARKET_KINDS:
        return None
    q = view.prev_word(p, cross=False, pauses=False)
    return p if q is not None and view.keys[q] in ("at", "in", "from", "to", "near") else None


# Trades of a works (a plant or a factory): "the Riverside meat works".
_WORKS = frozenset("""freezing meat steel iron gas glass brick paper sewage engineering
chemical printing print dye cement copper tin lead""".split())


def _works(view: View) -> list[Span]:
    """``at the old Riverside meat works``: a name, a trade and ``works`` name a works
    where someone worked (a capitalized name in text with capitals, a rare one in ASR)."""
    spans = []
    for h in view.positions({"works"}):
        p = view.prev_word(h, cross=False, pauses=False)
        q = view.prev_word(p, cross=False, pauses=False) if p is not None else None
        if p is None or q is None or view.bases[p] not in _WORKS or _plain(view, q):
            continue
        named = view.capitalized(q) if not view.lowercase else zipf(view.bases[q]) < _RARE
        if named:
            spans.append(word_span(view, q, h, "LOCATION", "ORGANIZATION", "context"))
    return spans


# Words of nature that open a place's name: "lake martin", "mount saint helen".
_FEATURES = frozenset("lake mount mt loch".split())


def with_feature(view: View, span: Span) -> Span:
    """A name or a place grown over the word of nature just before it, which makes it a
    place: ``lake martin`` (not the name Martin), ``mount saint helen``."""
    p = view.prev_word(span.first, cross=False, pauses=False)
    if span.category not in ("NAME", "LOCATION") or p is None or view.keys[p] not in _FEATURES \
            or (not view.lowercase and not view.shapes[p].cap):
        return span
    return Span(p, view.shapes[p].start, span.last, span.end, "LOCATION", "OTHER", span.source)


def _features_first(view: View) -> list[Span]:
    """``Lake Tahoe``, ``Mount Rainier``, ``Loch Lomond``: in text with capitals, a word of
    nature written with its capital before one or two capitalized words names the place."""
    spans = []
    for p in [] if view.lowercase else view.positions(_FEATURES):
        j = view.next_word(p, cross=False, pauses=False)
        if not view.shapes[p].cap or view.shapes[p].pause or j is None \
                or not view.shapes[j].cap or _plain(view, j):
            continue
        k = view.next_word(j, cross=False, pauses=False)
        last = k if k is not None and not view.shapes[j].pause and view.shapes[k].cap \
            and not _plain(view, k) and not view.sentence_start(k) else j
        spans.append(word_span(view, p, last, "LOCATION", "OTHER", "context"))
    return spans


# Prepositions of where a place is that only a place follows: "near the Kwik Stop".
_BESIDE = frozenset("near nearby outside behind opposite beside across past".split())


def part_of_thing(view: View, last: int) -> bool:
    """Whether ``of`` and a determiner follow the word at ``last`` (``in the north east of my
    belly``, ``near the Bridge of your nose``): a part of a thing, no place (``the south east
    of England`` is one)."""
    j = view.next_word(last, cross=False, pauses=False)
    k = view.next_word(j, cross=False, pauses=False) if j is not None else None
    return j is not None and view.keys[j] == "of" and k is not None and view.keys[k] in DETERMINERS


def _beside(view: View) -> list[Span]:
    """``near the Kwik Stop``, ``outside the Rose and Crown``: in text with capitals, the
    capitalized words after ``the`` and a preposition of where a place is name the place
    (a shop, a pub, a landmark), unless they say a kind (``near the ER``, ``outside the
    Emergency Department``)."""
    spans = []
    for p in [] if view.lowercase else view.positions(_BESIDE):
        the = view.next_word(p, cross=False, pauses=False)
        if view.keys[p] == "across" and the is not None and view.keys[the] == "from":
            the = view.next_word(the, cross=False, pauses=False)
        if the is None or view.texts[the] != "the":
            continue
        first = view.next_word(the, cross=False, pauses=False)
        if first is None:
            continue
        last: int = first
        k: int | None = first
        while k is not None and view.capitalized(k) and not _plain(view, k) \
                and not view.shapes[k].core.isupper() and k - first < 4:
            last = k
            if view.shapes[k].pause:
                break
            k = view.next_word(k, cross=False, pauses=False)
            if k is not None and view.keys[k] in ("and", "&", "of") and not view.shapes[last].pause:
                k = view.next_word(k, cross=False, pauses=False)  # "the Rose and Crown"
        if part_of_thing(view, last):
            continue  # "near the Bridge of your nose"
        if view.capitalized(first) and not _plain(view, first) \
                and not view.shapes[first].core.isupper():
            spans.append(word_span(view, first, last, "LOCATION", "OTHER", "context"))
    return spans
