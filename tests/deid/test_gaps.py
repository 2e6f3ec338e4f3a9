"""Recall gaps closed by pattern: dates with a weekday, an article or a spoken year; phone
numbers in UK groups; flat numbers with a letter; facilities named by a common last word.
Every sentence is written for these tests (none comes from a shared or held-out set)."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    # a weekday before the day of the month
    ("Patient: The pain came back on Tuesday the 21st, at night.",
     "Patient: The pain came back on [DATE], at night."),
    ("[patient] it got worse on friday the twenty second",
     "[patient] it got worse on [DATE]"),
    # a year said after the month, the day said before it
    ("[patient] ever since the fourth of june twenty sixteen",
     "[patient] ever since the [DATE]"),
    # the article that opens the sentence with the date
    ("Patient: The 5th of April, 1971. That's my birthday.",
     "Patient: [DATE]. That's my birthday."),
])
def test_dates(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # "the" inside the sentence is no part of the date; no date, nothing grows
    ("Patient: I think the 5th of April was fine.", "Patient: I think the [DATE] was fine."),
    ("Patient: The second floor, then the lift.", "Patient: The second floor, then the lift."),
    ("[patient] we moved on the twentieth floor", "[patient] we moved on the twentieth floor"),
])
def test_dates_left(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a UK number written in groups of five, three and three
    ("Patient: My mobile, 07700 913 442.", "Patient: My mobile, [CONTACT]."),
    ("Patient: The surgery is on 01632 960 118 if you need it.",
     "Patient: The surgery is on [CONTACT] if you need it."),
])
def test_phone_groups(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: The code was 01234 and then 55.",
    "Patient: I walked 12000 steps and 300 more.",
])
def test_numbers_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # a flat or apartment number with its letter
    ("Patient: We're in apartment 7D now.", "Patient: We're in apartment [LOCATION] now."),
    ("[patient] i'm in flat 21a on kestrel road",
     "[patient] i'm in flat [LOCATION] on [LOCATION]"),
    # a house number with a dash, before or after the street
    ("Patient: We live at 31-07 Bell Avenue.", "Patient: We live at [LOCATION]."),
    ("Patient: I'm on 9th Street, number 31-07.",
     "Patient: I'm on [LOCATION], number [LOCATION]."),
    # the town and its spoken postcode after "now"
    ("[patient] we're at twelve hollin gardens now lurgan b t sixty six two k p",
     "[patient] we're at [LOCATION] now [LOCATION] [LOCATION]"),
])
def test_addresses(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: The tyre went flat 2 weeks ago.",
    "[patient] the tyre went flat two days ago",
    "Patient: She was in room 4 days.",
    "Patient: It has been flat now.",
])
def test_addresses_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # a school named by "primary", a rare name before it or capitals
    ("[patient] he goes to tamaki primary and he likes it",
     "[patient] he goes to [LOCATION] and he likes it"),
    ("Patient: He goes to Riverside Primary now.", "Patient: He goes to [LOCATION] now."),
    # a common word before "mall", "wing", "park" after a place preposition or a hospital
    ("[patient] i live near the galleria mall in town",
     "[patient] i live near the [LOCATION] in town"),
    ("[patient] she's at saint columba's hospital rowan wing now",
     "[patient] she's at [LOCATION] now"),
    ("[patient] i'll refer you to the physio at craigavon park",
     "[patient] i'll refer you to the physio at [LOCATION]"),
    # a saint's private hospital; a name whose possessive is part of it
    ("[patient] at st bride's private with mister jones",
     "[patient] at [LOCATION] with mister [NAME]"),
    ("Nurse: Dr. Abara-Quinn at Hale Children's sees her.",
     "Nurse: Dr. [NAME] at [LOCATION] sees her."),
])
def test_facilities(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "[patient] i parked in the car park",
    "[patient] we walk in the park every day",
    "[patient] we went to the theme park",
    "[patient] my primary care doctor",
    "[patient] it was the primary and the secondary",
    "[patient] she's in the west wing of the house",
    "[patient] we met at the new mall",
    "[patient] it's near the shopping mall",
])
def test_facilities_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # an employer after a verb of work that takes "for", a job and "in"
    ("Patient: I drive for Bluebird Taxis, mostly nights.",
     "Patient: I drive for [LOCATION], mostly nights."),
    ("[patient] i'm a barista in costellos on the main road",
     "[patient] i'm a [PROFESSION] in [LOCATION] on the main road"),
    # a shop after a verb of buying
    ("[patient] some gaviscon i bought from boots", "[patient] some gaviscon i bought from "
     "[LOCATION]"),
    ("[patient] i bought it from wilko last week",
     "[patient] i bought it from [LOCATION] last week"),
    # a capitalized "The" inside the sentence is the name's
    ("Patient: I had a café, The Maple Grove, in Leeds for years.",
     "Patient: I had a café, [LOCATION], in [LOCATION] for years."),
])
def test_employers(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "[patient] i drive for an hour",
    "[patient] i drive for work",
    "[patient] i'm a nurse in cardiology",
    "[patient] i'm a teacher in a small school",
    "[patient] i bought it from the chemist",
    "[patient] i bought it from the pharmacist",
    "[patient] i bought them from my sister",
    "[patient] i bought some from the market",
    "Patient: I read The Times every day.",
])
def test_employers_left(raw):
    assert Deidentify(categories=("LOCATION",))(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # a rarer first name opening a sentence that is the found name alone
    ("Doctor: Who's your landlord?\nPatient: Yes. Elif Dumanli. She is nice.",
     "Doctor: Who's your landlord?\nPatient: Yes. [NAME]. She is nice."),
    ("Doctor: Next of kin?\nPatient: Sure. Ffion Adeyemi-Okafor.",
     "Doctor: Next of kin?\nPatient: Sure. [NAME]."),
    # a rare name set off by commas after a person's noun, words of medicine around
    ("Patient: My sugar was high. The nurse at the pharmacy, Tesfanesh, checked it.",
     "Patient: My sugar was high. The nurse at the pharmacy, [NAME], checked it."),
])
def test_names(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: The chemist gave me Zentrofax, Quintarel, and some cream.",
    "Patient: I take the tablets, Zentrofax, every day.",
    "Patient: The pharmacist gave me the inhaler, Quintarel, yesterday.",
    "Doctor: Any allergies?\nPatient: Penicillin. Ramipril makes me cough.",
])
def test_names_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # a title in another language opening the sentence is no first name
    ("Doctor: Who sees you?\nPatient: Yes. Frau Oberwenger.",
     "Doctor: Who sees you?\nPatient: Yes. Frau [NAME]."),
    ("Doctor: Who sees you?\nPatient: Okay. Signora Bianchetti.",
     "Doctor: Who sees you?\nPatient: Okay. Signora [NAME]."),
])
def test_title_in_another_language_left(raw, expected):
    assert tag(raw) == expected
