"""Line breaking: each bad split is avoided, good break points are preferred."""
import pytest

from cleanup.layout.breaking import break_cost, break_lines, closes_sentence


def lines(text, max_chars=42, max_lines=2):
    return [" ".join(line) for line in break_lines(text.split(), max_chars, max_lines)]


@pytest.mark.parametrize("text, max_chars, expected", [
    # fits on one line: stays on one line
    ("We can start the injections next week.", 42, ["We can start the injections next week."]),
    # after punctuation
    ("Your levels look stable, so we can start the injections next week.", 42,
     ["Your levels look stable,", "so we can start the injections next week."]),
    # never between article and noun: "the | injections"
    ("so we can start the injections next week", 24,
     ["so we can start", "the injections next week"]),
    # never between adjective and noun: "chronic | migraines"
    ("we have seen many patients with chronic migraines", 30,
     ["we have seen many patients", "with chronic migraines"]),
    # never between first and last name
    ("I talked to Anna Rutherford about the new plan", 30,
     ["I talked to Anna Rutherford", "about the new plan"]),
    # never between a title and a name
    ("the report from Dr. Rutherford came back today", 30,
     ["the report from Dr. Rutherford", "came back today"]),
    # never between auxiliary and verb: "will | need"
    ("the patient will need another appointment soon", 30,
     ["the patient will need", "another appointment soon"]),
    # a line does not end on a conjunction: break before "because"
    ("we moved the visit because the results were late", 30,
     ["we moved the visit", "because the results were late"]),
    # a line does not end on a preposition: break before "for"
    ("she has been taking Botox for her migraines", 30,
     ["she has been taking Botox", "for her migraines"]),
    # a number and its unit stay together
    ("take the tablets twice a day for 10 days", 30,
     ["take the tablets twice a day", "for 10 days"]),
    # balanced lines rather than a full first line and a stub
    ("please bring your insurance card and a list of your medicines", 42,
     ["please bring your insurance card", "and a list of your medicines"]),
    # a word longer than the line stays whole
    ("pneumonoultramicroscopicsilicovolcanoconiosis is long", 20,
     ["pneumonoultramicroscopicsilicovolcanoconiosis", "is long"]),
], ids=["one-line", "after-comma", "article-noun", "adjective-noun", "first-last-name",
        "title-name", "auxiliary-verb", "before-conjunction", "before-preposition",
        "number-unit", "balanced", "long-word"])
def test_break_lines(text, max_chars, expected):
    assert lines(text, max_chars) == expected


def test_three_lines_when_allowed():
    assert lines("one two three four five six seven eight nine ten", 20, 3) == [
        "one two three four", "five six seven", "eight nine ten"]


@pytest.mark.parametrize("bad, good", [
    (("the", "doctor"), ("doctor,", "the")),
    (("a", "shot"), ("shot", "and")),
    (("your", "migraines"), ("migraines.", "Your")),
    (("chronic", "pain"), ("pain", "for")),
    (("Anna", "Rutherford"), ("Rutherford", "said")),
    (("will", "start"), ("start", "with")),
    (("can't", "sleep"), ("sleep", "because")),
    (("and", "then"), ("then", "and")),
    (("of", "course"), ("course,", "we")),
    (("patient's", "chart"), ("chart", "and")),
], ids=lambda pair: "|".join(pair))
def test_break_cost_order(bad, good):
    assert break_cost(*bad) > break_cost(*good)


def test_capitalised_sentence_start_is_not_a_name():
    # "Patients | Often" at a sentence start: no name penalty for the first word
    assert break_cost("Yesterday", "Anna", prev_starts_sentence=True) < break_cost("Yesterday",
                                                                                   "Anna")


# Issue 20: the layout's sentence ends are cleanup.boundaries' (its own title list missed
# Mx., vs. and the months, and held "sir." and "I." to end nothing).
@pytest.mark.parametrize("word, ends", [
    ("today.", True), ("why?", True), ("now!", True), ("Mx.", False), ("Dr.", False),
    ("vs.", False), ("Jan.", False), ("e.g.,", False), ("I.", True), ("sir.", True),
    ("3.5.", True), ("today", False), ("today,", False),
    # boundaries cannot tell: an ellipsis and a word abbreviation end a sentence, an
    # initialism and a sound tag do not
    ("so...", True), ("wait…", True), ("etc.", True), ("U.S.", False), ("p.m.", False),
    ("J.", False), ("[Music]", False), ("(laughs)", False),
])
def test_ends_sentence_as_boundaries_decides(word, ends):
    assert closes_sentence(word) is ends


@pytest.mark.parametrize("text, max_chars, expected", [
    # a title of the lexicon's list keeps its name, and its period ends no sentence
    ("Please ask Mx. Rivera to call the clinic", 30, ["Please ask Mx. Rivera",
                                                      "to call the clinic"]),
    # a number said as a word is a number: it keeps its noun, as 4 does
    ("there were four patients waiting outside", 30, ["there were four patients",
                                                      "waiting outside"]),
    ("there were 4 patients waiting outside", 30, ["there were 4 patients", "waiting outside"]),
], ids=["title-mx", "number-word-noun", "number-noun"])
def test_the_lexicon_decides_words(text, max_chars, expected):
    assert lines(text, max_chars) == expected


def test_the_layout_word_classes_come_from_the_lexicon():
    from cleanup import lexicon
    from cleanup.layout import breaking

    names = {"ARTICLES", "DETERMINERS", "CONJUNCTIONS", "PREPOSITIONS", "SUBJECTS", "PRONOUNS",
             "AUXILIARIES", "TITLES", "ADJECTIVES", "FUNCTION_WORDS"}
    own = {n for n in names if n in vars(breaking) and getattr(breaking, n) is not getattr(
        lexicon, n, None)}
    assert not own, f"layout defines its own word lists: {sorted(own)}"
    assert breaking.CLOSED_WORDS >= lexicon.FUNCTION_WORDS - lexicon.DISCOURSE_WORDS
