"""The name, place and job tables and the words never redacted."""
import pytest

from cleanup.deid.knowledge import is_protected, name_info, place_info, place_lengths
from cleanup.deid.names import NONE, STRONG, UNKNOWN, WEAK, strength
from cleanup.deid.professions import occupations
from cleanup.lexicon import glossary_terms, word_key


@pytest.mark.parametrize("word, level", [
    ("kyle", STRONG),        # a census name usually written capitalized
    ("sanchez", STRONG),
    ("siobhan", STRONG),     # no GPT-2 token, but a first name people carry
    ("cook", WEAK),          # a name and a common word
    ("ward", WEAK),
    ("frank", WEAK),         # frank blood: a plain word first
    ("oluwaseun", UNKNOWN),  # in no list, rare as a word
    ("the", NONE),
    ("june", NONE),          # a month
    ("english", NONE),
    ("i'm", NONE),           # a contraction, though the census lists IM
    ("hospital", NONE),
    ("dob", NONE),
])
def test_name_strength(word, level):
    assert strength(word) == level


def test_the_tables_load_and_hold_what_they_say():
    assert name_info("o'connell") is None and name_info("oconnell") is not None
    assert place_info("zambia")[0] == "COUNTRY"
    assert place_info("georgia")[0] == "STATE"
    assert place_info("reading")[2] is False  # a word first: needs a capital and a cue
    assert place_lengths()["new"] >= 2
    assert {"nurse", "teacher", "engineer"} <= occupations()


def test_every_glossary_term_is_protected():
    for term in glossary_terms():
        assert is_protected(tuple(word_key(w) for w in term.replace("-", " ").split())), term
    assert is_protected(("parkinsons",)) and is_protected(("crohn's", "disease"))
