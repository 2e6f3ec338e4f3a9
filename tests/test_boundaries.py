import pytest

from cleanup.boundaries import (boundary_after, is_abbreviation, marks_sentences,
                                non_final_abbreviations, punkt_tokenizer, sentence_starts)
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
    ("has a. fib now", [True, False, None, False]),
    ("Mr. and Mrs. Smith", [True, False, False, False]),
    ("", []),
], ids=lambda v: v if isinstance(v, str) else None)
def test_sentence_starts(text, expected):
    assert starts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("word", False), ("word,", False), ("word.", True), ("word?", True), ("word!”", True),
    ("Dr.", False), ("e.g.", False), ("etc.", None), ("p.m.", None), ("U.S.", None),
    ("A.", None), ("I.", True), ("...", None), ("3.50.", True), ("so…", None),
    ("a.", None), ("b.", None), ("i.", True),  # a. fib: a letter read out, not an end
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


def test_agrees_with_punkt_inside_paragraphs():
    """Our boundaries are Punkt's decision procedure with the same abbreviation list, made
    token-based and three-valued: wherever we decide, inside a paragraph, Punkt agrees.
    (Punkt does not treat a paragraph or caption line break as a boundary, and has no
    "maybe"; docs/architecture.md gives the measurements.)"""
    import re
    from pathlib import Path

    samples = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.clean.txt"))
    checked = 0
    for path in samples:
        for paragraph in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            text = " ".join(paragraph.split())
            tokens = Transcript.from_text(text).tokens
            offsets = [m.start() for m in re.finditer(r"\S+", text)]
            punkt = {s for s, _ in punkt_tokenizer().span_tokenize(text)}
            for k, (ours, offset) in enumerate(zip(sentence_starts(tokens), offsets)):
                if ours is None or (k and tokens[k - 1].text.startswith("[")):
                    continue
                assert ours == (offset in punkt), (path.name, text[offset:offset + 30])
                checked += 1
    assert checked > 500


@pytest.mark.parametrize("text, expected", [
    ("so we talked", False),
    ("we talked.", True),
    ("ok? " + "and so on " * 33, True),  # one mark in 100 tokens: still marked
    ("ok? " + "and so on " * 50, False),  # one in 151: unpunctuated captions
    ("Dr. Jones came", True),  # any . counts; a title's period is rare enough
    ("", False),
])
def test_marks_sentences(text, expected):
    assert marks_sentences(Transcript.from_text(text)) is expected
