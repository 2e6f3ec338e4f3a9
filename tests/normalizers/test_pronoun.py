import pytest

from cleanup.normalizers.pronoun import CapitalizePronounI

fix = CapitalizePronounI()


@pytest.mark.parametrize("raw, expected", [
    ("so i think", "so I think"),
    ("i’m never going", "I’m never going"),
    ("i’ve got to", "I’ve got to"),
    ("i'd go, i'll go", "I'd go, I'll go"),
    ("i’d’ve", "I’d’ve"),
    ("than i.", "than I."),
    ("and i, too", "and I, too"),
    ("“i am,” he said", "“I am,” he said"),
    ("i", "I"),
    ("<i>i think</i>", "<i>I think</i>"),  # markup is not the pronoun (issue 22)
    ("“<b>i’m</b>, sure", "“<b>I’m</b>, sure"),
])
def test_capitalizes_the_pronoun(raw, expected):
    assert fix(raw) == expected


@pytest.mark.parametrize("raw", [
    "i.e. the dose",
    "item (i) and (ii)",
    "in it is if",
    "iPhone and iOS",
    "I think I’m right",
    "<i>so</i> it is",
    "i<3 you",
])
def test_leaves_other_words_alone(raw):
    assert fix(raw) == raw
