"""Addresses the earlier rounds cut short: a flat and a block named before the house
number, a postcode after a street when the punctuation is dictated, a postcode spelled out
with hyphens, and nothing after a postcode taken for a town. Every sentence is written for
these tests."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    ("Patient: It's Flat 2C, Linden Court, 9 Mill Road, near the park.",
     "Patient: It's [LOCATION], near the park."),
    ("Doctor: the address is Flat 4, 22 Birch Road, Leeds.",
     "Doctor: the address is [LOCATION], [LOCATION]."),
    ("Son: Postal code K-4-M, 2-J-9, if you need it.",
     "Son: Postal code [LOCATION], if you need it."),
    ("lives at 7 Larch Road comma N seven two R P. Mobile number to follow.",
     "lives at [LOCATION] comma [LOCATION]. Mobile number to follow."),
])
def test_addresses(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: We stayed in a flat, 3 streets from the sea.",
    "Doctor: we do the T-2 view of the knee next.",
])
def test_addresses_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("Patient: I drive forklifts at Harlow Freight Logistics.",
     "Patient: I [PROFESSION] at [LOCATION]."),  # work vehicles in the plural: a trade
    ("Pharmacist: Vinayaka Medicals, good morning, how can I help?",
     "Pharmacist: [LOCATION], good morning, how can I help?"),
])
def test_companies(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: The Energy bill was high this winter.",
    "Patient: I read about Logistics in a book.",
])
def test_companies_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # a street word said before the street's name
    ("we live at 2210 avenida las flores , fresno",
     "we live at [LOCATION] , [LOCATION]"),
    ("Patient: We live at 8 Rue du Port, Lyon.", "Patient: We live at [LOCATION], [LOCATION]."),
    # a country said with "the" whose short name is letters
    ("my brother flew home to the uk last week",
     "my brother flew home to the [LOCATION] last week"),
])
def test_streets_and_countries(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "i took 2 via the bus",
    "Patient: we ate the turkey at home",
    "let us know how it goes",
])
def test_streets_and_countries_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("[patient] i'm with the ashford rugby club", "[patient] i'm with the [LOCATION]"),
    ("Patient: I'm in the Harrowgate Walking Society.", "Patient: I'm in the [LOCATION]."),
])
def test_groups(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "[patient] i go to the golf club on sundays",
    "[patient] the book club is nice",
    "[patient] the building society called",
    "Patient: I loved Fight Club.",
    "[patient] my local rugby club",
])
def test_groups_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("Nurse: Thanks. Still at 9 Orchard Rise?", "Nurse: Thanks. Still at [LOCATION]?"),
    ("[patient] we're at twelve kestrel view now", "[patient] we're at [LOCATION] now"),
    ("Patient: I live on Elm Parade.", "Patient: I live on [LOCATION]."),
])
def test_more_street_words(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: the view from my window is nice",
    "Patient: prices rise every year",
    "Patient: the village green was busy",
])
def test_more_street_words_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("[doctor] i'll refer you to dr . lam at lakeview spine and joint . and rest",
     "[doctor] i'll refer you to dr . [NAME] at [LOCATION] . and rest"),
    # a practice's rare name that ends as a drug's does, a specialty after it
    ("[doctor] she'll see dr . lam , at eastgate vascular and wound . then home",
     "[doctor] she'll see dr . [NAME] , at [LOCATION] . then home"),
])
def test_practice_specialties(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "[patient] i work at brightwell foods and cardiology sent me",
])
def test_practice_specialties_left(raw):
    assert tag(raw).endswith("and cardiology sent me")


# An address written as numbered parts, the part word first, joined by commas, with the
# area and its number after them; a plot before its house number; a hub or a market named
# by its own words. Sentences written for this test.
@pytest.mark.parametrize("raw, expected", [
    ("PATIENT: We moved. House 45, Street 12, Gulberg 3.", "PATIENT: We moved. [LOCATION]."),
    ("it is plot seven, block c", "it is [LOCATION]"),
    ("she lives in flat 2, block 5, near the park", "she lives in [LOCATION], near the park"),
    ("we are at lot 23 palm walk in the town", "we are at [LOCATION] in the town"),
    ("Come to the new Brackenway Family Hub, on the corner.",
     "Come to the new [LOCATION], on the corner."),
    ("i sell in kingsgrove market most days", "i sell in [LOCATION] most days"),
])
def test_numbered_parts_and_named_places(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "house 4 is mine",
    "a lot 23 people came",
    "Street 9 is closed",
    "the market was busy and a health hub opened",
])
def test_not_addresses(raw):
    assert tag(raw) == raw


# A word and "town"/"city" right after a word of place name a town in any case; a kind of
# town does not.
@pytest.mark.parametrize("raw, expected", [
    ("you are still out in morant town", "you are still out in [LOCATION]"),
    ("We moved to Orchard City last year.", "We moved to [LOCATION] last year."),
])
def test_town_names(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "i live in the town",
    "she grew up in inner city schools",
    "back in my home town",
    "we went into town for lunch",
])
def test_kinds_of_town(raw):
    assert tag(raw) == raw


# A flat named right after the street, a hesitation between them or not, is part of the
# address.
@pytest.mark.parametrize("raw, expected", [
    ("it is twelve oak lane uh apartment four b", "it is [LOCATION] uh [LOCATION]"),
    ("we live at 4 Mill Road, flat 2, in Leeds",
     "we live at [LOCATION], [LOCATION], in [LOCATION]"),
])
def test_flat_after_the_street(raw, expected):
    assert tag(raw) == expected
