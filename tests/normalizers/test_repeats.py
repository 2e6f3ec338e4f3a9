import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanup.normalizers.fillers import RemoveFillers
from cleanup.normalizers.repeats import CollapseRepeats, destutter
from cleanup.transcript import Segment, Token, Transcript

from ..support import is_subsequence, token_strings, words
from .suggestions import outcome

fix = CollapseRepeats()


@pytest.mark.parametrize("raw, expected", [
    ("so so so", "so"),
    ("it’s it’s it’s", "it’s"),
    ("it’s it's easy", "it’s easy"),
    ("that have had that have had it", "that have had it"),
    ("It turns out that that it turns out that salt", "It turns out that salt"),
    ("to a mod-ox, to a mod-ox, to a mod-ox", "to a mod-ox"),
    ("to a mod-ox, to a mod-ox, to a mod-ox.", "to a mod-ox."),
    ("It it the, the largest", "It the largest"),
    ("and, and actually", "and actually"),
    ("so so so this", "so this"),
    ("the bottom line is is, if you have", "the bottom line is, if you have"),
    ("not to not to take", "not to take"),
    ("out of out of their", "out of their"),
    ("i’ve i’ve morphed", "i’ve morphed"),
    ("that’s that’s my", "that’s my"),
    ("for for thyroid", "for thyroid"),
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


# ---- evidence: certain collapses carry it; a repeat without it is only proposed ----------
@pytest.mark.parametrize("raw, expected, evidence", [
    ("the the end", "the end", "'the' cannot end a clause"),
    ("I I think so", "I think so", "'i' cannot end a clause"),
    ("it's it's fine", "it's fine", "'it's' cannot end a clause"),
    ("but but didn't go", "but didn't go", "cannot end a clause"),
    ("they they should know", "they should know", "cannot end a clause"),
    ("we moved into into the flat", "we moved into the flat", "cannot end a clause"),
    ("she was was late", "she was late", "cannot end a clause"),
    ("a very very", "a very", "cannot end a clause"),
    ("I’M I’M sure", "I’M sure", "cannot end a clause"),  # capitals do not make it emphasis
    ("so so so we left", "so we left", "said three times"),
    ("lab lab lab results", "lab results", "three times in a row"),
    ("so I said, I said, I said it", "so I said it", "said 3 times in a row"),
    ("I was — I was going", "I was going", "a dash between the copies"),
    ("my b-big my big dog", "my big dog", "a stutter"),
    ("W-what now", "What now", "a stutter fragment"),
    ("Fine. So so it goes.", "Fine. So it goes.", "opens the sentence"),
    ("You you can go", "You can go", "opens the sentence"),  # the text's start
    ("Yes.\n\nit it works", "Yes.\n\nit works", "opens the sentence"),  # a paragraph's
    ("and These these shots", "and these shots", "the capital is on the first copy"),
    ("when you you walk", "when you walk", "after 'when'"),
    ("if it it rains", "if it rains", "after 'if'"),
    ("but if you, if you can", "but if you can", "after 'if'"),
    ("sure that that this works", "sure that this works", "the second 'that' opens a clause"),
    ("we did, we did it", "we did it", "cannot end a clause"),
    ("the top, the the top", "the top, the top", "cannot end a clause"),
], ids=lambda v: v if isinstance(v, str) and " " in v else None)
def test_certain_collapses_carry_their_evidence(raw, expected, evidence):
    run = outcome(fix, raw)
    assert run.held == run.applied == expected
    assert run.proposed == ()
    assert any(evidence in e for e in run.evidence), run.evidence


@pytest.mark.parametrize("raw, applied, why", [
    ("we should take you you can't stay", "we should take you can't stay", "may end one clause"),
    ("If I'm going I'm going with Sam", "If I'm going with Sam", "may end one clause"),
    ("thank you you too", "thank you too", "may end one clause"),
    ("in my lab my lab is small", "in my lab is small", "may end one clause"),
    ("from the rook the rook can still move", "from the rook can still move", "may end"),
    ("install the update update should work", "install the update should work", "may end"),
    ("it is the top, the top layer", "it is the top layer", "may end one clause"),
    ("we know for sure for sure", "we know for sure", "may end one clause"),
    ("that’s botox botox and autoimmunity", "that’s botox and autoimmunity", "may end one"),
    ("so you should just like you should just like you know", "so you should just like you know",
     "may end one clause"),
    ("it went and on and on", "it went and on", "may end one clause"),
    ("the CDC CDC said", "the CDC said", "emphasis"),  # an acronym said twice
    ("Awesome awesome.", "Awesome.", "emphasis or as feedback"),
    ("that was great great", "that was great", "emphasis"),
    ("please please help", "please help", "emphasis"),
    ("please please please help", "please help", "emphasis"),  # more copies: still emphasis
    ("cool cool", "cool", "emphasis"),
    ("excellent excellent progress", "excellent progress", "emphasis"),
    ("Please wait wait for me.", "Please wait for me.", "emphasis"),
    ("we use BOTOX Botox daily", "we use Botox daily", "emphasis"),
    ("ok you you can go", "ok you can go", "may end one clause"),  # an unmarked start
], ids=lambda v: v if isinstance(v, str) and " " in v else None)
def test_a_repeat_that_may_be_english_is_only_proposed(raw, applied, why):
    run = outcome(fix, raw, "collapse_repeats")
    assert run.held == raw
    assert run.applied == applied
    assert len(run.proposed) == 1 and why in run.proposed[0], run.proposed
    assert run.evidence == ()


def test_collapses_that_depend_on_each_other_are_proposed_together():
    raw = "the cat cat the cat sat"  # "cat cat", then "the cat the cat" once it is gone
    run = outcome(fix, raw, "collapse_repeats")
    assert run.held == raw
    assert run.applied == "the cat sat"
    assert len(run.proposed) == 1


def test_a_longer_certain_repeat_holds_a_certain_shorter_one():
    run = outcome(fix, "out of of out of it")
    assert run.held == run.applied == "out of it"


def test_seed_sentences_after_fillers():
    text = ("It’S been shown that different other studies have um have said that, but the "
            "bottom line is is, if you have autoimmunity, you should just like you should "
            "just like you know, Have to come to grips with it. It it the uh, the largest study")
    run = outcome(fix, RemoveFillers()(text))
    assert run.held == ("It’S been shown that different other studies have said that, but the "
                        "bottom line is, if you have autoimmunity, you should just like you "
                        "should just like you know, Have to come to grips with it. It the "
                        "largest study")  # "like" may end a clause: only proposed
    assert run.applied == run.held.replace("you should just like you should", "you should")


def test_max_phrase_is_an_option():
    assert CollapseRepeats(max_phrase=1)("out of out of it") == "out of out of it"
    assert fix("out of out of it") == "out of it"
    assert CollapseRepeats(max_phrase=1)("so so so") == "so"
    long = "one of the best things we can see the, one of the best things we can see the"
    assert fix(long) == long  # ten words: beyond the default lookback
    assert CollapseRepeats(max_phrase=10)(long) == "one of the best things we can see the"
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
    t = Transcript.from_segments([(Segment(0, 2), "we want to"), (Segment(2, 4),
                                                                  "to look younger")])
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
