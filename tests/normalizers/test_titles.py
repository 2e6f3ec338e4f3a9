import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanup.normalizers.titles import FixTitles
from cleanup.transcript import Transcript

from ..support import words

fix = FixTitles()


@pytest.mark.parametrize("raw, expected", [
    ("Hi dr rutherford, here today", "Hi Dr. Rutherford, here today"),
    ("dr. jones", "Dr. Jones"),
    ("ask mr smith", "ask Mr. Smith"),
    ("and mrs brown said", "and Mrs. Brown said"),
    ("ms jones said", "Ms. Jones said"),
    ("prof. young", "Prof. Young"),
    ("Dr Rutherford", "Dr Rutherford"),  # capitalized: the writer's style, no period added
    ("Mr dershowitz", "Mr Dershowitz"),
    ("dr o’brien", "Dr. O’Brien"),
    ("mr and mrs smith", "Mr. and Mrs. Smith"),
    ("mx lee", "Mx. Lee"),
    ("(dr rutherford)", "(Dr. Rutherford)"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_fixes_titles(raw, expected):
    assert fix(raw) == expected


@pytest.mark.parametrize("raw", [
    "Dr. Gey",
    "see the dr today",            # the noun, after a determiner
    "ask your dr about it",
    "the dr told me",
    "dr told me",                  # no name follows
    "thanks dr.",
    "patients with ms",            # multiple sclerosis
    "patients with MS",
    "in ms white matter",
    "ms symptoms",
    "ms",
    "MS patients",
    "DR jones",                    # capitals are someone's deliberate choice
    "dr, jones",
    "London and May",
    "I’m here, i.e. now",
    "U.S. army units",
    "",
])
def test_leaves_alone(raw):
    assert fix(raw) == raw


def test_options_from_config():
    from cleanup.errors import ConfigError
    from cleanup.registry import create

    assert create("fix_titles", period=False)("dr rutherford") == "Dr Rutherford"
    with pytest.raises(ConfigError):
        create("fix_titles", min_zipf="3")


def test_period_option():
    assert FixTitles(period=False)("dr rutherford") == "Dr Rutherford"
    assert FixTitles(period=False)("dr. rutherford") == "Dr. Rutherford"


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["dr", "dr.", "Dr", "mr", "mrs", "ms", "MS", "prof", "and",
                                 "the", "jones", "Jones", "rutherford", "told", "with", ",",
                                 ".", "o’brien", "-", "ß", "é"]), max_size=30).map(" ".join)
       | st.text(max_size=60))
def test_properties(text):
    once = fix(text)
    assert fix(once) == once
    # only case and the title's period change
    assert words(once) == words(Transcript.from_text(text).text)

