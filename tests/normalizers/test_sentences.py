import pytest

from cleanup.normalizers.sentences import CapitalizeSentences

fix = CapitalizeSentences()


@pytest.mark.parametrize("raw, expected", [
    ("a sentence.", "A sentence."),
    ("that’s leading. so it is", "That’s leading. So it is"),
    ("is it? yes! ok.", "Is it? Yes! Ok."),
    ("It costs 3.50. that's cheap.", "It costs 3.50. That's cheap."),
    ("- Foobar! - what is it?", "- Foobar! - What is it?"),
    ("♪ you like to move it...", "♪ You like to move it..."),
    ("first.\n\nsecond", "First.\n\nSecond"),
    ("he said “yes.” then left", "He said “yes.” Then left"),
    ("done. “quoted start", "Done. “Quoted start"),
    ("fine. [doctor] okay. [patient] yes", "Fine. [doctor] Okay. [patient] Yes"),  # tags keep case
    ("[Music] so we start", "[Music] So we start"),
    ("ok. ﬁne then", "Ok. ﬁne then"),  # "ﬁ" capitalized is two letters: left as it is
    ("ok. ßa", "Ok. ßa"),
    ("ok. ǆem", "Ok. ǅem"),  # a title-case letter, not ǅ's capital Ǆ
    ("ok. <i>i think</i>", "Ok. <i>I think</i>"),  # markup is not the word
    ("ok. “<i>so</i> it is", "Ok. “<i>So</i> it is"),
])
def test_capitalizes_sentence_starts(raw, expected):
    assert fix(raw) == expected


@pytest.mark.parametrize("raw", [
    "Ask Dr. jones about it",
    "U.S. army units arrived.",
    "I'll go, esp. if it's a free event.",
    "In Nov. next year.",
    "And I was... he was just tired.",
    "So e.g. this and i.e. that",
    "mRNA is made. iPhone sales",
    "We met at 5 p.m. then we left",
    "It was abdominal-- Yes. --fat.",  # the rest of an interrupted sentence
    "We heard [inaudible] and [doctor] said",
    "He has a. fib now. So",  # a letter and a period: not a sentence end
])
def test_does_not_capitalize_after_abbreviations_or_ellipses(raw):
    assert fix(raw) == raw


def test_unpunctuated_auto_captions_get_no_capitals():
    captions = " ".join(["so we talked about the plan and then we went home"] * 5)
    assert fix(captions) == captions
    assert fix("so we talked") == "So we talked"  # a short snippet is one sentence


def test_a_stray_mark_does_not_make_captions_punctuated():
    # one "?" in 150 words: the text's start and its paragraphs are no marked sentence
    # start (a filler removed before "maintaining" leaves no capital), the "?" is
    words = " ".join(["we kept the old links and went on with the plan"] * 7)
    text = f"maintaining the links {words} why? so we went\n\nand then {words}"
    out = fix(text)
    assert out.startswith("maintaining the links")
    assert "why? So we went\n\nand then" in out


@pytest.mark.parametrize("raw, expected", [
    ("ok . so it is", "Ok . So it is"),  # a sentence end standing alone
    ("ok. - so it is", "Ok. - So it is"),  # a dash passes the start on
    ("ok, - so it is", "Ok, - so it is"),
    ("[Music] ♪ so we start", "[Music] ♪ So we start"),
    ("well\n\n- so it is", "Well\n\n- So it is"),  # a paragraph break starts one
], ids=lambda v: v[:28])
def test_punctuation_alone_passes_the_decision_on(raw, expected):
    assert fix(raw) == expected


def test_capitals_share_the_other_columns():
    from cleanup.transcript import Transcript
    t = Transcript.from_text("one. two? three")
    out = fix.transform(t)
    assert out.text == "One. Two? Three"
    assert out.seps is t.seps and out.segment_indices is t.segment_indices
