"""One row per principle the deidentify step works from, each with sentences of its own
(other names, places and numbers than any rule was written against), and rows that must
not change. Multi-line rows go through the text reader, so ``Doctor:``/``[patient]`` are
speaker labels, as in the CLI.

No name, place or date here comes from the shared development set."""
import pytest

from cleanup import formats
from cleanup.deid.step import Deidentify

tag = Deidentify()


def run(text: str) -> str:
    return formats.render(tag.transform(formats.parse(text, "txt")), "txt").rstrip("\n")


@pytest.mark.parametrize("raw, expected", [
    # an organization introduced by a clinician, a call, "here at", a job, a home, a service
    ("Doctor: Hi, I'm Dr Rahman from Fenwick Medical Centre.\nPatient: Hi.",
     "Doctor: Hi, I'm Dr [NAME] from [LOCATION].\nPatient: Hi."),
    ("Doctor: I'm Dr. Lowe from Cardiology.\nPatient: Hi.",
     "Doctor: I'm Dr. [NAME] from Cardiology.\nPatient: Hi."),
    ("Doctor: Hello, I'm calling from Ashdown Partnership about your results.\nPatient: OK.",
     "Doctor: Hello, I'm calling from [LOCATION] about your results.\nPatient: OK."),
    ("[doctor] i'm doctor feeney one of the surgeons here at brightwell today\n[patient] hi",
     "[doctor] i'm doctor [NAME] one of the surgeons here at [LOCATION] today\n[patient] hi"),
    ("[patient] my wife works at safeway and i work for halliburton",
     "[patient] my wife works at [LOCATION] and i work for [LOCATION]"),
    ("Patient: He lives at Oakridge Senior Living now.\nDoctor: OK.",
     "Patient: He lives at [LOCATION] now.\nDoctor: OK."),
    ("[patient] i got it from the chemist at boswells on tuesday",
     "[patient] i got it from the chemist at [LOCATION] on tuesday"),
    # a date of birth answered in the next turn, as digit groups with fillers and commas
    ("Doctor: And your date of birth, please?\nPatient: Yeah, it's three, eleven, uh, sixty-four.",
     "Doctor: And your date of birth, please?\nPatient: Yeah, it's [DATE]."),
    ("Doctor: Can I take your date of birth?\nPatient: Twenty-second, uh, seven, ninety-one.",
     "Doctor: Can I take your date of birth?\nPatient: [DATE]."),
    ("Doctor: Date of birth?\nPatient: I've had it for two weeks, three or four days.",
     "Doctor: Date of birth?\nPatient: I've had it for two weeks, three or four days."),
    # a name answered in the next turn, in lowercase too
    ("doctor: could i confirm your full name?\npatient: um, yes, it's rory quennell.",
     "doctor: could i confirm your full name?\npatient: um, yes, it's [NAME]."),
    # street addresses: house and flat numbers across commas; pieces split by tags
    ("Patient: It's six oh two, four D, Tamworth Road, Ellesmere.\nDoctor: Thanks.",
     "Patient: It's [LOCATION], [LOCATION].\nDoctor: Thanks."),
    ("Patient: Thirty one <UNSURE>Marlow</UNSURE> <UNIN/> Street.\nDoctor: Thanks.",
     "Patient: [LOCATION] <UNSURE>[LOCATION]</UNSURE> <UNIN/> [LOCATION].\nDoctor: Thanks."),
    ("Patient: Eighty four <UNIN/> Avenue, please.\nDoctor: Thanks.",
     "Patient: [LOCATION] <UNIN/> [LOCATION], please.\nDoctor: Thanks."),
    # professions: compounds the list need not hold, workplaces, lines of work, relatives
    ("Patient: I'm a support worker and my partner's a scaffolder.\nDoctor: OK.",
     "Patient: I'm a [PROFESSION] and my partner's a [PROFESSION].\nDoctor: OK."),
    ("Patient: My son is a kite maker and my sister works in a tattoo studio.\nDoctor: OK.",
     "Patient: My son is a [PROFESSION] and my sister works in a [PROFESSION].\nDoctor: OK."),
    ("[patient] he works in construction and she was a train conductor",
     "[patient] he works in [PROFESSION] and she was a [PROFESSION]"),
    ("Patient: She's a heating and plumbing engineer at Carrow Group.\nDoctor: OK.",
     "Patient: She's a [PROFESSION] at [LOCATION].\nDoctor: OK."),
    ("[patient] he was a welder at marinette for years and i do pet sitting on the side",
     "[patient] he was a [PROFESSION] at [LOCATION] for years and i do [PROFESSION] on the side"),
    ("[patient] i'm still working at the dollar general\n[doctor] ok",
     "[patient] i'm still working at the [LOCATION]\n[doctor] ok"),
    # ages over 89: a bare number after an age cue, a relative's age, an echo
    ("Doctor: How old is your nan?\nPatient: 102, believe it or not.",
     "Doctor: How old is your nan?\nPatient: [AGE], believe it or not."),
    ("[patient] my uncle is ninety six and my aunt lived to a hundred and one",
     "[patient] my uncle is [AGE] and my aunt lived to [AGE]"),
    ("[patient] she turned ninety seven\n[doctor] wow ninety seven\n[patient] yes",
     "[patient] she turned [AGE]\n[doctor] wow [AGE]\n[patient] yes"),
    # names: a common-word surname after a first name, a speaker, a vocative
    ("[patient] this is my brother dale brooks", "[patient] this is my brother [NAME]"),
    ("[patient] my neighbour linda bishop drove me", "[patient] my neighbour [NAME] drove me"),
    ("[patient] so rose said i should come in", "[patient] so [NAME] said i should come in"),
    ("Doctor: Right. Gavin, can you lift your arm?\nPatient: Yes.",
     "Doctor: Right. [NAME], can you lift your arm?\nPatient: Yes."),
    ("Doctor: Is that sore, Eileen?\nPatient: Yes.",
     "Doctor: Is that sore, [NAME]?\nPatient: Yes."),
    ("[patient] my manager priyanka says i need a note",
     "[patient] my manager [NAME] says i need a note"),
    # the name a dictation opens with; a month that is a first name after a greeting
    ("[doctor] wendell cross is a 58-year-old male here for follow up .\n[patient] hi",
     "[doctor] [NAME] is a 58-year-old male here for follow up .\n[patient] hi"),
    ("[doctor] patient , june okafor . date of birth 2/3/1961 .\n[patient] hi",
     "[doctor] patient , [NAME] . date of birth [DATE] .\n[patient] hi"),
    ("[doctor] hi april , good to see you\n[patient] you too in may",
     "[doctor] hi [NAME] , good to see you\n[patient] you too in [DATE]"),
    # facilities with other heads, nicknames, employers without a head noun
    ("Patient: He was at Redstone Correctional Facility for a year.\nDoctor: OK.",
     "Patient: He was at [LOCATION] for a year.\nDoctor: OK."),
    ("Patient: I went to Swiftcare Urgent Care on Sunday.\nDoctor: OK.",
     "Patient: I went to [LOCATION] on Sunday.\nDoctor: OK."),
    ("[patient] i was seen at mass general last spring",
     "[patient] i was seen at [LOCATION] last spring"),
    ("[patient] he worked at the honeywell plant for years",
     "[patient] he worked at the [LOCATION] plant for years"),
    ("[patient] she had it done at saint anselm's", "[patient] she had it done at [LOCATION]"),
    ("Patient: My daughter's at Kent State University.\nDoctor: OK.",
     "Patient: My daughter's at [LOCATION].\nDoctor: OK."),
    # small towns after a word of place or travel
    ("Patient: We had a trip to Kinsale in the summer.\nDoctor: OK.",
     "Patient: We had a trip to [LOCATION] in the summer.\nDoctor: OK."),
    ("[patient] we were skiing in telluride last week",
     "[patient] we were skiing in [LOCATION] last week"),
    ("[patient] we drove over from marfa this morning",
     "[patient] we drove over from [LOCATION] this morning"),
    # spoken dates with "of" before the year, a day alone, lists of days
    ("[doctor] you were seen on march third of twenty twenty two",
     "[doctor] you were seen on [DATE]"),
    ("[patient] it was on the 21st and again on the twenty third of may",
     "[patient] it was on the [DATE] and again on the [DATE]"),
    ("[patient] around the 10th or 11th of june", "[patient] around the [DATE]"),
    # phone numbers written as digit groups
    ("[patient] my new number is 415 555 0187", "[patient] my new number is [CONTACT]"),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_finds(raw, expected):
    assert run(raw) == expected


@pytest.mark.parametrize("raw", [
    # medicines and conditions, eponyms, glossary terms, after words of place too
    "Doctor: We'll switch you over to Losartan, or back to Ramipril.\nPatient: OK.",
    "Patient: My mum had Addison's and my brother has Tourette's.\nDoctor: OK.",
    "Patient: I get hay fever every spring.\nDoctor: OK.",
    "[patient] i take st john's wort for my mood\n[doctor] ok",
    # departments, generic institutions, kinds of care
    "Doctor: I'll refer you to Orthopaedics or to Physio, or go to A and E.\nPatient: OK.",
    "[doctor] we'll send you to the chest pain clinic and then to urgent care\n[patient] ok",
    "[patient] i work from home and my wife works at the hospital\n[doctor] ok",
    "[patient] it's on the high street next to the bank\n[doctor] ok",
    # habits and roles, not jobs; comparatives
    "Patient: I'm a smoker, a light sleeper and a hard worker.\nDoctor: OK.",
    "Doctor: Hi, I'm the doctor today.\nPatient: Hi.",
    "Doctor: That gets us a step closer.\nPatient: OK.",
    # measurements, not ages; times, weekdays, seasons, lone years
    "Doctor: Your heart rate was 100 and your sugar was ninety five.\nPatient: OK.",
    "[patient] i did 100 200 300 reps in 2019 and 2020",
    "[patient] it was the turkey i think\n[doctor] ok",
    "[patient] i do stretches on the side of the bed and nothing on the side\n[doctor] ok",
    "[doctor] the patient is a 45-year-old man and it is a 2 year old problem\n[patient] ok",
    # public figures, sports teams
    "Patient: I'm no Pavarotti, but I sing. I'm a big fan of Dolly Parton.\nDoctor: Ha.",
    "[patient] i watched ohio beat michigan and i'm a texas fan\n[doctor] nice",
    "Doctor: In general your bloods are fine.\nPatient: Good.",
], ids=lambda v: v[:40])
def test_leaves(raw):
    assert run(raw) == raw
