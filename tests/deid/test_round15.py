"""Round 15: spoken forms written for these tests from the principles (no held-out text): a
digit said again and again (``six oh oh oh``), ``www dot`` before any words, Ireland's
``County Mayo``, a place named after its kind (``a care home called The Larches``), a
nurse's role before a name, a form's pharmacy, a part of a month (``mid-October``), a named
part of a country (``the Gulf Coast``), a university hospital's initials, an address inside
Markdown, a state's code after a town, a city's schools, a word spelled alone with hyphens,
an extension; and a date read out slowly. A speaker confirming a date of birth pauses
between its parts, and the transcript writes each pause as an ellipsis or a full stop; the
part after the pause belongs to the date when it is the part the date lacks and nothing else
follows it in its clause. A role label in lowercase at a line's start (``agent:``) starts a
turn, as one in capitals does. Every sentence is written for these tests."""
import pytest

from cleanup.deid.step import Deidentify

every = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    ("Patient: My date of birth is June... eighth... nineteen fifty-one.",
     "Patient: My date of birth is [DATE]."),
    ("Patient: It's October 9th. 1987.", "Patient: It's [DATE]."),
    ("Patient: born on March... the second... 1949", "Patient: born on [DATE]"),
    ("caller: date of birth is august... 30th... 1966\nagent: thank you",
     "caller: date of birth is [DATE]\nagent: thank you"),
    ("Patient: it's the 2nd of July. 1975, that's right.",
     "Patient: it's the [DATE], that's right."),
    ("Patient: On June the 3rd. Uh, 1999.", "Patient: On [DATE]."),
    # the part after the pause says more: it is a new sentence, not the date's
    ("Patient: I moved on March 3rd. 1962 was the year it began.",
     "Patient: I moved on [DATE]. 1962 was the year it began."),
    ("Patient: I was seen on May 5th. 2 weeks later it came back.",
     "Patient: I was seen on [DATE]. 2 weeks later it came back."),
    # another speaker's turn is theirs
    ("Patient: date of birth is March 3rd.\nDoctor: 1962?",
     "Patient: date of birth is [DATE].\nDoctor: 1962?"),
    # a date without a month is not grown
    ("Patient: I'll come on Tuesday. 2024 has been busy.",
     "Patient: I'll come on Tuesday. 2024 has been busy."),
])
def test_a_date_read_with_pauses_between_its_parts(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a digit said again and again is read, not a stutter
    ("patient: my landline is four nine six oh oh oh oh", "patient: my landline is [CONTACT]"),
    ("patient: call me on two one three one one one one", "patient: call me on [CONTACT]"),
    # "www dot" opens a web address, whatever words its name holds
    ("patient: my website is www dot cakes by lou dot co dot uk",
     "patient: my website is [CONTACT]"),
])
def test_spoken_numbers_and_addresses(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Patient: I grew up in County Mayo.", "Patient: I grew up in [LOCATION]."),
    ("patient: we're from county kerry originally", "patient: we're from [LOCATION] originally"),
    ("patient: county durham", "patient: [LOCATION]"),
    ("Patient: We live up in Marin county now.", "Patient: We live up in [LOCATION] now."),
    ("Patient: It is a Big county.", "Patient: It is a Big county."),
    # a common word after it: the county's council or its fair, no place's name
    ("patient: he works for the county council", "patient: he works for the county council"),
    ("patient: we went to the county fair", "patient: we went to the county fair"),
])
def test_county_before_its_name(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Patient: Dad is in a care home called The Larches.",
     "Patient: Dad is in a care home called [LOCATION]."),
    ("patient: dad is in a care home called the larches",
     "patient: dad is in a care home called the [LOCATION]"),
    ("patient: i work for a company called brookvale logistics",
     "patient: i work for a company called [LOCATION]"),
    ("Patient: I work for a firm called Pemberton and Hale.",
     "Patient: I work for a firm called [LOCATION]."),
    ("Patient: I work at a shop called Paper Lantern in town.",
     "Patient: I work at a shop called [LOCATION] in town."),
    # a thing called something is no place
    ("Patient: I had a condition called Bell's palsy.",
     "Patient: I had a condition called Bell's palsy."),
    ("patient: it's a cream called hydromol", "patient: it's a cream called hydromol"),
    ("patient: a shop called, um, i forget", "patient: a shop called, um, i forget"),
])
def test_a_place_named_after_its_kind(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a nurse's role between the title and the name is no part of the name
    ("Seen by Nurse Practitioner Dana Reilly on the ward.",
     "Seen by Nurse Practitioner [NAME] on the ward."),
    ("I spoke to Clinical Nurse Specialist Ruth Abara.",
     "I spoke to Clinical Nurse Specialist [NAME]."),
    ("seen by nurse practitioner dana reilly", "seen by nurse practitioner [NAME]"),
    ("Call the Nurse Specialist team on the ward.", "Call the Nurse Specialist team on the ward."),
])
def test_a_nurse_role_before_the_name(raw, expected):
    assert every(raw) == expected


def test_a_pharmacy_field_and_its_name(tmp_path):
    from cleanup import formats
    from cleanup.deid import find_phi
    from cleanup.deid.view import View

    path = tmp_path / "form.txt"
    path.write_text("Allergies: none\nPreferred pharmacy: Hollybank Chemists\n"
                    "School: Wexley Grange Academy\n", encoding="utf-8")
    transcript = formats.read(str(path))
    view = View.of(transcript)
    found = [" ".join(view.texts[s.first:s.last + 1]) for s in find_phi(transcript)]
    assert found == ["Hollybank Chemists", "Wexley Grange Academy"]


@pytest.mark.parametrize("raw, expected", [
    # a part of a month written on to it: the month is the date
    ("Patient: It began in mid-October.", "Patient: It began in mid-[DATE]."),
    ("Patient: It began in late-April 2019.", "Patient: It began in late-[DATE]."),
    ("Patient: She had a mid-term review.", "Patient: She had a mid-term review."),
    # a named part of a country, after "the" and a word of place
    ("Patient: We moved down from the Gulf Coast.", "Patient: We moved down from the [LOCATION]."),
    ("patient: we retired to the lake district", "patient: we retired to the [LOCATION]"),
    ("Patient: My son lives out in the Midwest.", "Patient: My son lives out in the [LOCATION]."),
    ("Patient: I sat in the waiting area.", "Patient: I sat in the waiting area."),
    ("patient: the pain is in the north east of my belly",
     "patient: the pain is in the north east of my belly"),
    # a university's hospital by its initials
    ("Patient: I had the scan at MUSU.", "Patient: I had the scan at [LOCATION]."),
    ("Patient: She was treated at UCSF in the spring.",
     "Patient: She was treated at [LOCATION] in the spring."),
    ("Patient: He was in the PICU for a week.", "Patient: He was in the PICU for a week."),
])
def test_months_regions_and_university_hospitals(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # an address inside a Markdown link or brackets: the address alone goes
    ("- **[00:12](https://www.example-video.org/watch?v=q1w2&t=12s)** So we start.",
     "- **[00:12]([CONTACT])** So we start."),
    ("Write to us (mailto:front.desk@elmtree-clinic.org) today.",
     "Write to us (mailto:[CONTACT]) today."),
    # a state's code after a town, with a comma or without one
    ("Patient: We moved to Denver, CO last spring.",
     "Patient: We moved to [LOCATION], [LOCATION] last spring."),
    ("Patient: I worked in Washington DC for years.",
     "Patient: I worked in [LOCATION] [LOCATION] for years."),
    ("Patient: I was in Paris OR in Lyon.", "Patient: I was in [LOCATION] OR in [LOCATION]."),
    ("Signed: Dr. Nadia Martinez, MD", "Signed: Dr. [NAME], MD"),
])
def test_addresses_in_markup_and_state_codes(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a city's schools as one body
    ("Patient: I teach for Milford Public Schools.", "Patient: I teach for [LOCATION]."),
    ("Patient: The local schools are good.", "Patient: The local schools are good."),
    # a word spelled alone with hyphens: what people spell is a name
    ("Doctor: Let me write that down: V-A-R-G-O.", "Doctor: Let me write that down: [NAME]."),
    ("Patient: It is spelled with a K, K-A-T-E.", "Patient: It is spelled with a K, [NAME]."),
    ("Patient: I take M-E-T-F-O-R-M-I-N.", "Patient: I take M-E-T-F-O-R-M-I-N."),
    ("Patient: You spell it T-H-E-R-E.", "Patient: You spell it T-H-E-R-E."),
    ("Patient: It was an M-R-I.", "Patient: It was an M-R-I."),
])
def test_schools_and_words_spelled_alone(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # an extension written after "ext." or said digit by digit
    ("Patient: Call 0161 496 0182 ext. 318.", "Patient: Call [CONTACT] ext. [CONTACT]."),
    ("patient: ask for extension three one eight", "patient: ask for extension [CONTACT]"),
    ("patient: the hair extension is two inches", "patient: the hair extension is two inches"),
])
def test_an_extension(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # two people named with one surname: the first given name though it is a word
    ("Will and Nora Pettigrew run the farm.", "[NAME] and [NAME] run the farm."),
    ("We stayed with Mark and Ottilie Brandreth.", "We stayed with [NAME] and [NAME]."),
    ("I will and Nora Pettigrew will too.", "I will and [NAME] will too."),
    ("Red and Nora Pettigrew came.", "Red and [NAME] came."),
])
def test_two_people_with_one_surname(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a practice named for its branch, after "to" or "from" in text with capitals
    ("Patient: Welcome to Kestrel Psychology, I'm Dr. Amadi.",
     "Patient: Welcome to [LOCATION], I'm Dr. [NAME]."),
    ("Patient: I was referred to Paediatric Cardiology.",
     "Patient: I was referred to Paediatric Cardiology."),
    ("patient: referred to paediatric cardiology", "patient: referred to paediatric cardiology"),
])
def test_a_practice_named_for_its_branch(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # the spine's levels are no place; a size a template left blank is no name
    ("The screws were placed at L3 and L4 on both sides.",
     "The screws were placed at L3 and L4 on both sides."),
    ("The fusion ran from T10-L1.", "The fusion ran from T10-L1."),
    ("It ran from the pubic tubercle to the ASIS.", "It ran from the pubic tubercle to the ASIS."),
    ("The infant was fitted with a XX-cm ring.", "The infant was fitted with a XX-cm ring."),
    ("Practice: 4 Elm Way, Dunmore, OR 97333.",
     "Practice: [LOCATION], [LOCATION], [LOCATION] [LOCATION]."),
])
def test_spine_levels_and_blank_sizes(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a letter's closing and a clinician's credentials and specialty are no name and no place
    ("Sincerely,\nNadia Ferreira, MD", "Sincerely,\n[NAME], MD"),
    ("Yours faithfully,\nDr. Amos Kell, MD, FACC\nLakeview Cardiology Associates",
     "Yours faithfully,\nDr. [NAME], MD, FACC\n[LOCATION]"),
    ("Dr. Ines Marlow, MD Oncology", "Dr. [NAME], MD Oncology"),
])
def test_closings_credentials_and_specialties(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a template's unfilled field is nobody's
    ("On $clinic_date_ddmy at $clinic_time.", "On $clinic_date_ddmy at $clinic_time."),
    ("Dear {{patient_name}}, see you soon.", "Dear {{patient_name}}, see you soon."),
])
def test_template_fields(raw, expected):
    assert every(raw) == expected
