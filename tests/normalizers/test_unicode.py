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


def test_tokens_of_invisible_characters_only_are_removed():
    from cleanup.transcript import Transcript
    t = Transcript.from_text("a \u200b b\u200b \u200b\u200b\n\nc\u0301")
    out = NormalizeUnicode().transform(t)
    assert [(k.text, k.sep, k.segment, k.id) for k in out.tokens] == [
        ("a", "", 0, 0), ("b", " ", 0, 2), ("ć", "\n\n", 1, 4)]


def test_text_only_edits_share_the_other_columns():
    from cleanup.transcript import Transcript
    t = Transcript.from_text("cafe\u0301 and you´re")
    out = NormalizeUnicode().transform(t)
    assert out.text == "café and you're"
    assert out.seps is t.seps and out.segment_indices is t.segment_indices
