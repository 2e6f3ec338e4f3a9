"""Round 10: employers everyone knows, lines of work, regions of the world, and the words of
medicine that written dialogue capitalizes. Every sentence is written for these tests; each
shape was met in real consultations."""
import pytest

from cleanup.data import lines
from cleanup.deid.knowledge import name_info, place_info
from cleanup.deid.step import Deidentify

every = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    # a chain's name is a common word, so only a cue of work makes it an employer
    ("[patient] i stock shelves , i work at target", "[patient] i stock shelves , i work at "
     "[LOCATION]"),
    ("[patient] my son works at the local wal mart", "[patient] my son works at the local "
     "[LOCATION]"),
    ("[patient] i work for ups , mostly the night shift",
     "[patient] i work for [LOCATION] , mostly the night shift"),
    ("Patient: I work at Home Depot on weekends.", "Patient: I work at [LOCATION] on weekends."),
    ("Patient: My son works for T mobile now.", "Patient: My son works for [LOCATION] now."),
    # written with its capital after a word of going, a chain is a place the patient names
    ("Patient: I shop at Target on weekends.", "Patient: I shop at [LOCATION] on weekends."),
])
def test_known_employers(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw", [
    "[patient] my target weight is one sixty",
    "[patient] i work at a target of ten thousand steps",
    "[doctor] we use amazon for the supplies",
    "[patient] i shop at target on weekends",
    "Patient: I listen to Apple Music at night.",
])
def test_known_employers_need_a_cue_of_work(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("Patient: I work in customer service.", "Patient: I work in [PROFESSION]."),
    ("[doctor] what do you do for work\n[patient] i do data processing for the county",
     "[doctor] what do you do for work\n[patient] i do [PROFESSION] for the county"),
    ("[patient] i work construction so i lift a lot",
     "[patient] i work [PROFESSION] so i lift a lot"),
    ("Patient: She's in real estate.", "Patient: She's in [PROFESSION]."),
    ("Patient: He works security at the mall.", "Patient: He works [PROFESSION] at the mall."),
    ("Patient: I was a mail carrier for years.", "Patient: I was a [PROFESSION] for years."),
])
def test_lines_of_work(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw", [
    "[patient] i do it every day",
    "[patient] i work it out with my wife",
    "[patient] do you do maintenance on it",
    "[patient] i do the cleaning at home",
    "Patient: I'm a carrier of the gene.",
    "Patient: Yes, I'm a single mother of three.",
    "Doctor: She's a frequent flyer here.",
])
def test_not_lines_of_work(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # a role said of a clinician just named is not the patient's job
    ("Patient: Doctor Kovacs saw me. He is a sports doctor.",
     "Patient: Doctor [NAME] saw me. He is a sports doctor."),
    ("Doctor: Who is Doctor Amari?\nPatient: He is a psychiatrist. I see him weekly.",
     "Doctor: Who is Doctor [NAME]?\nPatient: He is a psychiatrist. I see him weekly."),
    # ... but a relative's is
    ("Doctor: What does your wife do?\nPatient: She's a nurse.",
     "Doctor: What does your wife do?\nPatient: She's a [PROFESSION]."),
    ("Patient: Doctor, my daughter, she's a nurse too.",
     "Patient: Doctor, my daughter, she's a [PROFESSION] too."),
])
def test_roles_of_clinicians(raw, expected):
    assert every(raw) == expected




@pytest.mark.parametrize("raw, expected", [
    ("[patient] we went to europe in the spring", "[patient] we went to [LOCATION] in the "
     "spring"),
    ("Patient: My family is from the Middle East.",
     "Patient: My family is from the [LOCATION]."),
    ("[patient] she grew up in east africa", "[patient] she grew up in [LOCATION]"),
    ("Patient: We backpacked around Southeast Asia.",
     "Patient: We backpacked around [LOCATION]."),
])
def test_regions(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: I like European food.",
    "[doctor] the pain is on the east side of the knee",
    "[patient] my mother is asian and my dad is from here",
])
def test_not_regions(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw", [
    "Doctor: Her notes list Varicella at age four.",
    "Patient: They found Afib on my watch.",
    "Doctor: Does a Valsalva make it worse?",
    "Doctor: It sounds like a Vasovagal Syncope to me.",
    "Doctor: The swab grew Enterococcus overnight.",
    "Patient: Sulfa drugs give me a rash.",
    "Doctor: The Xrays look clear.",
    "Patient: I check with my Accu Chek daily.",
    "Doctor: The Internist will review it.",
])
def test_words_of_medicine_are_never_names(raw):
    assert every(raw) == raw


def test_no_listed_condition_is_a_name_or_a_place():
    """A condition word that is also a census name or a town would hide that person or town
    from every other finder (a term of several words is matched only whole)."""
    clashes = [term for term in lines("deid_conditions.txt")
               if place_info(term) or (" " not in term and name_info(term))]
    assert clashes == []


@pytest.mark.parametrize("raw, expected", [
    # a title makes a name of a word that is also a kinship word or a farewell
    ("Patient: Doctor Tio stitched my hand last year.",
     "Patient: Doctor [NAME] stitched my hand last year."),
    ("Patient: I spoke to Ms. Tara at reception.",
     "Patient: I spoke to Ms. [NAME] at reception."),
    ("Patient: Thanks, tara then.", "Patient: Thanks, tara then."),
    # a common surname that is also a word, capitalized after "Doctor"
    ("Patient: I see Doctor Bishop about my thyroid.",
     "Patient: I see Doctor [NAME] about my thyroid."),
    ("Doctor: The surgeon Dr Hill will see you.", "Doctor: The surgeon Dr [NAME] will see you."),
    ("[patient] i saw the doctor long ago", "[patient] i saw the doctor long ago"),
])
def test_titled_names(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Doctor: Where are you from?\nPatient: Sioux Falls, mostly.",
     "Doctor: Where are you from?\nPatient: [LOCATION], mostly."),
    ("Patient: We lived in Korea, then the Netherlands.",
     "Patient: We lived in [LOCATION], then the [LOCATION]."),
    ("Patient: They moved him to U M H C that night.",
     "Patient: They moved him to [LOCATION] that night."),
    ("[patient] they sent him over to the u m h c hospital",
     "[patient] they sent him over to the [LOCATION]"),
    ("Patient: The GP sent her on to Children's.", "Patient: The GP sent her on to [LOCATION]."),
    ("Patient: He was in the ICU, then the E D, then the ENT clinic.",
     "Patient: He was in the ICU, then the E D, then the ENT clinic."),
])
def test_places_by_short_names(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Patient: I work for the council as delivery driver.",
     "Patient: I work for the council as [PROFESSION]."),
    ("Patient: I was working as an I T support analyst.",
     "Patient: I was working as an [PROFESSION]."),
    ("Patient: My husband ran a bakery for years.",
     "Patient: My husband ran a [PROFESSION] for years."),
    ("Patient: My daughter works at a care home.", "Patient: My daughter works at a [PROFESSION]."),
    ("Patient: She works at a tyre dealership.", "Patient: She works at a [PROFESSION]."),
    ("Patient: He works at phone shop by the station.",
     "Patient: He works at [PROFESSION] by the station."),
])
def test_jobs_by_workplace(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a line of work later in the clause a verb of work opens
    ("Patient: I'm working for Verizon customer service these days.",
     "Patient: I'm working for [LOCATION] [PROFESSION] these days."),
    ("Patient: I work for the water board in data processing.",
     "Patient: I work for the water board in [PROFESSION]."),
    ("Patient: My son's a real estate agent now.", "Patient: My son's a [PROFESSION] now."),
    # a kind of work done, said for the job
    ("Patient: I was a typist and later did payroll work at the mill.",
     "Patient: I was a [PROFESSION] and later did [PROFESSION] at the mill."),
    # a known employer after "worked with"
    ("[doctor] so you worked with fedex for a while", "[doctor] so you worked with [LOCATION] "
     "for a while"),
])
def test_jobs_later_in_the_clause(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: I run a business.",
    "Patient: I take it as needed.",
    "Patient: I work at home most days.",
    "Patient: I ran a bath and went to bed.",
    "[patient] i went home and did yard work",
    "[doctor] we did some lab work last week",
    "[patient] i work with kids at the weekend",
])
def test_not_jobs_by_workplace(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("Patient: It began May thirty two thousand and nine.", "Patient: It began [DATE]."),
    ("Patient: The scan was on March twenty nineth.", "Patient: The scan was on [DATE]."),
    ("Patient: We were away on the twelfth and thirteenth.",
     "Patient: We were away on the [DATE] and [DATE]."),
    ("Doctor: Use the patch on the third and tenth days.",
     "Doctor: Use the patch on the third and tenth days."),
])
def test_days(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw", [
    # a phrasal verb's particle after "call me" names no one
    "[doctor] if it gets worse just call me back",
    # a condition named after "a side effect called"
    "[doctor] one effect called gynecomastia is possible",
    # eponymous signs and tests said in the plural
    "[doctor] his mcmurray tests were normal , murphy's signs absent",
    # a thing ending in -er is no doer
    "[patient] a hot shower eases it",
    # dishes and drinks named after people
    "[patient] i had fettuccine alfredo and a diet coke",
    "[patient] i cut back on mountain dew",
])
def test_words_that_are_no_names(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # a person's title before a word that names a condition too
    ("Doctor: Right, Mrs. Addison, let's look at your knee.",
     "Doctor: Right, Mrs. [NAME], let's look at your knee."),
    ("Patient: My mother was born in the US.", "Patient: My mother was born in the [LOCATION]."),
    # a branch of medicine where the patient works
    ("Doctor: What's your job?\nPatient: I work in, uh, vascular surgery.",
     "Doctor: What's your job?\nPatient: I work in, uh, [PROFESSION]."),
    ("[patient] my husband works in radiology", "[patient] my husband works in [PROFESSION]"),
    ("Doctor: Now, you're a medic yourself, aren't you?",
     "Doctor: Now, you're a [PROFESSION] yourself, aren't you?"),
    # the year of a date of birth said after an unheard day and month
    ("Doctor: Your date of birth and first line of your address?\nPatient: <UNIN/> nineteen "
     "eighty-two.", "Doctor: Your date of birth and first line of your address?\nPatient: "
     "<UNIN/> [DATE]."),
])
def test_round10_primock_shapes(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw", [
    "[doctor] i work in cardiology here",
    "Patient: Is that something your years as a doctor taught you?",
    "Patient: Um, so I'm, honestly, between jobs.",
    "Patient: Right now I'm living with my sister.",
    "Doctor: If it gets worse, call nine nine nine straight away.",
    "Patient: I called 911 that night.",
    "Doctor: We'll try the Clenil Modulite, two puffs.",
    "Doctor: Feel just below the Adam's apple.",
    "Patient: The kids loved their Easter eggs.",
    "[patient] the alfredo sauce is too rich",
    "Patient: I did physio and a T E N S unit.",
])
def test_round10_not_phi(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # a chain that fills prescriptions, after a word of going or sending
    ("[doctor] should i send it to walgreens again", "[doctor] should i send it to [LOCATION] "
     "again"),
    ("[patient] maybe try rite aid instead", "[patient] maybe try [LOCATION] instead"),
    ("[doctor] which pharmacy\n[patient] cvs please", "[doctor] which pharmacy\n[patient] "
     "[LOCATION] please"),
    # a common surname after a lowercase "doctor", with a verb after it
    ("[patient] doctor green started me on it", "[patient] doctor [NAME] started me on it"),
    # the patient named again after a dictation's heading
    ("[doctor] next is nadia okafor . assessment and plan , nadia okafor is doing well",
     "[doctor] next is [NAME] . assessment and plan , [NAME] is doing well"),
    # a kinship word of another language that is a given name, after a relative
    ("Patient: My daughter Tia came with me.", "Patient: My daughter [NAME] came with me."),
    # a person to talk with, named after the verb
    ("[doctor] let me talk with ray about the scheduling",
     "[doctor] let me talk with [NAME] about the scheduling"),
    # a practice named before its branch of medicine, no article
    ("[patient] she was seen at lakeview cardiology in june",
     "[patient] she was seen at [LOCATION] in [DATE]"),
    # a month and a day run together by ASR after a word of a visit
    ("[doctor] at her last visit on 1014 she was stable",
     "[doctor] at her last visit on [DATE] she was stable"),
])
def test_round10_aci_shapes(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw", [
    "[patient] i put on my boots and went out",
    "[patient] i was seen at the orthopedics clinic",
    "[doctor] you should talk to cardiology about that",
    "[patient] i need to talk to someone",
    # an acronym in capitals is no census name
    "Doctor: It may have been a TIA, so I'll refer you.",
    "[doctor] we'll keep you on 150 mg",
    "[doctor] her follow-up on 1340 was cancelled",
    "[patient] the doctor said it was fine",
])
def test_round10_aci_not_phi(raw):
    assert every(raw) == raw
