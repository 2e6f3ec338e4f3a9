"""Places: countries, states, cities and towns, from the gazetteer and from the words of
place around them.

A country or state is a place wherever it is said; a city needs more, because city names
are often words or names too: a big city (half a million people) is known on its own, a
smaller one after a word of place (``in``, ``at``, ``from``, ``moved to``) or with a capital
inside a sentence, and a town under 15,000 people only after a word of place. A town no list
knows is found from the words around it: a capitalized word after a word of place in text
with capitals (``a trip to Ballycastle``), a rare word after a phrase of home or travel in
lowercase ASR (``we moved from tiverton``, ``how was your trip to sedona``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("we moved from zambia to springfield , "
...                                  "then had a trip to glenmarrow"))
>>> [(s.subtype, v.texts[s.first], v.texts[s.last])
...  for s in find_places(v)]  # doctest: +NORMALIZE_WHITESPACE
[('COUNTRY', 'zambia', 'zambia'), ('CITY', 'springfield', 'springfield'),
 ('CITY', 'glenmarrow', 'glenmarrow')]
"""
from __future__ import annotations

from ..lexicon import DETERMINERS, FUNCTION_WORDS, zipf
from .facilities import GENERIC
from .gazetteer import place_at as place_at  # re-exported for answers
from .given_names import given_name
from .knowledge import (
    DEPARTMENTS,
    NOT_PERSON,
    ONLINE,
    TITLES,
    drug_like,
    is_protected,
    mostly_given,
    place_info,
    place_lengths,
)
from .landmarks import find_landmarks
from .names import EPONYM_HEADS, UNKNOWN, strength
from .numbers import UNITS
from .postcodes import STATE_CODES
from .spans import Span, word_span
from .view import View

#: Words after which a name is a place: "in Leeds", "moved to Ohio".
LOCATIVES = frozenset("""in at from to near into visit visited visiting moved move live
lives lived living born outside around toward towards via through across""".split())
_BIG_CITY = 500_000
_TOWN_OR_NAME = 100_000  # a town below this, spelt as a common given name, is a person first
# Words after which a town spelt as a given name is the town: "lives in Alice".
_WHERE = frozenset("in from near outside around born".split())
_SMALL_TOWN = 15_000
# Phrases after which a name is where someone lives, comes from or travelled to.
_CUES = (("live", "in"), ("lives", "in"), ("living", "in"), ("lived", "in"),
         ("grew", "up", "in"), ("born", "in"), ("moved", "to"), ("moved", "from"),
         ("i'm", "from"), ("we're", "from"), ("originally", "from"), ("come", "from"),
         ("comes", "from"), ("visiting", "from"), ("up", "in"), ("down", "in"),
         ("trip", "to"), ("trips", "to"), ("vacation", "in"), ("vacation", "to"),
         ("holiday", "in"), ("holiday", "to"), ("flew", "to"), ("flew", "in"),
         ("flew", "from"), ("fly", "to"), ("drove", "to"), ("drove", "from"),
         ("drive", "to"), ("drove", "up", "to"), ("drove", "down", "to"),
         ("drove", "over", "from"), ("went", "up", "to"), ("went", "down", "to"),
         ("stayed", "in"), ("staying", "in"), ("back", "from"), ("over", "from"),
         ("visiting",), ("visited",), ("out", "in"), ("over", "in"), ("home", "in"),
         ("home", "to"), ("home", "from"), ("went", "to"), ("back", "to"), ("back", "in"),
         ("family", "in"), ("relatives", "in"), ("hiking", "in"), ("hiking", "at"),
         ("booked",), ("off", "to"), ("flying", "to"), ("flights", "to"))
# Endings of words of medicine (``colonoscopy``, ``physiotherapy``): never a place.
CLINICAL_ENDINGS = ("therapy", "ectomy", "otomy", "ostomy", "scopy", "graphy", "gram", "ology",
                    "ologist", "plasty", "sound", "scan", "test")
# Verbs of changing a treatment: "switch to", "go up to", "add in".
_CHANGE = frozenset("""switch switched switching change changed changing over back up down
increase increased decrease decreased reduce reduced titrate add added adding try tried
start started convert converted""".split())


def find_places(view: View) -> list[Span]:
    spans = _gazetteer(view)
    spans += _cued_places(view)
    spans += _capitalized_after_locative(view)
    towns = [with_tail(view, s) for s in spans + _town_names(view)
             if view.bases[s.first] not in ONLINE]  # "through Zoom": a service, no town
    return towns + _states_after(view, towns) + _counties(view) + find_landmarks(view) \
        + _news_states(view) + _short_forms(view)


# State codes that are also words ("Paris OR Lyon", "Leeds IN Yorkshire"): after a comma only.
_WORD_CODES = frozenset("or in me ok hi id oh pa de la co al ma".split())


def _states_after(view: View, towns: list[Span]) -> list[Span]:
    """``Denver, CO``, ``Washington DC``: a US state's postal code in capitals right after
    a town (a comma between or none), with no postcode after it to show it."""
    spans = []
    for town in towns:
        p = view.prev_word(town.first, cross=False, pauses=False)
        if town.subtype not in ("CITY", "STATE") or p is not None and (
                view.bases[p].rstrip(".") in TITLES or given_name(view.bases[p])):
            continue  # "Dr. Emily Martinez, MD": a person's surname and credential
        j = view.next_word(town.last, cross=False)
        if j is not None and (view.keys[j] in STATE_CODES and town.subtype == "CITY"
                              or view.keys[j] in ("dc", "d.c")) \
                and view.shapes[j].core.replace(".", "").isupper() and not view.lowercase \
                and (view.keys[j] not in _WORD_CODES or view.texts[town.last].endswith(",")):
            spans.append(word_span(view, j, j, "LOCATION", "STATE", "pattern"))
    return spans


# The abbreviations of US states that newspapers write after a town (AP style).
_AP_STATES = frozenset("""ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky.
la. md. mass. mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore.
pa. r.i. s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo.""".split())
_AP_KEYS = frozenset(state.rstrip(".") for state in _AP_STATES)  # the words as read: "vt"


def _news_states(view: View) -> list[Span]:
    """``Burlington, Vt.``, ``Arlington, Va., is near``: a state's abbreviation as a newspaper
    writes it after a town and a comma; the town (one or two capitalized words) with it."""
    if view.lowercase:
        return []
    spans = []
    for i in view.positions(_AP_KEYS):
        written = view.texts[i].rstrip(",;")
        if written.casefold() not in _AP_STATES or not view.shapes[i].cap or (
                written.count(".") == 1 and not written[1:].islower()) \
                or i == 0 or not view.texts[i - 1].endswith(",") or not view.shapes[i - 1].cap:
            continue  # "Md." is a state; "Dr. Ravi Pillai, MD." a credential
        first = i - 1
        if first > 0 and view.shapes[first - 1].cap and not view.shapes[first - 1].pause \
                and not view.sentence_start(first) and view.keys[first - 1] not in FUNCTION_WORDS:
            first -= 1  # "Grand Rapids, Mich."
        p = view.prev_word(first, cross=False, pauses=False)
        if p is not None and view.bases[p].rstrip(".") in TITLES:
            continue  # "Dr. Ana Ruiz, Pa.": a person, not a town
        spans.append(word_span(view, first, i - 1, "LOCATION", "CITY", "pattern"))
        spans.append(word_span(view, i, i, "LOCATION", "STATE", "pattern"))
    return spans


# Places' short forms, written so: "NYC", "L.A.", "Philly", "the U.S.", "USA".
_SHORT_FORMS = {**dict.fromkeys("NYC N.Y.C. L.A. D.C. Philly NOLA".split(), "CITY"),
                **dict.fromkeys("USA U.S. U.S.A.".split(), "COUNTRY")}
_SHORT_KEYS = frozenset(form.casefold().rstrip(".") for form in _SHORT_FORMS)
# State codes that are also clinical abbreviations ("referred to PA", "moved to CT"):
# never a state on a cue of home alone.
_CLINICAL_CODES = frozenset("pa ma md co me id hi ok or in oh de al ms ct mi va ar ia mo ne"
                            .split())


# Words before the country's letters said as an adjective or a noun: "big US firms",
# "many U S cities", "the u S economy" (not "help US now").
_BEFORE_COUNTRY = frozenset("""the of in across throughout large big many some other major top all
leading most""".split()) | DETERMINERS


def _short_forms(view: View) -> list[Span]:
    """A big city's short form as written (``moved to NYC``, ``back in L.A.``), the country's
    letters (``the U.S.``, and after a determiner or a preposition ``big US firms``, ``the u
    S economy``), and a state's code in capitals after a cue of home or travel (``we live
    in TX``)."""
    if view.lowercase:
        return []
    spans = []
    for i in view.positions(_SHORT_KEYS):
        start, core = view.shapes[i].start, view.shapes[i].core
        if core in _SHORT_FORMS:
            spans.append(word_span(view, i, i, "LOCATION", _SHORT_FORMS[core], "pattern"))
        elif core + "." in _SHORT_FORMS and view.texts[i][start + len(core):][:1] == ".":
            spans.append(Span(i, start, i, start + len(core) + 1, "LOCATION",  # "L.A.": the
                              _SHORT_FORMS[core + "."], "pattern"))  # last period is its too
    for i in view.positions({"us", "u"}):
        p = view.prev_word(i, cross=False, pauses=False)
        if p is None or view.keys[p] not in _BEFORE_COUNTRY:
            continue
        core, j = view.shapes[i].core, view.next_word(i, cross=False, pauses=False)
        if core == "US":  # "big US firms", "of the US"
            spans.append(word_span(view, i, i, "LOCATION", "COUNTRY", "pattern"))
        elif core in ("U", "u") and j is not None and view.shapes[j].core == "S":
            spans.append(word_span(view, i, j, "LOCATION", "COUNTRY", "pattern"))  # "U S"
    for i in view.positions({cue[0] for cue in _CUES}):
        j = _after_cue(view, i)
        if j is not None and view.keys[j] in STATE_CODES and view.keys[j] not in _CLINICAL_CODES \
                and view.shapes[j].core.isupper() and len(view.shapes[j].core) == 2:
            spans.append(word_span(view, j, j, "LOCATION", "STATE", "pattern"))
    return spans


_COUNTIES = frozenset("county parish borough".split())


def _counties(view: View) -> list[Span]:
    """``Cook County``, ``St. Landry Parish``: a name before ``County`` or ``Parish`` (both
    capitalized in text with capitals, a rare name in ASR) names a county."""
    spans = []
    for i in view.positions(_COUNTIES):
        p = view.prev_word(i, cross=False, pauses=False)
        if p is None or not view.keys[p].isalpha() or view.keys[p] in FUNCTION_WORDS \
                or view.bases[p] in GENERIC or view.bases[p] in NOT_PERSON:
            continue
        named = view.shapes[p].cap and (view.shapes[i].cap or zipf(view.bases[p]) < 3.5
                                        or place_info(view.bases[p]) is not None) \
            if not view.lowercase else zipf(view.bases[p]) < 3.5  # "Humboldt county"
        if not named:
            continue
        first = p
        q = view.prev_word(p, cross=False, pauses=False)
        if q is not None and view.bases[q].rstrip(".") in ("st", "saint", "san", "santa"):
            first = q
        spans.append(word_span(view, first, i, "LOCATION", "STATE", "context"))
    return spans + _county_first(view)


def _county_first(view: View) -> list[Span]:
    """``County Cork``, ``county kerry``: Ireland's way, the word ``County`` before a name
    (both capitalized in text with capitals): a place, or a word rare enough to be a name
    (not ``County Council``, ``the county fair``)."""
    spans = []
    for i in view.positions({"county"}):
        n = view.next_word(i, cross=False, pauses=False)
        if n is None or not view.keys[n].isalpha() or view.bases[n] in GENERIC \
                or view.bases[n] in NOT_PERSON or view.bases[n] in _CIVIC:
            continue
        p = view.prev_word(i, cross=False, pauses=False)
        if view.keys[n] in FUNCTION_WORDS and not (
                view.shapes[n].cap and not view.lowercase and _county_named(view, p, n)):
            continue  # "the county of", but "in County Down"
        if p is not None and view.keys[p] not in FUNCTION_WORDS:
            continue  # "Fairfield County Bariatrics": the county's name came first
        if (view.lowercase or view.shapes[i].cap and view.shapes[n].cap) and (
                place_info(view.bases[n]) is not None or zipf(view.bases[n]) < 4.0
                or not view.lowercase and _county_named(view, p, n)):
            spans.append(word_span(view, i, n, "LOCATION", "STATE", "context"))
    return spans


#: A county's offices and services, no county's name: "County Council", "County Hall".
_CIVIC = frozenset("""council councils hall court courts courthouse fair jail gaol line road
sheriff commissioner commissioners commission board office offices fire police clerk coroner
library government attorney prosecutor assessor treasurer recorder engineer surveyor
executive manager administrator jury""".split())
_INTO_COUNTY = frozenset("in from to near of at across around throughout outside".split())


def _county_named(view: View, p: int | None, n: int) -> bool:
    """``in County Down``, ``Holywood, County Down``: after a preposition of place (no
    ``the``: not ``the County Fair``) or a town and its comma, a capitalized word however
    common that ends the name (no capital after it: not ``from County Road 12``, ``in County
    Fire Service``)."""
    after = view.next_word(n, cross=False, pauses=False)
    i = view.prev_word(n)
    town = view.prev_word(i, cross=False) if p is None and i is not None else None
    return (p is not None and view.keys[p] in _INTO_COUNTY or town is not None
            and view.shapes[town].cap and view.texts[town].endswith(",")) \
        and not view.shapes[n].core.isupper() \
        and (after is None or not view.shapes[after].cap and not view.keys[after][:1].isdigit())


# Words after a place's name that are still its name: "Leeds East", "Kent County".
_TAILS = frozenset("""east west north south central upper lower town city village heights
hills harbour harbor bay beach springs falls creek gardens valley vale county parish district
borough province region township""".split())
# Tails that say a place in any case: "st louis county".
_ADMIN_TAILS = frozenset("county parish district borough township province".split())


def with_tail(view: View, span: Span) -> Span:
    """A place's span grown over the word after it that is still its name: a part of
    town or a kind of settlement, capitalized (``Papakura East``, ``Spanish Town``), or a
    county or parish in any case (``st louis county``)."""
    if span.category != "LOCATION" or span.subtype not in ("CITY", "STATE", "COUNTRY"):
        return span
    j = view.next_word(span.last, cross=False, pauses=False)
    if j is None or view.bases[j] not in _TAILS or not (
            view.shapes[j].cap and not view.lowercase
            or view.bases[j] in _ADMIN_TAILS and view.lowercase):
        return span
    shape = view.shapes[j]
    return Span(span.first, span.start, j, shape.start + len(shape.core), span.category,
                span.subtype, span.source)


# Kinds of institution that are town names too (University, Florida), said capitalized for
# the kind: "I drank in University", "after College".
_INSTITUTIONS = frozenset("university college school church academy hospital".split())
_SETTLEMENTS = frozenset("town city village township ville".split())
# Words before "town" that say what kind of town, not which: "in inner city", "in small town".
_KINDS = frozenset("""inner small big large little home local nearby same other next
university county capital market border coastal rural industrial whole""".split())


def _town_names(view: View) -> list[Span]:
    """``in spanish town``, ``from Garden City``: a word and ``town``/``city`` right after a
    word of place name a town, in any case (not ``in the town``, ``in inner city``)."""
    spans = []
    for i in view.positions(_SETTLEMENTS):
        p = view.prev_word(i, cross=False, pauses=False)
        pp = view.prev_word(p, cross=False, pauses=False) if p is not None else None
        if p is None or pp is None or view.keys[pp] not in LOCATIVES:
            continue
        key = view.keys[p]
        if not key.isalpha() or key in FUNCTION_WORDS or key in _KINDS or (
                not view.lowercase and not view.shapes[p].cap):
            continue
        spans.append(word_span(view, p, i, "LOCATION", "CITY", "context"))
    return spans


def _cued_places(view: View) -> list[Span]:
    """A rare or capitalized word after ``I live in``, ``moved to``, ``a trip to``: a town
    too small for the gazetteer (``we moved from Tiverton``)."""
    spans = []
    for i in view.positions({cue[0] for cue in _CUES}):
        j = _after_cue(view, i)
        if j is None or view.capitalized(i):
            continue  # "Home Visit Overview": a title's words, no cue
        key = view.bases[j]
        if (not view.lowercase and not view.shapes[j].cap) or _derived(key):
            continue  # "home to reassess": a verb; text with capitals writes a town with one
        pair = _capitalized_pair(view, j)
        if pair is not None:
            spans.append(word_span(view, j, pair, "LOCATION", "CITY", "context"))
            continue  # "home to Te Puke", "moved to Ban Chang"
        rare = strength(key) == UNKNOWN or (view.capitalized(j) and strength(key) >= UNKNOWN)
        if rare and _placeable(key):
            spans.append(word_span(view, j, j, "LOCATION", "CITY", "context"))
    return spans


def _after_cue(view: View, i: int) -> int | None:
    """The token right after a phrase of home or travel that starts at ``i`` (``moved to``,
    ``I live in``), if one does."""
    words, where = view.run(i, 5, pauses=False)
    cue = next((c for c in _CUES if tuple(words[:len(c)]) == c), None)
    return where[len(cue)] if cue is not None and len(words) > len(cue) else None


def _placeable(key: str) -> bool:
    """Whether a word can name a place: no medicine, kind, department or clinical word."""
    return not drug_like(key) and not is_protected((key,)) and key not in GENERIC \
        and key not in DEPARTMENTS and not key.endswith(CLINICAL_ENDINGS)


def _capitalized_pair(view: View, j: int) -> int | None:
    """In text with capitals, two capitalized words after a cue of home or travel, the
    second rare (``home to Te Puke``): the token of the second."""
    k = view.next_word(j, cross=False, pauses=False)
    if k is None or not view.capitalized(j) or not view.capitalized(k) \
            or not view.keys[j].isalpha() or view.bases[j] in TITLES \
            or view.bases[j] in FUNCTION_WORDS or not _placeable(view.bases[j]):
        return None
    base = view.bases[k]
    return k if base.isalpha() and zipf(base) < 3.0 and _placeable(base) else None


_PREFIXES = ("re", "un", "pre", "dis", "mis", "over", "under", "out")


def _derived(key: str) -> bool:
    """An English word made from a common one by a prefix (``reassess``, ``unblock``)."""
    return any(key.startswith(p) and len(key) - len(p) >= 4 and zipf(key[len(p):]) >= 4.0
               for p in _PREFIXES)


def _capitalized_after_locative(view: View) -> list[Span]:
    """In text with capitals, a capitalized word inside a sentence right after a word of
    place (``in Vail``, ``up to Kirkwall``) that is no common word, kind or acronym."""
    if view.lowercase:
        return []
    spans = []
    for i in view.positions(LOCATIVES | {"by"}):
        j = view.next_word(i, cross=False, pauses=False)
        if j is None or not view.capitalized(j) or not _locative(view, i):
            continue
        if view.keys[i] == "visit" and (view.sentence_start(i) or view.capitalized(i)):
            continue  # "Visit Summary", "Home Visit Overview": a heading
        k = view.next_word(j, cross=False, pauses=False)
        if k is not None and _numbered_name(view, j, k):
            spans.append(word_span(view, j, k, "LOCATION", "CITY"))  # "near Two Rivers"
            continue
        feature = _feature_name(view, j, k)
        if not (feature or _town_word(view, j) or _short_town(view, i, j)):
            continue
        if given_name(view.bases[j]) and k is not None and view.capitalized(k):
            continue  # "talk to Nadia Zoloft": a given name and a surname, a person
        p = view.prev_word(i, cross=False, pauses=False)
        if p is not None and view.keys[p] in _CHANGE:
            continue  # "switch over to Tarka": a medicine
        last = j
        if k is not None and view.capitalized(k) and (feature or _town_word(view, k)) \
                and not view.closes_bracket(j):
            last = k  # "Glen Cove", "Cape Coast"
        state = _state_school(view, last)
        spans.append(word_span(view, j, last if state is None else state, "LOCATION",
                               "CITY" if state is None else "ORGANIZATION"))
    return spans


# Words of direction before "by" that make it a word of place: "up by", "out by".
_DIRECTIONS = frozenset("up down out over round around".split())


def _locative(view: View, i: int) -> bool:
    """Whether the word at ``i`` is a word of place: one of :data:`LOCATIVES`, or ``by``
    after a word of direction (``he's from up by``)."""
    p = view.prev_word(i, cross=False, pauses=False)
    if view.keys[i] != "by":  # "speak in Cantonese", "written in Tagalog": a language
        return not (view.keys[i] == "in" and p is not None and view.bases[p] in _SPEECH)
    return p is not None and view.keys[p] in _DIRECTIONS


# Verbs whose "in" says a language: "speak in Cantonese", "wrote it in Tagalog".
_SPEECH = frozenset("""speak speaks spoke speaking spoken talk talks talked talking say says
said write writes wrote written writing read reads reply replies replied answer answers
answered answering fluent translate translated translates interpret interpreted sing sings
sang count counts counted dream dreams dreamt pray prays prayed""".split())


def _numbered_name(view: View, j: int, k: int | None) -> bool:
    """``Two Rivers``, ``Seven Oaks``: a capitalized number word inside a sentence and a
    capitalized word after it that is no unit of time or measure name a town."""
    return k is not None and view.keys[j] in _SMALL_NUMBERS and view.capitalized(k) \
        and view.keys[k].isalpha() and view.keys[k] not in FUNCTION_WORDS \
        and view.bases[k] not in _MEASURES and view.bases[k] not in DEPARTMENTS


_SMALL_NUMBERS = frozenset("two three four five six seven eight nine ten twelve".split())
_MEASURES = frozenset("""days weeks months years hours minutes times pounds kilos miles
tablets doses""".split())


# Words of land and water that open a town's name: "Cape Coast", "Port Loko", "Lake Jackson"
# (not "bay": "in Bay Three" is a ward's bay).
_FEATURES = frozenset("cape port mount mt lake fort glen".split())


def _feature_name(view: View, j: int, k: int | None) -> bool:
    """``in Cape Coast``: a capitalized word of land or water and a capitalized word after
    it (any word: ``Coast``, ``Harbour``) name a town."""
    return view.bases[j] in _FEATURES and k is not None and view.capitalized(k) \
        and view.keys[k].isalpha() and view.keys[k] not in FUNCTION_WORDS


def _short_town(view: View, i: int, j: int) -> bool:
    """``she is from Ho.``: a two-letter capitalized word after ``from``/``in`` that ends
    the clause (no title, no word such as ``Oh``, no acronym)."""
    core, base = view.shapes[j].core, view.bases[j]
    return len(core) == 2 and core[1].islower() and base.isalpha() and \
        view.keys[i] in ("from", "in") and view.shapes[j].pause and \
        base not in NOT_PERSON and base not in TITLES and base not in FUNCTION_WORDS \
        and base not in DEPARTMENTS and base not in ("ed", "er")


def _town_word(view: View, j: int) -> bool:
    core, base = view.shapes[j].core, view.bases[j]
    if len(core) < 3 or core.isupper() or not base.isalpha() or view.shapes[j].cut \
            or core[-1] == "s" and core[:-1].isupper():  # "from NGOs", "the GPs"
        return False
    return (zipf(base) < 4.5 and base not in NOT_PERSON and base not in GENERIC
            and base not in DEPARTMENTS and base not in TITLES and not is_protected((base,))
            and not drug_like(base))


def _gazetteer(view: View) -> list[Span]:
    spans = []
    for i in view.positions(place_lengths()):
        if (hit := place_at(view, i)) is None:
            continue
        if _the_place(view, i, hit[0]):  # "in the Hamptons": the name after its article
            spans.append(word_span(view, i + 1, hit[0], "LOCATION", hit[1][0], "list"))
            continue
        if not _is_place(view, i, *hit):
            continue
        last, found = hit
        state = _state_school(view, last)
        if state is not None:
            spans.append(word_span(view, i, state, "LOCATION", "ORGANIZATION", "list"))
        else:
            spans.append(word_span(view, i, last, "LOCATION", found[0], "list"))
    return spans


def _the_place(view: View, i: int, last: int) -> bool:
    """``the Hamptons``, ``the Woodlands``: a place the gazetteer lists with its article, written
    with a small ``the`` and the name's capitals in text with capitals."""
    return view.keys[i] == "the" and last > i and not view.lowercase \
        and not view.shapes[i].cap and all(view.shapes[k].cap for k in range(i + 1, last + 1)
                                           if view.keys[k])


# Words around a place name that make it a sports team.
_MATCH = frozenset("beat beats played plays lost won vs versus against fan fans".split())
_SPORT = frozenset("""fan fans game games team football basketball baseball soccer hockey
rugby match season marathon tournament championship championships derby cup league
olympics""".split())


def team(view: View, i: int, last: int) -> bool:
    """Whether the place name at tokens ``i``..``last`` names a team: ``georgia beat
    alabama``, ``alabama fan``, ``the ohio game``."""
    p = view.prev_word(i, cross=False, pauses=False)
    nxt = view.next_word(last, cross=False, pauses=False)
    before = view.keys[p] if p is not None else ""
    after = view.keys[nxt] if nxt is not None else ""
    return before in _MATCH or after in _MATCH or after in _SPORT or _score_after(view, nxt)


def _score_after(view: View, j: int | None) -> bool:
    """``beat up on denver six to one``: a match's score right after the name."""
    words, _ = view.run(j, 3, pauses=False) if j is not None else ([], [])
    return len(words) == 3 and words[1] in ("to", "nil") and all(
        w in UNITS or w.isdigit() for w in (words[0], words[2]))


def _state_school(view: View, last: int) -> int | None:
    """``Penn State``, ``ohio state university``: a place name with ``State`` after it names
    a university (capitalized in text with capitals; in ASR before ``university`` or at a
    clause's end); the token where that name ends."""
    j = view.next_word(last, cross=False, pauses=False)
    if j is None or view.keys[j] != "state":
        return None
    k = view.next_word(j, cross=False, pauses=False)
    school = k is not None and view.keys[k] in ("university", "college")
    if not view.lowercase:
        if not view.shapes[j].cap:
            return None
        return k if k is not None and school and view.shapes[k].cap else j
    return k if school else (j if k is None else None)


# Countries said with "the", whose short names are also common words or letters.
_WITH_THE = frozenset("uk us usa uae gambia netherlands philippines bahamas congo".split())


# An organisation's part named by its town: "in the Beijing office", "the Leeds branch".
_BRANCHES = frozenset("""office offices branch team site campus store plant factory depot
warehouse headquarters hq bureau division studio hospital hospitals clinic clinics""".split())


_BRANCH_KINDS = frozenset("regional local main head district field satellite".split())


def _branch_after(view: View, nxt: int | None) -> bool:
    """``office`` after a town (``the Beijing office``, ``a Lisbon hospital``), one word of
    kind between (``the Portland regional office``)."""
    if nxt is not None and view.bases[nxt] in _BRANCH_KINDS:
        nxt = view.next_word(nxt, cross=False, pauses=False)
    return nxt is not None and view.bases[nxt] in _BRANCHES


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
    if i == last and view.keys[i] in _INSTITUTIONS and (
            p is None or not view.shapes[p].cap or before in FUNCTION_WORDS):
        return False  # "in University": a stage of life, no town (not "Exeter University")
    if before in DETERMINERS and i == last and zipf(view.keys[i]) >= 4.0 and not (
            before == "the" and view.keys[i] in _WITH_THE) and not (
            proper and view.capitalized(i) and _state_school(view, last) is not None) and not (
            proper and view.capitalized(i) and _branch_after(view, nxt)):
        return False  # "the turkey", "a jersey": the noun (not "back to the uk", "the
        # Ohio State sports office")
    if team(view, i, last):
        return False  # "georgia beat alabama", "a michigan fan": a sports team
    if not proper:  # Reading, Normal, Deal: a word first; only a capital makes it a place
        return before in LOCATIVES and view.capitalized(i)
    if kind in ("COUNTRY", "STATE") or population >= _BIG_CITY:
        return True
    if kind == "CITY" and population < _SMALL_TOWN:
        return before in LOCATIVES
    if kind == "CITY" and population < _TOWN_OR_NAME and i == last and mostly_given(view.keys[i]):
        return before in _WHERE  # "with Donna", "ask Alice": a person; "in Alice": a town
    return before in LOCATIVES or view.capitalized(i)
