"""Round 15: a date read out slowly. A speaker confirming a date of birth pauses between
its parts, and the transcript writes each pause as an ellipsis or a full stop; the part after
the pause belongs to the date when it is the part the date lacks and nothing else follows it
in its clause. A role label in lowercase at a line's start (``agent:``) starts a turn, as
one in capitals does. Every sentence is written for these tests."""
import pytest

from cleanup.deid.step import Deidentify

every = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    ("Patient: My date of birth is June... eighth... nineteen fifty-one.",
     "Patient: My date of birth is [DATE]."),
    ("Patient: It's October 9th. 1987.", "Patient: It's [DATE]."),
    ("Patient: born on March... the second... 1949", "Patient: born on [DATE]"),
    ("caller: date of birth is august... 30th... 1966\nagent: thank you",
     "caller: date of birth is [DATE]\nagent: thank you"),
    ("Patient: it's the 2nd of July. 1975, that's right.",
     "Patient: it's the [DATE], that's right."),
    ("Patient: On June the 3rd. Uh, 1999.", "Patient: On [DATE]."),
    # the part after the pause says more: it is a new sentence, not the date's
    ("Patient: I moved on March 3rd. 1962 was the year it began.",
     "Patient: I moved on [DATE]. 1962 was the year it began."),
    ("Patient: I was seen on May 5th. 2 weeks later it came back.",
     "Patient: I was seen on [DATE]. 2 weeks later it came back."),
    # another speaker's turn is theirs
    ("Patient: date of birth is March 3rd.\nDoctor: 1962?",
     "Patient: date of birth is [DATE].\nDoctor: 1962?"),
    # a date without a month is not grown
    ("Patient: I'll come on Tuesday. 2024 has been busy.",
     "Patient: I'll come on Tuesday. 2024 has been busy."),
])
def test_a_date_read_with_pauses_between_its_parts(raw, expected):
    assert every(raw) == expected
