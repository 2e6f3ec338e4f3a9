import pytest

from cleanup.normalizers.spacing import FixMissingSpaces
from cleanup.transcript import Token, Transcript

fix = FixMissingSpaces()


@pytest.mark.parametrize("raw, expected", [
    ("It will be okay.It surely will be!", "It will be okay. It surely will be!"),
    ("I...want missing spaces.", "I... want missing spaces."),
    ("Long made a plea deal?Did you know?", "Long made a plea deal? Did you know?"),
    ("hello,world.", "hello, world."),
    ("He wanted to leave;however, he stayed", "He wanted to leave; however, he stayed"),
    ("By decree,all persons", "By decree, all persons"),
    ("Don;t type like this.", "Don't type like this."),
    ("A?MM", "A? MM"),
], ids=lambda v: v[:28] if isinstance(v, str) else None)
def test_splits_glued_words(raw, expected):
    assert fix(raw) == expected


@pytest.mark.parametrize("raw", [
    "3,500 people paid 3.50 each",
    "in the U.S. and e.g. Ph.D. students",
    "Go to the O.R. now!",
    "and-and it was... 10:00.",
    "www.example.com",
    "salt&amp;pepper and fish&#39;s;tail",  # an HTML entity's ; is not punctuation
])
def test_leaves_numbers_and_abbreviations_alone(raw):
    assert fix(raw) == raw


def test_both_halves_keep_the_timing():
    from cleanup.transcript import Segment, Token, Transcript
    t = Transcript.from_segments([(Segment(0.0, 1.0), [Token("okay.It", start=0.2, end=0.8)])])
    out = fix(t)
    assert [(k.text, k.start, k.end) for k in out.tokens] == [("okay.", 0.2, 0.8), ("It", 0.2, 0.8)]


def test_mending_without_splitting_shares_the_other_columns():
    from cleanup.transcript import Transcript
    t = Transcript.from_text("I don;t know, Don;t ask")
    out = fix.transform(t)
    assert out.text == "I don't know, Don't ask"
    assert out.seps is t.seps and out.segment_indices is t.segment_indices
    assert fix.transform(out) is out


def test_the_pieces_after_the_first_are_new_tokens():
    from cleanup.transcript import Transcript
    t = Transcript.from_text("so okay.It is\n\nhello,world...")
    out = fix.transform(t)
    assert [(k.text, k.sep, k.segment, k.id) for k in out.tokens] == [
        ("so", "", 0, 0), ("okay.", " ", 0, 1), ("It", " ", 0, None), ("is", " ", 0, 2),
        ("hello,", "\n\n", 1, 3), ("world...", " ", 1, None)]


def test_an_empty_token_is_left_alone():
    # No reader makes one, but a plugin step may leave a token with no text.
    t = Transcript([Token("a", ""), Token("", " "), Token("okay.It", " ")])
    assert FixMissingSpaces().transform(t).texts == ("a", "", "okay.", "It")
