"""Round 20: principles probed with text written for these tests (no held-out text). A
number of four digits or more that the number sign keys (``order #48213``), never a rank
(``#1``) nor a year made a hashtag; a big city's short form as written (``NYC``, ``L.A.``,
``Philly``) and a state's code in capitals after a cue of home (``we live in TX``), never a
code that is also a clinical abbreviation (``moved to CT``). A day written ``21 st``; an
age set off by commas after a word for the person (``The patient, 91,``); a short date
after a date's label (``DOS 3/14``, ``the date of service was 3/14``); a card's last digits
after ``ending`` alone."""
import pytest

from cleanup import formats
from cleanup.deid.step import Deidentify

every = Deidentify()


def fix(raw: str) -> str:
    """The text as ``cleanup fix FILE --steps deidentify`` writes a .txt file."""
    return formats.render(every.transform(formats.parse(raw, "txt")), "txt").rstrip("\n")


def found(raw: str) -> set[tuple[str, str]]:
    redacted = every.transform(formats.parse(raw, "txt"))
    return {(r["category"], r["text"]) for r in redacted.meta["redactions"]}


@pytest.mark.parametrize("raw, expected", [
    ("Order #48213 was shipped to her.", "Order #[ID] was shipped to her."),
    ("Invoice #4417, paid in full.", "Invoice #[ID], paid in full."),
    ("She was #1 and then #12 on the list.", "She was #1 and then #12 on the list."),
    ("#2020 was a hard year.", "#2020 was a hard year."),
])
def test_a_number_the_number_sign_keys(raw, expected):
    assert fix(raw) == expected


@pytest.mark.parametrize("raw, place", [
    ("She moved to NYC last year.", "NYC"),
    ("Then back to L.A. in the spring.", "L.A."),
    ("We flew to Philly for the wedding.", "Philly"),
    ("We live in TX now.", "TX"),
    ("They moved from FL after the storm.", "FL"),
])
def test_a_big_citys_short_form_and_a_states_code_after_home(raw, place):
    assert ("LOCATION", place) in found(raw)


@pytest.mark.parametrize("raw", [
    "He moved to CT for the scan.",
    "She was referred to PA for the follow-up.",
    "la la la, she sang in the la lounge",
])
def test_a_clinical_code_after_a_cue_is_no_state(raw):
    assert not {c for c, _ in found(raw) if c == "LOCATION"}


@pytest.mark.parametrize("raw, expected", [
    ("born on the 21 st of March", "born on the [DATE]"),
    ("The patient, 91, was admitted.", "The patient, [AGE], was admitted."),
    ("Our client, 93, lives alone.", "Our client, [AGE], lives alone."),
    ("The patient, 98, 97, 96 on room air.", "The patient, 98, 97, 96 on room air."),
])
def test_a_split_ordinal_and_an_age_apposed_to_a_word_for_the_person(raw, expected):
    assert fix(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("The date of service was 3/14.", "The date of service was [DATE]."),
    ("DOS 3/14, billed twice.", "DOS [DATE], billed twice."),
    ("Card exp 09/27.", "Card exp [DATE]."),
    ("card ending 8812, is that right?", "card ending [ID], is that right?"),
    ("The score was 3/14 on the memory test.", "The score was 3/14 on the memory test."),
    ("the phone kept ending calls at 2020 hours", "the phone kept ending calls at 2020 hours"),
])
def test_a_billing_calls_dates_and_card_digits(raw, expected):
    assert fix(raw) == expected
