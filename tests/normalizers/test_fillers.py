import pytest

from cleanup.normalizers.fillers import RemoveDiscourseFillers, RemoveFillers

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
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_removes_fillers_and_mends_punctuation(raw, expected):
    assert fix(raw) == expected


@pytest.mark.parametrize("raw", [
    "the umbrella and the hummus",
    "mhm, uh-huh, mm-hmm",
    "oh, no",
    "the ermine and the erratum",
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
