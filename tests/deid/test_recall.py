"""Recall on unseen consultations: spans broken by line wrapping, names from many languages,
jobs and employers, spoken contacts and codes. Every sentence is written for these tests
(none comes from a shared or held-out set)."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    # a line break without a label is wrapping: the name, the date, the phone run on
    ("dictation from doctor fiona mcbride for patient kwabena\nasante date of birth the third "
     "of\njune nineteen fifty two",
     "dictation from doctor [NAME] for patient [NAME] date of birth the [DATE]"),
    ("please ring her daughter on oh seven nine four six\nthree three one two eight eight now",
     "please ring her daughter on [CONTACT] now"),
    # a new labelled line is a turn: nothing runs on across it
    ("[doctor] hi priya\n[patient] hello doctor", "[doctor] hi [NAME]\n[patient] hello doctor"),
    # a possessive of a word that a list knows only bare
    ("Nurse: Is that you, Ama?\nFather: Yes, Ama's dad. We live near Ama.",
     "Nurse: Is that you, [LOCATION]?\nFather: Yes, [LOCATION]'s dad. We live near [LOCATION]."),
])
def test_wrapped_lines(raw, expected):
    assert tag(raw) == expected
