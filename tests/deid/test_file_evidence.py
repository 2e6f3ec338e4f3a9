"""Evidence a file gives about its own words: a word spelled out letter by letter anywhere
in the file is a name there and wherever it is said (people spell the words a listener
cannot guess); acronyms and common words spelled out are not. Every sentence is written
for these tests, in punctuated, lowercase ASR and caption shapes."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    ("Doctor: The surname?\nPatient: Wierzbicki.\nDoctor: With a z?\nPatient: W-I-E-R-Z-B-I-C-K-I.",
     "Doctor: The surname?\nPatient: [NAME].\nDoctor: With a z?\nPatient: [NAME]."),
    ("spk_1: it's okonjo double barrelled o k o n j o and then the rest",
     "spk_1: it's [NAME] double barrelled [NAME] and then the rest"),
    ("Patient: Mbeki-Lowe.\nNurse: Spell the first part for me?\nPatient: M-B-E-K-I.",
     "Patient: [NAME].\nNurse: Spell the first part for me?\nPatient: [NAME]."),
])
def test_spelled_word_is_a_name(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "it is c o p d and the copd is worse",
    "covid, that's c o v i d, went round the ward",
    "Doctor: That's the kind of beef, nothing else. B-E-E-F on the label.",
])
def test_spelled_common_words_left(raw):
    assert tag(raw) == raw


# A hesitation inside a date, a number or an address is no word of it: the value goes on
# across "uh", "um", "er".
@pytest.mark.parametrize("raw, expected", [
    ("born on the twelfth of march uh nineteen sixty one", "born on the [DATE]"),
    ("his birthday is june third um twenty twelve", "his birthday is [DATE]"),
    ("Patient: It was the 3rd of May, er, 2019.", "Patient: It was the [DATE]."),
])
def test_hesitation_inside_a_value(raw, expected):
    assert tag(raw) == expected


# "the" and a day of the month that ends its noun phrase counts days: written in digits or
# said past the ninth it is a date without a word of time before it; with a noun after it,
# or a small ordinal without a cue, it is no date.
@pytest.mark.parametrize("raw, expected", [
    ("We can aim for the 21st and see.", "We can aim for the [DATE] and see."),
    ("Nurse: you're off work up to the 19th, that's a week.",
     "Nurse: you're off work up to the [DATE], that's a week."),
    ("Maybe the 2nd? Is that a Saturday?", "Maybe the [DATE]? Is that a Saturday?"),
    ("it was the fourteenth i think", "it was the [DATE] i think"),
])
def test_day_of_month_alone(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "the second was worse than the first",
    "That was in the 21st century.",
    "her office is on the 3rd floor",
    "take the 2nd one, the white tablet",
    "the twentieth century was long",
])
def test_ordinals_that_are_no_day(raw):
    assert tag(raw) == raw


# Eponyms carry surnames: a given name before a head noun that is also a surname ("law",
# "ring") or a capitalized head starts a person's name; a surname before the head stays an
# eponym.
@pytest.mark.parametrize("raw, expected", [
    ("Hello. I'm Harriet Law, and I'm a health visitor.",
     "Hello. I'm [NAME], and I'm a [PROFESSION]."),
    ("hi i'm sophie ring from the clinic", "hi i'm [NAME] from the clinic"),
])
def test_given_name_before_a_head(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "It follows Starling's law of the heart.",
    "he has a Holter monitor on",
    "the Ross procedure was done",
])
def test_eponyms_left(raw):
    assert tag(raw) == raw


# Spoken to: a word English does not know, set off as a vocative at a sentence's edge and
# speaking to "you" (or after thanks, a greeting), is a name though no census lists it; a
# medicine or an English word in the same place is not.
@pytest.mark.parametrize("raw, expected", [
    ("Doctor: Zbigniewa, can you bring the notes?", "Doctor: [NAME], can you bring the notes?"),
    ("Tadeusz, could you sit here for me?", "[NAME], could you sit here for me?"),
    ("Nurse: All done. Thanks, Oluwaseun.", "Nurse: All done. Thanks, [NAME]."),
    # A child named after "my boy", "her little girl", set off by commas or not.
    ("And my little boy, Caspian, came early.", "And my little boy, [NAME], came early."),
    ("her girl Anouk starts school soon", "her girl [NAME] starts school soon"),
])
def test_spoken_to(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "Honestly, can you believe it?",
    "Metformin, do you take it with food?",
    "Right, could you sit up for me?",
    "a boy of six was seen",
])
def test_not_spoken_to(raw):
    assert tag(raw) == raw


# A day known by its name (capitalized words, then "Day") is a date; a month "of" a year
# said by its last two digits is one date. A person called Day, a service's "Day Unit",
# and "a good day" are not.
@pytest.mark.parametrize("raw, expected", [
    ("She has been low since All Souls' Day, I'd say.", "She has been low since [DATE], I'd say."),
    ("We went on Boxing Day and on St Andrew's Day.", "We went on [DATE] and on [DATE]."),
    ("I left the Navy in March of '71. Then I drove.", "I left the Navy in [DATE]. Then I drove."),
    ("we moved in june of 84 i think", "we moved in [DATE] i think"),
    ("Doris Day sang it to her.", "[NAME] sang it to her."),  # a person, not a holiday
])
def test_named_days_and_short_years(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "She goes to the Day Unit on the ward.",
    "Good day to you. Day two was fine.",
])
def test_days_that_are_no_date(raw):
    assert tag(raw) == raw


# A transcriber's note over several tokens ("[inaudible 00:01:02]") is no word: a date
# goes on across it, and the note, no PHI, is kept between its two parts (the dev set's
# span rule: a date interrupted by a tag is split around it).
@pytest.mark.parametrize("raw, expected", [
    ("Last visit was, um, ninth [inaudible 00:01:02] October, the crown.",
     "Last visit was, um, [DATE] [inaudible 00:01:02] [DATE], the crown."),
    ("Seen on the 3rd [cross talk] of June.", "Seen on the [DATE] [cross talk] of [DATE]."),
])
def test_notes_inside_values(raw, expected):
    assert tag(raw) == expected


def test_wish_before_a_named_day():
    assert tag("Happy Founders Day to you all.") == "Happy [DATE] to you all."
