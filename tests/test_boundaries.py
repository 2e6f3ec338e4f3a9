import pytest

from cleanup.boundaries import (boundary_after, is_abbreviation, non_final_abbreviations,
                                punkt_tokenizer, sentence_starts)
from cleanup.transcript import Token, Transcript


def starts(text):
    return sentence_starts(Transcript.from_text(text).tokens)


@pytest.mark.parametrize("text, expected", [
    ("Dr. Jones came", [True, False, False]),
    ("see Mr. Smith today", [True, False, False, False]),
    ("it ends. Here", [True, False, True]),
    ("really? yes! ok", [True, True, True]),
    ("at 5 p.m. Then", [True, False, False, None]),
    ("the U.S. army", [True, False, None]),
    ("e.g. this", [True, False]),
    ("i.e. this", [True, False]),
    ("esp. if", [True, False]),
    ("In Nov. next", [True, False, False]),
    ("costs 3.50. that", [True, False, True]),
    ("I was... he was", [True, False, None, False]),
    ("wait… what", [True, None]),
    ("- Foobar! - what", [True, True, True, True]),
    ("♪ you like", [True, True, False]),
    ("one.\n\ntwo", [True, True]),
    ("one\n\ntwo", [True, True]),
    ("a Ph.D. student", [True, False, None]),
    ("Mr. and Mrs. Smith", [True, False, False, False]),
    ("", []),
], ids=lambda v: v if isinstance(v, str) else None)
def test_sentence_starts(text, expected):
    assert starts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("word", False), ("word,", False), ("word.", True), ("word?", True), ("word!”", True),
    ("Dr.", False), ("e.g.", False), ("etc.", None), ("p.m.", None), ("U.S.", None),
    ("A.", None), ("I.", True), ("...", None), ("3.50.", True), ("so…", None),
])
def test_boundary_after(text, expected):
    assert boundary_after(Token(text)) is expected


def test_abbreviations():
    assert {"dr", "mr", "mrs", "ms", "prof"} <= non_final_abbreviations()
    assert is_abbreviation("Dr") and is_abbreviation("e.g") and is_abbreviation("p.m")
    assert not is_abbreviation("ok")


@pytest.mark.parametrize("text, expected", [
    ("Ask Dr. Jones. She is in the U.S. office.", ["Ask Dr. Jones.", "She is in the U.S. office."]),
    ("Use e.g. salt. Then stop.", ["Use e.g. salt.", "Then stop."]),
    ("Mr. Smith met Prof. Lee. They talked.", ["Mr. Smith met Prof. Lee.", "They talked."]),
    ("It costs 3.50. That is cheap.", ["It costs 3.50.", "That is cheap."]),
])
def test_punkt_uses_our_abbreviations(text, expected):
    assert punkt_tokenizer().tokenize(text) == expected
