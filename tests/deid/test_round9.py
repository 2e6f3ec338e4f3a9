"""Round 9: dates, jobs, medicines, names and places known from the talk around them. Every
sentence is written for these tests; each shape was met in real consultations."""
import pytest

from cleanup.deid.step import Deidentify

every = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    # a month said with "on the" before its day is one date
    ("It flared up in April on the ninth, I think.", "It flared up in [DATE], I think."),
    # a day before the month, a hesitation between
    ("Doctor: Your date of birth?\nPatient: Um, thirty first uh, of July, of um, eighty.",
     "Doctor: Your date of birth?\nPatient: Um, [DATE]."),
    # the month of a date of birth whose day went unheard, and the year said next
    ("Doctor: And your date of birth?\nPatient: Yes. June <UNIN/>.\nPatient: Nineteen eighty "
     "four.\nDoctor: Thanks.",
     "Doctor: And your date of birth?\nPatient: Yes. [DATE] <UNIN/>.\nPatient: [DATE].\n"
     "Doctor: Thanks."),
])
def test_dates(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Doctor: What's your job?\nPatient: I'm plumber.",
     "Doctor: What's your job?\nPatient: I'm [PROFESSION]."),
    ("Patient: I work in the retail sector.", "Patient: I work in the [PROFESSION]."),
    ("Patient: My son works in the IT field.", "Patient: My son works in the [PROFESSION] field."),
    ("Patient: I'm a, like a kind of site manager.",
     "Patient: I'm a, like a kind of [PROFESSION]."),
    ("Patient: She's now going to be, uh, a head librarian.",
     "Patient: She's now going to be, uh, a [PROFESSION]."),
    ("Patient: My paralegal position is stressful.",
     "Patient: My [PROFESSION] position is stressful."),
    ("[doctor] what kind of work do you do\n[patient] i do roofing\n[doctor] roofing\n"
     "[patient] yeah tiles tiles", "[doctor] what kind of work do you do\n[patient] i do "
     "[PROFESSION]\n[doctor] [PROFESSION]\n[patient] yeah [PROFESSION] [PROFESSION]"),
    ("Patient: I'm in insurance.", "Patient: I'm in [PROFESSION]."),
    ("Doctor: And what do you do?\nPatient: Nursing, mostly.",
     "Doctor: And what do you do?\nPatient: [PROFESSION], mostly."),
    ("Doctor: What do you do for a living?\nPatient: Upholstery.\nDoctor: OK. How is the "
     "upholstery going?", "Doctor: What do you do for a living?\nPatient: [PROFESSION].\n"
     "Doctor: OK. How is the [PROFESSION] going?"),
])
def test_jobs(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: I work in the same field as my dad.",
    "Patient: I'm tired. I'm fine, thanks.",
    "Doctor: What do you do for a living?\nPatient: Sorry?\nDoctor: Your job.",
    "Doctor: What do you do for work?\nPatient: Nothing much at the moment.",
    "Doctor: What's your job?\nPatient: I'm retired now.",
    "Patient: I'm in pain. She's in hospital.",
    # a sport played is a hobby, not a job
    "[doctor] i know you're a keen skier and a golfer",
    "Doctor: What do you do when it hurts?\nPatient: Rest.",
    # a clinician saying their own job in a clinician's turn
    "[doctor] and because i'm a cardiologist , i want to check your heart",
])
def test_no_job(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw", [
    # a brand no list knows, named by its form, in every place it is said
    "Patient: I use a Brontavel inhaler. The Brontavel helps.",
    "Patient: I had the Sorelex inserted last year. The Sorelex is fine.",
    # an eponym before a word of pathology
    "Doctor: It showed favourable Tamura histology.",
    # a joined role tag is no name
    "Guest_clincian: Hello.\nDoctor: Hi.\nGuest_clincian: Thanks.",
    # in lowercase ASR a double word of common parts is no name
    "[doctor] ice it and weight-bear as tolerated",
    # a city that names a team or an event
    "[patient] they beat up on denver six to one last night",
    "[patient] did you watch the chicago marathon",
    # a word of the question back is no name
    "[doctor] so will you come back next week",
])
def test_not_phi(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("[doctor] okay so hey there wendell nice to see you",
     "[doctor] okay so hey there [NAME] nice to see you"),
    ("[doctor] your scan is clear so dean what do you think",
     "[doctor] your scan is clear so [NAME] what do you think"),
    ("[doctor] what lake is it on\n[patient] lake harriet",
     "[doctor] what lake is it on\n[patient] [LOCATION]"),
    ("Patient: We climbed Mount Tarrow last spring.",
     "Patient: We climbed [LOCATION] last spring."),
    ("Doctor: I'm one of the GPs that work for Corvalis.",
     "Doctor: I'm one of the GPs that work for [LOCATION]."),
])
def test_found(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # capital letters kept in place of a name or a place's name
    ("Patient: Doctor Q R S sent me here.", "Patient: Doctor [NAME] sent me here."),
    ("Doctor: Hello, Miss D. How are you?", "Doctor: Hello, Miss [NAME]. How are you?"),
    ("Patient: I was seen at D E F Medical Center.", "Patient: I was seen at [LOCATION]."),
    ("Patient: I worked at K L M for years.", "Patient: I worked at [LOCATION] for years."),
])
def test_letters_for_names(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw", [
    "Doctor: Take vitamin B and D. Doctor I think so too. Go to the E R now.",
])
def test_letters_left(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw", [
    # what a job is like, a thing taken as something, a title before a surname that is a
    # street word, a clinician called on after a comma
    "Patient: This job is very tiring, and my last job was a tough one.",
    "Doctor: Well, I will take that as a firm answer then.",
    "Doctor: What is your work status?\nPatient: Same as before, doctor.",
])
def test_not_a_job(raw):
    assert every(raw) == raw


def test_title_before_a_street_word_is_a_name():
    assert every("Doctor: Hello, I'm Doctor Close.") == "Doctor: Hello, I'm Doctor [NAME]."


@pytest.mark.parametrize("raw, expected", [
    # a census name the file says as a noun after an article is a noun everywhere in it
    ("[patient] i was scraping the moss off and i scrape moss every week",
     "[patient] i was scraping the moss off and i scrape moss every week"),
    # a name given far more than it is a surname stays a name even after an article
    ("[patient] i had a jessica who hurt her knee and jessica was fine",
     "[patient] i had a [NAME] who hurt her knee and [NAME] was fine"),
])
def test_said_as_a_noun(raw, expected):
    assert every(raw) == expected
