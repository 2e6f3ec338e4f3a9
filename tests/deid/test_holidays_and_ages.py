"""Dates said by a holiday's name, days of the month said alone, and ages over 89 said with
no "years old": the shapes people use for them, and the look-alikes that are no PHI. Every
sentence is written for these tests."""
import pytest

from cleanup.deid.holidays import find_holidays
from cleanup.deid.step import Deidentify
from cleanup.deid.view import View
from cleanup.transcript import Transcript

tag = Deidentify()


# A holiday or festival of any culture is a date when people date things by it; its "Eve",
# "Day" or "Monday" and a year said after it belong to it.
@pytest.mark.parametrize("raw, expected", [
    ("We flew back just before Diwali, so the tablets ran out.",
     "We flew back just before [DATE], so the tablets ran out."),
    ("He has been drinking more since Lunar New Year.",
     "He has been drinking more since [DATE]."),
    ("ever since the jewish new year she sleeps badly",
     "ever since the [DATE] she sleeps badly"),
    ("over new year he had two falls", "over [DATE] he had two falls"),
    ("we were away for new year's day", "we were away for [DATE]"),
    ("The Lunar New Year's Eve dinner was too salty.", "The [DATE] dinner was too salty."),
    ("She was fine until the New Year.", "She was fine until the [DATE]."),
    ("Her brother died on Boxing Day 2014.", "Her brother died on [DATE]."),
    ("since halloween of twenty nineteen", "since [DATE]"),
    ("the rash came up at thanksgiving", "the rash came up at [DATE]"),
    ("right after valentines day he moved out", "right after [DATE] he moved out"),
    ("We were in Accra for Easter Sunday.", "We were in [LOCATION] for [DATE]."),
    ("Will the clinic be open on the August bank holiday?",
     "Will the clinic be open on the [DATE]?"),
    ("I can come bank holiday Monday.", "I can come [DATE]."),
    ("during ramadan my sugars run low", "during [DATE] my sugars run low"),
    ("We met the week before Mardi Gras.", "We met the week before [DATE]."),
    ("The pain started after Carnival, in the heat.",
     "The pain started after [DATE], in the heat."),
    ("She gave up chocolate for Lent.", "She gave up chocolate for [DATE]."),
    ("since eid al adha he has not eaten well", "since [DATE] he has not eaten well"),
    ("We stayed in for Hanukkah.", "We stayed in for [DATE]."),
])
def test_holidays(raw, expected):
    assert tag(raw) == expected


# A word that names a holiday in one sense and something else in another, a holiday in
# general, the year to come.
@pytest.mark.parametrize("raw", [
    "She lent me her inhaler.",
    "The advent of the new drug helped her.",
    "I had an epiphany about my diet.",
    "We love the carnival rides at the fair.",
    "Is today a bank holiday?",
    "The surgery shuts on bank holidays.",
    "In the new year we will repeat the scan.",
    "We will see you again in the New Year.",
    "It felt like a new year for all of us.",
])
def test_not_holidays(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw", [
    "They sailed to Easter Island.",
    "He grew up on Christmas Island.",
    "He works for Carnival Cruises now.",
])
def test_names_that_hold_a_holiday(raw):
    assert find_holidays(View.of(Transcript.from_text(raw))) == []


# A day of the month said alone: after "for the" from the fourth on (the first three are
# ranks in a list), and in a dictation before its punctuation said aloud.
@pytest.mark.parametrize("raw, expected", [
    ("The scan is booked for the sixth, is that okay?",
     "The scan is booked for the [DATE], is that okay?"),
    ("I've a clinic letter for the seventh but I'm away.",
     "I've a clinic letter for the [DATE] but I'm away."),
    ("repeat bloods on the thirtieth comma then review period",
     "repeat bloods on the [DATE] comma then review period"),
    ("seen in clinic on the twenty first full stop", "seen in clinic on the [DATE] full stop"),
    # two days said together: the one without a month or a cue is a date too
    ("She is away between the sixth and the eleventh of October.",
     "She is away between the [DATE] and the [DATE]."),
    ("I'm free from the 3rd to the 8th.", "I'm free from the [DATE] to the [DATE]."),
    ("either on the twelfth or the thirteenth", "either on the [DATE] or the [DATE]"),
])
def test_days_alone(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "For the second, we can talk about diet.",
    "She came in for the fifth time.",
    "That was for the fourth dose.",
    "on the third floor comma left side",
    "The first and the second were normal.",
])
def test_ordinals_that_are_no_day(raw):
    assert tag(raw) == raw


# An age over 89 said as a fragment about a person, the age now and the age next with
# when, a relative's age in a family history, and the same age said again.
@pytest.mark.parametrize("raw, expected", [
    ("Ninety-four and still walks to the shops.", "[AGE] and still walks to the shops."),
    ("Ninety-one and independent at home.", "[AGE] and independent at home."),
    ("He's ninety-two. Ninety-two and he still gardens.",
     "He's [AGE]. [AGE] and he still gardens."),
    ("She turned ninety-six in May. Ninety-six! Imagine.",
     "She turned [AGE] in [DATE]. [AGE]! Imagine."),
    ("So ninety-eight, ninety-nine in April.", "So [AGE], [AGE] in [DATE]."),
    ("Ninety-nine going on a hundred, bless her.", "[AGE] going on [AGE], bless her."),
    ("My uncle 93, my aunt 90.", "My uncle [AGE], my aunt [AGE]."),
    ("her gran's 96 now", "her gran's [AGE] now"),
    # a person "of" the age, "over" it, a name's age set off by commas, a birthday's ordinal
    ("He is a gentleman of ninety-three.", "He is a gentleman of [AGE]."),
    ("she's well over ninety", "she's well over [AGE]"),
    ("Mr Adeyemi, 95, was seen at home.", "Mr [NAME], [AGE], was seen at home."),
    ("We had her 101st birthday in the garden.", "We had her [AGE] birthday in the garden."),
    ("for his ninety-fourth birthday", "for his [AGE] birthday"),
    ("Mr Adeyemi, 95 mg twice a day.", "Mr [NAME], 95 mg twice a day."),  # a dose
])
def test_ages(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "Ninety-two and still falling, the sats.",
    "Ninety and regular.",
    "Sats ninety-three, ninety-four on the monitor.",
    "Her pressure was 95, 96 on the next reading.",
    "My son 95 percent agrees with you.",
    "Her dad weighs 97 kilos.",
    "A man of 95 kilos.",
    "Her blood pressure was one forty over ninety.",
    "It was her ninth birthday.",
])
def test_numbers_that_are_no_age(raw):
    assert tag(raw) == raw
