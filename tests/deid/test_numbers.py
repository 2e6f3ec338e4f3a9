import pytest

from cleanup.deid.numbers import cardinal, digits, ordinal, split_words, year


@pytest.mark.parametrize("words, expected", [
    ("four", (4, 1)),
    ("twenty one b", (21, 2)),
    ("two hundred and twelve", (212, 4)),
    ("a hundred", (100, 2)),
    ("three thousand four hundred", (3400, 4)),
    ("15 mg", (15, 1)),
    ("and then", None),
])
def test_cardinal(words, expected):
    assert cardinal(words.split()) == expected


@pytest.mark.parametrize("words, expected", [
    ("first of", (1, 1)),
    ("thirty first", (31, 2)),
    ("twentieth", (20, 1)),
    ("22nd", (22, 1)),
    ("second", (2, 1)),
    ("twenty two", None),
])
def test_ordinal(words, expected):
    assert ordinal(words.split()) == expected


@pytest.mark.parametrize("words, expected", [
    ("nineteen ninety", (1990, 2)),
    ("nineteen eighty two", (1982, 3)),
    ("nineteen oh five", (1905, 3)),
    ("two thousand and five", (2005, 4)),
    ("twenty twenty one", (2021, 3)),
    ("1976", (1976, 1)),
    ("nineteen", None),
    ("2500", None),
    ("sixteen ninety", None),
])
def test_year(words, expected):
    assert year(words.split()) == expected


@pytest.mark.parametrize("words, expected", [
    ("five five five one two one two", ("5551212", 7)),
    ("oh seven double five triple nine", ("0755999", 6)),
    ("zero forty two", ("042", 3)),
    ("555 867 5309", ("5558675309", 3)),
    ("five", None),
    ("o five", None),  # "o" is a zero only inside a string
])
def test_digits(words, expected):
    assert digits(words.split()) == expected


def test_split_words_parts_hyphenated_numbers_only():
    assert split_words(["twenty-one", "x-ray", "thirty-first"]) == [
        "twenty", "one", "x-ray", "thirty", "first"]
