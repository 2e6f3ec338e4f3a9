"""A capitalized word English barely knows, in mid sentence, is a name, a place or an
employer even with no cue; a brand of medicine said near words of medicine is not. Every
sentence is written for these tests."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    ("Patient: Then Tsegaye booked me in.", "Patient: Then [NAME] booked me in."),
    ("Patient: Luckily Wubeshet drove me home.", "Patient: Luckily [NAME] drove me home."),
    ("Patient: Everyone at church says Dimitrios instead.",
     "Patient: Everyone at church says [NAME] instead."),
])
def test_rare_capitals_found(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    # a brand of medicine near words of medicine, before it or after it
    "Patient: I have been taking the Zentrofax since spring.",
    "Doctor: Any medication? Patient: Only Pelvorin.",
    "Patient: I use Marvalex at bedtime.",
    "Doctor: Try Quintarel twice a day.",
    # an eponym before its head noun; lowercase elsewhere in the text; an acronym
    "Doctor: It could be Lewy body disease.",
    "Doctor: The Brelvik trial is closed. We stopped brelvik dosing.",
    "Doctor: Your HbA1c and eGFR are fine.",
])
def test_rare_capitals_left(raw):
    assert Deidentify(categories=("NAME",))(raw) == raw
