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


@pytest.mark.parametrize("raw, expected", [
    # a job after "i 'm" in PTB tokens, and after an adverb
    ("[patient] i 'm a welder with the council", "[patient] i 'm a [PROFESSION] with the council"),
    ("Patient: I'm still a crane operator, mostly nights.",
     "Patient: I'm still a [PROFESSION], mostly nights."),
    # the employer after a job, said with "with"; a household brand as an employer
    ("[patient] i 'm a roofer with brackenridge since may",
     "[patient] i 'm a [PROFESSION] with [LOCATION] since [DATE]"),
    ("Patient: I'm a picker at the Amazon depot.",
     "Patient: I'm a [PROFESSION] at the [LOCATION] depot."),
])
def test_jobs_and_employers(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: I'm still a bit sore.",
    "[patient] i 'm a teacher with asthma",
    "Patient: She works for the NHS.",
])
def test_jobs_left(raw):
    assert Deidentify(categories=("LOCATION",))(raw) == raw
