import pytest

from cleanup.normalizers.unicode import NormalizeUnicode


@pytest.mark.parametrize("raw, expected", [
    ("cafe\u0301", "café"),
    ("zero\u200bwidth", "zerowidth"),
    ("soft\u00adhyphen", "softhyphen"),
    ("You´re looking", "You're looking"),
    ("it’s and it's", "it’s and it's"),
], ids=["nfc", "zero-width", "soft-hyphen", "acute-apostrophe", "keeps-both-apostrophes"])
def test_default(raw, expected):
    assert NormalizeUnicode()(raw) == expected


def test_apostrophe_styles():
    assert NormalizeUnicode(apostrophes="straight")("it’s I’m") == "it's I'm"
    assert NormalizeUnicode(apostrophes="curly")("it's 'quoted'") == "it’s 'quoted'"


def test_rejects_unknown_apostrophe_style():
    with pytest.raises(ValueError, match="apostrophes must be one of"):
        NormalizeUnicode(apostrophes="fancy")
