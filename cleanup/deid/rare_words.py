"""Names known from their rarity: in text written with capitals, a capitalized word in mid
sentence that English barely knows (``the nurse, Meskerem, checked it``; ``friends say
Dimos``) is a name, a place or an employer: no rule needs to have cued it. At a sentence's
start its capital says nothing, but a vocative there speaks to a person (``Tadeusz, could
you…``).

A drug, a condition or another glossary term is never one (nor a word with a drug's
ending), nor an acronym, a month, a people or a department; a word said in lowercase
elsewhere in the text is an ordinary word that the writer capitalized.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("Patient: The nurse, Meskerem, gave me Losartan and "
...                                  "said to see Cardiology."))
>>> [v.keys[s.first] for s in find_rare_words(v)]
['meskerem']
"""
from __future__ import annotations

import regex

from ..lexicon import zipf
from ..lexicon import DETERMINERS, FUNCTION_WORDS
from .facility_words import clinical_word
from .given_names import given_name
from .knowledge import (EPONYM_HEADS, NOT_PERSON, OWNING, RELATIVES, TITLES, drug_like,
                        is_protected, name_info, rare_name_word)
from .name_roles import spoken_to
from .names import belonging
from .name_extend import word_surname
from .name_base import OTHER_TITLES
from .name_base import no_person
from .not_phi import counted_thing, device_near
from .professions import occupations
from .spans import Span, word_span
from .view import View

# Words near a brand of medicine or of a device (``taking the Zentrofax``, ``a sample of
# Quintarel``, ``Pelvorin three times a day``): a rare word among them is a drug no glossary
# lists, not a name.
_MEDICINE = frozenset("""take takes taking took try tried trying prescribe prescribed
prescription sample samples dose doses dosage mg milligrams tablet tablets pill pills cream
creams ointment gel inhaler inhalers drops capsule capsules spray patch patches medication
medications medicine medicines daily twice puffs injection injections plus syrup lotion
times switch switched chemist pharmacy counter use used using buy bought device devices implant
fitted pump monitor meter machine brand""".split())
_AFTER_MEDICINE = _MEDICINE | {"night", "bedtime", "morning", "body", "get"} | EPONYM_HEADS
# How many words before and after are looked at for them.
_BEFORE, _AFTER = 6, 3

# Words before a name used as a type, not a person met: "I'm no Pavarotti", "a Rolex".
_AS_TYPE = frozenset("no a an than".split())

# Below this word frequency (zipf) a capitalized word is taken for a proper name.
RARE = 2.6


def find_rare_words(view: View) -> list[Span]:
    if view.lowercase:
        return []
    said_lower = {view.keys[i] for i in range(view.n) if view.keys[i]
                  and not view.shapes[i].cap}
    spans = []
    for i in range(view.n):
        if view.shapes[i].cap and not view.role_label(i) and not _belongs(view, i) \
                and not (view.foreign(i) and view.capital_says_nothing(i)) \
                and _rare(view, i, said_lower) \
                and (view.capitalized(i) or spoken_to(view, i) or _subject(view, i)) \
                and (not (_medicine_near(view, i) or device_near(view, i)) or _apposed(view, i)) \
                and not _as_type(view, i) and not counted_thing(view, i) \
                and not no_person(view, i) and not _clinical_label(view, i):
            j = view.next_word(i, cross=False, pauses=False)
            last = j if j is not None and word_surname(view, i, j) else i  # "Nurul Islam"
            p = view.prev_word(i, cross=False, pauses=False)
            first = p if p is not None and view.shapes[p].cap and given_name(view.bases[p]) \
                and view.keys[p] == view.bases[p] else i  # "Dawn Okwuosa is worried"
            spans.append(word_span(view, first, last, "NAME", "OTHER", "rare"))
    return spans


def _rare(view: View, i: int, said_lower: set[str]) -> bool:
    base, key = view.bases[i], view.keys[i]
    if view.shapes[i].core.isupper() or base in said_lower or key in said_lower \
            or view.texts[i].endswith((":**", ":__")):
        return False  # "**Expected Detections:**": a heading in bold
    return (rare_name_word(base, key, RARE) or (
        rare_name_word(base, key, PERSON_RARE) and _person_slot(view, i))
        or _acting(view, i)) \
        and not _letter_dropped(base) and not _verb_form(base)  # only for a word rare
    # enough to be a name


_VALUE = regex.compile(r"\d+(?:[.,]\d+)?[.,;]?")


def _clinical_label(view: View, i: int) -> bool:
    """``Endometrial thickness 12mm``, ``Hb 131, Hct 0.41``: a long clinical adjective
    before a word in small letters (no one's first name: ``Ask Kunal today`` keeps its
    name), or a short label before its value, is a finding's words, not a name."""
    j = view.next_word(i, cross=False, pauses=False)
    if j is None:
        return False
    base = view.bases[i]
    if len(base) <= 4 and _VALUE.fullmatch(view.texts[j]):
        return True  # "Hct 0.45"
    return len(base) >= 8 and clinical_word(base) and not given_name(base) \
        and not view.shapes[j].cap \
        and view.keys[j].isalpha() and view.keys[j] not in FUNCTION_WORDS


def _belongs(view: View, i: int) -> bool:
    """``And your tribe? I'm Efik.``: a people, a faith or a land said after ``I'm``."""
    p = view.prev_word(i, cross=False, pauses=False)
    return p is not None and view.keys[p] in ("i'm", "am", "im") and belonging(view, p, i)


def _verb_form(key: str) -> bool:
    """``Ventilating``, ``Rationalize``: a verb's form, its stem an English word, that
    no census lists (``Fielding``, ``Manning`` are surnames)."""
    for ending in ("ing", "ize", "ise", "ized", "ised"):
        stem = key[:-len(ending)]
        if key.endswith(ending) and len(stem) >= 4 and name_info(key) is None and any(
                zipf(s) >= 2.0 for s in (stem, stem + "e") + (
                    (stem[:-1],) if stem[-1] == stem[-2] else ())):  # "running"
            return True
    return False


def _letter_dropped(key: str) -> bool:
    """``Lke``, ``Wht``: a very common word with one vowel left out, a typing slip (no
    census name, or the word would not be rare here)."""
    return 3 <= len(key) <= 6 and any(
        zipf(key[:k] + c + key[k:]) >= 6.0
        for k in range(len(key) + 1) for c in "aeiou")


# A less rare capitalized word is a name in a person's place: "you and me and Torquil",
# "Torquil and I", "Torquil from the bank", "Torquil said".
PERSON_RARE = 3.0
_PERSONAL = frozenset("me you him her us them i".split())
_PERSON_AFTER = frozenset("from said says told asks asked thinks wants".split())
# What only a person does: "Belitan drove", "Zamitan smiled" (a medicine does none of it).
_ACTS = frozenset("""drove walked ran sat stood smiled nodded thanked arrived turned looked
said told asked laughed cried sighed""".split())




def _acting(view: View, i: int) -> bool:
    """A word of a medicine's shape no list knows (``-tan``, ``-ine``), before a verb only a
    person does: a name however it ends."""
    base = view.bases[i]
    j = view.next_word(i, cross=False, pauses=False)
    return j is not None and view.keys[j] in _ACTS and len(base) >= 3 and base.isalpha() \
        and zipf(base) < _UNHEARD and drug_like(base) and not is_protected((base,)) \
        and base not in NOT_PERSON


def _person_slot(view: View, i: int) -> bool:
    p = view.prev_word(i, cross=False, pauses=False)
    j = view.next_word(i, cross=False, pauses=False)
    if p is not None and view.keys[p] in DETERMINERS:
        return False  # "the Gaussian from the model": a thing
    if j is not None and view.keys[j] in _PERSON_AFTER:
        return True
    if p is not None and view.keys[p] == "and":
        q = view.prev_word(p, cross=False, pauses=False)
        return q is not None and view.keys[q] in _PERSONAL
    if j is not None and view.keys[j] == "and":
        k = view.next_word(j, cross=False, pauses=False)
        return k is not None and view.keys[k] in _PERSONAL
    return False


# Verbs a person does, right after a sentence's first word: "Tamsyn had a fall".
_PERSON_VERBS = _PERSON_AFTER - {"from"} | _ACTS | frozenset(
    """had has tells went goes came comes called calls lives lived works worked died passed
wanted loved loves helped helps feels knew knows met meets joined joins married""".split())
# Rarer than this, a word opening its sentence before a person's verb is a name.
_UNHEARD = 1.5


def _subject(view: View, i: int) -> bool:
    """``Tamsyn had a fall last winter``: at a sentence's start, where a capital says
    nothing, a word English does not know before a verb of a person's doing, or before
    ``and I`` (``Tamsyn and I went``)."""
    j = view.next_word(i, cross=False, pauses=False)
    if j is not None and view.keys[j] == "and" and zipf(view.bases[i]) < 3.0:
        k = view.next_word(j, cross=False, pauses=False)  # "Eluned and I went": one of
        return k is not None and view.keys[k] in ("i", "me", "my")  # two, the speaker too
    return j is not None and view.keys[j] in _PERSON_VERBS and zipf(view.bases[i]) < _UNHEARD


def _apposed(view: View, i: int) -> bool:
    """A word set off by commas right after a person's noun, so a name even among words of
    medicine: ``the nurse at the pharmacy, Hiwot, said``."""
    p = view.prev_word(i, cross=False)
    if p is None or not _comma(view, p) or not _comma(view, i):
        return False
    after = None  # the word after the person's noun: none, or a place's preposition
    for _ in range(4):
        if p is None:
            return False
        if view.keys[p] in occupations() or view.bases[p] in RELATIVES:
            return after is None or view.keys[after] in ("at", "from", "in", "on", "of")
        p, after = view.prev_word(p, cross=False, pauses=False), p
    return False


def _comma(view: View, i: int) -> bool:
    return view.shapes[i].pause and not view.shapes[i].ends_sentence


def with_first_name(view: View, span: Span) -> Span:
    """A found name grown over the rarer capitalized word that opens its sentence when the
    name ends the sentence or its clause: the first name of ``Yes. Elif Yilmaz.``, ``Elif
    Yilmaz, 12 Hill Street?`` (no drug, no glossary term, no common word)."""
    p = view.prev_word(span.first, cross=False, pauses=False)
    if p is None or view.lowercase or span.category != "NAME" or not view.shapes[p].cap or \
            not view.sentence_start(p) or not view.shapes[span.last].pause:
        return span
    base = view.bases[p]
    if not base.isalpha() or zipf(base) >= 4.0 or base in FUNCTION_WORDS or base in NOT_PERSON \
            or base in TITLES or base in OTHER_TITLES or drug_like(base) or \
            is_protected((base,)):
        return span
    return Span(p, view.shapes[p].start, span.last, span.end, span.category, span.subtype,
                span.source)


def _as_type(view: View, i: int) -> bool:
    """A brand, a show or a medicine, not a person: after ``a``/``no``, a capital inside
    the word (``GPay``, ``PayPal``; not ``McCall``, ``DeShawn``), a show watched or
    played (``watch Tumblewick``), a medicine given to someone (``given him Zentrofax``)."""
    p = view.prev_word(i, cross=False)
    if p is not None and (view.keys[p] in _AS_TYPE | OWNING or view.keys[p] in _SHOWN):
        return True
    if p is not None and view.shapes[p].cap and not view.sentence_start(p) \
            and (q := view.prev_word(p, cross=False)) is not None and view.keys[q] in OWNING:
        return True  # "an Optivex Clarin", "your Aurevo Brio": a maker's model
    if brand_shape(view.shapes[i].core):
        return True
    nxt = view.next_word(i, cross=False)
    if view.keys[i] in _DAYS and nxt is not None and view.keys[nxt][:1].isdigit():
        return True  # "Thu 12/02": a weekday
    if p is None or view.keys[p] not in _OBJECTS:
        return False  # "I gave Meskerem the keys": a person given something
    p = view.prev_word(p, cross=False, pauses=False)
    return p is not None and view.keys[p] in _GIVEN


_DAYS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
# Verbs whose object is a show or a game, not a person met.
_SHOWN = frozenset("watch watches watched watching stream streams streamed".split())
# Verbs of giving or changing a medicine, right before it (past an object pronoun).
_GIVEN = frozenset("""given gave give giving started starting restarted stopped stopping
increased reduced weaned continued prescribing""".split())
_OBJECTS = frozenset("him her them me you us".split())
# Openings of names written with a capital inside: McCall, MacLeod, DeShawn, O'Neill.
_INNER_CAPS = ("mc", "mac", "de", "la", "le", "di", "da", "du", "van", "von", "o'", "d'")


def brand_shape(core: str) -> bool:
    """A word with a capital after its first letter that no name prefix explains."""
    inner = next((k for k in range(1, len(core)) if core[k].isupper()), None)
    if inner is None or core.isupper() or not core[:1].isupper():
        return False
    return core[:inner].casefold().replace("’", "'") not in _INNER_CAPS


def _medicine_near(view: View, i: int) -> bool:
    """Whether words of medicine come just before token ``i`` (in the question too: ``Any
    medication? Just Marvalex.``) or just after it in its turn."""
    return _near(view, i, view.prev_word, _BEFORE, _MEDICINE) or \
        _near(view, i, view.next_word, _AFTER, _AFTER_MEDICINE, turn=True)


def _near(view: View, i: int, step, count: int, words: frozenset[str],
          turn: bool = False) -> bool:
    j: int | None = i
    for _ in range(count):
        j = step(j) if j is not None else None
        if j is None or (turn and view.turn_between(i, j)):
            return False
        if view.keys[j] in words:
            return True
    return False
