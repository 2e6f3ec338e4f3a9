import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanup.normalizers.fillers import RemoveFillers
from cleanup.normalizers.repeats import CollapseRepeats, destutter
from cleanup.transcript import Segment, Token, Transcript

from ..support import is_subsequence, token_strings, words

fix = CollapseRepeats()


@pytest.mark.parametrize("raw, expected", [
    ("so so so", "so"),
    ("it’s it’s it’s", "it’s"),
    ("it’s it's easy", "it’s easy"),
    ("for sure for sure", "for sure"),
    ("for sure, for sure uh for hashimoto’s", "for sure uh for hashimoto’s"),
    ("that have had that have had it", "that have had it"),
    ("It turns out that that it turns out that salt", "It turns out that salt"),
    ("to a mod-ox, to a mod-ox, to a mod-ox", "to a mod-ox"),
    ("to a mod-ox, to a mod-ox, to a mod-ox.", "to a mod-ox."),
    ("It it the, the largest", "It the largest"),
    ("and, and actually", "and actually"),
    ("so so so this", "so this"),
    ("the bottom line is is, if you have", "the bottom line is, if you have"),
    ("you should just like you should just like you know", "you should just like you know"),
    ("not to not to take", "not to take"),
    ("out of out of their", "out of their"),
    ("i’ve i’ve morphed", "i’ve morphed"),
    ("that’s that’s my", "that’s my"),
    ("for for thyroid", "for thyroid"),
    ("botox botox and autoimmunity", "botox and autoimmunity"),
    ("subject, so so. So that’s", "subject. So that’s"),  # a stutter cut off by a period
    ("you know you know. You know it", "You know it"),
    ("and These these shots", "and these shots"),  # the first copy's stray capital goes
    ("So so it", "So it"),
    ("But I i was not sure.", "But I was not sure."),
    ("I was — I was going", "I was going"),
    ("the The end", "the end"),  # the kept copy takes the first copy's spelling
    ("had had had enough", "had had enough"),  # a third copy is a stutter
    ("I had, had enough", "I had enough"),  # a comma marks a restart
    ("very very very good", "very very good"),
    ("W-what I-I think", "What I think"),
    ("I-I I think", "I think"),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_collapses_repeats(raw, expected):
    assert fix(raw) == expected


@pytest.mark.parametrize("raw", [
    "she had had enough",
    "he said that that was fine",
    "I don't think that that is a problem.",
    "a little shot here, a little shot there",
    "just a shot here, a little shot there, a little shot here, a little shot there",
    "The can can hold the water.",
    "Will Will awake up?",
    "Wait wait!",
    "No, no, no.",
    "I know, I know.",
    "In a land far far away.",
    "I love you so so much.",
    "Hip Hip Hooray",
    "Ha ha",
    "bye bye",
    "He gave her her phone back.",
    "You need to log in in the morning.",
    "They logged in in the lab.",
    "What it is is a problem.",
    "To address address problems.",
    "call 5 5 5 one one two",
    "call five oh oh two, double double seven",  # digits read out
    "He left. He left.",  # never across a sentence end...
    "I think so. So we went.",  # ...unless the copy before it was itself a stutter
    "and so on and so forth",
    "She said “so” so quietly",
    "first part\n\npart two\n\ntwo more",
    "D-dimer and a t-test, re-record it",
    "O’Brien and London",
    "ha ha, ha ha",
    "We love, love, love it.",
    "That was very, very good, really, REALLY good.",
    "keep track of it, it gets better",
    "we started with Lex, Lex is the core",
    "about code whisperer, code whisperer is",
    "yeah yeah we did",
], ids=lambda v: v[:40])
def test_keeps_english_doubles_and_parallel_phrases(raw):
    assert fix(raw) == raw


def test_seed_sentences_after_fillers():
    text = ("It’S been shown that different other studies have um have said that, but the "
            "bottom line is is, if you have autoimmunity, you should just like you should "
            "just like you know, Have to come to grips with it. It it the uh, the largest study")
    out = fix(RemoveFillers()(text))
    assert out == ("It’S been shown that different other studies have said that, but the bottom "
                   "line is, if you have autoimmunity, you should just like you know, Have to "
                   "come to grips with it. It the largest study")


def test_max_phrase_is_an_option():
    assert CollapseRepeats(max_phrase=1)("for sure for sure") == "for sure for sure"
    assert CollapseRepeats(max_phrase=1)("so so so") == "so"
    long = "one of the best things we can do, one of the best things we can do"
    assert fix(long) == long  # nine words: beyond the default lookback
    assert CollapseRepeats(max_phrase=9)(long) == "one of the best things we can do"
    parallel = "a little shot here, a little shot there, a little shot here, a little shot there"
    assert CollapseRepeats(max_phrase=10)(parallel) == parallel


def test_stutter_fixing_is_an_option():
    assert CollapseRepeats(fix_stutters=False)("W-what I-I think") == "W-what I-I think"
    assert destutter("th-the") == "the" and destutter("T-test") == "T-test"


@pytest.mark.parametrize("bad", [0, -1, 2.5, "6"])
def test_rejects_bad_max_phrase(bad):
    with pytest.raises(ValueError, match="max_phrase"):
        CollapseRepeats(max_phrase=bad)


def test_keeps_timings_of_the_kept_copy():
    words = ["for", "sure,", "for", "sure", "it", "works."]
    t = Transcript.from_segments([(Segment(0.0, 6.0), [
        Token(w, start=float(k), end=k + 0.5) for k, w in enumerate(words)])])
    out = fix(t)
    assert out.text == "for sure it works."
    assert [(tok.text, tok.start, tok.end) for tok in out.tokens] == [
        ("for", 2.0, 2.5), ("sure", 3.0, 3.5), ("it", 4.0, 4.5), ("works.", 5.0, 5.5)]


def test_collapses_across_whisper_segments():
    t = Transcript.from_segments([(Segment(0, 2), "we want to"), (Segment(2, 4), "to look younger")])
    assert fix(t).text == "we want to look younger"


def test_unchanged_input_is_returned_as_is():
    t = Transcript.from_text("nothing repeats here")
    assert fix(t) is t


# ---- properties -------------------------------------------------------------------------
VOCAB = ["so", "So", "the", "that", "had", "it’s", "It's", "for", "sure,", "sure", "uh", "um,",
         "you", "is", "is,", "a", "little", "shot", "here,", "there,", "wait", "wait!", "W-what",
         "I-I", "I", "ha", "5", "—", "in", "log", "can", "The", "much", "very", "and,", "and",
         "her", "what", "out", "of", "not", "to", "to.", "“so”", "(so)", "it"]
SEPS = [" ", " ", " ", " ", "\n", "\n\n"]


def speech():
    return token_strings(VOCAB, SEPS)


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.one_of(st.text(), speech()))
def test_idempotent_and_invents_nothing(text):
    once = fix(text)
    assert fix(once) == once
    assert is_subsequence(words(once), words(text))


@settings(derandomize=True, max_examples=200, deadline=None)
@given(speech())
def test_after_fillers_idempotent_and_invents_nothing(text):
    cleaned = RemoveFillers()(text)
    once = fix(cleaned)
    assert fix(once) == once
    assert is_subsequence(words(once), words(text))
