import pytest

from cleanup.normalizers.punctuation import TidyPunctuation

fix = TidyPunctuation()


@pytest.mark.parametrize("raw, expected", [
    ("word ,and", "word, and"),
    ("To be , or not to be!", "To be, or not to be!"),
    (" To be, or not to be!", "To be, or not to be!"),
    ("To be , or not to be! \n Line two.", "To be, or not to be!\nLine two."),
    ('" Foo " bar.', '"Foo" bar.'),
    ("Foo \t\tbar.", "Foo bar."),
    ("He's English . He is 21", "He's English. He is 21"),
    ("This is  a test", "This is a test"),
    ("- Hi!\n- ... Careful", "- Hi!\n- ...Careful"),
    ("Yes, it is at 8: 40 today.", "Yes, it is at 8:40 today."),
    ("The 4 th and 1 st 3 rd and 2 nd.", "The 4th and 1st 3rd and 2nd."),
    ("Hi,, how are you?", "Hi, how are you?"),
    ("Hi,,,", "Hi..."),
    ("Hi,!", "Hi!"),
    ("Foobar?. Foobar!.... Foobar", "Foobar? Foobar! Foobar"),
    ("and , , and", "and, and"),
    ("a ( b ) c", "a (b) c"),
], ids=lambda v: v[:28] if isinstance(v, str) else None)
def test_tidies(raw, expected):
    assert fix(raw) == expected


@pytest.mark.parametrize("raw", [
    "This is it - and he likes it!",
    "Go to the O.R. now!",
    "What did Dr. Gey say?",
    "...I'm fine.",
    "3,500 people paid 3.50 each, e.g. in the U.S. today",
    "♪ you like to move it",
    "and-and it was... 10:00.",
    "pre- and post-operative care",
])
def test_leaves_tidy_text_alone(raw):
    assert fix(raw) == raw


def test_keeps_timings_when_it_moves_punctuation():
    from cleanup.transcript import Segment, Token, Transcript
    t = Transcript.from_segments([(Segment(0.0, 2.0), [
        Token("word", start=0.0, end=0.5), Token(",and", start=0.6, end=1.0)])])
    out = fix(t)
    assert [(tok.text, tok.start, tok.end) for tok in out.tokens] == [
        ("word,", 0.0, 0.5), ("and", 0.6, 1.0)]
