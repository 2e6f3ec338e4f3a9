"""The words of facilities' names: head nouns with their subtypes, two-word heads, heads
at a name's end, and the generic words that describe a facility without naming it
(``the local hospital``)."""
from __future__ import annotations

from ..lexicon import zipf
from .knowledge import DEPARTMENTS, name_info, place_info

# Head nouns of a facility's or organization's name, with their subtype.
_HEADS = {
    "hospital": "HOSPITAL", "hospitals": "HOSPITAL", "clinic": "HOSPITAL", "clinics": "HOSPITAL",
    "infirmary": "HOSPITAL", "hospice": "HOSPITAL", "healthcare": "HOSPITAL",
    "pharmacy": "HOSPITAL", "practice": "HOSPITAL", "surgery": "HOSPITAL", "rehab": "HOSPITAL",
    "university": "ORGANIZATION", "college": "ORGANIZATION", "school": "ORGANIZATION",
    "schools": "ORGANIZATION",
    "institute": "ORGANIZATION", "foundation": "ORGANIZATION", "academy": "ORGANIZATION",
    "company": "ORGANIZATION", "corporation": "ORGANIZATION", "inc": "ORGANIZATION",
    "ltd": "ORGANIZATION", "bank": "ORGANIZATION", "church": "ORGANIZATION",
    "llp": "ORGANIZATION", "llc": "ORGANIZATION", "pllc": "ORGANIZATION", "plc": "ORGANIZATION",
    # heads of other languages, said first in their names: "Hôpital Sainte-Claire"
    "hôpital": "HOSPITAL", "hopital": "HOSPITAL", "clinique": "HOSPITAL", "clínica": "HOSPITAL",
    "clinica": "HOSPITAL", "ospedale": "HOSPITAL", "klinik": "HOSPITAL",
    "dispensary": "HOSPITAL", "polyclinic": "HOSPITAL", "sanatorium": "HOSPITAL",
}
#: Heads that are plain nouns as often: the name before them must be capitalized or rare.
_PLAIN_HEADS = {
    "center": "HOSPITAL", "centre": "HOSPITAL", "facility": "HOSPITAL", "care": "HOSPITAL",
    "rehabilitation": "HOSPITAL",
    "living": "OTHER", "manor": "OTHER", "lodge": "OTHER", "residence": "OTHER",
    "prison": "OTHER", "jail": "OTHER", "penitentiary": "OTHER",
    "diner": "ORGANIZATION", "restaurant": "ORGANIZATION", "cafe": "ORGANIZATION",
    "bakery": "ORGANIZATION", "salon": "ORGANIZATION", "hotel": "ORGANIZATION",
    "motel": "ORGANIZATION", "pub": "ORGANIZATION", "garage": "ORGANIZATION",
    "store": "ORGANIZATION", "stores": "ORGANIZATION", "dealership": "ORGANIZATION",
    "orthopedics": "HOSPITAL", "orthopaedics": "HOSPITAL", "cardiology": "HOSPITAL",
    "dermatology": "HOSPITAL", "pediatrics": "HOSPITAL", "paediatrics": "HOSPITAL",
    "neurology": "HOSPITAL", "oncology": "HOSPITAL", "urology": "HOSPITAL",
    "radiology": "HOSPITAL", "imaging": "HOSPITAL", "physiotherapy": "HOSPITAL",
    "medicine": "HOSPITAL", "therapy": "HOSPITAL", "dental": "HOSPITAL", "optometry": "HOSPITAL",
    "dentistry": "HOSPITAL", "orthodontics": "HOSPITAL", "audiology": "HOSPITAL",
    "physio": "HOSPITAL", "podiatry": "HOSPITAL", "chiropractic": "HOSPITAL",
    "osteopathy": "HOSPITAL", "pt": "HOSPITAL",  # "Lakeside PT": a physiotherapy practice
    "lab": "HOSPITAL", "labs": "HOSPITAL", "laboratory": "HOSPITAL", "laboratories": "HOSPITAL",
    # a hospital's parts and a town's meeting places: "Hartley Wing", "Eastgate Mall"
    "pavilion": "HOSPITAL", "wing": "HOSPITAL", "tower": "HOSPITAL", "mall": "ORGANIZATION",
    "cathedral": "ORGANIZATION", "chapel": "ORGANIZATION", "mosque": "ORGANIZATION",
    "synagogue": "ORGANIZATION", "temple": "ORGANIZATION", "tabernacle": "ORGANIZATION",
    "gurdwara": "ORGANIZATION", "parish": "ORGANIZATION", "park": "HOSPITAL",
    "club": "ORGANIZATION", "society": "ORGANIZATION", "association": "ORGANIZATION",
    "alliance": "ORGANIZATION", "coalition": "ORGANIZATION", "federation": "ORGANIZATION",
    "board": "ORGANIZATION",  # "Lothmere NHS Board"
    "hub": "HOSPITAL", "market": "OTHER", "arcade": "OTHER", "precinct": "OTHER",
    # a hospital's unit named for a place or a person, a port's or an airport's terminal
    "unit": "DEPARTMENT", "terminal": "ORGANIZATION",
    # a rescue or ambulance service, a meeting hall: "Amani Rescue", "Zion Gospel Hall"
    "rescue": "ORGANIZATION", "hall": "ORGANIZATION",
    # where people work, meet or spend the day without a facility's head: "Hollybrook Farm",
    # "the Riverside Theatre", "Millbrook Library", "Peak Fitness gym"
    "farm": "ORGANIZATION", "farms": "ORGANIZATION", "ranch": "ORGANIZATION",
    "vineyard": "ORGANIZATION", "vineyards": "ORGANIZATION", "winery": "ORGANIZATION",
    "brewery": "ORGANIZATION", "distillery": "ORGANIZATION", "theatre": "ORGANIZATION",
    "theater": "ORGANIZATION", "playhouse": "ORGANIZATION", "library": "ORGANIZATION",
    "museum": "ORGANIZATION", "gallery": "ORGANIZATION", "studio": "ORGANIZATION",
    "studios": "ORGANIZATION", "gym": "ORGANIZATION", "zoo": "ORGANIZATION",
    "trust": "ORGANIZATION", "charity": "ORGANIZATION",
    # where children spend the day: "Little Acorns Preschool", "Sunbeam Nursery"
    "preschool": "ORGANIZATION", "pre-school": "ORGANIZATION", "nursery": "ORGANIZATION",
    "daycare": "ORGANIZATION", "kindergarten": "ORGANIZATION", "creche": "ORGANIZATION",
}
#: Every head noun of a facility's name.
HEADS = frozenset(_HEADS) | frozenset(_PLAIN_HEADS)
#: An employer's site: the company before it is the name, the head is not part of it.
_SITES = frozenset("plant factory mill warehouse depot refinery mine shipyard".split())
# Second words that make a two-word head: "medical center", "health clinic".
_PAIR_HEADS = {
    "medical": {"center", "centre", "group", "associates", "services", "clinic", "campus",
                "plaza", "building", "partners", "specialists", "practice", "offices",
                "complex", "supply", "supplies", "equipment"},
    "health": {"center", "centre", "system", "services", "clinic", "partners", "network",
               "complex", "post"},
    "sports": {"complex", "centre", "center"}, "talking": {"therapies"},
    "psychological": {"therapies"},
    "surgical": {"center", "centre", "services", "associates", "group", "specialists"},
    "surgery": {"center", "centre"}, "care": {"center", "centre", "home"},
    "nursing": {"home", "facility"}, "urgent": {"care"},
    "cancer": {"center", "centre", "institute"},
    "rehab": {"center", "centre", "facility"}, "rehabilitation": {"center", "centre", "hospital"},
    "heart": {"institute", "center", "centre"}, "eye": {"center", "centre", "institute"},
    "dialysis": {"center", "centre", "unit"}, "imaging": {"center", "centre"},
}
# "valley medical", "Westbury General": an adjective head at the end of the name.
_END_HEADS = frozenset({"medical", "health", "surgical", "healthcare", "general", "regional",
                        "memorial", "elementary", "primary", "maternity", "high"})
# End heads that are common adjectives: a capital or a place preposition must say a name.
_BARE_END_HEADS = frozenset({"general", "regional", "memorial", "elementary", "primary",
                             "maternity", "high"})
# Heads named by a common word in ASR when a place preposition or a hospital comes before
# it: "near the forum mall", "hospital ferris wing", "at musgrave park" (a hospital's site).
_CUED_HEADS = frozenset({"wing", "mall", "park"})
# Kinds of park, never a name: "the car park", "a theme park".
_PARK_KINDS = frozenset("""car dog skate theme water trailer national ball business retail
industrial amusement caravan play country holiday safari science""".split())
# Words of time that can follow a name: "at mass general last year".
_TIME_AFTER = frozenset("""last next this today yesterday tomorrow tonight recently earlier
later ago again now then yet still twice once""".split())
# Heads of groups people belong to: named by a rare word or a town ("ashford rugby club").
_GROUPS = frozenset({"club", "society", "association", "alliance", "coalition", "federation"})
_NEEDS_CAPITAL = frozenset({"practice", "surgery", "school", "schools", "college", "church", "bank",
                            "company", "academy"})
_PLACE_PREPOSITIONS = ("at", "to", "from", "in", "into")
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
senior assisted independent intensive critical palliative respite home self social foster
child patient foot skin wound acute managed personal elderly long term residential hospice
routine aftercare after primary shopping call daycare fitness rec recreation dialysis
wellness test testing vaccination distribution service garden sports leisure job visitor
youth student career learning data trauma burn stroke birthing town grocery corner liquor
convenience department hardware furniture book coffee pet thrift internal physical
occupational speech pediatric paediatric adult interventional spine hand
correctional federal juvenile detention treatment addiction recovery surgeon
attorney secretary inspector consul
chest fracture breast asthma allergy antenatal postnatal sexual travel smoking weight
anticoagulation respiratory lung bone joint back hand foot skin ear nose throat hearing
vision hip knee kidney liver bladder bowel stomach headache migraine falls stroke heart
vaccine vaccines immunisation immunization flu covid booster screening ptsd hiv std sti ent
copd ibs adhd autism eating disorder methadone
rugby football golf tennis cricket swimming running walking chess bowling boxing sailing
rowing cycling netball hockey squash darts snooker bridge gardening knitting singing choir
dance drama film camera youth social working men's golf country night
vascular renal cardiac neuro ortho plastics
gi gu ob gyn obgyn ob-gyn id hem onc heme ivf
wrist shoulder elbow ankle neck thumb finger toe nail hair scalp jaw mouth tooth teeth
gum eyes prostate thyroid colon rectal gut pelvic pelvis tendon muscle nerve vein ulcer
coronary neonatal newborn baby special high dependency assessment observation discharge
admission infusion endoscopy transplant spinal injuries burns medicine surgery acute
short stay day-case container ferry cruise bus coach freight cargo passenger departures
arrivals domestic international terminal
therapies talking complex rescue doctors works
village dining concert assembly lecture exam bingo scout masonic music farmers farmers' flea
""".split()) | DEPARTMENTS

#: Heads that are also a treatment or a service's kind (``growth hormone therapy``,
#: ``rotator cuff repair surgery``, ``palliative care``): in lowercase ASR, where no capital
#: says "a name", the words before one name a place only after ``at``/``to``/``from``/``in``.
TREATMENTS = frozenset("""surgery therapy medicine care rehab physio physiotherapy imaging
dental dentistry orthodontics audiology optometry podiatry chiropractic osteopathy orthopedics
orthopaedics cardiology dermatology pediatrics paediatrics neurology oncology urology radiology
practice""".split())
# A word this common (wordfreq's Zipf scale) names no place in lowercase ASR unless a place
# preposition says so ("at county hospital"): "consider", "schedule", "after".
COMMON = 4.5


#: Heads of a hospital's service or unit, named by what it treats: ``the Postanesthesia
#: Care Unit``, ``Same Day Surgery``, ``the Bariatric Center``.
SERVICE_HEADS = frozenset("""care unit units surgery center centre clinic clinics service
services department ward suite lab laboratory seminar program programme team
rehabilitation rehab""".split())
# Endings of the adjectives and nouns that say what a unit treats ("bariatric", "colorectal").
CLINICAL_ENDINGS = ("al", "ic", "ive", "ary", "ology", "ics", "ry", "logy", "tric", "sis")


def clinical_word(key: str) -> bool:
    """A word that says what a service does or treats, naming no one and no place:
    ``care``, ``thoracic``, ``postanesthesia`` (a department after ``post``/``pre``)."""
    if key in GENERIC or key in ("post", "pre"):  # "Post Anesthesia Care Unit"
        return True
    for prefix in ("post", "pre"):
        if key.startswith(prefix) and key[len(prefix):].lstrip("-") in DEPARTMENTS:
            return True
    return key.endswith(CLINICAL_ENDINGS) and key.isalpha() and zipf(key) < 5.0 \
        and name_info(key) is None and place_info(key) is None
