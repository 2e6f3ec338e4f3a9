"""Finds that a principle says are no PHI, however a detector came to them.

- A programme, a card or an insurer is no person: a word said before ``card``, ``scheme``,
  ``insurance``, ``cover`` … or ``last four`` (``the Kestrelcare card``) names a programme
  everywhere in the file (not ``number``: ``Kemi number`` may be Kemi's, with its
  possessive lost; nor a word said before ``said``, ``told`` …, a person's verbs); a
  health insurer named as what pays (``medical aid is with Vantora``, ``insurance is
  through Orla Health``) is none either (the member number is).
- A medical product is no person: a rare word among the words of wound care or of a device
  (``saline``, ``dressing``, ``alarmed``, ``sensor``) is a dressing or a device brand
  (:func:`device_near`, used by the rare-word finder); a word counted with ``a`` and an
  adjective (``a silver Tovana``) is a thing.
- A kinship word alone (``your Lola``, ``staying with Nanay``) is no name; nor is a kind of
  place said alone (``Hospital.``), an acronym said with ``the`` (``the NHIF claim``), a
  common word before a condition's head (``Living with Kidney Disease``), a surname that
  names a procedure (``a Shouldice tension free repair``).
- A public helpline's number (``call one one six ...``: the six-digit 116 numbers that
  several countries keep for helplines) is nobody's contact.
- A template's unfilled field (``$preopdate``, ``{{patient_name}}``) is nobody's, nor is
  code's word or a file's name (``repeat_prescription``, ``carer_notes.md``).
- The spine's levels (``at L1 and L2``, ``from T2-L2``) are no place, and a size a template
  left blank (``a XX-cm Plastibell``) no name.
- A pause asked for (``one second``) is no date; a thanks graded (``thank you heaps``) is
  no name.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> from .spans import word_span
>>> v = View.of(Transcript.from_text("Is the Kestrelcare card with you? The Kestrelcare expired."))
>>> vetoed(v, word_span(v, 7, 7, "NAME", "OTHER"), programmes(v))
True
"""
from __future__ import annotations

from .short_forms import defined_term
from .handles import code_word

import regex

from ..lexicon import DETERMINERS, zipf
from .given_names import given_name
from .facility_words import clinical_word
from .knowledge import CREDENTIALS, DEPARTMENTS, RELATIVES, TITLES, name_info
from .numbers import digits, split_words
from .span_edges import KIN, NUMBER_KINDS
from .spans import Span
from .speech_words import hesitation
from .view import View, bracketed_name

# Nouns after a programme's or a card's name: "Medicard number", "the Medisure card".
_PROGRAMME_NOUNS = frozenset("""card cards scheme insurance insurer cover policy plan claim
claims membership benefits allowance pension subsidy coverage part advantage supplement
beneficiary beneficiaries enrollment enrolment""".split())  # "Medicare Part B"
# Verbs after a person, never after a programme: "Kemi said she'd call".
_PERSON_VERBS = frozenset("""said says told asked rang called came comes wants thinks knows
rings""".split())
# Words that say a health insurer is named: "medical aid is Vantora", "insured with X".
_INSURANCE = frozenset("""insurance insurer insured aid cover covered plan policy scheme
medisave""".split())
# Last words of an insurer's name ("Orla Health", "Kite Life", "Ardent Mutual").
_INSURER_HEADS = frozenset("""health life mutual assurance insurance care medical
healthcare""".split())
# Heads that make a name a place of care, never an insurer.
_CARE_PLACES = frozenset("""hospital clinic surgery practice centre center infirmary
hospice pharmacy ward""".split())
_LINKS = frozenset("is with through by via from under on still now just my our his her".split())

# Words of wound care or of a device near a rare capitalized word: it is a product.
DEVICE_BEFORE = frozenset("""saline gauze dressing dressings packed packing bandage
bandages""".split())
# Nouns right after a device's or a dressing's brand: "the Glucora sensor".
DEVICE_NOUNS = frozenset("""sensor sensors dressing dressings strips lancets pen pens tubing
patch reader aid aids lens lenses implant implants pacemaker pump pumps monitor meter aligner
aligners retainer frames""".split())
# What a device does, a few words after its brand: "her Glucora alarmed".
DEVICE_VERBS = frozenset("alarmed alarming alarms beeped beeping buzzed vibrated".split())
# Words that describe a thing counted with "a": "a white Probrand", "a new Glucora".
_THING_ADJECTIVES = frozenset("""white black silver grey gray red blue green yellow brown
new old used second-hand small big little spare""".split())

# Kinds of place said alone, never a person: "Where are you? Hospital."
_PLACE_KINDS = frozenset("hospital clinic hospice infirmary pharmacy".split())
# Heads of conditions and services in a title: "Living with Heart Failure".
_CONDITION_HEADS = frozenset("""failure disease diseases attack cancer syndrome disorder
disorders infection injury transplant rehabilitation rehab""".split())
# Nouns that end a procedure's name, and the endings of operations.
_PROCEDURES = frozenset("""repair operation procedure technique approach incision flap graft
fixation reconstruction release hernioplasty herniorrhaphy""".split())
_OPERATION_ENDINGS = ("ectomy", "plasty", "otomy", "ostomy", "pexy", "rrhaphy", "scopy")
# Words that grade a thanks: "thank you heaps", "thanks loads".
_THANKS_GRADES = frozenset("heaps lots loads tons kindly muchly plenty".split())
# A template's field left in a text: "$tcidate", "{{ patient_name }}", "{first_name}".
_TEMPLATE_FIELD = regex.compile(r"\W*(?:\$\w|\{)|\[[\p{L}_ ]+\][.,;:!?]*$")  # "[Paciente]."
# The spine's levels (C1-C7, T1-T12, L1-L5, S1-S5), alone or as a range: no place.
_LEVEL = regex.compile(r"[ctls]\d{1,2}(?:-[ctls]?\d{1,2})?")
_LEVEL_LINKS = frozenset("and to through or".split())
# A size a template left blank: "a XX-cm Plastibell", "XX-French".
_BLANK_SIZE = regex.compile(r"x{1,4}-(?:cm|mm|fr|french|gauge|g|ml)")
_PAUSE_WORDS = frozenset("one a just second seconds sec moment".split())


def programmes(view: View) -> frozenset[str]:
    """The words of the file said right before a programme's or a card's noun."""
    out = set()
    for j in view.positions(_PROGRAMME_NOUNS):
        i = view.prev_word(j, cross=False, pauses=False)
        if i is not None and view.keys[j] == view.bases[j] and _programme_word(view, i):
            out.add(view.bases[i])
    for j in view.positions({"last"}):  # "Medicard last four"
        i = view.prev_word(j, cross=False, pauses=False)
        k = view.next_word(j, cross=False, pauses=False)
        if i is not None and k is not None and view.keys[k] in ("four", "4", "digits") \
                and _programme_word(view, i):
            out.add(view.bases[i])
    return frozenset(out - _people(view, out))


def _people(view: View, words: set[str]) -> set[str]:
    """Those of ``words`` said before a person's verb somewhere in the file."""
    out = set()
    for i in view.positions(words):
        j = view.next_word(i, cross=False, pauses=False)
        if j is not None and view.keys[j] in _PERSON_VERBS:
            out.add(view.bases[i])
    return out


def _programme_word(view: View, i: int) -> bool:
    """A word that can name a programme: capitalized in text with capitals, no possessive,
    no pronoun or common word (``my card``, ``phone number``)."""
    key, base = view.keys[i], view.bases[i]
    if key != base or not base.isalpha() or base in DETERMINERS or zipf(base) >= 4.0 \
            or given_name(base) or name_info(base) is not None:
        return False  # "Priya card": ASR may drop the possessive of a person's name
    return view.lowercase or view.shapes[i].cap


def vetoed(view: View, span: Span, programme_words: frozenset[str]) -> bool:
    """Whether ``span`` is no PHI by one of the principles above."""
    words = [k for k in range(span.first, span.last + 1) if view.keys[k]]
    if not words or all(_TEMPLATE_FIELD.match(view.texts[k]) and not bracketed_name(
            view.texts[k]) for k in words):
        return True  # "On $preopdate_ddmy", "{{patient_name}}": a template's field, unfilled
    if span.category == "DATE":
        return len(words) > 1 and all(view.keys[k] in _PAUSE_WORDS for k in words) and \
            view.keys[words[0]] != "second"  # "one second", not "the second"
    if span.category in ("CONTACT", "ID"):
        said = digits(split_words([view.keys[k] for k in words
                                   if not hesitation(view.keys[k])]))  # "917... uh... 555"
        written = "".join(ch for k in words for ch in view.keys[k] if ch.isdigit())
        return said is not None and (_helpline(view, words, said[0]) or _emergency(said[0])
                                     and len(said[0]) >= len(written))  # not "(555) 123-4567"
    if span.category not in ("NAME", "LOCATION"):
        return False
    if span.subtype != "USERNAME" and all(code_word(view.shapes[k].core) for k in words):
        return True  # "Scenario: repeat_prescription", "(carer_notes.md)": code's word, a file
    if all(view.bases[k] in programme_words for k in words) or _insurer(view, words) \
            or _payer(view, words):
        return True
    if any(_LEVEL.fullmatch(view.keys[k]) for k in words) and all(
            _LEVEL.fullmatch(view.keys[k]) or view.keys[k] in _LEVEL_LINKS for k in words) \
            or len(words) == 1 and _BLANK_SIZE.fullmatch(view.keys[words[0]]):
        return True  # "at L1 and L2", "from T2-L2": the spine's levels; "a XX-cm Plastibell"
    if len(words) == 1 and view.keys[words[0]] in NUMBER_KINDS:
        return True  # "from IP 203.0.113.9": the kind of number, no place
    if span.category == "LOCATION" and _specialty(view, words):
        return True  # "Dr. Jane Smith, MD Family Medicine": her specialty, no place
    if span.category == "LOCATION":
        return (span.subtype != "HOSPITAL" and (_kin_alone(view, words)
                                                or _credit(view, words[0]))) or \
            _procedure_after(view, words[-1])  # "over to Children's": a hospital
    return _kin_alone(view, words) or _name_veto(view, words)


# National health insurers and public payers, named as a programme is ("I rang Aetna
# about it", "the secondary payer is UHC"): no one's identifier.
_PAYERS = frozenset("""aetna cigna humana unitedhealthcare uhc anthem bluecross blueshield
medicaid medicare tricare molina ambetter wellcare highmark optum""".split())
_PAYER_PHRASES = frozenset({"blue cross", "blue shield", "blue cross blue shield",
                            "delta dental", "united healthcare", "bluecross blueshield"})


def _payer(view: View, words: list[int]) -> bool:
    """Whether the words name a national health insurer (:data:`_PAYERS`)."""
    keys = [view.bases[k] for k in words]
    return all(k in _PAYERS for k in keys) or " ".join(keys) in _PAYER_PHRASES


def _specialty(view: View, words: list[int]) -> bool:
    """Words of a specialty right after a clinician's credential (``MD Oncology``, ``MD -
    Sleep Medicine``): what the clinician practises."""
    p = view.prev_word(words[0])
    return p is not None and view.keys[p] in CREDENTIALS and view.shapes[p].core.isupper() \
        and all(clinical_word(view.keys[k]) or view.keys[k] in DEPARTMENTS for k in words)


# Titles of public office written before a name: a public figure, no patient's PHI.
_OFFICES = frozenset("president governor gov senator sen mayor minister congressman congresswoman"
                     " chancellor".split())


def _public_office(view: View, first: int) -> bool:
    """``President Odran Pike``, ``Governor Tavi Lund``: in text with capitals, a name
    after a capitalized title of public office names a public figure."""
    p = view.prev_word(first, cross=False, pauses=False)
    return p is not None and not view.lowercase and view.shapes[p].cap \
        and view.bases[p].rstrip(".") in _OFFICES


def _name_veto(view: View, words: list[int]) -> bool:
    first, last = words[0], words[-1]
    if _public_office(view, first) or not view.lowercase and any(
            view.bases[k] in _OFFICES and view.shapes[k].cap for k in words[:-1]):
        return True  # "Vice President Mira Quell": a public figure
    if len(words) == 1 and view.bases[first] in _PLACE_KINDS:
        return True
    if _credit(view, first):
        return True  # '"Epiphany" by Taylor Swift': a work's author, a public figure
    if defined_term(view, first, last):
        return True  # "Aortic Stenosis (AS)": a term and its abbreviation
    if len(words) == 1 and view.bases[first] in _THANKS_GRADES and _after_thanks(view, first):
        return True
    if len(words) == 1 and _acronym_with_article(view, first):
        return True
    after = view.next_word(last, cross=False, pauses=False)
    before = view.prev_word(first, cross=False, pauses=False)
    if after is not None and view.bases[after] in _CONDITION_HEADS and \
            all(zipf(view.bases[k]) >= 4.0 for k in words) and \
            not view.keys[last].endswith("'s") and (
            before is None or view.bases[before].rstrip(".") not in TITLES):
        return True  # "Heart Failure", "Kidney Disease": a condition, not a person (not
        # "Mrs Grey's cancer": a title or a possessive makes it the person's)
    return _procedure_after(view, last) or counted_thing(view, first)


def _credit(view: View, first: int) -> bool:
    """A name right after a quoted title and ``by``: who wrote or sang a work."""
    p = view.prev_word(first, cross=False)
    q = view.prev_word(p) if p is not None and view.keys[p] == "by" else None
    return q is not None and view.texts[q].rstrip(",.;:!?").endswith(('"', "”", "'", "’")) \
        and not view.texts[q].endswith(("'s", "’s"))


def _helpline(view: View, words: list[int], said: str) -> bool:
    """A six-digit number that starts 116, said after ``on``/``call``/``ring``/``dial``."""
    p = view.prev_word(words[0], cross=False)
    return len(said) == 6 and said.startswith("116") and \
        p is not None and view.keys[p] in ("on", "call", "ring", "dial", "phone", "number")


# Public emergency and advice numbers: "call nine nine nine", "ring 111".
_EMERGENCY = frozenset("999 911 111 112 000 101".split())


def _emergency(said: str) -> bool:
    """A public emergency number (``nine nine nine``, ``911``), said alone: no one's."""
    return said in _EMERGENCY or len(set(said)) == 1 and 3 <= len(said) <= 6  # "nine nine,
    # nine nine nine": a repeat


def _after_thanks(view: View, i: int) -> bool:
    p = view.prev_word(i, cross=False)
    q = view.prev_word(p, cross=False) if p is not None else None
    return p is not None and (view.keys[p] == "thanks" or view.keys[p] == "you" and q is not None
                              and view.keys[q] == "thank")


def _kin_alone(view: View, words: list[int]) -> bool:
    """A kinship word said alone: always when no one carries it as a given name
    (``Nanay``, ``Kuya``); after ``my``/``your``… when many do (``your Lola``)."""
    if len(words) != 1 or view.bases[words[0]] not in KIN:
        return False
    p = view.prev_word(words[0], cross=False, pauses=False)
    if p is not None and (view.bases[p] in TITLES or view.bases[p] in RELATIVES):
        return False  # "Doctor Tio", "my daughter Tia": a name after a title or a relative
    info = name_info(view.bases[words[0]])
    return info is None or info.first < 200 or (
        p is not None and view.keys[p] in DETERMINERS)


def _acronym_with_article(view: View, i: int) -> bool:
    """An all-capital word of two to five letters after ``the`` in text with capitals: an
    organisation's or a department's initials (``the NHIF claim``), not a person."""
    core = view.shapes[i].core
    p = view.prev_word(i, cross=False, pauses=False)
    return (not view.lowercase and core.isupper() and core.isalpha() and 2 <= len(core) <= 5
            and p is not None and view.keys[p] == "the")


def _insurer(view: View, words: list[int]) -> bool:
    """A health insurer named as what pays: after ``insurance is (through)``, ``medical aid
    is``, ``insured with``, or before ``, the … plan``; a place of care, or a name after a
    word of going somewhere (``insurance, so I go to …``), is none."""
    nxt = view.next_word(words[-1], cross=False, pauses=False)
    if nxt is not None and view.shapes[nxt].cap and view.bases[nxt] in _INSURER_HEADS:
        words = words + [nxt]  # "Orla" of "Orla Health"
    if view.bases[words[-1]] in _CARE_PLACES:
        return False
    headed = view.bases[words[-1]] in _INSURER_HEADS and len(words) > 1
    j = view.prev_word(words[0], cross=False)
    for _ in range(6 if headed else 3):
        if j is None or not headed and view.keys[j] not in _LINKS | _INSURANCE:
            break
        if view.keys[j] in _GOING:
            return False
        if view.bases[j] in _INSURANCE and not _plan_of_care(view, j):
            return True
        j = view.prev_word(j, cross=False)
    return headed and _plan_after(view, words[-1])


# Words before "plan" that make it a plan of care, not of insurance: "assessment and plan".
_CARE_PLANS = frozenset("and treatment care management birth action".split())


def _plan_of_care(view: View, j: int) -> bool:
    """``assessment and plan, Brittany ...``: a dictation's heading, not an insurer's plan."""
    p = view.prev_word(j, cross=False)
    return view.keys[j] == "plan" and p is not None and view.keys[p] in _CARE_PLANS


# Words of going to or being at a place: a name after them is where one goes.
_GOING = frozenset("to at go goes going went see seen visit attend attends from".split())


def _plan_after(view: View, i: int) -> bool:
    """``…, the Gold plan``: a plan named right after the clause that ends at ``i``."""
    if not view.shapes[i].pause or view.shapes[i].ends_sentence:
        return False
    j = view.next_word(i, cross=False)
    if j is None or view.keys[j] not in ("the", "a", "its"):
        return False
    for _ in range(2):
        j = view.next_word(j, cross=False, pauses=False) if j is not None else None
        if j is not None and view.bases[j] in ("plan", "policy", "scheme", "cover", "option"):
            return True
    return False


def _procedure_after(view: View, i: int) -> bool:
    """A capitalized word that opens a procedure's name: up to four lowercase words of no
    grammar (no verb ending, no function word) and then a procedure's head
    (``Shouldice tension free repair``, ``Whipworth fundoplasty``)."""
    p = view.prev_word(i, cross=False, pauses=False)
    if not view.shapes[i].cap or view.lowercase or p is not None and view.keys[p] in TITLES \
            or given_name(view.bases[i]):
        return False  # "Mr Okafor knee operation", "Maria knee operation": a person's
    j = view.next_word(i, cross=False, pauses=False)
    for _ in range(5):
        if j is None or view.shapes[j].cap:
            return False
        base = view.bases[j]
        if base in _PROCEDURES or base.endswith(_OPERATION_ENDINGS):
            return True
        if zipf(base) >= 6.0 or base.endswith(("ed", "ing")) or base in DETERMINERS:
            return False
        j = view.next_word(j, cross=False, pauses=False)
    return False


def counted_thing(view: View, i: int) -> bool:
    """A capitalized word counted with ``a`` past words of colour, age or size (``a
    white Probrand``): a thing, not a person."""
    p = view.prev_word(i, cross=False, pauses=False)
    seen = 0
    while p is not None and view.keys[p] in _THING_ADJECTIVES and seen < 2:
        p, seen = view.prev_word(p, cross=False, pauses=False), seen + 1
    return seen > 0 and p is not None and view.keys[p] in ("a", "an")


def device_after(view: View, i: int) -> bool:
    """A device's noun right after token ``i``: ``the Glucora sensor``."""
    j = view.next_word(i, cross=False, pauses=False)
    return j is not None and view.bases[j] in DEVICE_NOUNS


def device_near(view: View, i: int) -> bool:
    """Words of wound care just before token ``i`` (two words: ``saline, Gauzelle``), a
    device's noun right after it (``the Glucora sensor``), or within three words after it
    a device's doing (``her Glucora alarmed``) or ``applied`` ending the clause (``Gauzelle
    and Tarlix applied.``; ``Tom applied for it`` is a person)."""
    j: int | None = i
    for _ in range(2):
        j = view.prev_word(j, cross=False) if j is not None else None
        if j is not None and view.bases[j] in DEVICE_BEFORE:
            return True
    if device_after(view, i):
        return True
    j = i
    for _ in range(3):
        j = view.next_word(j, cross=False) if j is not None else None
        if j is None:
            return False
        if view.bases[j] in DEVICE_VERBS or view.keys[j] == "applied" and (
                view.shapes[j].pause or view.next_word(j, cross=False) is None):
            return True
    return False
