"""Names and ages that mock consultations said in ways the first rules missed: a title
before a name written without a capital, the pronoun ``I`` in lowercase ASR, a spoken age
after ``patient is``, a first name before a found surname, hyphenated names, nicknames,
and a name found once said alone in a later caption cue. Each row has a row that must not
change beside it.

Every sentence here is our own; none comes from a development or held-out set."""
import pytest

from cleanup import formats
from cleanup.deid.step import Deidentify

tag = Deidentify()


def run(text: str, fmt: str = "txt") -> str:
    return formats.render(tag.transform(formats.parse(text, fmt)), fmt).rstrip("\n")


@pytest.mark.parametrize("raw, expected", [
    # a title, then a name written without its capital, in text with capitals
    ("Doctor: Morning, I am dr. kowalczyk.\nPatient: Morning.",
     "Doctor: Morning, I am dr. [NAME].\nPatient: Morning."),
    ("Doctor: You'll see Dr okonkwo on Friday.\nPatient: Fine.",
     "Doctor: You'll see Dr [NAME] on Friday.\nPatient: Fine."),
    ("Nurse: Mrs. fitzgerald is next.\nPatient: Thanks.",
     "Nurse: Mrs. [NAME] is next.\nPatient: Thanks."),
    # lowercase ASR with only "I" capitalized reads as lowercase
    ("I am dr adeyemi and I'll be with you today",
     "I am dr [NAME] and I'll be with you today"),
    # a spoken age over 89 after a word for the patient
    ("Doctor: So the patient is ninety four and still drives?\nPatient: Yes.",
     "Doctor: So the patient is [AGE] and still drives?\nPatient: Yes."),
    ("[doctor] patient is ninety one and lives with her niece",
     "[doctor] patient is [AGE] and lives with her niece"),
    ("Nurse: The gentleman is a hundred and two next week.\nDoctor: Wow.",
     "Nurse: The gentleman is [AGE] next week.\nDoctor: Wow."),
    # a first name too rare for English right before a found surname, at a sentence start
    ("Nurse: Mr. Gallagher? Radomir Gallagher? This way.\nPatient: Yes.",
     "Nurse: Mr. [NAME]? [NAME]? This way.\nPatient: Yes."),
    # double names: two census names, or syllables beside a name or after a cue
    ("Nurse: A porter called Anne-Louise will take you.\nPatient: Thanks.",
     "Nurse: A porter called [NAME] will take you.\nPatient: Thanks."),
    ("Doctor: Letter signed by Dr. Helen Morrison-Clarke.\nPatient: OK.",
     "Doctor: Letter signed by Dr. [NAME].\nPatient: OK."),
    ("Patient: My granddaughter Seo-yeon is visiting.\nDoctor: Lovely.",
     "Patient: My granddaughter [NAME] is visiting.\nDoctor: Lovely."),
    ("Patient: Next of kin is my nephew, Lee Dong-hyun.\nDoctor: Thanks.",
     "Patient: Next of kin is my nephew, [NAME].\nDoctor: Thanks."),
    # a nickname after "goes by", "calls me"
    ("Patient: Everyone calls me Dodie.\nDoctor: Dodie it is.",
     "Patient: Everyone calls me [NAME].\nDoctor: [NAME] it is."),
    ("Patient: My son goes by Fitz these days.\nDoctor: OK.",
     "Patient: My son goes by [NAME] these days.\nDoctor: OK."),
])
def test_finds(raw, expected):
    assert run(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: I have a dr. appointment on Monday.\nDoctor: OK.",
    "Patient: The Dr. said to rest.\nDoctor: OK.",
    "Patient: My Dr. told me to take metformin.\nDoctor: Good.",
    "I think I saw dr. parkinson's disease on the list",
    "Doctor: Any history of Crohn's?\nPatient: No, I don't think so.",
    "Nurse: Patient is 94 on room air.\nDoctor: Good.",
    "[nurse] patient was ninety six at rest and ninety two walking",
    "Nurse: The patient is 100 percent sure.\nDoctor: OK.",
    "Nurse: The man was 97 kilos last time.\nDoctor: OK.",
    "Patient: I had an X-ray and a follow-up.\nDoctor: Good, and the Wi-Fi worked?",
    "Patient: I do tai-chi and play ping-pong.\nDoctor: Great.",
    "Patient: Uh-huh, yes.\nDoctor: Mm-hmm.",
    "Patient: I usually go by bus, or go by Train.\nDoctor: OK.",
    "Patient: my mum called me yesterday about the ferry.\nDoctor: OK.",
    "Patient: It's known as Shingles, right?\nDoctor: Yes.",
    "Patient: Amlodipine. Ramipril too.\nDoctor: Fine.",
    "Nurse: Device: Vexacor Zyntel, fitted last spring.\nDoctor: Fine.",
])
def test_leaves(raw):
    assert run(raw) == raw
