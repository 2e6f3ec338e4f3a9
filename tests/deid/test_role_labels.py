"""A role label left at the start of a line of plain text (``Patient:``, ``Speaker 2:``)
says who speaks: its word is no cue for the word after it, which opens a sentence. A name
after the label is still found by the name itself. Every sentence is written for these
tests."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw", [
    "Patient: See you on Monday.",
    "Patient: Will do, thanks.",
    "Patient: Grand, ta.",
    "patient: see you next week",
    "Doctor: Great to see you.\nPatient: Thanks, Doctor.",
    "Speaker 1: Will you sit down?",
    "SPEAKER 2: Hope so.",
    "Nurse: Please sit down.\nPatient: Sure thing.",
    # a one-word label that is an everyday word says a part in the talk, not a person
    "Dispatch: Unit four, respond please.\nCrew: On our way.\nDispatch: Noted.",
    "Relay: The caller is typing.\nDesk: Go ahead.\nRelay: Caller says thanks.",
])
def test_label_is_no_cue(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("Patient: Hi Dr. Okafor.", "Patient: Hi Dr. [NAME]."),
    ("Nurse: Theodora, come on through.", "Nurse: [NAME], come on through."),
    ("Doctor: hello again\nPatient: my name is Wendell Pryce",
     "Doctor: hello again\nPatient: my name is [NAME]"),
])
def test_names_after_a_label(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Brown: I disagree.\nChair: Noted.\nBrown: Thank you.",
     "[NAME]: I disagree.\nChair: Noted.\n[NAME]: Thank you."),
    ("Hope: I'm here.\nNurse: Good.", "[NAME]: I'm here.\nNurse: Good."),
])
def test_a_surname_or_first_name_label_is_still_a_name(raw, expected):
    assert tag(raw) == expected


# A speaker label the reader left in the text, seen at the start of several lines or cues:
# its name words are names there and everywhere else; a device word is no name, and a
# label that names a room names no one.
@pytest.mark.parametrize("raw, expected", [
    ("Tobias iPad: morning.\nClinic: hello there.\nTobias iPad: Tobias here, still tired.",
     "[NAME] iPad: morning.\nClinic: hello there.\n[NAME] iPad: [NAME] here, still tired."),
    ("Reception Desk: come in.\nOlusegun Phone: thanks.\nReception Desk: sit down.\n"
     "Olusegun Phone: ok.",
     "Reception Desk: come in.\n[NAME] Phone: thanks.\nReception Desk: sit down.\n"
     "[NAME] Phone: ok."),
])
def test_labels_left_in_text(raw, expected):
    assert tag(raw) == expected


def test_label_in_captions():
    vtt = ("WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nDervla Laptop: I can hear you.\n\n"
           "2\n00:00:03.500 --> 00:00:05.000\nDervla Laptop: so, Dervla again.\n")
    from cleanup.formats import parse
    out = Deidentify().transform(parse(vtt, "vtt")).text
    assert "Dervla" not in out
