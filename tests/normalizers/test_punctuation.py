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
    ("[ Music ] so", "[Music] so"),
    ("“ [ __ ] so", "“[ __ ] so"),  # the quote opens the tag, which stays as written
    # a break before a mark stays, before the next word (issue 22: not idempotent)
    ("Thank\n\n, And, so", "Thank,\n\nAnd, so"),
    ("Thank\n, And", "Thank,\nAnd"),
    # a mark after a dash alone on its line joins the word before it, or goes at the start
    ("i\n-\n, ", "i,"),
    ("-\n, so", "so"),
], ids=lambda v: v[:28] if isinstance(v, str) else None)
def test_tidies(raw, expected):
    assert fix(raw) == expected


@pytest.mark.parametrize("raw", [
    "This is it - and he likes it!",
    "so [ __ ] and you",  # YouTube's censor tag: a bracketed tag with no word inside
    "so [ __ ], you",
    "a [ ] b ( ) c",
    "Go to the O.R. now!",
    "What did Dr. Gey say?",
    "...I'm fine.",
    "3,500 people paid 3.50 each, e.g. in the U.S. today",
    "♪ you like to move it",
    "and-and it was... 10:00.",
    "pre- and post-operative care",
    # A decimal point or fraction is part of the number: moving it changes a dose.
    "Give .5 mg twice a day.",
    "Increase to .75 mg, measured .8 cm, up .000004.",
    "The dose is ½ tablet, then 1 ½ tablets, then ¼.",
    "A value of ,5 in a European report",
    "The wound is 2 cm² and the rate ① then ②",
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


@pytest.mark.parametrize("raw, expected", [
    ("so\n-\n- yes", "so\n- yes"),  # a dash alone on its line goes, the line break stays
    ("-\n\nok -", "ok -"),
    ("- Hi!\n-\n- Bye.", "- Hi!\n- Bye."),
    ("I'm — uh — — ok", "I'm — uh — ok"),
    ("“ \" ( ", ""),  # opening marks with no word after them are debris
], ids=lambda v: v[:28])
def test_drops_orphan_dashes_and_debris(raw, expected):
    assert fix(raw) == expected


def test_joined_time_takes_the_end_of_its_second_half():
    from cleanup.transcript import Segment, Token, Transcript
    t = Transcript.from_segments([(Segment(0.0, 2.0), [
        Token("at", start=0.0, end=0.2), Token("8:", start=0.3, end=0.5),
        Token("40", start=0.6, end=0.9)])])
    out = fix(t)
    assert [(tok.text, tok.start, tok.end, tok.id) for tok in out.tokens] == [
        ("at", 0.0, 0.2, 0), ("8:40", 0.3, 0.9, 1)]


def test_text_only_edits_share_the_other_columns():
    """Moving and mending marks inside tokens rewrites texts, never the other columns."""
    from cleanup.transcript import Transcript
    t = Transcript.from_text("Hi,, how are you?. Fine!....\n\nGood,,,")
    out = fix.transform(t)
    assert out.text == "Hi, how are you? Fine!\n\nGood..."
    assert out.seps is t.seps and out.segment_indices is t.segment_indices
    tidy = Transcript.from_text("Nothing to do here, really.")
    assert fix.transform(tidy) is tidy
