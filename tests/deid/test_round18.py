"""Round 18: principles probed with text written for these tests (no held-out text). A
street written in lowercase in text with capitals is a street when its house number opens
it and its street word ends the phrase (``we live at forty two larchmont road``), never a
count of lanes (``a two lane road``); a relative's one-word name is a person though a town
carries the word (``my father, Eugene,``: tagged NAME, so a surrogate is a name)."""
import pytest

from cleanup.deid.step import Deidentify
from cleanup.transcript import Transcript

every = Deidentify()


def found(raw: str) -> set[tuple[str, str]]:
    redacted = every.transform(Transcript.from_text(raw))
    return {(r["category"], r["text"]) for r in redacted.meta["redactions"]}


@pytest.mark.parametrize("raw, expected", [
    ("We live at forty two larchmont road.", "We live at [LOCATION]."),
    ("Caller: forty two larchmont road, Fairhaven.", "Caller: [LOCATION], [LOCATION]."),
    ("She lives at 17 birchwood avenue with her son.", "She lives at [LOCATION] with her son."),
    # a number before an article's noun counts; a street word before a noun describes
    ("It's a 2 lane road. It's a two lane road.", "It's a 2 lane road. It's a two lane road."),
    ("We ate 2 big street tacos.", "We ate 2 big street tacos."),
    ("It is 3 miles down main road from here.", "It is 3 miles down main road from here."),
    ("Patient: I'm on 9th Street, number 31-07.",
     "Patient: I'm on [LOCATION], number [LOCATION]."),
])
def test_a_lowercase_street_with_its_number(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, name", [
    ("My father, Eugene, died of a heart attack at 61.", "Eugene"),
    ("My son, Austin, is a picker at the warehouse.", "Austin"),
])
def test_a_relative_named_like_a_town_is_a_name(raw, name):
    assert ("NAME", name) in found(raw)


def test_a_state_of_two_words_stays_a_place():
    raw = "Patient: I was born and raised in North Carolina. I am the sixth of nine siblings."
    assert found(raw) == {("LOCATION", "North Carolina")}
