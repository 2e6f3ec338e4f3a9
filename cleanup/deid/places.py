"""Places: countries, states and cities from the gazetteer, and named hospitals, clinics and
other organizations.

A country or state is a place wherever it is said; a city needs more, because city names are
often words or names too: a big city (half a million people) is known on its own, a smaller
one after a word of place (``in``, ``at``, ``from``, ``moved to``). A facility is found from
its head noun (``hospital``, ``medical center``, ``clinic``) with the name words before it
(``county hospital``, ``valley medical``); a head with only generic words before it (``the
hospital``, ``my local clinic``, ``a children's hospital``) names no one. In text with
capitals, a capitalized name after ``from``/``at`` in a clinician's introduction or after
``I work at`` is an organization (``Dr. Lee from Northside``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("we moved from zambia to springfield , "
...                                  "seen at county hospital not the hospital"))
>>> [(s.subtype, v.texts[s.first], v.texts[s.last]) for s in find_places(v)]
[('COUNTRY', 'zambia', 'zambia'), ('CITY', 'springfield', 'springfield'), ('HOSPITAL', 'county', 'hospital')]
"""
from __future__ import annotations

from ..lexicon import DETERMINERS, FUNCTION_WORDS, zipf
from .knowledge import TITLES, place_info, place_lengths
from .names import EPONYM_HEADS, UNKNOWN, strength
from .numbers import NUMBER_WORDS
from .spans import Span, word_span
from .view import View

#: Words after which a name is a place: "in Leeds", "moved to Ohio".
LOCATIVES = frozenset("""in at from to near into visit visited visiting moved move live
lives lived living born outside around toward towards via through across""".split())
_BIG_CITY = 500_000
# Head nouns of a facility's or organization's name, with their subtype.
_HEADS = {
    "hospital": "HOSPITAL", "hospitals": "HOSPITAL", "clinic": "HOSPITAL", "clinics": "HOSPITAL",
    "infirmary": "HOSPITAL", "hospice": "HOSPITAL", "healthcare": "HOSPITAL",
    "pharmacy": "HOSPITAL", "practice": "HOSPITAL", "surgery": "HOSPITAL", "rehab": "HOSPITAL",
    "university": "ORGANIZATION", "college": "ORGANIZATION", "school": "ORGANIZATION",
    "institute": "ORGANIZATION", "foundation": "ORGANIZATION", "academy": "ORGANIZATION",
    "company": "ORGANIZATION", "corporation": "ORGANIZATION", "inc": "ORGANIZATION",
    "ltd": "ORGANIZATION", "bank": "ORGANIZATION", "church": "ORGANIZATION",
}
# Second words that make a two-word head: "medical center", "health clinic".
_PAIR_HEADS = {
    "medical": {"center", "centre", "group", "associates", "services", "clinic", "campus",
                "plaza", "building", "partners", "specialists", "practice", "offices"},
    "health": {"center", "centre", "system", "services", "clinic", "partners", "network"},
    "surgical": {"center", "centre", "services", "associates", "group", "specialists"},
    "surgery": {"center", "centre"}, "care": {"center", "centre", "home"},
    "nursing": {"home", "facility"}, "urgent": {"care"}, "cancer": {"center", "centre", "institute"},
    "rehab": {"center", "centre", "facility"}, "rehabilitation": {"center", "centre", "hospital"},
    "heart": {"institute", "center", "centre"}, "eye": {"center", "centre", "institute"},
    "dialysis": {"center", "centre", "unit"}, "imaging": {"center", "centre"},
}
# "valley medical", "northside health": an adjective head at the end of the name.
_END_HEADS = frozenset({"medical", "health", "surgical", "healthcare"})
_NEEDS_CAPITAL = frozenset({"practice", "surgery", "school", "college", "church", "bank",
                            "company", "academy"})
#: Words that describe a facility without naming it: "the local hospital".
GENERIC = frozenset("""
local nearest nearby closest big bigger biggest small smaller large larger new old other
same different private public main usual regular specialist specialty teaching good best
nice own whole entire general district regional community state city national nhs
children's childrens kids women's womens men's maternity psychiatric psych mental dental
eye heart cancer veterans emergency urgent walk-in day rehab rehabilitation animal vet
veterinary medical surgical health care hospital clinic university school high primary
secondary elementary middle nursing another outpatient inpatient memory sleep pain
fertility diabetes weight loss dermatology cardiology oncology orthopedic orthopaedic
such some any gp gps nhs er a&e ed icu walk family clinical
""".split())


def find_places(view: View) -> list[Span]:
    spans = _gazetteer(view)
    spans += _facilities(view)
    spans += _introduced_organizations(view)
    spans += _home_places(view)
    return spans


# Phrases after which a name is where someone lives or comes from.
_HOME_CUES = (("live", "in"), ("lives", "in"), ("living", "in"), ("lived", "in"),
              ("grew", "up", "in"), ("born", "in"), ("moved", "to"), ("moved", "from"),
              ("i'm", "from"), ("we're", "from"), ("originally", "from"), ("come", "from"),
              ("comes", "from"), ("visiting", "from"), ("up", "in"), ("down", "in"))


def _home_places(view: View) -> list[Span]:
    """A rare or capitalized word after ``I live in``, ``moved to``, ``originally from``: a
    town too small for the gazetteer (``we moved from Tiverton``)."""
    spans = []
    for i in view.positions({cue[0] for cue in _HOME_CUES}):
        words, where = view.run(i, 5, pauses=False)
        cue = next((c for c in _HOME_CUES if tuple(words[:len(c)]) == c), None)
        if cue is None or len(words) <= len(cue):
            continue
        j = where[len(cue)]
        key = view.bases[j]
        rare = strength(key) == UNKNOWN or (view.capitalized(j) and strength(key) >= UNKNOWN)
        if rare and not key.endswith(("ine", "ol", "pril", "statin", "mab", "itis", "osis")):
            spans.append(word_span(view, j, j, "LOCATION", "CITY", "context"))
    return spans


def _gazetteer(view: View) -> list[Span]:
    spans = []
    lengths = place_lengths()
    for i in view.positions(set(lengths) & set(view.keys)):
        words, where = view.run(i, lengths[view.keys[i]], pauses=False)
        for size in range(len(words), 0, -1):
            found = place_info(" ".join(words[:size]))
            if found is None:
                continue
            last = where[size - 1]
            if _is_place(view, i, last, found):
                spans.append(word_span(view, i, last, "LOCATION", found[0], "list"))
            break
    return spans


def _is_place(view: View, i: int, last: int, found: tuple[str, int, bool]) -> bool:
    kind, population, proper = found
    if not view.lowercase and not view.shapes[i].cap:
        return False
    nxt = view.next_word(last, cross=False, pauses=False)
    if nxt is not None and view.bases[nxt] in EPONYM_HEADS:
        return False  # Lyme disease, West Nile virus
    p = view.prev_word(i, cross=False, pauses=False)
    before = view.keys[p] if p is not None else ""
    if before in TITLES:
        return False  # Dr. Washington: the name finder's
    located = before in LOCATIVES or view.capitalized(i)
    if not proper:  # Reading, Normal, Deal: a word first; only a capital makes it a place
        return before in LOCATIVES and view.capitalized(i)
    if kind in ("COUNTRY", "STATE") or population >= _BIG_CITY:
        return True
    return located


def _facilities(view: View) -> list[Span]:
    spans = []
    for h in view.positions(set(_HEADS) | set(_PAIR_HEADS) | _END_HEADS):
        found = _facility_at(view, h)
        if found is not None:
            spans.append(found)
    return spans


def _facility_at(view: View, h: int) -> Span | None:
    """The facility whose head starts at token ``h``, with the name words before it."""
    key = view.bases[h]
    last, subtype = h, _HEADS.get(key)
    nxt = view.next_word(h, cross=False, pauses=False)
    if key in _PAIR_HEADS and nxt is not None and view.bases[nxt] in _PAIR_HEADS[key]:
        last, subtype = nxt, "HOSPITAL"
    elif key in _END_HEADS and subtype is None:
        if nxt is not None and view.keys[nxt] not in FUNCTION_WORDS:
            return None  # "medical history": an adjective, not a name's end
        subtype = "HOSPITAL"
    if subtype is None:
        return None
    plain_head = key in _NEEDS_CAPITAL and last == h and not view.capitalized(h)
    if plain_head and not view.lowercase:
        return None
    first = _name_words_before(view, h)
    if first is None or (plain_head and zipf(view.bases[first]) >= 4.0):
        return None  # "common practice", "high school": in ASR only a rare word names it
    return word_span(view, first, last, "LOCATION", subtype)


def _name_words_before(view: View, h: int) -> int | None:
    """The first of the (up to four) name words before a head, generic ones in front
    dropped; ``None`` when no word names the place."""
    words: list[int] = []
    p = view.prev_word(h, cross=False, pauses=False)
    while p is not None and len(words) < 4:
        key = view.keys[p]
        if key in FUNCTION_WORDS or key in DETERMINERS or key in NUMBER_WORDS or key in TITLES \
                or not key.replace("'", "").replace("-", "").replace(".", "").isalpha():
            break
        if not view.lowercase and not view.shapes[p].cap:
            break
        words.insert(0, p)
        p = view.prev_word(p, cross=False, pauses=False)
    if not words:
        return None
    if p is not None and view.keys[p] in ("at", "to", "from", "in", "into"):
        return words[0]  # "at general hospital": no article, so the words are its name
    while words and (view.bases[words[0]] in GENERIC or view.keys[words[0]] in GENERIC):
        words.pop(0)
    return words[0] if words else None


def _introduced_organizations(view: View) -> list[Span]:
    """``Dr. Lee from Northside``, ``I work at Acme``: a capitalized name after ``from``/``at``
    in a clinician's introduction or a statement of work (text with capitals only)."""
    if view.lowercase:
        return []
    spans = []
    for i in view.positions({"from", "at", "for", "with"}):
        if not _introduces(view, i):
            continue
        chunk = _capitalized_chunk(view, i)
        if chunk is not None:
            spans.append(word_span(view, chunk[0], chunk[1], "LOCATION", "ORGANIZATION"))
    return spans


def _introduces(view: View, i: int) -> bool:
    """Whether the sentence before ``from``/``at`` introduces a clinician or a job."""
    p = view.prev_word(i, cross=False)
    seen = 0
    while p is not None and seen < 6:
        key = view.keys[p]
        if key in ("work", "works", "worked", "working", "calling", "call") or \
                (key in TITLES and seen <= 4) or (key in ("i'm", "this") and seen <= 3):
            return True
        p = view.prev_word(p, cross=False)
        seen += 1
    return False


_CONNECTORS = frozenset({"at", "of", "and", "&", "the", "on", "in", "de"})


def _capitalized_chunk(view: View, i: int) -> tuple[int, int] | None:
    """The capitalized words (with connectors between them) right after token ``i``."""
    j = view.next_word(i, cross=False, pauses=False)
    first = last = None
    while j is not None:
        shape = view.shapes[j]
        if shape.cap and view.keys[j] not in ("i", "i'm"):
            first = j if first is None else first
            last = j
        elif not (first is not None and view.keys[j] in _CONNECTORS):
            break
        j = view.next_word(j, cross=False, pauses=False)
    return (first, last) if first is not None else None
