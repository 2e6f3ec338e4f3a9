"""One validator for settings: a value checked against its type annotation, and one way of
saying what is wrong, whether the value came from a TOML file, the command line or Python.

A step's options are checked against its factory's annotations, a config key against the
type :data:`cleanup.config_keys.KEYS` gives it, a ``[layout]`` number against :class:`Rules`'s
fields. The message is always "must be WHAT, got VALUE"; the caller says whose value it is.

>>> check(6, int), check(6.0, int), check(4, float)
(6, 6, 4.0)
>>> check(["uh", 5], list[str])
Traceback (most recent call last):
...
cleanup.validation.WrongValue: must be a list of strings, got ['uh', 5]
>>> check(0, int, at_least=1)
Traceback (most recent call last):
...
cleanup.validation.WrongValue: must be a whole number ≥ 1, got 0
"""
from __future__ import annotations

import collections.abc
import datetime
import difflib
import inspect
import types
import typing
from typing import Any, Callable, Iterable

__all__ = ["WrongValue", "check", "counted", "describe", "hints", "parse_text", "shown",
           "suggestion"]

_SEQUENCES = (tuple, list, frozenset, set, collections.abc.Sequence, collections.abc.Iterable,
              collections.abc.Collection)
_MAPPINGS = (dict, collections.abc.Mapping)
_WORDS = {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}
_LONGEST_SHOWN = 40  # a longer value is named by its kind ("a list of 12 items")


class WrongValue(ValueError):
    """A value that does not fit its setting; the message is "must be …, got …"."""


def check(value: Any, hint: Any, *, at_least: float | None = None, above: float | None = None,
          wanted: str | None = None) -> Any:
    """The value as the setting takes it (a whole-number float as an ``int``, a whole number
    as a ``float`` where a number is wanted), or :class:`WrongValue`. An annotation this
    module does not know (a class of the plugin's own) accepts anything: the factory checks.

    ``at_least``/``above`` bound a number; ``wanted`` replaces the words for the type.
    """
    converted = _convert(value, hint)
    if converted is _MISFIT or not _in_bounds(converted, at_least, above):
        raise WrongValue(f"must be {wanted or describe(hint, at_least=at_least, above=above)}, "
                         f"got {shown(value)}")
    return converted


_MISFIT = object()


def parse_text(text: str, hint: Any, *, at_least: float | None = None,
               above: float | None = None) -> Any:
    """A command-line value (a string) as the setting takes it, checked as :func:`check`
    checks a TOML or Python value, with the same words:

    >>> parse_text("8", int, at_least=1)
    8
    >>> parse_text("0", int, at_least=1)
    Traceback (most recent call last):
    ...
    cleanup.validation.WrongValue: must be a whole number ≥ 1, got '0'
    """
    value: Any = text
    if hint is bool:
        value = {"true": True, "false": False}.get(text.strip().lower(), text)
    elif hint is int or hint is float:
        try:
            value = int(text) if hint is int else float(text)
        except ValueError:
            pass
    try:
        return check(value, hint, at_least=at_least, above=above)
    except WrongValue:
        raise WrongValue(f"must be {describe(hint, at_least=at_least, above=above)}, "
                         f"got {shown(text)}") from None


def _convert(value: Any, hint: Any) -> Any:
    if hint is bool or hint is str:
        return value if isinstance(value, hint) else _MISFIT
    if hint is int or hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return _MISFIT
        if hint is float:
            return float(value)
        return int(value) if isinstance(value, int) or value.is_integer() else _MISFIT
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):  # int | None, str | list[str]
        for arm in typing.get_args(hint):
            if arm is type(None):
                if value is None:
                    return None
                continue
            converted = _convert(value, arm)
            if converted is not _MISFIT:
                return converted
        return _MISFIT
    args = [a for a in typing.get_args(hint) if a is not Ellipsis]
    if origin in _SEQUENCES or hint in (list, tuple):
        if not isinstance(value, (list, tuple, set, frozenset)):
            return _MISFIT
        if args == [str] and not all(isinstance(v, str) for v in value):
            return _MISFIT
        return value
    if origin in _MAPPINGS or hint in _MAPPINGS:
        if not isinstance(value, dict):
            return _MISFIT
        if _of_tables(args) and not all(isinstance(v, dict) for v in value.values()):
            return _MISFIT
        return value
    return value


def _of_tables(args: list[Any]) -> bool:
    """Whether a mapping's type arguments make it a table of tables (``dict[str, dict]``)."""
    return len(args) == 2 and (args[1] in _MAPPINGS or typing.get_origin(args[1]) in _MAPPINGS)


def _in_bounds(value: Any, at_least: float | None, above: float | None) -> bool:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return True
    return (at_least is None or value >= at_least) and (above is None or value > above)


def describe(hint: Any, *, at_least: float | None = None, above: float | None = None) -> str:
    """What a value of this annotation is, in a config author's words: ``a whole number ≥ 1``,
    ``a whole number, a string or a list of strings``."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        arms = [describe(a) for a in typing.get_args(hint) if a is not type(None)]
        return arms[0] if len(arms) == 1 else f"{', '.join(arms[:-1])} or {arms[-1]}"
    bound = (f" ≥ {at_least:g}" if at_least is not None else "") + (
        f" > {above:g}" if above is not None else "")
    if hint in _WORDS:
        return _WORDS[hint] + bound
    args = [a for a in typing.get_args(hint) if a is not Ellipsis]
    if typing.get_origin(hint) in _MAPPINGS or hint in _MAPPINGS:
        return "a table of tables" if _of_tables(args) else "a table"
    return "a list of strings" if args == [str] else "a list"


def shown(value: Any) -> str:
    """A value as an error message shows it: ``true``, ``'six'``, ``['uh', 5]``, and by its
    kind when it is long or has no short spelling (``a table``, ``a list of 12 items``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (datetime.date, datetime.time)):
        return "a date or time"
    text = repr(value)
    if len(text) <= _LONGEST_SHOWN:
        return text
    if isinstance(value, (list, tuple, set, frozenset)):
        return f"a list of {len(value)} items"
    return f"{text[:_LONGEST_SHOWN - 5]}…{text[-3:]}"


def suggestion(name: object, choices: Iterable[str]) -> str:
    """`` (did you mean 'NAME'?)`` for the valid name closest to a mistyped one, or ``""``
    when none is close: what an "unknown step/style/format/key" message adds.

    >>> suggestion("remove_filler", ["remove_fillers", "collapse_repeats"])
    " (did you mean 'remove_fillers'?)"
    >>> suggestion("Verbatim", ["verbatim", "clean"]), suggestion("xyz", ["verbatim"])
    (" (did you mean 'verbatim'?)", '')
    """
    if not isinstance(name, str) or not name:
        return ""
    choices = list(choices)
    folded = {choice.casefold(): choice for choice in choices}
    close = difflib.get_close_matches(name.casefold(), list(folded), n=1, cutoff=0.6)
    return f" (did you mean {folded[close[0]]!r}?)" if close else ""


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """A count in words, the noun singular for one: ``1 change``, ``2 changes``, ``0 cues``.

    >>> counted(1, "violation"), counted(3, "cue"), counted(1, "sample", "samples")
    ('1 violation', '3 cues', '1 sample')
    """
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def hints(factory: Callable[..., Any]) -> dict[str, Any]:
    """The type annotations of a factory's options, where Python can resolve them."""
    target = factory if inspect.isclass(factory) and "__dataclass_fields__" in vars(factory) \
        else (factory.__init__ if inspect.isclass(factory) else factory)
    try:
        return typing.get_type_hints(target)
    except Exception:  # unresolvable annotations: no type check, the factory still validates
        return {}
