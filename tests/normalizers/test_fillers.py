import pytest

from cleanup.normalizers.fillers import RemoveDiscourseFillers, RemoveFillers
from cleanup.transcript import Transcript

from ..support import timed

fix = RemoveFillers()


@pytest.mark.parametrize("raw, expected", [
    ("I’ve had uh a lot", "I’ve had a lot"),
    ("shots to um uh, to look", "shots to to look"),
    ("Um, that’s leading", "that’s leading"),
    ("so it’s uh. So i speak", "so it’s. So i speak"),
    ("You like her, huh?", "You like her, huh?"),  # huh is a question tag, not a filler
    ("for um neurological problems", "for neurological problems"),
    ("Ummm, well", "well"),
    ("and uhh and", "and and"),
    ("Hey, Ah.", "Hey."),
    ("She uh...\nshe disappeared.", "She...\nshe disappeared."),
    ("Let's remove all the uh filler words.", "Let's remove all the filler words."),
    ("first.\n\nUm, second", "first.\n\nsecond"),
    ("hmm", ""),
    ("“Um, yes,” she said", "“yes,” she said"),
    ("Hey! Uh...", "Hey!"),
    # a filler set off by commas in mid-phrase takes both commas
    ("the size of the, uh, nodule", "the size of the nodule"),
    ("about how they, uh, won", "about how they won"),
    ("start out , um , with the exam", "start out with the exam"),  # tokenized text
    ("surgery, um, but not now", "surgery, but not now"),  # a phrase boundary keeps its comma
    ("So, um, I went", "So, I went"),
    ("it is, uh, you know, hard", "it is, you know, hard"),
    ("being, uh, putting it", "being, putting it"),
    ("we are done . uh , so next", "we are done . so next"),
    ("[patient] uh , only at night", "[patient] only at night"),
    ("so bad . [patient] uh- . i tried", "so bad . [patient] i tried"),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_removes_fillers_and_mends_punctuation(raw, expected):
    assert fix(raw) == expected


@pytest.mark.parametrize("raw", [
    "the umbrella and the hummus",
    "mhm, uh-huh, mm-hmm",
    "oh, no",
    "the ermine and the erratum",
    "taken to the ER last night",
    "a 5 mm nodule, 80 mm Hg",
    "Open wide. Say ah.",
    "two mm and seven mm",
    "thirteen mm, a few mm, 1,000 mm",  # any number of the lexicon's, and a quantity
    "Ah, I see.",  # understanding, not a pause
    "OK ah OK.",
    "Ah ha ha ha.",  # laughter
])
def test_keeps_words_that_only_look_like_fillers(raw):
    assert fix(raw) == raw


def test_word_list_is_configurable():
    assert RemoveFillers(words=["like"])("it was like uh big") == "it was uh big"
    assert RemoveFillers(words=[])("uh") == "uh"


@pytest.mark.parametrize("raw, expected", [
    ("and, you know, it works.", "and it works."),
    ("I mean, it is fine.", "it is fine."),
    ("It is fine, you know.", "It is fine."),
    ("Do you know him?", "Do you know him?"),
    ("if you know the answer", "if you know the answer"),
    ("I mean it.", "I mean it."),
])
def test_discourse_fillers(raw, expected):
    assert RemoveDiscourseFillers()(raw) == expected


# ---- reading the columns ---------------------------------------------------------------------
@pytest.mark.parametrize("step, raw, expected", [
    (fix, "the size of the, uh, nodule is 5 mm. Say ah.",
     "the size of the nodule is 5 mm. Say ah."),
    (fix, "start out , um , with the exam", "start out with the exam"),
    (fix, "so bad . [patient] uh- . i tried", "so bad . [patient] i tried"),
    (fix, "Ah, I see. “Um, yes,” she said", "Ah, I see. “yes,” she said"),
    (RemoveDiscourseFillers(), "and, you know, it works. I mean, it is fine.",
     "and it works. it is fine."),
], ids=["commas", "tokenized", "after a tag", "acknowledgement", "discourse"])
def test_reads_columns_without_making_tokens(step, raw, expected, no_token_objects):
    assert step(raw) == expected


@pytest.mark.parametrize("step", [fix, RemoveDiscourseFillers()], ids=["fillers", "discourse"])
def test_a_transcript_without_fillers_is_returned_as_is(step):
    t = Transcript.from_text("Do you know him? The hummus, the umbrella and 5 mm.")
    assert step.transform(t) is t


def test_a_period_after_a_tag_leaves_with_the_filler_and_the_rest_keeps_its_timing():
    t = timed("so", "bad", ".", "[patient]", "uh-", ".", "I", "tried")
    out = fix.transform(t)
    assert out.text == "so bad . [patient] I tried"
    assert [(tok.text, tok.id, tok.start) for tok in out.tokens] == [
        ("so", 0, 0.0), ("bad", 1, 1.0), (".", 2, 2.0), ("[patient]", 3, 3.0),
        ("I", 6, 6.0), ("tried", 7, 7.0)]
