import pytest

from cleanup.boundaries import (boundary_after, is_abbreviation, punkt_tokenizer,
                                sentence_starts, titles)
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
    assert {"dr", "mr", "mrs", "ms", "prof"} <= titles()
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


def test_fast_on_a_long_transcript():
    import time

    tokens = Transcript.from_text("Dr. Jones came at 5 p.m. then left. ok " * 20000).tokens
    t0 = time.perf_counter()
    sentence_starts(tokens)
    assert time.perf_counter() - t0 < 1.0


@pytest.mark.parametrize("text, expected", [
    ("[Boo] Test.", [True, None]),
    ("[Music] so", [True, None]),
    ("(laughs) so", [True, None]),
    ("(see above) then", [True, False, False]),
])
def test_sound_tags_make_the_next_word_a_maybe(text, expected):
    assert starts(text) == expected


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from cleanup.boundaries import sentence_start_at  # noqa: E402

_PIECES = st.sampled_from(["word", "Word.", "end?", "-", "...", "♪", "Dr.", "p.m.", "“", "x!",
                           " ", " ", "\n", "\n\n"])


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_start_at_agrees_with_the_forward_pass(pieces):
    tokens = Transcript.from_text(" ".join(pieces).replace(" \n", "\n")).tokens
    starts = sentence_starts(tokens)
    assert [sentence_start_at(tokens, i) for i in range(len(tokens))] == starts
