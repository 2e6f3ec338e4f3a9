"""Evidence a file gives about its own words: a word spelled out letter by letter anywhere
in the file is a name there and wherever it is said (people spell the words a listener
cannot guess); acronyms and common words spelled out are not. Every sentence is written
for these tests, in punctuated, lowercase ASR and caption shapes."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    ("Doctor: The surname?\nPatient: Wierzbicki.\nDoctor: With a z?\nPatient: W-I-E-R-Z-B-I-C-K-I.",
     "Doctor: The surname?\nPatient: [NAME].\nDoctor: With a z?\nPatient: [NAME]."),
    ("spk_1: it's okonjo double barrelled o k o n j o and then the rest",
     "spk_1: it's [NAME] double barrelled [NAME] and then the rest"),
    ("Patient: Mbeki-Lowe.\nNurse: Spell the first part for me?\nPatient: M-B-E-K-I.",
     "Patient: [NAME].\nNurse: Spell the first part for me?\nPatient: [NAME]."),
])
def test_spelled_word_is_a_name(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "it is c o p d and the copd is worse",
    "covid, that's c o v i d, went round the ward",
    "Doctor: That's the kind of beef, nothing else. B-E-E-F on the label.",
])
def test_spelled_common_words_left(raw):
    assert tag(raw) == raw
