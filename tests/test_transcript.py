import pytest

from cleanup.transcript import PARAGRAPH, Segment, Token, Transcript, split_punct


@pytest.mark.parametrize("text, expected", [
    ("", ""),
    ("one", "one"),
    ("Hi there.\n\nNew paragraph.\nNew line.", "Hi there.\n\nNew paragraph.\nNew line."),
    ("  leading and trailing  ", "leading and trailing"),
    ("tabs\tand  runs   of spaces", "tabs and runs of spaces"),
    ("three\n\n\n\nbreaks \n \n fold", "three\n\nbreaks\n\nfold"),
    ("a line \r\n break", "a line\nbreak"),
])
def test_from_text_folds_whitespace(text, expected):
    assert Transcript.from_text(text).text == expected


def test_paragraphs_become_segments():
    t = Transcript.from_text("one two\n\nthree")
    assert [tok.segment for tok in t.tokens] == [0, 0, 1]
    assert len(t.segments) == 2 and t.tokens[2].sep == PARAGRAPH


@pytest.mark.parametrize("text, parts", [
    ("“Hello,”", ("“", "Hello", ",”")),
    ("it’s", ("", "it’s", "")),
    ("U.S.", ("", "U.S", ".")),
    ("...", ("", "", "...")),
    ("(3.50)", ("(", "3.50", ")")),
])
def test_split_punct(text, parts):
    assert split_punct(text) == parts


def _timed(*words):
    return Transcript.from_segments([(Segment(0.0, 9.0), [
        Token(w, start=float(k), end=k + 0.5) for k, w in enumerate(words)])])


@pytest.mark.parametrize("words, span, expected", [
    (("You", "like", "her,", "huh?"), (3, 4), "You like her?"),
    (("shots", "to", "um", "uh,", "to"), (2, 4), "shots to to"),
    (("“Um,", "yes,”", "she"), (0, 1), "“yes,” she"),
    (("Hey!", "Uh..."), (1, 2), "Hey!"),
    (("a", "b."), (0, 2), ""),
])
def test_remove_mends_punctuation(words, span, expected):
    assert _timed(*words).remove([span]).text == expected


def test_remove_keeps_timings_and_paragraph_breaks():
    t = Transcript.from_text("one um\n\ntwo")
    out = t.remove([(1, 2)])
    assert out.text == "one\n\ntwo"
    timed = _timed("I’ve", "had", "uh", "a", "lot").remove([(2, 3)])
    assert [(k.text, k.start) for k in timed.tokens] == [
        ("I’ve", 0.0), ("had", 1.0), ("a", 3.0), ("lot", 4.0)]


def test_transcript_is_immutable():
    t = Transcript.from_text("a b")
    with pytest.raises(AttributeError):
        t.tokens = ()
    with pytest.raises(AttributeError):
        t.tokens[0].text = "x"
    with pytest.raises(TypeError):
        t.meta["x"] = 1


def test_span_falls_back_to_segment_times():
    t = Transcript.from_segments([(Segment(1.0, 2.0), "no word times")])
    assert t.span(t.tokens) == (1.0, 2.0)
