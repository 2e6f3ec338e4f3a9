"""Ages, phone numbers and codes in shapes the earlier rounds missed: a spoken age fused to
its unit, an age reckoned (``that makes her ...``), a number said in groups of five or six,
an extension after a number, a card's number in its groups, codes with slashes, and a short
code of capitals and digits given in answer to a question about it. Every sentence is
written for these tests."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    ("He is a ninety-seven-year-old lady's husband.", "He is a [AGE]-year-old lady's husband."),
    ("born in thirty one , which makes her ninety four now",
     "born in thirty one , which makes her [AGE] now"),
    ("my mum is nearly ninety five", "my mum is nearly [AGE]"),
    ("at ninety three she still walks", "at [AGE] she still walks"),
    ("ninety one years young, he says", "[AGE] years young, he says"),
])
def test_ages(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "a fifty-year-old man with a cough",
    "that makes it ninety percent of them",
    "it makes me ninety minutes late every day",
    "the pulse is almost 100 on exertion",
    "she is just 100 percent sure",
    "at ninety degrees it hurts",
    "at 100 it beeps",
])
def test_ages_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("Patient: Is 07700 912345 still on file?", "Patient: Is [CONTACT] still on file?"),
    ("Nurse: ring the ward on 01632 960 118, extension 2207.",
     "Nurse: ring the ward on [CONTACT], extension [CONTACT]."),
    ("Mum: Here, 3021 55817 2 is on it.", "Mum: Here, [ID] is on it."),
    ("Doctor: Do you have her health card with you?\nMum: Yes, it's 6120 448 913.",
     "Doctor: Do you have her health card with you?\nMum: Yes, it's [ID]."),
    ("Caller: My policy number is ABX/LON/55123.", "Caller: My policy number is [ID]."),
    ("Nurse: The form needs the registration of your van.\nSon: It's the white van "
     "outside. JRB 604.",
     "Nurse: The form needs the registration of your van.\nSon: It's the white van "
     "outside. [ID]."),
    ("Agent: Can you read me your customer ID from the invoice?\nCaller: Hang on, let me "
     "look... TKW 88142.",
     "Agent: Can you read me your customer ID from the invoice?\nCaller: Hang on, let me "
     "look... [ID]."),
])
def test_numbers(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: I walked 12000 steps and 300 more.",
    "Doctor: Your NHS number?\nPatient: NHS 111 said to come in.",
    "Doctor: The CRP 150 and ALT 120 results came back.",
    "Patient: I have a credit card with 2 accounts.",
])
def test_numbers_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # postcodes of other countries: an Eircode, four or six digits right after the cue
    ("Patient: my postcode is D02 X285", "Patient: my postcode is [LOCATION]"),
    ("Patient: postcode is 2000, in Sydney", "Patient: postcode is [LOCATION], in [LOCATION]"),
    # plates and short codes after their cue, letters and digits mixed
    ("Nurse: the plate is KA 05 MN 4321", "Nurse: the plate is [ID]"),
    ("Son: it's registration number AB12 CDE", "Son: it's registration number [ID]"),
    ("Nurse: what's the car's registration?\nSon: It's LM19 XRT, the blue one.",
     "Nurse: what's the car's registration?\nSon: It's [ID], the blue one."),
    # a Canadian social insurance number
    ("Patient: SIN is 046 454 286", "Patient: SIN is [ID]"),
])
def test_codes(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: I walked 2000 steps",
    "Patient: it was 2019 when the postcode changed",
    "Doctor: her vitamin b12 was low",
    "Doctor: the l4 l5 disc is narrow",
])
def test_codes_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("Doctor: DOB 14-Feb-1986, and allergies?", "Doctor: DOB [DATE], and allergies?"),
    ("Nurse: next appointment Thu 12/02 then", "Nurse: next appointment [DATE] then"),
])
def test_dates(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: I sat 3/4 of the way back",
    "Patient: we ate 1/2 of it",
])
def test_dates_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # a country's code after "plus", a group said with "hundred"
    ("call us on plus sixty one two nine eight seven six five four three two",
     "call us on [CONTACT]"),
    ("the number is one eight hundred five five five zero one nine nine",
     "the number is [CONTACT]"),
    ("text me on zero seven seven double oh nine hundred one two three",
     "text me on [CONTACT]"),
])
def test_spoken_phones(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "it was two hundred and fifty milligrams",
    "plus two more tablets at night",
])
def test_spoken_phones_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("the claim number is WC dash two three nine nine one", "the claim number is [ID]"),
    ("my medicare is two nine five one four eight three zero six one", "my medicare is [ID]"),
])
def test_spoken_codes(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "his medicare covers it",
    "the medicare rules changed in 2019",
])
def test_spoken_codes_left(raw):
    assert tag(raw) == raw


# A slip put right inside a spoken number ("sorry" between number words) does not end it;
# a ZIP said in pairs after a town opens with a tens word. Sentences written for this test.
@pytest.mark.parametrize("raw, expected", [
    ("it is two oh six sorry five five five one two one two", "it is [CONTACT]"),
    ("call oh two oh sorry seven nine four six one two three four five", "call [CONTACT]"),
    ("we live in fresno ninety three seven two one", "we live in [LOCATION] [LOCATION]"),
    ("she lived in leeds twenty two years", "she lived in [LOCATION] twenty two years"),
])
def test_repairs_and_paired_zips(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "i'm sorry, two of them were lost",
    "that was four sorry five tablets a day",
])
def test_numbers_after_places_left(raw):
    assert tag(raw) == raw
