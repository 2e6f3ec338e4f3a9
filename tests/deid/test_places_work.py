"""Places and jobs said the way people say them: a unit or a terminal with its name, a
hospital's head before a Romance name, a company's trailing head words, a town opened by a
word of land or water, rooms with letters and hyphens, a house number read back, places
known by their initials, an employer named in answer to "where do you work?", and jobs
after a relative clause or "by trade". Every sentence is written for these tests."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    # a unit or terminal named for a place: the head belongs to the name
    ("Welcome to the Dunmore Renal Unit morning huddle.",
     "Welcome to the [LOCATION] morning huddle."),
    ("[patient] i'm a forklift driver down at the kinnaird cargo terminal",
     "[patient] i'm a [PROFESSION] down at the [LOCATION]"),
    # the head first, in Romance word order, with particles or a saint's word
    ("She was admitted to Hospital das Clinicas last year.",
     "She was admitted to [LOCATION] last year."),
    ("He was treated at Hospital del Mar, in the city.",
     "He was treated at [LOCATION], in the city."),
    ("They drove her to Hospital San Rafael de Ocana that night.",
     "They drove her to [LOCATION] that night."),
    # a company's head words after its head
    ("Thanks for calling Red Hill Mutual Health member services.",
     "Thanks for calling [LOCATION] member services."),
    ("Staff at Kelso General Hospital Trust were kind.", "Staff at [LOCATION] were kind."),
    # a job, a word of direction, then "at": the employer
    ("[patient] i'm a welder down at kirkhope fabrication",
     "[patient] i'm a [PROFESSION] down at [LOCATION]"),
    # a town opened by a word of land or water; a two-letter town ending its clause
    ("My aunt lives in Port Loko, she sells cloth.",
     "My aunt lives in [LOCATION], she sells cloth."),
    ("Her mother is from Bo. She keeps well.", "Her mother is from [LOCATION]. She keeps well."),
    # rooms and bays: a hyphenated number, a floor's letter and number, "one" ending a clause
    ("We will meet in room 3-07 next week.", "We will meet in room [LOCATION] next week."),
    ("See Dr Ames in room F 21 on the first floor.",
     "See Dr [NAME] in room [LOCATION] on the first floor."),
    ("She moved to bay one, near the window.", "She moved to bay [LOCATION], near the window."),
    # a street word first (Welsh), a house number in words, and the number read back
    ("Control: Confirming twenty two Heol y Bont, Llanelli.\nCrew: Received, twenty two, "
     "five minutes out.",
     "Control: Confirming [LOCATION], [LOCATION].\nCrew: Received, [LOCATION], "
     "five minutes out."),
    # a hospital known by its spelled initials, after a place's frame
    ("[patient] yeah they told us that at the r v h too .",
     "[patient] yeah they told us that at the [LOCATION] too ."),
    ("They sent her on to the QEUH.", "They sent her on to the [LOCATION]."),
    # the answer to "where do you work?" names the business, however plain its words
    ("A: So where do you work?\nB: The Salty Otter in Howth.",
     "A: So where do you work?\nB: The [LOCATION] in [LOCATION]."),
    ("A: Where does he work now?\nB: At the Big Red Barn, a farm shop.",
     "A: Where does he work now?\nB: At the [LOCATION], a farm shop."),
    # jobs: a relative clause about a person, informal and British trades, "by trade"
    ("Is that the Morven that was the ferryman?", "Is that the [NAME] that was the [PROFESSION]?"),
    ("[patient] the bloke who was the postie retired", "[patient] the bloke who was the "
     "[PROFESSION] retired"),
    ("My mother was a headmistress in Dundee.", "My mother was a [PROFESSION] in [LOCATION]."),
    ("And you, as a physio, you knew the signs.",
     "And you, as a [PROFESSION], you knew the signs."),
    ("[patient] my dad was a cooper by trade", "[patient] my dad was a [PROFESSION] by trade"),
    ("[patient] she's a sparky and he's a brickie",
     "[patient] she's a [PROFESSION] and he's a [PROFESSION]"),
])
def test_finds(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    # a unit or terminal named by what it treats or is: no one's place
    "[patient] he was in the coronary care unit for a week",
    "[doctor] she went to the colorectal unit this morning",
    "He was on the Coronary Care Unit overnight.",
    "The renal unit is busy today.",
    "He has a terminal illness.",
    "[patient] he works out at the quarry",
    # initials of a kind of unit or a national body
    "[patient] they took him to the i c u then",
    "[doctor] go to the a and e if it gets worse",
    "He went to the ENT clinic.",
    "He is in the ICU, then in the HDU.",
    # a bed with "one" that counts, a room with no number
    "[patient] he is in bed one night a week",
    # a question about a thing, not a person's work
    "A: Where does the pain work?\nB: The Left Side.",
    "A: Where do you work?\nB: The Council.",
    # a role, not a job; a habit with "by"
    "Who is the doctor today?",
    "[patient] i was a smoker by choice",
    "It was the Tuesday that was the worst.",
    # a Romance phrase that is no name
    "Hospital de noche.",
    # kinds of unit and of care named by what they treat
    "The Special Care Baby Unit called.",
    "The Terminal Care team visited.",
    # "x" is "times", a formulary's initials, a department, a thing
    "bed rest x 2 weeks then review",
    "The leaflet came from the b n f .",
    "A: Where do you work?\nB: In Accounts.",
    "A: Where do you work?\nB: At the Job Centre.",
    "[patient] the one that was the printer broke",
])
def test_leaves(raw):
    assert tag(raw) == raw
