"""Round 7 of names: the other parts of a found name (a hyphen's other half, Gaelic
particles, a short second given name, a surname after a titled given name, a rare given
name before a found surname), given names the census misses, names in bracketed speaker
labels, a name given in answer to what to be called and a job before a name; and the
ordinary words that must stay. Every sentence is written for these tests."""
import pytest

from cleanup.deid.given_names import given_name, listed_given
from cleanup.deid.rare_words import _person_slot
from cleanup.deid.step import Deidentify
from cleanup.deid.view import View
from cleanup.transcript import Transcript

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    # a hyphen's other half, even a word (Bell, Hill) beside a found name
    ("Clerk: The patient is Amara Okoye-Bell, here for a review.",
     "Clerk: The patient is [NAME], here for a review."),
    ("Nurse: Next we have Lucia Park-Hill on the list.",
     "Nurse: Next we have [NAME] on the list."),
    # Gaelic particles and a mutated word after a title, and the same name with no title
    ("Nurse: I paged Dr Nic an tSionnaigh about it. Nic an tSionnaigh said fine.",
     "Nurse: I paged Dr [NAME] about it. [NAME] said fine."),
    # a short second given name written with a capital
    ("Teacher: Good morning Mei Ai! Ready to play?",
     "Teacher: Good morning [NAME]! Ready to play?"),
    # a census surname that is also a word, after a given name a title introduced
    ("dictated by doctor aspen field comma thank you",
     "dictated by doctor [NAME] comma thank you"),
    # a rare given name right before a found surname
    ("her name on the form is juno dumont , year two",
     "her name on the form is [NAME] , year two"),
])
def test_name_parts(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # given names the census misses, written with a capital inside a sentence
    ("Nurse: Is Callum not in today? He said Eilidh would cover.",
     "Nurse: Is [NAME] not in today? He said [NAME] would cover."),
    ("Nurse: You and me and Callum from the bank shift.",
     "Nurse: You and me and [NAME] from the bank shift."),
    # a rarer census first name with a capital, and the same word again opening a sentence
    ("Carer: The chair by the door is Bev. Bev ate well.",
     "Carer: The chair by the door is [NAME]. [NAME] ate well."),
    # a job before a name, after an owner's word
    ("so our receptionist hope will buzz you in", "so our receptionist [NAME] will buzz you in"),
    ("my pharmacist grace told me to halve it", "my pharmacist [NAME] told me to halve it"),
])
def test_first_names(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("okay what would you like to be called\nerm i dunno maybe river just river\n"
     "river great and a date of birth\nok\nthanks river see you then",
     "okay what would you like to be called\nerm i dunno maybe [NAME] just [NAME]\n"
     "[NAME] great and a date of birth\nok\nthanks [NAME] see you then"),
    # the chosen word stays a word where a determiner, an adjective or a preposition says so
    ("what should we call you\nuh storm\nstorm got it, the storm last night was loud\n"
     "a big storm",
     "what should we call you\nuh [NAME]\n[NAME] got it, the storm last night was loud\n"
     "a big storm"),
])
def test_chosen_names(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("what would you like to be called\nmum\nok mum and your date of birth",
     "what would you like to be called\nmum\nok mum and your date of birth"),
])
def test_chosen_roles_stay(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Speaker 1 (Ruth): hi, how are you?\nSpeaker 2 (Hope): fine thanks\n"
     "Speaker 1 (Ruth): good\nSpeaker 2 (Hope): bye\n",
     "Speaker 1 ([NAME]): hi, how are you?\nSpeaker 2 ([NAME]): fine thanks\n"
     "Speaker 1 ([NAME]): good\nSpeaker 2 ([NAME]): bye"),
    ("Grace (caller): I hope so.\nAgent (Sam): thanks.\nGrace (caller): bye.\nAgent (Sam): ok.\n",
     "[NAME] (caller): I hope so.\nAgent ([NAME]): thanks.\n[NAME] (caller): bye.\n"
     "Agent ([NAME]): ok."),
    ("Will: I will ring later.\nAgent: thanks.\nWill: bye.\n",
     "[NAME]: I will ring later.\nAgent: thanks.\n[NAME]: bye."),
    # roles, acronyms and times are no names
    ("Nurse (triage): next please.\nCaller (Speaker 2): hello.\nNurse (triage): yes.\n",
     "Nurse (triage): next please.\nCaller (Speaker 2): hello.\nNurse (triage): yes."),
    ("ED: go ahead.\nCrew: copy.\nED: received.\n", "ED: go ahead.\nCrew: copy.\nED: received."),
    ("Speaker 1 (00:03): hello there\nSpeaker 2 (00:09): hi\n",
     "Speaker 1 (00:03): hello there\nSpeaker 2 (00:09): hi"),
])
def test_labels(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "the sky was clear and i hope it stays that way",
    "I will pay the bill, a penny at a time.",
    "Mark the date and rose by two points, by god's grace.",
    "it costs a penny more and the sky is grey",
    "internal medicine comma findlay clinic period",  # dictated punctuation, no given name
    "Patient: I'm no Mo Farah, but I can walk.",
    "Nurse: My nan smokes, but outside.",
    "Doctor: Do you want to be called?\nPatient: Yes please, after six.",
    "Doctor: The surgeon will see you.",
    "she takes amlodipine daily and her consultant said fine",
])
def test_words_stay(raw):
    assert "[NAME]" not in tag(raw)


@pytest.mark.parametrize("key, listed, given", [
    ("hamish", True, True), ("kofi", True, True), ("caddie", False, False),
    ("will", False, False), ("tam", False, True), ("nan", False, False), ("rook", False, False),
])
def test_given_name_lists(key, listed, given):
    assert listed_given(key) is listed
    assert given_name(key) is given


@pytest.mark.parametrize("text, index, expected", [
    ("It is you and me and Ruaridh tonight.", 6, True),
    ("So Ruaridh from the bank is on.", 1, True),
    ("Ruaridh and I went.", 0, True),
    ("The Gaussian from the model.", 1, False),
    ("I play Roulette well.", 2, False),
])
def test_person_slot(text, index, expected):
    view = View.of(Transcript.from_text(text))
    assert _person_slot(view, index) is expected
