"""Identifiers, contacts and dates said in ways the earlier rules missed: number plates
written or said, serials with letters among digits, codes after a licence, serial,
account or national-insurance cue, a mobile written in two fives, numbers read back in
pieces, dates said with their slashes, a day in digits after ``on``, numbered rooms,
theatres and units, feasts said without ``Day`` and a capitalized possessive's
``Birthday``. Each table has one beside it of what must not change (doses, readings,
clinical codes, stages, counts).

Every sentence here is our own; none comes from a development or held-out set."""
import pytest

from cleanup import formats
from cleanup.deid.step import Deidentify

tag = Deidentify()


def run(text: str, fmt: str = "txt") -> str:
    return formats.render(tag.transform(formats.parse(text, fmt)), fmt).rstrip("\n")


@pytest.mark.parametrize("raw, expected", [
    # a plate: capitals, then a number with a letter glued on or capitals after it
    ("Nurse: Their ambulance is parked badly, it's KBX 552T.\nDoctor: I'll tell them.",
     "Nurse: Their ambulance is parked badly, it's [ID].\nDoctor: I'll tell them."),
    ("Mother: He drives a grey estate, KCM 906 HT.\nNurse: Noted.",
     "Mother: He drives a grey estate, [ID].\nNurse: Noted."),
    ("Nurse: He rode a motorbike LMDB 310R to work.\nDoctor: Okay.",
     "Nurse: He rode a motorbike [ID] to work.\nDoctor: Okay."),
    # a plain number after a word for a vehicle
    ("Caller: Our van is TR 3081, the white one.\nNurse: Thanks.",
     "Caller: Our van is [ID], the white one.\nNurse: Thanks."),
    # the plate's capitals, its digits said one by one
    ("Caller: It's the little red hatchback, GH five two seven nine.\nNurse: Got it.",
     "Caller: It's the little red hatchback, [ID].\nNurse: Got it."),
    # in text without capitals, after a word for a vehicle
    ("nurse: and the car's reg?\npatient: it's kbt 519 fx, a grey one",
     "nurse: and the car's reg?\npatient: it's [ID], a grey one"),
    # a serial with letters among its digits
    ("Nurse: The sensor's tag reads 4H7LM2, is that his?\nMum: Yes.",
     "Nurse: The sensor's tag reads [ID], is that his?\nMum: Yes."),
    # a code after a serial, licence, account or national insurance cue
    ("Nurse: The serial on it is 7K3PD9.\nMum: Right.",
     "Nurse: The serial on it is [ID].\nMum: Right."),
    ("Doctor: Signed by me, council registration B 40213 full stop.",
     "Doctor: Signed by me, council registration [ID] full stop."),
    ("Clerk: There's a balance, that's account six two oh eight dash three.\nCaller: Fine.",
     "Clerk: There's a balance, that's account [ID].\nCaller: Fine."),
    ("Clerk: Passport last four is 7731.\nCaller: Yes.",
     "Clerk: Passport last four is [ID].\nCaller: Yes."),
    ("nurse: my national insurance is k t three one four four oh nine a got it",
     "nurse: my national insurance is [ID] got it"),
    # groups of a reference number said with slashes, hyphenated tens among them
    ("Medic: The police report is thirty-two slash zero four slash one one slash "
     "twenty-five. I'll leave it.",
     "Medic: The police report is [ID]. I'll leave it."),
    # a mobile written in two groups of five
    ("Caller: Mobile is my own, 97310 44825. Email later.\nClerk: Okay.",
     "Caller: Mobile is my own, [CONTACT]. Email later.\nClerk: Okay."),
    # a web address opened with www, its country's domain at the end
    ("Host: or visit www lakeside physio dot ph for more.",
     "Host: or visit [CONTACT] for more."),
    # a code answering a question for a reference, its groups after it
    ("Clerk: Booking reference?\nPatient: QX7 44 PL.",
     "Clerk: Booking reference?\nPatient: [ID]."),
    # a trunk 0 and ten digits in groups: a phone with its area code
    ("Patient: Fax it to 02 9555 1234 please.", "Patient: Fax it to [CONTACT] please."),
    # a country's code first
    ("Patient: It's +44 7700 900461.", "Patient: It's +[CONTACT]."),
    # letters spelled with hyphens, then digits said one by one
    ("Patient: Plate's K-B-Z six three eight M.", "Patient: Plate's [ID]."),
    # text all in capitals: its words are no plate's letters
    ("NURSE: HE WAS AT 120 BPM AND ON 500 MG. THE VAN IS KBX 552T.",
     "NURSE: HE WAS AT 120 BPM AND ON 500 MG. THE VAN IS [ID]."),
    # a Canadian postal code
    ("Nurse: Still 12 Maple Crescent, K1A 0B9?\nPatient: Yes.",
     "Nurse: Still [LOCATION], [LOCATION]?\nPatient: Yes."),
])
def test_codes(raw, expected):
    assert run(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # read back in pieces after it was given
    ("Clerk: ID number?\nPatient: Five one nine, two seven oh, four four.\n"
     "Clerk: Five one nine... two seven oh... four four.\nPatient: Yes.",
     "Clerk: ID number?\nPatient: [ID].\nClerk: [ID]... [ID]... [ID].\nPatient: Yes."),
    # its last digits confirmed
    ("nurse: is your mobile still oh seven nine double one two three double eight five one\n"
     "patient: yeah that's right, eight five one",
     "nurse: is your mobile still [CONTACT]\npatient: yeah that's right, [CONTACT]"),
])
def test_read_back(raw, expected):
    assert run(raw) == expected


@pytest.mark.parametrize("raw", [
    "Doctor: PHQ 9 was 14, GAD 7 was 9. BP 140 HR 72. ICD 10 code E11.9. CPT 99213.",
    "Doctor: CYP2D6 poor metaboliser. HbA1c 58. COVID 19 in 2021. Dose 500MG daily.",
    "Doctor: T2 lesion. G6PD deficiency. BRCA1 positive. H1N1 vaccine. GCS 15.",
    "Doctor: Stage T3N1M0 disease, L4L5 disc. CD4 350 cells. ECG 12 lead.",
    "Doctor: CYP21A2 and SLC26A4 variants, NS5A inhibitor, A1AT level.",
    "Doctor: Her BP one four two over eight eight. Take 10MG BD.",
    "Doctor: FEV1 2.1 L, FVC 3.2 L. PSA 4.1. NIHSS 12 on arrival. Pulse 120 BPM.",
    "nurse: park in the car park 3 or the bike rack. the car is 10 years old",
    "nurse: our bus 42 stops there. the taxi fare was 20 quid",
    "Patient: Take into account 2000 calories a day.",
    "Doctor: For reference, the 2019 guideline says 1500 mg. As a reference 2000 calories.",
    "Nurse: Steps went from 12000 to 15000 this week.",
    "Nurse: Take one two three steps. Count one two three.",
])
def test_codes_left(raw):
    assert run(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # day, month and year joined by spoken slashes
    ("Doctor: date of birth four slash oh nine slash nineteen fifty-one full stop",
     "Doctor: date of birth [DATE] full stop"),
    ("Doctor: seen on 3 slash 11 slash 22 in clinic.",
     "Doctor: seen on [DATE] in clinic."),
    # a day written in digits right after its cue
    ("Doctor: Plan discharge on 14th if stable full stop.",
     "Doctor: Plan discharge on [DATE] if stable full stop."),
    ("Nurse: Since 21st he is better.", "Nurse: Since [DATE] he is better."),
    # a feast of several words said without "Day", a word of time shortly before
    ("Nurse: We haven't had a reading since, what, All Souls?\nMum: No.",
     "Nurse: We haven't had a reading since, what, [DATE]?\nMum: No."),
    ("Nurse: She was admitted before St Stephen's and went home.",
     "Nurse: She was admitted before [DATE] and went home."),
    # French: "la" before a saint's name is the feast
    ("Docteur: Les résultats avant la Saint-Jean.",
     "Docteur: Les résultats avant la [DATE]."),
    # a capitalized possessive's Birthday: a holiday
    ("Patient: She fell over Queen's Birthday weekend.",
     "Patient: She fell over [DATE] weekend."),
])
def test_dates(raw, expected):
    assert run(raw) == expected


@pytest.mark.parametrize("raw", [
    "Doctor: BP one forty slash ninety, ratio one slash two slash three.",
    "Doctor: Review on 3rd floor. He came 2nd in the race. After 5th dose.",
    "Nurse: All saints have a feast day. He has been at all saints for a week.",
    "Nurse: We had Mum's Birthday party. Happy Birthday to you.",
    "Docteur: Il habite à Saint-Jérôme.",
])
def test_dates_left(raw):
    assert run(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("Nurse: Go to room number 207 on Friday.", "Nurse: Go to room number [LOCATION] on Friday."),
    ("Doctor: Operation in OT 2 full stop.", "Doctor: Operation in OT [LOCATION] full stop."),
    ("Nurse: He's in theatre 3 now.", "Nurse: He's in theatre [LOCATION] now."),
    ("Nurse: She's in room one one four, second floor.",
     "Nurse: She's in room [LOCATION], second floor."),
    # a hospital's numbered unit with its service
    ("Doctor: This is Dr Hasan, registrar, Medicine Unit 4, full stop.",
     "Doctor: This is Dr [NAME], registrar, [LOCATION], full stop."),
    ("Nurse: She's on Ward 7, Unit 3, bed twelve.",
     "Nurse: She's on Ward [LOCATION], Unit [LOCATION], bed [LOCATION]."),
    ("nurse: transfer to the surgical unit two tomorrow",
     "nurse: transfer to the [LOCATION] tomorrow"),
])
def test_rooms(raw, expected):
    assert run(raw) == expected


@pytest.mark.parametrize("raw", [
    "Nurse: She has OT 2 days a week.",
    "Nurse: Give 3 units of blood. Unit 5 of the course is online.",
    "Doctor: went to theatre twice, theatre one hour later.",
])
def test_rooms_left(raw):
    assert run(raw) == raw
