"""Patterns beyond the development set: names from many languages, names that are also
words, spoken codes and numbers, addresses outside the US. Every sentence is written for
these tests (none comes from a shared set)."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    # a name no census lists, after a strong cue (lowercase ASR and cased text)
    ("[doctor] her son tariq is with her today .", "[doctor] her son [NAME] is with her today ."),
    ("thank you , doctor osei .", "thank you , doctor [NAME] ."),
    ("My granddaughter Ananya will drive me.", "My granddaughter [NAME] will drive me."),
    ("Her sister-in-law Oyelaran called.", "Her sister-in-law [NAME] called."),
    ("Please send it to Dr. Ng today.", "Please send it to Dr. [NAME] today."),
    # particles inside a name
    ("[doctor] this is ahmed bin salim here", "[doctor] this is [NAME] here"),
    ("Seen by Dr. Anneke van der Berg.", "Seen by Dr. [NAME]."),
    # a name that is a modal verb: a finite verb after it says which
    ("[patient] my cousin will was there and will drove me home",
     "[patient] my cousin [NAME] was there and [NAME] drove me home"),
    # found once, found again
    ("[patient] my nephew tariq came . tariq is nine",
     "[patient] my nephew [NAME] came . [NAME] is nine"),
])
def test_finds(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "[patient] my son insists on it and my husband sometimes drives .",
    "[patient] my wife will come with me and my daughter may call you .",
    "[doctor] we may need to see you again if the sugars stay up",
    "[patient] my brother usually helps , my mother tires easily",
    "My son Sometimes forgets his inhaler.",
])
def test_leaves(raw):
    assert tag(raw) == raw
