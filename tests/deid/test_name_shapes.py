"""Names the earlier rounds cut short or took for something else: a particle inside a name
(Irish ``Ó``/``Ní``, lowercase ``o``, Arabic ``Al-`` joined by a hyphen), a surname that is
also a word after a first name in text with capitals, a common word beside a name in a
speaker label; and words that are not names: a two-name eponym before its head noun, a
common word opening a sentence after the same word was a surname. Every sentence is
written for these tests."""
import pytest

from cleanup import formats
from cleanup.deid.knowledge import is_protected
from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    ("Patient: This is Mrs. Máire Ó Ceallaigh speaking.", "Patient: This is Mrs. [NAME] speaking."),
    ("Doctor: Mrs. Grainne Ni Bhriain is here.", "Doctor: Mrs. [NAME] is here."),
    ("okay you must be ronan o shea , come in", "okay you must be [NAME] , come in"),
    ("Doctor: I saw Mr Tariq Al-Hashimi today.", "Doctor: I saw Mr [NAME] today."),
    ("Carer: Next door is Mary Fox, she slept well.",
     "Carer: Next door is [NAME], she slept well."),
    ("Nurse: Next is Rita Long, she slept. Long nights are hard for her.",
     "Nurse: Next is [NAME], she slept. Long nights are hard for her."),
])
def test_names(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # the answer to what someone likes to be called
    ("Doctor: Which name do you prefer to be called?\nPatient: Ola, please.",
     "Doctor: Which name do you prefer to be called?\nPatient: [NAME], please."),
    ("[doctor] and what would you like to be called ?\n[patient] oyin is fine , everyone does",
     "[doctor] and what would you like to be called ?\n[patient] [NAME] is fine , everyone "
     "does"),
    ("Doctor: Do you want to be called?\nPatient: Yes please, after six.",
     "Doctor: Do you want to be called?\nPatient: Yes please, after six."),
    # a rare given name opening the sentence, the name ending its clause
    ("Pharmacist: Let me check. Venkatesh Raghunathan, 7 Temple Road?",
     "Pharmacist: Let me check. [NAME], [LOCATION]?"),
])
def test_names_in_answers(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "Doctor: we ruled out stevens johnson syndrome last week",
    "Doctor: he had reye's syndrome as a boy",
    "i take it with o j in the morning",
    "Patient: we went to an al-anon meeting",
])
def test_names_left(raw):
    assert tag(raw) == raw


def test_a_possessive_eponym_written_without_its_apostrophe_is_a_surname_when_people_carry_it():
    assert is_protected(("reye's",)) and is_protected(("reyes", "syndrome"))
    assert not is_protected(("reyes",))  # a common surname: only with its head noun


def test_a_common_word_beside_a_name_in_a_label_is_the_name():
    text = "Will Carey: One more thing about the tablets.\nNurse: Will you ring his son?\n"
    out = Deidentify().transform(formats.parse(text, "txt"))
    assert formats.render(out, "txt") == \
        "[NAME] [NAME]: One more thing about the tablets.\nNurse: Will you ring his son?\n"


@pytest.mark.parametrize("raw, expected", [
    # a first name that is also a word, then the speaker's role
    ("hiya i'm autumn , i'm one of the nurses on the ward today",
     "hiya i'm [NAME] , i'm one of the nurses on the ward today"),
    ("i'm hope , your nurse today", "i'm [NAME] , your nurse today"),
    # a short given name after a strong cue, a surname after it
    ("am i speaking with bo tran today", "am i speaking with [NAME] today"),
    # a practice named before its head after "here at"
    ("i work here at western sports physio now", "i work here at [LOCATION] now"),
])
def test_introductions(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "hi i'm fine i'm the nurse",
    "i'm sure the nurse will call",
    "my name is so and so",
    "am i speaking with the right person",
    "i'll send you to the physio next week",
    "i work at the local clinic",
    "she works at home care services",
])
def test_introductions_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("[patient] my support worker kemi comes on tuesdays",
     "[patient] my support worker [NAME] comes on tuesdays"),
    ("[patient] her pastor femi prayed with us", "[patient] her pastor [NAME] prayed with us"),
])
def test_people_named_by_their_part(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "[patient] my social worker said no",
    "[patient] my care worker is late again",
    "[patient] my best friend said so",
])
def test_people_named_by_their_part_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # a caller's rare name after a weak cue, then where they call from
    ("hi this is chidi from the pharmacy calling about your prescription",
     "hi this is [NAME] from the pharmacy calling about your prescription"),
    ("hello it's ngozi from the surgery", "hello it's [NAME] from the surgery"),
    # a rare word after a title that is also a noun, in lowercase ASR
    ("you'll see nurse adaeze next time", "you'll see nurse [NAME] next time"),
    # a name set off by a comma before "my sister", "her brother"
    ("oh that was sunita , my neighbour", "oh that was [NAME] , my neighbour"),
    ("Patient: Wale, her brother, said it was fine.",
     "Patient: [NAME], her brother, said it was fine."),
])
def test_cued_in_talk(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "it's sore from the fall",
    "this is worse from the morning",
    "it's itchy from the cream",
    "the nurse triage line is busy",
    "[patient] it was fine , my husband said",
    "[patient] i asked him , my brother i mean",
    "Patient: Honestly, my mum thinks so",
])
def test_cued_in_talk_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # a name spelled out beside itself
    ("[doctor] and can you spell the surname [patient] it's o k o r i e , okorie",
     "[doctor] and can you spell the surname [patient] it's [NAME] , [NAME]"),
    # a hyphenated surname after a title, both parts rare
    ("[doctor] i'll write to doctor nwachukwu-eze", "[doctor] i'll write to doctor [NAME]"),
    # a relative in three words
    ("[patient] my daughter in law zanele is here", "[patient] my daughter in law [NAME] is here"),
])
def test_spelled_and_joined(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "[patient] i had a b c tests",
    "[doctor] book a doctor follow-up",
    "[patient] my son in law said so",
])
def test_spelled_and_joined_left(raw):
    assert tag(raw) == raw
