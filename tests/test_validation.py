"""The one validator: a value against its annotation, in one wording wherever it came from."""
import datetime
from typing import Iterable, Sequence

import pytest

from cleanup.validation import WrongValue, check, describe, parse_text, shown


@pytest.mark.parametrize("value, hint, expected", [
    (5, int, 5), (5.0, int, 5), (5, float, 5.0), (2.5, float, 2.5), (True, bool, True),
    ("a", str, "a"), (["a", "b"], list[str], ["a", "b"]), (("a",), tuple[str, ...], ("a",)),
    (["a"], Sequence[str], ["a"]), ({"a": {}}, dict[str, dict], {"a": {}}),
    (None, int | None, None), (5, int | str | list[str] | None, 5),
    ("x", int | str, "x"), ([1], Iterable, [1]),
    (object, type, object),  # an annotation it does not know: the factory checks
])
def test_values_that_fit(value, hint, expected):
    result = check(value, hint)
    assert result == expected and type(result) is type(expected)


@pytest.mark.parametrize("value, hint, bounds, message", [
    ("six", int, {}, "must be a whole number, got 'six'"),
    (True, int, {}, "must be a whole number, got true"),
    (2.5, int, {}, "must be a whole number, got 2.5"),
    ("yes", bool, {}, "must be true or false, got 'yes'"),
    (1, str, {}, "must be a string, got 1"),
    (5, list[str], {}, "must be a list of strings, got 5"),
    (["uh", 5], list[str], {}, "must be a list of strings, got ['uh', 5]"),
    ("uh", Sequence[str], {}, "must be a list of strings, got 'uh'"),
    ({"a": 1}, dict[str, dict], {}, "must be a table of tables, got a table"),
    ([], dict, {}, "must be a table, got []"),
    (2.5, int | str | list[str] | None, {},
     "must be a whole number, a string or a list of strings, got 2.5"),
    (0, int, {"at_least": 1}, "must be a whole number ≥ 1, got 0"),
    (0, float, {"above": 0}, "must be a number > 0, got 0"),
    (-0.5, float, {"at_least": 0}, "must be a number ≥ 0, got -0.5"),
    (datetime.date(2024, 1, 2), str, {}, "must be a string, got a date or time"),
    (list("abcdefghijklmnopqrstuvwxyz"), int, {}, "must be a whole number, got a list of 26 items"),
])
def test_values_that_do_not_fit_say_what_is_wanted_and_what_came(value, hint, bounds, message):
    with pytest.raises(WrongValue) as err:
        check(value, hint, **bounds)
    assert str(err.value) == message


def test_own_words_for_the_type():
    with pytest.raises(WrongValue, match="^must be a file name, got 5$"):
        check(5, str, wanted="a file name")


@pytest.mark.parametrize("text, hint, bounds, expected", [
    ("8", int, {"at_least": 1}, 8), ("2.5", float, {}, 2.5), ("true", bool, {}, True),
    ("False", bool, {}, False), ("name", str, {}, "name"),
])
def test_command_line_text(text, hint, bounds, expected):
    assert parse_text(text, hint, **bounds) == expected


@pytest.mark.parametrize("text, hint, bounds, message", [
    ("0", int, {"at_least": 1}, "must be a whole number ≥ 1, got '0'"),
    ("two", int, {}, "must be a whole number, got 'two'"),
    ("1.5", int, {}, "must be a whole number, got '1.5'"),
    ("yes", bool, {}, "must be true or false, got 'yes'"),
])
def test_command_line_text_that_does_not_fit(text, hint, bounds, message):
    with pytest.raises(WrongValue) as err:
        parse_text(text, hint, **bounds)
    assert str(err.value) == message


def test_describe_and_shown():
    assert describe(int | None) == "a whole number"
    assert describe(list[str] | str) == "a list of strings or a string"
    assert shown(False) == "false" and shown({"x": 1}) == "a table" and shown("a") == "'a'"
