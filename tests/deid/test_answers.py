"""The rare words of the answer to a question about a home, a workplace or a practice are
places or employers, with no street word or capital to say so. Every sentence is written
for these tests."""
import pytest

from cleanup.deid.step import Deidentify

where = Deidentify(categories=("LOCATION",))


@pytest.mark.parametrize("raw, expected", [
    ("[doctor] where are you living these days\n[patient] seven knockmoyle heights",
     "[doctor] where are you living these days\n[patient] [LOCATION]"),
    ("[doctor] and your address is still nine tullyvin kilmacud\n[patient] yes",
     "[doctor] and your address is still [LOCATION]\n[patient] yes"),
    ("[doctor] which surgery are you registered with\n[patient] the drumcarra one",
     "[doctor] which surgery are you registered with\n[patient] the [LOCATION] one"),
])
def test_answer_found(raw, expected):
    assert where(raw) == expected


@pytest.mark.parametrize("raw", [
    # common words, words of medicine, codes and the question's own nouns stay
    "[doctor] where do you work\n[patient] at the big hospital in town",
    "[doctor] which hospital did the colonoscopy\n[patient] the same one as the immunotherapy",
    "[doctor] what's your address\n[patient] same as before and my postcode too",
    "[doctor] where do you live\n[patient] with my daughter since the angioplasty",
])
def test_answer_left(raw):
    assert where(raw) == raw
