"""Round 12: counselling sessions transcribed from speech ("Therapist:", "Client:"; stutters
written with hyphens, breaks written with dashes). What the step must leave alone there:
the name of a programme, an event or an exercise written with capitals, a pet that is a
breed, a thing someone is "a reminder" of, a student, a clinician's own post, a word typed
with a vowel missing. What it must find: a job someone wants to become, a job said by what
one does for a living or by its gerund, a job or a name behind a stutter, a chain written
with its capital after a word of going, a state's university. Every sentence is written for
these tests."""
import pytest

from cleanup import formats
from cleanup.deid.step import Deidentify
from cleanup.deid.view import shape

every = Deidentify()


def through_reader(raw: str) -> str:
    """As ``cleanup fix`` reads a text file: ``Client:`` opens a speaker's turn."""
    return formats.render(every.transform(formats.parse(raw, "txt")), "txt").rstrip("\n")


@pytest.mark.parametrize("raw", [
    # a capitalized common word after a capitalized word makes a thing's name
    "P: We looked into Head Start for my youngest. Head Start was full.",
    "P: The whole family watches the Super Bowl together.",
    "P: She keeps talking about an Ivy League college.",
    "P: My neighbour does Tai Chi in the park on Sundays.",
    "P: I joined a Qi Gong class last spring.",
    # what someone is, that is no job: a breed, a reminder, a student
    "P: He's a golden retriever and he sheds everywhere.",
    "P: The scar is a constant reminder of that night.",
    "P: I'm an honors student, so grades matter to me.",
    "P: She's a nursing student on placement.",
    # a job that is over, a gerund of any work, a workplace that is only "another"
    "P: Most days the job is done by four.",
    "P: Working jobs nobody likes, that's life.",
    "P: I moved to a different company last spring.",
    # a word after a break, before a gerund; a word typed with a vowel left out
    "P: It was-- Underage smoking happens a lot at school.",
    "P: And I was just-- Lke, lost for words.",
    # a hyphen before an ending, a drink, a medicine's kind
    "P: Someone was OD-ing in the stairwell last week.",
    "P: I use the rescue inhaler before football.",
])
def test_session_words_are_not_phi(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # a greeting in Maori: its first word is no name, the name after it is
    ("P: Kia ora, Hemi, come on in.", "P: Kia ora, [NAME], come on in."),
    # a common given name keeps a rarer word as its surname
    ("P: You can email Anna Pole about it.", "P: You can email [NAME] about it."),
    # a job wanted, hoped for or once held, after "become", "aspiring", "you were"
    ("P: I'd really like to become a paramedic one day.",
     "P: I'd really like to become a [PROFESSION] one day."),
    ("D: So you're an aspiring social worker now?", "D: So you're an aspiring [PROFESSION] now?"),
    ("D: So you were- you were once a welder?",
     "D: So you were- you were once a [PROFESSION]?"),
    # what one does for a living (not the question)
    ("P: I fix roofs for a living.", "P: I [PROFESSION] for a living."),
    ("D: And what does your partner do for a living?",
     "D: And what does your partner do for a living?"),
    # a trade said by its gerund before a job's noun, and again after a determiner
    ("P: I had a steady nursing job. The nursing was hard on my back.",
     "P: I had a steady [PROFESSION] job. The [PROFESSION] was hard on my back."),
    ("P: I had a boring job.", "P: I had a boring job."),
    # a stutter written with hyphens: the word said at last
    ("P: I'm-I'm a plumber by trade.", "P: I'm-I'm a [PROFESSION] by trade."),
    # a chain written with its capital after a word of going; a product stays
    ("P: I walk laps in Target when it rains.", "P: I walk laps in [LOCATION] when it rains."),
    ("P: I might visit the YMCA this week.", "P: I might visit the [LOCATION] this week."),
    ("P: I listen to Apple Music on the bus.", "P: I listen to Apple Music on the bus."),
    # a chain's possessive is its name's; work vehicles in the plural say a trade
    ("P: We had lunch at Applebee's on Friday.", "P: We had lunch at [LOCATION] on Friday."),
    ("P: My brother drives buses around town.", "P: My brother [PROFESSION] around town."),
    # a town spelt as a common given name is a person, but after a word of where
    ("P: I'd rather spend the evening with Alice.", "P: I'd rather spend the evening with [NAME]."),
    ("P: My aunt lives in Alice, down in Texas.",
     "P: My aunt lives in [LOCATION], down in [LOCATION]."),
    # a state's university after "the"
    ("D: The Ohio State campus police called.", "D: The [LOCATION] campus police called."),
])
def test_session_phi(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a clinician's own post in their turn, and said to them in the client's
    ("Therapist: As a counsellor, I see this a lot.\nClient: Right.",
     "Therapist: As a counsellor, I see this a lot.\nClient: Right."),
    ("Therapist: I'm also a probation officer here.\nClient: Okay.",
     "Therapist: I'm also a probation officer here.\nClient: Okay."),
    ("Therapist: How are you?\nClient: You're a doctor, you tell me.",
     "Therapist: How are you?\nClient: You're a doctor, you tell me."),
    # the client's job stays found
    ("Therapist: What do you do?\nClient: I'm a bus driver.",
     "Therapist: What do you do?\nClient: I'm a [PROFESSION]."),
    # a role word opening a line is a speaker's label, not a name before "your friends"
    ("Client: Maybe.\nTherapist: Your friends might worry.\nClient: True.",
     "Client: Maybe.\nTherapist: Your friends might worry.\nClient: True."),
])
def test_session_turns(raw, expected):
    assert through_reader(raw) == expected


def test_role_word_label_in_plain_text():
    # read without the speaker parser too: "Therapist:" opens a turn, no name
    raw = "Client: Maybe.\nTherapist: Your friends might worry."
    assert every(raw) == raw


def test_stutter_in_lowercase_labels():
    # the label of each line opens its turn, so the patient's job is the patient's
    raw = "doctor: what brings you in?\npatient: i'm a support worker, so i worry."
    assert every(raw) == "doctor: what brings you in?\npatient: i'm a [PROFESSION], so i worry."


@pytest.mark.parametrize("text, key, covered", [
    ("I'm-I'm", "i'm", "I'm-I'm"),
    ("and-and-and", "and", "and-and-and"),
    ("Sam-Samuel", "samuel", "Sam-Samuel"),
    ("X-ray", "x-ray", "X-ray"),
    ("Mm-hmm", "mm-hmm", "Mm-hmm"),
    ("co-op", "co-op", "co-op"),
])
def test_stutters_say_their_last_word(text, key, covered):
    s = shape(text)
    assert (s.key, text[s.start:s.end]) == (key, covered)


def test_a_stuttered_name_is_covered_whole():
    raw = "P: I live with Samuel. How much does Sam-Samuel know?"
    assert every(raw) == "P: I live with [NAME]. How much does [NAME] know?"


@pytest.mark.parametrize("raw, expected", [
    # names of people born since the 1990 census, in lowercase ASR, with no cue
    ("patient: we brought nevaeh in because she had a fever",
     "patient: we brought [NAME] in because she had a fever"),
    ("patient: liam and jayden both have the same rash",
     "patient: [NAME] and [NAME] both have the same rash"),
    # a given name many carry is no adjective after "too"; a person introduced by "this girl"
    ("doctor: that is one drink too many carrie so we cut back",
     "doctor: that is one drink too many [NAME] so we cut back"),
    ("doctor: that was too carrie of you", "doctor: that was too [NAME] of you"),
    ("patient: there is this girl maya in my class who vapes",
     "patient: there is this girl [NAME] in my class who vapes"),
    ("patient: the day was very windy", "patient: the day was very windy"),
    # a recent name that is a common word stays a word
    ("patient: he is ever so tired and it is heaven to sit down",
     "patient: he is ever so tired and it is heaven to sit down"),
])
def test_recent_given_names(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a time stamp in a recording's header is its date
    ("CALL: booking\nDATE: 2025-11-03T08:12:44.120Z", "CALL: booking\nDATE: [DATE]"),
    ("Recorded 2025-11-03T08:12 by the desk.", "Recorded [DATE] by the desk."),
    # the last digits of a phone or a card, after "ending in"
    ("Agent: We'll text the mobile ending in 3827, is that right?",
     "Agent: We'll text the mobile ending in [CONTACT], is that right?"),
    ("Agent: Is it the card ending in nine one two six?",
     "Agent: Is it the card ending in [ID]?"),
    ("Agent: The film had a story ending in 1999 somewhere.",
     "Agent: The film had a story ending in 1999 somewhere."),
    # a role label's note in lowercase names no one; a name in the note still counts
    ("AGENT (desk): Thanks for calling.\nPATIENT (test bot): Hi, I'm Dana Okafor.",
     "AGENT (desk): Thanks for calling.\nPATIENT (test bot): Hi, I'm [NAME]."),
    ("Speaker 1 (Tobias): morning.\nSpeaker 2: hello.",
     "Speaker 1 ([NAME]): morning.\nSpeaker 2: hello."),
])
def test_call_records(raw, expected):
    assert every(raw) == expected
