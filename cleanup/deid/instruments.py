"""Things an operating note names after people or by brand: ``Metzenbaum scissors``, ``an
Allis clamp``, ``Scarpa's fascia``, ``the ligament of Treitz``, ``3-0 Vicryl``, ``an
18-French Foley``. A surgeon's dictation is full of them, written with capitals, and most
are surnames or words no dictionary knows, so the name finders would take each for a
person.

A capitalized word is such a thing when an instrument's, a material's or a structure's
noun follows it, maybe after one word that describes it (``clamp``, ``fascia``, ``lid
speculum``); when a suture's or a catheter's size comes before it (``2-0``, ``#4-0
undyed``, ``18-French``); when it follows a structure or a measure and ``of`` (``the node
of Cloquet``, ``a generous amount of Kerlix``); or when a device's article comes before it
and a verb of placing, ``into``, ``over`` or the clause's end after it (``the Foley was
removed``, ``grasped with an Allis.``); or when tissue is grasped, cut or closed with it
(``held with Kochers``, ``trimmed using a Kerrison``). A word seen so once is
the same thing wherever else the file says it alone (``closed with Vicryl``), except after
a person's title or beside a given name (``Dr. Kocher``):
:func:`~.medicine_context.surnames` finds those.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("We held it with an Allis clamp, then sewed "
...     "with 3-0 Vicryl. Vicryl was used again. Dr. Allis saw him."))
>>> sorted(v.keys[i] for i in instrument_words(v))
['allis', 'vicryl', 'vicryl']
"""
from __future__ import annotations

import regex

from ..lexicon import FUNCTION_WORDS, zipf
from .given_names import given_name
from .knowledge import (EPONYM_HEADS, PERSON_NOUNS, RELATIVES, TITLES, first_name,
                        is_protected, place_info)
from .regions import REGION_WORDS, plural_place
from .view import View

#: Nouns of instruments, materials and devices that take a maker's or an inventor's name.
TOOL_HEADS = frozenset("""
scissors scissor clamp clamps forceps retractor retractors drain drains suture sutures stitch
stitches electrocautery cautery cauterization elevator elevators rongeur rongeurs tenaculum
stapler staplers dressing dressings valve valves trocar trocars cannula cannulas speculum
dilator dilators blade blades knife curette curettes curet osteotome osteotomes gauze
sponge sponges electrode electrodes sheath balloon mesh graft grafts splint cement screw
screws plate plates incision incisions anastomosis herniorrhaphy repair stent stents
hemostat hemostats suction tourniquet syringe retraction bag clip clips cutter dissector
probe spreader rasp reamer reamers burr bur drill laser scalpel needles tenotomy fascia
pouch capsule membrane tubercle plexus foramen sphincter layer layers ligaments table
wire wires net punch gag tuck flap flaps evacuator resectoscope spacer
spacers system strips rings splints exercises closure glue strap ties cuffs packs hole holes
taper patch vacuum stand device lens stem muscle plane arcade resection component nail rod
pump tubing bougie scope microscope loupes line silk
""".split()) | EPONYM_HEADS

#: Structures named after an anatomist, said as "the ... of" and the name.
_STRUCTURES = frozenset("""node nodes line ligament angle canal loop circle sphincter pouch
space triangle foramen fascia duct ampulla crypts islets column columns plexus bundle
tubercle capsule membrane layer gland glands plane arcade""".split())

# A suture's gauge ("3-0", "#2-0", "0"), a catheter's size ("18-French", "14-Fr") or a
# tube's ("#6").
_SIZE = regex.compile(r"\d{1,2}-0|0{1,2}|\d{1,2}-?(?:french|fr|gauge)")
# "a generous amount of Kerlix": a material is measured out, a person is not.
_AMOUNTS = frozenset("amount amounts piece pieces layer layers strip strips roll rolls".split())
_SIZE_WORDS = frozenset("french fr gauge".split())

# What a device's name does in a sentence: it is placed, used, taken out, or it is in place.
_PLACING = frozenset("placed inserted applied used".split())
_DEVICE_AFTER = _PLACING | frozenset("was were is removed then into over through to".split())
_ARTICLES = frozenset("a an the another two three four both".split())
_POSSESSIVES = frozenset("his her their its".split())  # "her Foley was taken out"
_DETERMINING = _ARTICLES | _POSSESSIVES
_PLACED = _PLACING | frozenset("opened identified".split())
_UNITS = _SIZE_WORDS | frozenset("mm cm right left".split())  # and a side
# What a surgeon does to tissue with an instrument or a material.
_HANDLING = frozenset("""grasped grasp grasping clamped clamp cross-clamped retracted retract
elevated dissected divided incised cut transected cauterized coagulated fulgurated closed
approximated reapproximated sutured tied ligated secured oversewn repaired irrigated prepped
draped dressed packed controlled obtained achieved resected removed excised taken
reinforced tagged held""".split())

# Words after a name that make it a place's or a body's (``Mayo Clinic``): never widened.
_INSTITUTIONS = frozenset("""clinic clinics hospital hospitals center centre institute
university college foundation medical health""".split())


def instrument_words(view: View) -> set[int]:
    """Tokens that name an instrument, a material, a device or a structure (with the size
    before a suture's brand); then every lone token of the same word in the file."""
    found: set[int] = set()
    for i in range(view.n):
        key = view.keys[i]
        if not key.isalpha() and "-" not in key and "'" not in key or key in FUNCTION_WORDS:
            continue
        if view.shapes[i].cap and not view.lowercase or view.lowercase and zipf(key) < 3.5 \
                and not first_name(key):  # "harriet law" in ASR: a person
            if _named_thing(view, i):
                found.add(i)
    keys = {view.bases[i] for i in found}
    for i in view.positions(keys) if keys else ():
        if view.bases[i] in keys and _alone(view, i):
            found.add(i)
    return found


def _named_thing(view: View, i: int) -> bool:
    j = view.next_word(i, cross=False, pauses=False)
    p = view.prev_word(i, cross=False, pauses=False)
    # after an article the noun may come later: "a Dunmore right femoral catheter", "a
    # Halloran 12 mm titanium locking stem"
    if _head_after(view, j, 5 if p is not None and view.keys[p] in _ARTICLES else 1):
        # "Metzenbaum scissors", "Scarpa's fascia", "a Barraquer lid speculum"; not a
        # given name's possessive: "Kyle's pump" is his
        return view.keys[i] == view.bases[i] or not given_name(view.bases[i])
    if p is None:
        return _ellipsis(view, i, j)
    if _size(view, p) or _modifier(view, p) and (
            q := view.prev_word(p, cross=False, pauses=False)) is not None and _size(view, q):
        return True  # "3-0 Vicryl", "18 French Foley", "#4-0 undyed Vicryl"
    if view.keys[p] == "of":
        q = view.prev_word(p, cross=False, pauses=False)  # "the node of Cloquet"
        return q is not None and (view.bases[q] in _STRUCTURES or view.keys[q] in _AMOUNTS)
    return _device(view, p, i, j) or _handled_with(view, p, i) or \
        view.keys[p].rstrip(".") not in TITLES and _ellipsis(view, i, j)


def _head(view: View, j: int) -> bool:
    """An instrument's noun, singular or plural (``catheters``, ``punches``)."""
    base = view.bases[j]
    return base in TOOL_HEADS or base.endswith("s") and (
        base[:-1] in TOOL_HEADS or base.endswith("es") and base[:-2] in TOOL_HEADS)


def _head_after(view: View, j: int | None, words: int) -> bool:
    """An instrument's noun at ``j`` or after at most ``words`` - 1 words that describe it
    (a lowercase word, a size: ``lid``, ``10 mm``)."""
    for _ in range(words):
        if j is None:
            return False
        if _head(view, j) and (view.lowercase or not view.shapes[j].cap):
            return True
        if not (_modifier(view, j) or view.keys[j].isdigit() or view.keys[j] in _UNITS
                or is_protected((view.bases[j],))):  # "two Ashcombe Merocel sponges"
            return False
        j = view.next_word(j, cross=False, pauses=False)
    return False


def _ellipsis(view: View, i: int, j: int | None) -> bool:
    """``Haldane's were closed``, ``Lisle's and Pember's were dissected``: a possessive with
    no noun after it, that tissue is done to, names a structure or an instrument (a
    person's possessive has its noun: ``Smith's wife``)."""
    if not view.keys[i].endswith("'s"):
        return False
    while j is not None and view.keys[j] == "and" or j is not None and \
            view.keys[j].endswith("'s") and view.shapes[j].cap:
        j = view.next_word(j, cross=False, pauses=False)
    if j is None or view.keys[j] not in ("was", "were", "is", "are"):
        return False
    k = view.next_word(j, cross=False, pauses=False)
    return k is not None and (view.keys[k] in _HANDLING or view.keys[k] in _PLACED)


def _device(view: View, p: int, i: int, j: int | None) -> bool:
    """``the Foley was removed``, ``grasped with an Allis.``: after a lowercase article, a
    rare word (no given name, acronym or place of note: ``the Philippines``, ``the YMCA``)
    that is placed, used or ends the clause."""
    key = view.bases[i]
    if _modifier(view, p) and (q := view.prev_word(p, cross=False, pauses=False)) is not None:
        p = q  # "a curved Westbury was used"
    if view.lowercase or view.keys[p] not in _DETERMINING or view.capitalized(p) \
            or view.shapes[i].core.isupper() or zipf(key) >= 4.0 or given_name(key) \
            or _known_place(key) or plural_place(view, i) is not None:
        return False  # "in the Rockies": a range, no device
    if (q := view.prev_word(p, cross=False, pauses=False)) is not None and view.keys[q] == "at" \
            and ((r := view.prev_word(q, cross=False, pauses=False)) is None
                 or view.bases[r] not in _AT_THING):
        return False  # "a sister at the Mater": where one works ("look at the Foley": a thing)
    return j is None and view.shapes[i].pause or j is not None and \
        view.keys[j] in _DEVICE_AFTER and not view.shapes[j].cap


#: Verbs that take a thing after ``at`` (``look at the Foley``, ``pulling at the drain``).
_AT_THING = frozenset("""look looks looked looking glance glanced pull pulls pulled pulling
tug tugged tugging pick picked picking aim aimed point pointed pointing""".split())


def _handled_with(view: View, p: int, i: int) -> bool:
    """``held with Kochers``, ``elevated with a Freer``, ``closed using Dexon``: what
    tissue is grasped, cut or closed with is an instrument or a material (no title, no
    given name: ``closed with Dr. Lee`` is a person)."""
    at: int | None = p
    for _ in range(2):  # "with a Freer", "with two Kochers", "using a large Kerrison"
        if at is None or view.keys[at] in ("with", "using") or not (
                view.keys[at] in _ARTICLES or view.keys[at].isdigit() or _modifier(view, at)):
            break
        at = view.prev_word(at, cross=False, pauses=False)
    if at is None:
        return False
    p = at
    if view.keys[p] not in ("with", "using") or given_name(view.bases[i]) \
            or zipf(view.bases[i]) >= 4.0:
        return False
    q = view.prev_word(p, cross=False, pauses=False)
    return q is not None and view.keys[q] in _HANDLING


def _size(view: View, p: int) -> bool:
    return bool(_SIZE.fullmatch(view.keys[p])) or view.keys[p].isdigit() and \
        view.texts[p][:1] == "#" or view.keys[p] in _SIZE_WORDS and _number_before(view, p)


def _modifier(view: View, j: int) -> bool:
    """A lowercase word that can stand between a name and its noun (``lid``, ``undyed``);
    a word for a person is none (``her daughter Ifeoma is``: a name after it)."""
    return not view.shapes[j].cap and view.keys[j].isalpha() \
        and view.keys[j] not in FUNCTION_WORDS and view.bases[j] not in RELATIVES \
        and view.bases[j] not in PERSON_NOUNS and view.bases[j] not in TITLES


def _number_before(view: View, p: int) -> bool:
    q = view.prev_word(p, cross=False, pauses=False)
    return q is not None and view.keys[q].isdigit()


def _known_place(key: str) -> bool:
    """A country, a region or a city; a town under 100,000 people is no ``the``'s place
    (``in the Foley``); a place listed with its article is one (``the Hamptons``)."""
    info = place_info(key) or place_info("the " + key)
    return key in REGION_WORDS or info is not None and (
        info[0] != "CITY" or info[1] >= 100_000)


def _alone(view: View, i: int) -> bool:
    """The word stands alone: no title or given name before it, no name or institution
    word after it (``Dr. Allis``, ``Mayo Clinic`` stay names)."""
    p = view.prev_word(i, cross=False, pauses=False)
    if p is not None and (view.keys[p].rstrip(".") in TITLES or view.shapes[p].cap
                          and first_name(view.bases[p])):
        return False
    n = view.next_word(i, cross=False, pauses=False)
    return n is None or not view.shapes[n].cap and view.bases[n] not in _INSTITUTIONS
