import pytest

from cleanup.normalizers.contractions import FixContractionCase

fix = FixContractionCase()


@pytest.mark.parametrize("raw, expected", [
    ("I’Ve had a lot", "I’ve had a lot"),
    ("It’S a neurotoxin", "It’s a neurotoxin"),
    ("They go. I’M not going", "They go. I’m not going"),
    ("Don’T do it", "Don’t do it"),
    ("I'Ve and We'LL", "I've and We'll"),
    ("they'Ll go", "they'll go"),
    ("it'S", "it's"),
    ("won'T", "won't"),
    ("You’Re right, we’D go", "You’re right, we’d go"),
    ("I’D’Ve gone", "I’d’ve gone"),
    ("(It’S fine.)", "(It’s fine.)"),
    ("“I’M here,” she said", "“I’m here,” she said"),
    ("I’M", "I’m"),
    ("IT’S", "IT’S"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 30 else None)
def test_fixes_capital_after_apostrophe(raw, expected):
    assert fix(raw) == expected


@pytest.mark.parametrize("raw", [
    "O’Brien and D’Angelo met O'Neil",
    "DON’T SHOUT",
    "it’s fine and I’m here",
    "rock ’n’ roll",
    "the patients’ Records",
    "L’Oréal",
])
def test_leaves_names_and_correct_text_alone(raw):
    assert fix(raw) == raw
