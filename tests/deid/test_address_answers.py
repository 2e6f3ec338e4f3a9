"""The answer to a question for an address is an address even where a transcriber's tag
hides the street's name or the street's kind is an unlisted word; a number in the answer
that is a date, an age or a count stays. Every sentence is written for these tests."""
import pytest

from cleanup.deid.step import Deidentify

where = Deidentify(categories=("LOCATION",))
dates = Deidentify(categories=("DATE",))


@pytest.mark.parametrize("raw, expected", [
    ("Doctor: And your address, please?\nPatient: Um, forty <UNIN/>.\nDoctor: Thanks.",
     "Doctor: And your address, please?\nPatient: Um, [LOCATION] <UNIN/>.\nDoctor: Thanks."),
    ("Doctor: And your home address?\nPatient: Uh, eighty one <UNIN/> Crescent.",
     "Doctor: And your home address?\nPatient: Uh, [LOCATION] <UNIN/> [LOCATION]."),
    ("Doctor: And your home address?\nPatient: Uh, five two six, <UNIN/> close in Bexley.",
     "Doctor: And your home address?\nPatient: Uh, [LOCATION], <UNIN/> [LOCATION] in [LOCATION]."),
    ("Doctor: Your address for me, please.\nPatient: <UNSURE>twelve Larkfield wynd.</UNSURE>",
     "Doctor: Your address for me, please.\nPatient: <UNSURE>[LOCATION].</UNSURE>"),
    ("Doctor: And your address?\nPatient: Yes, nine, um, Orchard Yard.",
     "Doctor: And your address?\nPatient: Yes, [LOCATION], um, [LOCATION]."),
    ("Doctor: And where do you live?\nPatient: I live on KT three one PL.",
     "Doctor: And where do you live?\nPatient: I live on [LOCATION]."),
])
def test_address_answer_found(raw, expected):
    assert where(raw) == expected


@pytest.mark.parametrize("raw", [
    # a date of birth, an age, a count and an e-mail address's answer stay
    "Doctor: Name, date of birth and address?\nPatient: Ann, uh, ninth of May, nineteen sixty.",
    "Doctor: And your address?\nPatient: I'm seventy two, Doctor, same as last time.",
    "Doctor: Where do you live?\nPatient: About ten minutes from here.",
    "Doctor: And your email address?\nPatient: Nine, um, Oakley at mail dot com.",
    "Doctor: Where are you living now?\nPatient: With my son. I walk sixty steps a day.",
    "Doctor: What's your address?\nPatient: It's the same. I take B twelve every day.",
])
def test_address_answer_left(raw):
    assert where(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("It started on the third of June in ninety eight.", "It started on the [DATE]."),
    ("I saw her on the twelfth of March in two thousand and four.", "I saw her on the [DATE]."),
])
def test_year_after_in_joins_a_dated_day(raw, expected):
    assert dates(raw) == expected


def test_year_after_in_needs_a_day():
    assert dates("We moved in June in ninety eight.") == "We moved in [DATE] in ninety eight."


@pytest.mark.parametrize("raw", [
    # who someone lives with is no address; a count before an unheard word is no house
    "Doctor: Who do you live with?\nPatient: Housemates. So we're four <UNIN/>.",
    "Doctor: And your address?\nPatient: We've been there twelve <UNIN/>.",
])
def test_count_before_a_tag_left(raw):
    assert where(raw) == raw
