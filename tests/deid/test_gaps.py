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
